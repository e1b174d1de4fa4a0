// The statistics stage: two sides' memgate-samples/1 in, one verdict out. Pure: no I/O, no clock.
//
// Per run: drop the warm-up, estimate post-GC growth in bytes per unit (Theil–Sen). Across runs:
// Hodges–Lehmann difference head − base with an exact one-sided Mann–Whitney test against the
// minimum effect that matters. See docs/statistics.md for the calibration behind the defaults.
import { MemgateError } from '../errors.js'
import { defaultStatsOptions, type StatsOptions } from '../options.js'
import type { Growth, Samples, StatsResult } from '../types.js'
import { EARLY_PASS_SHARE, EARLY_SHARE, earlyAlpha, earlyShift, planEarlyLooks } from './early.js'
import { baseAtHeadPace, type HeadPace } from './pace.js'
import { hodgesLehmann, mannWhitneyUpper, type Shift, smallestPValue } from './rank.js'
import { median } from './robust.js'
import { isUsable, measureSamples, type RunGrowth, type UsableRun } from './run-growth.js'

export { defaultStatsOptions, type StatsOptions } from '../options.js'

export type Metric = 'heap' | 'external'

export type { RunGrowth } from './run-growth.js'

export interface Comparison {
  metric: Metric
  difference: Growth & { pValue: number }
  /** One-sided level at which this metric was tested at this look. */
  alpha: number
  base: Growth
  head: Growth
}

/** What analyzeSamples returns: the shared StatsResult plus what a maintainer needs to trust it. */
export interface Analysis extends StatsResult {
  runs: { base: RunGrowth[]; head: RunGrowth[] }
  /** Median iterations per second per side (null for `ms` samples or without durations). */
  throughput: { base: number | null; head: number | null }
  /** Per metric tested; `heap` first. */
  comparisons: Comparison[]
  /** The minimum effect that matters, in `unit`. */
  minimumEffect: number
  /** The same as a share of base's median post-GC heap added over one run's measured span. */
  minimumEffectShare: number | null
  /** 1-based look in the sequential plan and the plan (runs per side at each look, the early looks first). */
  look: number
  looks: number[]
  /** Whether this look was an early one (a t test on per-run growth that calls only clear cases). */
  early: boolean
  /** Observations that are not the verdict (growth base shares, throughput change, exclusions). */
  notes: string[]
  /** Runs per side to add before the next look; 0 when the verdict is final. */
  moreRuns: number
}

/** Runs per side at each sequential look: the first at `runs`, then half as many again up to `maxRuns`. */
export function planLooks(runs: number, maxRuns: number): number[] {
  let look = Math.max(1, Math.floor(runs))
  const looks = [look]
  const step = Math.max(1, Math.ceil(runs / 2))
  while (look < maxRuns) looks.push((look = Math.min(maxRuns, look + step)))
  return looks
}

/** Runs per side at every look, the early ones first: where a sequential caller soaks to. */
export function planAllLooks(settings: Pick<StatsOptions, 'runs' | 'maxRuns' | 'earlyLooks'>): number[] {
  const looks = planLooks(settings.runs, Math.max(settings.runs, settings.maxRuns))
  return [...planEarlyLooks(looks, settings.earlyLooks ?? []), ...looks]
}

/**
 * Alpha for one metric at one rank look. Bonferroni across metrics (alpha / metrics); across looks
 * the first look takes 80% of it (enough for 5 runs a side at the default alpha to reach the
 * smallest exact p-value 1/252) and the later looks share the remaining 20% equally, less the
 * EARLY_SHARE the early looks spend when there are any (`early`). The sum over all looks, early
 * ones included, and metrics never exceeds alpha, whatever the dependence between them.
 */
export function alphaForLook(alpha: number, look: number, looks: number, metrics: number, early = false): number {
  const perMetric = alpha / Math.max(1, metrics)
  if (looks <= 1) return perMetric
  return look <= 1 ? perMetric * 0.8 : (perMetric * (0.2 - (early ? EARLY_SHARE : 0))) / (looks - 1)
}

function checkSamples(samples: Samples, name: string): void {
  if (samples === null || typeof samples !== 'object' || samples.format !== 'memgate-samples/1') {
    throw new MemgateError(
      `${name} samples are not memgate-samples/1 (format is ${JSON.stringify((samples as { format?: unknown } | null)?.format)})`
    )
  }
  if (samples.unit !== 'iteration' && samples.unit !== 'ms') {
    throw new MemgateError(`${name} samples have unit ${JSON.stringify(samples.unit)}; expected "iteration" or "ms"`)
  }
  if (!Array.isArray(samples.runs)) throw new MemgateError(`${name} samples have no runs array`)
}

