// pnpm-lock.yaml, lockfileVersion 5.x (pnpm 5–7: keys `/name/1.0.0_peer@2`), 6.x (pnpm 8:
// `/name@1.0.0(peer@2)`, importers `{ specifier, version }`) and 9.x (pnpm 9+: `name@1.0.0` in
// `packages`, dependencies in `snapshots`). Read with js-yaml, the YAML parser pnpm itself uses.
// Format: https://github.com/pnpm/spec/tree/master/lockfile
import yaml from 'js-yaml'
import type { LockedPackage, Lockfile, PackageSource } from './lock.js'
import { assertNoConflict, descriptorName, lineAt, lockError, originOf, sourceOf } from './lock.js'

type DepMap = Record<string, string | { specifier?: string; version?: string }>

interface Importer {
  specifiers?: Record<string, string>
  dependencies?: DepMap
  devDependencies?: DepMap
  optionalDependencies?: DepMap
}

interface PackageEntry {
  name?: string
  version?: string
  resolution?: { tarball?: string; repo?: string; commit?: string; directory?: string; type?: string; integrity?: string }
  dependencies?: Record<string, string>
  optionalDependencies?: Record<string, string>
  dev?: boolean
  optional?: boolean
}

interface PnpmLock extends Importer {
  lockfileVersion?: unknown
  importers?: Record<string, Importer>
  packages?: Record<string, PackageEntry>
  snapshots?: Record<string, PackageEntry>
}

/**
 * Parses a pnpm lockfile into the shared `Lockfile` shape: one package per `packages` key (peer
 * variants folded together), with `importers` (workspace dir → name → package location) and
 * `namedBy` from snapshots/packages dependencies and importers. `file` only names the file in
 * errors. Throws MemgateError on conflict markers, invalid YAML (with its line) or a lockfile
 * version other than 5.x, 6.x, 9.x; never reads anything but `text`.
 */
export function parsePnpmLock(text: string, file: string): Lockfile {
  assertNoConflict(text, file)
  let data: PnpmLock
  try {
    data = yaml.load(text) as PnpmLock
  } catch (error) {
    const mark = (error as { mark?: { line?: number } }).mark
    const reason = String((error as { reason?: string }).reason ?? (error as Error).message).split('\n')[0]
    throw lockError(file, `invalid YAML (${reason})`, typeof mark?.line === 'number' ? mark.line + 1 : undefined, error)
  }
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    throw lockError(file, 'expected a YAML mapping with a lockfileVersion', 1)
  }
  const raw = data.lockfileVersion
  const major = Math.floor(Number(raw))
  if (major !== 5 && major !== 6 && major !== 9) {
    const at = text.search(/^lockfileVersion:/m)
    throw lockError(
      file,
      `unknown lockfileVersion ${JSON.stringify(raw) ?? '(missing)'} (memgate reads pnpm lockfile versions 5.x, 6.x and 9.x)`,
      at === -1 ? undefined : lineAt(text, at)
    )
  }

  const keyOf = (name: string, ref: string): string => locationOf(major, name, ref)
  const byLocation = new Map<string, LockedPackage>()
  for (const [key, entry] of Object.entries(data.packages ?? {})) {
    const location = stripPeers(key, major)
    if (byLocation.has(location)) continue
    const pkg = packageAt(location, entry ?? {}, major)
    byLocation.set(location, pkg)
  }

  const link = (parent: string, deps: Record<string, string> | undefined): void => {
    for (const [name, ref] of Object.entries(deps ?? {})) {
      const child = byLocation.get(keyOf(name, ref))
      if (child && !child.namedBy.includes(parent)) child.namedBy.push(parent)
    }
  }
  const withDeps = major === 9 ? (data.snapshots ?? {}) : (data.packages ?? {})
  for (const [key, entry] of Object.entries(withDeps)) {
    const parent = byLocation.get(stripPeers(key, major))
    if (!parent || !entry) continue
    link(parent.name, { ...entry.optionalDependencies, ...entry.dependencies })
  }

  // A single-project v5 lockfile keeps the root importer's fields at the top level.
  const importersIn = data.importers ?? { '.': data }
  const importers: Record<string, Record<string, string>> = {}
  for (const [dir, importer] of Object.entries(importersIn)) {
    const key = dir === '.' ? '' : dir.replace(/^\.\//, '')
    const names: Record<string, string> = {}
    for (const section of [importer?.devDependencies, importer?.optionalDependencies, importer?.dependencies]) {
      for (const [name, value] of Object.entries(section ?? {})) {
        const ref = typeof value === 'string' ? value : (value?.version ?? '')
        const location = ref.startsWith('link:') ? linkLocation(byLocation, name, ref) : keyOf(name, ref)
        names[name] = location
      }
    }
    importers[key] = names
    link(`workspace:${key}`, Object.fromEntries(Object.entries(names).map(([name]) => [name, refFor(importer, name)])))
  }
  return { kind: 'pnpm', file, lockfileVersion: String(raw), packages: [...byLocation.values()], importers }
}

