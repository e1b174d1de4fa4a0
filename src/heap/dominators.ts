// Dominator tree and retained sizes (Lengauer–Tarjan with path compression, "simple" variant),
// iterative throughout so that deep heaps (long linked lists) cannot overflow the JS stack.
// Weak edges do not retain, as in DevTools.
// Every typed-array index below is in range by construction (hence the `!` on reads): nodes are
// < nodeCount, edges and retainer slots < edgeCount (firstEdge and firstRet have nodeCount + 1
// entries), dfnums are 1 … count ≤ nodeCount, and every scratch array has nodeCount + 1 words.

import type { TypeCodes } from './graph.js'
import type { HeapGraph } from './parse.js'
import { NONE, type Retainers } from './retainers.js'
import { Scratch } from './scratch.js'

export interface Dominators {
  /** Immediate dominator of each node (root: itself), NONE when unreachable from the root. */
  idom: Uint32Array
  /** Self size plus everything the node alone keeps alive; unreachable nodes: their self size. */
  retained: Float64Array
  /** Reachable nodes in depth-first preorder, root first (a parent always precedes its children). */
  order: Uint32Array
}

/**
 * Computes immediate dominators from the root (node 0) and retained sizes. O(E log N) time, a dozen
 * 32-bit words per node, no recursion.
 */
export function computeDominators(g: HeapGraph, t: TypeCodes, r: Retainers, scratch = new Scratch(g.nodeCount + 1)): Dominators {
  const { firstEdge, edgeTo, edgeType } = g
  const weak = t.weak
  const dfnum = scratch.take(0) // 0 = not reached; else 1-based preorder number
  const vertex = scratch.take()
  const parent = scratch.take()
  // Depth-first numbering with an explicit stack; `cursor` is each open node's next edge.
  {
    const stack = scratch.take()
    const cursor = scratch.take()
    let sp = 0
    let count = 0
    dfnum[0] = ++count
    vertex[count] = 0
    stack[sp++] = 0
    cursor[0] = firstEdge[0]!
    while (sp > 0) {
      const v = stack[sp - 1]!
      const e = cursor[v]!
      if (e >= firstEdge[v + 1]!) {
        sp--
        continue
      }
      cursor[v] = e + 1
      if (edgeType[e] === weak) continue
      const w = edgeTo[e]!
      if (dfnum[w] !== 0) continue
      dfnum[w] = ++count
      vertex[count] = w
      parent[count] = dfnum[v]!
      cursor[w] = firstEdge[w]!
      stack[sp++] = w
    }
    return finish(g, r, weak, dfnum, vertex, parent, count, stack, cursor, scratch)
  }
}

function finish(
  g: HeapGraph,
  r: Retainers,
  weak: number,
  dfnum: Uint32Array,
  vertex: Uint32Array,
  parent: Uint32Array,
  count: number,
  spare1: Uint32Array,
  spare2: Uint32Array,
  scratch: Scratch
): Dominators {
  const n = g.nodeCount
  // Arrays of the depth-first pass are reused: peak memory is what bounds the heap size we can read.
  const semi = scratch.take()
  const label = scratch.take()
  const ancestor = scratch.take(0) // 0 = none (dfnums start at 1)
  const idom = scratch.take(0)
  const bucketHead = spare1.fill(0)
  const bucketNext = scratch.take(0)
  const chain = spare2
  for (let i = 1; i <= count; i++) {
    semi[i] = i
    label[i] = i
  }
  const { firstRet, retType, retFrom } = r

  const evaluate = (v: number): number => {
    if (ancestor[v] === 0) return v
    // compress(v) without recursion: collect the chain, then fold from the top down
    let s = 0
    let x = v
    while (ancestor[ancestor[x]!] !== 0) {
      chain[s++] = x
      x = ancestor[x]!
    }
    while (s > 0) {
      x = chain[--s]!
      const a = ancestor[x]!
      if (semi[label[a]!]! < semi[label[x]!]!) label[x] = label[a]!
      ancestor[x] = ancestor[a]!
    }
    return label[v]!
  }

  for (let w = count; w >= 2; w--) {
    const node = vertex[w]!
    for (let k = firstRet[node]!, end = firstRet[node + 1]!; k < end; k++) {
      if (retType[k] === weak) continue
      const v = dfnum[retFrom[k]!]!
      if (v === 0) continue
      const u = evaluate(v)
      if (semi[u]! < semi[w]!) semi[w] = semi[u]!
    }
    const s = semi[w]!
    bucketNext[w] = bucketHead[s]!
    bucketHead[s] = w
    const p = parent[w]!
    ancestor[w] = p
    for (let v = bucketHead[p]!; v !== 0; v = bucketNext[v]!) {
      const u = evaluate(v)
      idom[v] = semi[u]! < semi[v]! ? u : p
    }
    bucketHead[p] = 0
  }
  for (let w = 2; w <= count; w++) if (idom[w] !== semi[w]) idom[w] = idom[idom[w]!]!

  const idomNode = label.subarray(0, n).fill(NONE)
  idomNode[vertex[1]!] = vertex[1]!
  for (let w = 2; w <= count; w++) idomNode[vertex[w]!] = vertex[idom[w]!]!
  const retained = Float64Array.from(g.selfSize)
  for (let w = count; w >= 2; w--) retained[vertex[idom[w]!]!]! += retained[vertex[w]!]!
  scratch.give(dfnum, parent, semi, ancestor, idom, bucketHead, bucketNext, chain)
  return { idom: idomNode, retained, order: vertex.subarray(1, count + 1) }
}

/**
 * Sums retained sizes per group without counting a node that a member of its own group already
 * dominates (DevTools' class retained size). `groupOf[node]` is a group index or -1.
 */
export function retainedByGroup(
  d: Dominators,
  groupOf: Int32Array,
  groupCount: number,
  scratch = new Scratch(groupOf.length + 1)
): Float64Array {
  const sums = new Float64Array(groupCount)
  const { order, idom, retained } = d
  const n = groupOf.length
  // Children lists of the dominator tree, then a depth-first walk counting open members per group.
  const firstChild = scratch.take(0)
  for (let k = 1; k < order.length; k++) firstChild[idom[order[k]!]! + 1]!++
  for (let i = 1; i <= n; i++) firstChild[i]! += firstChild[i - 1]!
  const fill = scratch.take()
  fill.set(firstChild.subarray(0, n))
  const children = scratch.take()
  for (let k = 1; k < order.length; k++) children[fill[idom[order[k]!]!]!++] = order[k]!
  const active = new Uint32Array(groupCount)
  const stack = scratch.take()
  const cursor = fill // reused: reset to the first child below
  cursor.set(firstChild.subarray(0, n))
  let sp = 0
  const enter = (v: number): void => {
    const gr = groupOf[v]!
    if (gr >= 0) {
      if (active[gr] === 0) sums[gr]! += retained[v]!
      active[gr]!++
    }
    stack[sp++] = v
  }
  if (order.length > 0) enter(order[0]!)
  while (sp > 0) {
    const v = stack[sp - 1]!
    if (cursor[v]! < firstChild[v + 1]!) enter(children[cursor[v]!++]!)
    else {
      sp--
      const gr = groupOf[v]!
      if (gr >= 0) active[gr]!--
    }
  }
  scratch.give(firstChild, fill, children, stack)
  return sums
}