function summarise(values: number[]): Growth {
  const sorted = [...values].sort((a, b) => a - b)
  return { estimate: median(sorted), low: sorted[0] ?? Number.NaN, high: sorted[sorted.length - 1] ?? Number.NaN }
}

// toLocaleString builds a formatter per call; the calibration bench calls this a million times.
const digits = (maximumFractionDigits: number) => new Intl.NumberFormat('en-US', { maximumFractionDigits })
const formats = [digits(2), digits(1), digits(0)] as const
const fmt = (value: number): string => formats[Math.abs(value) >= 100 ? 2 : Math.abs(value) >= 10 ? 1 : 0].format(value)

function describeExclusions(side: string, runs: RunGrowth[]): string | null {
  const excluded = runs.filter((r) => r.excluded)
  const first = excluded[0]
  if (!first) return null
  return `${side}: ${excluded.length} of ${runs.length} runs left out (run ${first.index + 1} ${first.excluded}${excluded.length > 1 ? ', …' : ''})`
}

// 99.6, 99.95, 95: enough digits to tell the levels of different looks apart.
const confidence = (alpha: number): string => String(Number((100 * (1 - alpha)).toPrecision(4)))

const fmtBytes = (bytes: number): string =>
  Math.abs(bytes) >= 1048576 ? `${fmt(bytes / 1048576)} MiB` : Math.abs(bytes) >= 1024 ? `${fmt(bytes / 1024)} KiB` : `${fmt(bytes)} bytes`

function describeShapes(base: UsableRun[], head: UsableRun[], heap: Comparison, minimumEffect: number, unit: string): string[] {
  const notes: string[] = []
  const growing = base.filter((r) => r.heap.low > 0).length
  // base's own growth per iteration, not the growth it is compared at when head is slower.
  const own = median(base.map((r) => r.heap.estimate))
  if (own > minimumEffect && growing >= Math.ceil(0.8 * base.length)) {
    notes.push(
      `base already grows ${fmt(own)} ${unit} on its own (head: ${fmt(heap.head.estimate)}); ` +
        `that growth predates this change and is not counted against it.`
    )
  }
  for (const [side, runs] of [
    ['base', base],
    ['head', head]
  ] as const) {
    const steps = runs.flatMap((r) => (r.step ? [r.step.bytes] : []))
    if (steps.length * 2 > runs.length) {
      notes.push(
        `${side}'s heap jumps once by about ${fmtBytes(median(steps))} in ${steps.length} of ${runs.length} runs ` +
          `(lazy initialisation?); the jump is taken out before measuring growth.`
      )
    }
    const changing = runs.filter((r) => r.shape === 'changes')
    if (changing.length * 2 > runs.length) {
      notes.push(
        `${side}'s heap growth changes pace within ${changing.length} of ${runs.length} runs (e.g. a bounded cache that fills, then levels off); ` +
          `growth is measured on the late half of those runs.`
      )
    }
  }
  return notes
}

/**
 * Decide whether head's post-GC heap (and external memory) grows faster than base's.
 * Throws MemgateError only for malformed input or mixed units; too little data gives
 * `inconclusive` with the reason, never `pass`.
 */
export function analyzeSamples(base: Samples, head: Samples, options: Partial<StatsOptions> = {}, attemptedRuns?: number): Analysis {
  checkSamples(base, 'base')
  checkSamples(head, 'head')
  if (base.unit !== head.unit) {
    throw new MemgateError(
      `base samples are in ${base.unit} units but head samples are in ${head.unit} units; both sides must report the same unit`
    )
  }
  const settings: StatsOptions = { ...defaultStatsOptions, ...options }
  // Both sides measured alike: heap − code only when both carry code (a stored base recorded by an
  // older probe has none, and its growth would include what head's leaves out).
  const alike = hasCode(base) && hasCode(head) ? (s: Samples) => s : withoutCode
  return compareRuns(base.unit, measureSamples(alike(base), settings), measureSamples(alike(head), settings), settings, attemptedRuns)
}

function hasCode(samples: Samples): boolean {
  return samples.runs.every((run) => !Array.isArray(run.samples) || run.samples.every((s) => typeof s?.code === 'number'))
}

function withoutCode(samples: Samples): Samples {
  return {
    ...samples,
    runs: samples.runs.map((run) => (Array.isArray(run.samples) ? { ...run, samples: run.samples.map(({ code: _code, ...s }) => s) } : run))
  }
}