function refFor(importer: Importer, name: string): string {
  const value = importer.dependencies?.[name] ?? importer.optionalDependencies?.[name] ?? importer.devDependencies?.[name]
  return typeof value === 'string' ? value : (value?.version ?? '')
}

/** A workspace or directory link gets its own package, so manifests can name it. */
function linkLocation(byLocation: Map<string, LockedPackage>, name: string, ref: string): string {
  if (!byLocation.has(ref)) {
    byLocation.set(ref, { name, version: ref, source: 'link', reference: ref, location: ref, namedBy: [] })
  }
  return ref
}

/** The `packages` key a dependency reference points at, in each version's spelling. */
function locationOf(major: number, name: string, ref: string): string {
  const plain = /^\d/.test(ref)
  if (major === 9) {
    if (plain || /^[a-z+]+:/.test(ref)) return stripPeers(`${name}@${ref}`, 9)
    return stripPeers(ref, 9) // an alias: `real-name@1.0.0`
  }
  if (major === 6) return plain ? stripPeers(`/${name}@${ref}`, 6) : stripPeers(ref, 6)
  return plain ? stripPeers(`/${name}/${ref}`, 5) : stripPeers(ref, 5)
}

/** Folds peer-dependency variants: `(peer@1)` suffixes (v6, v9) or `_peer@1` (v5). */
function stripPeers(key: string, major: number): string {
  if (major === 5) {
    const slash = key.lastIndexOf('/')
    const underscore = key.indexOf('_', slash + 1)
    return underscore === -1 ? key : key.slice(0, underscore)
  }
  const paren = key.indexOf('(')
  return paren === -1 ? key : key.slice(0, paren)
}

function packageAt(location: string, entry: PackageEntry, major: number): LockedPackage {
  const spec = location.startsWith('/') ? location.slice(1) : location
  let name: string
  let ref: string
  if (major === 5 && location.startsWith('/')) {
    const cut = spec.lastIndexOf('/')
    name = spec.slice(0, cut)
    ref = spec.slice(cut + 1)
  } else if (/^[a-z+]+:|^[\w.-]+\.[a-z]+\//.test(spec)) {
    // Keys of tarballs, directories and git hosts (`file:x.tgz`, `github.com/u/r/sha`) carry no name.
    name = entry.name ?? spec
    ref = spec
  } else {
    name = descriptorName(spec)
    ref = spec.slice(name.length + 1)
  }
  if (entry.name) name = entry.name
  let source: PackageSource = 'registry'
  let reference: string | undefined
  const resolution = entry.resolution ?? {}
  if (resolution.type === 'git' || resolution.repo) {
    source = 'git'
    reference = `${resolution.repo ?? ref}#${resolution.commit ?? ''}`
  } else if (resolution.directory) {
    source = 'file'
    reference = `file:${resolution.directory}`
  } else if (!/^\d/.test(ref)) {
    reference = ref
    source = sourceOf(ref)
    if (source === 'registry') source = 'tarball'
  } else if (resolution.tarball && !/\/-\/[^/]+\.tgz$/.test(resolution.tarball)) {
    reference = resolution.tarball
    source = sourceOf(reference)
    if (source === 'registry') source = 'tarball'
  }
  const pkg: LockedPackage = { name, version: entry.version ?? ref, source, location, namedBy: [] }
  if (reference !== undefined) pkg.reference = reference
  const origin = originOf(resolution.tarball, resolution.repo, resolution.commit, resolution.integrity)
  if (origin) pkg.origin = origin
  if (entry.dev === true) pkg.dev = true
  if (entry.optional === true) pkg.optional = true
  return pkg
}
