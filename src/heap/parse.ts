// Streaming parser of V8 heap snapshots (`.heapsnapshot`, the JSON written by v8.writeHeapSnapshot,
// `node --heapsnapshot-signal` and Chrome DevTools). Format: one object with the sections
// `snapshot` (header with `meta`, `node_count`, `edge_count`), `nodes`, `edges`, `locations`,
// `strings` (plus trace/sample sections that are skipped). Field orders and the type enums are read
// from `snapshot.meta` (node_fields/node_types, edge_fields/edge_types, location_fields), never
// assumed; the header must come before `nodes`, as every V8 since 2012 writes it (V8 6 … 14, Node 8 … 24).
// Spec by example: https://github.com/v8/v8/blob/main/src/profiler/heap-snapshot-generator.cc
// (HeapSnapshotJSONSerializer).
//
// The parser is fed bytes and never holds the JSON text: numbers go straight into typed arrays, and
// each entry of `strings` becomes one JS string (the snapshot's string table is already unique).
import { MemgateError } from '../errors.js'
import { DEFAULT_HEAP_MAX_BYTES } from '../options.js'

/** A parsed heap snapshot: nodes and edges in typed arrays, indexed by node ordinal (0 = root). */
export interface HeapGraph {
  nodeCount: number
  edgeCount: number
  /** `meta.node_types[0]`: the names behind `nodeType` values. */
  nodeTypes: string[]
  /** `meta.edge_types[0]`: the names behind `edgeType` values. */
  edgeTypes: string[]
  nodeType: Uint8Array
  /** Index into `strings`. */
  nodeName: Uint32Array
  nodeId: Uint32Array
  selfSize: Float64Array
  /** Edges of node i are firstEdge[i] … firstEdge[i+1]-1 (length nodeCount+1). */
  firstEdge: Uint32Array
  edgeType: Uint8Array
  /** Index into `strings`, or the element/hidden index for those edge types. */
  edgeName: Uint32Array
  /** Target node ordinal (not the field offset the file stores). */
  edgeTo: Uint32Array
  strings: string[]
  /** Source locations of closures (0-based line and column), sorted by node ordinal; see locationOf. */
  locations: Locations
  /** With `totalsOnly`: per-class totals instead of per-node arrays (which are then empty). */
  totals: NodeTotals | null
}

/** Per-class totals of a snapshot read with `totalsOnly`. */
export interface NodeTotals {
  /** Highest odd (V8 heap object) id. */
  maxId: number
  totalBytes: number
  /** Key: node type for unnamed classes, type × 2^32 + name index for objects and native nodes. */
  groups: Map<number, { count: number; bytes: number }>
}

export interface Locations {
  count: number
  node: Uint32Array
  scriptId: Uint32Array
  line: Uint32Array
  column: Uint32Array
}

/** The index into `g.locations` of a node's source location, or -1. */
export function locationOf(g: HeapGraph, node: number): number {
  const nodes = g.locations.node
  let lo = 0
  let hi = g.locations.count - 1
  while (lo <= hi) {
    const mid = (lo + hi) >> 1
    const v = nodes[mid]!
    if (v === node) return mid
    if (v < node) lo = mid + 1
    else hi = mid - 1
  }
  return -1
}

export interface ParseOptions {
  /** Skip storing edges (the graph then has edgeCount 0): enough for ids, names and sizes. */
  edges?: boolean
  /** Longest string kept from the string table; longer ones are cut (V8 itself cuts at 1024). */
  maxStringLength?: number
  /**
   * Keep the values of string objects (default false): only names of other nodes and of edges are
   * needed for the analysis, plus string values that hold a node_modules path (module file names).
   * The others become "" and cost no memory.
   */
  stringValues?: boolean
  /**
   * Only count: per class (constructor name or node type) the number of nodes and their self size,
   * plus the highest object id; no per-node arrays, no edges. For the earlier snapshots of a diff.
   */
  totalsOnly?: boolean
  /**
   * The largest snapshot read (bytes), DEFAULT_HEAP_MAX_BYTES by default. The file is the soak's, so
   * untrusted: a longer input is refused, and so is a header whose node and edge counts need more
   * numbers than the input can hold, before anything is allocated from them.
   */
  maxBytes?: number
  /** The input's whole size when known (a file's size): the header's counts are held to it. */
  totalBytes?: number
}

/** What a parse may hold per byte of its input, typed arrays and string table together. */
export const MEMORY_PER_INPUT_BYTE = 3
// A string table entry: its array slot, and a kept string's header (map, hash, length) before its
// characters, which V8 rounds up to 8 bytes.
const STRING_SLOT_BYTES = 8
const STRING_HEADER_BYTES = 16
const align8 = (n: number) => (n + 7) & ~7

/** The "snapshot" header is a few hundred bytes; V8 has never written one near this. */
const MAX_HEADER_BYTES = 1024 * 1024

