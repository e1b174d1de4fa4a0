// Soak runs of the trees a bisect compares, kept per tree so that the reference is measured once
// and every later comparison reuses (and, when a step needs more, extends) its runs.
import * as path from 'node:path'
import { planLooks, analyzeSamples, type Analysis, type StatsOptions } from '../stats/analyze.js'
import { smallestPValue } from '../stats/rank.js'
import { runSoak, type ExpectedLength, type SoakRunResult } from '../soak/runner.js'
import type { Growth, Samples } from '../types.js'
import type { Tree } from './trees.js'

export interface SoakSettings {
  soakCommand: string
  /** Scrubbed of credentials, with the probe in NODE_OPTIONS. */
  env: Record<string, string>
  timeoutMs: number
  durationMs?: number
  /** Runs go in `${workDir}/runs`. */
  workDir: string
  signal?: AbortSignal
  log: (line: string) => void
}

export type StepVerdict = 'pass' | 'leak' | 'inconclusive' | 'error'

export interface Comparison {
  verdict: StepVerdict
  reason: string
  /** Candidate minus reference, in `unit`; null when the runs failed before any statistics. */
  growth: (Growth & { pValue: number }) | null
  unit: string | null
  runs: { reference: number; candidate: number }
  /** The false-alarm rate this comparison was allowed (over all its looks). */
  alpha: number
}

/** Samples a first run needs to count on its own: 8 after the statistics' warm-up fifth. */
const MIN_RUN_SAMPLES = 10
/** The analysis tests post-GC heap and external memory, Bonferroni across the two. */
const METRICS = 2

/**
 * The fewest runs a side for which the smallest exact p-value of the first look fits under its
 * share of `alpha` (see alphaForLook): below that, no amount of signal can give a leak verdict.
 */
export function runsFor(alpha: number): number {
  const firstLook = (0.8 * alpha) / METRICS
  let n = 2
  while (smallestPValue(n, n) > firstLook && n < 100) n++
  return n
}

export class Soaks {
  private readonly runs = new Map<string, SoakRunResult[]>()
  private expected?: ExpectedLength
  /** Runs done and their total time, for the figures. */
  soaks = 0
  soakMs = 0

  constructor(private readonly settings: SoakSettings) {}

  /**
   * At least `count` runs of `tree` under `label` (the tree's key by default; a verification
   * uses its own label so that its runs are fresh).
   */
  async ensure(tree: Tree, count: number, label = tree.key): Promise<Samples> {
    const list = this.runs.get(label) ?? []
    this.runs.set(label, list)
    let wanted = count
    while (list.length < wanted) {
      const i = list.length
      const run = await runSoak({
        command: this.settings.soakCommand,
        cwd: tree.projectDir,
        env: this.settings.env,
        outDir: path.join(this.settings.workDir, 'runs', `${this.runs.size}-${safe(label)}`, String(i + 1)),
        timeoutMs: this.settings.timeoutMs,
        durationMs: this.settings.durationMs,
        snapshots: false,
        // Every tree runs the same soak: the first run anywhere sets the pace of all later ones.
        expected: this.expected,
        signal: this.settings.signal
      })
      this.soaks++
      this.soakMs += run.durationMs ?? 0
      list.push(run)
      // The very first run goes in blind and may get too few samples for a trend: one more run then.
      if (!this.expected && run.outcome === 'ok' && run.source === 'probe' && run.samples.length < MIN_RUN_SAMPLES) wanted++
      this.expected ??= run.length
      this.settings.log(
        `  ${label}: run ${i + 1} ${run.outcome} in ${((run.durationMs ?? 0) / 1000).toFixed(1)} s, ${run.samples.length} samples`
      )
    }
    return toSamples(list)
  }

  /**
   * Candidate against reference at false-alarm rate `alpha`: first at `runs` a side, then, while
   * inconclusive, more runs up to `maxRuns` (the first look spends 80% of alpha, the later ones
   * share the rest, so the total stays at alpha). The reference's runs are reused and extended.
   */
  async compare(
    reference: { tree: Tree; label?: string },
    candidate: { tree: Tree; label?: string },
    alpha: number,
    stats: StatsOptions
  ): Promise<Comparison> {
    const looks = planLooks(stats.runs, Math.max(stats.runs, stats.maxRuns))
    let last: Comparison | undefined
    for (let look = 0; look < looks.length; look++) {
      const n = looks[look]!
      const ref = await this.ensure(reference.tree, n, reference.label)
      const cand = await this.ensure(candidate.tree, n, candidate.label)
      const share = looks.length === 1 ? alpha : look === 0 ? 0.8 * alpha : (0.2 * alpha) / (looks.length - 1)
      last = judge(ref, cand, share, alpha, stats)
      if (last.verdict !== 'inconclusive' || last.growth === null) break
      if (look + 1 < looks.length) this.settings.log(`  inconclusive after ${n} runs a side (${last.reason}); more runs`)
    }
    return last!
  }
}

/** The verdict of one look, with `share` of alpha. Pure. */
export function judge(ref: Samples, cand: Samples, share: number, alpha: number, stats: StatsOptions): Comparison {
  const runs = { reference: ref.runs.length, candidate: cand.runs.length }
  const ok = (s: Samples) => s.runs.filter((r) => r.outcome === 'ok').length
  const oom = (s: Samples) => s.runs.filter((r) => r.outcome === 'oom').length
  const failed = (s: Samples) => s.runs.find((r) => r.outcome !== 'ok')
  if (oom(cand) > 0 && oom(ref) === 0 && ok(ref) > 0) {
    return {
      verdict: 'leak',
      reason: `ran out of memory in ${oom(cand)} of ${runs.candidate} runs where the reference never did`,
      growth: null,
      unit: null,
      runs,
      alpha
    }
  }
  for (const [name, side] of [
    ['candidate', cand],
    ['reference', ref]
  ] as const) {
    if (ok(side) === 0) {
      const run = failed(side)
      const how = run?.outcome === 'timeout' ? 'timed out' : `exited with ${run?.exitCode ?? run?.signal}`
      return {
        verdict: 'error',
        reason: `the soak failed in every ${name} run (it ${how}${run?.log ? `; log ${run.log}` : ''})`,
        growth: null,
        unit: null,
        runs,
        alpha
      }
    }
  }
  // One look of the caller's plan: analyzeSamples sees a single look and spends all of `share`.
  const n = Math.max(runs.reference, runs.candidate)
  const analysis: Analysis = analyzeSamples(ref, cand, { ...stats, alpha: share, runs: n, maxRuns: n })
  return { verdict: analysis.verdict, reason: analysis.reason, growth: analysis.difference, unit: analysis.unit, runs, alpha }
}

function toSamples(runs: SoakRunResult[]): Samples {
  return {
    format: 'memgate-samples/1',
    side: 'head',
    unit: runs.some((r) => r.unit === 'iteration') ? 'iteration' : 'ms',
    runs: runs.map(({ exitCode, signal, outcome, durationMs, samples, stderrTail, log }) => ({
      exitCode,
      signal,
      outcome,
      durationMs,
      samples,
      stderrTail,
      log
    }))
  }
}

function safe(label: string): string {
  return label.replace(/[^A-Za-z0-9@.+-]+/g, '_').slice(0, 80)
}
