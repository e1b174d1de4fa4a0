// readPull against a real HTTP server on 127.0.0.1 (GITHUB_API_URL).
import { afterAll, describe, expect, it } from '@jest/globals'
import { startFakeGitHub } from '../support/github-server.js'

const github = await startFakeGitHub()
process.env.GITHUB_API_URL = github.url
const { createClient } = await import('../../src/github/client.js')
const { readPull } = await import('../../src/github/pull.js')

afterAll(() => github.close())

const client = createClient('t0ken')

describe('readPull', () => {
  it("reads the PR's head and base SHAs, state and head repository", async () => {
    github.pulls.set(7, { headSha: 'c'.repeat(40), baseSha: 'd'.repeat(40), headRepository: 'stranger/service' })
    expect(await readPull(client, { owner: 'acme', repo: 'service', pullNumber: 7 })).toEqual({
      number: 7,
      headSha: 'c'.repeat(40),
      baseSha: 'd'.repeat(40),
      state: 'open',
      headRepository: 'stranger/service'
    })
    expect(github.requests.at(-1)).toMatchObject({ method: 'GET', path: '/repos/acme/service/pulls/7' })
  })

  it('throws with the status for a PR that does not exist', async () => {
    await expect(readPull(client, { owner: 'acme', repo: 'service', pullNumber: 404 })).rejects.toMatchObject({ status: 404 })
  })
})
