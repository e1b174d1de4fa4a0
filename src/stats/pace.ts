// Growth that comes with time, not with iterations. Pure.
//
// A Node.js process's post-GC heap creeps up with the clock for reasons of its own (code and
// feedback of functions that V8 optimises as they get hot): a few KiB per second over its first
// seconds, the same on both sides (a 20 s run of the churn soak gained 30 KiB of code and 25 KiB
// of old space in steps, then stayed flat from 6 s on). Per iteration, that growth is larger the slower the
// soak: a head that does 4x the work per request (more short-lived garbage, slower code) and keeps
// nothing shows 4x base's growth per iteration. Measured on a real soak (200 rows built and
// serialised 5 times a request on base, 20 on head): base 9.6 bytes/iteration at 548 iterations/s,
// head 36.2 at 152; both 5.3–5.5 bytes/ms.
//
// When head is consistently slower, base's runs are compared at head's pace: each base run's
// growth per ms (its growth per iteration times its pace) divided by head's median pace is what
// base would have shown per iteration had it run as slowly. Head's growth beyond that is the
// leak. A real leak keeps its size (16 bytes/iteration more stays 16 more); growth that is only
// the clock's goes away. Most of that growth is in V8's code spaces, which the statistics leave
// out when the probe measured them (run-growth.ts); the rest (feedback and bytecode in old space
// on Node.js 20) is what this comparison answers for.
import { mannWhitneyUpper } from './rank.js'
import { median } from './robust.js'
import type { RunGrowth } from './run-growth.js'

/** Base's runs rescaled to head's pace, when head runs consistently slower. */
export interface HeadPace {
  /** head's median iterations/s over base's. */
  ratio: number
  /** Each usable base run's growth per iteration had it run at head's median pace. */
  base: number[]
  /** base's median growth per ms. */
  baseGrowthPerMs: number
}

// Only a head clearly slower than base: below this share of base's pace, and consistently.
const slowerShare = 0.8

/**
 * Base's growths at head's pace, when head runs consistently slower than base (null otherwise, or
 * when a run has no pace): each base run's growth per ms (its growth per iteration times its
 * pace) divided by head's median pace, never less than its growth per iteration.
 */
export function baseAtHeadPace(base: readonly RunGrowth[], head: readonly RunGrowth[]): HeadPace | null {
  if (base.length < 2 || head.length < 2) return null
  const paced = (r: RunGrowth) =>
    r.heap && r.throughput !== null && r.throughput > 0 ? { growth: r.heap.estimate, rate: r.throughput } : null
  const b = base.map(paced)
  const hd = head.map(paced)
  if (b.includes(null) || hd.includes(null)) return null
  const baseRuns = b as { growth: number; rate: number }[]
  const baseRates = baseRuns.map((r) => r.rate)
  const headRates = (hd as { rate: number }[]).map((r) => r.rate)
  const ratio = median(headRates) / median(baseRates)
  // Consistently, as the throughput note counts it: a busy machine slows single runs, not a side.
  if (ratio >= slowerShare || mannWhitneyUpper(baseRates, headRates) > 0.025) return null
  const headPace = median(headRates)
  const perMs = baseRuns.map((r) => (r.growth * r.rate) / 1000)
  // Only ever a larger allowance: a base that shrinks would shrink faster at head's pace.
  const atHeadPace = baseRuns.map((r, i) => Math.max(r.growth, ((perMs[i] ?? 0) * 1000) / headPace))
  return { ratio, base: atHeadPace, baseGrowthPerMs: median(perMs) }
}