interface Decision {
  /** The post-GC heap's comparison, the first of `comparisons`. */
  heap: Comparison
  comparisons: Comparison[]
  minimumEffect: number
  alphaTest: number
  settings: StatsOptions
  unitName: string
  notes: string[]
  baseRuns: RunGrowth[]
  headRuns: RunGrowth[]
  moreRunsPossible: number
  /** The one-sided level of the pass bound at this look. */
  passAlpha: number
  /** At an early look: the metrics whose leak is clear, and whether the pass is. */
  early?: { leak: Metric[]; pass: boolean }
}

/** The verdict of one look, the sentence that says why, and how many runs more could help. */
function decide(d: Decision): { verdict: StatsResult['verdict']; reason: string; moreRuns: number } {
  const { heap, comparisons, minimumEffect, alphaTest, unitName, notes, baseRuns, headRuns, moreRunsPossible, early } = d
  const usableBase = baseRuns.filter(isUsable)
  const usableHead = headRuns.filter(isUsable)
  const enough = usableBase.length >= 2 && usableHead.length >= 2
  const reachable = enough && (early !== undefined || smallestPValue(usableHead.length, usableBase.length) <= alphaTest)
  const leaking = !enough
    ? []
    : early
      ? comparisons.filter((c) => early.leak.includes(c.metric))
      : comparisons.filter((c) => c.difference.pValue <= c.alpha)
  const passing = reachable && (early ? early.pass : comparisons.every((c) => c.difference.high < minimumEffect))

  let verdict: StatsResult['verdict']
  let reason: string
  let moreRuns = 0
  const what = (metric: Metric): string => (metric === 'heap' ? 'post-GC heap' : 'external memory')
  const c = leaking[0]
  if (c) {
    verdict = 'leak'
    reason =
      `head's ${what(c.metric)} grows ${fmt(c.difference.estimate)} ${unitName} faster than base's ` +
      `(at least ${fmt(c.difference.low)} with ${confidence(c.alpha)}% confidence, above the ${fmt(minimumEffect)} that matters; p = ${c.difference.pValue.toPrecision(2)}` +
      (early
        ? `; clear after ${usableBase.length} + ${usableHead.length} runs: every head run grows faster than every base run by more than that).`
        : ').')
  } else if (passing) {
    verdict = 'pass'
    const worst = comparisons.reduce((a, c) => (c.difference.high > a.difference.high ? c : a))
    reason =
      `head's memory growth is within ${fmt(minimumEffect)} ${unitName} of base's ` +
      `(difference ${fmt(heap.difference.estimate)}, at most ${fmt(worst.difference.high)} with ${confidence(d.passAlpha)}% confidence, over ${usableBase.length} + ${usableHead.length} runs` +
      (early ? '; clear early: every head run within that of every base run).' : ').')
  } else {
    verdict = 'inconclusive'
    moreRuns = moreRunsPossible
    if (usableBase.length === 0 && usableHead.length === 0) {
      reason =
        baseRuns.length + headRuns.length > 0
          ? `no run on either side gave usable samples (${notes.join('; ')}).`
          : 'there are no runs to compare.'
      moreRuns = 0
    } else if (!early && ((usableBase.length === 0 && baseRuns.length > 0) || (usableHead.length === 0 && headRuns.length > 0))) {
      // More runs of a side that never produced a usable run would only fail the same way. Not at
      // an early look: two runs a side, slowed by the machine's load, may both come short of samples
      // (a run that fails is stopped before, by the failures' judgement).
      const side = usableHead.length === 0 ? 'head' : 'base'
      reason = `no ${side} run gave usable samples (${notes.filter((n) => n.startsWith(side)).join('; ')}).`
      moreRuns = 0
    } else if (early && enough) {
      reason = `not clear after ${usableBase.length} + ${usableHead.length} runs; more runs decide (an early look calls only a clear leak or pass).`
    } else if (!reachable) {
      reason =
        `too few usable runs to decide at a ${String(Number((100 * alphaTest).toPrecision(3)))}% false-alarm rate: base has ${usableBase.length} and head ${usableHead.length}` +
        (notes[0]?.includes('left out') ? ` (${notes.filter((n) => n.includes('left out')).join('; ')}).` : '.')
    } else {
      const c = comparisons.find((x) => x.difference.high >= minimumEffect) ?? heap
      reason =
        `too noisy to decide: head's ${what(c.metric)} grows ${fmt(c.difference.estimate)} ${unitName} faster than base's, ` +
        `anywhere from ${fmt(c.difference.low)} to ${fmt(c.difference.high)}, around the ${fmt(minimumEffect)} that matters.`
    }
  }

  return { verdict, reason, moreRuns }
}

