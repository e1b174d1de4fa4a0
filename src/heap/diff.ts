// What grew between snapshots of one process. V8 gives heap objects ids in allocation order and keeps
// them stable for the life of the process, so "allocated after snapshot A" is "id above A's highest
// id", and with a middle snapshot B (three-snapshot technique) "allocated between A and B and still
// alive at the last" is "id in (maxId(A), maxId(B)]": objects that died before B never got an id.
// With two snapshots everything a steady workload churns through is "new" in the last (a full cache
// replaces its entries), so there a group counts only for its class's net growth, after − before in
// count and self size, as DevTools' Comparison view shows it: a cache that keeps its size reports
// nothing, one that grows reports what it grew by.
import type { Suspect } from '../types.js'
import { Attributor, packageOfPath } from './attribution.js'
import { computeDominators, retainedByGroup } from './dominators.js'
import { className, type TypeCodes, typeCodes } from './graph.js'
import type { HeapGraph } from './parse.js'
import type { RootPaths } from './retainers.js'
import { buildRetainers, describePath, findRootPaths, NONE, pathNodes } from './retainers.js'
import { Scratch } from './scratch.js'
import type { HeapSummary, HeapSummaryGroup } from './summary.js'
import { summarizeGraph } from './summary.js'

export interface HeapDiffOptions {
  /** Names of bumped packages: preferred when attributing and ranking suspects. */
  packages?: string[]
  /** How many suspects to report (default 10). */
  top?: number
  /** Noise threshold: groups retaining fewer bytes are not reported (default 64 KiB). */
  minBytes?: number
  /** Noise threshold: groups with fewer new objects are not reported (default 1). */
  minCount?: number
}

/** A Suspect with the evidence behind it. */
export interface HeapSuspect extends Suspect {
  // `count` and `bytes` are the group's new objects; with two snapshots, their share of the class's
  // net growth (a class that did not grow has none).
  /** Class name as DevTools shows it (constructor name, "(closure)", "(string)"). */
  className: string
  /** Where the constructor or closure was written, "path:line", when known. */
  site: string | null
  /** Self size of the new objects. */
  selfBytes: number
  /** `bytes` is this: what the group's new objects retain, shared parts counted once per group. */
  retainedBytes: number
  /** DevTools id (@id) of the instance whose retainer path is shown. */
  nodeId: number
  /** Count and self size of the whole class in each snapshot, oldest first. */
  growth: { count: number[]; bytes: number[] }
  /** Whether the package is one of the bumped ones. */
  bumped: boolean
}

export interface HeapDiff {
  suspects: HeapSuspect[]
  /** `two-snapshot`: new in the last; `three-snapshot`: allocated before the one-but-last, alive at the last. */
  technique: 'two-snapshot' | 'three-snapshot'
  snapshots: { nodeCount: number; totalBytes: number; maxId: number }[]
  /** All objects counted as leaked candidates, before grouping and the noise threshold. */
  newObjects: { count: number; bytes: number }
  threshold: { bytes: number; count: number }
}

const DEFAULT_MIN_BYTES = 64 * 1024

/**
 * Compares snapshots of one process (oldest first): `earlier` are summaries of all but the last
 * snapshot (edges are not needed), `last` is the full graph of the last. Returns suspects grouped by
 * class and creation site, each with a retainer path and the package to blame, largest first, the
 * bumped packages' groups ahead of the others. An empty list means nothing above the noise threshold.
 */
