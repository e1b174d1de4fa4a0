// createClient against a real HTTP server on 127.0.0.1 (GITHUB_API_URL): which answers it retries,
// which it hands back to the caller at once, and what it sends.
import { afterAll, describe, expect, it } from '@jest/globals'
import { startFakeGitHub } from '../support/github-server.js'

const github = await startFakeGitHub()
// @actions/github reads GITHUB_API_URL when it is first imported.
process.env.GITHUB_API_URL = github.url
const { createClient, httpStatus } = await import('../../src/github/client.js')

afterAll(() => github.close())

const client = createClient('t0ken')
const sha = 'a'.repeat(40)
const postStatus = () => client.rest.repos.createCommitStatus({ owner: 'acme', repo: 'service', sha, state: 'pending', context: 'memgate' })
const count = (method: string, pattern: RegExp, since: number) =>
  github.requests.slice(since).filter((r) => r.method === method && pattern.test(r.path)).length

describe('createClient', () => {
  it('talks to GITHUB_API_URL with the token in the authorization header', async () => {
    const since = github.requests.length
    await postStatus()
    expect(github.requests.slice(since)).toEqual([
      expect.objectContaining({ method: 'POST', path: `/repos/acme/service/statuses/${sha}`, authorization: 'token t0ken' })
    ])
  })

  it.each([500, 502])('retries a %i and returns the answer that follows', async (status) => {
    const since = github.requests.length
    github.failNext('POST', /\/statuses\//, status, 1)
    const { data } = await postStatus()
    expect(data).toMatchObject({ state: 'pending', context: 'memgate' })
    expect(count('POST', /\/statuses\//, since)).toBe(2)
  })

  it.each([403, 404])('hands a %i back at once, with its status', async (status) => {
    const since = github.requests.length
    github.failNext('POST', /\/statuses\//, status, 1)
    const error = await postStatus().then(
      () => null,
      (e: unknown) => e
    )
    expect(httpStatus(error)).toBe(status)
    expect(count('POST', /\/statuses\//, since)).toBe(1)
  })

  it('waits out a secondary rate limit (retry-after) and tries again', async () => {
    const since = github.requests.length
    github.failNext('POST', /\/statuses\//, 403, 1, {
      message: 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.',
      headers: { 'retry-after': '1' }
    })
    const { data } = await postStatus()
    expect(data).toMatchObject({ state: 'pending' })
    expect(count('POST', /\/statuses\//, since)).toBe(2)
  })

  it('gives up on a rate limit whose reset is further away than it waits', async () => {
    const since = github.requests.length
    github.failNext('POST', /\/statuses\//, 403, 1, {
      message: 'You have exceeded a secondary rate limit.',
      headers: { 'retry-after': '3600' }
    })
    const error = await postStatus().then(
      () => null,
      (e: unknown) => e
    )
    expect(httpStatus(error)).toBe(403)
    expect(count('POST', /\/statuses\//, since)).toBe(1)
  })
})

describe('httpStatus', () => {
  it.each([
    [{ status: 404 }, 404],
    [{ status: '404' }, undefined],
    [new Error('socket hang up'), undefined],
    [null, undefined],
    [undefined, undefined],
    ['500', undefined]
  ])('of %p is %p', (error, status) => {
    expect(httpStatus(error)).toBe(status)
  })
})
