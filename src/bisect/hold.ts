// Puts packages at given versions in a worktree, the way a user would pin them: a direct
// dependency by its exact version in the manifest that names it, a transitive one by the package
// manager's override field (npm `overrides`, Yarn `resolutions`, pnpm `pnpm.overrides`), then the
// project's own install. Afterwards every installed copy of the package is looked at (npm may nest
// a copy under the package that needs it), not only the hoisted one.
import * as fs from 'node:fs'
import * as path from 'node:path'
import { MemgateError } from '../errors.js'
import { insideTree, writeFileNoFollow } from '../files.js'
import type { PackageManager, PackageManagerName } from '../package-manager.js'
import type { DependencyType } from '../types.js'
import { DEPENDENCY_SECTIONS } from '../types.js'

/** One package held at a version. */
export interface Hold {
  name: string
  version: string
  /** A dependency some package.json names (held there); else transitive (held by an override). */
  direct: boolean
  /** For direct holds: the package.json that names it, from the repository root. */
  manifest?: string
  dependencyType?: DependencyType
  /**
   * The version head has, whose copies must all move to `version` (every copy of a bumped
   * package moves together).
   */
  replaces?: string
}

/** Where a hold is written: a file, the JSON path of the entry, the value. */
export interface ManifestEdit {
  /** package.json path from the repository root. */
  file: string
  /** e.g. ['dependencies', 'row-cache'] or ['pnpm', 'overrides', 'row-cache']. */
  key: string[]
  value: string
}

/** The field that overrides a transitive version, by package manager. */
export function overrideKey(manager: PackageManagerName, name: string): string[] {
  switch (manager) {
    case 'npm':
      return ['overrides', name]
    case 'pnpm':
      return ['pnpm', 'overrides', name]
    case 'yarn':
    case 'yarn-berry':
      return ['resolutions', name]
  }
}

/**
 * The manifest edits that hold `holds` in a project whose lockfile sits beside `rootManifest` (a
 * package.json path from the repository root). A direct hold edits the dependency's own entry; with
 * `override` (or for a transitive hold) the override field as well, so that nested copies move too.
 * Pure.
 */
export function planEdits(
  holds: Hold[],
  manager: PackageManagerName,
  rootManifest: string,
  override: Set<string> = new Set()
): ManifestEdit[] {
  const edits: ManifestEdit[] = []
  for (const hold of holds) {
    if (hold.direct && hold.manifest) {
      edits.push({ file: hold.manifest, key: [hold.dependencyType ?? 'dependencies', hold.name], value: hold.version })
    }
    if (!hold.direct || override.has(hold.name))
      edits.push({ file: rootManifest, key: overrideKey(manager, hold.name), value: hold.version })
  }
  return edits
}

/**
 * `text` (a package.json) with the edits applied, keeping its indentation and final newline. A
 * direct entry is edited in whichever dependency section names it. Throws MemgateError when the
 * text is not a JSON object.
 */
export function applyEdits(text: string, edits: ManifestEdit[], label: string): string {
  let json: Record<string, unknown>
  try {
    json = JSON.parse(text)
  } catch (error) {
    throw new MemgateError(`${label} is not valid JSON, so no version can be held in it`, 2, { cause: error })
  }
  if (!json || typeof json !== 'object' || Array.isArray(json)) throw new MemgateError(`${label} is not a JSON object`)
  for (const edit of edits) {
    const key = [...edit.key]
    const name = key.pop()
    if (name === undefined) continue
    const [first] = key
    if (first !== undefined && key.length === 1 && DEPENDENCY_SECTIONS.includes(first as DependencyType)) {
      key[0] = DEPENDENCY_SECTIONS.find((s) => isRecord(json[s]) && name in (json[s] as Record<string, unknown>)) ?? first
    }
    let node = json
    for (const part of key) {
      if (!isRecord(node[part])) node[part] = {}
      node = node[part] as Record<string, unknown>
    }
    node[name] = edit.value
  }
  const indent = /^[ \t]+(?=")/m.exec(text)?.[0] ?? '  '
  return JSON.stringify(json, null, indent) + (text.endsWith('\n') ? '\n' : '')
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value)
}

/** Writes the edits into the worktree at `treeDir`. */
export function writeEdits(treeDir: string, edits: ManifestEdit[]): void {
  const byFile = new Map<string, ManifestEdit[]>()
  for (const edit of edits) byFile.set(edit.file, [...(byFile.get(edit.file) ?? []), edit])
  for (const [file, list] of byFile) {
    const full = insideTree(treeDir, file)
    let text: string
    try {
      text = fs.readFileSync(full, 'utf8')
    } catch (error) {
      throw new MemgateError(`${file} is missing in the worktree, so no version can be held in it`, 2, { cause: error })
    }
    writeFileNoFollow(full, applyEdits(text, list, file))
  }
}

/**
 * An npm lockfile (v1–v3) without the entries of `names`, so that the next `npm install` resolves
 * them afresh: npm keeps a locked nested copy even when a new `overrides` entry says otherwise.
 * Returns the text unchanged when it is not JSON.
 */
