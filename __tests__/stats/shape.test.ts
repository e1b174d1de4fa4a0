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
    const step = findStep(
      noisy((x) => 5e6 + (x >= 50_000 ? 4e6 : 0), 1),
      4096
    )!
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
    const fit = fitRun(
      xs,
      noisy((x) => 5e6 + 300 * x, 3),
      4096
    )!
    expect(fit.shape).toBe('linear')
    expect(fit.growth.estimate).toBeCloseTo(300, -1)
  })

  it('measures a filled cache by what it does at the end: nothing', () => {
    const fit = fitRun(
      xs,
      noisy((x) => 5e6 + 200 * Math.min(x, 35_000), 4),
      4096
    )!
    expect(fit.shape).toBe('changes')
    expect(fit.early!.estimate).toBeGreaterThan(50)
    expect(Math.abs(fit.growth.estimate)).toBeLessThan(5)
  })

  // Halves meet at x = 40,000 (the middle of the 80 samples).
  const paced = (early: number, late: number) => (x: number) => 5e6 + early * Math.min(x, 40_000) + late * Math.max(0, x - 40_000)
  it.each([
    ['a leak 6% slower in the late half', 'linear', 291, paced(300, 282)],
    ['a leak 6% faster in the late half', 'linear', 309, paced(300, 318)],
    ['a leak 15% slower in the late half', 'linear', 278, paced(300, 255)],
    ['a leak that halves its pace', 'changes', 150, paced(300, 150)],
    ['growth that starts in the late half', 'changes', 300, paced(0, 300)],
    ['a cache that fills in the early half', 'changes', 0, paced(300, 0)]
  ])('%s: %s, growth about %d bytes/unit', (_name, shape, growth, f) => {
    const fit = fitRun(xs, noisy(f, 7), 4096)!
    expect(fit.shape).toBe(shape)
    expect(Math.abs(fit.growth.estimate - growth)).toBeLessThan(8)
  })

  it('takes a lazy-initialisation step out', () => {
    const fit = fitRun(
      xs,
      noisy((x) => 5e6 + (x >= 60_000 ? 6e6 : 0), 5),
      4096
    )!
    expect(fit.step!.at).toBe(60_000)
    expect(Math.abs(fit.growth.estimate)).toBeLessThan(5)
  })

  it('keeps a leak that also has a step', () => {
    const fit = fitRun(
      xs,
      noisy((x) => 5e6 + 300 * x + (x >= 60_000 ? 6e6 : 0), 6),
      4096
    )!
    expect(fit.step).not.toBeNull()
    expect(fit.growth.estimate).toBeCloseTo(300, -1)
  })
})
