import { join } from 'node:path'
import { afterAll, describe, expect, it } from '@jest/globals'
import { filterBumps } from '../../src/bumps/filter.js'
import { readBumps } from '../../src/bumps/read.js'
import { MemgateError } from '../../src/errors.js'
import type { Git } from '../../src/git.js'
import { createGit } from '../../src/git.js'
import { buildReport } from '../../src/report/build.js'
import { decideReuse } from '../../src/report/reuse.js'
import type { Bump } from '../../src/types.js'
import { expectedProjectBumps, sorted } from './expected.js'
import type { Repo } from './repo.js'
import { FIXTURES, makeRepo, projectSide, readTree } from './repo.js'

const repos: Repo[] = []
afterAll(() => {
  for (const r of repos) r.remove()
})

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
    showFile: (sha, path) => {
      reads.push(path)
      return real.showFile(sha, path)
    },
    listFiles: (sha) => {
      reads.push(`ls ${sha}`)
      return real.listFiles(sha)
    }
  }
  return { git, reads }
}

describe('readBumps on lockfiles made by the real package managers', () => {
  const cases: Array<[string, string, (lock: string) => ReturnType<typeof expectedProjectBumps>]> = [
    ['npm lockfile v3', 'npm/v3', (l) => expectedProjectBumps(l)],
    ['npm lockfile v2', 'npm/v2', (l) => expectedProjectBumps(l)],
    // v1 keeps no version for a tarball dependency, only its file: reference.
    [
      'npm lockfile v1',
      'npm/v1',
      (l) =>
        expectedProjectBumps(l).map((b) =>
          b.name === 'tiny' ? { ...b, from: 'file:vendor/tiny-1.0.0.tgz', to: 'file:vendor/tiny-1.1.0.tgz' } : b
        )
    ],
    ['npm-shrinkwrap.json', 'npm/shrinkwrap', (l) => expectedProjectBumps(l)],
    ['Yarn 1 yarn.lock', 'yarn', (l) => expectedProjectBumps(l)],
    ['Yarn Berry yarn.lock (lockfile v8, Yarn 4)', 'yarn-berry', (l) => expectedProjectBumps(l)],
    ['Yarn Berry yarn.lock (lockfile v10, Yarn 4.18.1)', 'yarn-berry-v10', (l) => expectedProjectBumps(l)],
    ['pnpm lockfile 9.0 (pnpm 9)', 'pnpm/v9', (l) => expectedProjectBumps(l)],
    ['pnpm lockfile 6.0 (pnpm 8)', 'pnpm/v6', (l) => expectedProjectBumps(l)],
    ['pnpm lockfile 5.4 (pnpm 7)', 'pnpm/v5', (l) => expectedProjectBumps(l)]
  ]
  it.each(cases)('%s', async (_title, dir, expected) => {
    const r = repo(projectSide('base', dir), projectSide('head', dir))
    const bumps = await readBumps(await createGit(r.dir), r.shas[0]!, r.shas[1]!)
    const lock = dir.endsWith('shrinkwrap')
      ? 'npm-shrinkwrap.json'
      : dir.startsWith('yarn')
        ? 'yarn.lock'
        : dir.startsWith('pnpm')
          ? 'pnpm-lock.yaml'
          : 'package-lock.json'
    expect(sorted(bumps)).toEqual(sorted(expected(lock)))
  })
})

