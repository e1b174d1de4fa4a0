// The fast path for two versions of one large npm lockfile (v2/v3). JSON.parse of a 30 MB
// package-lock takes most of a second per side, though a Dependabot PR changes a handful of its
// entries. npm writes the file with JSON.stringify and a fixed indent, so each `packages` entry is a
// run of lines that starts at the entry indent and ends at the first `}` back at that indent. This
// module splits both texts into entries without parsing them, compares the raw entries, and parses
// only those a diff can depend on:
//   - the names that matter: every name with a changed entry (or link to a changed directory), and
//     every name a changed entry starts or stops depending on, or depends on with another range;
//   - every installed copy of those names (Node resolves a require among the copies of one name);
//   - every entry that depends on one of those names (found by text: who names a package decides
//     `namedBy`, which pairs versions and tells transitive packages from direct ones);
//   - the copies the changed dependencies of the manifests resolve to, for the direct bumps;
//   - the root and workspace entries, and the targets of links.
// Everything else is unchanged on both sides, so leaving it out changes no bump of those names; the
// caller keeps the transitive bumps of `names` only. Any layout this module does not recognise
// returns null, and the caller parses the whole files, which also reports malformed JSON by line.
import { assertNoConflict } from './lock.js'
import type { Lockfile } from './lock.js'
import { fromPackages, nameAt, parentDir } from './npm.js'
import type { PackagesEntry } from './npm.js'
import type { Manifest, ManifestDependency } from './manifest.js'

export interface PrunedLocks {
  base: Lockfile
  head: Lockfile
  /**
   * The names whose transitive bumps the pruned lockfiles show exactly; drop the others'. Direct
   * bumps are exact.
   */
  names: Set<string>
}

interface Side {
  text: string
  file: string
}

/** One lockfile's `packages` object, split into entries without parsing them. */
interface Split {
  text: string
  lockfileVersion: string
  /** Entry keys in file order. */
  keys: string[]
  /**
   * Offset of each key's line, ascending, for finding the entry that holds an offset. Only a
   * split of the whole text has them (and `end`): the text searches run on base alone.
   */
  starts: number[]
  /** key → its raw text, `"key": {…}` without the trailing comma. */
  raw: RawEntries
  /** The indentation of one level. */
  unit: string
  /** Where the `packages` object ends, so searches stay out of v2's legacy `dependencies` tree. */
  end: number
}

const NM = 'node_modules/'
const DEPENDENCY_FIELDS = ['dependencies', 'optionalDependencies', 'peerDependencies'] as const

/**
 * Both sides pruned to the entries the bumps of `names` depend on, or null when either text is not
 * laid out the way npm writes lockfiles v2/v3 (then parse them whole). Throws MemgateError on
 * merge-conflict markers, as the full parser does. `manifests`: every package.json of the project,
 * on both sides.
 */
export function pruneNpmLocks(base: Side, head: Side, manifests: { base: Manifest[]; head: Manifest[] }): PrunedLocks | null {
  assertNoConflict(base.text, base.file)
  const before = splitLock(base.text)
  if (!before) {
    assertNoConflict(head.text, head.file)
    return null
  }
  const headSplit = base.text === head.text ? { split: before, changed: [], differs: [0, 0] } : splitHead(before, head.text)
  // What head shares with base has no marker, as base has none.
  assertNoConflict(head.text, head.file, ...(headSplit?.differs ?? [0, head.text.length]))
  if (!headSplit) return null
  const { split: after, changed } = headSplit

  const entries = new Entries(before, after)
  const names = new Set<string>()
  if (!entries.parse(changed)) return null
  for (const key of changed) {
    if (key.includes(NM)) names.add(nameAt(key))
    // A dependency whose spec is the same on both sides links the same copy on both.
    const was = entries.get(before, key)
    const is = entries.get(after, key)
    for (const field of DEPENDENCY_FIELDS) {
      const a = was?.[field] ?? {}
      const b = is?.[field] ?? {}
      for (const name in a) if (!was || !is || a[name] !== b[name]) names.add(name)
      for (const name in b) if (!was || !is || a[name] !== b[name]) names.add(name)
    }
  }

  // A link whose target directory changed installs another version under the link's name.
  const targets = new Set(changed.filter((key) => !key.includes(NM)))
  if (targets.size) {
    const links = linksOf(before)
    if (!entries.parse(links, before)) return null
    for (const key of links) if (targets.has(entries.get(before, key)!.resolved ?? '')) names.add(nameAt(key))
  }

  // A manifest dependency that changed (range, type, added, removed) needs the copy it resolves to,
  // the one Node finds walking up from the manifest's directory. An unchanged one whose copies are
  // unchanged is no bump; if its copies changed, its name is in `names` already.
  const located = new Set<string>()
  for (const [dir, name] of changedDependencies(manifests.base, manifests.head)) {
    for (let at = dir; ; at = parentDir(at)) {
      located.add(at === '' ? `${NM}${name}` : `${at}/${NM}${name}`)
      if (at === '') break
    }
  }
  // Entries unchanged on both sides are in `before`; changed ones are kept by their own name.
  const dependents = dependentsOf(before, names)
  const keep = (key: string): boolean =>
    !key.includes(NM) || located.has(key) || dependents.has(key) || names.has(nameAt(key))
  const baseLock = entries.lock(before, before.keys.filter(keep), base.file)
  const headLock = entries.lock(after, after.keys.filter(keep), head.file)
  if (!baseLock || !headLock) return null
  return { base: baseLock, head: headLock, names }
}

