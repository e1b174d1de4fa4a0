import semver from 'semver'
import type { Git } from '../git.js'
import type { Options, StatsOptions } from '../options.js'
import type { Bump, Growth } from '../types.js'
import { DEPENDENCY_SECTIONS } from '../types.js'
import type { FixKind } from './fix.js'
import type { Hold } from './hold.js'
import { runsFor, type Soaks, type StepVerdict, type TreeComparison } from './tree-soaks.js'
import type { Tree, Trees } from './trees.js'

export interface BisectOptions {
  repoDir: string
  /** The PR's base: the measured base is the merge-base of this and head. */
  base: string
  head: string
  /** The package to bisect; absent: the only bump, or the culprit the search finds. */
  package?: string
  /**
   * What to measure and how, as for the gate. `installCommand` installs trees as committed; trees
   * with a package held use the package manager's own updating install (a frozen one refuses the edit).
   */
  options: Options
  /** Worktrees, runs and logs; a new temp dir when absent (removed at the end unless `keep`). */
  workDir?: string
  keep?: boolean
  probePath: string
  /** Values that must never reach the soak's environment (the token). */
  secrets?: string[]
  /** Fetch `base` and `head` from this remote when they are missing, with `token` on that git command only. */
  remote?: string
  token?: string
  /**
   * Head already measured leaking against base (the action's verdict): the culprit search starts
   * from there instead of measuring it again.
   */
  headLeaks?: boolean
  signal?: AbortSignal
  log: (line: string) => void
}

export interface Tested {
  version: string
  verdict: StepVerdict
  /** Growth of this version's tree minus the reference's (difference, bytes per unit). */
  growth: (Growth & { pValue: number; unit: string }) | null
  runs: { reference: number; candidate: number }
  alpha: number
  /**
   * The smallest growth over the reference this step counted as a leak, in `growth.unit`: for
   * `to`, the configured one (the gate's minimum effect); after it, half of `to`'s measured leak
   * when that is larger (barFor). Null when the runs failed before any statistics.
   */
  bar: number | null
  reason: string
}

export interface Suggestion {
  version: string
  /** The value the entry gets: the manifest's `^`/`~` kept for a version newer than the leak, else the exact version. */
  spec: string
  /** How the version stands to the leak and to `to`'s line (fix.ts). */
  kind: FixKind
  /** Why this version and this spec: "a rollback to 1.15.0, below the leak, pinned exactly: …". */
  why: string
  /** The package.json to change, from the repository root. */
  manifest: string
  /** The entry as it reads after the change. */
  change: string
  /** Where the entry sits: `dependencies`, `overrides`, `resolutions`, `pnpm.overrides`, … */
  field: string
}

export interface Verification {
  version: string
  verdict: StepVerdict
  pValue: number | null
  reason: string
  /** "with row-cache 1.3.1 the head passes against base (p = 0.91)". */
  summary: string
}

export interface CulpritSearch {
  /** Bumps whose holding back removes the leak. */
  culprits: { name: string; from: string; to: string }[]
  /** Bumps measured clean (bumped in a tree that passed). */
  clean: string[]
  /** Bumps that cannot be held back (added, removed, not a version), left bumped throughout. */
  unheld: string[]
  tested: { bumped: string[]; verdict: StepVerdict; growth: (Growth & { pValue: number }) | null; alpha: number }[]
  /** Head against base, when measured here. */
  head: StepVerdict | null
  alpha: number
  reason: string
}

/**
 * A suggestion comes only with the verification that passed it (and the package it changes);
 * without one, the last verification tried, if any, says why none is offered.
 */
export type Fix =
  | { suggestion: Suggestion; verification: Verification & { verdict: 'pass' }; package: string }
  | { suggestion: null; verification: Verification | null }

/** memgate-bisect/1. */
export type BisectReport = BisectFacts & Fix

export interface BisectFacts {
  format: 'memgate-bisect/1'
  package: string | null
  from: string | null
  to: string | null
  firstLeaking: string | null
  lastClean: string | null
  /** False when a step stayed inconclusive: firstLeaking and lastClean are then the narrowest range known. */
  exact: boolean
  tested: Tested[]
  /** The newest published version after `to`, when there is one, and its verdict. */
  newest: { version: string; verdict: StepVerdict } | null
  /** The newest published version after `to` in `to`'s own line when that is not `newest`, and its verdict. */
  newestInLine?: { version: string; verdict: StepVerdict } | null
  /**
   * A clean version of a later line (a major upgrade), when the suggestion is not one: measured
   * clean against the reference in the search, not verified against base.
   */
  alternative?: Suggestion | null
  /** The false-alarm rate of the whole bisect. */
  alpha: number
  /** How it is held: each of `comparisons` comparisons at `alphaPerComparison`. */
  alphaPerComparison: number
  comparisons: number
  culprit: CulpritSearch | null
  verdict: 'leak' | 'pass' | 'inconclusive' | 'error'
  reason: string
  /** What the reading of the bumps warned about (a lockfile of a newer format read by its structure). */
  notes: string[]
  figures: { wallMs: number; soaks: number; soakMs: number; installs: number; installMs: number; worktrees: number }
}

