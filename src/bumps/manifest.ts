// package.json as far as bumps care: the dependencies it names and the workspaces it declares.
// Format: https://docs.npmjs.com/cli/configuring-npm/package-json
import type { DependencyType } from '../types.js'
import { DEPENDENCY_SECTIONS } from '../types.js'
import { assertNoConflict, lineAt, lockError } from './lock.js'

/** One dependency a package.json names. */
export interface ManifestDependency {
  name: string
  range: string
  dependencyType: DependencyType
}

export interface Manifest {
  /** Path of the package.json from the repository root. */
  path: string
  /** Its directory relative to the lockfile's directory ('' for the same directory). */
  dir: string
  name?: string
  dependencies: ManifestDependency[]
  /** Workspace globs (npm/Yarn `workspaces`, array or `{ packages }`). */
  workspaces: string[]
  /** The `packageManager` field (`pnpm@9.1.0`), when set. */
  packageManager?: string
}

// When a name sits in several sections, npm installs it by this precedence.

/**
 * Reads a package.json's dependencies (one per name, by npm's precedence) and workspaces.
 * `path` is the file's path from the repo root, `dir` its directory from the lockfile's;
 * `label` names it in errors. Throws MemgateError on invalid JSON.
 */
export function parseManifest(text: string, path: string, dir = '', label = path): Manifest {
  assertNoConflict(text, label)
  let json: Record<string, unknown>
  try {
    json = JSON.parse(text)
  } catch (error) {
    const position = /position (\d+)/.exec(String((error as Error).message))
    const line = position ? lineAt(text, Number(position[1])) : undefined
    throw lockError(label, `invalid JSON (${String((error as Error).message).split('\n')[0]})`, line, error)
  }
  if (json === null || typeof json !== 'object' || Array.isArray(json)) {
    throw lockError(label, 'expected a JSON object', 1)
  }
  const seen = new Set<string>()
  const dependencies: ManifestDependency[] = []
  for (const dependencyType of DEPENDENCY_SECTIONS) {
    const section = json[dependencyType]
    if (!section || typeof section !== 'object') continue
    for (const [name, range] of Object.entries(section as Record<string, unknown>)) {
      if (seen.has(name) || typeof range !== 'string') continue
      seen.add(name)
      dependencies.push({ name, range, dependencyType })
    }
  }
  const ws = json.workspaces
  const globs = Array.isArray(ws)
    ? ws
    : Array.isArray((ws as { packages?: unknown })?.packages)
      ? (ws as { packages: unknown[] }).packages
      : []
  const manifest: Manifest = {
    path,
    dir,
    dependencies,
    workspaces: globs.filter((glob): glob is string => typeof glob === 'string')
  }
  if (typeof json.name === 'string') manifest.name = json.name
  if (typeof json.packageManager === 'string') manifest.packageManager = json.packageManager
  return manifest
}
