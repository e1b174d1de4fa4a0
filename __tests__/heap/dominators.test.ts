import { readFileSync } from 'node:fs'
import { beforeAll, describe, expect, it } from '@jest/globals'
import { computeDominators, type Dominators, retainedByGroup } from '../../src/heap/dominators.js'
import { type TypeCodes, typeCodes } from '../../src/heap/graph.js'
import { type HeapGraph, parseHeapSnapshot } from '../../src/heap/parse.js'
import { buildRetainers, NONE } from '../../src/heap/retainers.js'
import { writeSnapshot } from './snapshots.js'

// Nodes reachable from the root over non-weak edges when `removed` is taken out of the graph.
function reachableWithout(g: HeapGraph, t: TypeCodes, removed: number): Uint8Array {
  const seen = new Uint8Array(g.nodeCount)
  const queue = [0]
  seen[0] = 1
  while (queue.length > 0) {
    const v = queue.pop()!
    for (let e = g.firstEdge[v]!; e < g.firstEdge[v + 1]!; e++) {
      const w = g.edgeTo[e]!
      if (g.edgeType[e] === t.weak || seen[w] || w === removed) continue
      seen[w] = 1
      queue.push(w)
    }
  }
  return seen
}

describe('computeDominators on a real snapshot', () => {
  let g: HeapGraph
  let t: TypeCodes
  let d: Dominators
  beforeAll(() => {
    // A 200 000-long linked list: deep enough to overflow any recursive implementation.
    const file = writeSnapshot(`
      class Link { constructor(next) { this.next = next } }
      let head = null
      for (let i = 0; i < 200000; i++) head = new Link(head)
      globalThis.chain = head
      class Holder { constructor() { this.a = { big: new Array(1000).fill(1) }; this.b = this.a } }
      globalThis.holder = new Holder()`)
    g = parseHeapSnapshot(readFileSync(file))
    t = typeCodes(g)
    d = computeDominators(g, t, buildRetainers(g))
  })

  it('finds a dominator for every node reachable without weak edges, and only for those', () => {
    const reachable = reachableWithout(g, t, -1)
    let wrong = 0
    for (let i = 0; i < g.nodeCount; i++) if ((d.idom[i] !== NONE) !== (reachable[i] === 1)) wrong++
    expect(wrong).toBe(0)
    expect(d.order.length).toBe(reachable.reduce((a, b) => a + b, 0))
  })

  it('gives immediate dominators that do dominate (sampled nodes)', () => {
    let checked = 0
    for (let i = 1; i < g.nodeCount && checked < 12; i += Math.floor(g.nodeCount / 12)) {
      const dom = d.idom[i]!
      if (dom === NONE || dom === 0) continue
      expect(reachableWithout(g, t, dom)[i]).toBe(0)
      checked++
    }
    expect(checked).toBeGreaterThan(5)
  })

  it('chains the linked list: each link dominates the next; the head retains them all', () => {
    const link = g.strings.indexOf('Link')
    const links: number[] = []
    for (let i = 0; i < g.nodeCount; i++) if (g.nodeName[i] === link && g.nodeType[i] === t.object) links.push(i)
    expect(links.length).toBe(200000)
    const head = links.reduce((a, b) => (d.retained[a]! > d.retained[b]! ? a : b))
    const linkSize = g.selfSize[head]!
    expect(d.retained[head]).toBeGreaterThanOrEqual(200000 * linkSize)
    const next =
      g.edgeTo[
        [...Array(g.firstEdge[head + 1]! - g.firstEdge[head]!).keys()]
          .map((k) => g.firstEdge[head]! + k)
          .find((e) => g.strings[g.edgeName[e]!] === 'next')!
      ]!
    expect(d.idom[next]).toBe(head)
    expect(d.retained[head]).toBeGreaterThanOrEqual(d.retained[next]! + linkSize)
    expect(d.retained[next]).toBeGreaterThanOrEqual(199999 * linkSize)
  })

  it('makes the root retain everything reachable', () => {
    let total = 0
    for (const v of d.order) total += g.selfSize[v]!
    expect(d.retained[0]).toBe(total)
  })

  it('counts a group once when members dominate members (class retained size)', () => {
    const link = g.strings.indexOf('Link')
    const groupOf = new Int32Array(g.nodeCount).fill(-1)
    for (let i = 0; i < g.nodeCount; i++) if (g.nodeName[i] === link && g.nodeType[i] === t.object) groupOf[i] = 0
    const [sum] = retainedByGroup(d, groupOf, 1)
    let max = 0
    for (let i = 0; i < g.nodeCount; i++) if (groupOf[i] === 0) max = Math.max(max, d.retained[i]!)
    expect(sum).toBe(max)
  })
})
