// The post step (src/post.ts): finishLeftPending against a real HTTP server on
// 127.0.0.1 (GITHUB_API_URL), with the saved state and inputs in the environment as the runner sets them.
import { afterAll, afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals'
import { startFakeGitHub } from './support/github-server.js'

const github = await startFakeGitHub()
process.env.GITHUB_API_URL = github.url
const { finishLeftPending, PENDING_STATE } = await import('../src/action/post.js')

afterAll(() => github.close())

const sha = 'e'.repeat(40)
const stateVar = `STATE_${PENDING_STATE}`
let stdout: string[]

beforeEach(() => {
  stdout = []
  jest.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    stdout.push(String(chunk))
    return true
  })
  process.env['INPUT_GITHUB-TOKEN'] = 'p0st'
  process.env.GITHUB_REPOSITORY = 'acme/service'
  process.env.GITHUB_SERVER_URL = 'https://github.com'
})

afterEach(() => {
  jest.restoreAllMocks()
  for (const name of [stateVar, 'INPUT_GITHUB-TOKEN', 'INPUT_STATUS-CONTEXT', 'GITHUB_REPOSITORY', 'GITHUB_SERVER_URL'])
    delete process.env[name]
})

describe('finishLeftPending', () => {
  it('does nothing when the main step left no pending status', async () => {
    const since = github.requests.length
    await finishLeftPending()
    expect(github.requests.slice(since)).toEqual([])
  })

  it('turns a pending status left behind into an error on the same SHA, context and run link', async () => {
    process.env[stateVar] = JSON.stringify({
      owner: 'acme',
      repo: 'service',
      sha,
      targetUrl: 'https://github.com/acme/service/actions/runs/9'
    })
    process.env['INPUT_STATUS-CONTEXT'] = 'memgate/api'
    await finishLeftPending()
    expect(github.statuses.at(-1)).toEqual({
      sha,
      state: 'error',
      context: 'memgate/api',
      description: 'memgate did not finish (cancelled, crashed or timed out); see the workflow run',
      target_url: 'https://github.com/acme/service/actions/runs/9'
    })
    expect(github.requests.at(-1)!.authorization).toBe('token p0st')
    expect(stdout.join('')).toContain(`The pending memgate/api status on ${sha.slice(0, 7)} is now an error.`)
  })

  it('uses the context memgate when the input is empty', async () => {
    process.env[stateVar] = JSON.stringify({ owner: 'acme', repo: 'service', sha })
    await finishLeftPending()
    expect(github.statuses.at(-1)).toMatchObject({ sha, state: 'error', context: 'memgate' })
  })

  it('warns and sends nothing when the saved state is not JSON', async () => {
    const since = github.requests.length
    process.env[stateVar] = '{not json'
    await finishLeftPending()
    expect(github.requests.slice(since)).toEqual([])
    expect(stdout.join('')).toContain(
      "::warning::The saved pending status was not left by memgate's main step (it is not JSON); nothing was written."
    )
  })

  // The state file is the runner's: only what the main step saved may choose where the post step writes.
  it.each([
    ['another repository', { owner: 'evil', repo: 'service', sha }, "it names evil/service, not this workflow's acme/service"],
    ['a SHA that is not one', { owner: 'acme', repo: 'service', sha: 'main' }, 'its SHA is not 40 hex characters'],
    [
      'a link elsewhere',
      { owner: 'acme', repo: 'service', sha, targetUrl: 'https://evil.example/' },
      'its target URL is not a run of this repository'
    ]
  ])('warns and sends nothing for a state with %s', async (_, state, reason) => {
    const since = github.requests.length
    process.env[stateVar] = JSON.stringify(state)
    await finishLeftPending()
    expect(github.requests.slice(since)).toEqual([])
    expect(stdout.join('')).toContain(
      `::warning::The saved pending status was not left by memgate's main step (${reason}); nothing was written.`
    )
  })

  it('warns and sends nothing for a status context of two lines', async () => {
    const since = github.requests.length
    process.env[stateVar] = JSON.stringify({ owner: 'acme', repo: 'service', sha })
    process.env['INPUT_STATUS-CONTEXT'] = 'memgate\nother'
    await finishLeftPending()
    expect(github.requests.slice(since)).toEqual([])
    expect(stdout.join('')).toContain(
      '::warning::The status-context input is not one line of up to 255 printable characters; nothing was written.'
    )
  })

  it('warns, and does not throw, when GitHub refuses the status', async () => {
    process.env[stateVar] = JSON.stringify({ owner: 'acme', repo: 'service', sha })
    github.failNext('POST', /\/statuses\//, 403, 1)
    await expect(finishLeftPending()).resolves.toBeUndefined()
    expect(stdout.join('')).toContain(`::warning::Could not end the pending memgate status on ${sha.slice(0, 7)} (HTTP 403).`)
  })
})
