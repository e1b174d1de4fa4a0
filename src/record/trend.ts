// Lasting steps up in a series of commits' growth: binary segmentation with a rank statistic whose
// threshold comes from its exact permutation distribution. Pure: no I/O, no clock.
//
// One value per commit (the median of its runs' growth), never one per run: runs of one commit
// share that machine's and that day's offset, so they are not independent evidence of a change;
// commits measured on different days are, when nothing changed, exchangeable. Under that null the
// ranks of the values are a uniformly random permutation, so the largest standardized
// Mann–Whitney statistic over every split has one distribution for each length n, whatever the
// noise's shape: it is simulated once per n (seeded, so the same input gives the same answer) and
// a split is taken when its p-value is at most `alpha`. With nothing changed the first test is the
// only one that can alarm, so one look at a series of any length alarms with probability alpha;
// the action looks once per commit, so at alpha = 0.001 it raises at most one false alarm per
// 1,000 commits on average (bench/trend.ts measures it on recorded traces).
//
// The split search is two-sided, so that a fix splits the series as well as a leak does; only
// steps up of at least `minimumStep` are reported. Every segment holds at least `minSegment`
// commits, and a series shorter than `minPoints` is never tested.
import { seededRandom as random } from '../stats/random.js'
import type { Bump, Suspect } from '../types.js'
import type { RecordKey } from './record.js'

export interface TrendOptions {
  /** The chance that one look at a series with no change reports one. */
  alpha: number
  /** The fewest commits on each side of a change: a step must last. */
  minSegment: number
  /** The fewest commits with a record before any change is reported. */
  minPoints: number
  /** The smallest step worth an alarm, in the series' unit (half the gate's 8 bytes per unit). */
  minimumStep: number
  /** Permutations that make each length's null distribution. */
  permutations: number
}

export const defaultTrendOptions: TrendOptions = {
  alpha: 0.001,
  minSegment: 3,
  minPoints: 10,
  minimumStep: 4,
  permutations: 20_000
}

/** One commit of a series. */
export interface TrendPoint {
  commit: string
  estimate: number
  low: number
  high: number
  runs: number
  /** The dependency bumps between the previous point's commit and this one. */
  bumps: Bump[]
  /** What grows in this commit's heap, from its record's heap snapshots (absent in older records). */
  suspects?: Suspect[]
}

/** A lasting step up: the new level starts at `commit`; `lastBefore` is the point before it. */
export interface TrendChange {
  commit: string
  lastBefore: string
  before: { estimate: number }
  after: { estimate: number }
  pValue: number
  /** Every bump between `lastBefore` and `commit`: the suspects. */
  bumps: Bump[]
  /** Index of `commit` among the points. */
  index: number
}

/** A split of the values: the new segment starts at `index`. */
export interface Split {
  index: number
  pValue: number
}

/** The largest |Z| over the splits of ranks (1-based, mid-ranks for ties) and where it is. */
function bestSplit(ranks: ArrayLike<number>, minSegment: number): { index: number; z: number } {
  const n = ranks.length
  let after = 0
  for (let i = 0; i < n; i++) after += ranks[i]!
  let best = { index: -1, z: 0 }
  // `after` is the rank sum of ranks[k..n): move one element at a time into the part before.
  for (let k = 1; k <= n - minSegment; k++) {
    after -= ranks[k - 1]!
    if (k < minSegment) continue
    const n2 = n - k
    const z = (after - (n2 * (n + 1)) / 2) / Math.sqrt((k * n2 * (n + 1)) / 12)
    if (Math.abs(z) > Math.abs(best.z)) best = { index: k, z }
  }
  return best
}

const nullCache = new Map<string, Float64Array>()

/** The sorted maxima of |Z| over random permutations of 1..n: the statistic's null distribution at length n. */
function nullDistribution(n: number, minSegment: number, permutations: number): Float64Array {
  const id = `${n}|${minSegment}|${permutations}`
  const cached = nullCache.get(id)
  if (cached) return cached
  const rnd = random(0x9e3779b9 ^ (n * 7919 + minSegment))
  const ranks = new Float64Array(n)
  for (let i = 0; i < n; i++) ranks[i] = i + 1
  // The same loop as bestSplit's, without allocations: it runs permutations × n times per length.
  const scale = new Float64Array(n)
  for (let k = minSegment; k <= n - minSegment; k++) scale[k] = 1 / Math.sqrt((k * (n - k) * (n + 1)) / 12)
  const total = (n * (n + 1)) / 2
  const maxima = new Float64Array(permutations)
  for (let p = 0; p < permutations; p++) {
    for (let i = n - 1; i > 0; i--) {
      const j = Math.floor(rnd() * (i + 1))
      const t = ranks[i]!
      ranks[i] = ranks[j]!
      ranks[j] = t
    }
    let after = total
    let max = 0
    for (let k = 1; k <= n - minSegment; k++) {
      after -= ranks[k - 1]!
      if (k < minSegment) continue
      const z = Math.abs((after - ((n - k) * (n + 1)) / 2) * scale[k]!)
      if (z > max) max = z
    }
    maxima[p] = max
  }
  maxima.sort()
  nullCache.set(id, maxima)
  return maxima
}

