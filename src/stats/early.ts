// Early looks: a verdict from fewer runs than the exact rank test can ever decide on, when it is clear.
//
// At 3 + 3 runs the exact Mann–Whitney test's smallest one-sided p is 1/20 = 0.05, above any
// share of a 1% alpha, whatever the runs say. A test on the per-run growths themselves can go
// lower: Student's two-sample t on head − base − δ, with the pooled variance also when the usable
// counts differ. With equal counts the statistic is Welch's too, and under A/A (the same
// distribution on both sides) the difference of means is symmetric, which is what keeps the t
// test near its level on the skewed, heavy-tailed growths of the recorded traces (bench:stats
// shows it with δ = 0). To be called at an early look a leak must also be clear in the plain
// sense: every head run grows more than δ beyond every base run; a pass must have every head
// run within δ of every base run. Anything less goes on to the rank test's looks. Pure.
import { median } from './robust.js'

/** Share of each metric's alpha the early looks spend together, taken from the later rank looks' 20%. */
export const EARLY_SHARE = 0.1
/** Share of passAlpha the early looks spend together on a pass: a leak of δ passes early at most this often. */
export const EARLY_PASS_SHARE = 0.2
/**
 * Runs a side at each early look: those of `earlyLooks` (at least 2, ascending) below the first
 * rank look. None when the plan has a single look (runs = max-runs): their alpha comes from the
 * later looks' share.
 */
export function planEarlyLooks(rankLooks: readonly number[], earlyLooks: readonly number[]): number[] {
  const [firstRank] = rankLooks
  if (rankLooks.length <= 1 || firstRank === undefined) return []
  return [...new Set(earlyLooks.filter((n) => Number.isInteger(n) && n >= 2 && n < firstRank))].sort((a, b) => a - b)
}

/**
 * The t test's nominal level is this many times below the alpha reserved for it. On generated A/A
 * traces with δ = 0 (20,000 comparisons a look) the t test at 2 + 2 runs called 1.6 times its
 * nominal rate (Theil–Sen growths are not quite normal, and two runs give a poor variance); the
 * margin keeps the early looks inside their share all the same.
 */
export const EARLY_MARGIN = 2

/** One metric's level at one early look: EARLY_SHARE of its Bonferroni share, split evenly over the early looks, over EARLY_MARGIN. */
export function earlyAlpha(alpha: number, earlyLooks: number, metrics: number): number {
  return (EARLY_SHARE * alpha) / Math.max(1, metrics) / Math.max(1, earlyLooks) / EARLY_MARGIN
}

export interface EarlyShift {
  /** Hodges–Lehmann estimate: the median of all head_i − base_j. */
  estimate: number
  /** Lower t bound of the mean difference at one-sided 1 − alphaLow. */
  low: number
  /** Upper t bound at one-sided 1 − alphaHigh. */
  high: number
  /** One-sided p of "head − δ grows faster than base" from the t statistic. */
  pValue: number
  /** Every head run above every base run by more than δ. */
  allAbove: boolean
  /** Every head run within δ of every base run. */
  allWithin: boolean
}

const mean = (values: readonly number[]): number => values.reduce((a, v) => a + v, 0) / values.length
const variance = (values: readonly number[], m: number): number =>
  values.reduce((a, v) => a + (v - m) * (v - m), 0) / Math.max(1, values.length - 1)

/**
 * The t comparison of per-run growths, head against base, against the minimum effect `delta`.
 * Needs at least 2 runs a side (NaN bounds and p = 1 otherwise). Never throws.
 */
