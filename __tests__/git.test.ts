import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from '@jest/globals'
import { MemgateError } from '../src/errors.js'
import { createGit } from '../src/git.js'

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
