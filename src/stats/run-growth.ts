// Per run: what one soak run says about growth. Pure.
//
// Accepts memgate-samples/1 runs (docs/design.md): post-GC `heap` bytes, optional `external`
// bytes, `x` in iterations or ms. Runs that did not end `ok` (or, without `outcome`, exited
// non-zero) and runs with too few samples after the warm-up (unless those few climb steeply) are
// kept with the reason and left out of the comparison.
import type { Growth, Run, Sample, Samples } from '../types.js'
import { mannKendall, median, theilSen, thin } from './robust.js'
import { fitRun, type Jump, type Shape } from './shape.js'

export interface MeasureOptions {
  /** Share of each run's x-span discarded as warm-up. */
  warmup: number
  /** Samples a run needs after the warm-up to count. */
  minSamples: number
}

export interface RunGrowth {
  /** Index of the run in its Samples. */
  index: number
  /** Why the run was left out; absent when it counts. */
  excluded?: string
  /** Samples used after the warm-up (at most 200: longer traces are thinned evenly). */
  samples: number
  /** Growth of post-GC heap at the end of the run (see shape.ts), in bytes per unit. */
  heap: Growth | null
  /** Growth of external memory, when every sample has it. */
  external: Growth | null
  /** `changes` when the early and late halves disagree (growth stops or starts): `heap` is then the late half's. */
  shape: Shape | null
  /** A one-off jump in the heap that was taken out before fitting. */
  step: Jump | null
  /** One-sided Mann–Kendall p-value for an upward heap trend after the warm-up. */
  trendP: number | null
  /** Median post-GC heap after the warm-up, bytes. */
  level: number | null
  /** x-span after the warm-up, in the samples' unit. */
  span: number | null
  /** Iterations per second over the whole run; null for `ms` samples or without durationMs. */
  throughput: number | null
}

/** A run that counts: fitted, so its heap growth, level and span are known. */
export type UsableRun = RunGrowth & { excluded?: undefined; heap: Growth; level: number; span: number }

export function isUsable(run: RunGrowth): run is UsableRun {
  return !run.excluded && run.heap !== null && run.level !== null && run.span !== null
}

// Theil–Sen is quadratic; 200 points keep a run under 20k pairs, and the slope's precision is
// set by the x-span far more than by the count of points.
const maxPoints = 200
// A jump smaller than this share of the heap (or 4 KiB) is jitter, not a step worth taking out.
const stepShare = 0.002
const stepBytes = 4096

function describeFailure(run: Run): string | null {
  const outcome = run.outcome ?? (run.exitCode === 0 ? 'ok' : 'crash')
  if (outcome === 'ok') return null
  const how = run.signal
    ? `signal ${run.signal}`
    : run.exitCode !== null && run.exitCode !== undefined
      ? `exit code ${run.exitCode}`
      : 'no exit code'
  return outcome === 'crash' ? `crashed (${how})` : outcome === 'oom' ? 'ran out of memory' : 'timed out'
}

/** Samples with finite x and heap, sorted by x, from the first x past the warm-up share of the span. */
export function afterWarmup(samples: readonly Sample[], warmup: number): Sample[] {
  const valid = samples.filter((s) => s && Number.isFinite(s.x) && Number.isFinite(s.heap)).sort((a, b) => a.x - b.x)
  const first = valid[0]
  const last = valid[valid.length - 1]
  if (!first || !last) return []
  const cut = first.x + warmup * (last.x - first.x)
  return valid.filter((s) => s.x >= cut)
}

