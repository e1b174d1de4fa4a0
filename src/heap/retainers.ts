// Who holds what: the reverse edge index, and shortest retainer paths from the GC roots.

import { className, edgeLabel, nodeLabel, type TypeCodes } from './graph.js'
import type { HeapGraph } from './parse.js'
import { Scratch } from './scratch.js'

export const NONE = 0xffffffff

/**
 * Reverse edges in compressed rows: the nodes holding node i are retFrom[firstRet[i] … firstRet[i+1]-1],
 * each through an edge of type retType[…] (five bytes per edge: the edge itself is found again by
 * scanning the holder's few outgoing edges).
 */
export interface Retainers {
  firstRet: Uint32Array
  retFrom: Uint32Array
  retType: Uint8Array
}

/** Builds the reverse edge index of a graph (all edge types, weak ones included). */
export function buildRetainers(g: HeapGraph): Retainers {
  const n = g.nodeCount
  // In range below: edges < edgeCount, their targets < n (checked by the parser), firstEdge has n + 1 entries.
  const firstRet = new Uint32Array(n + 1)
  const { edgeTo, firstEdge } = g
  for (let e = 0; e < g.edgeCount; e++) firstRet[edgeTo[e]! + 1]!++
  for (let i = 1; i <= n; i++) firstRet[i]! += firstRet[i - 1]!
  const fill = firstRet.slice(0, n)
  const retType = new Uint8Array(g.edgeCount)
  const retFrom = new Uint32Array(g.edgeCount)
  const { edgeType } = g
  for (let from = 0; from < n; from++) {
    for (let e = firstEdge[from]!, end = firstEdge[from + 1]!; e < end; e++) {
      const slot = fill[edgeTo[e]!]!++
      retType[slot] = edgeType[e]!
      retFrom[slot] = from
    }
  }
  return { firstRet, retFrom, retType }
}

// Roots a path through explains nothing about a leak: those that only exist while the snapshot is
// being written (the stack of the code that asked for it), and V8's table of internalized strings,
// which holds every such string whoever else does.
const OPAQUE_ROOTS = new Set(['(Handle scope)', '(Stack roots)', '(Relocatable)', '(Internalized strings)'])

/** Breadth-first tree from the root: for each node the edge that first reached it and its distance. */
export interface RootPaths {
  parentNode: Uint32Array
  parentEdge: Uint32Array
  /** Hops from the root; NONE when unreachable without weak edges. */
  distance: Uint32Array
  /** 1 for a node that only V8's internals (code, maps, feedback) or an opaque root lead to. */
  internalOnly: Uint8Array
}

/**
 * Shortest paths from the snapshot root, never through weak edges. A first pass also avoids V8's
 * internals (code, maps, feedback: what DevTools hides from retainer paths) and the opaque roots,
 * so that a path reads as JavaScript; a second pass reaches what only internals hold, and a third
 * what only an opaque root holds.
 */
