// The one options type: what to measure and how, from the action's inputs or the CLI's flags
// (both spelled as the inputs are), with every default and every check in this file. It travels
// down unchanged: pipeline → soak stage → statistics.
import type { BumpFilter } from './bumps/filter.js'
import { MemgateError } from './errors.js'
import { defaultStatsOptions, type StatsOptions } from './stats/analyze.js'
import { parseStatsInputs } from './stats/options.js'
import type { DependencyType } from './types.js'

export interface Options {
  /** The project's own soak script, run with /bin/sh -c in the working directory. */
  soakCommand: string
  /** Empty: the install command of the package manager the project uses (npm, Yarn, pnpm). */
  installCommand: string
  /** The project's directory inside the repository ('.' for its root). */
  workingDirectory: string
  /** A run that takes longer is killed with every process it started and recorded as a timeout. */
  timeoutMs: number
  /** Stop a soak that runs on by itself after this long (SIGINT, SIGTERM, SIGKILL); unset lets it end. */
  durationMs?: number
  /** One base and one head run at once; unset: when the machine has 2 or more cores. */
  parallel?: boolean
  /** runs, max-runs, alpha, threshold, warmup: the statistics' settings, whole. */
  stats: StatsOptions
  /** include, exclude, dependency-types: applied once, before anything is installed. */
  bumps: BumpFilter
}

/** The inputs (and CLI flags) that make Options, by their action.yml names. */
export type OptionName =
  | 'soak-command'
  | 'install-command'
  | 'working-directory'
  | 'runs'
  | 'max-runs'
  | 'alpha'
  | 'threshold'
  | 'warmup'
  | 'duration'
  | 'timeout'
  | 'include'
  | 'exclude'
  | 'dependency-types'

export type RawOptions = Partial<Record<OptionName, string | undefined>>

export const DEFAULT_SOAK_COMMAND = 'npm run soak'
export const DEFAULT_TIMEOUT_S = 600
/** The longest a GitHub-hosted job may run. */
const MAX_SECONDS = 6 * 3600
const DEPENDENCY_TYPES: DependencyType[] = ['dependencies', 'devDependencies', 'optionalDependencies', 'peerDependencies']

/** Options from raw input strings; empty or missing ones take their defaults. A bad value is a MemgateError naming it. */
export function parseOptions(raw: RawOptions): Options {
  const text = (name: OptionName): string => (raw[name] ?? '').trim()
  const stats = parseStatsInputs({
    runs: raw.runs,
    'max-runs': raw['max-runs'],
    alpha: raw.alpha,
    threshold: raw.threshold,
    warmup: raw.warmup
  })
  const merged: StatsOptions = { ...defaultStatsOptions, ...stats }
  merged.maxRuns = Math.max(merged.maxRuns, merged.runs)
  const duration = text('duration')
  return {
    soakCommand: text('soak-command') || DEFAULT_SOAK_COMMAND,
    installCommand: text('install-command'),
    workingDirectory: text('working-directory') || '.',
    timeoutMs: seconds('timeout', text('timeout'), DEFAULT_TIMEOUT_S) * 1000,
    durationMs: duration === '' ? undefined : seconds('duration', duration, 0) * 1000,
    stats: merged,
    bumps: bumpFilter(raw)
  }
}

/** A comma- or whitespace-separated list; [] when empty. */
export function splitList(value: string | undefined): string[] {
  return (value ?? '').split(/[\s,]+/).filter(Boolean)
}

function seconds(name: string, value: string, fallback: number): number {
  if (value === '') return fallback
  const n = Number(value)
  if (!Number.isInteger(n) || n < 1 || n > MAX_SECONDS) {
    throw new MemgateError(`Invalid ${name} '${value}'. Expected whole seconds from 1 to ${MAX_SECONDS}.`)
  }
  return n
}

function bumpFilter(raw: RawOptions): BumpFilter {
  const types = splitList(raw['dependency-types'])
  for (const type of types) {
    if (!DEPENDENCY_TYPES.includes(type as DependencyType)) {
      throw new MemgateError(`Invalid dependency-types '${type}'. Expected some of ${DEPENDENCY_TYPES.join(', ')}.`)
    }
  }
  return {
    include: splitList(raw.include),
    exclude: splitList(raw.exclude),
    ...(types.length ? { dependencyTypes: types as DependencyType[] } : {})
  }
}