const enum S {
  Start, // before '{'
  Key, // expecting a key string or '}'
  KeyString,
  Colon,
  Value, // expecting the value of the current key
  AfterValue, // expecting ',' or '}'
  Capture, // `snapshot` header: bytes kept until its braces balance
  Skip, // an unneeded value: skipped keeping track of depth and strings
  SkipPrimitive, // an unneeded number, true, false or null
  Numbers, // inside [ … ] of numbers
  Strings, // inside the strings array, between entries
  StringBody, // inside one entry of strings
  Done
}

const enum Section {
  None,
  Nodes,
  Edges,
  Locations
}

// Roles of node fields, from meta.node_fields.
const enum F {
  Other,
  Type,
  Name,
  Id,
  Size,
  EdgeCount
}
const enum EF {
  Other,
  Type,
  Name,
  To
}

const QUOTE = 0x22
const BACKSLASH = 0x5c

function fail(reason: string): never {
  throw new MemgateError(reason)
}

/**
 * A push parser: call `write()` with each chunk (bytes or text) in order, then `end()` for the graph.
 * Throws MemgateError on anything that is not a complete V8 heap snapshot; never touches the disk.
 */
export class HeapSnapshotParser {
  private state = S.Start
  private readonly keepEdges: boolean
  private readonly maxStringLength: number
  private bytesSeen = 0
  private readonly maxBytes: number
  private readonly totalBytes: number | undefined

  private key = ''
  private keyBytes: number[] = []
  private keyEscape = false
  private seenKeys = new Set<string>()

  // generic skip/capture state
  private depth = 0
  private inString = false
  private escape = false
  private capture: Uint8Array[] = []
  private captureStart = 0

  // numbers
  private section = Section.None
  private num = 0
  private inNum = false
  private neg = false
  private field = 0

  // header
  private nodeFieldCount = 0
  private nodeRoles = new Uint8Array(0)
  private edgeFieldCount = 0
  private edgeRoles = new Uint8Array(0)
  private locFieldCount = 0
  private locRoles = new Int8Array(0) // 0 object_index, 1 script_id, 2 line, 3 column, -1 other
  private locRow: [number, number, number, number] = [0, 0, 0, 0]
  private locRows = new Uint32Array(0)
  private locLen = 0
  private headerDone = false

  private g: HeapGraph | null = null
  private nodesRead = 0
  private edgesRead = 0

  // strings
  private strBuf = new Uint8Array(256)
  private strLen = 0
  private strEscaped = false
  private strWide = false
  private stringsDone = false
  private readonly decoder = new TextDecoder('utf-8', { fatal: false })
  private readonly strings: string[] = []
  // What the string table costs in memory so far, and what it may cost beside the typed arrays.
  private stringMemory = 0
  private stringBudget = Number.POSITIVE_INFINITY

  private readonly keepAllStrings: boolean
  private needed: Uint8Array | null = null

  private readonly totalsOnly: boolean
  private namedType = new Uint8Array(256)
  private totals: NodeTotals = { maxId: 0, totalBytes: 0, groups: new Map() }

  constructor(options: ParseOptions = {}) {
    this.keepAllStrings = options.stringValues === true
    this.totalsOnly = options.totalsOnly === true
    this.keepEdges = options.edges !== false && !this.totalsOnly
    this.maxStringLength = options.maxStringLength ?? 1024
    this.maxBytes = options.maxBytes ?? DEFAULT_HEAP_MAX_BYTES
    this.totalBytes = options.totalBytes
    if (this.totalBytes !== undefined && this.totalBytes > this.maxBytes) fail(tooLarge(this.totalBytes, this.maxBytes))
  }

