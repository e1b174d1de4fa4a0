import { afterAll, describe, expect, it } from '@jest/globals'
import type { BumpDetail } from '../../src/bumps/diff.js'
import { readBumps } from '../../src/bumps/read.js'
import { MemgateError } from '../../src/errors.js'
import { createGit } from '../../src/soak/git.js'
import type { Git } from '../../src/soak/git.js'
import { expectedProjectBumps, sorted } from './expected.js'
import { makeRepo, projectSide } from './repo.js'
import type { Repo } from './repo.js'

const repos: Repo[] = []
afterAll(() => repos.forEach((r) => r.remove()))

function repo(...trees: Parameters<typeof makeRepo>[0]): Repo {
  const made = makeRepo(trees)
  repos.push(made)
  return made
}

/** A real Git that also records which files were read. */
async function countingGit(dir: string): Promise<{ git: Git; reads: string[] }> {
  const real = await createGit(dir)
  const reads: string[] = []
  const git: Git = {
    ...real,
    showFile: (sha, path) => (reads.push(path), real.showFile(sha, path)),
    listFiles: (sha) => (reads.push(`ls ${sha}`), real.listFiles(sha))
  }
  return { git, reads }
}

describe('readBumps on lockfiles made by the real package managers', () => {
  const cases: Array<[string, string, (lock: string) => ReturnType<typeof expectedProjectBumps>]> = [
    ['npm lockfile v3', 'npm/v3', (l) => expectedProjectBumps(l)],
    ['npm lockfile v2', 'npm/v2', (l) => expectedProjectBumps(l)],
    // v1 keeps no version for a tarball dependency, only its file: reference.
    ['npm lockfile v1', 'npm/v1', (l) => expectedProjectBumps(l).map((b) =>
      b.name === 'tiny' ? { ...b, from: 'file:vendor/tiny-1.0.0.tgz', to: 'file:vendor/tiny-1.1.0.tgz' } : b)],
    ['npm-shrinkwrap.json', 'npm/shrinkwrap', (l) => expectedProjectBumps(l)],
    ['Yarn 1 yarn.lock', 'yarn', (l) => expectedProjectBumps(l)],
    ['Yarn Berry yarn.lock (lockfile v8, Yarn 4)', 'yarn-berry', (l) => expectedProjectBumps(l)],
    ['pnpm lockfile 9.0 (pnpm 9)', 'pnpm/v9', (l) => expectedProjectBumps(l)],
    ['pnpm lockfile 6.0 (pnpm 8)', 'pnpm/v6', (l) => expectedProjectBumps(l)],
    ['pnpm lockfile 5.4 (pnpm 7)', 'pnpm/v5', (l) => expectedProjectBumps(l)]
  ]
  it.each(cases)('%s', async (_title, dir, expected) => {
    const r = repo(projectSide('base', dir), projectSide('head', dir))
    const bumps = await readBumps(await createGit(r.dir), r.shas[0]!, r.shas[1]!)
    const lock = dir.endsWith('shrinkwrap')
      ? 'npm-shrinkwrap.json'
      : dir.startsWith('yarn') ? 'yarn.lock' : dir.startsWith('pnpm') ? 'pnpm-lock.yaml' : 'package-lock.json'
    expect(sorted(bumps)).toEqual(sorted(expected(lock)))
  })
})

describe('git and local directory dependencies (fixtures/bumps/exotic)', () => {
  const git = (manifest = 'package.json'): BumpDetail => ({
    name: 'gitdep', from: '1.0.0', to: '1.1.0', type: 'other', direct: true, dependencyType: 'dependencies', manifest,
    change: 'git+file:///tmp/memgate-gitdep.git#v1.0.0 → git+file:///tmp/memgate-gitdep.git#v1.1.0'
  })
  const dir: BumpDetail = {
    name: 'localdir', from: '1.0.0', to: '1.1.0', type: 'other', direct: true, dependencyType: 'dependencies', manifest: 'package.json'
  }
  it.each([
    ['npm', [git(), dir]],
    ['yarn', [git(), dir]],
    // Yarn 4 cannot clone git+file URLs, so its project has only the directory dependency.
    ['yarn-berry', [dir]],
    // pnpm records no version for a directory dependency: nothing in its lockfile changes for it.
    ['pnpm', [git()]]
  ] as Array<[string, BumpDetail[]]>)('%s', async (manager, expected) => {
    const r = repo(projectSide('base', `exotic/${manager}`, '', 'exotic/project'), projectSide('head', `exotic/${manager}`, '', 'exotic/project'))
    const bumps = await readBumps(await createGit(r.dir), r.shas[0]!, r.shas[1]!)
    expect(sorted(bumps)).toEqual(sorted(expected))
  })
})

describe('the fast path', () => {
  it('reads nothing but the changed paths when no manifest or lockfile changed', async () => {
    const base = projectSide('base', 'npm/v3')
    const r = repo(base, { ...base, 'src/index.js': 'export {}\n', 'docs/package.json.md': '# not a manifest\n' })
    const { git, reads } = await countingGit(r.dir)
    expect(await readBumps(git, r.shas[0]!, r.shas[1]!)).toEqual([])
    expect(reads).toEqual([])
  })

  it('ignores dependency files outside the working directory', async () => {
    const r = repo(
      { ...projectSide('base', 'npm/v3', 'a/'), ...projectSide('base', 'npm/v3', 'b/') },
      { ...projectSide('base', 'npm/v3', 'a/'), ...projectSide('head', 'npm/v3', 'b/') }
    )
    const { git, reads } = await countingGit(r.dir)
    expect(await readBumps(git, r.shas[0]!, r.shas[1]!, { workingDirectory: 'a' })).toEqual([])
    expect(reads).toEqual([])
    const inB = await readBumps(git, r.shas[0]!, r.shas[1]!, { workingDirectory: './b/' })
    expect(sorted(inB)).toEqual(sorted(expectedProjectBumps('package-lock.json', 'b/')))
  })
})

describe('bad lockfiles', () => {
  it('names the file, line and commit of a merge-conflict marker', async () => {
    const base = projectSide('base', 'npm/v3')
    const lines = base['package-lock.json']!.split('\n')
    lines.splice(6, 0, '<<<<<<< HEAD', '=======', '>>>>>>> other')
    const r = repo(base, { ...projectSide('head', 'npm/v3'), 'package-lock.json': lines.join('\n') })
    const error = await readBumps(await createGit(r.dir), r.shas[0]!, r.shas[1]!).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(MemgateError)
    expect((error as MemgateError).reason).toBe(
      `package-lock.json at ${r.shas[1]!.slice(0, 7)}, line 7: merge-conflict marker '<<<<<<<' (resolve the conflict and commit the regenerated lockfile)`
    )
  })
})
