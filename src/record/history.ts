// The trend of a ref: the store's records along its first-parent history, per series, with the
// bumps between consecutive points and the steps up among them (memgate-trend/1). I/O: git and the
// store; the detection itself is trend.ts.

import { readBumps } from '../bumps/read.js'
import type { Git } from '../git.js'
import { shortSha } from '../sha.js'
import type { Bump, Growth } from '../types.js'
import { type MemoryRecord, seriesId } from './record.js'
import { listRecords } from './store.js'
import { buildSeries, type TrendDocument, type TrendOptions, type TrendPoint } from './trend.js'

export interface HistoryOptions {
  git: Git
  storeDir: string
  /** The ref whose first-parent history is read (a full SHA comes back in the document). */
  ref: string
  /** How many commits of history, newest first, are looked at. */
  last: number
  trend?: Partial<TrendOptions>
  warn: (line: string) => void
}

/** The default window: the last 100 commits, as the page shows. */
export const DEFAULT_LAST = 100

/**
 * Reads the trend of `ref`. Commits without a record are skipped; records of commits outside the
 * history are not read as points; a series is listed when it has a point, newest series first.
 */
export async function readTrend(options: HistoryOptions): Promise<TrendDocument> {
  const { git } = options
  const ref = await git.resolve(options.ref)
  const history = (await git.firstParents(ref, options.last)).reverse()
  const position = new Map(history.map((sha, i) => [sha, i]))
  const listing = listRecords(options.storeDir)
  for (const reason of listing.skipped) options.warn(reason)
  const bySeries = new Map<string, { record: MemoryRecord; growth: Growth; at: number }[]>()
  for (const { record } of listing.records) {
    const at = position.get(record.commit)
    if (at === undefined || !record.growth) continue
    const id = seriesId(record.key)
    const list = bySeries.get(id) ?? []
    // One record per commit and series; a second copy elsewhere in the store is the same commit again.
    if (!list.some((r) => r.record.commit === record.commit)) list.push({ record, growth: record.growth, at })
    bySeries.set(id, list)
  }
  const series = []
  for (const records of bySeries.values()) {
    records.sort((a, b) => a.at - b.at)
    const points: TrendPoint[] = []
    let previous: MemoryRecord | undefined
    for (const { record, growth } of records) {
      const bumps = previous ? await bumpsBetween(git, previous.commit, record.commit, record.key.workingDirectory, options.warn) : []
      points.push({
        commit: record.commit,
        estimate: growth.estimate,
        low: growth.low,
        high: growth.high,
        runs: record.samples.runs.length,
        bumps,
        ...(record.suspects?.length ? { suspects: record.suspects } : {})
      })
      previous = record
    }
    const [first] = records
    if (first && previous)
      series.push({
        newest: records[records.length - 1]?.at ?? 0,
        value: buildSeries(first.record.key, first.record.unit, points, options.trend)
      })
  }
  series.sort((a, b) => b.newest - a.newest)
  return { format: 'memgate-trend/1', ref, series: series.map((s) => s.value) }
}

async function bumpsBetween(git: Git, base: string, head: string, workingDirectory: string, warn: (line: string) => void): Promise<Bump[]> {
  try {
    return await readBumps(git, base, head, { workingDirectory, warn })
  } catch (error) {
    // A lockfile memgate cannot read costs the names of the bumps, not the trend.
    warn(`bumps between ${shortSha(base)} and ${shortSha(head)} unknown: ${(error as Error).message}`)
    return []
  }
}
