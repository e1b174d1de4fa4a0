// Which manifest entries an installed version hangs from: through which dependency types, and
// whether from a given workspace. Pure.
import type { DependencyType } from '../types.js'
import type { LockedPackage } from './lock.js'
import { type LockIndex, type LockSide, locate } from './lock-index.js'

/** The dependency types in the order a bump's `via` lists them. */

/**
 * For an installed version, the dependency types of the manifest entries it hangs from: one walk
 * down from what the manifests name per dependency type, along `namedBy` turned around (parents by
 * name, so every version of a parent counts). Iterative, so deep chains cannot overflow the stack.
 */
export function reachedVia(side: LockSide, index: LockIndex): (name: string, version: string) => Set<DependencyType> {
  const copiesOf = (name: string, version: string): LockedPackage[] =>
    [...(index.transitive.get(name)?.values() ?? [])].flat().filter((pkg) => pkg.version === version)
  // npm already worked reachability out at install time: `dev` (only devDependencies lead here),
  // `optional` (only optionalDependencies), both (devOptional), neither (a production dependency).
  if (side.lock?.kind === 'npm') {
    return (name, version) => {
      const out = new Set<DependencyType>()
      for (const pkg of copiesOf(name, version)) {
        if (!pkg.dev && !pkg.optional) out.add('dependencies')
        if (pkg.optional) out.add('optionalDependencies')
        if (pkg.dev) out.add('devDependencies')
      }
      return out
    }
  }
  const children = new Map<string, string[]>()
  for (const pkg of side.lock?.packages ?? []) {
    for (const by of pkg.namedBy) {
      if (by.startsWith('workspace:')) continue
      const kids = children.get(by)
      if (kids) kids.push(pkg.name)
      else children.set(by, [pkg.name])
    }
  }
  const seedsOf = new Map<LockedPackage, Set<DependencyType>>()
  const reached = new Map<DependencyType, Set<string>>()
  for (const manifest of side.manifests) {
    for (const dep of manifest.dependencies) {
      const pkg = locate(index, manifest.dir, dep)
      if (!pkg) continue
      addTo(seedsOf, pkg, dep.dependencyType)
      addTo(reached, dep.dependencyType, pkg.name)
    }
  }
  for (const names of reached.values()) {
    const queue = [...names]
    for (let name = queue.pop(); name !== undefined; name = queue.pop()) {
      for (const child of children.get(name) ?? []) {
        if (names.has(child)) continue
        names.add(child)
        queue.push(child)
      }
    }
  }
  return (name, version) => {
    const out = new Set<DependencyType>()
    for (const pkg of copiesOf(name, version)) {
      for (const t of seedsOf.get(pkg) ?? []) out.add(t)
      for (const by of pkg.namedBy) {
        if (by.startsWith('workspace:')) continue
        for (const [type, names] of reached) if (names.has(by)) out.add(type)
      }
    }
    return out
  }
}

/**
 * Whether an installed version hangs from the manifests of `workspaces` (their dependencies, the
 * workspaces those name, and down along `namedBy` turned around, parents by name as in reachedVia).
 */
export function reachedFrom(side: LockSide, index: LockIndex, workspaces: string[]): (name: string, version: string) => boolean {
  const children = new Map<string, string[]>()
  for (const pkg of side.lock?.packages ?? []) {
    for (const by of pkg.namedBy) {
      if (by.startsWith('workspace:')) continue
      const kids = children.get(by)
      if (kids) kids.push(pkg.name)
      else children.set(by, [pkg.name])
    }
  }
  const byName = new Map(side.manifests.flatMap((m) => (m.name === undefined ? [] : [[m.name, m] as const])))
  const dirs = new Set(workspaces)
  const manifests = side.manifests.filter((m) => dirs.has(m.dir))
  const names = new Set<string>()
  // The loop visits the workspaces it appends too.
  for (const manifest of manifests) {
    for (const dep of manifest.dependencies) {
      const pkg = locate(index, manifest.dir, dep)
      if (!pkg) continue
      // A workspace it depends on brings that workspace's own dependencies.
      const other = pkg.source === 'workspace' || pkg.source === 'link' ? byName.get(dep.name) : undefined
      if (other && !manifests.includes(other)) manifests.push(other)
      names.add(pkg.name)
    }
  }
  const queue = [...names]
  for (let name = queue.pop(); name !== undefined; name = queue.pop()) {
    for (const child of children.get(name) ?? []) {
      if (names.has(child)) continue
      names.add(child)
      queue.push(child)
    }
  }
  // Through a package of the tree, not as a direct dependency: that one is a direct bump already (a
  // pnpm alias shares its copy with the same version others depend on).
  return (name, version) =>
    [...(index.transitive.get(name)?.values() ?? [])]
      .flat()
      .some((pkg) => pkg.version === version && pkg.namedBy.some((by) => !by.startsWith('workspace:') && names.has(by)))
}

function addTo<K, V>(map: Map<K, Set<V>>, key: K, value: V): void {
  const set = map.get(key)
  if (set) set.add(value)
  else map.set(key, new Set([value]))
}
