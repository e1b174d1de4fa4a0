// Entry points of the heap stage used by the pipeline and the CLI: stream snapshot files from disk
// into the parser; everything else is pure (parse, summary, diff, format).
import { constants } from 'node:fs'
import { type FileHandle, open } from 'node:fs/promises'
import { MemgateError } from '../errors.js'
import { diffGraphs, type HeapDiff, type HeapDiffOptions } from './diff.js'
import { type HeapGraph, HeapSnapshotParser, type ParseOptions } from './parse.js'
import { type HeapSummary, summarizeGraph } from './summary.js'

export type { HeapDiff, HeapDiffOptions, HeapSuspect } from './diff.js'

/** Streams one .heapsnapshot file into the parser; MemgateError (exit 2) names the file when it is not one. */
export async function readSnapshotFile(file: string, options?: ParseOptions): Promise<HeapGraph> {
  let parser: HeapSnapshotParser
  let handle: FileHandle | undefined
  try {
    // One buffer, refilled: the parser copies what it keeps, so reading leaves no garbage behind.
    // Non-blocking, so that a FIFO in the soak's snapshot directory cannot hang the step.
    handle = await open(file, constants.O_RDONLY | constants.O_NONBLOCK)
    // The size of what was opened, not of a path that may have changed since: a snapshot over the
    // limit is refused before a byte of it is parsed.
    const stat = await handle.stat()
    if (!stat.isFile()) throw new MemgateError(`is not a regular file; expected a .heapsnapshot file`)
    parser = new HeapSnapshotParser({ ...options, totalBytes: stat.size })
    const buffer = new Uint8Array(1 << 20)
    for (;;) {
      const { bytesRead } = await handle.read(buffer, 0, buffer.length, null)
      if (bytesRead === 0) break
      parser.write(bytesRead === buffer.length ? buffer : buffer.subarray(0, bytesRead))
    }
    return parser.end()
  } catch (error) {
    if (error instanceof MemgateError) throw new MemgateError(`Heap snapshot ${file} ${error.reason}`, 2, { cause: error })
    const code = (error as NodeJS.ErrnoException).code
    if (code === 'ENOENT' || code === 'EISDIR' || code === 'EACCES') {
      throw new MemgateError(`Cannot read heap snapshot ${file} (${code}); expected a .heapsnapshot file`, 2, { cause: error })
    }
    throw error
  } finally {
    await handle?.close()
  }
}

/** Per-class counts, self and retained sizes of one snapshot file. */
export async function summarizeSnapshotFile(file: string, options: Pick<ParseOptions, 'maxBytes'> = {}): Promise<HeapSummary> {
  return summarizeGraph(await readSnapshotFile(file, options))
}

/** Snapshots of one process, oldest first: suspects that were allocated after the first and still live in the last. */
export async function diffSnapshotFiles(
  files: string[],
  options: HeapDiffOptions & Pick<ParseOptions, 'maxBytes'> = {}
): Promise<HeapDiff> {
  if (files.length < 2) throw new MemgateError(`A heap diff needs at least two snapshots of one process (got ${files.length})`)
  // Only the last snapshot is kept as a graph; earlier ones are folded into class totals and their
  // highest id while they stream by, so that peak memory is one graph.
  const earlier: HeapSummary[] = []
  const limit = { maxBytes: options.maxBytes }
  for (const file of files.slice(0, -1)) earlier.push(summarizeGraph(await readSnapshotFile(file, { ...limit, totalsOnly: true })))
  const last = await readSnapshotFile(files[files.length - 1]!, limit)
  return diffGraphs(earlier, last, options)
}
