// Splits an npm lockfile (v2/v3) into its `packages` entries without parsing them, and a second
// version of it against the first, rescanning only the part the two do not share. npm writes the
// file with JSON.stringify at a fixed indent, so each entry is a run of lines from its key line to
// the first `}` back at that indent; any other layout gives null (the caller parses whole files).

/** One lockfile's `packages` object, split into entries without parsing them. */
export interface Split {
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
  const firstStart = base.starts[0]
  const inEntries = firstStart !== undefined && firstStart <= prefix
  const from = inEntries ? entryAt(base.starts, prefix) : 0
  const start = inEntries ? (base.starts[from] ?? layout.first) : layout.first
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
  const keys = base.keys.slice(0, from).concat(
    middle.map(([key]) => key),
    base.keys.slice(to)
  )
  const changed: string[] = []
  for (const key of base.keys.slice(from, to)) if (raw.get(key) !== base.raw.get(key)) changed.push(key)
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
  const lockfileVersion = new RegExp(`\\n${unit}"lockfileVersion": ([23]),\\n`).exec(text.slice(0, at + 1))?.[1]
  if (lockfileVersion === undefined) return null
  const p = at + open.length
  if (text[p] === '}') return { unit, lockfileVersion, first: p }
  return text[p] === '\n' ? { unit, lockfileVersion, first: p + 1 } : null
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

/** Index of the last start at or before `offset`. */
export function entryAt(starts: number[], offset: number): number {
  let low = 0
  let high = starts.length - 1
  while (low < high) {
    const mid = (low + high + 1) >>> 1
    if ((starts[mid] ?? offset) <= offset) low = mid
    else high = mid - 1
  }
  return low
}
