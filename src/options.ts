// The one options type: what to measure and how, from the action's inputs or the CLI's flags
// (both spelled as the inputs are), with every default and every check in this file. It travels
// down unchanged: pipeline → soak stage → statistics.
import { MemgateError } from './errors.js'
import type { DependencyType } from './types.js'
import { DEPENDENCY_SECTIONS } from './types.js'

/** The statistics' settings (see docs/statistics.md). */
export interface StatsOptions {
  /** One-sided false-alarm rate of the whole procedure (all looks, all metrics). */
  alpha: number
  /** A growth difference matters from this many bytes per iteration… */
  threshold: number
  /** …or, for `ms` samples, bytes per millisecond… */
  thresholdMs: number
  /**
   * …or from the difference that adds this share of base's post-GC heap over one run's measured
   * span, whichever is smaller (0: bytes only). Scales the bar with the heap and the soak's length.
   */
  thresholdShare: number
  /** Share of each run's x-span discarded as warm-up. */
  warmup: number
  /** Runs per side at the first look. */
  runs: number
  /** Runs per side after which an inconclusive verdict stays inconclusive. */
  maxRuns: number
  /** Samples a run needs after the warm-up to count. */
  minSamples: number
  /** One-sided level of the upper bound that must fall below the minimum effect to pass. */
  passAlpha: number
  /** Runs a side at the early looks before `runs`, which call only a clear leak or pass ([]: none). */
  earlyLooks: number[]
}

/** The statistics' defaults, justified in docs/statistics.md. */
export const defaultStatsOptions: StatsOptions = {
  // 1% false alarms over the whole sequential procedure.
  alpha: 0.01,
  // 8 MB per million iterations (requests, jobs): at 1,000 requests a second, 0.7 GB a day. The
  // smallest bar at which run-to-run noise in the recorded and real-process traces never leaves
  // an A/A comparison undecided; at 4 the noisiest (bursty GC) is undecided 9% of the time at 5
  // runs. A 16-byte leak is then found every time (docs/statistics.md, "Choosing the minimum effect").
  threshold: 8,
  // 8 bytes/ms is 29 MB per hour.
  thresholdMs: 8,
  // Head's heap growing 5% more than base's within one soak; at 2% bursty GC is undecided 23% of
  // the time at 5 runs.
  thresholdShare: 0.05,
  warmup: 0.2,
  // 5 is the smallest n whose smallest exact p, 1/C(2n, n) (1/252 = 0.00397 for 5), fits under
  // the first look's share of alpha (0.8 · 0.01 / 2 metrics = 0.004).
  runs: 5,
  maxRuns: 10,
  minSamples: 8,
  // A leak the size of the minimum effect passes at most 5% of the time.
  passAlpha: 0.05,
  // A clear leak or pass after 2 or 3 runs a side, at a tenth of alpha (docs/statistics.md, "Early looks").
  earlyLooks: [2, 3]
}

/** The `include` / `exclude` / `dependency-types` inputs. */
export interface BumpFilter {
  /** Package-name globs; when given, only matching bumps stay. */
  include?: string[]
  /** Package-name globs; matching bumps go, even when included. */
  exclude?: string[]
  /** Kinds of direct dependency to keep; transitive bumps stay unless all their roots are dropped. */
  dependencyTypes?: DependencyType[]
}

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
  /** Variables the install and the soak may see although they look like credentials (a private registry's token). */
  passEnv: string[]
  /** The largest heap snapshot the probe writes and the heap stage reads (the file is the soak's). */
  heapMaxBytes: number
  /**
   * How long ago a version newer than a bump's `to` must have been published for bisect to install
   * it as a fix: nobody reviewed it, and a fresh release is where a hijacked package shows first.
   */
  minimumReleaseAgeMs: number
  /**
   * `--max-old-space-size` of every soak process, the same on both sides; unset: from the
   * machine's memory (soak/env.ts). Node's own default scales with the host, and a leak that meets
   * the limit on one side only would be noise.
   */
  heapLimitMb?: number
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
  | 'pass-env'
  | 'heap-max-bytes'
  | 'minimum-release-age'
  | 'heap-limit'

