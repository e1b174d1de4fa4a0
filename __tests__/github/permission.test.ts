// readPermission against a real HTTP server on 127.0.0.1 (GITHUB_API_URL) that answers as GitHub's
// collaborator permission API does: `permission` folds maintain into write and triage into read.
import { afterAll, describe, expect, it } from '@jest/globals'
import { startFakeGitHub } from '../support/github-server.js'

const github = await startFakeGitHub()
process.env.GITHUB_API_URL = github.url
const { createClient } = await import('../../src/github/client.js')
const { canCommand, readPermission } = await import('../../src/github/permission.js')

afterAll(() => github.close())

const client = createClient('t0ken')
const repo = { owner: 'acme', repo: 'service' }

describe('readPermission', () => {
  it.each([
    ['admin', 'admin', true],
    ['maintain', 'maintain', true],
    ['write', 'write', true],
    ['triage', 'triage', false],
    ['read', 'read', false],
    ['none', 'none', false]
  ])('a %s collaborator reads as %s (may command: %p)', async (role, permission, may) => {
    const user = `user-${role}`
    github.permissions.set(user, role)
    const got = await readPermission(client, repo, user)
    expect(got).toBe(permission)
    expect(canCommand(got)).toBe(may)
    expect(github.requests.at(-1)!.path).toBe(`/repos/acme/service/collaborators/${user}/permission`)
  })

  it('reads a role it does not know as none', async () => {
    github.permissions.set('odd', 'superuser')
    expect(await readPermission(client, repo, 'odd')).toBe('none')
  })

  it('escapes the user name in the path', async () => {
    github.permissions.set('a/b', 'admin')
    expect(await readPermission(client, repo, 'a/b')).toBe('admin')
    expect(github.requests.at(-1)!.path).toBe('/repos/acme/service/collaborators/a%2Fb/permission')
  })

  it('throws when the API refuses, never guessing a permission', async () => {
    github.failNext('GET', /\/collaborators\//, 404, 1)
    await expect(readPermission(client, repo, 'ghost')).rejects.toMatchObject({ status: 404 })
  })
})