  /** Feeds the next chunk of the file. */
  write(chunk: Uint8Array | string): void {
    const buf = typeof chunk === 'string' ? new TextEncoder().encode(chunk) : chunk
    const len = buf.length
    if (this.bytesSeen + len > this.maxBytes) fail(tooLarge(this.bytesSeen + len, this.maxBytes, this.totalBytes === undefined))
    let i = 0
    while (i < len) {
      switch (this.state) {
        case S.Start: {
          const c = buf[i++]!
          if (isSpace(c) || ((c === 0xef || c === 0xbb || c === 0xbf) && this.bytesSeen + i <= 3)) continue
          if (c !== 0x7b) fail(`does not start with a JSON object (found ${describeByte(c)}); expected a V8 heap snapshot`)
          this.state = S.Key
          break
        }
        case S.Key: {
          const c = buf[i++]!
          if (isSpace(c)) continue
          if (c === QUOTE) {
            this.keyBytes = []
            this.keyEscape = false
            this.state = S.KeyString
          } else if (c === 0x7d) {
            this.state = S.Done
          } else fail(`unexpected ${describeByte(c)} where a top-level key was expected`)
          break
        }
        case S.KeyString: {
          const c = buf[i++]!
          if (this.keyEscape) this.keyEscape = false
          else if (c === BACKSLASH) this.keyEscape = true
          else if (c === QUOTE) {
            this.key = String.fromCharCode(...this.keyBytes)
            this.state = S.Colon
            break
          }
          if (this.keyBytes.length < 64) this.keyBytes.push(c)
          break
        }
        case S.Colon: {
          const c = buf[i++]!
          if (isSpace(c)) continue
          if (c !== 0x3a) fail(`unexpected ${describeByte(c)} after key "${this.key}"`)
          this.state = S.Value
          break
        }
        case S.Value: {
          const c = buf[i]!
          if (isSpace(c)) {
            i++
            continue
          }
          this.beginValue(c)
          if ((this.state as S) === S.Capture) {
            this.captureStart = i
            this.capture = []
          }
          i++
          break
        }
        case S.AfterValue: {
          const c = buf[i++]!
          if (isSpace(c)) continue
          if (c === 0x2c) this.state = S.Key
          else if (c === 0x7d) this.state = S.Done
          else fail(`unexpected ${describeByte(c)} after the "${this.key}" section`)
          break
        }
        case S.Capture:
        case S.Skip: {
          const start = this.state === S.Capture ? this.captureStart : 0
          i = this.skipValue(buf, i)
          if (this.state === S.Capture) {
            if (this.depth === 0) {
              this.capture.push(buf.subarray(start, i))
              this.readHeader()
              this.state = S.AfterValue
            } else {
              this.capture.push(buf.slice(start, i))
              this.captureStart = 0
              if (this.capture.reduce((n, part) => n + part.length, 0) > MAX_HEADER_BYTES) {
                fail(`has a "snapshot" header of more than ${MAX_HEADER_BYTES} bytes; V8 writes a few hundred`)
              }
            }
          } else if (this.depth === 0) this.state = S.AfterValue
          break
        }
        case S.SkipPrimitive: {
          const c = buf[i]
          if (c === 0x2c || c === 0x7d) this.state = S.AfterValue
          else i++
          break
        }
        case S.Numbers:
          i = this.readNumbers(buf, i)
          break
        case S.Strings: {
          const c = buf[i++]!
          if (isSpace(c) || c === 0x2c) continue
          if (c === QUOTE) {
            this.strLen = 0
            this.strEscaped = false
            this.strWide = false
            this.escape = false
            this.state = S.StringBody
          } else if (c === 0x5d) {
            this.stringsDone = true
            this.state = S.AfterValue
          } else fail(`unexpected ${describeByte(c)} in the strings section`)
          break
        }
        case S.StringBody:
          i = this.readString(buf, i)
          break
        case S.Done: {
          const c = buf[i++]!
          if (!isSpace(c)) fail(`unexpected ${describeByte(c)} after the end of the snapshot`)
          break
        }
      }
    }
    this.bytesSeen += len
  }

  /** Finishes parsing; throws MemgateError if the input was empty, cut short or inconsistent. */
  end(): HeapGraph {
    if (this.bytesSeen === 0) fail('is empty; expected a V8 heap snapshot')
    const g = this.g
    if (!this.headerDone || !g) fail('has no "snapshot" header with "meta"; expected a V8 heap snapshot')
    if (this.state !== S.Done) {
      const where =
        this.section === Section.Nodes
          ? ` in the nodes section after ${this.nodesRead} of ${g.nodeCount} nodes`
          : this.section === Section.Edges
            ? this.totalsOnly
              ? ' in the edges section'
              : ` in the edges section after ${this.edgesRead} of ${g.edgeCount} edges`
            : this.state === S.StringBody || this.state === S.Strings
              ? ` in the strings section after ${this.strings.length} strings`
              : ''
      fail(`is truncated: it ends${where} (after ${this.bytesSeen} bytes)`)
    }
    if (this.nodesRead !== g.nodeCount) fail(`has ${this.nodesRead} nodes where its header says ${g.nodeCount}`)
    if (this.keepEdges && this.edgesRead !== g.edgeCount) fail(`has ${this.edgesRead} edges where its header says ${g.edgeCount}`)
    if (!this.stringsDone) fail('has no strings section')
    g.strings = this.strings
    g.locations = this.takeLocations()
    const n = this.strings.length
    for (const name of g.nodeName) if (name >= n) fail(`names string ${name} but has only ${n} strings`)
    if (this.totalsOnly) {
      g.totals = this.totals
      for (const key of this.totals.groups.keys())
        if (key >= 4294967296 && key % 4294967296 >= n) fail(`names string ${key % 4294967296} but has only ${n} strings`)
    }
    if (!this.keepEdges && !this.totalsOnly) {
      g.edgeCount = 0
      g.firstEdge.fill(0)
    }
    return g
  }

