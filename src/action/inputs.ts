// Every action input, read once and checked: the measurement's Options (src/options.ts, shared with
// the CLI) and the settings only the action has.
import * as core from '@actions/core'
import { MemgateError } from '../errors.js'
import { type OptionName, type Options, parseOptions, splitList } from '../options.js'
import { checkBranchName, DEFAULT_RECORD_BRANCH } from '../record/branch.js'
import { DEFAULT_RECORD_KEEP } from '../record/store.js'
import { parseShardSpec, type ShardSpec } from '../report/shard.js'
import { parseTriggerInputs, type TriggerOptions } from '../trigger/options.js'

export type Mode = 'all' | 'measure' | 'report' | 'record'
/** Verdicts that may fail the status and the step; `error` always does. */
export type FailingVerdict = 'leak' | 'inconclusive'

export interface Inputs {
  options: Options
  token: string
  statusContext: string
  mode: Mode
  failOn: FailingVerdict[]
  /** mode report: the downloaded artifact (a directory holding memgate-report.json, or the file). */
  reportPath: string
  /** Name of the artifact with the report, samples, snapshots and logs (a shard's: `<name>-<I>-of-<N>`). */
  artifactName: string
  /** on-leak: after a leak, find the culprit bump, the first leaking version and a verified fix. */
  bisect: 'on-leak' | 'off'
  /** `on-failure`: a pass writes no comment, and only edits one an earlier head's failure left. */
  comment: 'always' | 'on-failure'
  /** skip-drafts, skip-label: which pull_request events are measured. */
  trigger: TriggerOptions
  /**
   * mode record: the branch that holds the store, the records kept per series, whether a new step
   * up opens (or updates) memgate's issue, and whether its culprit bump gets a rollback pull request;
   * measuring a PR, whether base's record on the branch stands for base's runs (opt-in).
   */
  record: { branch: string; keep: number; creep: 'issue' | 'off'; rollback: 'pr' | 'off'; baseFromRecord: boolean }
  /** mode measure: this job's share of the runs (a matrix); mode report merges the N artifacts. */
  shard: ShardSpec | null
}

const OPTION_NAMES: OptionName[] = [
  'soak-command',
  'install-command',
  'working-directory',
  'runs',
  'max-runs',
  'alpha',
  'threshold',
  'warmup',
  'duration',
  'timeout',
  'include',
  'exclude',
  'dependency-types',
  'pass-env',
  'heap-max-bytes',
  'minimum-release-age',
  'heap-limit'
]

/** Reads and checks every input; a bad one is a MemgateError naming it and what was expected. */
export function readInputs(getInput: (name: string) => string = (name) => core.getInput(name)): Inputs {
  const mode = getInput('mode') || 'all'
  if (!['all', 'measure', 'report', 'record'].includes(mode)) {
    throw new MemgateError(`Invalid mode '${mode}'. Expected all, measure, report or record.`)
  }
  const options = parseOptions(Object.fromEntries(OPTION_NAMES.map((name) => [name, getInput(name)])))
  const shard = readShard(getInput('shard'), mode)
  const artifactName = readArtifactName(getInput('artifact-name'))
  return {
    options,
    token: getInput('github-token'),
    statusContext: getInput('status-context') || 'memgate',
    mode: mode as Mode,
    failOn: readFailOn(getInput('fail-on')),
    reportPath: getInput('report-path') || 'memgate',
    // Each job of a matrix uploads its own artifact: one name per run.
    artifactName: shard ? `${artifactName}-${shard.index}-of-${shard.count}` : artifactName,
    bisect: readChoice('bisect', getInput('bisect'), ['on-leak', 'off']),
    comment: readChoice('comment', getInput('comment'), ['always', 'on-failure']),
    trigger: parseTriggerInputs({ 'skip-drafts': getInput('skip-drafts'), 'skip-label': getInput('skip-label') }),
    record: {
      branch: checkBranchName(getInput('record-branch') || DEFAULT_RECORD_BRANCH),
      keep: readKeep(getInput('record-keep')),
      creep: readChoice('creep', getInput('creep'), ['issue', 'off']),
      rollback: readChoice('rollback', getInput('rollback'), ['pr', 'off']),
      baseFromRecord: readChoice('base-from-record', getInput('base-from-record'), ['off', 'on']) === 'on'
    },
    shard
  }
}

function readShard(raw: string, mode: string): ShardSpec | null {
  if (!raw.trim()) return null
  if (mode !== 'measure') {
    throw new MemgateError(
      `shard: ${raw.trim()} splits the runs of mode: measure over a matrix (mode is ${mode}); mode: report merges the shards' artifacts.`
    )
  }
  return parseShardSpec(raw)
}

/** One of `choices` (the first is the default when empty), case-insensitive. */
function readChoice<T extends string>(name: string, raw: string, choices: readonly [T, ...T[]]): T {
  const value = raw.trim().toLowerCase() || choices[0]
  if (!(choices as readonly string[]).includes(value))
    throw new MemgateError(`Invalid ${name} '${raw}'. Expected ${choices.slice(0, -1).join(', ')} or ${choices[choices.length - 1]}.`)
  return value as T
}

function readKeep(raw: string): number {
  if (!raw.trim()) return DEFAULT_RECORD_KEEP
  const keep = Number(raw)
  if (!Number.isInteger(keep) || keep < 1)
    throw new MemgateError(`Invalid record-keep '${raw}'. Expected a whole number of records of at least 1.`)
  return keep
}

function readFailOn(raw: string): FailingVerdict[] {
  const values = splitList(raw.toLowerCase())
  if (values.length === 0) return ['leak', 'inconclusive']
  if (values.length === 1 && values[0] === 'none') return []
  for (const value of values) {
    if (value !== 'leak' && value !== 'inconclusive') {
      throw new MemgateError(`Invalid fail-on '${value}'. Expected leak, inconclusive (comma-separated) or none.`)
    }
  }
  return [...new Set(values)] as FailingVerdict[]
}

function readArtifactName(raw: string): string {
  const name = raw || 'memgate'
  // The artifact service refuses these characters.
  if (/["':<>|*?\\/\r\n]/.test(name)) {
    throw new MemgateError(`Invalid artifact-name '${name}'. Expected a name without " : < > | * ? \\ / or newlines.`)
  }
  return name
}
