// Action inputs / CLI flags → StatsOptions. Pure: takes the raw strings, returns options or throws
// MemgateError naming the bad value.
import { MemgateError } from '../errors.js'
import type { StatsOptions } from './analyze.js'

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
export function parseStatsInputs(inputs: StatsInputs): Partial<StatsOptions> {
  const options: Partial<StatsOptions> = {}
  const given = (value: string | undefined): value is string => value !== undefined && value.trim() !== ''
  if (given(inputs.runs)) options.runs = number('runs', inputs.runs, 2, 100, true)
  if (given(inputs['max-runs'])) options.maxRuns = number('max-runs', inputs['max-runs'], 2, 100, true)
  if (options.runs !== undefined && options.maxRuns !== undefined && options.maxRuns < options.runs) {
    throw new MemgateError(`max-runs is ${options.maxRuns}; expected at least runs (${options.runs})`)
  }
  if (options.runs !== undefined && options.maxRuns === undefined) options.maxRuns = Math.max(options.runs, 2 * options.runs)
  if (given(inputs.alpha)) options.alpha = number('alpha', inputs.alpha, 1e-6, 0.5)
  if (given(inputs.warmup)) options.warmup = number('warmup', inputs.warmup, 0, 0.9)
  if (given(inputs.threshold)) {
    let bytes: number | undefined
    let share: number | undefined
    for (const part of inputs.threshold.split(',')) {
      const text = part.trim()
      if (text.endsWith('%')) share = number('threshold', text, 0, 10)
      else bytes = number('threshold', text.replace(/\s*bytes?$/i, ''), 0, 1e12)
    }
    if (bytes !== undefined) {
      options.threshold = bytes
      options.thresholdMs = bytes
      options.thresholdShare = share ?? 0
    } else if (share !== undefined) options.thresholdShare = share
  }
  return options
}
