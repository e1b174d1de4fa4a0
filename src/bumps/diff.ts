// Two lockfiles (and the manifests around them) → the dependency changes between them. Pure.
import semver from 'semver'
import type { Bump, BumpType, DependencyType } from '../types.js'
import { DEPENDENCY_SECTIONS } from '../types.js'
import type { LockedPackage } from './lock.js'
import { descriptorName, sourceOf } from './lock.js'
import { indexLock, type LockIndex, type LockSide, locate } from './lock-index.js'
import type { Manifest, ManifestDependency } from './manifest.js'
import { reachedFrom, reachedVia } from './reach.js'

export type { LockSide } from './lock-index.js'

/**
 * The semver kind of a change between two exact versions: `added`/`removed` when one side is
 * null, `downgrade` when `to` is lower, `prerelease` for any change semver calls pre-*, `other`
 * when either is not a version. Never throws.
 */
export function classifyBump(from: string | null, to: string | null): BumpType {
  if (from === null && to === null) return 'other'
  if (from === null) return 'added'
  if (to === null) return 'removed'
  const a = semver.valid(from)
  const b = semver.valid(to)
  if (!a || !b) return 'other'
  const order = semver.compare(a, b)
  if (order === 0) return 'other'
  if (order > 0) return 'downgrade'
  const kind = semver.diff(a, b)
  if (kind === 'major' || kind === 'minor' || kind === 'patch') return kind
  return 'prerelease'
}

/**
 * The bumps between two sides of one project. Direct bumps come from each package.json's
 * dependencies resolved in that side's lockfile (manifest: the package.json); transitive ones from
 * the versions of every package some other package depends on (manifest: `lockPath`), paired per
 * version by who names them, so a name installed in several versions never collapses into one
 * wrong pair. With `workspaces` (directories relative to the lockfile), transitive bumps are only
 * those the dependency trees of those workspaces reach on either side. When one side has no
 * lockfile, see `diffHalfLocked`; when neither has, range changes are reported `unresolved`.
 */
export function diffLocks(base: LockSide, head: LockSide, lockPath: string, workspaces?: string[]): Bump[] {
  if (!base.lock && !head.lock) return diffRanges(base.manifests, head.manifests)
  if (!base.lock || !head.lock) return diffHalfLocked(base, head)
  const baseIndex = indexLock(base.lock)
  const headIndex = indexLock(head.lock)
  const bumps: Bump[] = []

  for (const { path, name, b, h, pair } of dependencyPairs(base.manifests, head.manifests)) {
    const bp = b && pair.base ? locate(baseIndex, pair.base.dir, b) : undefined
    const hp = h && pair.head ? locate(headIndex, pair.head.dir, h) : undefined
    if (bp?.source === 'workspace' || hp?.source === 'workspace') continue
    const bump = directBump(name, b, bp, h, hp, path)
    if (bump) bumps.push(bump)
  }

  let transitive = transitiveBumps(baseIndex, headIndex, lockPath, bumps)
  if (workspaces && transitive.length) {
    const inBase = reachedFrom(base, baseIndex, workspaces)
    const inHead = reachedFrom(head, headIndex, workspaces)
    transitive = transitive.filter((b) => (b.from !== null && inBase(b.name, b.from)) || (b.to !== null && inHead(b.name, b.to)))
  }
  const viaBase = transitive.length ? reachedVia(base, baseIndex) : () => new Set<DependencyType>()
  const viaHead = transitive.length ? reachedVia(head, headIndex) : () => new Set<DependencyType>()
  for (const bump of transitive) {
    const types = new Set([
      ...(bump.to === null ? [] : viaHead(bump.name, bump.to)),
      ...(bump.from === null ? [] : viaBase(bump.name, bump.from))
    ])
    if (types.size) bump.via = DEPENDENCY_SECTIONS.filter((t) => types.has(t))
  }
  bumps.push(...transitive)
  return bumps
}

/**
 * One side has a lockfile, the other not (a project that starts or stops committing one): the
 * bumps a user sees in package.json, with the locked side's installed versions. The other side
 * installs from its ranges, so what it gets is known only where a range names one version (`2.6.9`,
 * `npm:ms@2.1.1`, a file or git reference); any other range is shown as it is (`unresolved`), and a
 * dependency whose range did not change and admits the locked version is no bump. Its transitive
 * versions are unknown: none are reported.
 */
