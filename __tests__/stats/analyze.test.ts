import { describe, expect, it } from '@jest/globals'
import { MemgateError } from '../../src/errors.js'
import { alphaForLook, analyzeSamples, defaultStatsOptions, planAllLooks, planLooks } from '../../src/stats/analyze.js'
import { EARLY_MARGIN, earlyAlpha } from '../../src/stats/early.js'
import { nextStep } from '../../src/stats/sequential.js'
import type { Samples } from '../../src/types.js'
import { makeSamples } from './generate.js'

describe('analyzeSamples on generated traces', () => {
  it.each([
    ['no growth on either side', 0, 0, 'pass'],
    ['head leaks 500 bytes/iteration', 0, 500, 'leak'],
    ['head leaks 256 bytes/iteration', 0, 256, 'leak'],
    ['head leaks 16 bytes/iteration, twice the minimum effect', 0, 16, 'leak'],
    ['head leaks 4 bytes/iteration, below the minimum effect', 0, 4, 'pass'],
    ['both sides grow 500 bytes/iteration', 500, 500, 'pass'],
    ['head grows less than base', 300, 0, 'pass']
  ])('%s → %s', (_name, baseSlope, headSlope, verdict) => {
    const base = makeSamples('base', 5, { slope: baseSlope }, 1)
    const head = makeSamples('head', 5, { slope: headSlope }, 2)
    const result = analyzeSamples(base, head)
    expect(result.verdict).toBe(verdict)
    expect(result.unit).toBe('bytes/iteration')
    expect(result.reason).toMatch(/\.$/)
    expect(result.difference.estimate).toBeCloseTo(headSlope - baseSlope, -1)
  })

  it('reports growth per side, throughput and the test used', () => {
    const result = analyzeSamples(makeSamples('base', 5, {}, 3), makeSamples('head', 5, { slope: 1000 }, 4))
    expect(result.head.estimate).toBeGreaterThan(900)
    expect(result.head.low).toBeLessThanOrEqual(result.head.estimate)
    expect(result.difference.pValue).toBeCloseTo(1 / 252, 6)
    expect(result.throughput.head).toBeCloseTo(5900 / 0.6, 6)
    expect(result.test).toMatch(/Mann–Whitney/)
    expect(result.runs.head).toHaveLength(5)
  })

  it('is inconclusive with 3 runs a side: 1/C(6,3) = 0.05 cannot reach the false-alarm rate', () => {
    const result = analyzeSamples(makeSamples('base', 3, {}, 5), makeSamples('head', 3, { slope: 5000 }, 6), { runs: 3 })
    expect(result.verdict).toBe('inconclusive')
    expect(result.reason).toMatch(/too few usable runs/)
    expect(result.moreRuns).toBeGreaterThan(0)
  })

  it('leaves out crashed runs and short runs with the reason, and never passes on what is left', () => {
    const head = makeSamples('head', 5, {}, 7)
    head.runs[1] = { ...head.runs[1]!, exitCode: 1, outcome: 'crash' }
    head.runs[2] = { ...head.runs[2]!, samples: head.runs[2]!.samples.slice(0, 4) }
    const result = analyzeSamples(makeSamples('base', 5, {}, 8), head)
    expect(result.verdict).toBe('inconclusive')
    expect(result.runs.head[1]!.excluded).toMatch(/crashed \(exit code 1\)/)
    expect(result.runs.head[2]!.excluded).toMatch(/samples after the warm-up/)
    expect(result.notes.join(' ')).toMatch(/head: 2 of 5 runs left out/)
  })

  it('says nothing can be learnt when every run crashed', () => {
    const crash = makeSamples('base', 5, {}, 9)
    for (const run of crash.runs) Object.assign(run, { exitCode: null, signal: 'SIGSEGV', outcome: 'crash' })
    const result = analyzeSamples(crash, { ...crash, side: 'head' })
    expect(result.verdict).toBe('inconclusive')
    expect(result.moreRuns).toBe(0)
    expect(result.reason).toMatch(/no run on either side/)
  })

  it('is inconclusive when the runs are too noisy to tell', () => {
    const base = makeSamples('base', 5, { noise: 3_000_000 }, 10)
    const head = makeSamples('head', 5, { noise: 3_000_000, slope: 100 }, 11)
    const result = analyzeSamples(base, head)
    expect(result.verdict).toBe('inconclusive')
    expect(result.reason).toMatch(/too noisy/)
  })

  it('works on ms samples and reports bytes/ms without throughput', () => {
    const result = analyzeSamples(makeSamples('base', 5, {}, 12, 'ms'), makeSamples('head', 5, { slope: 200 }, 13, 'ms'))
    expect(result.unit).toBe('bytes/ms')
    expect(result.verdict).toBe('leak')
    expect(result.throughput.head).toBeNull()
  })

  it('rejects mixed units and malformed input with one-line reasons', () => {
    const base = makeSamples('base', 5, {}, 14)
    const head = makeSamples('head', 5, {}, 15, 'ms')
    expect(() => analyzeSamples(base, head)).toThrow(MemgateError)
    expect(() => analyzeSamples(base, head)).toThrow(/base samples are in iteration units but head samples are in ms units/)
    expect(() => analyzeSamples(base, { format: 'other' } as never)).toThrow(/head samples are not memgate-samples\/1/)
  })
})

