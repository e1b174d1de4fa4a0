// Against the loopback GitHub API: statuses written, then read back newest first.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { startFakeGitHub, type FakeGitHub } from '../support/github-server.js'

let github: FakeGitHub
let client: import('../../src/github/client.js').Client
let status: typeof import('../../src/github/status.js')

const SHA = 'b'.repeat(40)
const where = { owner: 'acme', repo: 'service', sha: SHA }

beforeAll(async () => {
  github = await startFakeGitHub()
  process.env.GITHUB_API_URL = github.url
  const { createClient } = await import('../../src/github/client.js')
  client = createClient('test-token')
  status = await import('../../src/github/status.js')
})
afterAll(() => github.close())

describe('readCommitStatus', () => {
  it('has none before any is set', async () => {
    expect(await status.readCommitStatus(client, where, 'memgate')).toBeNull()
  })

  it('reads the latest status of the context, past other contexts', async () => {
    await status.setCommitStatus(client, where, { state: 'pending', description: 'measuring', context: 'memgate' })
    await status.setCommitStatus(client, where, { state: 'failure', description: 'leak: grows', context: 'memgate' })
    // Seeded directly: the client spaces its writes out (the throttling plugin), reads are not.
    for (let i = 0; i < 120; i++) github.statuses.push({ sha: SHA, state: 'success', description: 'ok', context: `ci/${i}` })
    github.statuses.push({ sha: 'c'.repeat(40), state: 'success', description: 'other commit', context: 'memgate' })
    expect(await status.readCommitStatus(client, where, 'memgate')).toEqual({ state: 'failure', description: 'leak: grows', creator: 'github-actions[bot]' })
  })

  it('gives up after a few pages rather than read a commit\'s whole history', async () => {
    for (let i = 0; i < 300; i++) github.statuses.push({ sha: SHA, state: 'success', description: 'ok', context: `lint/${i}` })
    const before = github.requests.length
    expect(await status.readCommitStatus(client, where, 'memgate')).toBeNull()
    expect(github.requests.length - before).toBe(3)
  })
})
