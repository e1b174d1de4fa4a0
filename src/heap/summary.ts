// Per-class totals of one snapshot, the numbers of DevTools' Summary view.

import { computeDominators, retainedByGroup } from './dominators.js'
import { className, classNameOf, typeCodes } from './graph.js'
import type { HeapGraph, NodeTotals } from './parse.js'
import { buildRetainers } from './retainers.js'

export interface HeapSummaryGroup {
  /** Constructor name for objects, "(closure)", "(string)", "(system)", … for the rest. */
  name: string
  count: number
  /** Sum of self sizes. */
  bytes: number
  /** Retained size of the group, members dominated by another member counted once; absent without edges. */
  retainedBytes?: number
}

export interface HeapSummary {
  nodeCount: number
  edgeCount: number
  totalBytes: number
  /** Highest object id: ids are given in allocation order within one process. */
  maxId: number
  /** Per constructor / node type: count and self size, largest first. */
  groups: HeapSummaryGroup[]
}

/**
 * Groups nodes by class name, counts them and sums self sizes; with `retained` (default true, needs
 * a graph parsed with edges) also their retained sizes from the dominator tree.
 */
export function summarizeGraph(g: HeapGraph, options: { retained?: boolean } = {}): HeapSummary {
  if (g.totals) return summarizeTotals(g, g.totals)
  const t = typeCodes(g)
  const index = new Map<string, number>()
  const names: string[] = []
  const groupOf = new Int32Array(g.nodeCount)
  let totalBytes = 0
  for (let i = 0; i < g.nodeCount; i++) {
    const name = className(g, i)
    let k = index.get(name)
    if (k === undefined) {
      k = names.length
      index.set(name, k)
      names.push(name)
    }
    groupOf[i] = k
    totalBytes += g.selfSize[i]!
  }
  // every groupOf[i] is an index into names, and so into count and bytes
  const count = new Float64Array(names.length)
  const bytes = new Float64Array(names.length)
  for (let i = 0; i < g.nodeCount; i++) {
    count[groupOf[i]!]!++
    bytes[groupOf[i]!]! += g.selfSize[i]!
  }
  let retained: Float64Array | null = null
  if (options.retained !== false && g.edgeCount > 0) {
    const dom = computeDominators(g, t, buildRetainers(g))
    retained = retainedByGroup(dom, groupOf, names.length)
  }
  const groups: HeapSummaryGroup[] = names.map((name, k) => {
    const group: HeapSummaryGroup = { name, count: count[k]!, bytes: bytes[k]! }
    if (retained) group.retainedBytes = retained[k]
    return group
  })
  groups.sort((a, b) => b.bytes - a.bytes || a.name.localeCompare(b.name))
  return { nodeCount: g.nodeCount, edgeCount: g.edgeCount, totalBytes, maxId: maxObjectId(g), groups }
}

function summarizeTotals(g: HeapGraph, totals: NodeTotals): HeapSummary {
  const byName = new Map<string, HeapSummaryGroup>()
  for (const [key, { count, bytes }] of totals.groups) {
    const type = key >= 4294967296 ? Math.floor(key / 4294967296) : key
    // the parser checked the name in every key against the string table
    const name = classNameOf(g.nodeTypes[type], key >= 4294967296 ? g.strings[key % 4294967296]! : '')
    const group = byName.get(name)
    if (group) {
      group.count += count
      group.bytes += bytes
    } else byName.set(name, { name, count, bytes })
  }
  const groups = [...byName.values()].sort((a, b) => b.bytes - a.bytes || a.name.localeCompare(b.name))
  return { nodeCount: g.nodeCount, edgeCount: g.edgeCount, totalBytes: totals.totalBytes, maxId: totals.maxId, groups }
}

/**
 * The highest id of a V8 heap object. V8 numbers heap objects with odd ids in allocation order;
 * even ids are hashes given to embedder (native) nodes and say nothing about age.
 */
export function maxObjectId(g: HeapGraph): number {
  if (g.totals) return g.totals.maxId
  let max = 0
  for (let i = 0; i < g.nodeCount; i++) {
    const id = g.nodeId[i]!
    if (id % 2 === 1 && id > max) max = id
  }
  return max
}
