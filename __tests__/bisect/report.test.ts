import { describe, expect, it } from '@jest/globals'
import { barFor } from '../../src/bisect/report.js'

describe('barFor: the bar of the steps after `to`', () => {
  it.each([
    // half of to's leak when that is above to's own bar
    [8, 2100, 1050],
    // never below the bar to was measured against
    [8, 12, 8],
    [64, 100, 64],
    // no figures from to: its bar, or none
    [8, null, 8],
    [null, null, null],
    [8, Number.NaN, 8]
  ])('to measured against %p with a leak of %p: %p', (minimumEffect, effect, bar) => {
    expect(barFor({ minimumEffect, effect })).toBe(bar)
  })
})
