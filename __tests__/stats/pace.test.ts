import * as fs from 'node:fs'
import { describe, expect, it } from '@jest/globals'
import { baseAtHeadPace } from '../../src/stats/pace.js'
import { median } from '../../src/stats/robust.js'
import { measureSamples } from '../../src/stats/run-growth.js'
import type { Samples } from '../../src/types.js'

const read = (side: string): Samples => JSON.parse(fs.readFileSync(`__tests__/fixtures/stats/slow-head/${side}.json`, 'utf8'))
const options = { warmup: 0.2, minSamples: 8 }

describe('baseAtHeadPace', () => {
  // A real hard negative (slow-head/make.sh): head does 4x the work per iteration and keeps nothing.
  const base = measureSamples(read('base'), options).filter((r) => !r.excluded)
  const head = measureSamples(read('head'), options).filter((r) => !r.excluded)

  it("finds that a slow head's extra growth per iteration is base's growth per ms at head's pace", () => {
    const pace = baseAtHeadPace(base, head)
    expect(pace).not.toBeNull()
    if (!pace) return
    expect(pace.ratio).toBeLessThan(0.4)
    // Both sides grow about 5 bytes/ms with the clock: per iteration, head's growth is base's at head's pace.
    expect(pace.baseGrowthPerMs).toBeGreaterThan(2)
    expect(pace.baseGrowthPerMs).toBeLessThan(10)
    const headGrowth = median(head.map((r) => r.heap?.estimate ?? Number.NaN))
    const baseGrowth = median(base.map((r) => r.heap?.estimate ?? Number.NaN))
    expect(headGrowth - baseGrowth).toBeGreaterThan(8)
    expect(headGrowth - median(pace.base)).toBeLessThan(8)
  })

  it('never gives a run less than its own growth per iteration', () => {
    const pace = baseAtHeadPace(base, head)
    for (const [i, r] of base.entries()) expect(pace?.base[i]).toBeGreaterThanOrEqual(r.heap?.estimate ?? Number.POSITIVE_INFINITY)
  })

  it('has nothing to say when head is not consistently slower', () => {
    expect(baseAtHeadPace(base, base)).toBeNull()
    expect(baseAtHeadPace(head, base)).toBeNull()
  })
})
