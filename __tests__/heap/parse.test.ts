import { readFileSync } from 'node:fs'
import { beforeAll, describe, expect, it } from '@jest/globals'
import { MemgateError } from '../../src/errors.js'
import { type HeapGraph, HeapSnapshotParser, locationOf, parseHeapSnapshot } from '../../src/heap/parse.js'
import { DEFAULT_HEAP_MAX_BYTES } from '../../src/options.js'
import { writeSnapshot } from './snapshots.js'

interface RawSnapshot {
  snapshot: {
    meta: { node_fields: string[]; edge_fields: string[]; node_types: string[][]; edge_types: string[][] }
    node_count: number
    edge_count: number
  }
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

function streamError(data: Uint8Array): MemgateError {
  try {
    const parser = new HeapSnapshotParser()
    parser.write(data)
    parser.end()
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
          edge_types: [...meta.edge_types].reverse()
        }
      },
      nodes,
      edges
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
    ['in the strings', 0.99, /truncated: it ends in the strings section/]
  ])('says where a snapshot cut %s ends', (_where, fraction, reason) => {
    // Streamed, as a file whose size is not known; a known size catches the cut at the header.
    const error = streamError(bytes.subarray(0, Math.max(1, Math.floor(bytes.length * fraction))))
    expect(error.reason).toMatch(reason)
    expect(error.exitCode).toBe(2)
    expect(error.reason).not.toContain('\n')
  })

  it.each([
    ['an empty file', '', /is empty/],
    ['text', 'hello', /does not start with a JSON object/],
    ['JSON that is no snapshot', readFileSync('package.json'), /no "snapshot" header|no "snapshot.meta"/],
    ['a JSON array', '[1,2,3]', /does not start with a JSON object/]
  ])('rejects %s with a one-line reason', (_what, data, reason) => {
    const error = parseError(data)
    expect(error.reason).toMatch(reason)
    expect(error.reason).not.toContain('\n')
  })

  it('says that a snapshot cut short of what its header counts is truncated, when its size is known', () => {
    const cut = bytes.subarray(0, Math.floor(bytes.length * 0.1))
    expect(parseError(cut).reason).toMatch(
      new RegExp(
        `^is truncated or its header lies: it claims \\d+ nodes and \\d+ edges, which need at least \\d+ bytes, more than its ${cut.length} bytes$`
      )
    )
  })

  it('rejects a node count that disagrees with the header', () => {
    const lying = { ...raw, snapshot: { ...raw.snapshot, node_count: raw.snapshot.node_count + 1 } }
    expect(parseError(JSON.stringify(lying)).reason).toMatch(/nodes where its header says/)
  })

  // The snapshot is written by the soak, the PR's code: its header's counts size the typed arrays.
  describe('a hostile header', () => {
    const hostile = (nodes: number, edges: number) =>
      JSON.stringify({ snapshot: { ...raw.snapshot, node_count: nodes, edge_count: edges }, nodes: [], edges: [], strings: [] })

    it('claiming more nodes and edges than the file can hold is refused before anything is allocated', () => {
      const text = hostile(50_000_000, 200_000_000)
      const before = process.memoryUsage().arrayBuffers
      const error = parseError(text)
      expect(error.reason).toBe(
        `is truncated or its header lies: it claims 50000000 nodes and 200000000 edges, which need at least ${2 * (50_000_000 * 7 + 200_000_000 * 3)} bytes, more than its ${text.length} bytes`
      )
      // Allocated from those counts, the arrays alone would take 2.8 GB.
      expect(process.memoryUsage().arrayBuffers - before).toBeLessThan(64 * 1024 * 1024)
    })

    it('is held to the limit when the size of the input is not known', () => {
      const parser = new HeapSnapshotParser({ maxBytes: 1024 * 1024 })
      let error: unknown
      try {
        parser.write(hostile(100_000, 100_000))
      } catch (e) {
        error = e
      }
      expect((error as MemgateError).reason).toBe(
        'claims 100000 nodes and 100000 edges in its "snapshot" header, which need at least 2000000 bytes, more than the 1048576-byte limit for heap snapshots'
      )
    })

    it('cannot make its string table take more than 3× its bytes in memory', () => {
      // A million tiny distinct strings, before the nodes so that every one is kept: a slot and a
      // string header each took 4.6× the table's bytes.
      const strings = Array.from({ length: 1_000_000 }, (_, i) => i.toString(36))
      const fields = raw.snapshot.meta.node_fields.length
      const text = JSON.stringify({
        snapshot: { ...raw.snapshot, node_count: 1, edge_count: 0 },
        strings,
        nodes: new Array(fields).fill(0),
        edges: []
      })
      expect(parseError(text).reason).toMatch(
        new RegExp(
          `^has a strings section that would take more than 3× the snapshot's ${text.length} bytes in memory \\(\\d+ strings so far\\): V8 writes no such table$`
        )
      )
      // Names as long as a snapshot's usual ones fit beside their bytes.
      const names = strings.slice(0, 1000).map((s) => s.padStart(40, 'x'))
      const fits = text.replace(/"strings":\[[^\]]*\]/, `"strings":${JSON.stringify(names)}`)
      expect(parseHeapSnapshot(fits).strings).toEqual(names)
    })

    it('cannot make the header itself any size', () => {
      const parser = new HeapSnapshotParser()
      let error: unknown
      try {
        parser.write(`{"snapshot":{"meta":{"x":"${'a'.repeat(2 * 1024 * 1024)}`)
      } catch (e) {
        error = e
      }
      expect((error as MemgateError).reason).toBe('has a "snapshot" header of more than 1048576 bytes; V8 writes a few hundred')
    })
  })

  it('refuses input over the limit, 512 MiB unless told', () => {
    expect(DEFAULT_HEAP_MAX_BYTES).toBe(512 * 1024 * 1024)
    expect(() => parseHeapSnapshot(bytes, { maxBytes: 1024 })).toThrow(
      `is ${(bytes.length / 1024 / 1024).toFixed(1)} MiB, over the 0.0 MiB limit for heap snapshots`
    )
    const parser = new HeapSnapshotParser({ maxBytes: 1024 })
    expect(() => parser.write(bytes.subarray(0, 4096))).toThrow('is more than 0.0 MiB, over the 0.0 MiB limit for heap snapshots')
    expect(parseHeapSnapshot(bytes, { maxBytes: bytes.length }).nodeCount).toBe(raw.snapshot.node_count)
  })
})
