import { describe, expect, it } from '@jest/globals'
import { hodgesLehmann, mannWhitneyNull, mannWhitneyUpper, smallestPValue } from '../../src/stats/rank.js'

describe('mannWhitneyNull', () => {
  it.each([
    [3, 3, 1 / 20],
    [5, 5, 1 / 252],
    [4, 6, 1 / 210],
    [10, 10, 1 / 184756]
  ])('with %i and %i runs the smallest one-sided p is %f', (m, n, p) => {
    expect(smallestPValue(m, n)).toBeCloseTo(p, 12)
  })

  it('is a symmetric probability distribution', () => {
    const probabilities = mannWhitneyNull(4, 7)
    expect(probabilities.length).toBe(29)
    expect(probabilities.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12)
    for (let u = 0; u < probabilities.length; u++) expect(probabilities[u]).toBeCloseTo(probabilities[28 - u]!, 15)
  })
})

describe('mannWhitneyUpper', () => {
  it('gives 1/C(m+n,m) when every head value beats every base value', () => {
    expect(mannWhitneyUpper([10, 11, 12, 13, 14], [1, 2, 3, 4, 5])).toBeCloseTo(1 / 252, 12)
  })

  it('tests against a shift: a difference of 9 does not clear a minimum effect of 10', () => {
    expect(mannWhitneyUpper([10, 11, 12, 13, 14], [1, 2, 3, 4, 5], 10)).toBeGreaterThan(0.3)
  })

  it('is 1 for an empty side', () => {
    expect(mannWhitneyUpper([], [1, 2])).toBe(1)
  })
})

describe('hodgesLehmann', () => {
  it('estimates the shift as the median pairwise difference, with bounds around it', () => {
    const base = [1, 2, 3, 4, 5]
    const head = base.map((v) => v + 100)
    const shift = hodgesLehmann(head, base, 0.0159, 0.0159)
    expect(shift.estimate).toBe(100)
    // P(U ≤ 2) = 4/252 = 0.0159: the bounds are the 3rd smallest and 3rd largest differences.
    expect(shift.low).toBe(97)
    expect(shift.high).toBe(103)
    expect(shift.lowReached).toBe(true)
  })

  it('says when a level is out of reach of the run counts', () => {
    const shift = hodgesLehmann([5, 6, 7], [1, 2, 3], 0.01, 0.05)
    expect(shift.lowReached).toBe(false)
    expect(shift.low).toBe(2)
    expect(shift.highReached).toBe(true)
  })
})
