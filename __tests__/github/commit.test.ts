// Against the loopback GitHub API: refs resolved to commits.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { type FakeGitHub, startFakeGitHub } from '../support/github-server.js'

let github: FakeGitHub
let client: import('../../src/github/client.js').Client
let commit: typeof import('../../src/github/commit.js')

const repo = { owner: 'acme', repo: 'service' }
const MAIN = 'a'.repeat(40)
const FEATURE = 'b'.repeat(40)

beforeAll(async () => {
  github = await startFakeGitHub()
  process.env.GITHUB_API_URL = github.url
  const { createClient } = await import('../../src/github/client.js')
  client = createClient('test-token')
  commit = await import('../../src/github/commit.js')
  github.refs.set('main', MAIN)
  github.refs.set('renovate/event-hub-1.x', FEATURE)
})
afterAll(() => github.close())

describe('resolveCommit', () => {
  it.each([
    ['main', MAIN],
    ['renovate/event-hub-1.x', FEATURE],
    ['refs/heads/main', MAIN],
    [FEATURE, FEATURE]
  ])('resolves %s', async (ref, sha) => {
    expect(await commit.resolveCommit(client, repo, ref)).toBe(sha)
  })

  it('asks for the SHA alone, with the ref in the path', async () => {
    await commit.resolveCommit(client, repo, 'renovate/event-hub-1.x')
    const request = github.requests[github.requests.length - 1]
    expect(request!.path).toBe('/repos/acme/service/commits/renovate%2Fevent-hub-1.x')
  })

  it("passes on GitHub's refusal of an unknown ref", async () => {
    await expect(commit.resolveCommit(client, repo, 'no-such-branch')).rejects.toMatchObject({ status: 422 })
  })
})
