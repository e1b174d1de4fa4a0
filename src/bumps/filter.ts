// The `include` / `exclude` / `dependency-types` inputs, applied to bumps before any install. Pure.
import type { BumpFilter } from '../options.js'
import type { Bump, DependencyType } from '../types.js'

export type { BumpFilter } from '../options.js'

/**
 * The bumps the inputs keep, in their order. Globs match the whole name: `*` any run of characters
 * but `/`, `**` any run, `?` one character (`@types/*`, `eslint-*`). Empty lists filter nothing.
 * Never throws.
 */
export function filterBumps<T extends Bump & { via?: DependencyType[] }>(bumps: T[], filter: BumpFilter = {}): T[] {
  const include = (filter.include ?? []).filter(Boolean).map(globToRegExp)
  const exclude = (filter.exclude ?? []).filter(Boolean).map(globToRegExp)
  const types = filter.dependencyTypes?.length ? new Set(filter.dependencyTypes) : null
  return bumps.filter((bump) => {
    if (include.length && !include.some((re) => re.test(bump.name))) return false
    if (exclude.some((re) => re.test(bump.name))) return false
    if (types) {
      if (bump.dependencyType) return types.has(bump.dependencyType)
      if (bump.via?.length) return bump.via.some((t) => types.has(t))
    }
    return true
  })
}

/** A package-name glob as an anchored RegExp. */
export function globToRegExp(glob: string): RegExp {
  let source = ''
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i]!
    if (c === '*' && glob[i + 1] === '*') {
      source += '.*'
      i++
    } else if (c === '*') source += '[^/]*'
    else if (c === '?') source += '[^/]'
    else source += c.replace(/[.+^${}()|[\]\\]/g, '\\$&')
  }
  return new RegExp(`^${source}$`)
}