function diffHalfLocked(base: LockSide, head: LockSide): Bump[] {
  const lock = base.lock ?? head.lock
  if (!lock) return diffRanges(base.manifests, head.manifests)
  const index = indexLock(lock)
  const bumps: Bump[] = []
  for (const { path, name, b, h, pair } of dependencyPairs(base.manifests, head.manifests)) {
    const bp = b && pair.base ? (base.lock ? locate(index, pair.base.dir, b) : pinned(b)) : undefined
    const hp = h && pair.head ? (head.lock ? locate(index, pair.head.dir, h) : pinned(h)) : undefined
    if (bp?.source === 'workspace' || hp?.source === 'workspace' || sourceOf(b?.range ?? h?.range ?? '') === 'workspace') continue
    const loose = (dep: ManifestDependency | undefined, pkg: LockedPackage | undefined, locked: boolean) =>
      dep !== undefined && pkg === undefined && !locked
    if (loose(b, bp, !!base.lock) || loose(h, hp, !!head.lock)) {
      // A range on the unlocked side: no bump when it did not change and admits the locked version.
      const lockedPkg = bp ?? hp
      const unlocked = base.lock ? h : b
      if (b?.range === h?.range && lockedPkg && unlocked && semver.satisfies(lockedPkg.version, unlocked.range)) continue
      const bump = rangeBump(name, b, h, path)
      if (bp) bump.from = bp.version
      if (hp) bump.to = hp.version
      const low = (v: string | null, dep?: ManifestDependency) =>
        v === null ? null : (semver.valid(v) ?? (dep ? lowest(dep.range) : null))
      bump.type = classifyBump(low(bump.from, b), low(bump.to, h))
      bumps.push(bump)
      continue
    }
    const bump = directBump(name, b, bp, h, hp, path)
    if (bump) bumps.push(bump)
  }
  return bumps
}

/** Every dependency named by a manifest on either side, with its entry on each side (none where it is absent). */
function* dependencyPairs(base: Manifest[], head: Manifest[]) {
  const manifests = new Map<string, { base?: Manifest; head?: Manifest }>()
  for (const m of base) manifests.set(m.path, { base: m })
  for (const m of head) manifests.set(m.path, { ...manifests.get(m.path), head: m })
  for (const [path, pair] of manifests) {
    const before = new Map((pair.base?.dependencies ?? []).map((d) => [d.name, d]))
    const after = new Map((pair.head?.dependencies ?? []).map((d) => [d.name, d]))
    for (const name of new Set([...before.keys(), ...after.keys()])) {
      yield { path, name, pair, b: before.get(name), h: after.get(name) }
    }
  }
}

/** The entry a dependency pair names: the head's, else the base's; a pair names it on one side at least. */
function named(b: ManifestDependency | undefined, h: ManifestDependency | undefined): ManifestDependency {
  const dep = h ?? b
  if (dep === undefined) throw new Error('A dependency pair names its dependency on neither side.')
  return dep
}

/** The package a range installs without a lockfile, when it names exactly one (a version, an alias of one, a reference). */
function pinned(dep: ManifestDependency): LockedPackage | undefined {
  const source = sourceOf(dep.range)
  const at = { name: dep.name, location: '', namedBy: [] }
  if (source === 'registry') {
    const version = semver.valid(dep.range.replace(/^=/, ''))
    return version ? { ...at, version, source } : undefined
  }
  if (source === 'alias') {
    const inner = dep.range.slice(4)
    const version = semver.valid(inner.slice(descriptorName(inner).length + 1).replace(/^=/, ''))
    return version ? { ...at, version, source, reference: dep.range } : undefined
  }
  if (source === 'workspace') return undefined
  return { ...at, version: dep.range, source, reference: dep.range }
}

function lowest(range: string): string | null {
  const inner = range.startsWith('npm:') ? range.slice(4 + descriptorName(range.slice(4)).length + 1) : range
  try {
    return semver.minVersion(inner)?.version ?? null
  } catch {
    return null
  }
}