/** [manifest dir, dependency name] for each dependency that differs between the two sides. */
function changedDependencies(base: Manifest[], head: Manifest[]): Array<[string, string]> {
  const out: Array<[string, string]> = []
  const signature = (d: ManifestDependency): string => `${d.dependencyType}\0${d.range}`
  const byPath = new Map<string, { base?: Manifest; head?: Manifest }>()
  for (const m of base) byPath.set(m.path, { base: m })
  for (const m of head) byPath.set(m.path, { ...byPath.get(m.path), head: m })
  for (const pair of byPath.values()) {
    const before = new Map((pair.base?.dependencies ?? []).map((d) => [d.name, signature(d)]))
    const after = new Map((pair.head?.dependencies ?? []).map((d) => [d.name, signature(d)]))
    for (const [manifest, other] of [[pair.base, after], [pair.head, before]] as const) {
      if (!manifest) continue
      for (const d of manifest.dependencies) if (other.get(d.name) !== signature(d)) out.push([manifest.dir, d.name])
    }
  }
  return out
}

/**
 * Splits the `packages` object of a lockfile written by npm (JSON.stringify with a space or tab
 * indent, `\n` line ends) into raw entries. Null for anything else: another layout, a version other
 * than 2 or 3, a duplicate key.
 */
export function splitLock(text: string): Split | null {
  const layout = layoutOf(text)
  if (!layout) return null
  const raw = new Map<string, string>()
  const split: Split = { text, lockfileVersion: layout.lockfileVersion, keys: [], starts: [], raw, unit: layout.unit, end: 0 }
  const scanned = scanEntries(text, layout, layout.first, (key, start, end) => {
    if (raw.has(key)) return false
    split.keys.push(key)
    split.starts.push(start)
    raw.set(key, text.slice(start, end))
    return true
  })
  if (scanned === null || scanned.stopped) return null
  split.end = scanned.end
  return split
}

/**
 * The head version of a lockfile whose base is split already: the text both share at the start and
 * at the end is found by comparing chunks, and only the entries between are split again (a
 * Dependabot PR changes a few lines of a file of tens of MB). `changed`: the keys whose entry
 * differs or exists on one side only; `differs`: the range of `text` (widened by a conflict
 * marker's length) the base does not share. Null where `splitLock` would be.
 */
export function splitHead(base: Split, text: string): { split: Split; changed: string[]; differs: [number, number] } | null {
  const layout = layoutOf(text)
  if (!layout || layout.unit !== base.unit) return null
  const prefix = commonPrefix(base.text, text)
  const suffix = commonSuffix(base.text, text, Math.min(base.text.length, text.length) - prefix)
  const differs: [number, number] = [Math.max(0, prefix - CONFLICT_WIDTH), text.length - suffix + CONFLICT_WIDTH]
  if (text.length - suffix - prefix > text.length / 2) {
    // Changes all over (a group update): a plain split and one compare beat an overlay.
    const split = splitLock(text)
    if (!split) return null
    const changed: string[] = []
    for (const key of base.keys) if (split.raw.get(key) !== base.raw.get(key)) changed.push(key)
    for (const key of split.keys) if (!base.raw.has(key)) changed.push(key)
    return { split, changed, differs }
  }
  const shift = text.length - base.text.length
  // Rescan from the entry the first difference falls in; its start is the same offset in both.
  const inEntries = base.starts.length > 0 && base.starts[0]! <= prefix
  const from = inEntries ? entryAt(base.starts, prefix) : 0
  const start = inEntries ? base.starts[from]! : layout.first
  const sharedEnd = base.text.length - suffix
  const middle: Array<[string, string]> = []
  let to = base.keys.length
  const scanned = scanEntries(text, layout, start, (key, at, end) => {
    // Once in the shared end and on an entry start of the base, the rest is the base's.
    if (at - shift >= sharedEnd) {
      const j = entryAt(base.starts, at - shift)
      if (base.starts[j] === at - shift && j >= from) {
        to = j
        return false
      }
    }
    middle.push([key, text.slice(at, end)])
    return true
  })
  if (scanned === null) return null

  const raw = new Overlay(base.raw, base.keys.slice(from, to))
  for (const [key, entry] of middle) if (!raw.add(key, entry)) return null
  const keys = base.keys.slice(0, from).concat(middle.map(([key]) => key), base.keys.slice(to))
  const changed: string[] = []
  for (let i = from; i < to; i++) if (raw.get(base.keys[i]!) !== base.raw.get(base.keys[i]!)) changed.push(base.keys[i]!)
  for (const [key] of middle) if (!base.raw.has(key)) changed.push(key)
  const split: Split = { text, lockfileVersion: layout.lockfileVersion, keys, starts: [], raw, unit: layout.unit, end: 0 }
  return { split, changed, differs }
}

