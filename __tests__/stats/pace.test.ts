import * as fs from 'node:fs'
import { describe, expect, it } from '@jest/globals'
import { analyzeSamples } from '../../src/stats/analyze.js'
import { compareAtHeadPace } from '../../src/stats/pace.js'
import { measureSamples } from '../../src/stats/run-growth.js'
import type { Samples } from '../../src/types.js'

const read = (side: string): Samples => JSON.parse(fs.readFileSync(`__tests__/fixtures/stats/slow-head/${side}.json`, 'utf8'))
const options = { warmup: 0.2, minSamples: 8 }

describe('compareAtHeadPace', () => {
  // A real hard negative (slow-head/make.sh): head does 4x the work per iteration and keeps nothing.
  const base = measureSamples(read('base'), options).filter((r) => !r.excluded)
  const head = measureSamples(read('head'), options).filter((r) => !r.excluded)

  it("finds that a slow head's extra growth per iteration is base's growth per ms at head's pace", () => {
    const pace = compareAtHeadPace(base, head, 8, 0.004, 0.05)!
    expect(pace.ratio).toBeLessThan(0.4)
    // Both sides grow about 5 bytes/ms with the clock: per iteration, head's growth is base's at head's pace.
    expect(pace.baseGrowthPerMs).toBeGreaterThan(2)
    expect(pace.baseGrowthPerMs).toBeLessThan(10)
    expect(Math.abs(pace.difference.estimate)).toBeLessThan(8)
    expect(pace.head.estimate - pace.base.estimate).toBeLessThan(8)
  })

  it('says so in the notes of a verdict that is not pass, which it does not change', () => {
    const analysis = analyzeSamples(read('base'), read('head'))
    expect(analysis.verdict).toBe('inconclusive')
    expect(analysis.difference!.estimate).toBeGreaterThan(8)
    expect(analysis.notes).toEqual(
      expect.arrayContaining([
        expect.stringMatching(
          /^At head's pace \([\d.]+% fewer iterations per second\), base's own growth with time \([\d.]+ bytes\/ms\) is /
        )
      ])
    )
  })

  it('has nothing to say when head is not consistently slower', () => {
    expect(compareAtHeadPace(base, base, 8, 0.004, 0.05)).toBeNull()
    expect(compareAtHeadPace(head, base, 8, 0.004, 0.05)).toBeNull()
  })
})