function directBump(
  name: string,
  b: ManifestDependency | undefined,
  bp: LockedPackage | undefined,
  h: ManifestDependency | undefined,
  hp: LockedPackage | undefined,
  manifest: string
): Bump | null {
  const dependencyType = named(b, h).dependencyType
  if (!bp && !hp) {
    // Named but not installed on either side (a peer nobody installs, a skipped optional).
    if (b?.range === h?.range) return null
    return rangeBump(name, b, h, manifest)
  }
  const from = bp?.version ?? null
  const to = hp?.version ?? null
  const fromRef = b && bp ? refOf(b, bp) : null
  const toRef = h && hp ? refOf(h, hp) : null
  if (from === to && fromRef === toRef) return null
  // An alias of one registry package on every side it exists is that package's versions.
  const target = sameTarget(bp && aliasTarget(b?.range, bp), hp && aliasTarget(h?.range, hp), !!bp, !!hp)
  const exotic =
    target === undefined &&
    ((bp && (bp.source !== 'registry' || exoticRange(b?.range))) || (hp && (hp.source !== 'registry' || exoticRange(h?.range))))
  const bump: Bump = {
    name,
    from,
    to,
    type: exotic && bp && hp ? 'other' : classifyBump(from, to),
    direct: true,
    dependencyType,
    manifest
  }
  if (target !== undefined) bump.package = target
  if (bump.type === 'other' && fromRef !== toRef) bump.change = `${fromRef ?? '(none)'} → ${toRef ?? '(none)'}`
  setOrigin(bump, bp, hp)
  return bump
}

/**
 * The registry package an npm alias installs (`npm:ms@^2.1.0` → `ms`), from the manifest's range
 * or, where the lockfile keeps it, the package's reference; undefined for anything else.
 */
function aliasTarget(range: string | undefined, pkg: LockedPackage): string | undefined {
  for (const spec of [range, pkg.source === 'alias' ? pkg.reference : undefined]) {
    if (!spec?.startsWith('npm:')) continue
    const inner = spec.slice(4)
    const name = descriptorName(inner)
    if (name !== inner && semver.valid(pkg.version)) return name
  }
  return undefined
}

/** The one alias target of the sides that have the package, or undefined when they differ or one is no alias. */
function sameTarget(b: string | undefined, h: string | undefined, hasBase: boolean, hasHead: boolean): string | undefined {
  if (hasBase && hasHead) return b !== undefined && b === h ? b : undefined
  return hasBase ? b : h
}

/** What a dependency points at, for the `change` of an `other` bump: the range if it is not semver. */
function refOf(dep: ManifestDependency, pkg: LockedPackage): string {
  if (pkg.source === 'registry' && !exoticRange(dep.range)) return pkg.version
  return semver.validRange(dep.range) ? (pkg.reference ?? pkg.version) : dep.range
}

/** A manifest range that is not a registry range (an alias, a file, git or tarball reference). */
function exoticRange(range: string | undefined): boolean {
  return range !== undefined && !semver.validRange(range) && sourceOf(range) !== 'registry'
}

function rangeBump(name: string, b: ManifestDependency | undefined, h: ManifestDependency | undefined, manifest: string): Bump {
  const from = b?.range ?? null
  const to = h?.range ?? null
  // `npm:ms@^2.1.0` on every side that names it: compare ms's ranges.
  const alias = (range: string | null) => (range?.startsWith('npm:') ? /^npm:((?:@[^@/]+\/)?[^@]+)@(.+)$/.exec(range) : null)
  const [ab, ah] = [alias(from), alias(to)]
  const target = sameTarget(ab?.[1], ah?.[1], from !== null, to !== null)
  const low = (range: string | null): string | null => {
    if (range === null) return null
    const inner = target === undefined ? range : (alias(range)?.[2] ?? range)
    try {
      return semver.minVersion(inner)?.version ?? range
    } catch {
      return range
    }
  }
  const bump: Bump = {
    name,
    from,
    to,
    type: classifyBump(low(from), low(to)),
    direct: true,
    dependencyType: named(b, h).dependencyType,
    manifest,
    unresolved: true
  }
  if (target !== undefined) bump.package = target
  return bump
}

function diffRanges(base: Manifest[], head: Manifest[]): Bump[] {
  const bumps: Bump[] = []
  const paths = new Set([...base.map((m) => m.path), ...head.map((m) => m.path)])
  for (const path of paths) {
    const before = new Map((base.find((m) => m.path === path)?.dependencies ?? []).map((d) => [d.name, d]))
    const after = new Map((head.find((m) => m.path === path)?.dependencies ?? []).map((d) => [d.name, d]))
    for (const name of new Set([...before.keys(), ...after.keys()])) {
      const b = before.get(name)
      const h = after.get(name)
      if (b?.range !== h?.range) bumps.push(rangeBump(name, b, h, path))
    }
  }
  return bumps
}