/** What a split needs of its entries' raw texts: a Map, or an Overlay on the base's. */
interface RawEntries {
  get(key: string): string | undefined
  has(key: string): boolean
}

/** The base's raw entries with some taken out and others put in, without copying the rest. */
class Overlay implements RawEntries {
  private readonly removed: Set<string>
  private readonly added = new Map<string, string>()
  constructor(
    private readonly base: RawEntries,
    removed: string[]
  ) {
    this.removed = new Set(removed)
  }

  get(key: string): string | undefined {
    return this.added.get(key) ?? (this.removed.has(key) ? undefined : this.base.get(key))
  }

  has(key: string): boolean {
    return this.added.has(key) || (!this.removed.has(key) && this.base.has(key))
  }

  /** False when the key is there already (a duplicate key). */
  add(key: string, raw: string): boolean {
    if (this.has(key)) return false
    this.added.set(key, raw)
    return true
  }
}

interface Layout {
  unit: string
  lockfileVersion: string
  /** Offset of the first entry's line, or of the `}` closing an empty `packages`. */
  first: number
}

function layoutOf(text: string): Layout | null {
  if (!text.startsWith('{\n')) return null
  const quote = text.indexOf('"', 2)
  const unit = text.slice(2, quote)
  if (!/^(?: +|\t+)$/.test(unit)) return null
  const open = `\n${unit}"packages": {`
  const at = text.indexOf(open)
  if (at === -1) return null
  const version = new RegExp(`\\n${unit}"lockfileVersion": ([23]),\\n`).exec(text.slice(0, at + 1))
  if (!version) return null
  const p = at + open.length
  if (text[p] === '}') return { unit, lockfileVersion: version[1]!, first: p }
  return text[p] === '\n' ? { unit, lockfileVersion: version[1]!, first: p + 1 } : null
}

/**
 * Walks the entries from the line at `p`, handing each key and raw extent to `visit`, until the end
 * of `packages` (returns where it ends) or until `visit` returns false (returns where that entry
 * starts, and `stopped`). Null when the text is not laid out as npm writes it.
 */
function scanEntries(
  text: string,
  layout: Layout,
  p: number,
  visit: (key: string, start: number, end: number) => boolean
): { end: number; stopped?: true } | null {
  const indent = layout.unit + layout.unit
  // Tested at offsets, without slicing each line: this runs once per entry of tens of thousands.
  const keyLine = `${indent}"`
  const close = `\n${indent}}`
  const last = `\n${layout.unit}}`
  if (text[p] === '}') return { end: p + 1 }
  for (;;) {
    if (!text.startsWith(keyLine, p)) return null
    const eol = text.indexOf('\n', p)
    if (eol === -1) return null
    let end: number
    let keyEnd: number
    if (text.startsWith('": {', eol - 4)) {
      keyEnd = eol - 4
      const at = text.indexOf(close, eol)
      if (at === -1) return null
      end = at + close.length
    } else if (text.startsWith('": {}', eol - 5)) {
      keyEnd = eol - 5
      end = eol
    } else if (text.startsWith('": {},', eol - 6)) {
      keyEnd = eol - 6
      end = eol - 1
    } else return null
    if (keyEnd < p + keyLine.length) return null
    const key = unquote(text.slice(p + keyLine.length, keyEnd))
    if (key === null) return null
    if (!visit(key, p, end)) return { end: p, stopped: true }
    if (text.startsWith(',\n', end)) {
      p = end + 2
      continue
    }
    return text.startsWith(last, end) ? { end } : null
  }
}

/** How many characters `a` and `b` share at the start, compared a chunk at a time. */
export function commonPrefix(a: string, b: string): number {
  const n = Math.min(a.length, b.length)
  let at = 0
  for (let size = CHUNK; size > 0 && at < n; ) {
    const len = Math.min(size, n - at)
    if (a.slice(at, at + len) === b.slice(at, at + len)) at += len
    else size >>= 1
  }
  return at
}

