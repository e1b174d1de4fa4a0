// The soak's workload inputs as users write them (action inputs, CLI flags). Pure.
import { MemgateError } from '../errors.js'
import type { Warmup } from './samples.js'

const UNITS_MS: Record<string, number> = { ms: 1, s: 1000, m: 60_000, h: 3_600_000 }

/**
 * A length of time in milliseconds: `90` (seconds, like the `timeout` input), `90s`, `1500ms`,
 * `2m`, `1h`. Empty input gives undefined (not set); anything else is a MemgateError naming `name`.
 */
export function parseDurationMs(name: string, raw: string | undefined): number | undefined {
  const text = (raw ?? '').trim()
  if (text === '') return undefined
  const match = /^(\d+(?:\.\d+)?)\s*(ms|s|m|h)?$/i.exec(text)
  const value = match ? Number(match[1]) * UNITS_MS[(match[2] ?? 's').toLowerCase()] : NaN
  if (!Number.isFinite(value) || value <= 0) {
    throw new MemgateError(`Invalid ${name} '${raw}'. Expected a positive duration: seconds (90), or with a unit (1500ms, 90s, 2m, 1h).`)
  }
  return Math.round(value)
}

/**
 * The `warmup` input: the leading part of each run left out of the samples. A bare number is in
 * the soak's own unit (`500`: iterations, or ms for a soak that counts none); with a time unit
 * (`10s`, `500ms`) it is time since the process started whatever the unit. `0` or empty: none.
 */
export function parseWarmup(raw: string | undefined): Warmup | undefined {
  const text = (raw ?? '').trim()
  if (text === '' || text === '0') return undefined
  if (/^\d+$/.test(text)) return { x: Number(text) }
  if (/^\d+(?:\.\d+)?\s*(?:ms|s|m|h)$/i.test(text)) return { ms: parseDurationMs('warmup', text) }
  throw new MemgateError(`Invalid warmup '${raw}'. Expected a number of iterations (500) or a time (10s, 500ms).`)
}

/** The `parallel` input: `auto` (or empty) leaves the choice to the core count; `true`/`false` decide. */
export function parseParallel(raw: string | undefined): boolean | undefined {
  const text = (raw ?? '').trim().toLowerCase()
  if (text === '' || text === 'auto') return undefined
  if (text === 'true') return true
  if (text === 'false') return false
  throw new MemgateError(`Invalid parallel '${raw}'. Expected auto, true or false.`)
}