/**
 * Transitive changes: per name, the versions some package (not only a manifest) depends on.
 * Versions on both sides are unchanged; the rest are paired by a shared dependent, then by major,
 * then one-to-one; leftovers are added or removed. A pair a direct bump already reports is dropped.
 */
function transitiveBumps(base: LockIndex, head: LockIndex, lockPath: string, direct: Bump[]): Bump[] {
  const before = base.transitive
  const after = head.transitive
  const reported = new Set(direct.map((b) => `${b.name}\0${b.from}\0${b.to}`))
  const directFrom = new Set(direct.map((b) => `${b.name}\0${b.from}`))
  const directTo = new Set(direct.map((b) => `${b.name}\0${b.to}`))
  const bumps: Bump[] = []
  const none = new Map<string, LockedPackage[]>()
  const names = [...before].filter(([name, versions]) => !sameKeys(versions, after.get(name))).map(([name]) => name)
  for (const name of after.keys()) if (!before.has(name)) names.push(name)
  for (const name of names) {
    const b = before.get(name) ?? none
    const h = after.get(name) ?? none
    const removed = [...b.keys()].filter((k) => !h.has(k))
    const added = [...h.keys()].filter((k) => !b.has(k))
    if (removed.length === 0 && added.length === 0) continue
    for (const [r, a] of pairVersions(removed, added, b, h)) {
      const rp = r === null ? undefined : b.get(r)?.[0]
      const ap = a === null ? undefined : h.get(a)?.[0]
      const from = rp?.version ?? null
      const to = ap?.version ?? null
      if (reported.has(`${name}\0${from}\0${to}`)) continue
      if (!rp && directTo.has(`${name}\0${to}`)) continue
      if (!ap && directFrom.has(`${name}\0${from}`)) continue
      const target = sameTarget(rp && aliasTarget(undefined, rp), ap && aliasTarget(undefined, ap), !!rp, !!ap)
      const exotic = target === undefined && ((rp && rp.source !== 'registry') || (ap && ap.source !== 'registry'))
      const bump: Bump = {
        name,
        from,
        to,
        type: exotic && rp && ap ? 'other' : classifyBump(from, to),
        direct: false,
        manifest: lockPath
      }
      if (target !== undefined) bump.package = target
      if (bump.type === 'other') bump.change = `${rp?.reference ?? from ?? '(none)'} → ${ap?.reference ?? to ?? '(none)'}`
      setOrigin(bump, rp, ap)
      bumps.push(bump)
    }
  }
  return bumps
}

function setOrigin(bump: Bump, from: LockedPackage | undefined, to: LockedPackage | undefined): void {
  if (from?.origin || to?.origin) bump.origin = `${from?.origin ?? '(none)'} → ${to?.origin ?? '(none)'}`
}

function sameKeys(a: Map<string, unknown>, b: Map<string, unknown> | undefined): boolean {
  if (!b || a.size !== b.size) return false
  for (const key of a.keys()) if (!b.has(key)) return false
  return true
}

function pairVersions(
  removed: string[],
  added: string[],
  before: Map<string, LockedPackage[]>,
  after: Map<string, LockedPackage[]>
): Array<[string | null, string | null]> {
  const pairs: Array<[string | null, string | null]> = []
  const left = new Set(removed)
  const right = new Set(added)
  const take = (match: (r: string, a: string) => boolean): void => {
    for (const r of [...left]) {
      const a = [...right].find((candidate) => match(r, candidate))
      if (a === undefined) continue
      pairs.push([r, a])
      left.delete(r)
      right.delete(a)
    }
  }
  const parents = (copies: LockedPackage[]): Set<string> => new Set(copies.flatMap((c) => c.namedBy))
  take((r, a) => {
    const pa = parents(after.get(a) ?? [])
    return [...parents(before.get(r) ?? [])].some((p) => !p.startsWith('workspace:') && pa.has(p))
  })
  take((r, a) => {
    const mr = semver.valid(r) ? semver.major(r) : null
    return mr !== null && semver.valid(a) !== null && semver.major(a) === mr
  })
  if (left.size === 1 && right.size === 1) take(() => true)
  for (const r of left) pairs.push([r, null])
  for (const a of right) pairs.push([null, a])
  return pairs
}