export function earlyShift(
  head: readonly number[],
  base: readonly number[],
  delta: number,
  alphaLow: number,
  alphaHigh: number
): EarlyShift {
  const m = head.length
  const n = base.length
  const pairs: number[] = []
  for (const h of head) for (const b of base) pairs.push(h - b)
  if (m < 2 || n < 2) {
    return { estimate: median(pairs), low: Number.NaN, high: Number.NaN, pValue: 1, allAbove: false, allWithin: false }
  }
  const mh = mean(head)
  const mb = mean(base)
  // Student's pooled variance: under the null that matters, A/A, both sides are one distribution.
  // With equal counts the statistic is Welch's as well; with a stored base's 5 runs against head's
  // 2, Welch–Satterthwaite's df falls towards 1 whenever head's two runs differ more than base's,
  // and no leak, however large, is clear before head's third run.
  const pooled = ((m - 1) * variance(head, mh) + (n - 1) * variance(base, mb)) / (m + n - 2)
  const se = Math.sqrt(pooled * (1 / m + 1 / n))
  const df = m + n - 2
  const diff = mh - mb
  const pValue = se > 0 ? studentUpper((diff - delta) / se, df) : diff > delta ? 0 : 1
  return {
    estimate: median(pairs),
    low: diff - studentQuantileUpper(alphaLow, df) * se,
    high: diff + studentQuantileUpper(alphaHigh, df) * se,
    pValue,
    allAbove: Math.min(...head) - delta > Math.max(...base),
    allWithin: Math.max(...head) - Math.min(...base) < delta
  }
}

/** Upper tail P(T > t) of Student's t with `df` degrees of freedom (df > 0, not necessarily whole). */
export function studentUpper(t: number, df: number): number {
  if (!Number.isFinite(t)) return t > 0 ? 0 : 1
  const tail = 0.5 * incompleteBeta(df / (df + t * t), df / 2, 0.5)
  return t >= 0 ? tail : 1 - tail
}

/** The t with P(T > t) = p, by bisection on studentUpper (p in (0, 0.5]). */
export function studentQuantileUpper(p: number, df: number): number {
  let lo = 0
  let hi = 1
  while (studentUpper(hi, df) > p && hi < 1e12) hi *= 2
  for (let i = 0; i < 200 && hi - lo > 1e-12 * hi; i++) {
    const mid = (lo + hi) / 2
    if (studentUpper(mid, df) > p) lo = mid
    else hi = mid
  }
  return hi
}

// Lanczos approximation (g = 7, n = 9): 15 significant digits for x > 0.
const LANCZOS = [
  0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059, 12.507343278686905,
  -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7
]
function logGamma(x: number): number {
  if (x < 0.5) return Math.log(Math.PI / Math.sin(Math.PI * x)) - logGamma(1 - x)
  const z = x - 1
  const a = LANCZOS.reduce((sum, c, i) => (i === 0 ? c : sum + c / (z + i)), 0)
  const t = z + 7.5
  return 0.5 * Math.log(2 * Math.PI) + (z + 0.5) * Math.log(t) - t + Math.log(a)
}

/** Regularized incomplete beta I_x(a, b), by its continued fraction (Numerical Recipes' betacf). */
function incompleteBeta(x: number, a: number, b: number): number {
  if (x <= 0) return 0
  if (x >= 1) return 1
  const front = Math.exp(logGamma(a + b) - logGamma(a) - logGamma(b) + a * Math.log(x) + b * Math.log(1 - x))
  // The fraction converges fast for x < (a + 1) / (a + b + 2); use the symmetry otherwise.
  if (x < (a + 1) / (a + b + 2)) return (front * betaFraction(x, a, b)) / a
  return 1 - (front * betaFraction(1 - x, b, a)) / b
}

function betaFraction(x: number, a: number, b: number): number {
  const tiny = 1e-300
  let c = 1
  let d = 1 - ((a + b) * x) / (a + 1)
  if (Math.abs(d) < tiny) d = tiny
  d = 1 / d
  let h = d
  for (let m = 1; m <= 300; m++) {
    const m2 = 2 * m
    let aa = (m * (b - m) * x) / ((a - 1 + m2) * (a + m2))
    d = 1 + aa * d
    if (Math.abs(d) < tiny) d = tiny
    c = 1 + aa / c
    if (Math.abs(c) < tiny) c = tiny
    d = 1 / d
    h *= d * c
    aa = (-(a + m) * (a + b + m) * x) / ((a + m2) * (a + 1 + m2))
    d = 1 + aa * d
    if (Math.abs(d) < tiny) d = tiny
    c = 1 + aa / c
    if (Math.abs(c) < tiny) c = tiny
    d = 1 / d
    const step = d * c
    h *= step
    if (Math.abs(step - 1) < 1e-15) break
  }
  return h
}
