// Against the loopback GitHub API: the token's identity as each kind of token reports it.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { type FakeGitHub, startFakeGitHub } from '../support/github-server.js'

let github: FakeGitHub
let client: import('../../src/github/client.js').Client
let identity: typeof import('../../src/github/identity.js')

beforeAll(async () => {
  github = await startFakeGitHub()
  process.env.GITHUB_API_URL = github.url
  const { createClient } = await import('../../src/github/client.js')
  client = createClient('test-token')
  identity = await import('../../src/github/identity.js')
})
afterAll(() => github.close())

describe('readIdentity', () => {
  it('names the user of a personal access token', async () => {
    github.identity.user = 'memgate-bot'
    expect(await identity.readIdentity(client)).toEqual({ login: 'memgate-bot', source: 'user' })
  })

  it.each([
    [{ login: 'github-actions', typename: 'Bot' }, 'github-actions[bot]'],
    [{ login: 'memgate-app[bot]', typename: 'Bot' }, 'memgate-app[bot]']
  ])('names the bot of an installation token through GraphQL (%j)', async (viewer, login) => {
    github.identity.user = null
    github.identity.viewer = viewer
    expect(await identity.readIdentity(client)).toEqual({ login, source: 'viewer' })
  })

  it('falls back to the workflow bot when GitHub names no one', async () => {
    github.identity.user = null
    github.identity.viewer = null
    expect(await identity.readIdentity(client)).toEqual({ login: 'github-actions[bot]', source: 'default' })
  })

  it('asks GET /user first, then GraphQL', async () => {
    github.identity.user = null
    github.identity.viewer = { login: 'github-actions', typename: 'Bot' }
    const before = github.requests.length
    await identity.readIdentity(client)
    expect(github.requests.slice(before).map((r) => `${r.method} ${r.path}`)).toEqual(['GET /user', 'POST /graphql'])
  })

  it('does not guess on a server error', async () => {
    github.failNext('GET', /^\/user$/, 500, 10)
    await expect(identity.readIdentity(client)).rejects.toMatchObject({ status: 500 })
  })
})

describe('isOwnComment', () => {
  const me = { login: 'github-actions[bot]', source: 'default' as const }
  it.each([
    [{ user: { login: 'github-actions[bot]' } }, true],
    [{ user: { login: 'GitHub-Actions[bot]' } }, true],
    [{ user: { login: 'dependabot[bot]' } }, false],
    [{ user: { login: 'github-actions' } }, false],
    [{ user: null }, false],
    [{}, false]
  ])("%j is memgate's: %s", (comment, own) => {
    expect(identity.isOwnComment(comment, me)).toBe(own)
  })
})
