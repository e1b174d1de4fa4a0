// Every action input, read once, checked, and returned as one plain settings object.
import * as core from '@actions/core'
import type { BumpOptions } from './bumps/read.js'
import { MemgateError } from './errors.js'
import { defaultStatsOptions, type StatsOptions } from './stats/analyze.js'
import { parseStatsInputs } from './stats/options.js'
import type { DependencyType } from './types.js'

export type Mode = 'all' | 'measure' | 'report'
/** Verdicts that may fail the status and the step; `error` always does. */
export type FailingVerdict = 'leak' | 'inconclusive'

export interface Settings {
  token: string
  soakCommand: string
  installCommand: string
  workingDirectory: string
  runs: number
  timeoutMs: number
  statusContext: string
  mode: Mode
  failOn: FailingVerdict[]
  /** mode report: the downloaded artifact (a directory holding memgate-report.json, or the file). */
  reportPath: string
  /** Name of the artifact with the report, samples, snapshots and logs. */
  artifactName: string
  /** runs, max-runs, alpha, threshold, warmup. */
  stats: Partial<StatsOptions>
  /** include, exclude, dependency-types: applied before anything is installed. */
  bumps: Omit<BumpOptions, 'workingDirectory'>
  /** duration: stop a soak that runs on by itself after this long; undefined lets it end. */
  durationMs?: number
}

const DEPENDENCY_TYPES: DependencyType[] = ['dependencies', 'devDependencies', 'optionalDependencies', 'peerDependencies']

export function readSettings(): Settings {
  const mode = core.getInput('mode') || 'all'
  if (!['all', 'measure', 'report'].includes(mode)) {
    throw new MemgateError(`Invalid mode '${mode}'. Expected all, measure or report.`)
  }
  const stats = parseStatsInputs({
    runs: core.getInput('runs'),
    'max-runs': core.getInput('max-runs'),
    alpha: core.getInput('alpha'),
    threshold: core.getInput('threshold'),
    warmup: core.getInput('warmup')
  })
  return {
    token: core.getInput('github-token'),
    soakCommand: core.getInput('soak-command') || 'npm run soak',
    // Empty: the install command of the package manager the project uses (npm, Yarn, pnpm).
    installCommand: core.getInput('install-command'),
    workingDirectory: core.getInput('working-directory') || '.',
    runs: stats.runs ?? defaultStatsOptions.runs,
    stats,
    bumps: readBumpFilters(),
    durationMs: core.getInput('duration') === '' ? undefined : integerInput('duration', 0, 1, 6 * 3600) * 1000,
    timeoutMs: integerInput('timeout', 600, 1, 6 * 3600) * 1000,
    statusContext: core.getInput('status-context') || 'memgate',
    mode: mode as Mode,
    failOn: readFailOn(),
    reportPath: core.getInput('report-path') || 'memgate',
    artifactName: artifactNameInput()
  }
}

function readBumpFilters(): Omit<BumpOptions, 'workingDirectory'> {
  const globs = (name: string) => core.getInput(name).split(/[\s,]+/).filter(Boolean)
  const types = core.getInput('dependency-types').split(/[\s,]+/).filter(Boolean)
  for (const type of types) {
    if (!DEPENDENCY_TYPES.includes(type as DependencyType)) {
      throw new MemgateError(`Invalid dependency-types '${type}'. Expected some of ${DEPENDENCY_TYPES.join(', ')}.`)
    }
  }
  return {
    include: globs('include'),
    exclude: globs('exclude'),
    ...(types.length ? { dependencyTypes: types as DependencyType[] } : {})
  }
}

function readFailOn(): FailingVerdict[] {
  const values = listInput('fail-on')
  if (values.length === 0) return ['leak', 'inconclusive']
  if (values.length === 1 && values[0] === 'none') return []
  for (const value of values) {
    if (value !== 'leak' && value !== 'inconclusive') {
      throw new MemgateError(`Invalid fail-on '${value}'. Expected leak, inconclusive (comma-separated) or none.`)
    }
  }
  return [...new Set(values)] as FailingVerdict[]
}

function artifactNameInput(): string {
  const name = core.getInput('artifact-name') || 'memgate'
  // The artifact service refuses these characters.
  if (/["':<>|*?\\/\r\n]/.test(name)) {
    throw new MemgateError(`Invalid artifact-name '${name}'. Expected a name without " : < > | * ? \\ / or newlines.`)
  }
  return name
}

/** A comma- or whitespace-separated input, lower-cased; [] when empty. */
export function listInput(name: string): string[] {
  return core
    .getInput(name)
    .split(/[\s,]+/)
    .map((v) => v.trim().toLowerCase())
    .filter(Boolean)
}

export function integerInput(name: string, fallback: number, min: number, max: number): number {
  const raw = core.getInput(name)
  if (raw === '') return fallback
  const value = Number(raw)
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new MemgateError(`Invalid ${name} '${raw}'. Expected an integer from ${min} to ${max}.`)
  }
  return value
}
