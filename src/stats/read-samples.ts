// memgate-samples/1 read back from a document another job or machine wrote (a record, a shard):
// untrusted, so each run keeps only what the statistics read (exit, outcome, duration, finite
// samples), never a log path or stderr that means nothing here. Pure.
import type { Run, Sample, Samples } from '../types.js'

const isObject = (value: unknown): value is Record<string, unknown> => value !== null && typeof value === 'object' && !Array.isArray(value)
const finite = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value)

/** The runs of memgate-samples/1 `value`; `refuse` (which throws) names what is wrong, `what` says whose samples. */
export function readSamples(value: unknown, what: string, refuse: (reason: string) => never): Pick<Samples, 'unit' | 'runs'> {
  if (!isObject(value) || value.format !== 'memgate-samples/1' || !Array.isArray(value.runs))
    return refuse(`${what} are not memgate-samples/1`)
  if (value.unit !== 'iteration' && value.unit !== 'ms') return refuse(`${what} have unit ${JSON.stringify(value.unit)}`)
  const runs: Run[] = []
  for (const [i, item] of value.runs.entries()) {
    const run = readRun(item)
    if (!run) return refuse(`run ${i + 1} of its ${what} has no exitCode or a sample without finite x and heap`)
    runs.push(run)
  }
  return { unit: value.unit, runs }
}

/** One run, or undefined when it has no exit code or a sample without finite x and heap. */
export function readRun(value: unknown): Run | undefined {
  if (!isObject(value) || !Array.isArray(value.samples)) return undefined
  const exitCode = value.exitCode === null || Number.isInteger(value.exitCode) ? (value.exitCode as number | null) : undefined
  if (exitCode === undefined) return undefined
  const samples: Sample[] = []
  for (const s of value.samples) {
    if (!isObject(s) || !finite(s.x) || !finite(s.heap)) return undefined
    const sample: Sample = { x: s.x, heap: s.heap }
    for (const field of ['rss', 'external', 'arrayBuffers', 'code', 't'] as const) if (finite(s[field])) sample[field] = s[field]
    samples.push(sample)
  }
  const run: Run = { exitCode, samples }
  if (value.outcome !== undefined) {
    if (value.outcome !== 'ok' && value.outcome !== 'crash' && value.outcome !== 'timeout' && value.outcome !== 'oom') return undefined
    run.outcome = value.outcome
  }
  if (finite(value.durationMs)) run.durationMs = value.durationMs
  if (typeof value.signal === 'string' || value.signal === null) run.signal = value.signal
  return run
}
