import { describe, expect, it } from '@jest/globals'
import { afterWarmup, climbsSteeply, measureRun, measureSamples } from '../../src/stats/run-growth.js'
import type { Run, Sample } from '../../src/types.js'
import { makeRun, makeSamples, random } from './generate.js'

const options = { warmup: 0.2, minSamples: 8 }
const line = (points: number, slope: number, every = 100, floor = 5_000_000): Sample[] =>
  Array.from({ length: points }, (_, i) => ({ x: i * every, heap: floor + slope * i * every }))
const ok = (samples: Sample[], extra: Partial<Run> = {}): Run => ({ exitCode: 0, outcome: 'ok', samples, ...extra })

describe('afterWarmup', () => {
  it('sorts by x, drops non-finite samples and keeps x from the warm-up share of the span on', () => {
    const samples = [
      { x: 400, heap: 4 },
      { x: 0, heap: 0 },
      { x: 100, heap: Number.NaN },
      { x: 200, heap: 2 },
      { x: Number.POSITIVE_INFINITY, heap: 9 },
      { x: 300, heap: 3 },
      { x: 100, heap: 1 }
    ]
    // Span 0..400; a 0.5 warm-up cuts at 200, inclusive.
    expect(afterWarmup(samples, 0.5)).toEqual([
      { x: 200, heap: 2 },
      { x: 300, heap: 3 },
      { x: 400, heap: 4 }
    ])
    expect(afterWarmup(samples, 0).map((s) => s.x)).toEqual([0, 100, 200, 300, 400])
  })

  it('measures the span from the first sample, not from zero', () => {
    expect(
      afterWarmup(
        line(11, 1, 10).map((s) => ({ ...s, x: s.x + 1000 })),
        0.5
      ).map((s) => s.x)
    ).toEqual([1050, 1060, 1070, 1080, 1090, 1100])
  })

  it('gives nothing for nothing', () => {
    expect(afterWarmup([], 0.2)).toEqual([])
    expect(afterWarmup([{ x: Number.NaN, heap: 1 }], 0.2)).toEqual([])
  })
})

