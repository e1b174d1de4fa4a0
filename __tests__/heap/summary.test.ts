import { readFileSync } from 'node:fs'
import { beforeAll, describe, expect, it } from '@jest/globals'
import { parseHeapSnapshot } from '../../src/heap/parse.js'
import { type HeapSummary, maxObjectId, summarizeGraph } from '../../src/heap/summary.js'
import { writeSnapshot } from './snapshots.js'

describe('summarizeGraph on a real snapshot', () => {
  let summary: HeapSummary
  let bytes: Buffer
  let raw: { snapshot: { meta: { node_fields: string[] } }; nodes: number[] }
  beforeAll(() => {
    const file = writeSnapshot(`
      class Widget { constructor(i) { this.i = i; this.parts = [i, i + 1] } }
      globalThis.widgets = Array.from({ length: 3000 }, (_, i) => new Widget(i))`)
    bytes = readFileSync(file)
    raw = JSON.parse(bytes.toString('utf8'))
    summary = summarizeGraph(parseHeapSnapshot(bytes))
  })

  it('counts instances per constructor and sums their self sizes', () => {
    const widget = summary.groups.find((g) => g.name === 'Widget')!
    expect(widget.count).toBe(3000)
    expect(widget.bytes % 3000).toBe(0)
    // each Widget retains its own `parts` array
    expect(widget.retainedBytes).toBeGreaterThan(widget.bytes * 2)
  })

  it('accounts for every node and byte, largest group first', () => {
    const nf = raw.snapshot.meta.node_fields.length
    const sizeAt = raw.snapshot.meta.node_fields.indexOf('self_size')
    let total = 0
    for (let i = sizeAt; i < raw.nodes.length; i += nf) total += raw.nodes[i]!
    expect(summary.totalBytes).toBe(total)
    expect(summary.groups.reduce((a, g) => a + g.count, 0)).toBe(summary.nodeCount)
    expect(summary.groups.reduce((a, g) => a + g.bytes, 0)).toBe(total)
    for (let k = 1; k < summary.groups.length; k++) expect(summary.groups[k - 1]!.bytes).toBeGreaterThanOrEqual(summary.groups[k]!.bytes)
    expect(summary.groups.map((g) => g.name)).toEqual(expect.arrayContaining(['(closure)', '(string)', '(compiled code)', 'Array']))
  })

  it('gives the same totals when read in totals-only mode (no per-node arrays)', () => {
    const light = parseHeapSnapshot(bytes, { totalsOnly: true })
    expect(light.nodeId.length).toBe(1)
    expect(light.edgeTo.length).toBe(0)
    const totals = summarizeGraph(light)
    const withoutRetained = summary.groups.map(({ name, count, bytes }) => ({ name, count, bytes }))
    expect(totals.groups).toEqual(withoutRetained)
    expect(totals.maxId).toBe(summary.maxId)
    expect(totals.totalBytes).toBe(summary.totalBytes)
    expect(totals.nodeCount).toBe(summary.nodeCount)
  })

  it('takes the highest id from V8 objects (odd ids), not from embedder nodes', () => {
    const nf = raw.snapshot.meta.node_fields.length
    const idAt = raw.snapshot.meta.node_fields.indexOf('id')
    let maxOdd = 0
    for (let i = idAt; i < raw.nodes.length; i += nf) if (raw.nodes[i]! % 2 === 1) maxOdd = Math.max(maxOdd, raw.nodes[i]!)
    expect(summary.maxId).toBe(maxOdd)
    expect(maxObjectId(parseHeapSnapshot(bytes, { edges: false }))).toBe(maxOdd)
  })
})
