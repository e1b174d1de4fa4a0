// memgate-record/1: one commit measured on its own (no base), kept so that later runs can read it
// (docs/design.md, "The memory record of main"). The type, its key, how one is built and read
// back, and where a store keeps it.
//
// A record read back is untrusted input: anyone who can push to the store's branch wrote it.
// Reading ignores fields it does not know and refuses what would mislead (a commit that is not 40
// hex, a key that is not six strings, a growth that is not finite, samples that are not
// memgate-samples/1).
import { createHash } from 'node:crypto'
import * as fs from 'node:fs'
import * as path from 'node:path'
import { MemgateError } from '../errors.js'
import { defaultStatsOptions } from '../options.js'
import { checkSuspects } from '../report/check.js'
import { openDocument } from '../report/document.js'
import { FULL_SHA } from '../sha.js'
import { readSamples } from '../stats/read-samples.js'
import { median } from '../stats/robust.js'
import { measureSamples } from '../stats/run-growth.js'
import type { Growth, Run, Samples, Suspect } from '../types.js'

/** What makes two records comparable: equal keys, field for field, are one series. */
export interface RecordKey {
  soak: string
  install: string
  workingDirectory: string
  /** The OS image (GitHub's `ImageOS`, else /etc/os-release's ID-VERSION_ID, else the platform). */
  os: string
  arch: string
  /** The major version of the Node.js the soak ran on. */
  node: string
}

/** The record's samples: memgate-samples/1 with the side `record`. */
export interface RecordSamples extends Omit<Samples, 'side'> {
  side: 'record'
}

export interface MemoryRecord {
  format: 'memgate-record/1'
  commit: string
  key: RecordKey
  /** ISO 8601, UTC. */
  measuredAt: string
  /** The memgate that measured. */
  memgate: string
  /** `bytes/iteration` or `bytes/ms`. */
  unit: string
  /** Median of the runs' growth, with the smallest and largest; null when no run could be measured. */
  growth: Growth | null
  samples: RecordSamples
  /**
   * What grows in this commit's heap: the suspects of the run that took heap snapshots (the creep
   * issue names them for the first commit of a step). Absent in records before memgate 0.2.
   */
  suspects?: Suspect[]
}

/** The key's fields in their one order (the series id hashes them in it). */
export const KEY_FIELDS = ['soak', 'install', 'workingDirectory', 'os', 'arch', 'node'] as const

// Records hold every sample of every run: 100 runs of 2,000 samples fit in a few MB. Anything
// much larger was not written by memgate and is refused before it is parsed.
export const MAX_RECORD_BYTES = 32 * 1024 * 1024

/** Equal field for field. */
export function sameKey(a: RecordKey, b: RecordKey): boolean {
  return KEY_FIELDS.every((field) => a[field] === b[field])
}

/** A short stable name for the key's series: the first 16 hex of the SHA-256 of its fields in order. */
export function seriesId(key: RecordKey): string {
  return createHash('sha256')
    .update(JSON.stringify(KEY_FIELDS.map((field) => key[field])))
    .digest('hex')
    .slice(0, 16)
}

/** Where a store keeps the record of `commit` in `key`'s series: one immutable file per commit and series. */
export function recordPath(storeDir: string, key: RecordKey, commit: string): string {
  return path.join(storeDir, 'records', seriesId(key), `${commit}.json`)
}

/** The machine's part of the key: the OS image and the architecture. */
export function describeMachine(env: NodeJS.ProcessEnv = process.env): Pick<RecordKey, 'os' | 'arch'> {
  const image = env.ImageOS?.trim()
  let os = image || process.platform
  if (!image) {
    try {
      const release = fs.readFileSync('/etc/os-release', 'utf8')
      const field = (name: string) => new RegExp(`^${name}="?([^"\\n]*)"?$`, 'm').exec(release)?.[1]
      const id = field('ID')
      if (id) os = [id, field('VERSION_ID')].filter(Boolean).join('-')
    } catch {
      // Not Linux, or no os-release: the platform alone.
    }
  }
  return { os, arch: process.arch }
}

/** The growth of a commit: the median of its runs' post-GC growth, with the smallest and largest. */
export function summarizeGrowth(samples: Samples | RecordSamples): Growth | null {
  const slopes = measureSamples(samples as Samples, defaultStatsOptions)
    .flatMap((r) => (!r.excluded && r.heap ? [r.heap.estimate] : []))
    .sort((a, b) => a - b)
  const [low] = slopes
  const high = slopes[slopes.length - 1]
  if (low === undefined || high === undefined) return null
  return { estimate: median(slopes), low, high }
}

export interface RecordInput {
  commit: string
  key: RecordKey
  samples: Samples | RecordSamples
  measuredAt: Date
  memgate: string
  suspects?: Suspect[]
}

/**
 * A record of one commit. Runs keep what the statistics read (exit, outcome, duration, samples),
 * never the runner's log paths or stderr, which mean nothing on another machine.
 */
