// request (the post step's GitHub client without Octokit) against a real HTTP server on 127.0.0.1.

import * as net from 'node:net'
import { afterAll, describe, expect, it } from '@jest/globals'
import { HttpError, httpStatus, request } from '../../src/github/http.js'
import { startFakeGitHub } from '../support/github-server.js'

const github = await startFakeGitHub()
afterAll(() => github.close())

const route = `/repos/acme/service/statuses/${'a'.repeat(40)}`

describe('request', () => {
  it('posts JSON to GITHUB_API_URL (a trailing slash or not) and returns the answer parsed', async () => {
    process.env.GITHUB_API_URL = `${github.url}/`
    const answer = await request('t0ken', 'POST', route, { state: 'error', context: 'memgate', description: 'x' })
    expect(answer).toMatchObject({ state: 'error', context: 'memgate', description: 'x' })
    expect(github.requests.at(-1)).toMatchObject({ method: 'POST', path: route, authorization: 'token t0ken' })
  })

  it('sends no authorization without a token', async () => {
    process.env.GITHUB_API_URL = github.url
    await request('', 'POST', route, { state: 'error', context: 'memgate', description: 'x' })
    expect(github.requests.at(-1)?.authorization).toBeUndefined()
  })

  it('throws an HttpError whose status httpStatus reads, naming the route and not the token', async () => {
    process.env.GITHUB_API_URL = github.url
    github.failNext('POST', /\/statuses\//, 404, 1)
    const error = await request('s3cret', 'POST', route, {}).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(HttpError)
    expect(httpStatus(error)).toBe(404)
    expect(String(error)).toContain(route)
    expect(String(error)).not.toContain('s3cret')
  })

  it('gives up after three tries on a server that does not answer', async () => {
    // A port nobody listens on: each connection is refused.
    const closed = net.createServer()
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve))
    const { port } = closed.address() as net.AddressInfo
    await new Promise((resolve) => closed.close(resolve))
    process.env.GITHUB_API_URL = `http://127.0.0.1:${port}`
    const error = await request('t', 'POST', route, {}).catch((e: unknown) => e)
    // fetch's own TypeError, from Node's realm rather than the test's.
    expect(error).toMatchObject({ name: 'TypeError', message: 'fetch failed' })
    expect(httpStatus(error)).toBeUndefined()
  })
})
