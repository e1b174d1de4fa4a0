// Reactions and plain replies against a real HTTP server on 127.0.0.1 (GITHUB_API_URL).
import { afterAll, describe, expect, it } from '@jest/globals'
import { startFakeGitHub } from '../support/github-server.js'

const github = await startFakeGitHub()
process.env.GITHUB_API_URL = github.url
const { createClient } = await import('../../src/github/client.js')
const { addReaction, replyOnPull } = await import('../../src/github/reaction.js')

afterAll(() => github.close())

const client = createClient('t0ken')
const repo = { owner: 'acme', repo: 'service' }

describe('addReaction', () => {
  it.each(['eyes', 'rocket', 'confused', '+1'] as const)('puts %s on the command comment', async (content) => {
    await addReaction(client, repo, 4242, content)
    expect(github.reactions.at(-1)).toEqual({ commentId: 4242, content })
    expect(github.requests.at(-1)).toMatchObject({ method: 'POST', path: '/repos/acme/service/issues/comments/4242/reactions' })
  })
})

describe('replyOnPull', () => {
  it('adds a new comment each time, never editing one', async () => {
    await replyOnPull(client, repo, 9, 'Only users with write access can command memgate.')
    await replyOnPull(client, repo, 9, 'Commands: /memgate rerun, /memgate accept, /memgate help')
    expect(github.comments.get(9)!.map((c) => c.body)).toEqual([
      'Only users with write access can command memgate.',
      'Commands: /memgate rerun, /memgate accept, /memgate help'
    ])
    expect(github.requests.filter((r) => r.method === 'PATCH')).toEqual([])
  })
})
