// A store: a directory of memgate-record/1 files, one immutable file per commit and series
// (records/<series>/<commit>.json), so that no file grows with the history and two writers of
// different commits never touch the same file. Readers take `*.json` files anywhere under it.
import * as fs from 'node:fs'
import * as path from 'node:path'
import { MemgateError } from '../errors.js'
import { type MemoryRecord, readRecordFile, recordPath, seriesId } from './record.js'

export interface StoredRecord {
  file: string
  record: MemoryRecord
}

export interface StoreListing {
  records: StoredRecord[]
  /** Files that are not usable records, each with the one-line reason; never counted as data. */
  skipped: string[]
}

/** Records kept per series by default (`record-keep`): some years of pushes to a busy main. */
export const DEFAULT_RECORD_KEEP = 1000

/** Where the store's page goes. */
export const PAGE_FILE = 'index.html'

export type WriteOutcome = 'written' | 'kept'

/**
 * Writes the record to its file. A record already there for that commit and series is kept as it
 * is ('kept'): records are immutable, the first measurement of a commit stands.
 */
export function writeRecord(storeDir: string, record: MemoryRecord): { file: string; outcome: WriteOutcome } {
  const file = recordPath(storeDir, record.key, record.commit)
  fs.mkdirSync(path.dirname(file), { recursive: true })
  try {
    fs.writeFileSync(file, `${JSON.stringify(record)}\n`, { flag: 'wx' })
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return { file, outcome: 'kept' }
    throw new MemgateError(`Cannot write record ${file}: ${(error as Error).message}`, 2, { cause: error })
  }
  return { file, outcome: 'written' }
}

function jsonFiles(dir: string): string[] {
  let entries: fs.Dirent[]
  try {
    entries = fs.readdirSync(dir, { withFileTypes: true })
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return []
    throw new MemgateError(`Cannot read the store ${dir}: ${(error as Error).message}`, 2, { cause: error })
  }
  return entries
    .filter((entry) => !entry.name.startsWith('.'))
    .flatMap((entry) => {
      const full = path.join(dir, entry.name)
      if (entry.isDirectory()) return jsonFiles(full)
      return entry.isFile() && entry.name.endsWith('.json') ? [full] : []
    })
}

/** Every usable record under the store (a missing store is an empty one); unusable files are listed in `skipped`. */
export function listRecords(storeDir: string): StoreListing {
  const records: StoredRecord[] = []
  const skipped: string[] = []
  for (const file of jsonFiles(storeDir).sort()) {
    try {
      records.push({ file, record: readRecordFile(file) })
    } catch (error) {
      if (!(error instanceof MemgateError)) throw error
      skipped.push(error.reason)
    }
  }
  return { records, skipped }
}

/**
 * Keeps the newest `keep` records of each series (by measuredAt, then commit) and deletes the
 * rest. Returns the deleted files; the caller says so in the summary.
 */
export function pruneStore(storeDir: string, keep: number): StoredRecord[] {
  if (!Number.isInteger(keep) || keep < 1) throw new MemgateError(`record-keep must be a whole number of at least 1, not ${keep}`)
  const bySeries = new Map<string, StoredRecord[]>()
  for (const stored of listRecords(storeDir).records) {
    const id = seriesId(stored.record.key)
    bySeries.set(id, [...(bySeries.get(id) ?? []), stored])
  }
  const removed: StoredRecord[] = []
  for (const records of bySeries.values()) {
    records.sort((a, b) =>
      b.record.measuredAt === a.record.measuredAt
        ? a.record.commit < b.record.commit
          ? 1
          : -1
        : b.record.measuredAt < a.record.measuredAt
          ? -1
          : 1
    )
    for (const old of records.slice(keep)) {
      fs.rmSync(old.file, { force: true })
      removed.push(old)
    }
  }
  return removed
}
