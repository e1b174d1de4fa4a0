// The whole search against a real registry (Verdaccio), real installs with npm, Yarn 1 and pnpm,
// and real soak runs. The slow tests of the bisect live here, in one file. Soaks are tiny (2000
// iterations, well under a second each), so a whole bisect takes seconds.

import * as fs from 'node:fs'
import * as net from 'node:net'
import * as os from 'node:os'
import * as path from 'node:path'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import { type BisectOptions, runBisect } from '../../../src/bisect/search.js'
import { exitCodeFor } from '../../../src/exit-code.js'
import { commitAll } from '../../../src/git.js'
import { parseOptions } from '../../../src/options.js'
import { CORE_ENV, makeProject, type ProjectSpec } from '../../support/bisect-project.js'
import { type Registry, rowCache, startRegistry, wrapper } from '../../support/registry.js'

let registry: Registry
const log: string[] = []

beforeAll(async () => {
  // 5000 iterations: with runs of 2000, one run whose slope came out low (in CI) left a step of the
  // culprit search inconclusive, and the search then blamed the wrong half.
  Object.assign(process.env, CORE_ENV, { MEMGATE_PROBE_BUDGET: '1000', MEMGATE_SAMPLE_EVERY: '100', SOAK_ITERATIONS: '5000' })
  process.env.COREPACK_NPM_REGISTRY ??= 'https://registry.npmjs.org'
  registry = await startRegistry()
  // One at a time: each publish of a version rewrites the package's one document in Verdaccio.
  const publish = async (name: string, versions: string[], leaky: string[]) => {
    for (const v of versions) await registry.publish(rowCache(name, v, leaky.includes(v)))
  }
  // row-cache leaks from 1.4.0 on; nothing newer fixes it.
  await publish('row-cache', ['1.2.0', '1.2.1', '1.3.0', '1.3.1', '1.4.0', '1.5.0', '2.0.0'], ['1.4.0', '1.5.0', '2.0.0'])
  // row-store leaks from 1.4.0 to 2.0.0; 2.1.0 fixed it.
  await publish('row-store', ['1.2.0', '1.3.0', '1.4.0', '2.0.0', '2.1.0'], ['1.4.0', '2.0.0'])
  // rc-cache's 3.0.0 line leaks from rc.3; 3.1.0-beta.0 belongs to another line and leaks too.
  await publish(
    'rc-cache',
    ['2.9.0', '3.0.0-rc.1', '3.0.0-rc.2', '3.0.0-rc.3', '3.0.0-rc.4', '3.1.0-beta.0'],
    ['3.0.0-rc.3', '3.0.0-rc.4', '3.1.0-beta.0']
  )
  // flaky-cache 1.1.0 ends the soak after 150 calls: runs that end well but say nothing.
  await publish('flaky-cache', ['1.0.0', '1.2.0'], ['1.2.0'])
  await registry.publish({
    name: 'flaky-cache',
    version: '1.1.0',
    files: {
      'index.js': "'use strict'\nlet calls = 0\nexports.get = (key) => {\n  if (++calls === 150) process.exit(0)\n  return { key }\n}\n"
    }
  })
  for (const name of ['a-lib', 'b-lib', 'c-lib']) await publish(name, ['1.0.0', '1.1.0'], [])
  const wrap = async (name: string, dep: string, base: string, head: string) => {
    await registry.publish(wrapper(name, '1.0.0', { [dep]: base }))
    await registry.publish(wrapper(name, '1.1.0', { [dep]: head }))
  }
  // Head's wrappers declare ranges (resolving to the leaking version): a fix is suggested only inside them.
  await wrap('orm-lite', 'row-store', '1.2.0', '>=1.3.0 <=2.0.0')
  await wrap('cache-kit', 'row-cache', '1.3.0', '1.5.0')
  await wrap('rc-kit', 'rc-cache', '3.0.0-rc.1', '>=3.0.0-rc.1 <=3.0.0-rc.4')
})
afterAll(() => registry.stop())
beforeEach(() => {
  log.length = 0
})

async function project(spec: Omit<ProjectSpec, 'registry'>) {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'memgate-search-'))
  return makeProject(path.join(root, 'repo'), { ...spec, registry: registry.url })
}