  private takeLocations(): Locations {
    const rows = this.locRows
    const count = this.locLen / 4
    // storeLocation writes whole rows of 4: rows[k * 4 + 3] is in range for every k < count
    let sorted = true
    for (let k = 1; k < count && sorted; k++) sorted = rows[k * 4]! > rows[(k - 1) * 4]!
    // V8 writes them in node order; anything else is sorted once here
    let order: Uint32Array | null = null
    if (!sorted) {
      order = new Uint32Array(count)
      for (let k = 0; k < count; k++) order[k] = k
      order.sort((a, b) => rows[a * 4]! - rows[b * 4]!)
    }
    const out: Locations = {
      count,
      node: new Uint32Array(count),
      scriptId: new Uint32Array(count),
      line: new Uint32Array(count),
      column: new Uint32Array(count)
    }
    for (let k = 0; k < count; k++) {
      const row = (order ? order[k]! : k) * 4
      out.node[k] = rows[row]!
      out.scriptId[k] = rows[row + 1]!
      out.line[k] = rows[row + 2]!
      out.column[k] = rows[row + 3]!
    }
    this.locRows = new Uint32Array(0)
    return out
  }

  private beginValue(c: number): void {
    const key = this.key
    if (this.seenKeys.has(key)) fail(`has the section "${key}" twice`)
    this.seenKeys.add(key)
    const wanted =
      key === 'snapshot' || key === 'nodes' || key === 'edges' || (key === 'locations' && !this.totalsOnly) || key === 'strings'
    if (!wanted) {
      this.depth = 0
      this.inString = false
      this.escape = false
      this.state = S.Skip
      // the skipper must see the opening byte itself
      this.depth = c === 0x7b || c === 0x5b ? 1 : 0
      this.inString = c === QUOTE
      if (this.depth === 0 && !this.inString) this.state = S.SkipPrimitive
      return
    }
    if (key === 'snapshot') {
      if (c !== 0x7b) fail('has a "snapshot" header that is not an object')
      this.depth = 1
      this.inString = false
      this.escape = false
      this.state = S.Capture
      return
    }
    if (c !== 0x5b) fail(`has a "${key}" section that is not an array`)
    if (key !== 'strings' && !this.headerDone) fail(`has the "${key}" section before its "snapshot" header`)
    if (key === 'strings') {
      this.state = S.Strings
      this.needed = this.keepAllStrings ? null : this.neededStrings()
      this.stringBudget = MEMORY_PER_INPUT_BYTE * (this.totalBytes ?? this.maxBytes) - this.arrayBytes()
      return
    }
    this.section = key === 'nodes' ? Section.Nodes : key === 'edges' ? Section.Edges : Section.Locations
    this.field = 0
    this.num = 0
    this.inNum = false
    this.neg = false
    this.state = S.Numbers
  }

  // Returns the index after the consumed bytes; sets depth 0 when the value closed.
  private skipValue(buf: Uint8Array, i: number): number {
    const len = buf.length
    let depth = this.depth
    let inString = this.inString
    let escaped = this.escape
    while (i < len) {
      const c = buf[i++]
      if (inString) {
        if (escaped) escaped = false
        else if (c === BACKSLASH) escaped = true
        else if (c === QUOTE) {
          inString = false
          if (depth === 0) break
        }
      } else if (c === QUOTE) inString = true
      else if (c === 0x7b || c === 0x5b) depth++
      else if (c === 0x7d || c === 0x5d) {
        if (--depth === 0) break
      }
    }
    this.depth = depth
    this.inString = inString
    this.escape = escaped
    return i
  }