/** How many characters (at most `max`) `a` and `b` share at the end. */
export function commonSuffix(a: string, b: string, max: number): number {
  let at = 0
  for (let size = CHUNK; size > 0 && at < max; ) {
    const len = Math.min(size, max - at)
    if (a.slice(a.length - at - len, a.length - at) === b.slice(b.length - at - len, b.length - at)) at += len
    else size >>= 1
  }
  return at
}

const CHUNK = 1 << 16
/** A merge-conflict marker with the line end before it. */
const CONFLICT_WIDTH = 8

function unquote(raw: string): string | null {
  if (!raw.includes('\\') && !raw.includes('"')) return raw
  try {
    return JSON.parse(`"${raw}"`) as string
  } catch {
    return null
  }
}

/**
 * The keys of the entries that name one of `names` as a dependency. One pass over the text for
 * every line at dependency depth holding a string; over-inclusion (a `bin` or `engines` key that
 * happens to match) only parses an entry more.
 */
function dependentsOf(split: Split, names: Set<string>): Set<string> {
  const found = new Set<string>()
  // The unit is spaces or tabs, which a RegExp reads literally.
  const line = new RegExp(`\\n${split.unit.repeat(4)}"([^"\\\\\\n]+)": "`, 'g')
  line.lastIndex = split.starts[0] ?? split.end
  for (let match = line.exec(split.text); match && match.index < split.end; match = line.exec(split.text)) {
    if (!names.has(match[1]!)) continue
    found.add(split.keys[entryAt(split.starts, match.index)]!)
  }
  return found
}

/** The keys of the entries that are links (`"link": true`), found by text. */
function linksOf(split: Split): string[] {
  const found = new Set<string>()
  const needle = `\n${split.unit.repeat(3)}"link": true`
  for (let at = split.text.indexOf(needle, split.starts[0] ?? split.end); at !== -1 && at < split.end; at = split.text.indexOf(needle, at + 1)) {
    found.add(split.keys[entryAt(split.starts, at)]!)
  }
  return [...found]
}

/** Index of the last start at or before `offset`. */
function entryAt(starts: number[], offset: number): number {
  let low = 0
  let high = starts.length - 1
  while (low < high) {
    const mid = (low + high + 1) >>> 1
    if (starts[mid]! <= offset) low = mid
    else high = mid - 1
  }
  return low
}

/** The entries of both sides, each parsed once; an entry the same on both sides is shared. */
class Entries {
  private readonly before = new Map<string, PackagesEntry>()
  private readonly after = new Map<string, PackagesEntry>()
  constructor(
    private readonly base: Split,
    private readonly head: Split
  ) {}

  /** The parsed entry of one side; undefined when that side has no such key or it is not parsed. */
  get(split: Split, key: string): PackagesEntry | undefined {
    return this.cacheOf(split, key)?.get(key)
  }

  /**
   * Parses the keys of both sides not parsed yet, in one JSON.parse per side. False when one is
   * not a JSON object: the caller falls back to the whole-file parser, which names the line.
   */
  parse(keys: string[], only?: Split): boolean {
    for (const split of only ? [only] : [this.base, this.head]) {
      const raws: string[] = []
      const todo: string[] = []
      for (const key of keys) {
        const cache = this.cacheOf(split, key)
        if (!cache || cache.has(key)) continue
        raws.push(split.raw.get(key)!)
        todo.push(key)
      }
      if (todo.length === 0) continue
      let parsed: Record<string, unknown>
      try {
        parsed = JSON.parse(`{${raws.join(',')}}`) as Record<string, unknown>
      } catch {
        return false
      }
      for (const key of todo) {
        const value = parsed[key]
        if (value === null || typeof value !== 'object' || Array.isArray(value)) return false
        this.cacheOf(split, key)!.set(key, value as PackagesEntry)
      }
    }
    return true
  }

  /** A Lockfile of the given keys plus the targets of their links; null if one does not parse. */
  lock(split: Split, keys: string[], file: string): Lockfile | null {
    if (!this.parse(keys, split)) return null
    const kept = new Set(keys)
    const targets: string[] = []
    for (const key of keys) {
      const { link, resolved } = this.get(split, key)!
      if (link && resolved !== undefined && split.raw.has(resolved) && !kept.has(resolved)) targets.push(resolved)
    }
    if (!this.parse(targets, split)) return null
    for (const key of targets) kept.add(key)
    const entries: Record<string, PackagesEntry> = {}
    for (const key of split.keys) if (kept.has(key)) entries[key] = this.get(split, key)!
    return { kind: 'npm', file, lockfileVersion: split.lockfileVersion, packages: fromPackages(entries, file) }
  }

  /** Where the key's entry of this side is cached: shared with base when head's is the same text. */
  private cacheOf(split: Split, key: string): Map<string, PackagesEntry> | undefined {
    const raw = split.raw.get(key)
    if (raw === undefined) return undefined
    if (split === this.base || this.base.raw.get(key) === raw) return this.before
    return this.after
  }
}
