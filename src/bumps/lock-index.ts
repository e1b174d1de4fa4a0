// A lockfile indexed for the diff: its copies by location and by descriptor, and the versions each
// name is depended on in. Pure.
import type { LockedPackage, Lockfile } from './lock.js'
import type { Manifest, ManifestDependency } from './manifest.js'
import { resolveFrom } from './npm.js'

/** One commit's view of a project: its lockfile (null when it has none) and its manifests. */
export interface LockSide {
  lock: Lockfile | null
  manifests: Manifest[]
}

export interface LockIndex {
  lock: Lockfile
  byLocation: Map<string, LockedPackage>
  byDescriptor: Map<string, LockedPackage>
  /** name → identity (reference or version) → the installed copies some package depends on */
  transitive: Map<string, Map<string, LockedPackage[]>>
}

export function indexLock(lock: Lockfile): LockIndex {
  const byLocation = new Map<string, LockedPackage>()
  const byDescriptor = new Map<string, LockedPackage>()
  const transitive = new Map<string, Map<string, LockedPackage[]>>()
  for (const pkg of lock.packages) {
    byLocation.set(pkg.location, pkg)
    if (pkg.descriptors) for (const d of pkg.descriptors) byDescriptor.set(d, pkg)
    if (pkg.source === 'workspace' || !pkg.namedBy.some((by) => !by.startsWith('workspace:'))) continue
    let versions = transitive.get(pkg.name)
    if (!versions) transitive.set(pkg.name, (versions = new Map()))
    const id = pkg.reference ?? pkg.version
    const copies = versions.get(id)
    if (copies) copies.push(pkg)
    else versions.set(id, [pkg])
  }
  return { lock, byLocation, byDescriptor, transitive }
}

/** The package a workspace at `dir` gets for one of its manifest's dependencies. */
export function locate(index: LockIndex, dir: string, dep: ManifestDependency): LockedPackage | undefined {
  const { lock } = index
  switch (lock.kind) {
    case 'npm':
      return resolveFrom(index.byLocation, dir, dep.name)
    case 'pnpm': {
      const location = lock.importers?.[dir]?.[dep.name]
      return location === undefined ? undefined : index.byLocation.get(location)
    }
    case 'yarn':
    case 'yarn-berry':
      return index.byDescriptor.get(`${dep.name}@${dep.range}`) ?? index.byDescriptor.get(`${dep.name}@npm:${dep.range}`)
  }
}
