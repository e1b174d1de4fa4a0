// memgate-shard/1: one runner's share of a measurement spread over several (a matrix), and the
// checks that make N of them one measurement again (docs/design.md, "Shards"). Pure.
//
// A shard read back is untrusted input (an artifact of another job): it is checked field by field,
// and a set of shards is merged only when every index 1..N is there exactly once and all agree on
// the commits, the key and the statistics' options. Anything else is a MemgateError naming what
// differs: a verdict on part of the runs would look like a verdict on all of them.
import { MemgateError } from '../errors.js'
import { defaultStatsOptions, type StatsOptions } from '../options.js'
import { readSamples } from '../stats/read-samples.js'
import type { Bump, Samples } from '../types.js'
import type { PullRequestRef } from './build.js'
import { openDocument } from './document.js'

export interface ShardSpec {
  /** 1-based. */
  index: number
  count: number
}

export interface ShardDocument {
  format: 'memgate-shard/1'
  shard: ShardSpec
  baseSha: string
  headSha: string
  /** What makes runs comparable (soak, install, working directory, machine, Node.js major). */
  key: Record<string, string>
  stats: StatsOptions
  bumps: Bump[]
  samples: { base: Samples; head: Samples }
  /** Head's heap snapshots, when this shard took them (shard 1 does). */
  snapshots: string[]
  /** The soak's notes of this shard (skipped snapshots, failed runs). */
  notes?: string[]
  /** The action's shards: the PR measured (mode report checks it as it checks a report's). */
  pullRequest?: PullRequestRef
}

/** The shard's file in the action's work dir and artifact. */
export const SHARD_FILE = 'memgate-shard.json'

/** A matrix wider than this is not a shard count anyone means. */
export const MAX_SHARDS = 64
// Shards hold every sample of their runs: the same bound as a record's.
export const MAX_SHARD_BYTES = 64 * 1024 * 1024
const SHA = /^[0-9a-f]{40}$/

/** `I/N` (the `shard` input, `--shard`): 1 ≤ I ≤ N ≤ MAX_SHARDS. */
export function parseShardSpec(value: string): ShardSpec {
  const match = /^\s*(\d{1,3})\s*\/\s*(\d{1,3})\s*$/.exec(value)
  const index = Number(match?.[1])
  const count = Number(match?.[2])
  if (!match || index < 1 || count < 1 || index > count || count > MAX_SHARDS) {
    throw new MemgateError(`Invalid shard '${value}'. Expected I/N with 1 <= I <= N <= ${MAX_SHARDS}, e.g. 1/2.`)
  }
  return { index, count }
}

/**
 * Runs a side shard `index` of `count` measures when the whole measurement has `total` a side: the
 * runs whose 0-based number is index − 1 modulo count, so the shards differ by one run at most.
 */
export function shardRuns(total: number, spec: ShardSpec): number {
  return Math.max(0, Math.ceil((total - (spec.index - 1)) / spec.count))
}

const isObject = (value: unknown): value is Record<string, unknown> => value !== null && typeof value === 'object' && !Array.isArray(value)

function checkSamples(value: unknown, side: 'base' | 'head', refuse: (what: string) => never): Samples {
  return { format: 'memgate-samples/1', side, ...readSamples(value, `${side} samples`, refuse) }
}

function checkStats(value: unknown, refuse: (what: string) => never): StatsOptions {
  if (!isObject(value)) return refuse('stats is not an object')
  const stats = { ...defaultStatsOptions }
  for (const name of Object.keys(defaultStatsOptions) as (keyof StatsOptions)[]) {
    const v = value[name]
    const ok = name === 'earlyLooks' ? Array.isArray(v) && v.every((n) => Number.isInteger(n) && n >= 2 && n <= 1000) : Number.isFinite(v)
    if (!ok) return refuse(`stats.${name} is missing or not a number`)
    ;(stats as Record<string, unknown>)[name] = v
  }
  return stats
}

