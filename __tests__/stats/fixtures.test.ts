// Verdicts on real traces recorded by __tests__/fixtures/stats/record.mjs (see its header for the
// workloads and docs/statistics.md for the calibration). Each case compares 5 runs against 5 other
// runs, as `memgate analyze` does with two samples files.

import { readFileSync } from 'node:fs'
import { describe, expect, it } from '@jest/globals'
import { MemgateError } from '../../src/errors.js'
import { analyzeSamples, defaultStatsOptions, planAllLooks } from '../../src/stats/analyze.js'
import { nextStep } from '../../src/stats/sequential.js'
import type { Samples } from '../../src/types.js'

const fixture = (name: string, side: 'base' | 'head', from: number, count = 5): Samples => {
  const samples = JSON.parse(readFileSync(new URL(`../fixtures/stats/${name}.json`, import.meta.url), 'utf8')) as Samples
  return { ...samples, side, runs: samples.runs.slice(from, from + count) }
}

describe('analyzeSamples on recorded traces', () => {
  it.each([
    ['steady against itself', 'steady', 0, 'steady', 5, 'pass', null],
    ['a ~200 MB heap against itself', 'large', 0, 'large', 5, 'pass', null],
    ['bursty GC against itself', 'bursty', 0, 'bursty', 5, 'pass', null],
    ['steady samples against time (ms)', 'ms', 0, 'ms', 5, 'pass', null],
    ['a bounded LRU cache that fills, then plateaus', 'steady', 0, 'lru', 0, 'pass', /levels off/],
    ['a lazy-initialisation step', 'steady', 0, 'lazy', 0, 'pass', /jumps once by about 4\.\d+ MiB/],
    ['churn: five times the garbage, same floor', 'steady', 0, 'churn', 0, 'pass', null],
    ['growth base has as well', 'leak', 0, 'leak', 5, 'pass', /base already grows/],
    ['a real leak of a few hundred bytes per iteration', 'steady', 0, 'leak', 0, 'leak', null],
    ['a real leak of Buffers (external memory)', 'steady', 0, 'external-leak', 0, 'leak', null]
  ])('%s → %s', (_name, baseName, baseFrom, headName, headFrom, verdict, note) => {
    const result = analyzeSamples(fixture(baseName, 'base', baseFrom), fixture(headName, 'head', headFrom))
    expect(result.verdict).toBe(verdict)
    expect(result.reason.length).toBeGreaterThan(40)
    if (note) expect(result.notes.join(' ')).toMatch(note)
    if (verdict === 'leak') expect(result.difference.estimate).toBeGreaterThan(result.minimumEffect)
  })

  it('measures the recorded leak at a few hundred bytes per iteration', () => {
    const result = analyzeSamples(fixture('steady', 'base', 0), fixture('leak', 'head', 0))
    expect(result.head.estimate).toBeGreaterThan(150)
    expect(result.head.estimate).toBeLessThan(600)
    expect(Math.abs(result.base.estimate)).toBeLessThan(1)
    expect(result.reason).toMatch(/^head's post-GC heap grows \d+ bytes\/iteration faster than base's/)
    expect(result.throughput.base).toBeGreaterThan(1000)
  })

  it('names external memory when the Buffers leak', () => {
    const result = analyzeSamples(fixture('steady', 'base', 0), fixture('external-leak', 'head', 0))
    const external = result.comparisons.find((c) => c.metric === 'external')!
    expect(external.difference.estimate).toBeGreaterThan(400)
    expect(external.difference.pValue).toBeLessThanOrEqual(external.alpha)
  })

  it('refuses iteration samples against ms samples', () => {
    expect(() => analyzeSamples(fixture('steady', 'base', 0), fixture('ms', 'head', 0))).toThrow(MemgateError)
  })

  it('waits for more runs when a crashed run leaves too few', () => {
    const head = fixture('leak', 'head', 0)
    head.runs[2] = { ...head.runs[2]!, exitCode: null, signal: 'SIGKILL', outcome: 'oom' }
    const result = analyzeSamples(fixture('steady', 'base', 0), head)
    expect(result.verdict).toBe('inconclusive')
    expect(result.reason).toMatch(/too few usable runs/)
    expect(result.moreRuns).toBe(3)
  })
})

