// Soak runs of the trees a bisect compares, kept per tree so that the reference is measured once
// and every later comparison reuses (and, when a step needs more, extends) its runs. The runs, the
// pilot rule, the samples, the failure judgement and the alpha spent per look are the gate's own.
import * as path from 'node:path'
import type { ProcessUser } from '../process.js'
import { type ExpectedLength, isPilot, runSoak, type SoakRunResult, toSamples } from '../soak/session.js'
import { alphaForLook, analyzeSamples, type StatsOptions } from '../stats/analyze.js'
import { judgeFailures } from '../stats/failures.js'
import { smallestPValue } from '../stats/rank.js'
import { nextStep } from '../stats/sequential.js'
import type { Growth, Samples } from '../types.js'
import type { Tree } from './trees.js'

export interface SoakSettings {
  soakCommand: string
  /** The soak environment of buildEnvironments: scrubbed, with the probe. */
  env: Record<string, string>
  timeoutMs: number
  durationMs?: number
  /** Runs go in `${workDir}/runs`. */
  workDir: string
  signal?: AbortSignal
  log: (line: string) => void
  /** Whom the soaks run as, when not memgate's own user (soak/isolation.ts). */
  user?: ProcessUser
}

export type StepVerdict = 'pass' | 'leak' | 'inconclusive' | 'error'

/** One tree against another: what a step of the search learnt. */
export interface TreeComparison {
  verdict: StepVerdict
  reason: string
  /** Candidate minus reference, in `unit`; null when the runs failed before any statistics. */
  growth: (Growth & { pValue: number }) | null
  unit: string | null
  /** The smallest difference that counted as a leak (the statistics' minimum effect), in `unit`; null with `growth`. */
  minimumEffect: number | null
  /** The largest difference estimate over the metrics tested (heap, external), in `unit`: the size of a leak found. */
  effect: number | null
  runs: { reference: number; candidate: number }
  /** The false-alarm rate this comparison was allowed (over all its looks). */
  alpha: number
}

/** The analysis tests post-GC heap and external memory, Bonferroni across the two. */
const METRICS = 2

/**
 * The fewest runs a side for which the smallest exact p-value of the first look fits under its
 * share of `alpha` (alphaForLook's first look of several): below that, no amount of signal can
 * give a leak verdict.
 */
export function runsFor(alpha: number): number {
  const firstLook = alphaForLook(alpha, 1, 2, METRICS)
  let n = 2
  while (smallestPValue(n, n) > firstLook && n < 100) n++
  return n
}

interface TreeRuns {
  runs: SoakRunResult[]
  /** 1 when the first run was a pilot (see isPilot): the list then owes one more run. */
  pilots: number
}

export class Soaks {
  private readonly runs = new Map<string, TreeRuns>()
  private expected?: ExpectedLength
  /** Runs done and their total time, for the figures. */
  soaks = 0
  soakMs = 0

  constructor(private readonly settings: SoakSettings) {}

  /**
   * The first `count` runs of `tree` under `label` (and a pilot, if the first was one), soaked as
   * needed; the tree's key is the label by default, a verification uses its own for fresh runs.
   */
  async ensure(tree: Tree, count: number, label = tree.key): Promise<Samples> {
    const entry = this.runs.get(label) ?? { runs: [], pilots: 0 }
    this.runs.set(label, entry)
    const list = entry.runs
    while (list.length < count + entry.pilots) {
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
        signal: this.settings.signal,
        user: this.settings.user
      })
      this.soaks++
      this.soakMs += run.durationMs ?? 0
      list.push(run)
      if (isPilot(run, i, this.expected !== undefined)) entry.pilots++
      this.expected ??= run.length
      this.settings.log(
        `  ${label}: run ${i + 1} ${run.outcome} in ${((run.durationMs ?? 0) / 1000).toFixed(1)} s, ${run.samples.length} samples`
      )
    }
    return toSamples('head', list.slice(0, count + entry.pilots))
  }

  /**
   * Candidate against reference at false-alarm rate `alpha`, the gate's sequential plan: first at
   * `runs` a side, then, while inconclusive, more runs up to `maxRuns`, each look spending only its
   * share of alpha. The reference's runs are reused and extended.
   */
  async compare(
    reference: { tree: Tree; label?: string },
    candidate: { tree: Tree; label?: string },
    alpha: number,
    stats: StatsOptions
  ): Promise<TreeComparison> {
    const settings: StatsOptions = { ...stats, alpha, maxRuns: Math.max(stats.runs, stats.maxRuns) }
    let runs = settings.runs
    for (;;) {
      const ref = await this.ensure(reference.tree, runs, reference.label)
      const cand = await this.ensure(candidate.tree, runs, candidate.label)
      const { comparison, addRuns } = judge(ref, cand, settings)
      if (addRuns === 0) return comparison
      this.settings.log(`  inconclusive after ${runs} runs a side (${comparison.reason}); ${addRuns} more`)
      runs += addRuns
    }
  }
}

/** One look: the failure judgement, else the statistics at this look's share of alpha. Pure. */
export function judge(ref: Samples, cand: Samples, stats: StatsOptions): { comparison: TreeComparison; addRuns: number } {
  const runs = { reference: ref.runs.length, candidate: cand.runs.length }
  const failure = judgeFailures(ref, cand, { base: 'the reference', head: 'the candidate' })
  if (failure) {
    return {
      comparison: {
        verdict: failure.verdict,
        reason: failure.reason,
        growth: null,
        unit: null,
        minimumEffect: null,
        effect: null,
        runs,
        alpha: stats.alpha
      },
      addRuns: 0
    }
  }
  const analysis = analyzeSamples(ref, cand, stats)
  const estimates = analysis.comparisons.map((c) => c.difference.estimate).filter(Number.isFinite)
  const step = nextStep(analysis, Math.max(runs.reference, runs.candidate), stats.maxRuns)
  return {
    comparison: {
      verdict: analysis.verdict,
      reason: analysis.reason,
      growth: analysis.difference,
      unit: analysis.unit,
      minimumEffect: analysis.minimumEffect,
      effect: estimates.length ? Math.max(...estimates) : null,
      runs,
      alpha: stats.alpha
    },
    addRuns: step.done ? 0 : step.addRuns
  }
}

function safe(label: string): string {
  return label.replace(/[^A-Za-z0-9@.+-]+/g, '_').slice(0, 80)
}