  private readHeader(): void {
    const bytes = concat(this.capture)
    this.capture = []
    let header: {
      meta?: {
        node_fields?: string[]
        node_types?: unknown[]
        edge_fields?: string[]
        edge_types?: unknown[]
        location_fields?: string[]
      }
      node_count?: number
      edge_count?: number
    }
    try {
      header = JSON.parse(this.decoder.decode(bytes))
    } catch (error) {
      throw new MemgateError('has a "snapshot" header that is not valid JSON', 2, { cause: error })
    }
    const meta = header.meta
    if (!meta || !Array.isArray(meta.node_fields) || !Array.isArray(meta.edge_fields)) {
      fail('has no "snapshot.meta" with node_fields and edge_fields; expected a V8 heap snapshot')
    }
    const nodeFields = meta.node_fields
    const edgeFields = meta.edge_fields
    const nodeTypes = Array.isArray(meta.node_types) ? meta.node_types[nodeFields.indexOf('type')] : null
    const edgeTypes = Array.isArray(meta.edge_types) ? meta.edge_types[edgeFields.indexOf('type')] : null
    for (const f of ['type', 'name', 'id', 'self_size', 'edge_count']) {
      if (!nodeFields.includes(f)) fail(`has no "${f}" in snapshot.meta.node_fields (${nodeFields.join(', ')})`)
    }
    for (const f of ['type', 'name_or_index', 'to_node']) {
      if (!edgeFields.includes(f)) fail(`has no "${f}" in snapshot.meta.edge_fields (${edgeFields.join(', ')})`)
    }
    if (!Array.isArray(nodeTypes) || !Array.isArray(edgeTypes)) fail('has no node or edge type names in snapshot.meta')
    const nodeCount = header.node_count
    const edgeCount = header.edge_count
    if (!Number.isSafeInteger(nodeCount) || !Number.isSafeInteger(edgeCount) || nodeCount! < 1 || edgeCount! < 0) {
      fail('has no valid node_count/edge_count in its "snapshot" header')
    }
    // Each value takes a digit and a comma at least: counts that need more bytes than the input has
    // (or may have) are a lie, refused before the arrays sized by them are allocated.
    const budget = this.totalBytes ?? this.maxBytes
    const needed = 2 * (nodeCount! * nodeFields.length + edgeCount! * edgeFields.length)
    if (needed > budget + 64) {
      fail(
        this.totalBytes === undefined
          ? `claims ${nodeCount} nodes and ${edgeCount} edges in its "snapshot" header, which need at least ${needed} bytes, more than the ${budget}-byte limit for heap snapshots`
          : `is truncated or its header lies: it claims ${nodeCount} nodes and ${edgeCount} edges, which need at least ${needed} bytes, more than its ${budget} bytes`
      )
    }
    this.nodeFieldCount = nodeFields.length
    this.nodeRoles = Uint8Array.from(nodeFields, (f) =>
      f === 'type'
        ? F.Type
        : f === 'name'
          ? F.Name
          : f === 'id'
            ? F.Id
            : f === 'self_size'
              ? F.Size
              : f === 'edge_count'
                ? F.EdgeCount
                : F.Other
    )
    this.edgeFieldCount = edgeFields.length
    this.edgeRoles = Uint8Array.from(edgeFields, (f) =>
      f === 'type' ? EF.Type : f === 'name_or_index' ? EF.Name : f === 'to_node' ? EF.To : EF.Other
    )
    const locFields = Array.isArray(meta.location_fields) ? meta.location_fields : []
    this.locFieldCount = locFields.length
    this.locRoles = Int8Array.from(locFields, (f) => ['object_index', 'script_id', 'line', 'column'].indexOf(f))
    const e = this.keepEdges ? edgeCount! : 0
    // In totals mode each node is folded into the totals as soon as it is read: one slot suffices.
    const slots = this.totalsOnly ? 1 : nodeCount!
    for (const t of ['object', 'native']) {
      const k = nodeTypes.indexOf(t)
      if (k >= 0) this.namedType[k] = 1
    }
    this.g = {
      nodeCount: nodeCount!,
      edgeCount: edgeCount!,
      nodeTypes: nodeTypes.map(String),
      edgeTypes: edgeTypes.map(String),
      nodeType: new Uint8Array(slots),
      nodeName: new Uint32Array(slots),
      nodeId: new Uint32Array(slots),
      selfSize: new Float64Array(slots),
      firstEdge: new Uint32Array(slots + 1),
      edgeType: new Uint8Array(e),
      edgeName: new Uint32Array(e),
      edgeTo: new Uint32Array(e),
      strings: [],
      locations: { count: 0, node: new Uint32Array(0), scriptId: new Uint32Array(0), line: new Uint32Array(0), column: new Uint32Array(0) },
      totals: null
    }
    this.headerDone = true
  }

  // The nodes and edges sections are nearly all of a file: they get loops of their own that keep
  // their state in locals and write straight into the typed arrays.
  private readNodes(buf: Uint8Array, i: number): number {
    const g = this.g!
    const len = buf.length
    const nf = this.nodeFieldCount
    const roles = this.nodeRoles
    const typeAt = roles.indexOf(F.Type)
    const nameAt = roles.indexOf(F.Name)
    const idAt = roles.indexOf(F.Id)
    const sizeAt = roles.indexOf(F.Size)
    const countAt = roles.indexOf(F.EdgeCount)
    const { nodeType, nodeName, nodeId, selfSize, firstEdge } = g
    const count = g.nodeCount
    let num = this.num
    let inNum = this.inNum
    let field = this.field
    let n = this.nodesRead
    const totals = this.totalsOnly
    let slot = totals ? 0 : n
    while (i < len) {
      let c = buf[i++]!
      if (c >= 0x30 && c <= 0x39) {
        // the whole run of digits at once; a number cut by the chunk's end continues in the next
        num = num * 10 + (c - 0x30)
        while (i < len) {
          c = buf[i]!
          if (c < 0x30 || c > 0x39) break
          num = num * 10 + (c - 0x30)
          i++
        }
        inNum = true
      } else if (c === 0x2c || c === 0x5d) {
        if (inNum) {
          if (n >= count) fail(`has more nodes than its header's node_count ${count}`)
          if (field === typeAt) nodeType[slot] = num
          else if (field === nameAt) nodeName[slot] = num
          else if (field === idAt) nodeId[slot] = num
          else if (field === sizeAt) selfSize[slot] = num
          else if (field === countAt) firstEdge[slot + 1] = num
          if (++field === nf) {
            field = 0
            if (totals) this.addToTotals()
            else slot++
            n++
          }
          num = 0
          inNum = false
        } else if (c === 0x2c) fail('has an empty value in the nodes section')
        if (c === 0x5d) {
          this.num = num
          this.inNum = inNum
          this.field = field
          this.nodesRead = n
          this.finishSection()
          this.state = S.AfterValue
          return i
        }
      } else if (!isSpace(c)) fail(`has ${describeByte(c)} in the nodes section, where only integers belong`)
    }
    this.num = num
    this.inNum = inNum
    this.field = field
    this.nodesRead = n
    return i
  }

