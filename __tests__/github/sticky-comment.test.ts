// The sticky comment against a real HTTP server on 127.0.0.1 (GITHUB_API_URL) that paginates as
// GitHub does: the marker search past the first page, and the edit in place.
import { afterAll, describe, expect, it } from '@jest/globals'
import { seedComments, startFakeGitHub } from '../support/github-server.js'

const github = await startFakeGitHub()
process.env.GITHUB_API_URL = github.url
const { createClient } = await import('../../src/github/client.js')
const { findStickyComment, upsertStickyComment } = await import('../../src/github/sticky-comment.js')

afterAll(() => github.close())

const client = createClient('t0ken')
const marker = '<!-- memgate-comment context="memgate" -->'
const pr = (pullNumber: number) => ({ owner: 'acme', repo: 'service', pullNumber })
const bot = { login: 'github-actions[bot]', type: 'Bot' }

describe('findStickyComment', () => {
  it("finds the bot's comment past the first page", async () => {
    seedComments(github, 1, 250)
    github.comments.get(1)!.push({ id: 9001, body: `${marker}\nverdict: pass`, user: bot })
    const since = github.requests.length
    expect(await findStickyComment(client, pr(1), marker)).toEqual({ id: 9001, body: `${marker}\nverdict: pass` })
    const pages = github.requests.slice(since).filter((r) => r.method === 'GET')
    expect(pages.map((r) => new URL(r.path, 'http://x').searchParams.get('page') ?? '1')).toEqual(['1', '2', '3'])
  })

  it("never takes a person's comment that quotes the marker", async () => {
    github.comments.set(2, [
      { id: 1, body: `${marker}\nverdict: pass (forged)`, user: { login: 'mallory', type: 'User' } },
      { id: 2, body: `${marker}\nverdict: leak`, user: bot }
    ])
    expect(await findStickyComment(client, pr(2), marker)).toEqual({ id: 2, body: `${marker}\nverdict: leak` })
    github.comments.set(3, [{ id: 3, body: marker, user: { login: 'mallory', type: 'User' } }])
    expect(await findStickyComment(client, pr(3), marker)).toBeNull()
  })

  it("tells one status context's comment from another's", async () => {
    github.comments.set(4, [{ id: 4, body: '<!-- memgate-comment context="memgate/api" -->', user: bot }])
    expect(await findStickyComment(client, pr(4), marker)).toBeNull()
    expect(await findStickyComment(client, pr(4), '<!-- memgate-comment context="memgate/api" -->')).toMatchObject({ id: 4 })
  })
})

describe('upsertStickyComment', () => {
  it('creates the comment once, then edits it in place', async () => {
    seedComments(github, 5, 120)
    expect(await upsertStickyComment(client, pr(5), marker, `${marker}\nfirst`, true)).toBe('created')
    expect(await upsertStickyComment(client, pr(5), marker, `${marker}\nsecond`, true)).toBe('updated')
    const mine = github.comments.get(5)!.filter((c) => c.body.includes(marker))
    expect(mine).toHaveLength(1)
    expect(mine[0]!.body).toBe(`${marker}\nsecond`)
    expect(github.comments.get(5)).toHaveLength(121)
    expect(github.requests.at(-1)).toMatchObject({ method: 'PATCH', path: `/repos/acme/service/issues/comments/${mine[0]!.id}` })
  })

  it('creates nothing when there is none and create is false', async () => {
    const since = github.requests.length
    expect(await upsertStickyComment(client, pr(6), marker, `${marker}\nbody`, false)).toBe('none')
    expect(github.requests.slice(since).filter((r) => r.method !== 'GET')).toEqual([])
    expect(github.comments.get(6) ?? []).toEqual([])
  })

  it('edits an existing comment even when create is false', async () => {
    // Seeded comments of other PRs have small ids: this one must not share one.
    github.comments.set(7, [{ id: 8077, body: `${marker}\nold`, user: bot }])
    expect(await upsertStickyComment(client, pr(7), marker, `${marker}\nnew`, false)).toBe('updated')
    expect(github.comments.get(7)!.map((c) => c.body)).toEqual([`${marker}\nnew`])
  })
})