// A linear leak of `perUnit` bytes added to recorded runs, as bench/stats.ts injects it.
const withLeak = (samples: Samples, perUnit: number): Samples => ({
  ...samples,
  runs: samples.runs.map((run) => {
    const x0 = run.samples[0]?.x ?? 0
    return { ...run, samples: run.samples.map((s) => ({ ...s, heap: s.heap + Math.round(perUnit * (s.x - x0)) })) }
  })
})

// demo-aa-*.json: the demo service against itself in real processes (memgate's soak session and
// probe); run 1 of each side is the session's pilot, so the groups start at run 2.
describe('slow leaks at the default minimum effect', () => {
  it.each([
    ['steady', 'steady', 0, 'steady', 5, 16, 'leak'],
    ['bursty GC', 'bursty', 0, 'bursty', 5, 16, 'leak'],
    ['a ~200 MB heap', 'large', 0, 'large', 5, 16, 'leak'],
    ['the demo in real processes', 'demo-aa-base', 1, 'demo-aa-head', 1, 16, 'leak'],
    ['the demo in real processes, later runs', 'demo-aa-base', 51, 'demo-aa-head', 51, 16, 'leak'],
    ['steady samples against time (bytes/ms)', 'ms', 0, 'ms', 5, 16, 'leak'],
    ['the demo against itself', 'demo-aa-base', 1, 'demo-aa-head', 1, 0, 'pass'],
    ['the demo against itself, later runs', 'demo-aa-base', 51, 'demo-aa-head', 51, 0, 'pass'],
    ['a ~200 MB heap, half the minimum effect', 'large', 0, 'large', 5, 4, 'pass'],
    ['the demo, half the minimum effect', 'demo-aa-base', 1, 'demo-aa-head', 1, 4, 'pass']
  ])('%s: %s from %d against %s from %d, head + %d bytes/unit → %s', (_name, baseName, baseFrom, headName, headFrom, leak, verdict) => {
    const result = analyzeSamples(fixture(baseName, 'base', baseFrom), withLeak(fixture(headName, 'head', headFrom), leak))
    expect(result.verdict).toBe(verdict)
    expect(result.minimumEffect).toBeLessThanOrEqual(8)
    expect(Math.abs(result.difference.estimate - leak)).toBeLessThan(2)
  })
})

// Real processes under memgate's session and probe (fixtures/stats/hard/make.sh): base builds and
// serialises 200 rows 5 times a request; churn 20 times (4× slower) keeping nothing; churn + leak
// also keeps 16 bytes a request. Three groups of 10 + 10 runs each, taken in the pipeline's order.
describe('a head slower by its own churn (real processes)', () => {
  const hard = (lib: string, side: 'base' | 'head'): Samples =>
    JSON.parse(readFileSync(new URL(`../fixtures/stats/hard/hard-${lib}-${side}.json`, import.meta.url), 'utf8')) as Samples
  // As memgate 0.1.0 measured: no code bytes, no times, no run durations (so no pace).
  const before = (samples: Samples): Samples => ({
    ...samples,
    runs: samples.runs.map(({ durationMs: _d, ...run }) => ({ ...run, samples: run.samples.map(({ code: _c, t: _t, ...s }) => s) }))
  })
  const groups = (lib: string, strip: boolean) => {
    const [base, head] = (['base', 'head'] as const).map((side) => (strip ? before(hard(lib, side)) : hard(lib, side)))
    if (!base || !head) throw new Error('no fixture')
    return [0, 1, 2].map((g) => {
      const slice = (s: Samples): Samples => ({ ...s, runs: s.runs.slice(s.runs.length - 30 + g * 10).slice(0, 10) })
      return sequentialVerdict(slice(base), slice(head))
    })
  }

  it('passes churn that keeps nothing, which the heap alone left undecided', () => {
    expect(groups('2.0.0', false)).toEqual(['pass', 'pass', 'pass'])
    expect(groups('2.0.0', true)).toContain('inconclusive')
  })

  it('still finds the 16 bytes a request that come with the same churn', () => {
    expect(groups('5.0.0', false)).toEqual(['leak', 'leak', 'leak'])
  })
})

/** The pipeline's plan: analyse at each look, stop at the first verdict. */
function sequentialVerdict(base: Samples, head: Samples): string {
  let n = planAllLooks(defaultStatsOptions)[0] ?? 2
  for (;;) {
    const analysis = analyzeSamples({ ...base, runs: base.runs.slice(0, n) }, { ...head, runs: head.runs.slice(0, n) })
    const step = nextStep(analysis, n, defaultStatsOptions.maxRuns)
    if (step.done) return analysis.verdict
    n += step.addRuns
  }
}
