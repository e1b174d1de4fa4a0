// The store on a branch, against a real git remote: bare repositories served over HTTP on 127.0.0.1
// by git's own http-backend, with writers racing for the branch.

import { execFileSync } from 'node:child_process'
import * as fs from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { checkBranchName, updateBranchStore } from '../../src/record/branch.js'
import { type GitHttpServer, startGitHttpServer } from '../support/git-http-server.js'

let root: string
let server: GitHttpServer
beforeAll(async () => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'memgate-branch-'))
  server = await startGitHttpServer(path.join(root, 'remote'))
})
afterAll(async () => {
  await server.close()
  fs.rmSync(root, { recursive: true, force: true })
})

const files = (bare: string, branch = 'memgate-records'): string[] =>
  execFileSync('git', ['--git-dir', bare, 'ls-tree', '-r', '--name-only', branch], { encoding: 'utf8' }).split('\n').filter(Boolean).sort()
const commits = (bare: string, branch = 'memgate-records'): number =>
  Number(execFileSync('git', ['--git-dir', bare, 'rev-list', '--count', branch], { encoding: 'utf8' }).trim())

const write =
  (name: string, text = name) =>
  (dir: string) => {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true })
    fs.writeFileSync(path.join(dir, name), text)
  }

describe('updateBranchStore', () => {
  it('starts the branch when there is none, sends the token as a header only, and pushes nothing when nothing changed', async () => {
    const bare = server.createRepo('acme/first.git')
    const remote = `${server.url}/acme/first.git`
    const logs: string[] = []
    const first = await updateBranchStore({
      remote,
      branch: 'memgate-records',
      token: 'ghs_secret_token',
      message: 'memgate: record a',
      change: write('records/s/a.json'),
      log: (l) => logs.push(l)
    })
    expect(first).toMatchObject({ attempts: 1, pushed: true })
    expect(files(bare)).toEqual(['records/s/a.json'])
    const expected = `basic ${Buffer.from('x-access-token:ghs_secret_token').toString('base64')}`
    expect(server.requests.filter((r) => r.path.startsWith('/acme/first.git')).every((r) => r.authorization === expected)).toBe(true)

    const again = await updateBranchStore({
      remote,
      branch: 'memgate-records',
      message: 'memgate: record a',
      change: write('records/s/a.json'),
      log: () => {}
    })
    expect(again).toEqual({ sha: first.sha, attempts: 1, pushed: false })
    expect(commits(bare)).toBe(1)
  })

  it('makes its change again on the new tip when another writer pushed first', async () => {
    const bare = server.createRepo('acme/race.git')
    const remote = `${server.url}/acme/race.git`
    await updateBranchStore({ remote, branch: 'memgate-records', message: 'seed', change: write('records/s/0.json'), log: () => {} })
    const logs: string[] = []
    const slow = updateBranchStore({
      remote,
      branch: 'memgate-records',
      message: 'memgate: record 1',
      change: write('records/s/1.json'),
      // The first attempt pushes only after the other writer has pushed.
      beforePush: async (attempt) => {
        if (attempt === 1) await fast
      },
      log: (l) => logs.push(l)
    })
    const fast = updateBranchStore({
      remote,
      branch: 'memgate-records',
      message: 'memgate: record 2',
      change: write('records/s/2.json'),
      log: () => {}
    })
    const [a, b] = await Promise.all([slow, fast])
    expect(b).toMatchObject({ attempts: 1, pushed: true })
    expect(a).toMatchObject({ attempts: 2, pushed: true })
    expect(logs.join('\n')).toMatch(/Another run updated memgate-records first; making the change again on its new tip \(attempt 2 of 5\)/)
    expect(files(bare)).toEqual(['records/s/0.json', 'records/s/1.json', 'records/s/2.json'])
    expect(commits(bare)).toBe(3)
  })

  it('keeps every record when four writers push at once', async () => {
    const bare = server.createRepo('acme/four.git')
    const remote = `${server.url}/acme/four.git`
    await updateBranchStore({ remote, branch: 'memgate-records', message: 'seed', change: write('README.md'), log: () => {} })
    const results = await Promise.all(
      [1, 2, 3, 4].map((i) =>
        updateBranchStore({
          remote,
          branch: 'memgate-records',
          message: `record ${i}`,
          change: write(`records/s/${i}.json`),
          attempts: 8,
          log: () => {}
        })
      )
    )
    expect(results.every((r) => r.pushed)).toBe(true)
    expect(files(bare)).toEqual(['README.md', ...[1, 2, 3, 4].map((i) => `records/s/${i}.json`)])
  })

  it('says why when the remote cannot be reached', async () => {
    await expect(
      updateBranchStore({
        remote: `${server.url}/acme/none.git`,
        branch: 'memgate-records',
        message: 'x',
        change: write('a'),
        log: () => {}
      })
    ).rejects.toThrow(/^Cannot fetch branch memgate-records: /)
  })

  it.each(['-delete', 'a..b', 'x.lock', 'a b', '/abs', 'a//b', 'x@{1}'])('refuses the branch name %j', (name) => {
    expect(() => checkBranchName(name)).toThrow('is not a usable branch name')
  })
})
