// Robust one-sample tools for a single run's heap trace: medians, Theil–Sen slopes with Sen's
// interval, and the Mann–Kendall trend test. Pure.

/** Median of a list (NaN for an empty list). Does not modify its input. */
export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN
  return middleOf([...values].sort((a, b) => a - b))
}

/** The middle of an ascending list, or the mean of its two middle values; NaN for an empty list. */
export function middleOf(sorted: readonly number[]): number {
  const mid = sorted.length >> 1
  const upper = sorted[mid]
  if (upper === undefined) return Number.NaN
  const lower = sorted[mid - 1]
  return sorted.length % 2 === 1 || lower === undefined ? upper : (lower + upper) / 2
}

/** Standard normal upper-tail probability P(Z > z), Abramowitz–Stegun 7.1.26 (error < 1.5e-7). */
export function normalUpper(z: number): number {
  const t = 1 / (1 + 0.3275911 * (Math.abs(z) / Math.SQRT2))
  const poly = t * (0.254829592 + t * (-0.284496736 + t * (1.421413741 + t * (-1.453152027 + t * 1.061405429))))
  const erfc = poly * Math.exp(-(z * z) / 2)
  return z >= 0 ? erfc / 2 : 1 - erfc / 2
}

/** Inverse of normalUpper for p in (0, 1), by bisection: exact enough for interval ranks. */
export function normalQuantileUpper(p: number): number {
  let lo = -10
  let hi = 10
  for (let i = 0; i < 100; i++) {
    const mid = (lo + hi) / 2
    if (normalUpper(mid) > p) lo = mid
    else hi = mid
  }
  return (lo + hi) / 2
}

export interface Slope {
  /** Median of pairwise slopes. */
  slope: number
  /** Sen's distribution-free interval for the slope at the requested confidence. */
  low: number
  high: number
  /** Median of y − slope·x, so that y ≈ intercept + slope·x. */
  intercept: number
}

/**
 * Theil–Sen slope of y on x with Sen's (1968) interval from Kendall's S variance at two-sided
 * confidence `1 − alpha`. Pairs with equal x are skipped. Returns null for fewer than 3 points or
 * no x spread. Quadratic in the number of points: callers thin long traces first.
 */
export function theilSen(xs: readonly number[], ys: readonly number[], alpha = 0.05): Slope | null {
  const n = Math.min(xs.length, ys.length)
  if (n < 3) return null
  const points = xs.slice(0, n).map((x, i) => ({ x, y: ys[i] ?? Number.NaN }))
  const slopes: number[] = []
  points.forEach((p, i) => {
    for (let j = i + 1, q = points[j]; q !== undefined; q = points[++j]) {
      const dx = q.x - p.x
      if (dx !== 0) slopes.push((q.y - p.y) / dx)
    }
  })
  if (slopes.length === 0) return null
  slopes.sort((a, b) => a - b)
  const count = slopes.length
  const slope = middleOf(slopes)
  const c = normalQuantileUpper(alpha / 2) * Math.sqrt((n * (n - 1) * (2 * n + 5)) / 18)
  const lowRank = Math.max(0, Math.floor((count - c) / 2) - 1)
  const highRank = Math.min(count - 1, Math.ceil((count + c) / 2))
  const residuals = points.map((p) => p.y - slope * p.x)
  return { slope, low: slopes[lowRank] ?? slope, high: slopes[highRank] ?? slope, intercept: median(residuals) }
}

export interface Trend {
  /** Kendall's S: concordant minus discordant pairs in time order. */
  s: number
  /** Normal approximation with continuity correction. */
  z: number
  /** One-sided p-value for an upward trend. */
  pUp: number
}

/** Mann–Kendall test for a monotone trend in a sequence taken in time order (no tie correction). */
export function mannKendall(ys: readonly number[]): Trend {
  const n = ys.length
  let s = 0
  ys.forEach((y, i) => {
    for (let j = i + 1, later = ys[j]; later !== undefined; later = ys[++j]) s += Math.sign(later - y)
  })
  const variance = (n * (n - 1) * (2 * n + 5)) / 18
  const z = variance === 0 ? 0 : s > 0 ? (s - 1) / Math.sqrt(variance) : s < 0 ? (s + 1) / Math.sqrt(variance) : 0
  return { s, z, pUp: normalUpper(z) }
}

/** Keep at most `limit` points, evenly spread by index and always keeping the last one. */
export function thin<T>(points: readonly T[], limit: number): T[] {
  if (points.length <= limit) return [...points]
  return points.filter((_, k) => thinned(k, points.length, limit))
}

// Whether thin() keeps index k: the nearest index to each of `limit` points evenly spread over
// 0..length − 1, the last one included. Adjacent targets are more than one apart, so none repeats.
function thinned(k: number, length: number, limit: number): boolean {
  const i = Math.round((k * (limit - 1)) / (length - 1))
  return Math.round((i * (length - 1)) / (limit - 1)) === k
}
