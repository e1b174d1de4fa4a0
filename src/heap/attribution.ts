// Which package made or holds a heap object, read from the V8 graph itself:
//   object ─map→ Map ─back_pointer…→ root Map ─constructor→ closure
//   closure ─shared→ SharedFunctionInfo ─script_or_debug_info (older V8: script)→ Script
// The Script node is named by its file path (V8 ≥ 10); older V8 names it "system / Script" with a
// `name` edge to the path string. A path under node_modules/<pkg>/ names the package.

import { findEdge, type TypeCodes } from './graph.js'
import { type HeapGraph, locationOf } from './parse.js'
import type { Retainers } from './retainers.js'

/** Where a closure's code lives: script path and 1-based line, when the snapshot says. */
export interface SourceSite {
  script: string
  line: number | null
}

const NODE_MODULES = /(?:^|[\\/])node_modules[\\/]((?:@[^\\/]+[\\/])?[^\\/]+)(?=[\\/])/g

/**
 * The package a file path belongs to: the innermost `node_modules/<name>/` (scoped names kept,
 * pnpm's `.pnpm/…/node_modules/<name>` and Yarn's zip paths included); null outside node_modules.
 */
export function packageOfPath(path: string): string | null {
  let found: string | null = null
  for (const m of path.matchAll(NODE_MODULES)) found = m[1]!.replace(/\\/g, '/')
  if (found === '.pnpm' || found === '.bin' || found === '.cache') return null
  return found
}

/** A script path cut to what identifies it: from its innermost node_modules/ on, else as is. */
export function shortPath(path: string): string {
  const k = Math.max(path.lastIndexOf('node_modules/'), path.lastIndexOf('node_modules\\'))
  return k >= 0 ? path.slice(k) : path
}

/** Attribution lookups on one graph; results are cached per node. */
export class Attributor {
  // Nodes and edges passed around here come from the graph (findEdge gives an edge or -1), and the
  // parser checked every name against the string table: reading them needs no check.
  private readonly siteCache = new Map<number, SourceSite | null>()
  private readonly ctorCache = new Map<number, number>()

  constructor(
    private readonly g: HeapGraph,
    private readonly t: TypeCodes,
    private readonly r: Retainers
  ) {}

  /** The script of a closure (its SharedFunctionInfo's Script), with the line from `locations`. */
  closureSite(closure: number): SourceSite | null {
    const cached = this.siteCache.get(closure)
    if (cached !== undefined) return cached
    const { g, t } = this
    let site: SourceSite | null = null
    const shared = findEdge(g, closure, t.internal, 'shared')
    if (shared >= 0) {
      const sfi = g.edgeTo[shared]!
      let e = findEdge(g, sfi, t.internal, 'script_or_debug_info')
      if (e < 0) e = findEdge(g, sfi, t.internal, 'script')
      if (e >= 0) {
        const script = this.scriptName(g.edgeTo[e]!)
        if (script) {
          const loc = locationOf(g, closure)
          site = { script, line: loc >= 0 ? g.locations.line[loc]! + 1 : null }
        }
      }
    }
    this.siteCache.set(closure, site)
    return site
  }

  private scriptName(node: number): string | null {
    const { g, t } = this
    let name = g.strings[g.nodeName[node]!]!
    if (name.startsWith('system / Script') || name === '') {
      const e = findEdge(g, node, t.internal, 'name')
      if (e < 0) return null
      name = g.strings[g.nodeName[g.edgeTo[e]!]!]!
    }
    if (name.startsWith('system / ') || name === '') return null
    return name
  }