export type RawOptions = Partial<Record<OptionName, string | undefined>>

export const DEFAULT_SOAK_COMMAND = 'npm run soak'
export const DEFAULT_TIMEOUT_S = 600
/**
 * The largest heap snapshot taken and read, in MiB. A snapshot file is larger than the heap it
 * describes, its typed arrays take about as much memory again and the analysis twice that: what a
 * 7 GB runner can spare beside the soaks.
 */
export const DEFAULT_HEAP_MAX_MB = 512
/** Days, as Renovate's `minimumReleaseAge` suggests for npm. */
export const DEFAULT_MINIMUM_RELEASE_AGE_DAYS = 3
export const DEFAULT_HEAP_MAX_BYTES = DEFAULT_HEAP_MAX_MB * 1024 * 1024
/** The longest a GitHub-hosted job may run. */
const MAX_SECONDS = 6 * 3600

/** How an error names an option: the action by its input (`runs`), the CLI by its flag (`--runs`). */
export type OptionLabel = (name: OptionName) => string

/**
 * Options from raw input strings; empty or missing ones take their defaults. A bad value is a
 * MemgateError naming it as `label` spells it.
 */
export function parseOptions(raw: RawOptions, label: OptionLabel = (name) => name): Options {
  const text = (name: OptionName): string => (raw[name] ?? '').trim()
  const stats = parseStatsInputs(
    {
      runs: raw.runs,
      'max-runs': raw['max-runs'],
      alpha: raw.alpha,
      threshold: raw.threshold,
      warmup: raw.warmup
    },
    label
  )
  const merged: StatsOptions = { ...defaultStatsOptions, ...stats }
  merged.maxRuns = Math.max(merged.maxRuns, merged.runs)
  const duration = text('duration')
  return {
    soakCommand: text('soak-command') || DEFAULT_SOAK_COMMAND,
    installCommand: text('install-command'),
    workingDirectory: text('working-directory') || '.',
    timeoutMs: seconds(label('timeout'), text('timeout'), DEFAULT_TIMEOUT_S) * 1000,
    durationMs: duration === '' ? undefined : seconds(label('duration'), duration, 0) * 1000,
    stats: merged,
    bumps: bumpFilter(raw, label),
    passEnv: passEnv(raw['pass-env'], label),
    heapMaxBytes: megabytes(label('heap-max-bytes'), text('heap-max-bytes'), DEFAULT_HEAP_MAX_MB) * 1024 * 1024,
    minimumReleaseAgeMs: days(label('minimum-release-age'), text('minimum-release-age'), DEFAULT_MINIMUM_RELEASE_AGE_DAYS) * 86_400_000,
    heapLimitMb: text('heap-limit') === '' ? undefined : megabytes(label('heap-limit'), text('heap-limit'), 0)
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

/** Whole days from 0 to 365. */
function days(name: string, value: string, fallback: number): number {
  if (value === '') return fallback
  const n = Number(value)
  if (!/^\d{1,3}$/.test(value) || n > 365) throw new MemgateError(`Invalid ${name} '${value}'. Expected whole days from 0 to 365.`)
  return n
}

/** `heap-max-bytes`, `heap-limit`: whole MiB (`512`, `512M`, `2G`). */
function megabytes(name: string, value: string, fallback: number): number {
  if (value === '') return fallback
  const match = /^(\d{1,6})\s*([MG]i?B?)?$/i.exec(value)
  const n = match ? Number(match[1]) * (match[2]?.toUpperCase().startsWith('G') ? 1024 : 1) : NaN
  if (!Number.isInteger(n) || n < 1 || n > 64 * 1024) {
    throw new MemgateError(`Invalid ${name} '${value}'. Expected a size in MiB from 1 to 65536 (512, 512M or 2G).`)
  }
  return n
}

function passEnv(raw: string | undefined, label: OptionLabel): string[] {
  const names = splitList(raw)
  for (const name of names) {
    if (!/^[A-Za-z_][A-Za-z0-9_]{0,127}$/.test(name)) {
      throw new MemgateError(`Invalid ${label('pass-env')} '${name}'. Expected environment variable names, comma-separated.`)
    }
  }
  return names
}

function bumpFilter(raw: RawOptions, label: OptionLabel): BumpFilter {
  const types = splitList(raw['dependency-types'])
  for (const type of types) {
    if (!DEPENDENCY_SECTIONS.includes(type as DependencyType)) {
      throw new MemgateError(`Invalid ${label('dependency-types')} '${type}'. Expected some of ${DEPENDENCY_SECTIONS.join(', ')}.`)
    }
  }
  return {
    include: splitList(raw.include),
    exclude: splitList(raw.exclude),
    ...(types.length ? { dependencyTypes: types as DependencyType[] } : {})
  }
}

export interface StatsInputs {
  runs?: string
  'max-runs'?: string
  alpha?: string
  /** `8` (bytes per unit), `5%` (share of base heap over one run), or both: `8, 5%`. */
  threshold?: string
  /** Share of each run discarded as warm-up: `0.2` or `20%`. */
  warmup?: string
}

function number(name: string, text: string, low: number, high: number, integer = false): number {
  const trimmed = text.trim()
  const value = trimmed.endsWith('%') ? Number(trimmed.slice(0, -1)) / 100 : Number(trimmed)
  if (trimmed === '' || !Number.isFinite(value) || value < low || value > high || (integer && !Number.isInteger(value))) {
    throw new MemgateError(`${name} is ${JSON.stringify(text)}; expected ${integer ? 'a whole number' : 'a number'} from ${low} to ${high}`)
  }
  return value
}

/**
 * Parse the statistics inputs; empty or missing ones are left out so that defaultStatsOptions
 * applies. A bytes-only threshold turns the share off, a share-only one keeps the bytes default.
 */
export function parseStatsInputs(inputs: StatsInputs, label: OptionLabel = (name) => name): Partial<StatsOptions> {
  const options: Partial<StatsOptions> = {}
  const given = (value: string | undefined): value is string => value !== undefined && value.trim() !== ''
  if (given(inputs.runs)) options.runs = number(label('runs'), inputs.runs, 2, 100, true)
  if (given(inputs['max-runs'])) options.maxRuns = number(label('max-runs'), inputs['max-runs'], 2, 100, true)
  if (options.runs !== undefined && options.maxRuns !== undefined && options.maxRuns < options.runs) {
    throw new MemgateError(`${label('max-runs')} is ${options.maxRuns}; expected at least ${label('runs')} (${options.runs})`)
  }
  if (options.runs !== undefined && options.maxRuns === undefined) options.maxRuns = Math.max(options.runs, 2 * options.runs)
  if (given(inputs.alpha)) options.alpha = number(label('alpha'), inputs.alpha, 1e-6, 0.5)
  if (given(inputs.warmup)) options.warmup = number(label('warmup'), inputs.warmup, 0, 0.9)
  if (given(inputs.threshold)) {
    let bytes: number | undefined
    let share: number | undefined
    for (const part of inputs.threshold.split(',')) {
      const text = part.trim()
      if (text.endsWith('%')) share = number(label('threshold'), text, 0, 10)
      else bytes = number(label('threshold'), text.replace(/\s*bytes?$/i, ''), 0, 1e12)
    }
    if (bytes !== undefined) {
      options.threshold = bytes
      options.thresholdMs = bytes
      options.thresholdShare = share ?? 0
    } else if (share !== undefined) options.thresholdShare = share
  }
  return options
}