/** The smallest growth difference that matters: the bytes floor, or the share of base's heap over a run, whichever is smaller. */
function minimumEffectOf(unit: Samples['unit'], usableBase: UsableRun[], settings: StatsOptions) {
  const baseLevel = median(usableBase.map((r) => r.level))
  const baseSpan = median(usableBase.map((r) => r.span))
  const floor = unit === 'iteration' ? settings.threshold : settings.thresholdMs
  const shareEffect = settings.thresholdShare > 0 && baseSpan > 0 ? (settings.thresholdShare * baseLevel) / baseSpan : 0
  const minimumEffect = shareEffect > 0 && Number.isFinite(shareEffect) ? Math.min(floor, shareEffect) : floor
  const minimumEffectShare = baseLevel > 0 && baseSpan > 0 ? (minimumEffect * baseSpan) / baseLevel : null
  return { minimumEffect, minimumEffectShare }
}

/** Median iterations per second a side, and a note when head's differ from base's both much and consistently. */
function compareThroughput(baseRuns: RunGrowth[], headRuns: RunGrowth[]) {
  const baseRates = baseRuns.map((r) => r.throughput).filter((t): t is number => t !== null)
  const headRates = headRuns.map((r) => r.throughput).filter((t): t is number => t !== null)
  const throughput = {
    base: baseRates.length > 0 ? median(baseRates) : null,
    head: headRates.length > 0 ? median(headRates) : null
  }
  let note: string | null = null
  if (throughput.base !== null && throughput.head !== null && throughput.base > 0) {
    const change = throughput.head / throughput.base - 1
    // Only a change both large and consistent across runs: a busy machine slows single runs.
    const p = 2 * Math.min(mannWhitneyUpper(headRates, baseRates), mannWhitneyUpper(baseRates, headRates))
    if (Math.abs(change) >= 0.1 && p <= 0.05) {
      note =
        `head runs ${fmt(Math.abs(100 * change))}% ${change < 0 ? 'fewer' : 'more'} iterations per second than base ` +
        `(${fmt(throughput.head)} vs ${fmt(throughput.base)})${change < 0 ? ': more GC pressure or slower code' : ''}.`
    }
  }
  return { throughput, note }
}

/**
 * A head that runs consistently slower shows the runtime's own growth with the clock (code and
 * feedback V8 adds as functions get hot, see pace.ts) as more growth per iteration: its heap is
 * then compared with base's at head's pace. Not when base grows by the minimum effect on its own:
 * that growth may come with iterations, and rescaling it would hide as much of head's.
 */
function pacedBase(usableBase: UsableRun[], usableHead: UsableRun[], minimumEffect: number): HeadPace | null {
  const pace = baseAtHeadPace(usableBase, usableHead)
  if (!pace || !(median(usableBase.map((r) => r.heap.estimate)) < minimumEffect)) return null
  return pace
}

function describePace(pace: HeadPace, perIteration: number[], unitName: string): string {
  return (
    `head runs ${fmt(100 * (1 - pace.ratio))}% fewer iterations per second than base, so base's growth is compared at head's pace: ` +
    `base grows ${fmt(pace.baseGrowthPerMs)} bytes/ms with the clock, ${fmt(median(pace.base))} ${unitName} at head's pace ` +
    `(${fmt(median(perIteration))} at its own); that much of head's growth is the runtime's (code V8 compiles as functions get hot), not the change.`
  )
}

/**
 * The across-runs half of analyzeSamples, for callers that measured runs once and compare them
 * many times (the calibration bench resamples runs). The look is set by the number of runs
 * attempted on the larger side, counted against planAllLooks, or by `attemptedRuns` when one
 * side's runs are not this measurement's (a stored record's base: the look counts head's).
 */
