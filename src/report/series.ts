// The median post-GC heap curve of each side, for the comment's chart. Pure.

import { median } from '../stats/robust.js'
import type { Run, Samples } from '../types.js'

/** memgate-report/1 `series`: the two sides' median post-GC heap on one shared grid of x. */
export interface Series {
  /** Unit of `x`, as in memgate-samples/1. */
  unit: 'iteration' | 'ms'
  x: number[]
  /** Median over the side's finished runs of the heap (bytes) at each x, by linear interpolation. */
  base: number[]
  head: number[]
}

/** Points per curve: enough to show a slope or a step, small enough for any comment. */
export const SERIES_POINTS = 24

/**
 * The median curves of two sides, on `points` evenly spaced x from 0 to the end of the shortest
 * finished run (so that every point is measured, never extrapolated). Null when either side has no
 * finished run with two samples or the two sides' units differ. Never throws.
 */
export function medianSeries(base: Samples, head: Samples, points = SERIES_POINTS): Series | null {
  if (!base || !head || base.unit !== head.unit) return null
  const baseRuns = usableRuns(base)
  const headRuns = usableRuns(head)
  if (baseRuns.length === 0 || headRuns.length === 0) return null
  const all = [...baseRuns, ...headRuns]
  // usableRuns keeps runs of two points or more
  const start = Math.max(...all.flatMap((r) => r[0]?.x ?? []))
  const end = Math.min(...all.flatMap((r) => r[r.length - 1]?.x ?? []))
  if (!(end > start) || points < 2) return null
  const x = Array.from({ length: points }, (_, i) => Math.round(start + ((end - start) * i) / (points - 1)))
  const curve = (runs: Point[][]) => x.map((at) => Math.round(median(runs.map((r) => interpolate(r, at)))))
  return { unit: base.unit, x, base: curve(baseRuns), head: curve(headRuns) }
}

interface Point {
  x: number
  heap: number
}

function usableRuns(samples: Samples): Point[][] {
  return (samples.runs ?? [])
    .filter((r: Run) => (r.outcome ?? (r.exitCode === 0 ? 'ok' : 'crash')) === 'ok')
    .map((r) =>
      (r.samples ?? [])
        .filter((s) => Number.isFinite(s.x) && Number.isFinite(s.heap))
        .map((s) => ({ x: s.x, heap: s.heap }))
        .sort((a, b) => a.x - b.x)
    )
    .filter((r) => r.length >= 2)
}

function interpolate(run: Point[], at: number): number {
  // runs come from usableRuns (two points or more), and lo ≤ mid ≤ hi < run.length throughout
  let lo = 0
  let hi = run.length - 1
  let a = run[lo]
  let b = run[hi]
  if (!a || !b) return Number.NaN
  if (at <= a.x) return a.heap
  if (at >= b.x) return b.heap
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1
    const m = run[mid]
    if (!m) break
    if (m.x <= at) [lo, a] = [mid, m]
    else [hi, b] = [mid, m]
  }
  return b.x === a.x ? b.heap : a.heap + ((b.heap - a.heap) * (at - a.x)) / (b.x - a.x)
}
