// Against the loopback GitHub API: the sticky comment is the one memgate's own login wrote, never a
// person's or another bot's that carries the marker.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { type FakeGitHub, startFakeGitHub } from '../support/github-server.js'

let github: FakeGitHub
let client: import('../../src/github/client.js').Client
let sticky: typeof import('../../src/github/sticky-comment.js')

const MARKER = '<!-- memgate-comment context="memgate" -->'
const pr = (pullNumber: number) => ({ owner: 'acme', repo: 'service', pullNumber })

beforeAll(async () => {
  github = await startFakeGitHub()
  process.env.GITHUB_API_URL = github.url
  const { createClient } = await import('../../src/github/client.js')
  client = createClient('test-token')
  sticky = await import('../../src/github/sticky-comment.js')
})
afterAll(() => github.close())

describe('findStickyComment and upsertStickyComment', () => {
  it("find memgate's own comment past another bot's and a person's with the marker", async () => {
    github.comments.set(1, [
      { id: 11, body: `${MARKER}\nforged by an App`, user: { login: 'evil-app[bot]', type: 'Bot' } },
      { id: 12, body: `${MARKER}\nforged by a person`, user: { login: 'mallory', type: 'User' } },
      { id: 13, body: `${MARKER}\nmemgate's`, user: { login: 'github-actions[bot]', type: 'Bot' } }
    ])
    expect(await sticky.findStickyComment(client, pr(1), MARKER)).toEqual({ id: 13, body: `${MARKER}\nmemgate's` })
    expect(await sticky.upsertStickyComment(client, pr(1), MARKER, `${MARKER}\nnew`, true)).toBe('updated')
    expect(github.comments.get(1)!.map((c) => c.body)).toEqual([
      `${MARKER}\nforged by an App`,
      `${MARKER}\nforged by a person`,
      `${MARKER}\nnew`
    ])
  })

  it("creates memgate's comment rather than edit another bot's", async () => {
    github.comments.set(2, [{ id: 21, body: `${MARKER}\nforged by an App`, user: { login: 'evil-app[bot]', type: 'Bot' } }])
    expect(await sticky.findStickyComment(client, pr(2), MARKER)).toBeNull()
    expect(await sticky.upsertStickyComment(client, pr(2), MARKER, `${MARKER}\nmemgate's`, true)).toBe('created')
    expect(github.comments.get(2)!.map((c) => [c.user.login, c.body])).toEqual([
      ['evil-app[bot]', `${MARKER}\nforged by an App`],
      ['github-actions[bot]', `${MARKER}\nmemgate's`]
    ])
  })

  it("takes no comment of memgate's login that only quotes the marker (another workflow echoing the PR's text)", async () => {
    github.comments.set(3, [
      {
        id: 31,
        body: `PR text, quoted by another workflow:\n${MARKER}\nnot memgate's`,
        user: { login: 'github-actions[bot]', type: 'Bot' }
      },
      { id: 32, body: `${MARKER}\r\nmemgate's`, user: { login: 'github-actions[bot]', type: 'Bot' } }
    ])
    expect(await sticky.findStickyComment(client, pr(3), MARKER)).toEqual({ id: 32, body: `${MARKER}\r\nmemgate's` })
    github.comments.set(4, [{ id: 41, body: `> ${MARKER}`, user: { login: 'github-actions[bot]', type: 'Bot' } }])
    expect(await sticky.findStickyComment(client, pr(4), MARKER)).toBeNull()
  })

  it('writes no secret memgate holds into a comment or a commit status', async () => {
    const { addSecret } = await import('../../src/secrets.js')
    const { setCommitStatus } = await import('../../src/github/status.js')
    const SECRET = 'ghs_secretInTheReason0123456789'
    addSecret(SECRET)
    github.comments.set(5, [])
    await sticky.upsertStickyComment(
      client,
      pr(5),
      MARKER,
      `${MARKER}\nThe registry https://attacker.example/${SECRET}/ answered 404`,
      true
    )
    expect(github.comments.get(5)!.map((c) => c.body)).toEqual([`${MARKER}\nThe registry https://attacker.example/***/ answered 404`])
    await setCommitStatus(
      client,
      { owner: 'acme', repo: 'service', sha: 'a'.repeat(40) },
      { state: 'error', context: 'memgate', description: `failed: ${SECRET}` }
    )
    expect(github.statuses.at(-1)).toMatchObject({ description: 'failed: ***' })
  })

  it('asks who the token is once per client', async () => {
    const before = github.requests.filter((r) => r.path === '/user').length
    await sticky.findStickyComment(client, pr(1), MARKER)
    await sticky.findStickyComment(client, pr(2), MARKER)
    expect(github.requests.filter((r) => r.path === '/user').length).toBe(before)
  })
})
