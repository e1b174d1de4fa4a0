import { describe, expect, it } from '@jest/globals'
import { buildReport, errorReport, reportOfError } from '../../src/report/build.js'
import { checkReport } from '../../src/report/check.js'
import type { Bump, StatsResult, Suspect } from '../../src/types.js'
import { MEMGATE_VERSION } from '../../src/version.js'

const BASE = '1'.repeat(40)
const HEAD = '2'.repeat(40)
const bump: Bump = {
  name: 'event-hub',
  from: '1.0.0',
  to: '2.0.0',
  type: 'major',
  direct: true,
  dependencyType: 'dependencies',
  manifest: 'package.json'
}
const suspect: Suspect = {
  name: 'Listener',
  count: 8000,
  bytes: 640000,
  retainerPath: ['(GC roots)', 'hub', 'Listener'],
  package: 'event-hub'
}
const stats: StatsResult = {
  verdict: 'leak',
  unit: 'bytes/iteration',
  base: { estimate: 3, low: -5, high: 9 },
  head: { estimate: 1480, low: 1300, high: 1620 },
  difference: { estimate: 1477, low: 1290, high: 1615, pValue: 0.004 },
  reason: 'Head retains about 1.4 KiB more per iteration than base.',
  test: 'Theil–Sen per run, Mann–Whitney across runs'
}

describe('buildReport', () => {
  it('carries the statistics, the SHAs, the runs, the bumps and the suspects into memgate-report/1', () => {
    const report = buildReport({ baseSha: BASE, headSha: HEAD, bumps: [bump], baseRuns: 5, headRuns: 6, stats, suspects: [suspect] })
    expect(report).toEqual({
      format: 'memgate-report/1',
      memgate: MEMGATE_VERSION,
      verdict: 'leak',
      reason: stats.reason,
      base: { sha: BASE, runs: 5, growth: stats.base },
      head: { sha: HEAD, runs: 6, growth: stats.head },
      unit: 'bytes/iteration',
      difference: stats.difference,
      bumps: [bump],
      suspects: [suspect],
      test: stats.test
    })
    // What it builds, the checker of untrusted reports reads back unchanged.
    expect(checkReport(JSON.stringify(report), 'the built report')).toEqual(report)
  })

  it("takes the runs used, the alpha and the bar from the statistics' analysis", () => {
    const analysis = {
      ...stats,
      runs: { base: [{}, { excluded: 'crashed' }, {}], head: [{}, {}, {}] },
      comparisons: [{ alpha: 0.004 }, { alpha: 0.004 }],
      minimumEffect: 3.7
    }
    const report = buildReport({ baseSha: BASE, headSha: HEAD, bumps: [bump], baseRuns: 3, headRuns: 3, stats: analysis })
    expect(report).toMatchObject({ base: { runs: 3, used: 2 }, head: { runs: 3, used: 3 }, alpha: 0.004, minimumEffect: 3.7 })
    expect(checkReport(JSON.stringify({ ...report, durationMs: 1234 }), 'the built report')).toEqual({ ...report, durationMs: 1234 })
  })

  it('shows no growth for a side whose estimate is not a number', () => {
    const nan = { estimate: Number.NaN, low: Number.NaN, high: Number.NaN }
    const report = buildReport({
      baseSha: BASE,
      headSha: HEAD,
      bumps: [bump],
      stats: { ...stats, base: nan, difference: { ...nan, pValue: 1 } }
    })
    expect(report.base.growth).toBeNull()
    expect(report.head.growth).toEqual(stats.head)
    expect(report.difference).toBeNull()
    expect(JSON.parse(JSON.stringify(report)).base.growth).toBeNull()
  })

  it('lets a stage override the statistical verdict and its reason', () => {
    const report = buildReport({
      baseSha: BASE,
      headSha: HEAD,
      bumps: [bump],
      stats: { ...stats, verdict: 'pass' },
      verdict: 'leak',
      reason: 'Head ran out of memory; base did not.'
    })
    expect(report.verdict).toBe('leak')
    expect(report.reason).toBe('Head ran out of memory; base did not.')
    expect(report.difference).toEqual(stats.difference)
  })

  it("puts the statistics' notes before the soak's, and keeps the throughput", () => {
    const report = buildReport({
      baseSha: BASE,
      headSha: HEAD,
      bumps: [],
      stats: { ...stats, notes: ['Throughput fell by 12% on head.'], throughput: { base: 5400, head: 4750 } },
      detail: 'log tail',
      notes: ['Run head-3 crashed (exit code 1) and was left out.']
    })
    expect(report.notes).toEqual(['Throughput fell by 12% on head.', 'Run head-3 crashed (exit code 1) and was left out.'])
    expect(report.throughput).toEqual({ base: 5400, head: 4750 })
    expect(report.detail).toBe('log tail')
  })

  it('leaves the optional fields out when there is nothing to say', () => {
    const report = buildReport({ baseSha: BASE, headSha: HEAD, bumps: [], stats, notes: [], series: null })
    expect(Object.keys(report).sort()).toEqual([
      'base',
      'bumps',
      'difference',
      'format',
      'head',
      'memgate',
      'reason',
      'suspects',
      'test',
      'unit',
      'verdict'
    ])
  })

  it('keeps the series when there is one', () => {
    const series = { unit: 'iteration' as const, x: [0, 100], base: [5, 5], head: [5, 6] }
    expect(buildReport({ baseSha: BASE, headSha: HEAD, bumps: [], stats, series }).series).toEqual(series)
  })

  it('is an error, never a pass, without statistics or a verdict', () => {
    const report = buildReport({ baseSha: BASE, headSha: HEAD, bumps: [bump] })
    expect(report.verdict).toBe('error')
    expect(report.unit).toBeNull()
    expect(report.difference).toBeNull()
    expect(report.base).toEqual({ sha: BASE, runs: 0, growth: null })
    expect(report).not.toHaveProperty('test')
  })
})

