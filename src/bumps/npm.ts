// npm's package-lock.json and npm-shrinkwrap.json, lockfileVersion 1 (npm 5–6: the nested
// `dependencies` tree), 2 (npm 7–8: `packages` plus the v1 tree) and 3 (npm 9+: `packages` only).
// Format: https://docs.npmjs.com/cli/configuring-npm/package-lock-json
import { compileGlob, trimWorkspaceGlob } from './filter.js'
import type { LockedPackage, Lockfile, PackageSource } from './lock.js'
import { assertNoConflict, lineAt, lockError, originOf, sourceOf } from './lock.js'

export interface PackagesEntry {
  name?: string
  workspaces?: string[]
  version?: string
  resolved?: string
  integrity?: string
  link?: boolean
  dev?: boolean
  optional?: boolean
  devOptional?: boolean
  dependencies?: Record<string, string>
  optionalDependencies?: Record<string, string>
  peerDependencies?: Record<string, string>
}

interface TreeEntry {
  version?: string
  resolved?: string
  integrity?: string
  dev?: boolean
  optional?: boolean
  requires?: Record<string, string>
  dependencies?: Record<string, TreeEntry>
}

const NM = 'node_modules/'

/**
 * Parses an npm lockfile into the shared `Lockfile` shape: one entry per installed copy, located by
 * its node_modules path, with `namedBy` resolved the way Node resolves requires (nearest
 * node_modules up the tree). `file` only names the file in errors. Throws MemgateError on conflict
 * markers, invalid JSON or an unknown lockfileVersion; never reads anything but `text`.
 */
export function parseNpmLock(text: string, file: string): Lockfile {
  assertNoConflict(text, file)
  let json: { lockfileVersion?: unknown; packages?: Record<string, PackagesEntry>; dependencies?: Record<string, TreeEntry> }
  try {
    json = JSON.parse(text)
  } catch (error) {
    throw lockError(file, `invalid JSON (${jsonProblem(error)})`, jsonErrorLine(text, error), error)
  }
  if (json === null || typeof json !== 'object' || Array.isArray(json)) {
    throw lockError(file, 'expected a JSON object with a lockfileVersion', 1)
  }
  const version = json.lockfileVersion
  const versionLine = (): number | undefined => {
    const at = text.indexOf('"lockfileVersion"')
    return at === -1 ? undefined : lineAt(text, at)
  }
  if (version !== 1 && version !== 2 && version !== 3) {
    throw lockError(
      file,
      `unknown lockfileVersion ${JSON.stringify(version) ?? '(missing)'} (memgate reads npm lockfile versions 1, 2 and 3)`,
      versionLine()
    )
  }
  const packages = version === 1 ? fromTree(json.dependencies ?? {}) : fromPackages(json.packages ?? {}, file, versionLine())
  return { kind: 'npm', file, lockfileVersion: String(version), packages }
}

/** The installed copies of a lockfile v2/v3 `packages` object, in its order. */
export function fromPackages(entries: Record<string, PackagesEntry>, file: string, line?: number): LockedPackage[] {
  if (typeof entries !== 'object' || entries === null) throw lockError(file, 'expected "packages" to be an object', line)
  const tree = new Tree()
  const pending: Array<[LockedPackage, PackagesEntry]> = []
  const declared = entries['']?.workspaces
  const workspaceGlobs = (Array.isArray(declared) ? declared : []).map((g) => compileGlob(trimWorkspaceGlob(String(g))))
  for (const [location, entry] of Object.entries(entries)) {
    const installedName = nameAt(location)
    const workspace = location === '' || !location.includes(NM)
    let source: PackageSource = 'registry'
    let reference: string | undefined
    if (workspace) source = 'workspace'
    else if (entry.link) {
      source = workspaceGlobs.some((re) => re.test(entry.resolved ?? '')) ? 'workspace' : 'link'
      reference = `file:${entry.resolved ?? ''}`
    } else if (entry.name && entry.name !== installedName) {
      source = 'alias'
      reference = `npm:${entry.name}@${entry.version ?? ''}`
    } else if (entry.resolved && !isRegistryTarball(entry.resolved)) {
      source = sourceOf(entry.resolved)
      if (source === 'registry') source = 'tarball'
      reference = entry.resolved
    }
    const target = entry.link ? entries[entry.resolved ?? ''] : undefined
    const pkg: LockedPackage = {
      name: workspace ? (entry.name ?? location) : installedName,
      version: entry.version ?? target?.version ?? reference ?? '',
      source,
      location,
      namedBy: []
    }
    if (reference !== undefined) pkg.reference = reference
    const origin = originOf(entry.resolved, entry.integrity)
    if (origin && !entry.link) pkg.origin = origin
    if (entry.dev || entry.devOptional) pkg.dev = true
    if (entry.optional || entry.devOptional) pkg.optional = true
    tree.add(pkg, workspace ? undefined : installedName)
    // A link's dependencies resolve from where it points, which has its own entry.
    if (!entry.link) pending.push([pkg, entry])
  }
  for (const [pkg, entry] of pending) {
    const by = pkg.source === 'workspace' ? `workspace:${pkg.location}` : pkg.name
    tree.link(pkg.location, by, entry.dependencies)
    tree.link(pkg.location, by, entry.optionalDependencies)
    tree.link(pkg.location, by, entry.peerDependencies)
  }
  return tree.packages
}