export function buildRecord(input: RecordInput): MemoryRecord {
  if (!FULL_SHA.test(input.commit)) throw new MemgateError(`A record needs a full 40-hex commit SHA, not '${input.commit}'`)
  const runs: Run[] = input.samples.runs.map(({ exitCode, signal, outcome, durationMs, samples }) => ({
    exitCode,
    ...(signal !== undefined ? { signal } : {}),
    ...(outcome !== undefined ? { outcome } : {}),
    ...(durationMs !== undefined ? { durationMs } : {}),
    samples
  }))
  const samples: RecordSamples = { format: 'memgate-samples/1', side: 'record', unit: input.samples.unit, runs }
  return {
    format: 'memgate-record/1',
    commit: input.commit,
    key: { ...input.key },
    measuredAt: input.measuredAt.toISOString(),
    memgate: input.memgate,
    unit: `bytes/${input.samples.unit}`,
    growth: summarizeGrowth(samples),
    samples,
    ...(input.suspects?.length ? { suspects: input.suspects } : {})
  }
}

const isObject = (value: unknown): value is Record<string, unknown> => value !== null && typeof value === 'object' && !Array.isArray(value)
const finite = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value)

function readGrowth(value: unknown): Growth | null | undefined {
  if (value === null) return null
  if (!isObject(value) || !finite(value.estimate) || !finite(value.low) || !finite(value.high)) return undefined
  if (!(value.low <= value.estimate && value.estimate <= value.high)) return undefined
  return { estimate: value.estimate, low: value.low, high: value.high }
}

/**
 * Reads a memgate-record/1 from JSON text. Unknown fields are ignored; anything that would mislead
 * a reader (wrong format, a short or missing commit, a key that is not six strings, a growth that
 * is not finite or not ordered, samples that are not memgate-samples/1 or do not match the unit) is
 * a MemgateError naming `source` and what is wrong. Never returns a half-read record.
 */
export function parseRecord(text: string, source: string): MemoryRecord {
  const { data, refuse } = openDocument(text, source, 'memgate-record/1', MAX_RECORD_BYTES)
  if (typeof data.commit !== 'string' || !FULL_SHA.test(data.commit)) return refuse('commit is not a 40-hex SHA')
  const key = data.key
  if (!isObject(key) || !KEY_FIELDS.every((field) => typeof key[field] === 'string')) {
    return refuse(`key must hold the strings ${KEY_FIELDS.join(', ')}`)
  }
  if (typeof data.measuredAt !== 'string' || Number.isNaN(Date.parse(data.measuredAt))) return refuse('measuredAt is not a date')
  const samples = data.samples
  const { unit, runs } = readSamples(samples, 'samples', refuse)
  if (data.unit !== `bytes/${unit}`) return refuse(`unit ${JSON.stringify(data.unit)} does not match samples in ${unit}`)
  const growth = readGrowth(data.growth)
  if (growth === undefined) return refuse('growth is not {estimate, low, high} with low <= estimate <= high')
  return {
    format: 'memgate-record/1',
    commit: data.commit,
    key: Object.fromEntries(KEY_FIELDS.map((field) => [field, key[field] as string])) as unknown as RecordKey,
    measuredAt: new Date(data.measuredAt).toISOString(),
    memgate: typeof data.memgate === 'string' ? data.memgate : 'unknown',
    unit: data.unit,
    growth,
    samples: { format: 'memgate-samples/1', side: 'record', unit, runs },
    ...readSuspects(data.suspects, source)
  }
}

/**
 * A record's suspects, when they check as a report's do. They name what grows and decide nothing:
 * a list that does not check is left out rather than costing the record.
 */
function readSuspects(value: unknown, source: string): { suspects?: Suspect[] } {
  if (value === undefined) return {}
  try {
    return { suspects: checkSuspects(value, source) }
  } catch (error) {
    if (error instanceof MemgateError) return {}
    throw error
  }
}

/** Reads and checks one record file; a MemgateError when it is unreadable or not a usable record. */
export function readRecordFile(file: string): MemoryRecord {
  let text: string
  try {
    const size = fs.statSync(file).size
    if (size > MAX_RECORD_BYTES) throw new MemgateError(`${file} is larger than ${MAX_RECORD_BYTES} bytes; not a memgate record`)
    text = fs.readFileSync(file, 'utf8')
  } catch (error) {
    if (error instanceof MemgateError) throw error
    throw new MemgateError(`Cannot read record ${file}: ${(error as Error).message}`, 2, { cause: error })
  }
  return parseRecord(text, file)
}

/**
 * The record of `commit` in `key`'s series, or null when the store has none (no store, no file,
 * or a file whose commit or key differ from its name's). A file that is there but unusable is a
 * MemgateError: a store that misleads must not pass for an empty one.
 */
export function findRecord(storeDir: string, commit: string, key: RecordKey): MemoryRecord | null {
  if (!FULL_SHA.test(commit)) throw new MemgateError(`findRecord needs a full 40-hex commit SHA, not '${commit}'`)
  const file = recordPath(storeDir, key, commit)
  if (!fs.existsSync(file)) return null
  const record = readRecordFile(file)
  return record.commit === commit && sameKey(record.key, key) ? record : null
}