  private addToTotals(): void {
    const g = this.g!
    // in totals mode every per-node array has the one slot 0
    const type = g.nodeType[0]!
    const key = this.namedType[type] ? type * 4294967296 + g.nodeName[0]! : type
    const size = g.selfSize[0]!
    const group = this.totals.groups.get(key)
    if (group) {
      group.count++
      group.bytes += size
    } else this.totals.groups.set(key, { count: 1, bytes: size })
    const id = g.nodeId[0]!
    if (id % 2 === 1 && id > this.totals.maxId) this.totals.maxId = id
    this.totals.totalBytes += size
  }

  private readEdges(buf: Uint8Array, i: number): number {
    const g = this.g!
    const len = buf.length
    const ef = this.edgeFieldCount
    const nf = this.nodeFieldCount
    const typeAt = this.edgeRoles.indexOf(EF.Type)
    const nameAt = this.edgeRoles.indexOf(EF.Name)
    const toAt = this.edgeRoles.indexOf(EF.To)
    const keep = this.keepEdges
    const { edgeType, edgeName, edgeTo } = g
    const count = g.edgeCount
    const nodeCount = g.nodeCount
    let num = this.num
    let inNum = this.inNum
    let field = this.field
    let e = this.edgesRead
    while (i < len) {
      let c = buf[i++]!
      if (c >= 0x30 && c <= 0x39) {
        // the whole run of digits at once; a number cut by the chunk's end continues in the next
        num = num * 10 + (c - 0x30)
        while (i < len) {
          c = buf[i]!
          if (c < 0x30 || c > 0x39) break
          num = num * 10 + (c - 0x30)
          i++
        }
        inNum = true
      } else if (c === 0x2c || c === 0x5d) {
        if (inNum) {
          if (e >= count) fail(`has more edges than its header's edge_count ${count}`)
          if (keep) {
            if (field === toAt) {
              const to = (num / nf) | 0
              if (to * nf !== num || to >= nodeCount) fail(`has edge ${e} pointing at ${num}, which is not a node`)
              edgeTo[e] = to
            } else if (field === typeAt) edgeType[e] = num
            else if (field === nameAt) edgeName[e] = num
          }
          if (++field === ef) {
            field = 0
            e++
          }
          num = 0
          inNum = false
        } else if (c === 0x2c) fail('has an empty value in the edges section')
        if (c === 0x5d) {
          this.num = num
          this.inNum = inNum
          this.field = field
          this.edgesRead = e
          this.finishSection()
          this.state = S.AfterValue
          return i
        }
      } else if (!isSpace(c)) fail(`has ${describeByte(c)} in the edges section, where only integers belong`)
    }
    this.num = num
    this.inNum = inNum
    this.field = field
    this.edgesRead = e
    return i
  }

  private readNumbers(buf: Uint8Array, i: number): number {
    if (this.section === Section.Nodes) return this.readNodes(buf, i)
    if (this.section === Section.Edges) {
      if (!this.totalsOnly) return this.readEdges(buf, i)
      // Totals need no edges: the section holds only digits, commas and spaces, so its end is the
      // next ']' (a file cut inside it is still reported as truncated).
      const end = buf.indexOf(0x5d, i)
      if (end < 0) return buf.length
      this.edgesRead = this.g!.edgeCount
      this.finishSection()
      this.state = S.AfterValue
      return end + 1
    }
    const len = buf.length
    let num = this.num
    let inNum = this.inNum
    while (i < len) {
      let c = buf[i++]!
      if (c >= 0x30 && c <= 0x39) {
        // the whole run of digits at once; a number cut by the chunk's end continues in the next
        num = num * 10 + (c - 0x30)
        while (i < len) {
          c = buf[i]!
          if (c < 0x30 || c > 0x39) break
          num = num * 10 + (c - 0x30)
          i++
        }
        inNum = true
      } else if (c === 0x2c || c === 0x5d) {
        if (inNum) {
          this.storeLocation(this.neg ? -num : num)
          num = 0
          inNum = false
          this.neg = false
        } else if (c === 0x2c) fail(`has an empty value in the ${this.sectionName()} section`)
        if (c === 0x5d) {
          this.finishSection()
          this.state = S.AfterValue
          break
        }
      } else if (c === 0x2d && !inNum) this.neg = true
      else if (!isSpace(c)) fail(`has ${describeByte(c)} in the ${this.sectionName()} section, where only integers belong`)
    }
    this.num = num
    this.inNum = inNum
    return i
  }