export function diffGraphs(earlier: HeapSummary[], last: HeapGraph, options: HeapDiffOptions = {}): HeapDiff {
  if (earlier.length === 0) throw new Error('diffGraphs needs at least one earlier snapshot')
  const t = typeCodes(last)
  const lo = earlier[0]!.maxId
  const hi = earlier.length >= 2 ? earlier[earlier.length - 1]!.maxId : Infinity
  const bumped = new Set(options.packages ?? [])
  const minBytes = options.minBytes ?? DEFAULT_MIN_BYTES
  const minCount = options.minCount ?? 1
  const top = options.top ?? 10

  const retainers = buildRetainers(last)
  const scratch = new Scratch(last.nodeCount + 1)
  const dom = computeDominators(last, t, retainers, scratch)
  const paths = findRootPaths(last, t, scratch)
  const attributor = new Attributor(last, t, retainers)

  const groupOf = new Int32Array(last.nodeCount).fill(-1)
  const keys = new Map<string, number>()
  const groups: { className: string; site: string | null; count: number; selfBytes: number; best: number }[] = []
  let newCount = 0
  let newBytes = 0
  for (let i = 0; i < last.nodeCount; i++) {
    const id = last.nodeId[i]!
    if (id % 2 === 0 || id <= lo || id > hi) continue
    if (!isCandidate(last, t, i)) continue
    newCount++
    newBytes += last.selfSize[i]!
    const name = suspectName(last, t, i)
    const site = attributor.creationSite(i)
    const siteText = site ? (site.line !== null ? `${site.script}:${site.line}` : site.script) : null
    const key = `${name}\0${siteText ?? ''}`
    let k = keys.get(key)
    if (k === undefined) {
      k = groups.length
      keys.set(key, k)
      groups.push({ className: name, site: siteText, count: 0, selfBytes: 0, best: i })
    }
    const group = groups[k]!
    groupOf[i] = k
    group.count++
    group.selfBytes += last.selfSize[i]!
    if (better(paths, dom.retained, i, group.best)) group.best = i
  }
  const retained = retainedByGroup(dom, groupOf, groups.length, scratch)
  const typical = medianRetained(dom.retained, groupOf, groups.length)

  const lastSummary = summarizeGraph(last, { retained: false })
  const history = [...earlier, lastSummary].map((s) => new Map(s.groups.map((gr) => [gr.name, gr])))
  const share =
    earlier.length === 1
      ? netShares(
          groups.map((g) => ({ ...g, cls: className(last, g.best) })),
          history[0]!,
          history[1]!
        )
      : null

  const suspects: HeapSuspect[] = []
  const score = new Map<HeapSuspect, number>()
  groups.forEach((group, k) => {
    const f = share ? share[k]! : 1
    const count = Math.round(group.count * f)
    const bytes = Math.round(retained[k]! * f)
    if (bytes < minBytes || count < minCount) return
    const node = group.best
    const pkg = choosePackage(attributor, paths, node, group.site, bumped)
    const cls = className(last, node)
    const suspect: HeapSuspect = {
      name: group.className,
      count,
      bytes,
      retainerPath: describePath(last, t, paths, node, (v) => attributor.codeNote(v)),
      package: pkg,
      className: cls,
      site: group.site,
      selfBytes: Math.round(group.selfBytes * f),
      retainedBytes: bytes,
      nodeId: last.nodeId[node]!,
      growth: {
        count: history.map((h) => h.get(cls)?.count ?? 0),
        bytes: history.map((h) => h.get(cls)?.bytes ?? 0)
      },
      bumped: pkg !== null && bumped.has(pkg)
    }
    suspects.push(suspect)
    score.set(suspect, Math.min(bytes, typical[k]! * count))
  })
  // Ranked by count × median retained size rather than the sum: one new container that holds all
  // the leaked objects (a fresh Array, Map) must not outrank the objects it holds.
  suspects.sort((a, b) => Number(b.bumped) - Number(a.bumped) || score.get(b)! - score.get(a)! || b.count - a.count)
  return {
    suspects: suspects.slice(0, top),
    technique: earlier.length >= 2 ? 'three-snapshot' : 'two-snapshot',
    snapshots: [...earlier, lastSummary].map((s) => ({ nodeCount: s.nodeCount, totalBytes: s.totalBytes, maxId: s.maxId })),
    newObjects: { count: newCount, bytes: newBytes },
    threshold: { bytes: minBytes, count: minCount }
  }
}

/**
 * Per group, the share of its new objects that is net growth of its class between the two snapshots:
 * (after − before) / (new objects of the class in after), in count or in self size, whichever is
 * larger, within [0, 1]. Groups split a class by creation site; the earlier snapshot is read without
 * edges (one graph in memory), so its sites are unknown and a class's growth is shared out pro rata.
 */
