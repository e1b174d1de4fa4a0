// Assembles memgate-report/1 from what the stages found. Pure.

import type { PrGrouping } from '../bumps/pr.js'
import type { Bump, Growth, SideReport, StatsResult, Suspect, Verdict } from '../types.js'
import { MEMGATE_VERSION } from '../version.js'
import type { Series } from './series.js'

export type { Series } from './series.js'

/** The PR a report was measured for: `mode: report` checks it against the API before posting. */
export interface PullRequestRef {
  /** "owner/name" of the base repository. */
  repository: string
  number: number
  headSha: string
}

/**
 * memgate-report/1: the verdict, as written to report-file and printed by `--json`. The fields after
 * `accepted` are the ones the comment uses; every one is optional, so a report without them (an
 * older memgate, the CLI) still reads.
 */
export interface Report {
  format: 'memgate-report/1'
  verdict: Verdict
  reason: string
  base: SideReport
  head: SideReport
  unit: string | null
  difference: (Growth & { pValue: number }) | null
  bumps: Bump[]
  suspects: Suspect[]
  test?: string
  /** Median iterations per second per side (null for `ms` samples): a leak often slows the service too. */
  throughput?: { base: number | null; head: number | null }
  /** What does not fit in the one-line reason: a log's tail, the usage text. */
  detail?: string
  /** Observations that are not the verdict (growth both sides share, throughput change, runs left out). */
  notes?: string[]
  /** Set when a maintainer accepted a leak with `/memgate accept`. */
  accepted?: { by: string; reason: string } | null
  /** Median post-GC heap curves, base against head (see medianSeries). */
  series?: Series | null
  /** Set by the action; the CLI leaves it out. */
  pullRequest?: PullRequestRef
  /** Head's heap snapshots, oldest first, as paths inside the work dir and the artifact. */
  snapshots?: string[]
  /** The Dependabot or Renovate grouping of the PR, shown beside the bumps (never used to find them). */
  grouping?: PrGrouping | null
  /** The false-alarm rate the verdict was tested at (this look's share of the alpha option). */
  alpha?: number
  /** The smallest difference in growth that counts, in `unit` ("the bar"). */
  minimumEffect?: number
  /** How long the whole measurement took, wall clock (ms). */
  durationMs?: number
  /** The memgate version that measured. */
  memgate?: string
}

export interface ReportInput {
  baseSha: string
  headSha: string
  bumps: Bump[]
  baseRuns?: number
  headRuns?: number
  /** StatsResult, or the statistics stage's Analysis (its notes and throughput are kept). */
  stats?: StatsResult & {
    notes?: string[]
    throughput?: { base: number | null; head: number | null }
    /** The Analysis's per-run growths: the runs it left out are not counted as used. */
    runs?: { base: { excluded?: unknown }[]; head: { excluded?: unknown }[] }
    comparisons?: { alpha: number }[]
    minimumEffect?: number
  }
  /** Notes of the soak stage (skipped snapshots, runs that failed). */
  notes?: string[]
  suspects?: Suspect[]
  /** Overrides the statistical verdict (e.g. head ran out of memory where base did not). */
  verdict?: Verdict
  reason?: string
  /** Log tails and the like, beside the one-line reason. */
  detail?: string
  /** medianSeries(soak.base.samples, soak.head.samples) */
  series?: Series | null
}

export function buildReport(input: ReportInput): Report {
  const stats = input.stats
  const notes = [...(stats?.notes ?? []), ...(input.notes ?? [])]
  // A side without usable runs has no growth to show (the statistics give NaN there).
  const measured = <T extends { estimate: number; low: number; high: number }>(g: T | undefined): T | null =>
    g && [g.estimate, g.low, g.high].every(Number.isFinite) ? g : null
  const used = (runs: { excluded?: unknown }[] | undefined) => (runs ? { used: runs.filter((r) => !r.excluded).length } : {})
  const alpha = stats?.comparisons?.[0]?.alpha
  return {
    format: 'memgate-report/1',
    memgate: MEMGATE_VERSION,
    verdict: input.verdict ?? stats?.verdict ?? 'error',
    reason: input.reason ?? stats?.reason ?? '',
    base: { sha: input.baseSha, runs: input.baseRuns ?? 0, ...used(stats?.runs?.base), growth: measured(stats?.base) },
    head: { sha: input.headSha, runs: input.headRuns ?? 0, ...used(stats?.runs?.head), growth: measured(stats?.head) },
    unit: stats?.unit ?? null,
    difference: measured(stats?.difference),
    bumps: input.bumps,
    suspects: input.suspects ?? [],
    ...(input.detail ? { detail: input.detail } : {}),
    ...(stats ? { test: stats.test } : {}),
    ...(input.series ? { series: input.series } : {}),
    ...(notes.length ? { notes } : {}),
    ...(stats?.throughput ? { throughput: { base: stats.throughput.base, head: stats.throughput.head } } : {}),
    ...(alpha !== undefined ? { alpha } : {}),
    ...(stats?.minimumEffect !== undefined && Number.isFinite(stats.minimumEffect) ? { minimumEffect: stats.minimumEffect } : {})
  }
}

/** The report of a run that could not measure, with everything it knew: never a pass. */
export function errorReport(reason: string, partial: Partial<ReportInput> = {}): Report {
  return buildReport({ baseSha: '', headSha: '', bumps: [], ...partial, stats: undefined, verdict: 'error', reason })
}

/** An error report from a MemgateError: its one-line reason and its detail. */
export function reportOfError(error: { reason: string; detail?: string }, partial: Partial<ReportInput> = {}): Report {
  return errorReport(error.reason, { ...partial, ...(error.detail ? { detail: error.detail } : {}) })
}