export function compareRuns(
  unit: Samples['unit'],
  baseRuns: RunGrowth[],
  headRuns: RunGrowth[],
  options: Partial<StatsOptions> = {},
  attemptedRuns?: number
): Analysis {
  const settings: StatsOptions = { ...defaultStatsOptions, ...options }
  const unitName = unit === 'iteration' ? 'bytes/iteration' : 'bytes/ms'
  const usableBase = baseRuns.filter(isUsable)
  const usableHead = headRuns.filter(isUsable)

  const looks = planLooks(settings.runs, Math.max(settings.runs, settings.maxRuns))
  const earlyLooks = planEarlyLooks(looks, settings.earlyLooks ?? [])
  const plan = planAllLooks(settings)
  const attempted = attemptedRuns ?? Math.max(baseRuns.length, headRuns.length)
  const look = Math.max(1, plan.filter((n) => n <= attempted).length)
  const isEarly = attempted < (looks[0] ?? settings.runs)
  const nextLook = plan[look] ?? null
  const moreRunsPossible = nextLook !== null ? nextLook - attempted : 0

  const { minimumEffect, minimumEffectShare } = minimumEffectOf(unit, usableBase, settings)

  const metrics: Metric[] = ['heap']
  if (usableBase.length > 0 && usableHead.length > 0 && [...usableBase, ...usableHead].every((r) => r.external)) metrics.push('external')
  const alphaTest = isEarly
    ? earlyAlpha(settings.alpha, earlyLooks.length, metrics.length)
    : alphaForLook(settings.alpha, look - earlyLooks.length, looks.length, metrics.length, earlyLooks.length > 0)
  const passAlpha = isEarly ? (EARLY_PASS_SHARE * settings.passAlpha) / Math.max(1, earlyLooks.length) : settings.passAlpha

  const early: { leak: Metric[]; pass: boolean } | undefined = isEarly ? { leak: [], pass: true } : undefined
  const estimates = (runs: UsableRun[], metric: Metric) => runs.flatMap((r) => r[metric]?.estimate ?? [])
  const pace = unit === 'iteration' ? pacedBase(usableBase, usableHead, minimumEffect) : null
  const compare = (metric: Metric): Comparison => {
    const b = metric === 'heap' && pace ? pace.base : estimates(usableBase, metric)
    const h = estimates(usableHead, metric)
    let difference: Comparison['difference']
    if (early) {
      // Too few runs for the rank test: the t test on the same growths, and only clear cases count.
      const shift = earlyShift(h, b, minimumEffect, alphaTest, passAlpha)
      if (shift.pValue <= alphaTest && shift.allAbove) early.leak.push(metric)
      if (!(shift.high < minimumEffect && shift.allWithin)) early.pass = false
      difference = { estimate: shift.estimate, low: shift.low, high: shift.high, pValue: shift.pValue }
    } else {
      const shift: Shift = hodgesLehmann(h, b, alphaTest, passAlpha)
      difference = { estimate: shift.estimate, low: shift.low, high: shift.high, pValue: mannWhitneyUpper(h, b, minimumEffect) }
    }
    return { metric, alpha: alphaTest, base: summarise(b), head: summarise(h), difference }
  }
  const heap = compare('heap')
  const comparisons = [heap, ...metrics.filter((m) => m !== 'heap').map(compare)]

  const notes: string[] = []
  for (const line of [describeExclusions('base', baseRuns), describeExclusions('head', headRuns)]) if (line) notes.push(line)
  if (usableBase.length > 0 && usableHead.length > 0) notes.push(...describeShapes(usableBase, usableHead, heap, minimumEffect, unitName))
  const { throughput, note: throughputNote } = compareThroughput(baseRuns, headRuns)
  if (throughputNote) notes.push(throughputNote)
  const decided = decide({
    heap,
    comparisons,
    minimumEffect,
    alphaTest,
    settings,
    unitName,
    notes,
    baseRuns,
    headRuns,
    moreRunsPossible,
    passAlpha,
    early
  })
  const { verdict, reason, moreRuns } = decided
  if (pace) notes.push(describePace(pace, estimates(usableBase, 'heap'), unitName))
  return {
    verdict,
    unit: unitName,
    base: heap.base,
    head: heap.head,
    difference: heap.difference,
    reason,
    test: isEarly
      ? 'Theil–Sen slope of post-GC heap per run after warm-up; at an early look, a two-sample t test of the run growths against the minimum effect, only when every run pair agrees (Bonferroni across metrics and looks)'
      : 'Theil–Sen slope of post-GC heap per run after warm-up; Hodges–Lehmann difference across runs with an exact one-sided Mann–Whitney test against the minimum effect (Bonferroni across metrics and looks)',
    runs: { base: baseRuns, head: headRuns },
    throughput,
    comparisons,
    minimumEffect,
    minimumEffectShare,
    look,
    looks: plan,
    early: isEarly,
    notes,
    moreRuns
  }
}