function netShares(
  groups: { cls: string; count: number; selfBytes: number }[],
  before: Map<string, HeapSummaryGroup>,
  after: Map<string, HeapSummaryGroup>
): Float64Array {
  const fresh = new Map<string, { count: number; bytes: number }>()
  for (const g of groups) {
    const f = fresh.get(g.cls)
    if (f) {
      f.count += g.count
      f.bytes += g.selfBytes
    } else fresh.set(g.cls, { count: g.count, bytes: g.selfBytes })
  }
  const unit = (x: number): number => (x > 0 ? Math.min(1, x) : 0)
  return Float64Array.from(groups, (g) => {
    const f = fresh.get(g.cls)!
    const netCount = (after.get(g.cls)?.count ?? 0) - (before.get(g.cls)?.count ?? 0)
    const netBytes = (after.get(g.cls)?.bytes ?? 0) - (before.get(g.cls)?.bytes ?? 0)
    return Math.max(unit(netCount / f.count), unit(netBytes / f.bytes))
  })
}

function medianRetained(retained: Float64Array, groupOf: Int32Array, groupCount: number): Float64Array {
  const members: number[][] = Array.from({ length: groupCount }, () => [])
  for (let i = 0; i < groupOf.length; i++) if (groupOf[i]! >= 0) members[groupOf[i]!]!.push(retained[i]!)
  return Float64Array.from(members, (sizes) => {
    sizes.sort((a, b) => a - b)
    return sizes[sizes.length >> 1] ?? 0
  })
}

// Prefer the instance closest to the roots (the most readable path), then the one retaining most.
// The instance whose path is shown: one JavaScript holds (a path through V8's code or feedback
// explains no leak, e.g. a number in the probe's compiled listener), then the nearest, then the
// one retaining most.
function better(paths: RootPaths, retained: Float64Array, a: number, b: number): boolean {
  if (paths.internalOnly[a] !== paths.internalOnly[b]) return paths.internalOnly[a]! < paths.internalOnly[b]!
  const da = paths.distance[a]!
  const db = paths.distance[b]!
  if (da !== db) return da < db
  return retained[a]! > retained[b]!
}

// What a user could have leaked: JS objects, closures, strings, Buffers' native parts; not V8's
// own bookkeeping (code, maps, contexts, internal arrays), which only follows what it serves.
function isCandidate(g: HeapGraph, t: TypeCodes, node: number): boolean {
  const type = g.nodeType[node]
  if (type === t.object || type === t.native) {
    const name = g.strings[g.nodeName[node]!]!
    return !name.startsWith('system / ') && name !== ''
  }
  return (
    type === t.closure ||
    type === t.regexp ||
    type === t.string ||
    type === t.consString ||
    type === t.slicedString ||
    type === t.number ||
    type === t.symbol ||
    type === t.bigint
  )
}

function suspectName(g: HeapGraph, t: TypeCodes, node: number): string {
  if (g.nodeType[node] === t.closure) {
    const name = g.strings[g.nodeName[node]!]
    return `${name || '(anonymous)'}()`
  }
  return className(g, node)
}

// The creator's package first; else the nearest holder on the retainer path that belongs to a
// package. When bumped packages are given, the first of those among creator and holders wins.
function choosePackage(attributor: Attributor, paths: RootPaths, node: number, site: string | null, bumped: Set<string>): string | null {
  const candidates: string[] = []
  const creator = site ? packageOfPath(site) : null
  if (creator) candidates.push(creator)
  if (paths.distance[node] !== NONE) {
    const nodes = pathNodes(paths, node)
    for (let k = nodes.length - 2; k >= 0; k--) {
      const pkg = attributor.ownerPackage(nodes[k]!)
      if (pkg) candidates.push(pkg)
    }
  }
  const preferred = candidates.find((p) => bumped.has(p))
  return preferred ?? candidates[0] ?? null
}
