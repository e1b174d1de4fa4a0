import { describe, expect, it } from '@jest/globals'
import { mannKendall, median, normalQuantileUpper, normalUpper, theilSen, thin } from '../../src/stats/robust.js'

describe('robust helpers', () => {
  it('median of odd, even and empty lists', () => {
    expect(median([3, 1, 2])).toBe(2)
    expect(median([4, 1, 3, 2])).toBe(2.5)
    expect(median([])).toBeNaN()
  })

  it('normal tail and its inverse agree', () => {
    expect(normalUpper(1.959964)).toBeCloseTo(0.025, 6)
    expect(normalQuantileUpper(0.005)).toBeCloseTo(2.5758, 3)
  })

  it('thins evenly and keeps the last point', () => {
    const kept = thin([...Array(1000).keys()], 11)
    expect(kept).toEqual([0, 100, 200, 300, 400, 500, 599, 699, 799, 899, 999])
  })
})

describe('theilSen', () => {
  it('recovers a line exactly and ignores a wild outlier', () => {
    const xs = [...Array(20).keys()]
    const ys = xs.map((x) => 1000 + 37 * x)
    ys[7] = 1e9
    const fit = theilSen(xs, ys)!
    expect(fit.slope).toBe(37)
    expect(fit.intercept).toBe(1000)
    expect(fit.low).toBeLessThanOrEqual(37)
    expect(fit.high).toBeGreaterThanOrEqual(37)
  })

  it('returns null without enough points or x spread', () => {
    expect(theilSen([1, 2], [1, 2])).toBeNull()
    expect(theilSen([1, 1, 1], [1, 2, 3])).toBeNull()
  })
})

describe('mannKendall', () => {
  it('finds a monotone upward trend and none in a flat alternating series', () => {
    expect(mannKendall([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]).pUp).toBeLessThan(0.001)
    expect(mannKendall([1, 2, 1, 2, 1, 2, 1, 2, 1, 2]).pUp).toBeGreaterThan(0.3)
  })
})
