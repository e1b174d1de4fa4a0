// setCommitStatus, sendCommitStatus (the post step's, without Octokit) and readCommitStatus against a real HTTP server on 127.0.0.1 (GITHUB_API_URL).
import { afterAll, describe, expect, it } from '@jest/globals'
import { startFakeGitHub } from '../support/github-server.js'

const github = await startFakeGitHub()
process.env.GITHUB_API_URL = github.url
const { createClient } = await import('../../src/github/client.js')
const { readCommitStatus, sendCommitStatus, setCommitStatus } = await import('../../src/github/status.js')

afterAll(() => github.close())

const client = createClient('t0ken')
const where = { owner: 'acme', repo: 'service', sha: 'b'.repeat(40) }

describe('setCommitStatus', () => {
  it('puts state, context, description and the run link on the SHA', async () => {
    await setCommitStatus(client, where, {
      state: 'failure',
      context: 'memgate/api',
      description: 'leak: +1.4 KiB/iteration',
      targetUrl: 'https://github.com/acme/service/actions/runs/7'
    })
    expect(github.statuses.at(-1)).toEqual({
      sha: where.sha,
      state: 'failure',
      context: 'memgate/api',
      description: 'leak: +1.4 KiB/iteration',
      target_url: 'https://github.com/acme/service/actions/runs/7'
    })
  })

  it('sends no target_url when there is no run link', async () => {
    await setCommitStatus(client, where, { state: 'pending', context: 'memgate', description: 'measuring' })
    const request = github.requests.at(-1)!
    expect(request.body).toEqual({ state: 'pending', context: 'memgate', description: 'measuring' })
  })

  it.each([
    [140, 140, false],
    [141, 140, true],
    [400, 140, true]
  ])('a description of %i characters goes as %i (cut: %p)', async (length, sent, cut) => {
    const description = 'x'.repeat(length)
    await setCommitStatus(client, where, { state: 'success', context: 'memgate', description })
    const got = github.statuses.at(-1)!.description
    expect(got).toHaveLength(sent)
    expect(got.endsWith('…')).toBe(cut)
    if (cut) expect(got.slice(0, -1)).toBe(description.slice(0, sent - 1))
  })

  it('throws what the API answered, for the caller to judge', async () => {
    github.failNext('POST', /\/statuses\//, 403, 1)
    await expect(setCommitStatus(client, where, { state: 'error', context: 'memgate', description: 'x' })).rejects.toMatchObject({
      status: 403
    })
  })
})

describe('sendCommitStatus', () => {
  const at = { ...where, sha: 'c'.repeat(40) }

  it('sends what setCommitStatus sends, with the token, and cuts the description alike', async () => {
    await sendCommitStatus('p0st', at, {
      state: 'error',
      context: 'memgate/api',
      description: 'd'.repeat(200),
      targetUrl: 'https://github.com/acme/service/actions/runs/8'
    })
    expect(github.statuses.at(-1)).toEqual({
      sha: at.sha,
      state: 'error',
      context: 'memgate/api',
      description: `${'d'.repeat(139)}…`,
      target_url: 'https://github.com/acme/service/actions/runs/8'
    })
    expect(github.requests.at(-1)?.authorization).toBe('token p0st')
  })

  it('tries again after a 5xx', async () => {
    github.failNext('POST', /\/statuses\//, 502, 1)
    const requests = github.requests.length
    await sendCommitStatus('p0st', at, { state: 'error', context: 'memgate/retry', description: 'x' })
    expect(github.statuses.at(-1)).toMatchObject({ sha: at.sha, context: 'memgate/retry' })
    expect(github.requests.length - requests).toBe(2)
  })

  it('throws a 403 with its status at once, for the caller to judge', async () => {
    github.failNext('POST', /\/statuses\//, 403, 1)
    const [statuses, requests] = [github.statuses.length, github.requests.length]
    await expect(sendCommitStatus('p0st', at, { state: 'error', context: 'memgate', description: 'x' })).rejects.toMatchObject({
      status: 403
    })
    expect(github.statuses.length).toBe(statuses)
    expect(github.requests.length - requests).toBe(1)
  })
})

describe('readCommitStatus', () => {
  const SHA = 'd'.repeat(40)
  const at = { ...where, sha: SHA }

  it('has none before any is set', async () => {
    expect(await readCommitStatus(client, at, 'memgate')).toBeNull()
  })

  it('reads the latest status of the context, past other contexts', async () => {
    await setCommitStatus(client, at, { state: 'pending', description: 'measuring', context: 'memgate' })
    await setCommitStatus(client, at, { state: 'failure', description: 'leak: grows', context: 'memgate' })
    // Seeded directly: the client spaces its writes out (the throttling plugin), reads are not.
    for (let i = 0; i < 120; i++) github.statuses.push({ sha: SHA, state: 'success', description: 'ok', context: `ci/${i}` })
    github.statuses.push({ sha: 'c'.repeat(40), state: 'success', description: 'other commit', context: 'memgate' })
    expect(await readCommitStatus(client, at, 'memgate')).toEqual({
      state: 'failure',
      description: 'leak: grows',
      creator: 'github-actions[bot]'
    })
  })

  it("gives up after a few pages rather than read a commit's whole history", async () => {
    for (let i = 0; i < 300; i++) github.statuses.push({ sha: SHA, state: 'success', description: 'ok', context: `lint/${i}` })
    const before = github.requests.length
    expect(await readCommitStatus(client, at, 'memgate')).toBeNull()
    expect(github.requests.length - before).toBe(3)
  })
})
