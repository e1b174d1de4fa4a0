import { execFileSync } from 'node:child_process'
import { readFileSync, statSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from '@jest/globals'
import { formatHeapDiff, formatHeapSummary } from '../../src/cli/heap-text.js'
import { MemgateError } from '../../src/errors.js'
import { diffSnapshotFiles, summarizeSnapshotFile } from '../../src/heap/analyze.js'
import { makeSnapshots, makeTempDir } from './snapshots.js'

async function rejection(promise: Promise<unknown>): Promise<MemgateError> {
  try {
    await promise
  } catch (error) {
    if (error instanceof MemgateError) return error
    throw error
  }
  throw new Error('resolved without an error')
}

describe('heap stage entry points on snapshot files', () => {
  let files: [string, string, string]
  let dir: string
  beforeAll(() => {
    dir = makeTempDir()
    files = makeSnapshots('listeners', 500, dir)
  })

  it('summarizes a file: Listener instances, sizes and a readable table', async () => {
    const summary = await summarizeSnapshotFile(files[2])
    const listener = summary.groups.find((g) => g.name === 'Listener')!
    expect(listener.count).toBe(1200) // 200 warm-up steps + 2 × 500
    expect(listener.retainedBytes).toBeGreaterThan(listener.bytes)
    const text = formatHeapSummary(summary)
    expect(text.split('\n')[0]).toMatch(/^\d+ nodes, \d+ edges, [\d.]+ MiB in total$/)
    expect(text).toMatch(/\n\s+1200\s+[\d.]+ KiB\s+[\d.]+ KiB\s+Listener\n/)
  })

  it('diffs three files and prints suspects with package and path', async () => {
    const diff = await diffSnapshotFiles(files, { packages: ['leaky-lib'] })
    expect(diff.snapshots).toHaveLength(3)
    expect(diff.suspects[0]).toMatchObject({ name: 'Listener', count: 500, package: 'leaky-lib', bumped: true })
    expect(diff.suspects[0]!.growth.count).toEqual([200, 700, 1200])
    const text = formatHeapDiff(diff)
    expect(text).toMatch(/^3 snapshots \(three-snapshot\)/)
    expect(text).toMatch(/\n1\. Listener: 500 new, [\d.]+ KiB retained \([\d.]+ KiB self\) — package leaky-lib \(bumped\)\n/)
    expect(text).toContain('Listener count per snapshot: 200 → 700 → 1200')
    expect(text).toMatch(/\n {5}\.listeners Array @\d+\n/)
    // --json prints the object: it must survive JSON
    expect(JSON.parse(JSON.stringify(diff)).suspects[0].retainerPath).toEqual(diff.suspects[0]!.retainerPath)
  })

  it('says so when nothing is above the noise threshold', async () => {
    const diff = await diffSnapshotFiles([files[0], files[0]])
    expect(diff.suspects).toEqual([])
    expect(formatHeapDiff(diff)).toContain('No suspect above the noise threshold (64.0 KiB retained).')
  })

  it('names the file in a one-line error for a truncated snapshot (exit 2)', async () => {
    const cut = join(dir, 'cut.heapsnapshot')
    const bytes = readFileSync(files[2])
    writeFileSync(cut, bytes.subarray(0, Math.floor(bytes.length * 0.6)))
    const error = await rejection(summarizeSnapshotFile(cut))
    expect(error.reason).toMatch(
      new RegExp(`^Heap snapshot ${cut} is truncated: it ends in the edges section after \\d+ of \\d+ edges \\(after \\d+ bytes\\)$`)
    )
    expect(error.exitCode).toBe(2)
    expect(error.cause).toBeInstanceOf(MemgateError)
    expect((await rejection(diffSnapshotFiles([files[0], cut]))).reason).toContain(cut)
    // an earlier snapshot is read in totals-only mode, which skips the edges without counting them
    expect((await rejection(diffSnapshotFiles([cut, files[2]]))).reason).toBe(
      `Heap snapshot ${cut} is truncated: it ends in the edges section (after ${Math.floor(bytes.length * 0.6)} bytes)`
    )
  })

  it.each([
    ['an empty file', '', /^Heap snapshot .*empty\.heapsnapshot is empty; expected a V8 heap snapshot$/],
    ['a samples file', '{"format":"memgate-samples/1","runs":[]}', /has no "snapshot" header/]
  ])('rejects %s', async (_what, content, reason) => {
    const file = join(dir, 'empty.heapsnapshot')
    writeFileSync(file, content)
    expect((await rejection(summarizeSnapshotFile(file))).reason).toMatch(reason)
  })

  it('refuses a snapshot over the limit before parsing it, and a FIFO without waiting on it', async () => {
    const size = statSync(files[0]).size
    const limit = size - 1
    expect((await rejection(summarizeSnapshotFile(files[0], { maxBytes: limit }))).reason).toBe(
      `Heap snapshot ${files[0]} is ${(size / 1024 / 1024).toFixed(1)} MiB, over the ${(limit / 1024 / 1024).toFixed(1)} MiB limit for heap snapshots`
    )
    expect((await rejection(diffSnapshotFiles(files, { maxBytes: limit }))).reason).toContain(`Heap snapshot ${files[0]} is`)
    // The soak writes the snapshot directory: a FIFO there would block a plain open for ever.
    const fifo = join(dir, 'fifo.heapsnapshot')
    execFileSync('mkfifo', [fifo])
    expect((await rejection(summarizeSnapshotFile(fifo))).reason).toBe(
      `Heap snapshot ${fifo} is not a regular file; expected a .heapsnapshot file`
    )
  })

  it('rejects a missing file and a diff of one snapshot', async () => {
    expect((await rejection(summarizeSnapshotFile(join(dir, 'nope.heapsnapshot')))).reason).toMatch(
      /^Cannot read heap snapshot .*nope\.heapsnapshot \(ENOENT\)/
    )
    expect((await rejection(diffSnapshotFiles([files[0]]))).reason).toMatch(/needs at least two snapshots/)
  })
})
