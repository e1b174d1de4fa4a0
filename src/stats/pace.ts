// Growth that comes with time, not with iterations. Pure.
//
// A Node.js process's post-GC heap creeps up with the clock for reasons of its own (code and
// feedback of functions that V8 optimises as they get hot, the compilation cache, timers): a few
// KiB per second, the same on both sides. Per iteration, that growth is larger the slower the
// soak: a head that does 4x the work per request (more short-lived garbage, slower code) and keeps
// nothing shows 4x base's growth per iteration. Measured on a real soak (200 rows built and
// serialised 5 times a request on base, 20 on head): base 9.6 bytes/iteration at 548 iterations/s,
// head 36.2 at 152; both 5.3–5.5 bytes/ms.
//
// When head is consistently slower, base's runs are also compared at head's pace: each base run's
// growth per ms (its growth per iteration times its pace) divided by head's median pace is what
// base would have shown per iteration had it run as slowly. Head's growth beyond that is the
// leak. A real leak keeps its size (16 bytes/iteration more stays 16 more); growth that is only
// the clock's goes away.
import type { Growth } from '../types.js'
import { hodgesLehmann, mannWhitneyUpper } from './rank.js'
import { median } from './robust.js'
import type { RunGrowth } from './run-growth.js'

export interface PaceComparison {
  /** head's median iterations/s over base's. */
  ratio: number
  /** head − base at head's pace, bytes/iteration. */
  difference: Growth & { pValue: number }
  /** base's median growth per ms. */
  baseGrowthPerMs: number
  head: Growth
  base: Growth
}

// Only a head clearly slower than base: below this share of base's pace, and consistently.
const slowerShare = 0.8

/**
 * Base against head at head's pace, when head runs consistently slower than base (null
 * otherwise, or when a run has no pace). `alpha` and `passAlpha` as in the heap comparison.
 */
export function compareAtHeadPace(
  base: readonly RunGrowth[],
  head: readonly RunGrowth[],
  minimumEffect: number,
  alpha: number,
  passAlpha: number
): PaceComparison | null {
  if (base.length < 2 || head.length < 2) return null
  const paced = (r: RunGrowth) =>
    r.heap && r.throughput !== null && r.throughput > 0 ? { growth: r.heap.estimate, rate: r.throughput } : null
  const b = base.map(paced)
  const hd = head.map(paced)
  if (b.includes(null) || hd.includes(null)) return null
  const baseRuns = b as { growth: number; rate: number }[]
  const headRuns = hd as { growth: number; rate: number }[]
  const baseRates = baseRuns.map((r) => r.rate)
  const headRates = headRuns.map((r) => r.rate)
  const ratio = median(headRates) / median(baseRates)
  // Consistently, as the throughput note counts it: a busy machine slows single runs, not a side.
  if (ratio >= slowerShare || mannWhitneyUpper(baseRates, headRates) > 0.025) return null
  const headPace = median(headRates)
  const perMs = baseRuns.map((r) => (r.growth * r.rate) / 1000)
  const atHeadPace = perMs.map((g) => (g * 1000) / headPace)
  const h = headRuns.map((r) => r.growth)
  const shift = hodgesLehmann(h, atHeadPace, alpha, passAlpha)
  const summary = (values: number[]): Growth => {
    const sorted = [...values].sort((x, y) => x - y)
    return { estimate: median(sorted), low: sorted[0] ?? Number.NaN, high: sorted.at(-1) ?? Number.NaN }
  }
  return {
    ratio,
    difference: { estimate: shift.estimate, low: shift.low, high: shift.high, pValue: mannWhitneyUpper(h, atHeadPace, minimumEffect) },
    baseGrowthPerMs: median(perMs),
    head: summary(h),
    base: summary(atHeadPace)
  }
}
