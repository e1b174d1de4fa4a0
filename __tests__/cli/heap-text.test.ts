// The CLI's text for `memgate heap summary` and `memgate heap diff`.
import { describe, expect, it } from '@jest/globals'
import { formatBytes } from '../../src/bytes.js'
import { formatHeapDiff, formatHeapSummary } from '../../src/cli/heap-text.js'
import type { HeapDiff, HeapSuspect } from '../../src/heap/diff.js'

const snapshot = (totalBytes: number, maxId: number) => ({ nodeCount: 100, totalBytes, maxId })

const suspect: HeapSuspect = {
  name: 'Session @ app.js:12',
  className: 'Session',
  site: 'app.js:12',
  package: 'leaky-cache',
  bumped: true,
  count: 3000,
  bytes: 300_000,
  selfBytes: 120_000,
  retainedBytes: 300_000,
  nodeId: 42,
  growth: { count: [10, 1010, 3010], bytes: [400, 40_400, 120_400] },
  retainerPath: []
}

const diff = (over: Partial<HeapDiff>): HeapDiff => ({
  suspects: [],
  technique: 'three-snapshot',
  snapshots: [snapshot(1_000_000, 10), snapshot(2_000_000, 20), snapshot(3_000_000, 30)],
  newObjects: { count: 3000, bytes: 300_000 },
  threshold: { bytes: 65_536, count: 1 },
  ...over
})

describe('formatHeapDiff', () => {
  it('heads with the first and last heap and lists each suspect with its package and growth', () => {
    const text = formatHeapDiff(diff({ suspects: [suspect] }))
    expect(text.split('\n')[0]).toBe(
      `3 snapshots (three-snapshot): heap ${formatBytes(1_000_000)} → ${formatBytes(3_000_000)}, 3000 objects (${formatBytes(300_000)}) allocated after the first and still alive`
    )
    expect(text).toContain(
      `1. Session @ app.js:12: 3000 new, ${formatBytes(300_000)} retained (${formatBytes(120_000)} self) — package leaky-cache (bumped)`
    )
    expect(text).toContain('Session count per snapshot: 10 → 1010 → 3010')
    expect(text).toContain('not reachable from the GC roots without weak edges')
  })

  it('says when nothing passes the noise threshold, and what a two-snapshot diff counts', () => {
    const text = formatHeapDiff(diff({ technique: 'two-snapshot', snapshots: [snapshot(1, 1), snapshot(2, 2)] }))
    expect(text).toContain('net growth')
    expect(text).toContain(`No suspect above the noise threshold (${formatBytes(65_536)} retained).`)
  })

  it('compares nothing with fewer than two snapshots', () => {
    expect(formatHeapDiff(diff({ snapshots: [snapshot(1, 1)] }))).toBe('1 snapshot(s): nothing to compare.')
    expect(formatHeapDiff(diff({ snapshots: [] }))).toBe('0 snapshot(s): nothing to compare.')
  })
})

describe('formatHeapSummary', () => {
  const groups = Array.from({ length: 30 }, (_, i) => ({ name: `C${i}`, count: 30 - i, bytes: 1000 * (30 - i) }))

  it('shows `limit` classes and says how many more there are', () => {
    const text = formatHeapSummary({ nodeCount: 500, edgeCount: 900, totalBytes: 465_000, maxId: 9, groups }, 5)
    const lines = text.split('\n')
    expect(lines[0]).toBe(`500 nodes, 900 edges, ${formatBytes(465_000)} in total`)
    expect(lines.filter((l) => /\bC\d+$/.test(l))).toHaveLength(5)
    expect(lines.at(-1)).toBe('… 25 more classes (--json for all)')
  })

  it('shows a retained size only where the summary has one', () => {
    const text = formatHeapSummary({
      nodeCount: 2,
      edgeCount: 1,
      totalBytes: 10,
      maxId: 2,
      groups: [{ name: 'A', count: 1, bytes: 10, retainedBytes: 2048 }]
    })
    expect(text).toContain(formatBytes(2048))
    expect(text).not.toContain('more classes')
  })
})