describe('measureRun', () => {
  it.each([0, 25, 1500])('finds a straight line of %i bytes per unit exactly', (slope) => {
    const got = measureRun(ok(line(60, slope)), 3, 'iteration', options)
    expect(got.excluded).toBeUndefined()
    expect(got.index).toBe(3)
    expect(got.heap!.estimate).toBeCloseTo(slope, 6)
    expect(got.heap!.low).toBeLessThanOrEqual(slope)
    expect(got.heap!.high).toBeGreaterThanOrEqual(slope)
    // 60 samples 0..5900, warm-up 20% cuts at 1180: samples 1200..5900.
    expect(got.samples).toBe(48)
    expect(got.span).toBe(4700)
    expect(got.external).toBeNull()
  })

  it('brackets the slope of a noisy trace', () => {
    const got = measureRun(makeRun({ slope: 200, noise: 5000, points: 120 }, random(7)), 0, 'iteration', options)
    expect(got.heap!.low).toBeLessThan(200)
    expect(got.heap!.high).toBeGreaterThan(200)
    expect(got.heap!.estimate).toBeGreaterThan(150)
    expect(got.heap!.estimate).toBeLessThan(250)
    expect(got.trendP!).toBeLessThan(0.001)
  })

  it('sees no upward trend in a flat trace', () => {
    const got = measureRun(makeRun({ slope: 0, noise: 5000, points: 120 }, random(11)), 0, 'iteration', options)
    expect(got.trendP!).toBeGreaterThan(0.01)
    expect(Math.abs(got.heap!.estimate)).toBeLessThan(50)
  })

  it('measures external memory only when every sample has it', () => {
    const samples = line(60, 10).map((s) => ({ ...s, external: 1_000_000 + 3 * s.x }))
    expect(measureRun(ok(samples), 0, 'iteration', options).external!.estimate).toBeCloseTo(3, 6)
    const partial = samples.map((s, i) => (i === 30 ? { x: s.x, heap: s.heap } : s))
    expect(measureRun(ok(partial), 0, 'iteration', options).external).toBeNull()
  })

  it('reports the median heap after the warm-up as the level', () => {
    const got = measureRun(ok(line(60, 100)), 0, 'iteration', options)
    // Kept x: 1200..5900, median x 3550.
    expect(got.level).toBe(5_000_000 + 100 * 3550)
  })

  it.each([
    [{ outcome: 'crash', exitCode: 1, signal: null }, 'crashed (exit code 1)'],
    [{ outcome: 'crash', exitCode: null, signal: 'SIGSEGV' }, 'crashed (signal SIGSEGV)'],
    [{ outcome: 'crash', exitCode: null, signal: null }, 'crashed (no exit code)'],
    [{ outcome: 'oom', exitCode: 134 }, 'ran out of memory'],
    [{ outcome: 'timeout', exitCode: null, signal: 'SIGKILL' }, 'timed out'],
    [{ outcome: undefined, exitCode: 3 }, 'crashed (exit code 3)']
  ] as [Partial<Run>, string][])('leaves out a run that did not end ok (%p): %s', (end, reason) => {
    const got = measureRun({ ...ok(line(60, 100)), ...end }, 1, 'iteration', options)
    expect(got.excluded).toBe(reason)
    expect(got.heap).toBeNull()
    expect(got.samples).toBe(0)
  })

  it('counts a run without outcome that exited 0', () => {
    expect(measureRun({ exitCode: 0, samples: line(60, 100) }, 0, 'iteration', options).excluded).toBeUndefined()
  })

  it('leaves out a run with too few samples after the warm-up, saying how many', () => {
    // 9 samples 0..800: the warm-up cuts at 160, leaving 200..800.
    const got = measureRun(ok(line(9, 100)), 0, 'iteration', options)
    expect(got.excluded).toBe('has 7 samples after the warm-up, fewer than 8')
    expect(got.samples).toBe(7)
    expect(measureRun(ok(line(9, 100)), 0, 'iteration', { warmup: 0.2, minSamples: 7 }).excluded).toBeUndefined()
  })

  it('counts a run whose few samples all climb steeply: a large leak gets few samples', () => {
    // +14,815 bytes per iteration on a 5 MB heap, sampled 5 times over 3,000 iterations: 4 after the warm-up.
    const few = line(5, 14_815, 750)
    const got = measureRun(ok(few), 0, 'iteration', options)
    expect(got.excluded).toBeUndefined()
    expect(got.samples).toBe(4)
    expect(got.heap!.estimate).toBeCloseTo(14_815, 0)
  })

  it.each([
    ['each above the last, by a tenth of the heap', [10, 10.4, 10.9, 11.2], true],
    ['one dip', [10, 10.6, 10.5, 11.2], false],

    ['a rise under a tenth', [10, 10.2, 10.5, 10.9], false],
    ['three samples', [10, 12, 14], false],
    ['flat', [10, 10, 10, 10, 10], false]
  ])('climbsSteeply: %s → %s', (_name, mib, steep) => {
    expect(climbsSteeply(mib.map((m, i) => ({ x: i * 100, heap: m * 1048576 })))).toBe(steep)
  })

  it("leaves out the last sample when it measured a tidy soak's teardown at exit, not the workload", () => {
    const tidy = [...line(5, 14_815, 750), { x: 3100, heap: 3_000_000 }]
    const got = measureRun(ok(tidy), 0, 'iteration', options)
    expect(got).toMatchObject({ samples: 4, step: null })
    expect(got.heap!.estimate).toBeCloseTo(14_815, 0)
    // A last sample within a tenth of the heap is the workload's, and stays.
    const flat = line(20, 0, 100).map((s, i) => (i === 19 ? { ...s, heap: s.heap - 200_000 } : s))
    expect(measureRun(ok(flat), 0, 'iteration', options).samples).toBe(16)
  })

  it('leaves out a run whose samples all sit at one x', () => {
    const samples = Array.from({ length: 20 }, (_, i) => ({ x: 500, heap: 5_000_000 + i }))
    expect(measureRun(ok(samples), 0, 'iteration', options).excluded).toBe('has no spread in x after the warm-up')
  })

  it('reads a run without a samples array as empty, never throwing', () => {
    const got = measureRun({ exitCode: 0, outcome: 'ok', samples: null as unknown as Sample[] }, 0, 'iteration', options)
    expect(got.excluded).toBe('has 0 samples after the warm-up, fewer than 8')
  })

  it('thins a long trace to 200 points', () => {
    expect(measureRun(ok(line(2000, 5, 1)), 0, 'iteration', { warmup: 0, minSamples: 8 }).samples).toBe(200)
  })

  it('gives iterations per second for iteration samples with a duration, and none otherwise', () => {
    const samples = line(60, 0)
    // The last x is 5900 iterations in 2.95 s.
    expect(measureRun(ok(samples, { durationMs: 2950 }), 0, 'iteration', options).throughput).toBeCloseTo(2000, 9)
    expect(measureRun(ok(samples), 0, 'iteration', options).throughput).toBeNull()
    expect(measureRun(ok(samples, { durationMs: 2950 }), 0, 'ms', options).throughput).toBeNull()
    // A run left out keeps its throughput: a crash that slowed down still says so.
    expect(measureRun(ok(samples, { durationMs: 2950, outcome: 'crash', exitCode: 1 }), 0, 'iteration', options).throughput).toBeCloseTo(
      2000,
      9
    )
  })

  it('takes a one-off jump out before fitting, and says so', () => {
    const samples = line(80, 0).map((s) => ({ ...s, heap: s.heap + (s.x >= 4000 ? 2_000_000 : 0) }))
    const got = measureRun(ok(samples), 0, 'iteration', options)
    expect(got.step).not.toBeNull()
    expect(got.step!.bytes).toBeCloseTo(2_000_000, -3)
    expect(Math.abs(got.heap!.estimate)).toBeLessThan(1)
  })
})

