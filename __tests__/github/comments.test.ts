// Against the loopback GitHub API, with its pagination: only comments memgate's identity wrote.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { type FakeGitHub, seedComments, startFakeGitHub } from '../support/github-server.js'

let github: FakeGitHub
let client: import('../../src/github/client.js').Client
let comments: typeof import('../../src/github/comments.js')

const MARKER = '<!-- memgate-comment context="memgate" -->'

beforeAll(async () => {
  github = await startFakeGitHub()
  process.env.GITHUB_API_URL = github.url
  const { createClient } = await import('../../src/github/client.js')
  client = createClient('test-token')
  comments = await import('../../src/github/comments.js')
  seedComments(github, 7, 230)
  const list = github.comments.get(7)!
  // Anyone may paste the marker: a person, another bot, an App named like memgate.
  list.splice(5, 0, { id: 9001, body: `${MARKER}\nforged by a person`, user: { login: 'mallory', type: 'User' } })
  list.splice(50, 0, { id: 9002, body: `${MARKER}\nforged by a bot`, user: { login: 'evil-app[bot]', type: 'Bot' } })
  list.splice(120, 0, { id: 9003, body: `${MARKER}\nmemgate's own`, user: { login: 'github-actions[bot]', type: 'Bot' } })
  list.push({ id: 9004, body: 'memgate without the marker', user: { login: 'github-actions[bot]', type: 'Bot' } })
})
afterAll(() => github.close())

const pr = { owner: 'acme', repo: 'service', pullNumber: 7 }
const me = { login: 'github-actions[bot]', source: 'default' as const }

describe('listOwnComments', () => {
  it("reads every page and keeps only memgate's comments", async () => {
    const own = await comments.listOwnComments(client, pr, me)
    expect(own.map((c) => c.id)).toEqual([9003, 9004])
    expect(github.requests.filter((r) => r.path.startsWith('/repos/acme/service/issues/7/comments')).length).toBe(3)
  })

  it('has none for another identity', async () => {
    expect(await comments.listOwnComments(client, pr, { login: 'memgate-bot', source: 'user' })).toEqual([])
  })
})

describe('findOwnComment', () => {
  it("finds memgate's marked comment past the forged ones", async () => {
    expect(await comments.findOwnComment(client, pr, me, MARKER)).toMatchObject({
      id: 9003,
      body: expect.stringContaining("memgate's own")
    })
  })

  it('finds nothing when only others carry the marker', async () => {
    expect(await comments.findOwnComment(client, pr, { login: 'someone-else[bot]', source: 'viewer' }, MARKER)).toBeNull()
  })
})
