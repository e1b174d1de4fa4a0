// The shapes of docs/design.md, shared by every stage. Change them only with the design.

export type Verdict = 'pass' | 'leak' | 'inconclusive' | 'error' | 'skipped'
export type Side = 'base' | 'head'

export type BumpType = 'major' | 'minor' | 'patch' | 'prerelease' | 'downgrade' | 'added' | 'removed' | 'other'

export type DependencyType = 'dependencies' | 'devDependencies' | 'optionalDependencies' | 'peerDependencies'

/** One dependency change between base and head. `from`/`to` are null for added/removed. */
export interface Bump {
  name: string
  from: string | null
  to: string | null
  type: BumpType
  direct: boolean
  dependencyType?: DependencyType
  /** The package.json (path from the repo root) that names it, or the lockfile for transitive ones. */
  manifest: string
}

/** One post-GC measurement. `x` is the iteration count or ms since the run started. */
export interface Sample {
  x: number
  heap: number
  rss?: number
  external?: number
  arrayBuffers?: number
}

export type RunOutcome = 'ok' | 'crash' | 'timeout' | 'oom'

export interface Run {
  exitCode: number | null
  samples: Sample[]
  signal?: string | null
  outcome?: RunOutcome
  durationMs?: number
  /** The last lines of the soak's stderr, for crashes. */
  stderrTail?: string
  /** Per-run log file (stdout and stderr of the soak). */
  log?: string
}

/** memgate-samples/1: what the soak of one side produced. */
export interface Samples {
  format: 'memgate-samples/1'
  side: Side
  unit: 'iteration' | 'ms'
  runs: Run[]
}

export interface Growth {
  estimate: number
  low: number
  high: number
}

/** What the statistics stage decides from the two sides' samples. */
export interface StatsResult {
  verdict: 'pass' | 'leak' | 'inconclusive'
  /** e.g. "bytes/iteration" or "bytes/ms" */
  unit: string
  base: Growth
  head: Growth
  difference: Growth & { pValue: number }
  /** One sentence a maintainer understands. */
  reason: string
  /** Name of the test used, e.g. "Theil–Sen slope per run, Mann–Whitney U across runs". */
  test: string
}

export interface Suspect {
  name: string
  count: number
  bytes: number
  retainerPath: string[]
  package?: string | null
}

export interface SideReport {
  sha: string
  runs: number
  /** Runs the statistics used (the others did not finish or were left out, with a note). */
  used?: number
  growth: Growth | null
}

/** memgate-report/1: the verdict, as written to report-file and printed by `--json`. */
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
  /** The false-alarm rate the verdict was tested at (this look's share of the alpha option). */
  alpha?: number
  /** The smallest difference in growth that counts, in `unit` ("the bar"). */
  minimumEffect?: number
  /** How long the whole measurement took, wall clock (ms). */
  durationMs?: number
  /** The memgate version that measured. */
  memgate?: string
}