/** Mid-ranks (1-based), ties sharing their mean rank. */
function rank(values: readonly number[]): Float64Array {
  const order = values.map((_, i) => i).sort((a, b) => values[a]! - values[b]!)
  const ranks = new Float64Array(values.length)
  for (let i = 0; i < order.length; ) {
    let j = i
    while (j + 1 < order.length && values[order[j + 1]!] === values[order[i]!]) j++
    for (let k = i; k <= j; k++) ranks[order[k]!] = (i + j) / 2 + 1
    i = j + 1
  }
  return ranks
}

function absoluteDeviation(values: readonly number[]): number {
  const m = medianOf(values)
  let sum = 0
  for (const v of values) sum += Math.abs(v - m)
  return sum
}

/**
 * Where the change is: the split whose two segments fit their medians best (least absolute
 * deviation). Ranks say whether there is a change but not exactly where: a high value just before
 * a step raises the rank statistic of the split one commit early.
 */
function placeSplit(values: readonly number[], minSegment: number): number {
  let best = { index: -1, cost: Number.POSITIVE_INFINITY }
  for (let k = minSegment; k <= values.length - minSegment; k++) {
    const cost = absoluteDeviation(values.slice(0, k)) + absoluteDeviation(values.slice(k))
    if (cost < best.cost) best = { index: k, cost }
  }
  return best.index
}

/** Share of the null maxima at least `z` (with the observed one counted in: never 0). */
function pValueOf(z: number, maxima: Float64Array): number {
  let lo = 0
  let hi = maxima.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if (maxima[mid]! < z) lo = mid + 1
    else hi = mid
  }
  return (maxima.length - lo + 1) / (maxima.length + 1)
}

/**
 * The change points of `values` (oldest first), up or down, as indices where a new segment starts,
 * ascending. Empty for fewer than `minPoints` values or non-finite ones.
 */
export function findSplits(values: readonly number[], options: Partial<TrendOptions> = {}): Split[] {
  const o = { ...defaultTrendOptions, ...options }
  if (values.length < o.minPoints || !values.every(Number.isFinite)) return []
  const splits: Split[] = []
  const visit = (start: number, end: number): void => {
    const n = end - start
    if (n < 2 * o.minSegment) return
    const segment = values.slice(start, end)
    const { index: found, z } = bestSplit(rank(segment), o.minSegment)
    if (found < 0) return
    const pValue = pValueOf(Math.abs(z), nullDistribution(n, o.minSegment, o.permutations))
    if (pValue > o.alpha) return
    const index = placeSplit(segment, o.minSegment)
    splits.push({ index: start + index, pValue })
    visit(start, start + index)
    visit(start + index, end)
  }
  visit(0, values.length)
  return splits.sort((a, b) => a.index - b.index)
}

function medianOf(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  const mid = sorted.length >> 1
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2
}

/**
 * The lasting steps up among the points (oldest first): each split whose segment after it sits at
 * least `minimumStep` above the segment before it (medians), with the bumps between the two
 * commits. A fix (a step down) is never reported.
 */
export function findSteps(points: readonly TrendPoint[], options: Partial<TrendOptions> = {}): TrendChange[] {
  const o = { ...defaultTrendOptions, ...options }
  const values = points.map((p) => p.estimate)
  const splits = findSplits(values, o)
  const bounds = [0, ...splits.map((s) => s.index), values.length]
  const changes: TrendChange[] = []
  splits.forEach((split, i) => {
    const before = medianOf(values.slice(bounds[i]!, bounds[i + 1]!))
    const after = medianOf(values.slice(bounds[i + 1]!, bounds[i + 2]!))
    if (after - before < o.minimumStep) return
    const point = points[split.index]!
    changes.push({
      commit: point.commit,
      lastBefore: points[split.index - 1]!.commit,
      before: { estimate: before },
      after: { estimate: after },
      pValue: split.pValue,
      bumps: point.bumps,
      index: split.index
    })
  })
  return changes
}

/** One series of memgate-trend/1: the records of one key along the history, and the steps up among them. */
export interface TrendSeries {
  key: RecordKey
  unit: string
  points: TrendPoint[]
  changes: Omit<TrendChange, 'index'>[]
}

/** memgate-trend/1 (docs/design.md). */
export interface TrendDocument {
  format: 'memgate-trend/1'
  ref: string
  series: TrendSeries[]
}

/** A series of the document: its points oldest first, and its steps up. */
export function buildSeries(key: RecordKey, unit: string, points: TrendPoint[], options: Partial<TrendOptions> = {}): TrendSeries {
  return { key, unit, points, changes: findSteps(points, options).map(({ index: _, ...change }) => change) }
}