  /** The constructor closure of an object (through its Map chain, else `__proto__.constructor`), or -1. */
  constructorOf(object: number): number {
    const { g, t } = this
    const mapEdge = findEdge(g, object, t.internal, 'map')
    // Objects of one shape share their Map: the walk is done once per Map.
    const key = mapEdge >= 0 ? g.edgeTo[mapEdge]! : -1 - object
    const cached = this.ctorCache.get(key)
    if (cached !== undefined) return cached
    let ctor = -1
    let e = mapEdge
    for (let hops = 0; e >= 0 && hops < 64 && ctor < 0; hops++) {
      const map = g.edgeTo[e]!
      const c = findEdge(g, map, t.internal, 'constructor')
      const c2 = c >= 0 ? c : findEdge(g, map, t.internal, 'constructor_or_back_pointer')
      if (c2 >= 0 && g.nodeType[g.edgeTo[c2]!] === t.closure) ctor = g.edgeTo[c2]!
      else e = findEdge(g, map, t.internal, 'back_pointer')
    }
    if (ctor < 0) {
      const p = findEdge(g, object, t.property, '__proto__')
      if (p >= 0) {
        const c = findEdge(g, g.edgeTo[p]!, t.property, 'constructor')
        if (c >= 0 && g.nodeType[g.edgeTo[c]!] === t.closure) ctor = g.edgeTo[c]!
      }
      // the prototype fallback is per object, not per Map
      if (mapEdge >= 0) return ctor
    }
    this.ctorCache.set(key, ctor)
    return ctor
  }

  /** Where a node's code was written: a closure's own script, an object's constructor's script. */
  creationSite(node: number): SourceSite | null {
    const { g, t } = this
    const type = g.nodeType[node]
    if (type === t.closure) return this.closureSite(node)
    if (type === t.object || type === t.regexp) {
      const ctor = this.constructorOf(node)
      if (ctor >= 0) return this.closureSite(ctor)
    }
    return null
  }

  /** A short "where the code is" note for closures and function contexts on a retainer path. */
  codeNote(node: number): string | null {
    const { g, t } = this
    let site: SourceSite | null = null
    if (g.nodeType[node] === t.closure) site = this.closureSite(node)
    else if (g.nodeType[node] === t.object && g.strings[g.nodeName[node]!] === 'system / Context') site = this.contextSite(node)
    if (!site) return null
    return site.line !== null ? `${shortPath(site.script)}:${site.line}` : shortPath(site.script)
  }

  // A function context belongs to the closures whose `context` edge points at it.
  private contextSite(context: number): SourceSite | null {
    const { g, t } = this
    const { firstRet, retType, retFrom } = this.r
    for (let k = firstRet[context]!, end = firstRet[context + 1]!; k < end; k++) {
      const closure = retFrom[k]!
      if (retType[k] !== t.internal || g.nodeType[closure] !== t.closure) continue
      const e = findEdge(g, closure, t.internal, 'context')
      if (e < 0 || g.edgeTo[e] !== context) continue
      const s = this.closureSite(closure)
      if (s) return { script: s.script, line: null }
    }
    return null
  }

  /**
   * The package that owns a node as a holder: closures and objects by their code's script, function
   * contexts by the closures that use them, `Module` objects by their filename.
   */
  ownerPackage(node: number): string | null {
    const { g, t } = this
    const site = this.creationSite(node)
    if (site) return packageOfPath(site.script)
    const name = g.strings[g.nodeName[node]!]
    if (g.nodeType[node] === t.object && name === 'system / Context') {
      const s = this.contextSite(node)
      return s ? packageOfPath(s.script) : null
    }
    if (g.nodeType[node] === t.object && name === 'Module') {
      for (const key of ['filename', 'id', 'path']) {
        const e = findEdge(g, node, t.property, key)
        if (e >= 0) {
          const pkg = packageOfPath(g.strings[g.nodeName[g.edgeTo[e]!]!]!)
          if (pkg) return pkg
        }
      }
    }
    return null
  }
}

// A step into Node's module cache, as describePath names it: `["/abs/path/index.js"] Module @12`.
const CACHED_MODULE = /^\["((?:[^"\\]|\\.)*)"\] Module @\d+$/

/**
 * A retainer path as a reader follows it: what leads from the roots to a module's cache entry
 * (process, the loader, `Module._cache`) says nothing about the leak, so a path through a module
 * starts at the last one, named by its file from node_modules on. Other paths are kept whole.
 */
export function readablePath(path: string[]): string[] {
  for (let k = path.length - 1; k >= 0; k--) {
    const module = CACHED_MODULE.exec(path[k]!)
    if (!module) continue
    return [`module ${shortPath(module[1]!.replace(/\\(.)/g, '$1'))}`, ...path.slice(k + 1)]
  }
  return path
}
