import { describe, expect, it } from '@jest/globals'
import { findStep, fitRun } from '../../src/stats/shape.js'
import { random } from './generate.js'

const xs = Array.from({ length: 80 }, (_, i) => i * 1000)
const noisy = (f: (x: number) => number, seed: number): number[] => {
  const rnd = random(seed)
  return xs.map((x) => f(x) + (rnd() - 0.5) * 20_000)
}

describe('findStep', () => {
  it('finds one lasting jump and its size', () => {
    const step = findStep(noisy((x) => 5e6 + (x >= 50_000 ? 4e6 : 0), 1), 4096)!
    expect(step.index).toBe(50)
    expect(step.bytes).toBeGreaterThan(3.9e6)
    expect(step.bytes).toBeLessThan(4.1e6)
  })

  it.each([
    ['a straight leak', (x: number) => 5e6 + 300 * x],
    ['flat jitter', () => 5e6],
    ['two jumps (repeated growth, not a one-off)', (x: number) => 5e6 + (x >= 25_000 ? 4e6 : 0) + (x >= 55_000 ? 4e6 : 0)],
    ['a one-sample spike', (x: number) => 5e6 + (x === 40_000 ? 8e6 : 0)]
  ])('finds none in %s', (_name, f) => {
    expect(findStep(noisy(f, 2), 4096)).toBeNull()
  })
})

describe('fitRun', () => {
  it('measures a leak on the whole span', () => {
    const fit = fitRun(xs, noisy((x) => 5e6 + 300 * x, 3), 4096)!
    expect(fit.shape).toBe('linear')
    expect(fit.growth.estimate).toBeCloseTo(300, -1)
  })

  it('measures a filled cache by what it does at the end: nothing', () => {
    const fit = fitRun(xs, noisy((x) => 5e6 + 200 * Math.min(x, 35_000), 4), 4096)!
    expect(fit.shape).toBe('changes')
    expect(fit.early!.estimate).toBeGreaterThan(50)
    expect(Math.abs(fit.growth.estimate)).toBeLessThan(5)
  })

  it('takes a lazy-initialisation step out', () => {
    const fit = fitRun(xs, noisy((x) => 5e6 + (x >= 60_000 ? 6e6 : 0), 5), 4096)!
    expect(fit.step!.at).toBe(60_000)
    expect(Math.abs(fit.growth.estimate)).toBeLessThan(5)
  })

  it('keeps a leak that also has a step', () => {
    const fit = fitRun(xs, noisy((x) => 5e6 + 300 * x + (x >= 60_000 ? 6e6 : 0), 6), 4096)!
    expect(fit.step).not.toBeNull()
    expect(fit.growth.estimate).toBeCloseTo(300, -1)
  })
})
