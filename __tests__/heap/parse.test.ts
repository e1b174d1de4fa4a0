import { beforeAll, describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { MemgateError } from '../../src/errors.js'
import { HeapSnapshotParser, locationOf, parseHeapSnapshot, type HeapGraph } from '../../src/heap/parse.js'
import { writeSnapshot } from './snapshots.js'

interface RawSnapshot {
  snapshot: { meta: { node_fields: string[]; edge_fields: string[]; node_types: string[][]; edge_types: string[][] }; node_count: number; edge_count: number }
  nodes: number[]
  edges: number[]
  strings: string[]
  [key: string]: unknown
}

function expectSameGraph(a: HeapGraph, b: HeapGraph): void {
  expect(a.nodeCount).toBe(b.nodeCount)
  expect(a.edgeCount).toBe(b.edgeCount)
  for (const key of ['nodeType', 'nodeName', 'nodeId', 'selfSize', 'firstEdge', 'edgeType', 'edgeName', 'edgeTo'] as const) {
    expect(Buffer.compare(Buffer.from(a[key].buffer), Buffer.from(b[key].buffer))).toBe(0)
  }
  expect(a.strings).toEqual(b.strings)
  expect(a.locations.count).toBe(b.locations.count)
  for (const key of ['node', 'scriptId', 'line', 'column'] as const) expect([...a.locations[key]]).toEqual([...b.locations[key]])
}

function parseError(data: Uint8Array | string): MemgateError {
  try {
    parseHeapSnapshot(data)
  } catch (error) {
    if (error instanceof MemgateError) return error
    throw error
  }
  throw new Error('parsed without an error')
}

describe('HeapSnapshotParser on a real v8.writeHeapSnapshot file', () => {
  let bytes: Buffer
  let raw: RawSnapshot
  let graph: HeapGraph
  beforeAll(() => {
    // Strings with escapes and non-ASCII text make the string table interesting.
    bytes = readFileSync(writeSnapshot(`globalThis.keep = ['tab\\there', 'quote " and \\\\', 'é日本', 'line\\nbreak', 'x'.repeat(3000)]`))
    raw = JSON.parse(bytes.toString('utf8'))
    graph = parseHeapSnapshot(bytes, { stringValues: true })
  })

  it('reads every node, edge and string as JSON.parse does', () => {
    const meta = raw.snapshot.meta
    const nf = meta.node_fields.length
    const ef = meta.edge_fields.length
    expect(graph.nodeCount).toBe(raw.snapshot.node_count)
    expect(graph.edgeCount).toBe(raw.snapshot.edge_count)
    const f = (name: string) => meta.node_fields.indexOf(name)
    for (let i = 0; i < graph.nodeCount; i += 97) {
      expect(graph.nodeId[i]).toBe(raw.nodes[i * nf + f('id')])
      expect(graph.nodeType[i]).toBe(raw.nodes[i * nf + f('type')])
      expect(graph.strings[graph.nodeName[i]!]).toBe(raw.strings[raw.nodes[i * nf + f('name')]!])
      expect(graph.selfSize[i]).toBe(raw.nodes[i * nf + f('self_size')])
    }
    for (let e = 0; e < graph.edgeCount; e += 101) {
      expect(graph.edgeTo[e]! * nf).toBe(raw.edges[e * ef + meta.edge_fields.indexOf('to_node')])
    }
    expect(graph.strings.length).toBe(raw.strings.length)
    expect(graph.strings).toEqual(raw.strings.map((s) => s.slice(0, 1024)))
    for (const s of ['tab\there', 'quote " and \\', 'é日本', 'line\nbreak']) expect(graph.strings).toContain(s)
    expect(graph.nodeTypes).toEqual(meta.node_types[0])
    expect(graph.edgeTypes).toEqual(meta.edge_types[0])
    expect(graph.locations.count).toBeGreaterThan(100)
    const raw4 = (raw as unknown as { locations: number[] }).locations
    const k = raw4.length / 4 - 1
    const at = locationOf(graph, raw4[k * 4]! / nf)
    expect([graph.locations.scriptId[at], graph.locations.line[at], graph.locations.column[at]]).toEqual(raw4.slice(k * 4 + 1, k * 4 + 4))
  })

  it('gives the same graph whatever the chunk boundaries', () => {
    const parser = new HeapSnapshotParser()
    let seed = 7
    for (let at = 0; at < bytes.length; ) {
      seed = (seed * 1103515245 + 12345) % 2147483648
      const size = 1 + (seed % 5000)
      parser.write(bytes.subarray(at, at + size))
      at += size
    }
    expectSameGraph(parser.end(), parseHeapSnapshot(bytes))
    expectSameGraph(parseHeapSnapshot(bytes.toString('utf8'), { stringValues: true }), graph)
  })

  it('reads field orders from snapshot.meta rather than assuming them', () => {
    // The same snapshot re-serialized with node and edge fields in reverse order.
    const meta = raw.snapshot.meta
    const nf = meta.node_fields.length
    const ef = meta.edge_fields.length
    const nodes: number[] = []
    for (let i = 0; i < raw.nodes.length; i += nf) for (let k = nf - 1; k >= 0; k--) nodes.push(raw.nodes[i + k]!)
    const edges: number[] = []
    for (let i = 0; i < raw.edges.length; i += ef) for (let k = ef - 1; k >= 0; k--) edges.push(raw.edges[i + k]!)
    const reordered = {
      ...raw,
      snapshot: {
        ...raw.snapshot,
        meta: {
          ...meta,
          node_fields: [...meta.node_fields].reverse(),
          node_types: [...meta.node_types].reverse(),
          edge_fields: [...meta.edge_fields].reverse(),
          edge_types: [...meta.edge_types].reverse(),
        },
      },
      nodes,
      edges,
    }
    expectSameGraph(parseHeapSnapshot(JSON.stringify(reordered), { stringValues: true }), graph)
  })

  it('keeps names and node_modules paths but not other string values by default', () => {
    const lean = parseHeapSnapshot(bytes)
    expect(lean.strings.length).toBe(graph.strings.length)
    const valueTypes = ['string', 'concatenated string', 'sliced string'].map((t) => graph.nodeTypes.indexOf(t))
    let dropped = 0
    for (let k = 0; k < graph.strings.length; k++) {
      if (lean.strings[k] === graph.strings[k]) continue
      expect(lean.strings[k]).toBe('')
      expect(graph.strings[k]).not.toContain('node_modules')
      dropped++
    }
    expect(dropped).toBeGreaterThan(100)
    expect(lean.strings).not.toContain('tab\there')
    // names of objects, closures and edges stay
    let renamed = 0
    for (let i = 0; i < graph.nodeCount; i++) {
      if (!valueTypes.includes(graph.nodeType[i]!) && lean.strings[lean.nodeName[i]!] !== graph.strings[graph.nodeName[i]!]) renamed++
    }
    expect(renamed).toBe(0)
    expect(lean.strings).toContain('keep')
  })

  it('can skip edges for snapshots that only need ids and sizes', () => {
    const light = parseHeapSnapshot(bytes, { edges: false })
    expect(light.edgeCount).toBe(0)
    expect(light.edgeTo.length).toBe(0)
    expect(Buffer.compare(Buffer.from(light.nodeId.buffer), Buffer.from(graph.nodeId.buffer))).toBe(0)
  })

  it.each([
    ['in the header', 0.00001, /truncated|header/],
    ['in the nodes', 0.1, /truncated: it ends in the nodes section after \d+ of \d+ nodes/],
    ['in the edges', 0.5, /truncated: it ends in the edges section/],
    ['in the strings', 0.99, /truncated: it ends in the strings section/],
  ])('says where a snapshot cut %s ends', (_where, fraction, reason) => {
    const error = parseError(bytes.subarray(0, Math.max(1, Math.floor(bytes.length * fraction))))
    expect(error.reason).toMatch(reason)
    expect(error.exitCode).toBe(2)
    expect(error.reason).not.toContain('\n')
  })

  it.each([
    ['an empty file', '', /is empty/],
    ['text', 'hello', /does not start with a JSON object/],
    ['JSON that is no snapshot', readFileSync('package.json'), /no "snapshot" header|no "snapshot.meta"/],
    ['a JSON array', '[1,2,3]', /does not start with a JSON object/],
  ])('rejects %s with a one-line reason', (_what, data, reason) => {
    const error = parseError(data)
    expect(error.reason).toMatch(reason)
    expect(error.reason).not.toContain('\n')
  })

  it('rejects a node count that disagrees with the header', () => {
    const lying = { ...raw, snapshot: { ...raw.snapshot, node_count: raw.snapshot.node_count + 1 } }
    expect(parseError(JSON.stringify(lying)).reason).toMatch(/nodes where its header says/)
  })
})