function fromTree(root: Record<string, TreeEntry>): LockedPackage[] {
  const tree = new Tree()
  const pending: Array<[string, string, Record<string, string> | undefined]> = []
  const walk = (entries: Record<string, TreeEntry>, parent: string): void => {
    for (const [name, entry] of Object.entries(entries)) {
      const location = `${parent}${NM}${name}`
      const raw = entry.version ?? ''
      let childBase = `${location}/`
      let source: PackageSource = 'registry'
      let version = raw
      let reference: string | undefined
      if (raw.startsWith('npm:')) {
        source = 'alias'
        reference = raw
        version = raw.slice(raw.lastIndexOf('@') + 1)
      } else if (!/^\d/.test(raw)) {
        source = sourceOf(raw)
        if (source === 'registry') source = 'tarball'
        reference = raw
        // npm 7+ writes workspaces and linked directories into v1 as `file:<dir>`; their own
        // dependencies live in <dir>/node_modules, as lockfile v2 spells it out.
        if (source === 'file') {
          source = 'link'
          childBase = `${raw.slice('file:'.length)}/`
        }
      }
      const pkg: LockedPackage = { name, version, source, location, namedBy: [] }
      if (reference !== undefined) pkg.reference = reference
      const origin = originOf(entry.resolved, entry.integrity)
      if (origin) pkg.origin = origin
      if (entry.dev) pkg.dev = true
      if (entry.optional) pkg.optional = true
      tree.add(pkg, name)
      // A linked directory's requires resolve from that directory, as a workspace's do.
      if (source === 'link') pending.push([childBase.slice(0, -1), `workspace:${childBase.slice(0, -1)}`, entry.requires])
      else pending.push([location, name, entry.requires])
      if (entry.dependencies) walk(entry.dependencies, childBase)
    }
  }
  walk(root, '')
  for (const [from, by, requires] of pending) tree.link(from, by, requires)
  return tree.packages
}

/**
 * The installed copies by place, resolving a require the way Node does (nearest node_modules up
 * the tree). Kept cheap for lockfiles of tens of MB: a lookup is a few Map hits on strings the
 * lockfile already holds, never a path built per dependency.
 */
class Tree {
  readonly packages: LockedPackage[] = []
  /** directory ('' for the root) → what its node_modules holds, by name */
  private readonly modules = new Map<string, Map<string, LockedPackage>>()
  private readonly parents = new Map<string, string>()
  /** name → its only installed copy, or null when there are several to choose from by place */
  private readonly only = new Map<string, LockedPackage | null>()

  add(pkg: LockedPackage, installedName: string | undefined): void {
    this.packages.push(pkg)
    if (installedName === undefined) return
    this.only.set(installedName, this.only.has(installedName) ? null : pkg)
    const at = pkg.location.length - installedName.length - NM.length
    const dir = at === 0 ? '' : pkg.location.slice(0, at - 1)
    let names = this.modules.get(dir)
    if (!names) this.modules.set(dir, (names = new Map()))
    names.set(installedName, pkg)
  }

  link(from: string, by: string, names: Record<string, string> | undefined): void {
    if (!names) return
    for (const name in names) {
      // Most names are installed once; only the others need Node's walk up the tree.
      const only = this.only.get(name)
      const child = only === undefined ? undefined : (only ?? this.resolve(from, name))
      if (child && !child.namedBy.includes(by)) child.namedBy.push(by)
    }
  }

  resolve(from: string, name: string): LockedPackage | undefined {
    for (let dir = from; ; dir = this.parentOf(dir)) {
      const hit = this.modules.get(dir)?.get(name)
      if (hit || dir === '') return hit
    }
  }

  private parentOf(dir: string): string {
    let parent = this.parents.get(dir)
    if (parent === undefined) this.parents.set(dir, (parent = parentDir(dir)))
    return parent
  }
}

/** The directory Node looks in next: the package holding this node_modules, else the parent. */
export function parentDir(dir: string): string {
  const nm = dir.lastIndexOf(`/${NM}`)
  if (nm !== -1) return dir.slice(0, nm)
  if (dir.startsWith(NM)) return ''
  const slash = dir.lastIndexOf('/')
  return slash === -1 ? '' : dir.slice(0, slash)
}

/** The package `name` as required from a module at `from` (a node_modules path or a directory). */
export function resolveFrom<T>(byLocation: Map<string, T>, from: string, name: string): T | undefined {
  for (let dir = from; ; dir = parentDir(dir)) {
    const hit = byLocation.get(dir === '' ? `${NM}${name}` : `${dir}/${NM}${name}`)
    if (hit || dir === '') return hit
  }
}

/** The name a node_modules path installs (the path itself for a workspace directory). */
export function nameAt(location: string): string {
  const at = location.lastIndexOf(NM)
  return at === -1 ? location : location.slice(at + NM.length)
}

// Called once per entry of lockfiles with tens of thousands: string tests, not a regex.
function isRegistryTarball(resolved: string): boolean {
  return resolved.startsWith('http') && resolved.endsWith('.tgz') && resolved.includes('/-/')
}

function jsonProblem(error: unknown): string {
  return String((error as Error).message ?? error).split('\n', 1)[0] ?? ''
}

function jsonErrorLine(text: string, error: unknown): number | undefined {
  const message = String((error as Error).message ?? '')
  const line = /line (\d+)/.exec(message)
  if (line) return Number(line[1])
  const position = /position (\d+)/.exec(message)
  if (position) return lineAt(text, Number(position[1]))
  if (/end of JSON input/.test(message)) return lineAt(text, text.length)
  return undefined
}