describe('the sequential plan and its alpha', () => {
  it('plans looks at 5, 8 and 10 runs by default', () => {
    expect(planLooks(defaultStatsOptions.runs, defaultStatsOptions.maxRuns)).toEqual([5, 8, 10])
  })

  it('never spends more than alpha over all looks and metrics', () => {
    const looks = 3
    let total = 0
    for (let look = 1; look <= looks; look++) total += 2 * alphaForLook(0.01, look, looks, 2)
    expect(total).toBeCloseTo(0.01, 12)
    expect(alphaForLook(0.01, 1, looks, 2)).toBeGreaterThanOrEqual(1 / 252)
  })

  it('never spends more than alpha with the early looks either, and leaves the first rank look its 80%', () => {
    const early = planAllLooks(defaultStatsOptions).filter((n) => n < defaultStatsOptions.runs).length
    expect(early).toBe(2)
    let total = 2 * early * earlyAlpha(0.01, early, 2) * EARLY_MARGIN
    for (let look = 1; look <= 3; look++) total += 2 * alphaForLook(0.01, look, 3, 2, true)
    expect(total).toBeCloseTo(0.01, 12)
    expect(alphaForLook(0.01, 1, 3, 2, true)).toBe(alphaForLook(0.01, 1, 3, 2))
  })
})

describe('what is not a leak (generated)', () => {
  it.each([
    ['a bounded cache that fills, then levels off', (x: number) => 400 * Math.min(x, 2500), /levels off/],
    ['a one-off lazy-initialisation step', (x: number) => (x >= 3000 ? 4e6 : 0), /jumps once/]
  ])('%s → pass with a note', (_name, shape, note) => {
    const result = analyzeSamples(makeSamples('base', 5, {}, 21), makeSamples('head', 5, { shape }, 22))
    expect(result.verdict).toBe('pass')
    expect(result.notes.join(' ')).toMatch(note)
  })

  it('growth base has as well is a note, not the verdict', () => {
    const result = analyzeSamples(makeSamples('base', 5, { slope: 800 }, 23), makeSamples('head', 5, { slope: 800 }, 24))
    expect(result.verdict).toBe('pass')
    expect(result.notes.join(' ')).toMatch(/base already grows/)
  })

  it('reports a throughput drop as a note', () => {
    const base = makeSamples('base', 5, {}, 25)
    const head = makeSamples('head', 5, {}, 26)
    for (const run of head.runs) run.durationMs = run.durationMs! * 2
    const result = analyzeSamples(base, head)
    expect(result.notes.join(' ')).toMatch(/head runs 50% fewer iterations per second/)
  })

  it('tests external memory too, with alpha split between the two metrics', () => {
    const base = makeSamples('base', 5, { external: () => 1e6 }, 27)
    const head = makeSamples('head', 5, { external: (x) => 1e6 + 600 * x }, 28)
    const result = analyzeSamples(base, head)
    expect(result.verdict).toBe('leak')
    expect(result.reason).toMatch(/external memory/)
    expect(result.comparisons.map((c) => c.metric)).toEqual(['heap', 'external'])
    expect(result.comparisons[0]!.alpha).toBeCloseTo(0.004, 12)
  })
})

