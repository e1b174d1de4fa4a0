// The graph helpers (class names, DevTools labels, edge lookup) on a real V8 heap snapshot.

import * as fs from 'node:fs'
import * as path from 'node:path'
import { afterAll, describe, expect, it } from '@jest/globals'
import { className, classNameOf, edgeLabel, findEdge, nodeLabel, typeCodes } from '../../src/heap/graph.js'
import { parseHeapSnapshot } from '../../src/heap/parse.js'
import { makeTempDir, writeSnapshot } from './snapshots.js'

const dir = makeTempDir()
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }))

const file = writeSnapshot(
  `class GraphTestHolder {}
   class GraphTestListener {}
   const holder = new GraphTestHolder()
   holder.first = new GraphTestListener()
   holder['two words'] = 'graph-test-text'
   globalThis.graphTestHolder = holder`,
  dir
)
const g = parseHeapSnapshot(fs.readFileSync(path.join(file)))
const t = typeCodes(g)
const holder = Array.from({ length: g.nodeCount }, (_, i) => i).find((n) => className(g, n) === 'GraphTestHolder') ?? -1

describe('graph helpers', () => {
  it('name a class as DevTools does', () => {
    expect(holder).toBeGreaterThanOrEqual(0)
    expect(classNameOf('object', 'Map')).toBe('Map')
    expect(classNameOf('hidden', 'x')).toBe('(system)')
    expect(classNameOf('concatenated string', 'x')).toBe('(string)')
    expect(classNameOf(undefined, 'x')).toBe('(unknown)')
  })

  it('find a property edge by name and label it with a dot, or brackets when it is no identifier', () => {
    const first = findEdge(g, holder, t.property, 'first')
    expect(first).toBeGreaterThanOrEqual(0)
    expect(edgeLabel(g, t, first)).toBe('.first')
    expect(className(g, g.edgeTo[first] ?? 0)).toBe('GraphTestListener')
    const words = findEdge(g, holder, t.property, 'two words')
    expect(edgeLabel(g, t, words)).toBe('["two words"]')
    expect(className(g, g.edgeTo[words] ?? 0)).toBe('(string)')
    expect(findEdge(g, holder, t.property, 'absent')).toBe(-1)
  })

  it('label an object by its class and id', () => {
    expect(nodeLabel(g, t, holder)).toBe(`GraphTestHolder @${g.nodeId[holder]}`)
  })
})
