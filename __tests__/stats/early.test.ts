import { describe, expect, it } from '@jest/globals'
import { analyzeSamples, defaultStatsOptions, planAllLooks } from '../../src/stats/analyze.js'
import { earlyShift, planEarlyLooks, studentQuantileUpper, studentUpper } from '../../src/stats/early.js'
import { nextStep } from '../../src/stats/sequential.js'
import { makeSamples } from './generate.js'

describe("Student's t", () => {
  // Table values (two-sided 95% and 99.9% points of t, e.g. NIST/SEMATECH e-Handbook 1.3.6.7.2).
  it.each([
    [12.706, 1, 0.025],
    [4.303, 2, 0.025],
    [2.776, 4, 0.025],
    [2.228, 10, 0.025],
    [31.599, 2, 0.0005],
    [8.61, 4, 0.0005],
    [0, 3, 0.5]
  ])('P(T > %d) with %d degrees of freedom is %d', (t, df, p) => {
    expect(studentUpper(t, df)).toBeCloseTo(p, 4)
    expect(studentUpper(-t, df)).toBeCloseTo(1 - p, 4)
    if (p < 0.5) expect(studentQuantileUpper(p, df)).toBeCloseTo(t, 2)
  })

  it('is 0 and 1 at the infinities', () => {
    expect(studentUpper(Number.POSITIVE_INFINITY, 2)).toBe(0)
    expect(studentUpper(Number.NEGATIVE_INFINITY, 2)).toBe(1)
  })
})

describe('earlyShift', () => {
  it('calls every pair and the t test on growths far apart', () => {
    const shift = earlyShift([300, 302], [1, 2], 8, 0.00025, 0.005)
    expect(shift.allAbove).toBe(true)
    expect(shift.allWithin).toBe(false)
    expect(shift.pValue).toBeLessThan(0.00025)
    expect(shift.estimate).toBe(299.5)
    expect(shift.low).toBeGreaterThan(8)
  })

  it('does not call a leak when one head run is within the bar of a base run, however small p is', () => {
    const shift = earlyShift([300, 302, 9], [1, 2, 1.5], 8, 0.00025, 0.005)
    expect(shift.allAbove).toBe(false)
  })

  it('gives p = 1 and no bounds with fewer than 2 runs a side', () => {
    const shift = earlyShift([300], [1, 2], 8, 0.00025, 0.005)
    expect(shift.pValue).toBe(1)
    expect(shift.low).toBeNaN()
  })

  it("pools the two sides' variance when the counts differ, with m + n − 2 degrees of freedom", () => {
    const head = [10, 12, 14]
    const base = [0, 1, 2, 1]
    // Pooled by hand: (2·4 + 3·(2/3)) / 5 = 2, se = √(2 · (1/3 + 1/4)), t = (12 − 1) / se on 5 df.
    const t = 11 / Math.sqrt(2 * (1 / 3 + 1 / 4))
    expect(earlyShift(head, base, 0, 0.01, 0.01).pValue).toBeCloseTo(studentUpper(t, 5), 12)
  })

  it("calls a stored base's 5 runs against head's 2 when every pair is far apart (measured on the demo, 2026-12-06)", () => {
    // Welch–Satterthwaite put this at 1.0 df and p = 0.00014, above the early level 0.000125.
    const base = [0.0757, 0.1082, 0.0791, 0.0781, 0.0799]
    const shift = earlyShift([283.27, 283.52], base, 1.13, 0.000125, 0.005)
    expect(shift.allAbove).toBe(true)
    expect(shift.pValue).toBeLessThan(1e-9)
  })
})

describe('early looks in the sequential plan', () => {
  it('looks at 2 and 3 runs a side before the rank test at 5, 8 and 10', () => {
    expect(planAllLooks(defaultStatsOptions)).toEqual([2, 3, 5, 8, 10])
    expect(planEarlyLooks([5], [2, 3])).toEqual([])
    expect(planEarlyLooks([3, 5], [3, 2, 2, 1])).toEqual([2])
    expect(planAllLooks({ ...defaultStatsOptions, earlyLooks: [] })).toEqual([5, 8, 10])
  })

  it('calls a clear leak at 2 runs a side', () => {
    const result = analyzeSamples(makeSamples('base', 2, {}, 101), makeSamples('head', 2, { slope: 500 }, 102))
    expect(result.verdict).toBe('leak')
    expect(result.early).toBe(true)
    expect(result.look).toBe(1)
    expect(result.reason).toMatch(/clear after 2 \+ 2 runs/)
    expect(result.test).toMatch(/t test/)
  })

  it('calls a clear pass at 2 runs a side, with the early pass level', () => {
    const result = analyzeSamples(makeSamples('base', 2, {}, 103), makeSamples('head', 2, {}, 104))
    expect(result.verdict).toBe('pass')
    expect(result.reason).toMatch(/with 99\.5% confidence/)
  })

  it('goes on to the next look when a leak is near the bar', () => {
    // 9 bytes/iteration against a bar of 8 with noise: not clear at 2 runs.
    const base = makeSamples('base', 2, { noise: 40000 }, 105)
    const head = makeSamples('head', 2, { slope: 9, noise: 40000 }, 106)
    const result = analyzeSamples(base, head)
    expect(result.verdict).toBe('inconclusive')
    expect(result.reason).toMatch(/not clear after 2 \+ 2 runs/)
    expect(nextStep(result, 2, defaultStatsOptions.maxRuns)).toEqual({ done: false, addRuns: 1 })
  })

  it('never calls a leak early on growth that is the same on both sides, with δ = 0', () => {
    let leaks = 0
    for (let seed = 0; seed < 200; seed++) {
      const result = analyzeSamples(
        makeSamples('base', 2, { slope: 100 }, 1000 + seed),
        makeSamples('head', 2, { slope: 100 }, 2000 + seed),
        {
          threshold: 0,
          thresholdShare: 0
        }
      )
      if (result.verdict === 'leak') leaks++
    }
    // Seed 1056 gives t ≈ 36 at 2 + 2: above the 31.6 of a 0.05% test, under the 44.7 of the 0.025% one with its margin.
    expect(leaks).toBe(0)
  })

  it('spends no early alpha when runs = max-runs (a single look, as bisect uses)', () => {
    const result = analyzeSamples(makeSamples('base', 5, {}, 107), makeSamples('head', 5, { slope: 500 }, 108), { maxRuns: 5 })
    expect(result.looks).toEqual([5])
    expect(result.comparisons[0]!.alpha).toBe(0.01)
  })
})