describe('measureSamples', () => {
  it('measures every run of a side, in order, with its index', () => {
    const side = makeSamples('head', 4, { slope: 300, noise: 1000 }, 5)
    side.runs[2] = { ...side.runs[2]!, outcome: 'crash', exitCode: 1 }
    const got = measureSamples(side, options)
    expect(got.map((r) => r.index)).toEqual([0, 1, 2, 3])
    expect(got.map((r) => r.excluded ?? 'counted')).toEqual(['counted', 'counted', 'crashed (exit code 1)', 'counted'])
    for (const r of [got[0]!, got[1]!, got[3]!]) expect(r.heap!.estimate).toBeGreaterThan(250)
  })
})

describe('growth without V8 code spaces', () => {
  // Code V8 compiles as functions get hot: 3 bytes/iteration here, all of it in the code spaces.
  const compiling = (kept: number): Sample[] =>
    line(20, kept).map((s, i) => ({ ...s, heap: s.heap + 3 * i * 100 + 40_000, code: 40_000 + 3 * i * 100 }))

  it.each([
    ['nothing kept', 0],
    ['16 bytes/iteration kept', 16]
  ])('%s: measures heap − code when every sample has code', (_name, kept) => {
    expect(measureRun(ok(compiling(kept)), 0, 'iteration', options).heap?.estimate).toBeCloseTo(kept, 6)
  })

  it('measures heap as it is when a sample lacks code (an older probe)', () => {
    const samples = compiling(0)
    samples[5] = { x: samples[5]?.x ?? 0, heap: samples[5]?.heap ?? 0 }
    expect(measureRun(ok(samples), 0, 'iteration', options).heap?.estimate).toBeCloseTo(3, 6)
  })

  it("keeps the run's level the whole heap", () => {
    const run = measureRun(ok(compiling(0)), 0, 'iteration', options)
    expect(run.level).toBeGreaterThan(5_040_000)
  })
})
