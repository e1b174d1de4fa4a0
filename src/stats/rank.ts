// Two-sample rank statistics across runs: the exact null distribution of the Mann–Whitney U
// statistic, its one-sided p-values, and the Hodges–Lehmann shift estimate with the matching
// distribution-free interval (Lehmann 1975, ch. 2). Exact for continuous data; our per-run slopes
// are real numbers, so ties are rare and are counted as half. Pure.

import { middleOf } from './robust.js'

const distributions = new Map<string, Float64Array>()

/**
 * Null probabilities P(U = u), u = 0..m·n, for sample sizes m and n, by the recurrence
 * f(m, n, u) = f(m − 1, n, u − n) + f(m, n − 1, u) on counts, divided by C(m + n, m).
 */
export function mannWhitneyNull(m: number, n: number): Float64Array {
  const key = `${m},${n}`
  const cached = distributions.get(key)
  if (cached) return cached
  // counts[j][u] for the current i, j = 0..n
  let previous: Float64Array[] = Array.from({ length: n + 1 }, () => Float64Array.of(1))
  for (let i = 1; i <= m; i++) {
    let fewerSecond = Float64Array.of(1) // f(i, j − 1, ·)
    const current = [fewerSecond]
    for (const [j, fewerFirst] of previous.entries()) {
      if (j === 0) continue
      // f(i − 1, j, ·) shifted by j, plus f(i, j − 1, ·)
      const row = new Float64Array(i * j + 1)
      row.set(fewerFirst, j)
      fewerSecond.forEach((count, u) => {
        row[u] = (row[u] ?? 0) + count
      })
      current.push(row)
      fewerSecond = row
    }
    previous = current
  }
  const counts = previous[n] ?? Float64Array.of(1)
  let total = 0
  for (const c of counts) total += c
  const probabilities = counts.map((c) => c / total)
  distributions.set(key, probabilities)
  return probabilities
}

/** The smallest one-sided p-value an exact rank test can give with m and n runs: 1 / C(m + n, m). */
export function smallestPValue(m: number, n: number): number {
  if (m === 0 || n === 0) return 1
  return mannWhitneyNull(m, n)[0] ?? 1
}

/**
 * One-sided exact Mann–Whitney p-value for H1 "head − shift is stochastically larger than base":
 * P(U ≥ observed) under exchangeability, where U counts pairs with head_i − shift > base_j (ties
 * count half, rounded down, which only makes the p-value larger). Returns 1 when either side is empty.
 */
export function mannWhitneyUpper(head: readonly number[], base: readonly number[], shift = 0): number {
  const m = head.length
  const n = base.length
  if (m === 0 || n === 0) return 1
  let twiceU = 0
  for (const h of head) for (const b of base) twiceU += h - shift > b ? 2 : h - shift === b ? 1 : 0
  const u = Math.floor(twiceU / 2)
  const probabilities = mannWhitneyNull(m, n)
  let p = 0
  for (const probability of probabilities.subarray(u)) p += probability
  return Math.min(1, p)
}

export interface Shift {
  /** Hodges–Lehmann estimate: median of all head_i − base_j. */
  estimate: number
  /** Lower bound at one-sided confidence 1 − alphaLow; the smallest difference if unreachable. */
  low: number
  /** Upper bound at one-sided confidence 1 − alphaHigh; the largest difference if unreachable. */
  high: number
  lowReached: boolean
  highReached: boolean
}

/**
 * Hodges–Lehmann shift head − base with its distribution-free bounds: the lower bound is the
 * (c + 1)-th smallest pairwise difference where c is the largest u with P(U ≤ u) ≤ alphaLow; the
 * upper bound mirrors it. When even u = 0 exceeds alpha (too few runs) the bound is not reached
 * and the extreme difference is returned with `lowReached`/`highReached` false.
 */
export function hodgesLehmann(head: readonly number[], base: readonly number[], alphaLow: number, alphaHigh: number): Shift {
  const differences: number[] = []
  for (const h of head) for (const b of base) differences.push(h - b)
  differences.sort((a, b) => a - b)
  const count = differences.length
  if (count === 0) return { estimate: Number.NaN, low: Number.NaN, high: Number.NaN, lowReached: false, highReached: false }
  const estimate = middleOf(differences)
  const probabilities = mannWhitneyNull(head.length, base.length)
  const critical = (alpha: number): number => {
    let cumulative = 0
    let c = -1
    for (const [u, probability] of probabilities.entries()) {
      cumulative += probability
      if (cumulative <= alpha * (1 + 1e-9)) c = u
      else break
    }
    return c
  }
  const cLow = critical(alphaLow)
  const cHigh = critical(alphaHigh)
  return {
    estimate,
    // D(c+1) and D(mn−c) in 1-based order statistics; c = −1 means the level is out of reach.
    low: differences[Math.min(count - 1, Math.max(0, cLow))] ?? estimate,
    high: differences[Math.max(0, Math.min(count - 1, count - 1 - cHigh))] ?? estimate,
    lowReached: cLow >= 0,
    highReached: cHigh >= 0
  }
}
