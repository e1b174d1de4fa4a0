import { execFileSync } from 'node:child_process'
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from '@jest/globals'
import { MemgateError } from '../src/errors.js'
import { authHeader, createGit, gitEnv, runGit } from '../src/git.js'

const dir = mkdtempSync(join(tmpdir(), 'memgate-git-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

function commit(): string {
  const git = (...args: string[]): string =>
    execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', ...args], { cwd: dir, encoding: 'utf8' }).trim()
  git('init', '--quiet')
  mkdirSync(join(dir, 'pkg'))
  // A blob past a pipe's buffer, with text that is not ASCII.
  writeFileSync(join(dir, 'pkg', 'package-lock.json'), `{"name":"ünïcode","pad":"${'x'.repeat(300_000)}"}\n`)
  git('add', '--all')
  git('commit', '--quiet', '-m', 'one')
  return git('rev-parse', 'HEAD')
}

describe('Git.showFile', () => {
  const sha = commit()
  it('reads a file at a commit whole, and leaves no file of its own behind', async () => {
    const blobs = () => new Set(readdirSync(tmpdir()).filter((f) => f.startsWith('memgate-blob-')))
    const before = blobs()
    const text = await (await createGit(dir)).showFile(sha, 'pkg/package-lock.json')
    expect(text?.length).toBe(`{"name":"ünïcode","pad":""}\n`.length + 300_000)
    expect(text?.startsWith('{"name":"ünïcode"')).toBe(true)
    expect([...blobs()].filter((f) => !before.has(f))).toEqual([])
  })

  it('returns null for a path the commit does not have', async () => {
    expect(await (await createGit(dir)).showFile(sha, 'pkg/yarn.lock')).toBeNull()
  })

  it('fails with the reason, rather than passing for an absent file, when git cannot read it', async () => {
    const error = await (await createGit(dir)).showFile(sha, 'pkg').catch((e: unknown) => e)
    expect(error).toBeInstanceOf(MemgateError)
    expect((error as MemgateError).message).toMatch(new RegExp(`^Could not read pkg at ${sha.slice(0, 7)}: .+`))
  })
})

describe('gitEnv', () => {
  const TOKEN = 'ghs_gitEnvTestToken0123456789'
  it('passes git what it needs and nothing else of the process', () => {
    const env = gitEnv({
      PATH: '/bin',
      HOME: '/home/me',
      GIT_AUTHOR_NAME: 'me',
      GIT_TRACE: '1',
      GIT_TRACE_CURL: '/tmp/trace',
      GITHUB_TOKEN: TOKEN,
      GH_PAT: 'ghp_x',
      DATABASE_URL: 'postgres://u:p@db/x',
      INPUT_TOKEN: TOKEN
    })
    expect(
      Object.keys(env)
        .filter((n) => !/^GIT_CONFIG_/.test(n))
        .sort()
    ).toEqual(['GIT_AUTHOR_NAME', 'GIT_TERMINAL_PROMPT', 'HOME', 'LC_ALL', 'PATH'].sort())
    expect(Object.values(env).join('\n')).not.toContain(TOKEN)
  })

  it.each([
    ['https://github.com/acme/service.git', 'http.https://github.com/.extraheader'],
    ['https://ghe.example:8443/acme/service', 'http.https://ghe.example:8443/.extraheader'],
    ['http://github.com/acme/service.git', undefined],
    ['git@github.com:acme/service.git', undefined],
    ['/srv/git/service.git', undefined],
    [undefined, undefined]
  ])('sends the token to %s only as %s', (url, key) => {
    const env = gitEnv({ PATH: '/bin' }, TOKEN, url)
    const keys = Object.keys(env)
      .filter((n) => n.startsWith('GIT_CONFIG_KEY_'))
      .map((n) => env[n])
    expect(keys.filter((k) => k?.endsWith('extraheader'))).toEqual(key ? [key] : [])
    expect(Object.values(env).includes(authHeader(TOKEN))).toBe(key !== undefined)
    expect(Number(env.GIT_CONFIG_COUNT)).toBe(keys.length)
  })
})

describe('git runs no hook and no fsmonitor of the repository', () => {
  it('adds a worktree without its post-checkout hook, and reads status without its fsmonitor', async () => {
    const repo = mkdtempSync(join(tmpdir(), 'memgate-git-hooks-'))
    const marks = join(repo, '..', `${baseName(repo)}-marks`)
    mkdirSync(marks)
    try {
      const git = (...args: string[]) =>
        execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', ...args], { cwd: repo, encoding: 'utf8' }).trim()
      git('init', '--quiet')
      writeFileSync(join(repo, 'a.txt'), 'a\n')
      git('add', '--all')
      git('commit', '--quiet', '-m', 'one')
      const sha = git('rev-parse', 'HEAD')
      const hook = (name: string) => {
        const file = join(repo, '.git', 'hooks', name)
        writeFileSync(file, `#!/bin/sh\ntouch "${join(marks, name)}"\n`)
        chmodSync(file, 0o755)
        return file
      }
      hook('post-checkout')
      git('config', 'core.fsmonitor', hook('fsmonitor'))
      // The hooks are live: plain git runs them.
      git('status', '--porcelain')
      expect(existsSync(join(marks, 'fsmonitor'))).toBe(true)
      rmSync(join(marks, 'fsmonitor'))

      const worktree = join(repo, '..', `${baseName(repo)}-wt`)
      await (await createGit(repo)).addWorktree(worktree, sha)
      await runGit(worktree, ['status', '--porcelain'])
      expect(readdirSync(marks)).toEqual([])
      rmSync(worktree, { recursive: true, force: true })
    } finally {
      rmSync(repo, { recursive: true, force: true })
      rmSync(marks, { recursive: true, force: true })
    }
  })
})

function baseName(path: string): string {
  return path.split('/').pop()!
}