// max-runs 12: a step that a busy machine leaves inconclusive gets more runs instead of failing the test.
function bisect(repoDir: string, extra: Partial<BisectOptions> = {}) {
  return runBisect({
    repoDir,
    base: 'main',
    head: 'bump',
    options: parseOptions({
      'soak-command': 'node soak.js',
      'pass-env': 'SOAK_ITERATIONS',
      // The test registry's versions were published seconds ago: newer ones are tried all the same.
      'minimum-release-age': '0',
      threshold: '64',
      alpha: '0.05',
      runs: '3',
      'max-runs': '12',
      timeout: '30'
    }),
    probePath: path.resolve('dist', 'probe.cjs'),
    log: (line) => log.push(line),
    ...extra
  })
}

const versionsOf = (report: { tested: { version: string; verdict: string }[] }) => report.tested.map((t) => `${t.version} ${t.verdict}`)

describe('runBisect', () => {
  it('names the first leaking version of a direct bump, measures the reference once, and offers a verified fix', async () => {
    const p = await project({ manager: 'npm', base: { 'row-cache': '1.2.0' }, head: { 'row-cache': '2.0.0' } })
    const report = await bisect(p.dir)
    expect(report).toMatchObject({
      format: 'memgate-bisect/1',
      package: 'row-cache',
      from: '1.2.0',
      to: '2.0.0',
      firstLeaking: '1.4.0',
      lastClean: '1.3.1',
      exact: true,
      newest: null,
      suggestion: { version: '1.3.1', manifest: 'package.json', change: '"row-cache": "1.3.1"', field: 'dependencies' },
      verification: { version: '1.3.1', verdict: 'pass' },
      verdict: 'leak',
      alpha: 0.05
    })
    // to first, then the binary search over 1.2.1 … 1.5.0
    expect(versionsOf(report)).toEqual(['2.0.0 leak', '1.3.1 pass', '1.4.0 leak'])
    expect(report.verification!.summary).toMatch(/^with row-cache 1\.3\.1 the head passes against base \(p = [\d.]+\)$/)
    // Bonferroni over to + ceil(log2 6) steps; no version installed twice (reference, 2.0.0, 1.3.1, 1.4.0, base)
    expect(report.comparisons).toBe(4)
    expect(report.alphaPerComparison).toBeCloseTo(0.0125)
    expect(report.tested.every((t) => t.alpha <= 0.05 / 4)).toBe(true)
    expect([report.figures.worktrees, report.figures.installs]).toEqual([5, 5])
    // the reference's runs are reused by every step: its tree ran `runs` times, not once per step
    const referenceRuns = log.filter((l) => /\+row-cache@1\.2\.0: run \d/.test(l)).length
    expect(referenceRuns).toBe(report.tested[0]!.runs.reference)
  }, 300000)

  it('bisects a transitive bump held by npm overrides and suggests only a clean version its dependent admits', async () => {
    const p = await project({ manager: 'npm', base: { 'orm-lite': '1.0.0' }, head: { 'orm-lite': '1.1.0' } })
    const report = await bisect(p.dir, { package: 'row-store' })
    // 2.1.0 is clean again but outside orm-lite's range: named, not suggested; 1.3.0 is inside it.
    expect(report).toMatchObject({
      package: 'row-store',
      from: '1.2.0',
      to: '2.0.0',
      firstLeaking: '1.4.0',
      lastClean: '1.3.0',
      newest: { version: '2.1.0', verdict: 'pass' },
      suggestion: { version: '1.3.0', manifest: 'package.json', change: '"row-store": "1.3.0"', field: 'overrides' },
      verification: { version: '1.3.0', verdict: 'pass' },
      notes: ['row-store 2.1.0 is clean but outside the range orm-lite@1.1.0 declares (>=1.3.0 <=2.0.0); it is not suggested'],
      verdict: 'leak'
    })
    expect(versionsOf(report)).toEqual(['2.0.0 leak', '1.3.0 pass', '1.4.0 leak', '2.1.0 pass'])
    expect(report.comparisons).toBe(1 + 2 + 1)
  }, 300000)

  it('finds the culprit of a grouped bump, then bisects it', async () => {
    const p = await project({
      manager: 'npm',
      base: { 'a-lib': '1.0.0', 'b-lib': '1.0.0', 'row-cache': '1.3.1', 'c-lib': '1.0.0' },
      head: { 'a-lib': '1.1.0', 'b-lib': '1.1.0', 'row-cache': '1.4.0', 'c-lib': '1.1.0' }
    })
    const report = await bisect(p.dir)
    expect(report.culprit).toMatchObject({ culprits: [{ name: 'row-cache', from: '1.3.1', to: '1.4.0' }], head: 'leak' })
    expect([...report.culprit!.clean].sort()).toEqual(['a-lib', 'b-lib', 'c-lib'])
    // head, two halvings of four bumps, then the confirmation with row-cache held back
    expect(report.culprit!.tested.map((t) => t.verdict)).toEqual(['leak', expect.any(String), 'leak', 'pass'])
    expect(report).toMatchObject({
      package: 'row-cache',
      firstLeaking: '1.4.0',
      lastClean: '1.3.1',
      newest: { version: '2.0.0', verdict: 'leak' },
      suggestion: { version: '1.3.1' }
    })
    // the bisect's reference is the culprit search's last tree: installed once
    expect(report.figures.installs).toBe(report.figures.worktrees)
  }, 300000)

  it('names every culprit of a group with two, and asks for one package at a time', async () => {
    const p = await project({
      manager: 'npm',
      base: { 'a-lib': '1.0.0', 'row-store': '1.3.0', 'b-lib': '1.0.0', 'row-cache': '1.3.1' },
      head: { 'a-lib': '1.1.0', 'row-store': '1.4.0', 'b-lib': '1.1.0', 'row-cache': '1.4.0' }
    })
    const report = await bisect(p.dir)
    expect(report.culprit!.culprits.map((c) => c.name).sort()).toEqual(['row-cache', 'row-store'])
    expect([...report.culprit!.clean].sort()).toEqual(['a-lib', 'b-lib'])
    expect(report).toMatchObject({
      package: null,
      verdict: 'error',
      reason: expect.stringMatching(
        /^Several bumps leak \((row-store, row-cache|row-cache, row-store)\); bisect them one at a time with --package$/
      )
    })
    expect(exitCodeFor(report.verdict)).toBe(2)
  }, 300000)

  it('blames no bump of a group whose head does not leak', async () => {
    const p = await project({ manager: 'npm', base: { 'a-lib': '1.0.0', 'b-lib': '1.0.0' }, head: { 'a-lib': '1.1.0', 'b-lib': '1.1.0' } })
    const report = await bisect(p.dir)
    expect(report).toMatchObject({ package: null, verdict: 'pass', culprit: { culprits: [], head: 'pass' } })
    expect(exitCodeFor(report.verdict)).toBe(0)
    expect(report.figures.worktrees).toBe(2)
  }, 300000)

  it('gives the narrowest range known when a step stays inconclusive', async () => {
    const p = await project({ manager: 'npm', base: { 'flaky-cache': '1.0.0' }, head: { 'flaky-cache': '1.2.0' } })
    const report = await bisect(p.dir)
    expect(report).toMatchObject({ verdict: 'inconclusive', exact: false, firstLeaking: '1.2.0', lastClean: '1.0.0', suggestion: null })
    expect(versionsOf(report)).toEqual(['1.2.0 leak', '1.1.0 inconclusive'])
    expect(report.reason).toMatch(/^flaky-cache@1\.1\.0 stayed inconclusive \(.*\); the leak starts after 1\.0\.0 and by 1\.2\.0$/)
    expect(exitCodeFor(report.verdict)).toBe(3)
  }, 300000)

  it('names no culprit by elimination when a half of the culprit search stays inconclusive', async () => {
    // row-cache 1.4.0 leaks, but flaky-cache 1.1.0's runs end early and say nothing: the half with
    // flaky-cache bumped is measured up to max-runs and stays inconclusive, so row-cache, the other
    // half, is not blamed for it.
    const p = await project({
      manager: 'npm',
      base: { 'flaky-cache': '1.0.0', 'row-cache': '1.3.1' },
      head: { 'flaky-cache': '1.1.0', 'row-cache': '1.4.0' }
    })
    const report = await bisect(p.dir, { headLeaks: true })
    expect(report).toMatchObject({ verdict: 'inconclusive', package: null, suggestion: null, verification: null })
    expect(report.culprit).toMatchObject({ culprits: [], head: 'leak' })
    expect(report.culprit?.tested.map((t) => `${t.bumped.join(',')} ${t.verdict}`)).toEqual(['flaky-cache inconclusive'])
    // the reason says how many runs the half got: more up to max-runs while the statistics are
    // inconclusive, or as many as the failure judgement (runs that say nothing) allowed
    const runs =
      /stayed inconclusive after (\d+) runs a side \(flaky-cache bumped: .+\): memgate cannot tell which of flaky-cache, row-cache leaks$/.exec(
        report.reason
      )
    expect(runs).not.toBeNull()
    expect(report.figures.soaks).toBe(2 * Number(runs?.[1]))
    expect(Number(runs?.[1])).toBeLessThanOrEqual(12)
    expect(exitCodeFor(report.verdict)).toBe(3)
  }, 300000)

  it('stops when to does not leak', async () => {
    const p = await project({ manager: 'npm', base: { 'row-cache': '1.2.0' }, head: { 'row-cache': '1.3.1' } })
    const report = await bisect(p.dir)
    expect(report).toMatchObject({ firstLeaking: null, lastClean: '1.3.1', suggestion: null, verification: null, verdict: 'pass' })
    expect(versionsOf(report)).toEqual(['1.3.1 pass'])
  }, 300000)

  it('says the registry is down before installing anything', async () => {
    const p = await project({ manager: 'npm', base: { 'row-cache': '1.2.0' }, head: { 'row-cache': '2.0.0' } })
    // A port that was just free: nothing listens there any more.
    const server = net.createServer()
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    const port = (server.address() as net.AddressInfo).port
    await new Promise((resolve) => server.close(resolve))
    fs.writeFileSync(path.join(p.dir, '.npmrc'), `registry=http://127.0.0.1:${port}/\n`)
    await commitAll(p.dir, 'registry moved')
    await expect(bisect(p.dir)).rejects.toMatchObject({
      reason: `The registry http://127.0.0.1:${port}/ could not be reached while listing row-cache's versions (ECONNREFUSED)`,
      exitCode: 2
    })
    expect(log.filter((l) => l.includes('installing'))).toEqual([])
  }, 300000)

  it('bisects a prerelease line under Yarn 1 resolutions, leaving other lines out', async () => {
    const p = await project({ manager: 'yarn', base: { 'rc-kit': '1.0.0' }, head: { 'rc-kit': '1.1.0' } })
    const report = await bisect(p.dir, { package: 'rc-cache' })
    expect(report).toMatchObject({
      from: '3.0.0-rc.1',
      to: '3.0.0-rc.4',
      firstLeaking: '3.0.0-rc.3',
      lastClean: '3.0.0-rc.2',
      newest: null,
      suggestion: { version: '3.0.0-rc.2', field: 'resolutions', change: '"rc-cache": "3.0.0-rc.2"' }
    })
    expect(report.tested.map((t) => t.version)).not.toContain('3.1.0-beta.0')
  }, 300000)

  it('holds a transitive bump with pnpm.overrides', async () => {
    const p = await project({ manager: 'pnpm', base: { 'cache-kit': '1.0.0' }, head: { 'cache-kit': '1.1.0' } })
    const report = await bisect(p.dir, { package: 'row-cache' })
    expect(report).toMatchObject({
      from: '1.3.0',
      to: '1.5.0',
      firstLeaking: '1.4.0',
      lastClean: '1.3.1',
      newest: { version: '2.0.0', verdict: 'leak' },
      // cache-kit pins row-cache 1.5.0 exactly (with a range, pnpm here left row-cache at 1.3.0):
      // the clean versions are outside it, so none is suggested, and the notes say so
      suggestion: null,
      verification: null,
      notes: [
        'row-cache 1.3.1 is clean but outside the range cache-kit@1.1.0 declares (1.5.0); it is not suggested',
        'row-cache 1.3.0 is clean but outside the range cache-kit@1.1.0 declares (1.5.0); it is not suggested'
      ]
    })
    expect(report.reason).toMatch(/; no clean version is inside the range every dependent declares, so none is suggested \(/)
  }, 300000)
})