describe('Yarn Berry lockfile versions', () => {
  it('reads an upgrade of Yarn (v8 → v10 beside the bumps) without a warning', async () => {
    const r = repo(projectSide('base', 'yarn-berry'), projectSide('head', 'yarn-berry-v10'))
    const warnings: string[] = []
    const bumps = await readBumps(await createGit(r.dir), r.shas[0]!, r.shas[1]!, { warn: (l) => warnings.push(l) })
    expect(sorted(bumps)).toEqual(sorted(expectedProjectBumps('yarn.lock')))
    expect(warnings).toEqual([])
  })

  it('reads a version newer than the ones it knows and passes on one warning per lockfile', async () => {
    const newer = (side: 'base' | 'head') => {
      const tree = projectSide(side, 'yarn-berry-v10')
      tree['yarn.lock'] = tree['yarn.lock']!.replace(/^ {2}version: 10$/m, '  version: 12')
      return tree
    }
    const r = repo(newer('base'), newer('head'))
    const warnings: string[] = []
    const bumps = await readBumps(await createGit(r.dir), r.shas[0]!, r.shas[1]!, { warn: (l) => warnings.push(l) })
    expect(sorted(bumps)).toEqual(sorted(expectedProjectBumps('yarn.lock')))
    expect(warnings).toEqual(
      ['base', 'head'].map(
        (_, i) =>
          `yarn.lock at ${r.shas[i]!.slice(0, 7)}: Yarn Berry lockfile __metadata.version 12 is newer than the versions memgate knows (4 to 10); its entries have the known shape and were read by it`
      )
    )
  })
})

describe('npm aliases (fixtures/bumps/alias)', () => {
  const bump = { name: 'ms-legacy', direct: true, dependencyType: 'dependencies', manifest: 'package.json' }
  it.each(['npm', 'yarn-berry', 'pnpm'])('%s: typed from the aliased package, and `other` when it points elsewhere', async (manager) => {
    const state = (s: string) => readTree(join(FIXTURES, 'alias', manager, s))
    const r = repo(state('base'), state('head'), state('retarget'))
    const git = await createGit(r.dir)
    expect(sorted(await readBumps(git, r.shas[0]!, r.shas[1]!))).toEqual([
      { ...bump, from: '2.1.2', to: '2.1.3', type: 'patch', package: 'ms' }
    ])
    expect(sorted(await readBumps(git, r.shas[1]!, r.shas[2]!))).toEqual([
      { ...bump, from: '2.1.3', to: '1.0.3', type: 'other', change: 'npm:ms@2.1.3 → npm:escape-html@1.0.3' }
    ])
  })
})

describe('transitive bumps narrowed to the workspace of the working directory', () => {
  const managers: Array<[string, string]> = [
    ['npm/v3', 'package-lock.json'],
    ['npm/v1', 'package-lock.json'],
    ['yarn', 'yarn.lock'],
    ['yarn-berry', 'yarn.lock'],
    ['yarn-berry-v10', 'yarn.lock'],
    ['pnpm/v9', 'pnpm-lock.yaml'],
    ['pnpm/v6', 'pnpm-lock.yaml'],
    ['pnpm/v5', 'pnpm-lock.yaml']
  ]
  it.each(managers)(
    '%s: app sees its own bumps; the root (from a directory of its own) its own and what debug brings',
    async (dir, lock) => {
      const r = repo(projectSide('base', dir), projectSide('head', dir))
      const git = await createGit(r.dir)
      const all = expectedProjectBumps(lock).map((b) =>
        dir === 'npm/v1' && b.name === 'tiny' ? { ...b, from: 'file:vendor/tiny-1.0.0.tgz', to: 'file:vendor/tiny-1.1.0.tgz' } : b
      )
      const app = await readBumps(git, r.shas[0]!, r.shas[1]!, { workingDirectory: 'packages/app' })
      expect(sorted(app)).toEqual(sorted(all.filter((b) => b.manifest === 'packages/app/package.json')))
      // A directory inside app is app's.
      expect(sorted(await readBumps(git, r.shas[0]!, r.shas[1]!, { workingDirectory: 'packages/app/src' }))).toEqual(sorted(app))
      // `scripts/` is no workspace: the root's, whose tree reaches debug and so ms 2.0.0 → 2.1.2.
      const root = await readBumps(git, r.shas[0]!, r.shas[1]!, { workingDirectory: 'scripts' })
      expect(sorted(root)).toEqual(sorted(all.filter((b) => b.manifest === 'package.json' || !b.direct)))
      expect(root.some((b) => !b.direct && b.name === 'ms')).toBe(true)
    }
  )
})