export function findRootPaths(g: HeapGraph, t: TypeCodes, scratch = new Scratch(g.nodeCount + 1)): RootPaths {
  const n = g.nodeCount
  const parentNode = scratch.take(NONE)
  const parentEdge = scratch.take(NONE)
  const distance = scratch.take(NONE)
  const queue = scratch.take()
  const { firstEdge, edgeTo, edgeType, nodeType, nodeName, strings } = g
  // In range below: nodes < n, edges < edgeCount (the parser checked both), names < strings.length (so did it).
  // 0: JavaScript; INTERNAL: V8's internals; OPAQUE: an opaque root.
  const level = new Uint8Array(n)
  for (let i = 0; i < n; i++) {
    const type = nodeType[i]!
    if (type === t.code || type === t.objectShape || (type === t.hidden && strings[nodeName[i]!]!.startsWith('system / '))) {
      level[i] = INTERNAL
    } else if (type === t.synthetic && OPAQUE_ROOTS.has(strings[nodeName[i]!]!)) level[i] = OPAQUE
  }
  let head = 0
  let tail = 0
  distance[0] = 0
  // DevTools' order: user roots first (the root's non-synthetic children: in Node.js the global
  // object), then everything else from the root through the GC root categories.
  for (let e = firstEdge[0]!, end = firstEdge[1]!; e < end; e++) {
    const w = edgeTo[e]!
    if (edgeType[e] === t.weak || nodeType[w] === t.synthetic || distance[w] !== NONE) continue
    distance[w] = 1
    parentNode[w] = 0
    parentEdge[w] = e
    queue[tail++] = w
  }
  // skipped[v]: the levels of the targets v's expansion stepped around (a bit each), so that the
  // next pass expands v again; the others already reached all they can.
  const skipped = new Uint8Array(n)
  const internalOnly = new Uint8Array(n)
  const bfs = (pass: number, revisitBelow: number): void => {
    while (head < tail) {
      const k = head++
      const v = queue[k]!
      if (k < revisitBelow && !(skipped[v]! & (1 << pass))) continue
      const d = distance[v]! + 1
      for (let e = firstEdge[v]!, end = firstEdge[v + 1]!; e < end; e++) {
        if (edgeType[e] === t.weak) continue
        const w = edgeTo[e]!
        if (distance[w] !== NONE) continue
        if (level[w]! > pass) {
          skipped[v]! |= 1 << level[w]!
          continue
        }
        distance[w] = d
        parentNode[w] = v
        parentEdge[w] = e
        queue[tail++] = w
        if (pass > 0) internalOnly[w] = 1
      }
    }
  }
  bfs(0, 0)
  queue[tail++] = 0
  bfs(0, 0)
  for (const pass of [INTERNAL, OPAQUE]) {
    head = 0
    bfs(pass, tail)
  }
  scratch.give(queue)
  return { parentNode, parentEdge, distance, internalOnly }
}

const INTERNAL = 1
const OPAQUE = 2

/** The node ordinals from the root (exclusive) down to `node`, or [] when unreachable. */
export function pathNodes(paths: RootPaths, node: number): number[] {
  if (!(node >= 0 && node < paths.distance.length) || paths.distance[node] === NONE) return []
  const out: number[] = []
  for (let v = node; v !== 0 && v !== NONE; v = paths.parentNode[v]!) out.push(v)
  return out.reverse()
}

/**
 * A retainer path as text, root first: `(GC roots)`, then each hop as `<edge> <node>` the way DevTools
 * names them (`.listeners Array @41`, `[12] Listener @4567`); `annotate` may add a note to a node
 * (where its code lives). Runs of four or more like steps (a linked list) keep their first and last,
 * with `… N more <edge> <class>` between. Unreachable nodes give `[]`.
 */
export function describePath(
  g: HeapGraph,
  t: TypeCodes,
  paths: RootPaths,
  node: number,
  annotate?: (node: number) => string | null
): string[] {
  const nodes = pathNodes(paths, node)
  if (nodes.length === 0) return []
  const steps: { key: string; text: string }[] = []
  for (const v of nodes) {
    const note = annotate?.(v)
    const label = note ? `${nodeLabel(g, t, v)} (${note})` : nodeLabel(g, t, v)
    if (paths.parentNode[v] === 0) {
      steps.push({ key: '', text: g.nodeType[v] === t.synthetic ? g.strings[g.nodeName[v]!]! : label })
    } else {
      const edge = edgeLabel(g, t, paths.parentEdge[v]!)
      steps.push({ key: `${edge} ${className(g, v)}`, text: `${edge} ${label}` })
    }
  }
  // A linked list (timer lists, queues) would print one line per element: keep its ends.
  const out: string[] = []
  for (let k = 0; k < steps.length; ) {
    let run = 1
    while (k + run < steps.length && steps[k + run]!.key === steps[k]!.key && steps[k]!.key !== '') run++
    if (run >= 4) {
      out.push(steps[k]!.text, `… ${run - 2} more ${steps[k]!.key}`, steps[k + run - 1]!.text)
    } else for (let j = 0; j < run; j++) out.push(steps[k + j]!.text)
    k += run
  }
  return out
}
