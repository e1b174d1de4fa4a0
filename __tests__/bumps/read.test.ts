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

describe('projects and manifests', () => {
  const manifestsOnly = (side: 'base' | 'head') => {
    const tree = projectSide(side, 'npm/v3')
    delete tree['package-lock.json']
    return tree
  }

  it('without a lockfile reports the package.json range changes, unresolved', async () => {
    const r = repo(manifestsOnly('base'), manifestsOnly('head'))
    const bumps = await readBumps(await createGit(r.dir), r.shas[0]!, r.shas[1]!)
    expect(bumps.every((b) => b.unresolved === true && b.direct)).toBe(true)
    expect(bumps.map((b) => `${b.manifest} ${b.name} ${b.from} → ${b.to} ${b.type}`).sort()).toEqual([
      'package.json debug 2.6.9 → 4.3.4 major',
      'package.json is-number 6.0.0 → 7.0.0 major',
      'package.json kleur 4.1.5 → 4.1.4 downgrade',
      'package.json left-pad 1.3.0 → null removed',
      'package.json ms 2.1.1 → 2.1.3 patch',
      'package.json picocolors null → 1.0.0 added',
      'package.json tiny file:vendor/tiny-1.0.0.tgz → file:vendor/tiny-1.1.0.tgz other',
      'packages/app/package.json escape-html 1.0.2 → 1.0.3 patch',
      'packages/app/package.json ms 3.0.0-beta.1 → 3.0.0-beta.2 prerelease',
      'packages/app/package.json ms-alias npm:ms@2.1.1 → npm:ms@2.1.2 other',
      'packages/app/package.json picocolors 0.2.1 → 1.1.1 major'
    ].sort())
  })

  it('diffs each project by its own lockfile and names manifests from the repo root', async () => {
    const r = repo(
      { ...projectSide('base', 'npm/v3'), ...projectSide('base', 'pnpm/v9', 'examples/demo/') },
      { ...projectSide('head', 'npm/v3'), ...projectSide('head', 'pnpm/v9', 'examples/demo/') }
    )
    const bumps = await readBumps(await createGit(r.dir), r.shas[0]!, r.shas[1]!)
    expect(sorted(bumps)).toEqual(sorted([
      ...expectedProjectBumps('package-lock.json'),
      ...expectedProjectBumps('pnpm-lock.yaml', 'examples/demo/')
    ]))
  })

  it("follows package.json's packageManager when a directory holds two lockfiles", async () => {
    const side = (s: 'base' | 'head') => {
      const tree = { ...projectSide(s, 'npm/v3'), ...projectSide(s, 'yarn') }
      tree['package.json'] = tree['package.json']!.replace('"private": true,', '"private": true,\n  "packageManager": "yarn@1.22.22",')
      // A stale npm lockfile that did not move: were it read, the bumps would be empty.
      tree['package-lock.json'] = projectSide('base', 'npm/v3')['package-lock.json']!
      return tree
    }
    const r = repo(side('base'), side('head'))
    const bumps = await readBumps(await createGit(r.dir), r.shas[0]!, r.shas[1]!)
    expect(sorted(bumps)).toEqual(sorted(expectedProjectBumps('yarn.lock')))
  })

  it('finds pnpm workspaces from pnpm-workspace.yaml alone', async () => {
    const side = (s: 'base' | 'head') => {
      const tree = projectSide(s, 'pnpm/v9')
      tree['package.json'] = tree['package.json']!.replace(/\n  "workspaces": \[[^\]]*\],/, '')
      expect(tree['package.json']).not.toContain('workspaces')
      return tree
    }
    const r = repo(side('base'), side('head'))
    const bumps = await readBumps(await createGit(r.dir), r.shas[0]!, r.shas[1]!)
    expect(sorted(bumps)).toEqual(sorted(expectedProjectBumps('pnpm-lock.yaml')))
  })

  it('applies include, exclude and dependency-types', async () => {
    const r = repo(projectSide('base', 'pnpm/v9'), projectSide('head', 'pnpm/v9'))
    const git = await createGit(r.dir)
    const bumps = await readBumps(git, r.shas[0]!, r.shas[1]!, { include: ['ms*', 'pico*'], exclude: ['ms-alias'], dependencyTypes: ['dependencies'] })
    expect(bumps.map((b) => `${b.manifest} ${b.name} ${b.from}`).sort()).toEqual([
      'packages/app/package.json ms 3.0.0-beta.1',
      'package.json picocolors null',
      'pnpm-lock.yaml ms 2.0.0'
    ].sort())
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

  it('a working directory inside a monorepo keeps its own bumps and the shared lockfile\'s', async () => {
    const r = repo(projectSide('base', 'yarn-berry'), projectSide('head', 'yarn-berry'))
    const bumps = await readBumps(await createGit(r.dir), r.shas[0]!, r.shas[1]!, { workingDirectory: 'packages/app' })
    expect(sorted(bumps)).toEqual(sorted(expectedProjectBumps('yarn.lock').filter((b) => b.manifest !== 'package.json')))
  })

  it('a working directory sees a change to the lockfile above it alone', async () => {
    const base = projectSide('base', 'npm/v3')
    const head = { ...base, 'package-lock.json': base['package-lock.json']!.replaceAll('"version": "1.0.2"', '"version": "1.0.3"') }
    const r = repo(base, head)
    const bumps = await readBumps(await createGit(r.dir), r.shas[0]!, r.shas[1]!, { workingDirectory: 'packages/app' })
    expect(bumps).toEqual([
      { name: 'escape-html', from: '1.0.2', to: '1.0.3', type: 'patch', direct: true, dependencyType: 'dependencies', manifest: 'packages/app/package.json' }
    ])
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

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

function lineOf(text: string, needle: string): number {
  return text.slice(0, text.indexOf(needle)).split('\n').length
}

describe('bad lockfiles', () => {
  it.each([
    ['yarn-berry', 'yarn.lock', (t: string) => t.replace(/^ {2}version: 8$/m, '  version: 12'), 'base',
      (sha: string) => `yarn.lock at ${sha}, line 5: unknown Yarn Berry lockfile __metadata.version "12" (memgate reads 4 to 8)`],
    ['pnpm/v9', 'pnpm-lock.yaml', (t: string) => t.replace("lockfileVersion: '9.0'", "lockfileVersion: '10.0'"), 'head',
      (sha: string) => `pnpm-lock.yaml at ${sha}, line 1: unknown lockfileVersion "10.0" (memgate reads pnpm lockfile versions 5.x, 6.x and 9.x)`],
    ['npm/v3', 'package-lock.json', (t: string) => t.slice(0, 200), 'head',
      (sha: string) => `package-lock.json at ${sha}, line 11: invalid JSON (`],
    // Laid out as npm writes it, so the entries are split and only the changed one is parsed.
    ['npm/v3', 'package-lock.json', (t: string) => t.replace(/("node_modules\/ms": \{\n\s+"version": "[^"]+",)/, '$1,'), 'head',
      (sha: string) => `package-lock.json at ${sha}, line ${lineOf(projectSide('head', 'npm/v3')['package-lock.json']!, '"node_modules/ms": {') + 1}: invalid JSON (`]
  ])('%s: a bad %s at %s is an error naming the commit', async (dir, file, spoil, which, reason) => {
    const base = projectSide('base', dir)
    const head = projectSide('head', dir)
    const target = which === 'base' ? base : head
    target[file] = spoil(target[file]!)
    const r = repo(base, head)
    const sha = r.shas[which === 'base' ? 0 : 1]!.slice(0, 7)
    const error = await readBumps(await createGit(r.dir), r.shas[0]!, r.shas[1]!).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(MemgateError)
    expect((error as MemgateError).reason).toMatch(new RegExp(`^${escapeRegExp(reason(sha))}`))
    expect((error as MemgateError).reason).not.toContain('\n')
  })

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

// Lockfiles and workspace lists are the PR's text. Each case holds one line of megabytes that a
// backtracking pattern took quadratic time on; jest's timeout stops a parser that is not linear.
describe('a hostile line of megabytes', () => {
  it('in pnpm-workspace.yaml reads in linear time', async () => {
    const side = (s: 'base' | 'head') => {
      const tree = projectSide(s, 'pnpm/v9')
      tree['package.json'] = tree['package.json']!.replace(/\n  "workspaces": \[[^\]]*\],/, '')
      // An item, four million blanks, then more text: a lazy item pattern with an optional comment
      // tried every split of the blanks.
      if (s === 'head') tree['pnpm-workspace.yaml'] += `  - x${' '.repeat(4_000_000)}y\n`
      return tree
    }
    const r = repo(side('base'), side('head'))
    const bumps = await readBumps(await createGit(r.dir), r.shas[0]!, r.shas[1]!)
    expect(sorted(bumps)).toEqual(sorted(expectedProjectBumps('pnpm-lock.yaml')))
  }, 10_000)

  it('as a resolved string of package-lock.json reads in linear time', async () => {
    const head = projectSide('head', 'npm/v3')
    // A `file:` tarball path followed by a million `#` fragments and a line break: a `.*\.tgz(#.*)?$`
    // pattern backtracked once per fragment, each time to the end of the string.
    const resolved = `file:vendor/tiny-1.1.0.tgz${'#.tgz'.repeat(1_000_000)}\n`
    head['package-lock.json'] = head['package-lock.json']!.replace('"resolved": "file:vendor/tiny-1.1.0.tgz"', `"resolved": ${JSON.stringify(resolved)}`)
    expect(head['package-lock.json']).toContain('#.tgz#.tgz')
    const r = repo(projectSide('base', 'npm/v3'), head)
    const bumps = await readBumps(await createGit(r.dir), r.shas[0]!, r.shas[1]!)
    // tiny is direct: its bump is read from package.json, and the lockfile only has to be parsed.
    expect(sorted(bumps)).toEqual(sorted(expectedProjectBumps('package-lock.json')))
  }, 10_000)
})

describe("the bumps stage's time limit", () => {
  it('stops with a one-line reason once the limit has passed', async () => {
    const r = repo(projectSide('base', 'npm/v3'), projectSide('head', 'npm/v3'))
    // Far shorter than one git process: the limit passes during the first read.
    const error = await readBumps(await createGit(r.dir), r.shas[0]!, r.shas[1]!, { timeoutMs: 1 }).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(MemgateError)
    expect((error as MemgateError).reason).toBe(
      "Reading the dependency changes took longer than 0.0 s, the bumps stage's limit: no lockfile a package manager writes takes that long, so the diff was stopped"
    )
  })

  it('stops when the run is cancelled', async () => {
    const r = repo(projectSide('base', 'npm/v3'), projectSide('head', 'npm/v3'))
    const error = await readBumps(await createGit(r.dir), r.shas[0]!, r.shas[1]!, { signal: AbortSignal.abort() }).catch((e: unknown) => e)
    expect((error as MemgateError).reason).toBe('Cancelled while reading the dependency changes')
  })

  it('leaves a stage that ends in time alone', async () => {
    const r = repo(projectSide('base', 'npm/v3'), projectSide('head', 'npm/v3'))
    const bumps = await readBumps(await createGit(r.dir), r.shas[0]!, r.shas[1]!, { timeoutMs: 60_000, signal: new AbortController().signal })
    expect(sorted(bumps)).toEqual(sorted(expectedProjectBumps('package-lock.json')))
  })
})
