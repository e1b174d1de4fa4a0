// Every action input, read once and checked: the measurement's Options (src/options.ts, shared with
// the CLI) and the settings only the action has.
import * as core from '@actions/core'
import { MemgateError } from '../errors.js'
import { parseOptions, splitList, type OptionName, type Options } from '../options.js'
import { parseTriggerInputs, type TriggerOptions } from '../trigger/options.js'

export type Mode = 'all' | 'measure' | 'report'
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
  /** Name of the artifact with the report, samples, snapshots and logs. */
  artifactName: string
  /** on-leak: after a leak, find the culprit bump, the first leaking version and a verified fix. */
  bisect: 'on-leak' | 'off'
  /** skip-drafts, skip-label: which pull_request events are measured. */
  trigger: TriggerOptions
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
  'heap-limit'
]

/** Reads and checks every input; a bad one is a MemgateError naming it and what was expected. */
export function readInputs(getInput: (name: string) => string = (name) => core.getInput(name)): Inputs {
  const mode = getInput('mode') || 'all'
  if (!['all', 'measure', 'report'].includes(mode)) {
    throw new MemgateError(`Invalid mode '${mode}'. Expected all, measure or report.`)
  }
  const options = parseOptions(Object.fromEntries(OPTION_NAMES.map((name) => [name, getInput(name)])))
  return {
    options,
    token: getInput('github-token'),
    statusContext: getInput('status-context') || 'memgate',
    mode: mode as Mode,
    failOn: readFailOn(getInput('fail-on')),
    reportPath: getInput('report-path') || 'memgate',
    artifactName: readArtifactName(getInput('artifact-name')),
    bisect: readBisect(getInput('bisect')),
    trigger: parseTriggerInputs({ 'skip-drafts': getInput('skip-drafts'), 'skip-label': getInput('skip-label') })
  }
}

function readBisect(raw: string): Inputs['bisect'] {
  const value = raw.trim().toLowerCase() || 'on-leak'
  if (value !== 'on-leak' && value !== 'off') throw new MemgateError(`Invalid bisect '${raw}'. Expected on-leak or off.`)
  return value
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
