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
import type { Lockfile } from './lock.js'
import { assertNoConflict } from './lock.js'
import type { Manifest, ManifestDependency } from './manifest.js'
import type { PackagesEntry } from './npm.js'
import { fromPackages, nameAt, parentDir } from './npm.js'
import { entryAt, type Split, splitHead, splitLock } from './npm-split.js'

export { commonPrefix, commonSuffix, splitHead, splitLock } from './npm-split.js'

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
    for (const key of links) if (targets.has(entries.get(before, key)?.resolved ?? '')) names.add(nameAt(key))
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
  const keep = (key: string): boolean => !key.includes(NM) || located.has(key) || dependents.has(key) || names.has(nameAt(key))
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
    for (const [manifest, other] of [
      [pair.base, after],
      [pair.head, before]
    ] as const) {
      if (!manifest) continue
      for (const d of manifest.dependencies) if (other.get(d.name) !== signature(d)) out.push([manifest.dir, d.name])
    }
  }
  return out
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
    const key = split.keys[entryAt(split.starts, match.index)]
    if (match[1] !== undefined && names.has(match[1]) && key !== undefined) found.add(key)
  }
  return found
}

/** The keys of the entries that are links (`"link": true`), found by text. */
function linksOf(split: Split): string[] {
  const found = new Set<string>()
  const needle = `\n${split.unit.repeat(3)}"link": true`
  for (
    let at = split.text.indexOf(needle, split.starts[0] ?? split.end);
    at !== -1 && at < split.end;
    at = split.text.indexOf(needle, at + 1)
  ) {
    const key = split.keys[entryAt(split.starts, at)]
    if (key !== undefined) found.add(key)
  }
  return [...found]
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
        const raw = split.raw.get(key)
        if (!cache || cache.has(key) || raw === undefined) continue
        raws.push(raw)
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
        this.cacheOf(split, key)?.set(key, value as PackagesEntry)
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
      const entry = this.get(split, key)
      if (!entry) return null
      const { link, resolved } = entry
      if (link && resolved !== undefined && split.raw.has(resolved) && !kept.has(resolved)) targets.push(resolved)
    }
    if (!this.parse(targets, split)) return null
    for (const key of targets) kept.add(key)
    const entries: Record<string, PackagesEntry> = {}
    for (const key of split.keys) {
      if (!kept.has(key)) continue
      const entry = this.get(split, key)
      if (!entry) return null
      entries[key] = entry
    }
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
