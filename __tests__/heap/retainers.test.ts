import { readFileSync } from 'node:fs'
import { beforeAll, describe, expect, it } from '@jest/globals'
import { type TypeCodes, typeCodes } from '../../src/heap/graph.js'
import { type HeapGraph, parseHeapSnapshot } from '../../src/heap/parse.js'
import { describePath, findRootPaths, NONE, pathNodes, type RootPaths } from '../../src/heap/retainers.js'
import { writeSnapshot } from './snapshots.js'

describe('retainer paths on a real snapshot', () => {
  let g: HeapGraph
  let t: TypeCodes
  let paths: RootPaths
  let target: number
  beforeAll(() => {
    const file = writeSnapshot(`
      class Needle { }
      globalThis.haystack = { shelf: { box: [1, 2, new Needle()] } }
      let list = null
      for (let i = 0; i < 50; i++) list = { next: list, i }
      globalThis.list = list`)
    g = parseHeapSnapshot(readFileSync(file))
    t = typeCodes(g)
    paths = findRootPaths(g, t)
    target = g.nodeName.findIndex((n, i) => g.strings[n] === 'Needle' && g.nodeType[i] === t.object)
  })

  it('reads from the global object down to the object, the way DevTools names it', () => {
    expect(describePath(g, t, paths, target)).toEqual([
      expect.stringMatching(/^global @\d+$/),
      expect.stringMatching(/^\.haystack Object @\d+$/),
      expect.stringMatching(/^\.shelf Object @\d+$/),
      expect.stringMatching(/^\.box Array @\d+$/),
      expect.stringMatching(/^\[2\] Needle @\d+$/)
    ])
  })

  it('follows real, non-weak edges with distances growing by one', () => {
    let checked = 0
    for (let i = 0; i < g.nodeCount; i += 53) {
      if (paths.distance[i] === NONE || i === 0) continue
      const e = paths.parentEdge[i]!
      expect(g.edgeTo[e]).toBe(i)
      expect(g.edgeType[e]).not.toBe(t.weak)
      expect(e).toBeGreaterThanOrEqual(g.firstEdge[paths.parentNode[i]!]!)
      expect(e).toBeLessThan(g.firstEdge[paths.parentNode[i]! + 1]!)
      expect(paths.distance[i]).toBe(paths.distance[paths.parentNode[i]!]! + 1)
      checked++
    }
    expect(checked).toBeGreaterThan(100)
  })

  it('shortens a linked list to its ends', () => {
    // Smis get no edges, so the links are found by their `next` property
    const next = g.strings.indexOf('next')
    let deepest = -1
    for (let v = 0; v < g.nodeCount; v++) {
      if (g.strings[g.nodeName[v]!] !== 'Object' || paths.distance[v] === NONE) continue
      let isLink = false
      for (let e = g.firstEdge[v]!; e < g.firstEdge[v + 1]!; e++) if (g.edgeName[e] === next && g.edgeType[e] === t.property) isLink = true
      if (isLink && (deepest < 0 || paths.distance[v]! > paths.distance[deepest]!)) deepest = v
    }
    expect(deepest).toBeGreaterThan(0)
    const nodes = pathNodes(paths, deepest)
    const path = describePath(g, t, paths, deepest)
    expect(nodes.length).toBeGreaterThanOrEqual(50)
    const gap = path.findIndex((step) => /^… \d+ more \.next Object$/.test(step))
    expect(gap).toBeGreaterThan(0)
    expect(path.length).toBe(nodes.length - Number(path[gap]!.split(' ')[1]) + 1)
    expect(path[gap + 1]).toMatch(/^\.next Object @\d+$/)
  })
})

describe('retainer paths past V8 internals', () => {
  it("shows a property name through the shapes that hold it, not V8's string table", () => {
    // Built at run time, the name is held by the object's hidden class (an internal) and the table.
    const file = writeSnapshot(`globalThis.holder = {}; globalThis.holder[['memgate', 'shape', 'key'].join('-')] = 1`)
    const g = parseHeapSnapshot(readFileSync(file), { stringValues: true })
    const t = typeCodes(g)
    const paths = findRootPaths(g, t)
    const name = g.nodeName.findIndex((n, i) => g.strings[n] === 'memgate-shape-key' && g.nodeType[i] !== t.code)
    expect(name).toBeGreaterThan(0)
    const path = describePath(g, t, paths, name)
    expect(path[0]).toMatch(/^global @\d+$/)
    expect(path.join(' -> ')).toMatch(/ -> .*\(object shape\).* -> \[\d+\] "memgate-shape-key" @\d+$/)
    expect(path.join(' -> ')).not.toContain('(Internalized strings)')
    // Reached only through internals, it ranks below instances JavaScript holds.
    expect(paths.internalOnly[name]).toBe(1)
    const holder = g.nodeName.findIndex((n, i) => g.strings[n] === 'Object' && g.nodeType[i] === t.object && paths.internalOnly[i] === 0)
    expect(holder).toBeGreaterThan(0)
  })
})