describe('errorReport', () => {
  it('is an error with the reason and keeps what was known', () => {
    const report = errorReport('yarn.lock at 2222222, line 5: unknown Yarn Berry lockfile __metadata.version "12"', {
      baseSha: BASE,
      headSha: HEAD,
      bumps: [bump],
      baseRuns: 2
    })
    expect(report).toMatchObject({
      format: 'memgate-report/1',
      verdict: 'error',
      reason: 'yarn.lock at 2222222, line 5: unknown Yarn Berry lockfile __metadata.version "12"',
      base: { sha: BASE, runs: 2, growth: null },
      head: { sha: HEAD, runs: 0, growth: null },
      bumps: [bump],
      difference: null
    })
  })

  it('drops statistics and a verdict it was handed: an error stays an error', () => {
    const report = errorReport('Both sides crashed.', { stats, verdict: 'pass' })
    expect(report.verdict).toBe('error')
    expect(report.reason).toBe('Both sides crashed.')
    expect(report.head.growth).toBeNull()
    expect(report).not.toHaveProperty('test')
  })

  it('knows no SHAs unless told', () => {
    const report = errorReport('Bad input.')
    expect(report.base.sha).toBe('')
    expect(report.head.sha).toBe('')
    expect(report.bumps).toEqual([])
  })
})

describe('reportOfError', () => {
  it("keeps the error's one-line reason and puts its detail apart", () => {
    const report = reportOfError(
      {
        reason: 'The soak failed on both sides: it exited with 1 on head and exited with 1 on base.',
        detail: 'Error: Cannot find module ./server\n    at require'
      },
      { baseSha: BASE, headSha: HEAD, bumps: [bump] }
    )
    expect(report.verdict).toBe('error')
    expect(report.reason).toBe('The soak failed on both sides: it exited with 1 on head and exited with 1 on base.')
    expect(report.detail).toBe('Error: Cannot find module ./server\n    at require')
    expect(report.bumps).toEqual([bump])
    expect(report.head.sha).toBe(HEAD)
  })

  it('has no detail field when the error has none', () => {
    expect(reportOfError({ reason: 'Bad input.' })).not.toHaveProperty('detail')
  })
})