describe('a lockfile on one side only', () => {
  const withoutLock = (side: 'base' | 'head', dir: string, file: string) => {
    const tree = projectSide(side, dir)
    delete tree[file]
    return tree
  }
  // The fixture pins exact versions, so the unlocked side's are known; the tarball is known by its reference.
  const direct = (lock: string) =>
    expectedProjectBumps(lock)
      .filter((b) => b.direct)
      .map((b) => (b.name === 'tiny' ? { ...b, from: 'file:vendor/tiny-1.0.0.tgz' } : b))

  it('a lockfile added in head: its versions against the versions base pins, no unresolved ranges', async () => {
    const r = repo(withoutLock('base', 'npm/v3', 'package-lock.json'), projectSide('head', 'npm/v3'))
    const bumps = await readBumps(await createGit(r.dir), r.shas[0]!, r.shas[1]!)
    expect(sorted(bumps)).toEqual(sorted(direct('package-lock.json')))
  })

  it("a lockfile removed in head: base's versions against the versions head pins", async () => {
    const r = repo(projectSide('base', 'yarn-berry-v10'), withoutLock('head', 'yarn-berry-v10', 'yarn.lock'))
    const bumps = await readBumps(await createGit(r.dir), r.shas[0]!, r.shas[1]!)
    expect(sorted(bumps)).toEqual(
      sorted(
        direct('yarn.lock').map((b) =>
          b.name === 'tiny'
            ? { ...b, from: '1.0.0', to: 'file:vendor/tiny-1.1.0.tgz', change: 'file:vendor/tiny-1.0.0.tgz → file:vendor/tiny-1.1.0.tgz' }
            : b
        )
      )
    )
  })

  it('a range on the unlocked side: shown as it is; an unchanged range that admits the locked version is no bump', async () => {
    const base = withoutLock('base', 'pnpm/v9', 'pnpm-lock.yaml')
    base['package.json'] = base['package.json']!.replace('"debug": "2.6.9"', '"debug": "^2.6.0"').replace(
      '"kleur": "4.1.5"',
      '"kleur": "^4.1.0"'
    )
    const head = projectSide('head', 'pnpm/v9')
    head['package.json'] = head['package.json']!.replace('"kleur": "4.1.4"', '"kleur": "^4.1.0"')
    const r = repo(base, head)
    const bumps = await readBumps(await createGit(r.dir), r.shas[0]!, r.shas[1]!)
    expect(bumps.find((b) => b.name === 'debug')).toEqual({
      name: 'debug',
      from: '^2.6.0',
      to: '4.3.4',
      type: 'major',
      direct: true,
      dependencyType: 'dependencies',
      manifest: 'package.json',
      unresolved: true
    })
    expect(bumps.find((b) => b.name === 'kleur')).toBeUndefined()
    expect(bumps.find((b) => b.name === 'is-number')).toMatchObject({ from: '6.0.0', to: '7.0.0', type: 'major' })
    expect(bumps.find((b) => b.name === 'is-number')?.unresolved).toBeUndefined()
    expect(bumps.some((b) => !b.direct)).toBe(false)
  })
})