/** The bisect's exit status (DESIGN.md): 1 leak named, 0 `to` clean, 2 error, 3 inconclusive. */
export interface Context {
  git: Git
  baseSha: string
  headSha: string
  trees: Trees
  soaks: Soaks
  stats: StatsOptions
  /** The variables a registry configuration may expand (`pass-env`). */
  passEnv?: readonly string[]
  /** A version after the bump's `to` is tried only when published at least this long ago. */
  minimumReleaseAgeMs?: number
  log: (line: string) => void
}

/** Bumps by name, with the holds that put every copy back at `from` (or at another version). */
export function holdsFor(entries: Bump[], version: string): Hold[] {
  return entries.map((e) => ({
    name: e.name,
    version,
    direct: e.direct,
    manifest: e.direct ? e.manifest : undefined,
    dependencyType: e.dependencyType,
    replaces: e.to ?? undefined
  }))
}

/** Planned comparisons share 90% of alpha; each one beyond gets half of what is left. */
export function alphaBudget(alpha: number, planned: number): { first: number; next(): number } {
  let used = 0
  const per = (0.9 * alpha) / Math.max(1, planned)
  return {
    first: per,
    next() {
      used++
      return used <= planned ? per : 0.1 * alpha * 0.5 ** (used - planned)
    }
  }
}

/**
 * The bar of a version-search step after `to`: half of `to`'s measured leak (`effect`), never
 * below the bar `to` was measured against. A version that carries the leak `to` has grows about
 * `effect` over the reference, a clean one about 0: half-way tells them apart on a soak whose
 * run-to-run spread buries a bar of a few bytes. Null (the configured bar) when `to` gave no figures.
 */
export function barFor(to: Pick<TreeComparison, 'minimumEffect' | 'effect'>): number | null {
  if (to.minimumEffect === null || to.effect === null || !Number.isFinite(to.effect)) return to.minimumEffect
  return Math.max(to.minimumEffect, to.effect / 2)
}

/**
 * `candidate` against `reference` at `alpha`, the gate's sequential plan; with `bar`, a leak is
 * growth above `bar` in the samples' unit (in place of the configured threshold and share).
 */
export async function compareAt(
  ctx: Context,
  reference: Tree,
  candidate: Tree,
  alpha: number,
  labels: { reference?: string; candidate?: string } = {},
  bar: number | null = null
): Promise<TreeComparison> {
  const runs = Math.max(ctx.stats.runs, runsFor(alpha))
  const bars = bar === null ? {} : { threshold: bar, thresholdMs: bar, thresholdShare: 0 }
  const stats = { ...ctx.stats, ...bars, runs, maxRuns: Math.max(ctx.stats.maxRuns, runs) }
  return ctx.soaks.compare({ tree: reference, label: labels.reference }, { tree: candidate, label: labels.candidate }, alpha, stats)
}

export function list(names: string[]): string {
  return names.length > 6 ? `${names.slice(0, 6).join(', ')}, …` : names.join(', ')
}

/** A bar in bytes (per iteration or ms) as the statistics' reasons write it: 1,088, 12.5. */
export function fmtBar(bar: number): string {
  return bar.toLocaleString('en-US', { maximumFractionDigits: Math.abs(bar) >= 100 ? 0 : 1 })
}

export function fmtAlpha(alpha: number): string {
  return String(Number(alpha.toPrecision(2)))
}

export function holdable(entries: Bump[], specs: Map<string, string>): boolean {
  return entries.every(
    (e) =>
      e.from !== null &&
      e.to !== null &&
      semver.valid(e.from) !== null &&
      semver.valid(e.to) !== null &&
      e.from !== e.to &&
      !e.unresolved &&
      fromRegistry(e, specs)
  )
}

/** A package's bump entries that can be held back, with the versions they move between; else null. */
export function movable(entries: Bump[], specs: Map<string, string>): { entries: Bump[]; from: string; to: string } | null {
  const [first] = entries
  if (!first?.from || !first.to || !holdable(entries, specs)) return null
  return { entries, from: first.from, to: first.to }
}

/** A direct dependency whose head spec is a semver range comes from a registry; `file:`, git, `npm:` aliases and the like do not. */
export function fromRegistry(e: Bump, specs: Map<string, string>): boolean {
  if (!e.direct) return true
  const spec = specs.get(`${e.manifest}\0${e.name}`)
  return spec === undefined || semver.validRange(spec) !== null
}

/** The head specs of the direct bumps (`manifest\0name` → spec), to tell registry packages from the rest. */
export async function readSpecs(git: Git, sha: string, bumps: Bump[]): Promise<Map<string, string>> {
  const specs = new Map<string, string>()
  for (const manifest of new Set(bumps.filter((b) => b.direct).map((b) => b.manifest))) {
    let json: Record<string, Record<string, unknown> | undefined>
    try {
      json = JSON.parse((await git.showFile(sha, manifest)) ?? '{}')
    } catch {
      continue
    }
    for (const section of DEPENDENCY_SECTIONS) {
      for (const [name, spec] of Object.entries(json?.[section] ?? {})) {
        if (typeof spec === 'string' && !specs.has(`${manifest}\0${name}`)) specs.set(`${manifest}\0${name}`, spec)
      }
    }
  }
  return specs
}
