import { execFileSync } from 'node:child_process'
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from '@jest/globals'
import { readBumpsBetween } from '../../src/bumps/between.js'
import { MemgateError } from '../../src/errors.js'
import { expectedProjectBumps, sorted } from './expected.js'
import { makeRepo, projectSide, type Repo } from './repo.js'

const repos: Repo[] = []
afterAll(() => {
  for (const r of repos) r.remove()
})

/** base and head of the fixture project, and a branch `moved` off base with one more commit. */
function project(lockDir: string, edit: (text: string) => string = (t) => t): Repo & { moved: string } {
  const side = (s: 'base' | 'head') => {
    const tree = projectSide(s, lockDir)
    tree['yarn.lock'] = edit(tree['yarn.lock']!)
    return tree
  }
  const r = makeRepo([side('base'), side('head')])
  repos.push(r)
  const git = (...args: string[]) => execFileSync('git', args, { cwd: r.dir, encoding: 'utf8' }).trim()
  git('checkout', '--quiet', '-b', 'moved', r.shas[0]!)
  writeFileSync(join(r.dir, 'NOTES.md'), 'the base branch moved on\n')
  git('add', 'NOTES.md')
  git('-c', 'user.name=t', '-c', 'user.email=t@example.com', 'commit', '--quiet', '-m', 'moved')
  return { ...r, moved: git('rev-parse', 'HEAD') }
}

describe('readBumpsBetween', () => {
  it('measures from the merge-base of base and head, and keeps the parsers’ warnings', async () => {
    const r = project('yarn-berry-v10', (t) => t.replace(/^ {2}version: 10$/m, '  version: 12'))
    const passed: string[] = []
    const known: { baseSha?: string; headSha?: string } = {}
    const between = await readBumpsBetween({ repoDir: r.dir, base: 'moved', head: r.shas[1]!, warn: (l) => passed.push(l), known })
    expect(between.headSha).toBe(r.shas[1])
    expect(between.baseSha).toBe(r.shas[0])
    expect(between.baseSha).not.toBe(r.moved)
    expect(known).toEqual({ baseSha: r.shas[0], headSha: r.shas[1] })
    expect(sorted(between.bumps)).toEqual(sorted(expectedProjectBumps('yarn.lock')))
    expect(between.warnings).toHaveLength(2)
    expect(between.warnings[0]).toMatch(/__metadata\.version 12 is newer/)
    expect(passed).toEqual(between.warnings)
  })

  it('stops when cancelled', async () => {
    const r = project('yarn-berry-v10')
    const abort = new AbortController()
    abort.abort(new MemgateError('cancelled (SIGTERM)'))
    await expect(readBumpsBetween({ repoDir: r.dir, base: r.shas[0]!, head: r.shas[1]!, signal: abort.signal })).rejects.toThrow(
      MemgateError
    )
  })

  it('says which commits it knew when a ref does not resolve', async () => {
    const r = project('yarn-berry-v10')
    const known: { baseSha?: string; headSha?: string } = {}
    await expect(readBumpsBetween({ repoDir: r.dir, base: 'no-such-branch', head: r.shas[1]!, known })).rejects.toThrow(
      "Unknown git ref 'no-such-branch'"
    )
    expect(known).toEqual({ headSha: r.shas[1] })
  })
})