  private sectionName(): string {
    return this.section === Section.Nodes ? 'nodes' : this.section === Section.Edges ? 'edges' : 'locations'
  }

  // One value of the locations section (nodes and edges have loops of their own).
  private storeLocation(v: number): void {
    const role = this.locRoles[this.field]!
    if (role >= 0) this.locRow[role] = v
    if (++this.field < this.locFieldCount) return
    this.field = 0
    const node = this.locRow[0] / this.nodeFieldCount
    if (!Number.isInteger(node) || node >= this.g!.nodeCount) return
    if (this.locLen + 4 > this.locRows.length) {
      const bigger = new Uint32Array(Math.max(1024, this.locRows.length * 2))
      bigger.set(this.locRows)
      this.locRows = bigger
    }
    const rows = this.locRows
    rows[this.locLen++] = node
    rows[this.locLen++] = this.locRow[1]
    rows[this.locLen++] = this.locRow[2]
    rows[this.locLen++] = this.locRow[3]
  }

  private finishSection(): void {
    const g = this.g!
    if (this.field !== 0) fail(`has a partial record at the end of the ${this.sectionName()} section`)
    if (this.section === Section.Nodes) {
      if (this.nodesRead !== g.nodeCount) fail(`has ${this.nodesRead} nodes where its header says ${g.nodeCount}`)
      if (!this.totalsOnly) {
        const first = g.firstEdge
        for (let n = 1; n <= g.nodeCount; n++) first[n]! += first[n - 1]!
        if (first[g.nodeCount] !== g.edgeCount) fail(`has nodes with ${first[g.nodeCount]} edges where its header says ${g.edgeCount}`)
      }
    } else if (this.section === Section.Edges) {
      if (this.edgesRead !== g.edgeCount) fail(`has ${this.edgesRead} edges where its header says ${g.edgeCount}`)
    }
    this.section = Section.None
  }

  private readString(buf: Uint8Array, i: number): number {
    const len = buf.length
    const cap = this.maxStringLength * 4 + 16 // room for escapes and multi-byte characters
    while (i < len) {
      if (this.escape) {
        this.escape = false
        this.push(buf, i, i + 1, cap)
        i++
        continue
      }
      // a run of plain bytes, copied at once
      const start = i
      let wide = false
      let c = 0
      while (i < len) {
        c = buf[i]!
        if (c === QUOTE || c === BACKSLASH) break
        if (c >= 0x80) wide = true
        i++
      }
      if (wide) this.strWide = true
      if (i > start) this.push(buf, start, i, cap)
      if (i === len) break
      i++
      if (c === BACKSLASH) {
        this.escape = true
        this.strEscaped = true
        this.push(buf, i - 1, i, cap)
      } else {
        this.keepString(this.decodeString())
        this.state = S.Strings
        return i
      }
    }
    return i
  }

  // A string table of many tiny distinct strings costs several times its bytes (a slot and a string
  // header each): it is held to the input's size, so that no snapshot takes more than
  // MEMORY_PER_INPUT_BYTE times its bytes.
  private keepString(s: string): void {
    this.stringMemory += STRING_SLOT_BYTES + (s.length === 0 ? 0 : STRING_HEADER_BYTES + align8(this.strWide ? 2 * s.length : s.length))
    if (this.stringMemory > this.stringBudget) {
      const size = this.totalBytes ?? this.maxBytes
      fail(
        `has a strings section that would take more than ${MEMORY_PER_INPUT_BYTE}× the snapshot's ${size} bytes in memory ` +
          `(${this.strings.length} strings so far): V8 writes no such table`
      )
    }
    this.strings.push(s)
  }

  private arrayBytes(): number {
    const g = this.g
    if (!g) return 0
    const arrays = [g.nodeType, g.nodeName, g.nodeId, g.selfSize, g.firstEdge, g.edgeType, g.edgeName, g.edgeTo]
    const { node, scriptId, line, column } = g.locations
    return [...arrays, node, scriptId, line, column].reduce((sum, a) => sum + a.byteLength, 0)
  }

  private push(buf: Uint8Array, from: number, to: number, cap: number): void {
    const room = cap - this.strLen
    if (room <= 0) return
    if (to - from > room) to = from + room
    const need = this.strLen + (to - from)
    if (need > this.strBuf.length) {
      const bigger = new Uint8Array(Math.max(need, this.strBuf.length * 2))
      bigger.set(this.strBuf.subarray(0, this.strLen))
      this.strBuf = bigger
    }
    this.strBuf.set(buf.subarray(from, to), this.strLen)
    this.strLen = need
  }