describe('sequential looks', () => {
  it('adds runs after a crash leaves too few, then decides at the second look with its own alpha', () => {
    const base = makeSamples('base', 5, {}, 31)
    const head = makeSamples('head', 5, { slope: 300 }, 32)
    // Without external samples heap has all of alpha: the first look tests at 0.008, which 4 runs
    // against 5 (smallest p 1/126) reach but 3 against 5 (1/56) do not.
    head.runs[0] = { ...head.runs[0]!, exitCode: 137, outcome: 'oom' }
    head.runs[1] = { ...head.runs[1]!, exitCode: null, signal: 'SIGSEGV', outcome: 'crash' }
    const first = analyzeSamples(base, head)
    expect(first.verdict).toBe('inconclusive')
    // The plan is [2, 3, 5, 8, 10]: 5 runs is its third look, the rank test's first.
    expect(first.look).toBe(3)
    expect(first.early).toBe(false)
    const step = nextStep(first, 5, defaultStatsOptions.maxRuns)
    expect(step).toEqual({ done: false, addRuns: 3 })
    base.runs.push(...makeSamples('base', 3, {}, 33).runs)
    head.runs.push(...makeSamples('head', 3, { slope: 300 }, 34).runs)
    const second = analyzeSamples(base, head)
    expect(second.look).toBe(4)
    expect(second.verdict).toBe('leak')
    // The later looks share 20% of alpha less the early looks' 10%.
    expect(second.comparisons[0]!.alpha).toBeCloseTo(0.0005, 12)
    expect(second.reason).toMatch(/with 99\.95% confidence/)
    expect(nextStep(second, 8, defaultStatsOptions.maxRuns)).toEqual({ done: true })
  })
})