/** Reads a memgate-shard/1 from JSON text; a MemgateError naming `source` and what is wrong. */
export function parseShard(text: string, source: string): ShardDocument {
  const { data, refuse } = openDocument(text, source, 'memgate-shard/1', MAX_SHARD_BYTES)
  const shard = data.shard
  if (!isObject(shard) || !Number.isInteger(shard.index) || !Number.isInteger(shard.count)) return refuse('shard is not {index, count}')
  const spec = parseShardSpec(`${shard.index}/${shard.count}`)
  for (const field of ['baseSha', 'headSha'] as const) {
    if (typeof data[field] !== 'string' || !SHA.test(data[field])) return refuse(`${field} is not a 40-hex SHA`)
  }
  const key = data.key
  if (!isObject(key) || !Object.values(key).every((v) => typeof v === 'string')) return refuse('key is not an object of strings')
  if (!Array.isArray(data.bumps)) return refuse('bumps is not an array')
  const samples = data.samples
  if (!isObject(samples)) return refuse('samples is not {base, head}')
  const base = checkSamples(samples.base, 'base', refuse)
  const head = checkSamples(samples.head, 'head', refuse)
  if (base.unit !== head.unit) return refuse(`base samples are in ${base.unit} and head samples in ${head.unit}`)
  const snapshots = Array.isArray(data.snapshots) ? data.snapshots.filter((s): s is string => typeof s === 'string') : []
  const notes = Array.isArray(data.notes) ? data.notes.filter((s): s is string => typeof s === 'string') : []
  const pr = data.pullRequest
  if (
    pr !== undefined &&
    !(isObject(pr) && typeof pr.repository === 'string' && Number.isSafeInteger(pr.number) && typeof pr.headSha === 'string')
  )
    return refuse('pullRequest is not {repository, number, headSha}')
  return {
    format: 'memgate-shard/1',
    shard: spec,
    baseSha: data.baseSha as string,
    headSha: data.headSha as string,
    key: { ...(key as Record<string, string>) },
    stats: checkStats(data.stats, refuse),
    bumps: data.bumps as Bump[],
    samples: { base, head },
    snapshots,
    notes,
    ...(pr ? { pullRequest: { repository: pr.repository as string, number: pr.number as number, headSha: pr.headSha as string } } : {})
  }
}

/** Key order does not matter, values do. */
const canonical = (value: unknown): string =>
  JSON.stringify(value, (_k, v: unknown) =>
    isObject(v) ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => a.localeCompare(b))) : v
  )

/** One measurement from its shards: every shard's runs (shard 1's first), the notes of all of them. */
export type MergedShards = Omit<ShardDocument, 'format' | 'shard' | 'notes'> & { notes: string[] }

/**
 * One measurement from its N shards: every index 1..N exactly once, the same count, commits, key,
 * statistics options and bumps; else a MemgateError naming what differs (and which shard).
 */
export function mergeShards(
  shards: readonly ShardDocument[],
  names: readonly string[] = shards.map((_, i) => `shard file ${i + 1}`)
): MergedShards {
  const [first] = shards
  if (!first) throw new MemgateError('No shards to merge.')
  const count = first.shard.count
  const seen = new Map<number, string>()
  for (const [i, s] of shards.entries()) {
    const name = names[i] ?? `shard file ${i + 1}`
    if (s.shard.count !== count)
      throw new MemgateError(`${name} is shard ${s.shard.index}/${s.shard.count}, but ${names[0]} is of ${count} shards.`)
    const twice = seen.get(s.shard.index)
    if (twice !== undefined) throw new MemgateError(`Shard ${s.shard.index}/${count} is there twice: ${twice} and ${name}.`)
    seen.set(s.shard.index, name)
    for (const [field, what] of [
      ['baseSha', 'base commit'],
      ['headSha', 'head commit'],
      ['key', 'key (soak, install, working directory, machine, Node.js)'],
      ['stats', 'statistics options'],
      ['bumps', 'dependency changes'],
      ['pullRequest', 'pull request']
    ] as const) {
      if (canonical(s[field]) !== canonical(first[field])) {
        throw new MemgateError(
          `${name} (shard ${s.shard.index}/${count}) differs from ${names[0]} in its ${what}: ${short(s[field])} against ${short(first[field])}.`
        )
      }
    }
  }
  const missing = [...Array(count).keys()].map((i) => i + 1).filter((i) => !seen.has(i))
  if (missing.length)
    throw new MemgateError(
      `Shard${missing.length > 1 ? 's' : ''} ${missing.map((i) => `${i}/${count}`).join(', ')} missing: all ${count} are needed for a verdict.`
    )
  const ordered = [...shards].sort((a, b) => a.shard.index - b.shard.index)
  const join = (side: 'base' | 'head'): Samples => ({
    format: 'memgate-samples/1',
    side,
    unit: first.samples[side].unit,
    runs: ordered.flatMap((s) => s.samples[side].runs)
  })
  if (join('base').unit !== join('head').unit || ordered.some((s) => s.samples.base.unit !== first.samples.base.unit)) {
    throw new MemgateError('The shards measured in different units (iteration against ms).')
  }
  return {
    baseSha: first.baseSha,
    headSha: first.headSha,
    key: first.key,
    stats: first.stats,
    bumps: first.bumps,
    samples: { base: join('base'), head: join('head') },
    snapshots: ordered.find((s) => s.snapshots.length >= 2)?.snapshots ?? [],
    notes: ordered.flatMap((s) => (s.notes ?? []).map((n) => `shard ${s.shard.index}: ${n}`)),
    ...(first.pullRequest ? { pullRequest: first.pullRequest } : {})
  }
}

function short(value: unknown): string {
  const text = typeof value === 'string' ? value : (canonical(value) ?? 'none')
  return text.length > 80 ? `${text.slice(0, 77)}…` : text
}