  // Which entries of the string table name something other than a string's value. Null (keep all)
  // unless the nodes, and the edges when kept, came before the strings, as V8 writes them.
  private neededStrings(): Uint8Array | null {
    const g = this.g
    if (!g || this.nodesRead !== g.nodeCount || (this.keepEdges && this.edgesRead !== g.edgeCount)) {
      if (this.totalsOnly) fail('has its strings before its nodes, which a totals-only read cannot follow')
      return null
    }
    const isValue = new Uint8Array(256)
    for (const t of ['string', 'concatenated string', 'sliced string']) {
      const k = g.nodeTypes.indexOf(t)
      if (k >= 0) isValue[k] = 1
    }
    const isIndex = new Uint8Array(256)
    for (const t of ['element', 'hidden']) {
      const k = g.edgeTypes.indexOf(t)
      if (k >= 0) isIndex[k] = 1
    }
    if (this.totalsOnly) {
      let top = 0
      for (const key of this.totals.groups.keys()) if (key >= 4294967296) top = Math.max(top, key % 4294967296)
      const names = new Uint8Array(top + 1)
      for (const key of this.totals.groups.keys()) if (key >= 4294967296) names[key % 4294967296] = 1
      return names
    }
    // i < nodeCount and e < edgeCount are in range of the per-node and per-edge arrays
    let max = 0
    for (const name of g.nodeName) if (name > max) max = name
    for (let e = 0; e < g.edgeTo.length; e++) if (!isIndex[g.edgeType[e]!] && g.edgeName[e]! > max) max = g.edgeName[e]!
    const needed = new Uint8Array(max + 1)
    for (let i = 0; i < g.nodeCount; i++) if (!isValue[g.nodeType[i]!]) needed[g.nodeName[i]!] = 1
    for (let e = 0; e < g.edgeTo.length; e++) if (!isIndex[g.edgeType[e]!]) needed[g.edgeName[e]!] = 1
    return needed
  }

  private decodeString(): string {
    const index = this.strings.length
    const needed = this.needed
    if (needed && !needed[index] && !hasNodeModules(this.strBuf, this.strLen)) return ''
    const bytes = this.strBuf.subarray(0, this.strLen)
    let s: string
    if (!this.strEscaped) {
      s = this.strWide ? this.decoder.decode(bytes) : latin1(bytes)
    } else {
      let text = this.decoder.decode(bytes)
      // A cut may have split an escape: drop the dangling backslash sequence.
      if (this.strLen >= this.maxStringLength * 4 + 16) text = text.replace(/\\(u[0-9a-fA-F]{0,3})?$/, '')
      try {
        s = JSON.parse(`"${text}"`)
      } catch (error) {
        throw new MemgateError(`has an invalid string at index ${this.strings.length} of its strings section`, 2, { cause: error })
      }
    }
    return s.length > this.maxStringLength ? s.slice(0, this.maxStringLength) : s
  }
}

// Node's Buffer decodes one-byte text natively; elsewhere fall back to fromCharCode.
const NodeBuffer = (globalThis as { Buffer?: { prototype: { latin1Slice?: unknown } } }).Buffer
const latin1Slice = NodeBuffer?.prototype.latin1Slice as ((this: Uint8Array, start: number, end: number) => string) | undefined

function latin1(bytes: Uint8Array): string {
  if (latin1Slice) return latin1Slice.call(bytes, 0, bytes.length)
  if (bytes.length < 64) return String.fromCharCode(...bytes)
  let s = ''
  for (let i = 0; i < bytes.length; i += 8192) s += String.fromCharCode(...bytes.subarray(i, i + 8192))
  return s
}

const NODE_MODULES = [...'node_modules'].map((c) => c.charCodeAt(0))

function hasNodeModules(buf: Uint8Array, len: number): boolean {
  const first = NODE_MODULES[0]!
  outer: for (let i = buf.indexOf(first); i >= 0 && i + NODE_MODULES.length <= len; i = buf.indexOf(first, i + 1)) {
    for (let k = 1; k < NODE_MODULES.length; k++) if (buf[i + k] !== NODE_MODULES[k]) continue outer
    return true
  }
  return false
}

function concat(parts: Uint8Array[]): Uint8Array {
  let n = 0
  for (const p of parts) n += p.length
  const out = new Uint8Array(n)
  let o = 0
  for (const p of parts) {
    out.set(p, o)
    o += p.length
  }
  return out
}

function tooLarge(bytes: number, limit: number, atLeast = false): string {
  const mib = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MiB`
  return `is ${atLeast ? 'more than ' : ''}${mib(bytes)}, over the ${mib(limit)} limit for heap snapshots`
}

function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09
}

function describeByte(c: number): string {
  return c >= 0x20 && c < 0x7f ? `'${String.fromCharCode(c)}'` : `byte 0x${c.toString(16).padStart(2, '0')}`
}

/** Parses a whole snapshot held in memory (tests and small files); see HeapSnapshotParser. */
export function parseHeapSnapshot(data: Uint8Array | string, options?: ParseOptions): HeapGraph {
  const bytes = typeof data === 'string' ? new TextEncoder().encode(data) : data
  const parser = new HeapSnapshotParser({ totalBytes: bytes.length, ...options })
  parser.write(bytes)
  return parser.end()
}