describe('edge cases', () => {
  it('stops asking for runs when every head run failed', () => {
    const head = makeSamples('head', 5, {}, 41)
    for (const run of head.runs) Object.assign(run, { exitCode: 1, outcome: 'crash' })
    const result = analyzeSamples(makeSamples('base', 5, {}, 42), head)
    expect(result.verdict).toBe('inconclusive')
    expect(result.reason).toMatch(/^no head run gave usable samples \(head: 5 of 5 runs left out \(run 1 crashed \(exit code 1\)/)
    expect(result.moreRuns).toBe(0)
  })

  it('asks for more runs when both head runs of an early look came short of samples', () => {
    const head = makeSamples('head', 2, { slope: 300 }, 47)
    // A run slowed by the machine: 6 samples in all, too few for a trend after the warm-up.
    for (const run of head.runs) run.samples = run.samples.slice(0, 6)
    const result = analyzeSamples(makeSamples('base', 2, {}, 48), head)
    expect(result.verdict).toBe('inconclusive')
    expect(result.moreRuns).toBeGreaterThan(0)
    expect(nextStep(result, 2, defaultStatsOptions.maxRuns)).toEqual({ done: false, addRuns: result.moreRuns })
  })

  it('thins long, unsorted traces and still finds the slope', () => {
    const base = makeSamples('base', 5, { points: 5000, every: 10 }, 43)
    const head = makeSamples('head', 5, { points: 5000, every: 10, slope: 100 }, 44)
    for (const run of head.runs) run.samples.reverse()
    const result = analyzeSamples(base, head)
    expect(result.runs.head[0]!.samples).toBe(200)
    expect(result.verdict).toBe('leak')
    expect(result.head.estimate).toBeCloseTo(100, 0)
  })

  it('gives a JSON-safe result', () => {
    const result = analyzeSamples(makeSamples('base', 5, {}, 45), makeSamples('head', 5, { slope: 500 }, 46))
    const text = JSON.stringify(result)
    expect(text).not.toMatch(/Infinity|NaN/)
    expect(JSON.parse(text).verdict).toBe('leak')
  })
})

describe('a head consistently slower than base: compared at its pace', () => {
  // Head runs 4× slower: base's growth with the clock, 3 bytes/iteration at its pace, is 12 at head's.
  const paced = (samples: Samples, slower: number): Samples => ({
    ...samples,
    runs: samples.runs.map((r, i) => ({ ...r, durationMs: (r.durationMs ?? 0) * slower * (1 + i / 100) }))
  })
  const compare = (baseSlope: number, headSlope: number, withPace = true) => {
    const base = paced(makeSamples('base', 5, { slope: baseSlope, noise: 200 }, 1), 1)
    const head = paced(makeSamples('head', 5, { slope: headSlope, noise: 200 }, 2), 4)
    const strip = (s: Samples): Samples => ({ ...s, runs: s.runs.map(({ durationMs: _d, ...r }) => r) })
    return withPace ? analyzeSamples(base, head) : analyzeSamples(strip(base), strip(head))
  }

  it.each([
    ["the clock's growth only", 3, 12, 'pass'],
    ['16 bytes/iteration more than that', 3, 28, 'leak'],
    // base grows by the bar on its own: that may come with iterations, so no allowance for pace.
    ['a base that grows 9 bytes/iteration itself', 9, 36, 'leak']
  ])('%s → %s', (_name, baseSlope, headSlope, verdict) => {
    const result = compare(baseSlope, headSlope)
    expect({ verdict: result.verdict, reason: result.reason }).toMatchObject({ verdict })
    expect(result.notes.some((n) => n.includes("compared at head's pace"))).toBe(baseSlope < 8)
  })

  it('keeps the size of a real leak: 16 bytes/iteration more stays about 16 more', () => {
    expect(compare(3, 28).difference.estimate).toBeCloseTo(16, 0)
  })

  it('is what turns the per-iteration comparison of the same runs into a pass', () => {
    expect(compare(3, 12, false).verdict).not.toBe('pass')
  })
})

describe('code bytes on one side only', () => {
  // A stored base recorded by an older probe has no code bytes: both sides are then measured on the whole heap.
  const compiling = (samples: Samples): Samples => ({
    ...samples,
    runs: samples.runs.map((r) => ({ ...r, samples: r.samples.map((s) => ({ ...s, heap: s.heap + 3 * s.x, code: 40_000 + 3 * s.x })) }))
  })
  const base = makeSamples('base', 5, { slope: 0, noise: 200 }, 1)
  const head = makeSamples('head', 5, { slope: 0, noise: 200 }, 2)

  it('leaves the code spaces out when both sides have them', () => {
    expect(analyzeSamples(compiling(base), compiling(head)).head.estimate).toBeCloseTo(0, 0)
  })

  it('measures both on the whole heap when one side lacks them', () => {
    const withCode = compiling(head)
    const bare = {
      ...compiling(base),
      runs: compiling(base).runs.map((r) => ({ ...r, samples: r.samples.map(({ code: _c, ...s }) => s) }))
    }
    const result = analyzeSamples(bare, withCode)
    expect(result.head.estimate).toBeCloseTo(3, 0)
    expect(result.base.estimate).toBeCloseTo(3, 0)
  })
})
