// Dominator tree and retained sizes (Lengauer–Tarjan with path compression, "simple" variant),
// iterative throughout so that deep heaps (long linked lists) cannot overflow the JS stack.
// Weak edges do not retain, as in DevTools.
import type { HeapGraph } from './parse.js'
import { NONE, type Retainers } from './retainers.js'
import type { TypeCodes } from './graph.js'

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
export function computeDominators(g: HeapGraph, t: TypeCodes, r: Retainers): Dominators {
  const n = g.nodeCount
  const { firstEdge, edgeTo, edgeType } = g
  const weak = t.weak
  const dfnum = new Uint32Array(n) // 0 = not reached; else 1-based preorder number
  const vertex = new Uint32Array(n + 1)
  const parent = new Uint32Array(n + 1)
  // Depth-first numbering with an explicit stack; `cursor` is each open node's next edge.
  {
    const stack = new Uint32Array(n)
    const cursor = new Uint32Array(n)
    let sp = 0
    let count = 0
    dfnum[0] = ++count
    vertex[count] = 0
    stack[sp++] = 0
    cursor[0] = firstEdge[0]
    while (sp > 0) {
      const v = stack[sp - 1]
      const e = cursor[v]
      if (e >= firstEdge[v + 1]) {
        sp--
        continue
      }
      cursor[v] = e + 1
      if (edgeType[e] === weak) continue
      const w = edgeTo[e]
      if (dfnum[w] !== 0) continue
      dfnum[w] = ++count
      vertex[count] = w
      parent[count] = dfnum[v]
      cursor[w] = firstEdge[w]
      stack[sp++] = w
    }
    return finish(g, r, weak, dfnum, vertex.subarray(0, count + 1), parent, count)
  }
}

function finish(
  g: HeapGraph,
  r: Retainers,
  weak: number,
  dfnum: Uint32Array,
  vertex: Uint32Array,
  parent: Uint32Array,
  count: number
): Dominators {
  const n = g.nodeCount
  const semi = new Uint32Array(count + 1)
  const label = new Uint32Array(count + 1)
  const ancestor = new Uint32Array(count + 1) // 0 = none (dfnums start at 1)
  const idom = new Uint32Array(count + 1)
  const bucketHead = new Uint32Array(count + 1)
  const bucketNext = new Uint32Array(count + 1)
  const chain = new Uint32Array(count + 1)
  for (let i = 1; i <= count; i++) {
    semi[i] = i
    label[i] = i
  }
  const { firstRet, retEdge, retFrom } = r
  const { edgeType } = g

  const evaluate = (v: number): number => {
    if (ancestor[v] === 0) return v
    // compress(v) without recursion: collect the chain, then fold from the top down
    let s = 0
    let x = v
    while (ancestor[ancestor[x]] !== 0) {
      chain[s++] = x
      x = ancestor[x]
    }
    while (s > 0) {
      x = chain[--s]
      const a = ancestor[x]
      if (semi[label[a]] < semi[label[x]]) label[x] = label[a]
      ancestor[x] = ancestor[a]
    }
    return label[v]
  }

  for (let w = count; w >= 2; w--) {
    const node = vertex[w]
    for (let k = firstRet[node], end = firstRet[node + 1]; k < end; k++) {
      if (edgeType[retEdge[k]] === weak) continue
      const v = dfnum[retFrom[k]]
      if (v === 0) continue
      const u = evaluate(v)
      if (semi[u] < semi[w]) semi[w] = semi[u]
    }
    const s = semi[w]
    bucketNext[w] = bucketHead[s]
    bucketHead[s] = w
    const p = parent[w]
    ancestor[w] = p
    for (let v = bucketHead[p]; v !== 0; v = bucketNext[v]) {
      const u = evaluate(v)
      idom[v] = semi[u] < semi[v] ? u : p
    }
    bucketHead[p] = 0
  }
  for (let w = 2; w <= count; w++) if (idom[w] !== semi[w]) idom[w] = idom[idom[w]]

  const idomNode = new Uint32Array(n).fill(NONE)
  idomNode[vertex[1]] = vertex[1]
  for (let w = 2; w <= count; w++) idomNode[vertex[w]] = vertex[idom[w]]
  const retained = Float64Array.from(g.selfSize)
  for (let w = count; w >= 2; w--) retained[vertex[idom[w]]] += retained[vertex[w]]
  return { idom: idomNode, retained, order: vertex.slice(1) }
}

/**
 * Sums retained sizes per group without counting a node that a member of its own group already
 * dominates (DevTools' class retained size). `groupOf[node]` is a group index or -1.
 */
export function retainedByGroup(d: Dominators, groupOf: Int32Array, groupCount: number): Float64Array {
  const sums = new Float64Array(groupCount)
  const { order, idom, retained } = d
  const n = groupOf.length
  // Children lists of the dominator tree, then a depth-first walk counting open members per group.
  const firstChild = new Uint32Array(n + 1)
  for (let k = 1; k < order.length; k++) firstChild[idom[order[k]] + 1]++
  for (let i = 1; i <= n; i++) firstChild[i] += firstChild[i - 1]
  const fill = firstChild.slice(0, n)
  const children = new Uint32Array(Math.max(order.length - 1, 0))
  for (let k = 1; k < order.length; k++) children[fill[idom[order[k]]]++] = order[k]
  const active = new Uint32Array(groupCount)
  const stack = new Uint32Array(order.length)
  const cursor = fill // reused: reset to the first child below
  cursor.set(firstChild.subarray(0, n))
  let sp = 0
  const enter = (v: number): void => {
    const gr = groupOf[v]
    if (gr >= 0) {
      if (active[gr] === 0) sums[gr] += retained[v]
      active[gr]++
    }
    stack[sp++] = v
  }
  if (order.length > 0) enter(order[0])
  while (sp > 0) {
    const v = stack[sp - 1]
    if (cursor[v] < firstChild[v + 1]) enter(children[cursor[v]++])
    else {
      sp--
      const gr = groupOf[v]
      if (gr >= 0) active[gr]--
    }
  }
  return sums
}
