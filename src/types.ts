// The shapes of docs/design.md, shared by every stage. Change them only with the design.

export type Verdict = 'pass' | 'leak' | 'inconclusive' | 'error' | 'skipped'
export type Side = 'base' | 'head'

export type BumpType = 'major' | 'minor' | 'patch' | 'prerelease' | 'downgrade' | 'added' | 'removed' | 'other'

export type DependencyType = 'dependencies' | 'devDependencies' | 'optionalDependencies' | 'peerDependencies'

/**
 * package.json's dependency sections, in the order a package reached through several is named
 * (`via`): what production installs first, then what only development or a peer brings.
 */
export const DEPENDENCY_SECTIONS: readonly DependencyType[] = [
  'dependencies',
  'optionalDependencies',
  'devDependencies',
  'peerDependencies'
]

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
  /** For type `other`: what changed, e.g. `npm:ms@2.1.1 → npm:ms@2.1.2`. */
  change?: string
  /**
   * Where each side's copy comes from and its hash (the lockfile's resolved URL or resolution and
   * integrity), `base → head`, when the lockfile says: part of what a bump is, so that a merge
   * group's tarball from another host is not the PR's bump of the same version numbers.
   */
  origin?: string
  /** Set when no lockfile pins the versions: `from`/`to` are the package.json ranges. */
  unresolved?: true
  /** For transitive bumps: the kinds of direct dependency through which some manifest reaches it. */
  via?: DependencyType[]
  /**
   * For an npm alias (`"ms-legacy": "npm:ms@2.1.2"`): the registry package it installs, whose
   * versions `from`/`to` are and `type` compares; `name` stays the name it is required by.
   */
  package?: string
}

/** One post-GC measurement. `x` is the iteration count or ms since the run started. */
export interface Sample {
  x: number
  heap: number
  /** The part of `heap` in V8's code spaces (compiled code, bytecode); older probes do not write it. */
  code?: number
  /** ms since the process started (the probe's samples). */
  t?: number
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
