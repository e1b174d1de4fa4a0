import { describe, expect, it } from '@jest/globals'
import { findSplits, findSteps, type TrendPoint } from '../../src/record/trend.js'
import { seededRandom as random } from '../../src/stats/random.js'
import type { Bump } from '../../src/types.js'

const normal = (rnd: () => number): number => Math.sqrt(-2 * Math.log(1 - rnd())) * Math.cos(2 * Math.PI * rnd())
const series = (length: number, level: (i: number) => number, seed: number, sd = 2): number[] => {
  const rnd = random(seed)
  return Array.from({ length }, (_, i) => level(i) + sd * normal(rnd))
}
const points = (values: number[], bumps: Record<number, Bump[]> = {}): TrendPoint[] =>
  values.map((estimate, i) => ({
    commit: `${i}`.padStart(40, '0'),
    estimate,
    low: estimate - 1,
    high: estimate + 1,
    runs: 5,
    bumps: bumps[i] ?? []
  }))
const bump: Bump = { name: 'event-hub', from: '1.0.0', to: '2.0.0', type: 'major', direct: true, manifest: 'package.json' }

describe('findSteps', () => {
  it('finds a step up at its first commit, with both levels, the commit before it and the bumps that came with it', () => {
    const values = series(40, (i) => (i >= 25 ? 64 : 2), 1)
    const [change, ...more] = findSteps(points(values, { 25: [bump] }))
    expect(more).toEqual([])
    expect(change).toMatchObject({ index: 25, commit: '25'.padStart(40, '0'), lastBefore: '24'.padStart(40, '0'), bumps: [bump] })
    expect(change!.before.estimate).toBeCloseTo(2, 0)
    expect(Math.abs(change!.after.estimate - 64)).toBeLessThan(2)
    expect(change!.pValue).toBeLessThanOrEqual(0.001)
  })

  it('never reports a fix (a step down), though it splits there', () => {
    const values = series(40, (i) => (i >= 25 ? 2 : 64), 2)
    expect(findSplits(values).map((s) => s.index)).toEqual([25])
    expect(findSteps(points(values))).toEqual([])
  })

  it('finds a leak while it lasts, and never reports the fix that follows it', () => {
    const values = series(60, (i) => (i >= 20 && i < 40 ? 64 : 2), 3)
    expect(findSteps(points(values.slice(0, 35))).map((c) => c.index)).toEqual([20])
    for (const t of [41, 45, 50, 60]) expect(findSteps(points(values.slice(0, t))).every((c) => c.index === 20)).toBe(true)
  })

  it('says nothing before 10 points, and nothing about a step that has not lasted 3 commits', () => {
    expect(findSteps(points(series(9, (i) => (i >= 4 ? 500 : 0), 4)))).toEqual([])
    expect(findSteps(points(series(30, (i) => (i >= 28 ? 500 : 0), 5)))).toEqual([])
  })

  it('ignores a step smaller than the minimum step, however clear', () => {
    const values = series(40, (i) => (i >= 20 ? 3 : 0), 6, 0.1)
    expect(findSplits(values).map((s) => s.index)).toEqual([20])
    expect(findSteps(points(values))).toEqual([])
    expect(findSteps(points(values), { minimumStep: 2 }).map((c) => c.index)).toEqual([20])
  })

  it('is not moved by one commit far off its level (a runner that had a bad day)', () => {
    const values = series(40, () => 2, 7)
    values[30] = 500
    expect(findSteps(points(values))).toEqual([])
  })

  it('holds its false-alarm rate on flat series whatever the noise: heavy tails included', () => {
    const rnd = random(8)
    let alarms = 0
    const looks = 2000
    for (let s = 0; s < looks; s++) {
      // Cauchy noise: no mean, no variance; the ranks do not care.
      const values = Array.from({ length: 30 }, () => Math.tan(Math.PI * (rnd() - 0.5)))
      if (findSplits(values).length) alarms++
    }
    // alpha = 0.001 per look: 2 expected; more than 8 would happen by chance less than once in 10^4.
    expect(alarms).toBeLessThanOrEqual(8)
  })

  it('gives the same answer for the same values', () => {
    const values = series(50, (i) => (i >= 30 ? 20 : 0), 9)
    expect(findSteps(points(values))).toEqual(findSteps(points(values)))
  })
})
