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

  it('asks who the token is once per client', async () => {
    const before = github.requests.filter((r) => r.path === '/user').length
    await sticky.findStickyComment(client, pr(1), MARKER)
    await sticky.findStickyComment(client, pr(2), MARKER)
    expect(github.requests.filter((r) => r.path === '/user').length).toBe(before)
  })
})