describe('git and local directory dependencies (fixtures/bumps/exotic)', () => {
  const git = (manifest = 'package.json'): Bump => ({
    name: 'gitdep',
    from: '1.0.0',
    to: '1.1.0',
    type: 'other',
    direct: true,
    dependencyType: 'dependencies',
    manifest,
    change: 'git+file:///tmp/memgate-gitdep.git#v1.0.0 → git+file:///tmp/memgate-gitdep.git#v1.1.0'
  })
  const dir: Bump = {
    name: 'localdir',
    from: '1.0.0',
    to: '1.1.0',
    type: 'other',
    direct: true,
    dependencyType: 'dependencies',
    manifest: 'package.json'
  }
  it.each([
    ['npm', [git(), dir]],
    ['yarn', [git(), dir]],
    // Yarn 4 cannot clone git+file URLs, so its project has only the directory dependency.
    ['yarn-berry', [dir]],
    // pnpm records no version for a directory dependency: nothing in its lockfile changes for it.
    ['pnpm', [git()]]
  ] as Array<[string, Bump[]]>)('%s', async (manager, expected) => {
    const r = repo(
      projectSide('base', `exotic/${manager}`, '', 'exotic/project'),
      projectSide('head', `exotic/${manager}`, '', 'exotic/project')
    )
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
    expect(bumps.map((b) => `${b.manifest} ${b.name} ${b.from} → ${b.to} ${b.type}`).sort()).toEqual(
      [
        'package.json debug 2.6.9 → 4.3.4 major',
        'package.json is-number 6.0.0 → 7.0.0 major',
        'package.json kleur 4.1.5 → 4.1.4 downgrade',
        'package.json left-pad 1.3.0 → null removed',
        'package.json ms 2.1.1 → 2.1.3 patch',
        'package.json picocolors null → 1.0.0 added',
        'package.json tiny file:vendor/tiny-1.0.0.tgz → file:vendor/tiny-1.1.0.tgz other',
        'packages/app/package.json escape-html 1.0.2 → 1.0.3 patch',
        'packages/app/package.json ms 3.0.0-beta.1 → 3.0.0-beta.2 prerelease',
        'packages/app/package.json ms-alias npm:ms@2.1.1 → npm:ms@2.1.2 patch',
        'packages/app/package.json picocolors 0.2.1 → 1.1.1 major'
      ].sort()
    )
  })

  it('diffs each project by its own lockfile and names manifests from the repo root', async () => {
    const r = repo(
      { ...projectSide('base', 'npm/v3'), ...projectSide('base', 'pnpm/v9', 'examples/demo/') },
      { ...projectSide('head', 'npm/v3'), ...projectSide('head', 'pnpm/v9', 'examples/demo/') }
    )
    const bumps = await readBumps(await createGit(r.dir), r.shas[0]!, r.shas[1]!)
    expect(sorted(bumps)).toEqual(
      sorted([...expectedProjectBumps('package-lock.json'), ...expectedProjectBumps('pnpm-lock.yaml', 'examples/demo/')])
    )
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
      tree['package.json'] = tree['package.json']!.replace(/\n {2}"workspaces": \[[^\]]*\],/, '')
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
    const bumps = filterBumps(await readBumps(git, r.shas[0]!, r.shas[1]!), {
      include: ['ms*', 'pico*'],
      exclude: ['ms-alias'],
      dependencyTypes: ['dependencies']
    })
    expect(bumps.map((b) => `${b.manifest} ${b.name} ${b.from}`).sort()).toEqual(
      ['packages/app/package.json ms 3.0.0-beta.1', 'package.json picocolors null', 'pnpm-lock.yaml ms 2.0.0'].sort()
    )
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

  it("a working directory inside a monorepo keeps its own bumps and the shared lockfile's", async () => {
    const r = repo(projectSide('base', 'yarn-berry'), projectSide('head', 'yarn-berry'))
    const bumps = await readBumps(await createGit(r.dir), r.shas[0]!, r.shas[1]!, { workingDirectory: 'packages/app' })
    // app's tree does not reach debug, so debug's ms 2.0.0 → 2.1.2 is not app's.
    expect(sorted(bumps)).toEqual(sorted(expectedProjectBumps('yarn.lock').filter((b) => b.manifest === 'packages/app/package.json')))
  })

  it('a working directory sees a change to the lockfile above it alone', async () => {
    const base = projectSide('base', 'npm/v3')
    const head = { ...base, 'package-lock.json': base['package-lock.json']!.replaceAll('"version": "1.0.2"', '"version": "1.0.3"') }
    const r = repo(base, head)
    const bumps = await readBumps(await createGit(r.dir), r.shas[0]!, r.shas[1]!, { workingDirectory: 'packages/app' })
    expect(sorted(bumps)).toEqual([
      {
        name: 'escape-html',
        from: '1.0.2',
        to: '1.0.3',
        type: 'patch',
        direct: true,
        dependencyType: 'dependencies',
        manifest: 'packages/app/package.json'
      }
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
    [
      'yarn-berry',
      'yarn.lock',
      (t: string) => t.replace(/^ {2}version: 8$/m, '  version: twelve'),
      'base',
      (sha: string) =>
        `yarn.lock at ${sha}, line 5: Yarn Berry lockfile without a valid __metadata.version ("twelve"; Yarn writes a whole number)`
    ],
    [
      'pnpm/v9',
      'pnpm-lock.yaml',
      (t: string) => t.replace("lockfileVersion: '9.0'", "lockfileVersion: '10.0'"),
      'head',
      (sha: string) =>
        `pnpm-lock.yaml at ${sha}, line 1: unknown lockfileVersion "10.0" (memgate reads pnpm lockfile versions 5.x, 6.x and 9.x)`
    ],
    [
      'npm/v3',
      'package-lock.json',
      (t: string) => t.slice(0, 200),
      'head',
      (sha: string) => `package-lock.json at ${sha}, line 11: invalid JSON (`
    ],
    // Laid out as npm writes it, so the entries are split and only the changed one is parsed.
    [
      'npm/v3',
      'package-lock.json',
      (t: string) => t.replace(/("node_modules\/ms": \{\n\s+"version": "[^"]+",)/, '$1,'),
      'head',
      (sha: string) =>
        `package-lock.json at ${sha}, line ${lineOf(projectSide('head', 'npm/v3')['package-lock.json']!, '"node_modules/ms": {') + 1}: invalid JSON (`
    ]
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
      tree['package.json'] = tree['package.json']!.replace(/\n {2}"workspaces": \[[^\]]*\],/, '')
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
    head['package-lock.json'] = head['package-lock.json']!.replace(
      '"resolved": "file:vendor/tiny-1.1.0.tgz"',
      `"resolved": ${JSON.stringify(resolved)}`
    )
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
    const bumps = await readBumps(await createGit(r.dir), r.shas[0]!, r.shas[1]!, {
      timeoutMs: 60_000,
      signal: new AbortController().signal
    })
    expect(sorted(bumps)).toEqual(sorted(expectedProjectBumps('package-lock.json')))
  })
})

// Lockfiles no package manager wrote, each of which took a parser 30 s or more: read or refused
// within the parse limit, never waited for.
const HOSTILE_LOCKS: Record<string, { lockDir: string; file: string; edit: (text: string) => string }> = {
  'a Yarn 1 line of 320 k spaces': {
    lockDir: 'yarn',
    file: 'yarn.lock',
    edit: (text) => `${text}\n${' '.repeat(320_000)}x\n`
  },
  'a Yarn Berry lockfile reusing one YAML anchor 2,000 times': {
    lockDir: 'yarn-berry',
    file: 'yarn.lock',
    edit: (text) => {
      const keys = Array.from({ length: 500 }, (_, i) => `    d${i}: "npm:1.0.0"`).join('\n')
      const uses = Array.from(
        { length: 2000 },
        (_, i) => `"u${i}@npm:1.0.0":\n  version: 1.0.0\n  resolution: "u${i}@npm:1.0.0"\n  dependencies: *a\n`
      )
      return `${text}\n"bomb@npm:1.0.0":\n  version: 1.0.0\n  resolution: "bomb@npm:1.0.0"\n  dependencies: &a\n${keys}\n\n${uses.join('\n')}`
    }
  },
  'a pnpm lockfile of aliases to one anchor': {
    lockDir: 'pnpm/v9',
    file: 'pnpm-lock.yaml',
    edit: (text) => {
      const keys = Array.from({ length: 300 }, (_, i) => `      d${i}: npm:ms@2.1.2`).join('\n')
      const uses = Array.from({ length: 4000 }, (_, i) => `  u${i}@1.0.0:\n    dependencies: *a\n`)
      return `${text.replace(/\n\npackages:\n/, `\n\npackages:\n\n  bomb@1.0.0:\n    dependencies: &a\n${keys}\n\n${uses.join('\n')}\n`)}`
    }
  },
  'an npm lockfile of 100 k entries naming one package': {
    lockDir: 'npm/v3',
    file: 'package-lock.json',
    edit: (text) => {
      const lock = JSON.parse(text) as { packages: Record<string, unknown> }
      for (let i = 0; i < 100_000; i++) lock.packages[`node_modules/${i.toString(36)}`] = { dependencies: { ms: '*' } }
      return JSON.stringify(lock)
    }
  }
}

describe('lockfiles no package manager wrote', () => {
  it.each(Object.keys(HOSTILE_LOCKS))(
    '%s: read, or refused with a reason, within the parse limit',
    async (name) => {
      const { lockDir, file, edit } = HOSTILE_LOCKS[name]!
      const head = projectSide('head', lockDir)
      head[file] = edit(head[file]!)
      expect(head[file]!.length).toBeLessThan(5 * 1024 * 1024)
      const r = repo(projectSide('base', lockDir), head)
      const outcome = await readBumps(await createGit(r.dir), r.shas[0]!, r.shas[1]!).then(
        (bumps) => bumps,
        (error: unknown) => error
      )
      if (outcome instanceof Error) {
        expect(outcome).toBeInstanceOf(MemgateError)
        expect((outcome as MemgateError).reason).toMatch(/^(Reading .* took (longer than 4 s|more than 1024 MiB)|.* at [0-9a-f]{7})/)
      } else expect(Array.isArray(outcome)).toBe(true)
    },
    30_000
  )

  it('ends the worker of a parse that runs past its limit, with a one-line reason', async () => {
    const { lockDir, file, edit } = HOSTILE_LOCKS['a Yarn 1 line of 320 k spaces']!
    const head = projectSide('head', lockDir)
    head[file] = edit(head[file]!)
    const r = repo(projectSide('base', lockDir), head)
    const error = await readBumps(await createGit(r.dir), r.shas[0]!, r.shas[1]!, { parseLimitMs: 1 }).catch((e: unknown) => e)
    expect((error as MemgateError).reason).toBe(
      `Reading yarn.lock at ${r.shas[0]!.slice(0, 7)} and yarn.lock at ${r.shas[1]!.slice(0, 7)} took longer than 0.001 s, ` +
        "memgate's limit for one project's lockfiles: no lockfile a package manager writes takes that long, so the parse was stopped"
    )
  }, 30_000)
})

describe('where a version comes from', () => {
  it("is part of a bump: the same versions from another host are another group's bumps, never a PR's to reuse", async () => {
    const pr = projectSide('head', 'npm/v3')
    const r = repo(projectSide('base', 'npm/v3'), pr)
    const prBumps = await readBumps(await createGit(r.dir), r.shas[0]!, r.shas[1]!)
    const moved = prBumps.find((b) => b.to && b.origin)!
    expect(moved.origin).toMatch(/ → sha512-/)
    // The merge group installs the same version of it as a tarball from another host.
    const lock = JSON.parse(pr['package-lock.json']!) as {
      packages: Record<string, { version?: string; resolved?: string; integrity?: string }>
    }
    const entry = lock.packages[`node_modules/${moved.name}`]!
    entry.resolved = `https://evil.example/${moved.name}/-/${moved.name}-${entry.version}.tgz`
    entry.integrity = `sha512-${'A'.repeat(86)}==`
    const group = repo(projectSide('base', 'npm/v3'), { ...pr, 'package-lock.json': JSON.stringify(lock, null, 2) })
    const groupBumps = await readBumps(await createGit(group.dir), group.shas[0]!, group.shas[1]!)
    expect(sorted(groupBumps)).toEqual(sorted(prBumps))
    expect(groupBumps.find((b) => b.name === moved.name)!.origin).toContain('https://evil.example/')

    const headSha = 'b'.repeat(40)
    const report = {
      ...buildReport({ baseSha: 'a'.repeat(40), headSha, bumps: prBumps, verdict: 'pass', reason: 'why' }),
      pullRequest: { repository: 'acme/service', number: 12, headSha }
    }
    const options = { repository: 'acme/service', failOn: ['leak'] }
    expect(decideReuse(prBumps, [{ pullNumber: 12, headSha, report }], options)).toMatchObject({ reuse: true })
    expect(decideReuse(groupBumps, [{ pullNumber: 12, headSha, report }], options)).toMatchObject({
      reuse: false,
      reasons: [expect.stringContaining('other dependency changes')]
    })
  })
})
