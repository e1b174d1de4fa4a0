// Growth of one run that is not fooled by what is not a leak. Pure.
//
// - A one-off step (lazy initialisation, a table built on first use; or a drop, a cache cleared)
//   is one large, lasting jump between the levels before and after it: it is measured and taken
//   out, once per run. Several such jumps are repeated growth, and stay.
// - Growth that stops (a bounded cache that fills, then evicts) or starts late shows as early and
//   late halves whose slopes disagree: the run's growth is then the late half's, i.e. what the
//   heap still does at the end of the run. A leak is linear, so both halves agree and the whole
//   post-warm-up span is used: with half the points over half the span, one half alone would have
//   2.8 times the error (a slope's variance falls with n·span²).
import type { Growth } from '../types.js'
import { median, theilSen } from './robust.js'

export type Shape = 'linear' | 'changes'

export interface Jump {
  /** x of the first sample after the jump. */
  at: number
  bytes: number
}

export interface RunFit {
  growth: Growth
  shape: Shape
  step: Jump | null
  early: Growth | null
  late: Growth | null
}

// Share of the faster half's pace by which the halves must differ to count as a change of pace.
const paceChange = 0.25

const toGrowth = (fit: ReturnType<typeof theilSen>): Growth | null => (fit ? { estimate: fit.slope, low: fit.low, high: fit.high } : null)

/**
 * Finds one lasting jump in ys: the difference of medians of the `w` samples after and before each
 * index. Returns the index of the first sample after the jump and its size, or null when there is
 * no jump clearly above the run's own jitter, or when there is more than one.
 */
export function findStep(ys: readonly number[], minimumBytes: number): { index: number; bytes: number } | null {
  const n = ys.length
  const w = Math.max(3, Math.floor(n / 12))
  if (n < 4 * w) return null
  const jumps: number[] = []
  for (let k = w; k <= n - w; k++) jumps.push(median(ys.slice(k, k + w)) - median(ys.slice(k - w, k)))
  const centre = median(jumps)
  const scale = 1.4826 * median(jumps.map((j) => Math.abs(j - centre)))
  const away = jumps.map((j) => Math.abs(j - centre))
  let best = 0
  let peak = -1
  for (const [i, distance] of away.entries()) if (distance > peak) [best, peak] = [i, distance]
  if (peak <= Math.max(8 * scale, minimumBytes)) return null
  // Runs of consecutive windows above a quarter of the largest jump: one is a step; several of
  // similar size are growth in bursts. Heaps that flip between two levels (a page kept or not)
  // jump too, but by much less than a real step.
  const limit = Math.max(8 * scale, minimumBytes, peak / 4)
  let groups = 0
  let previousAbove = false
  for (const distance of away) {
    const above = distance > limit
    if (above && !previousAbove) groups++
    previousAbove = above
  }
  if (groups !== 1) return null
  // Medians of w samples show the full jump for about w window positions around it: take the middle.
  const near: number[] = []
  for (const [i, distance] of away.entries()) if (distance >= 0.8 * peak) near.push(i)
  // `best` itself is near, so the list is never empty.
  const index = (near[near.length >> 1] ?? best) + w
  // Size from the neighbouring samples themselves, less the growth a straight line would have had.
  return { index, bytes: (jumps[best] ?? centre) - centre }
}

/**
 * Fit one run's post-warm-up samples (sorted by x). `minimumStep` is the smallest jump, in bytes,
 * worth treating as a step. Returns null with fewer than 6 points or no x spread.
 */
export function fitRun(xs: readonly number[], ys: readonly number[], minimumStep: number): RunFit | null {
  const n = xs.length
  if (n < 6) return null
  const found = findStep(ys, minimumStep)
  const level = found ? ys.map((y, i) => (i >= found.index ? y - found.bytes : y)) : [...ys]
  const whole = toGrowth(theilSen(xs, level))
  if (!whole) return null
  const half = n >> 1
  const early = toGrowth(theilSen(xs.slice(0, half), level.slice(0, half)))
  // A step inside the late half hides behind a fill in the early half (the fill's own jumps set
  // the bar), so the late half looks for its own: a cache's table doubling once it is full.
  const lateYs = level.slice(half)
  const lateFound = found ? null : findStep(lateYs, minimumStep)
  const lateLevel = lateFound ? lateYs.map((y, i) => (i >= lateFound.index ? y - lateFound.bytes : y)) : lateYs
  const late = toGrowth(theilSen(xs.slice(half), lateLevel))
  // A leak's pace wobbles by a few percent between halves (GC timing, a slower machine), and with
  // hundreds of bytes per unit the halves' intervals are narrow enough to part over it: only a
  // change by a quarter or more of the faster half's pace is growth that stops or starts.
  const changes =
    early !== null &&
    late !== null &&
    (early.low > late.high || late.low > early.high) &&
    Math.abs(early.estimate - late.estimate) > paceChange * Math.max(Math.abs(early.estimate), Math.abs(late.estimate))
  const stepAt = (index: number, bytes: number): Jump | null => {
    const at = xs[index]
    return at === undefined ? null : { at, bytes }
  }
  const step = found ? stepAt(found.index, found.bytes) : lateFound && changes ? stepAt(half + lateFound.index, lateFound.bytes) : null
  return {
    growth: changes ? late : whole,
    shape: changes ? 'changes' : 'linear',
    step,
    early,
    late
  }
}