/** Measure one run. Never throws: a run that cannot be measured comes back with `excluded`. */
export function measureRun(run: Run, index: number, unit: Samples['unit'], options: MeasureOptions): RunGrowth {
  const samples = Array.isArray(run.samples) ? run.samples : []
  const last = samples[samples.length - 1]
  const throughput = unit === 'iteration' && run.durationMs && run.durationMs > 0 && last ? last.x / (run.durationMs / 1000) : null
  const empty = {
    index,
    samples: 0,
    heap: null,
    external: null,
    shape: null,
    step: null,
    trendP: null,
    level: null,
    span: null,
    throughput
  }
  const failure = describeFailure(run)
  if (failure) return { ...empty, excluded: failure }
  const kept = withoutTeardown(thin(afterWarmup(samples, options.warmup), maxPoints))
  if (kept.length < options.minSamples && !climbsSteeply(kept)) {
    return { ...empty, samples: kept.length, excluded: `has ${kept.length} samples after the warm-up, fewer than ${options.minSamples}` }
  }
  const xs = kept.map((s) => s.x)
  // Without V8's code spaces when the probe measured them: the code and bytecode V8 adds as
  // functions get hot grow with the clock, and what a program keeps never lives there.
  const withCode = kept.every((s) => typeof s.code === 'number' && Number.isFinite(s.code))
  const ys = kept.map((s) => s.heap - (withCode ? (s.code ?? 0) : 0))
  const level = median(kept.map((s) => s.heap))
  const heap = fitRun(xs, ys, Math.max(stepBytes, stepShare * level)) ?? fitFew(xs, ys)
  if (!heap) return { ...empty, samples: kept.length, excluded: 'has no spread in x after the warm-up' }
  let external: Growth | null = null
  const ext = kept.flatMap((s) => (typeof s.external === 'number' && Number.isFinite(s.external) ? [s.external] : []))
  if (ext.length === kept.length) {
    external = fitRun(xs, ext, Math.max(stepBytes, stepShare * median(ext)))?.growth ?? null
  }
  return {
    index,
    samples: kept.length,
    heap: heap.growth,
    external,
    shape: heap.shape,
    step: heap.step,
    trendP: mannKendall(ys).pUp,
    level,
    span: (xs[xs.length - 1] ?? 0) - (xs[0] ?? 0),
    throughput
  }
}

// A large leak gets few samples: each full GC on a growing heap costs more of the probe's budget.
// A run whose few samples all climb, by a tenth of its heap or more, is evidence, not noise: a run
// that does not grow never passes this (4 samples rise in order by chance 1 time in 24, and not by
// a tenth of the heap), so flat runs with few samples stay out as before.
const steepMinSamples = 4
const steepRise = 0.1

/** Whether too few samples for the usual bar still show growth no noise makes: each above the last, by a tenth of the heap in all. */
export function climbsSteeply(samples: readonly Sample[]): boolean {
  if (samples.length < steepMinSamples) return false
  const heaps = samples.map((s) => s.heap)
  if (heaps.some((heap, i) => i > 0 && !(heap > (heaps[i - 1] ?? Number.POSITIVE_INFINITY)))) return false
  const first = heaps[0] ?? 0
  return first > 0 && (heaps.at(-1) ?? 0) - first >= steepRise * first
}

/**
 * The samples without the probe's last one when it fell below the first by a tenth of the heap:
 * taken at exit, after a tidy soak's teardown (server.close(), a cache cleared) freed what it
 * held, it measures the teardown, not the workload. Run-to-run noise is far below a tenth.
 */
export function withoutTeardown<T extends Sample>(samples: T[]): T[] {
  const first = samples[0]?.heap
  const last = samples.at(-1)?.heap
  if (samples.length < 2 || first === undefined || last === undefined) return samples
  return last < first - steepRise * first ? samples.slice(0, -1) : samples
}

/** Too few samples for steps and halves (a steep run's): the plain slope over all of them. */
function fitFew(xs: number[], ys: number[]): { growth: Growth; shape: Shape | null; step: Jump | null } | null {
  const fit = theilSen(xs, ys)
  return fit ? { growth: { estimate: fit.slope, low: fit.low, high: fit.high }, shape: null, step: null } : null
}

/** Measure every run of one side. */
export function measureSamples(samples: Samples, options: MeasureOptions): RunGrowth[] {
  return samples.runs.map((run, i) => measureRun(run, i, samples.unit, options))
}