export function dropNpmLockEntries(text: string, names: Set<string>): string {
  let lock: { packages?: Record<string, unknown>; dependencies?: Record<string, unknown> }
  try {
    lock = JSON.parse(text)
  } catch {
    return text
  }
  const nameOf = (key: string): string => key.slice(key.lastIndexOf('node_modules/') + 'node_modules/'.length)
  if (isRecord(lock.packages)) {
    for (const key of Object.keys(lock.packages)) if (key.includes('node_modules/') && names.has(nameOf(key))) delete lock.packages[key]
  }
  const prune = (deps: unknown): void => {
    if (!isRecord(deps)) return
    for (const [name, entry] of Object.entries(deps)) {
      if (names.has(name)) delete deps[name]
      else if (isRecord(entry)) prune(entry.dependencies)
    }
  }
  prune(lock.dependencies)
  const indent = /^[ \t]+(?=")/m.exec(text)?.[0] ?? '  '
  return JSON.stringify(lock, null, indent) + (text.endsWith('\n') ? '\n' : '')
}

/**
 * The install that follows an edited manifest: the project's package manager, allowed to update
 * its lockfile (a frozen install would refuse the edit).
 */
export function updatingInstallCommand(manager: PackageManager): { command: string; env: Record<string, string> } {
  switch (manager.name) {
    case 'npm':
      return { command: 'npm install --no-audit --no-fund', env: {} }
    case 'yarn':
      return { command: 'corepack yarn install --non-interactive', env: {} }
    case 'yarn-berry':
      // Berry makes installs immutable on CI (CI=true) unless told otherwise.
      return { command: 'corepack yarn install', env: { YARN_ENABLE_IMMUTABLE_INSTALLS: 'false' } }
    case 'pnpm':
      return { command: 'corepack pnpm install --no-frozen-lockfile', env: {} }
  }
}

export interface InstalledCopy {
  /** Directory of the copy, relative to the directory searched. */
  path: string
  version: string
}

/** Every installed copy of `name` under `dirs`' node_modules, each once (see walkInstalled). */
export function findInstalledCopies(dirs: string[], name: string): InstalledCopy[] {
  const copies: InstalledCopy[] = []
  walkInstalled(dirs, (pkg, pkgDir, dir) => {
    if (pkg !== name) return
    const version = readManifest(pkgDir)?.version
    if (typeof version === 'string') copies.push({ path: path.relative(dir, pkgDir), version })
  })
  return copies
}

/** A package that declares a range for another: `orm-lite@1.1.0` asks for `row-store` `^2.0.0`. */
export interface DependentRange {
  dependent: string
  range: string
}

/**
 * The ranges the installed packages under `dirs` declare for `name` (dependencies, optional and
 * peer), one per dependent copy: a transitive override outside one of them breaks that package's
 * contract.
 */
export function findDependentRanges(dirs: string[], name: string): DependentRange[] {
  const found: DependentRange[] = []
  const seen = new Set<string>()
  walkInstalled(dirs, (pkg, pkgDir) => {
    const manifest = readManifest(pkgDir)
    if (!manifest) return
    for (const section of ['dependencies', 'optionalDependencies', 'peerDependencies']) {
      const deps = manifest[section]
      const range = isRecord(deps) ? deps[name] : undefined
      if (typeof range !== 'string') continue
      const dependent = `${pkg}@${typeof manifest.version === 'string' ? manifest.version : '?'}`
      if (!seen.has(`${dependent}\0${range}`)) found.push({ dependent, range })
      seen.add(`${dependent}\0${range}`)
      break
    }
  })
  return found
}

/**
 * Visits every installed package under `dirs`' node_modules: hoisted, nested under other packages
 * (npm, Yarn 1), and in pnpm's virtual store (node_modules/.pnpm/<id>/node_modules). Symbolic links
 * are not followed (pnpm's and workspaces' links point at copies found elsewhere), so each copy is
 * visited once and the walk ends.
 */
function walkInstalled(dirs: string[], visit: (name: string, pkgDir: string, dir: string) => void): void {
  const seen = new Set<string>()
  for (const dir of [...new Set(dirs.map((d) => path.resolve(d)))]) {
    const walk = (modules: string): void => {
      for (const entry of readdir(modules)) {
        if (entry === '.pnpm') {
          for (const id of readdir(path.join(modules, entry))) walk(path.join(modules, entry, id, 'node_modules'))
          continue
        }
        if (entry.startsWith('.')) continue
        const names = entry.startsWith('@') ? readdir(path.join(modules, entry)).map((sub) => `${entry}/${sub}`) : [entry]
        for (const pkg of names) {
          const pkgDir = path.join(modules, pkg)
          if (seen.has(pkgDir) || !isRealDir(pkgDir)) continue
          seen.add(pkgDir)
          visit(pkg, pkgDir, dir)
          walk(path.join(pkgDir, 'node_modules'))
        }
      }
    }
    walk(path.join(dir, 'node_modules'))
  }
}

/**
 * Why the installed tree does not hold `hold` (a one-line reason), or null when it does: some
 * copy is at the held version and none is left at the version it replaces. Pure over `copies`.
 */
export function checkCopies(hold: Hold, copies: InstalledCopy[]): string | null {
  if (copies.length === 0) return `no copy of ${hold.name} is installed`
  const stale = copies.filter((c) => hold.replaces !== undefined && hold.replaces !== hold.version && c.version === hold.replaces)
  const [first] = stale
  if (first) return `${hold.name} is still ${first.version} at ${first.path}${stale.length > 1 ? ` (and ${stale.length - 1} more)` : ''}`
  if (!copies.some((c) => c.version === hold.version))
    return `${hold.name} is installed as ${[...new Set(copies.map((c) => c.version))].join(', ')}, not ${hold.version}`
  return null
}

function readdir(dir: string): string[] {
  try {
    return fs.readdirSync(dir)
  } catch {
    return []
  }
}

function isRealDir(dir: string): boolean {
  try {
    return fs.lstatSync(dir).isDirectory()
  } catch {
    return false
  }
}

function readManifest(dir: string): Record<string, unknown> | null {
  try {
    const json: unknown = JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8'))
    return isRecord(json) ? json : null
  } catch {
    return null
  }
}
