// Assembles memgate-report/1 from what the stages found. Pure.
import type { Bump, Report, StatsResult, Suspect, Verdict } from '../types.js'

export interface ReportInput {
  baseSha: string
  headSha: string
  bumps: Bump[]
  baseRuns?: number
  headRuns?: number
  stats?: StatsResult
  suspects?: Suspect[]
  /** Overrides the statistical verdict (e.g. head ran out of memory where base did not). */
  verdict?: Verdict
  reason?: string
}

export function buildReport(input: ReportInput): Report {
  const stats = input.stats
  // A side without usable runs has no growth to show (the statistics give NaN there).
  const measured = <T extends { estimate: number }>(g: T | undefined): T | null => (g && Number.isFinite(g.estimate) ? g : null)
  return {
    format: 'memgate-report/1',
    verdict: input.verdict ?? stats?.verdict ?? 'error',
    reason: input.reason ?? stats?.reason ?? '',
    base: { sha: input.baseSha, runs: input.baseRuns ?? 0, growth: measured(stats?.base) },
    head: { sha: input.headSha, runs: input.headRuns ?? 0, growth: measured(stats?.head) },
    unit: stats?.unit ?? null,
    difference: measured(stats?.difference),
    bumps: input.bumps,
    suspects: input.suspects ?? [],
    ...(stats ? { test: stats.test } : {})
  }
}

/** The report of a run that could not measure: never a pass. */
export function errorReport(reason: string, partial: Partial<ReportInput> = {}): Report {
  return buildReport({ baseSha: '', headSha: '', bumps: [], ...partial, stats: undefined, verdict: 'error', reason })
}
