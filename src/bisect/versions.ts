// Which published versions a bisect looks at. Pure: the list comes from registry.ts.
import semver from 'semver'
import { MemgateError } from '../errors.js'

export interface VersionPlan {
  /** Published versions after `from` up to and including `to`, oldest first; `to` is the last. */
  versions: string[]
  /** The newest published version after `to` that the same rules admit, or null. */
  newer: string | null
}

/**
 * The versions between `from` (exclusive) and `to` (inclusive) among `published`, oldest first,
 * and the newest admitted version after `to`. Stable versions only, unless `from` or `to` is a
 * prerelease: then prereleases of that same major.minor.patch line count too (a `2.0.0-rc.1` →
 * `2.0.0-rc.3` bump is bisected over the rc line, never over unrelated betas). Entries that are
 * not valid semver are ignored. Throws MemgateError when `from` or `to` is not a version, or when
 * `to` is not among `published` (a bisect cannot install what the registry does not have).
 */
export function planVersions(
  published: string[],
  from: string,
  to: string,
  name = 'the package',
  newer?: { time: Record<string, string>; minimumAgeMs: number; now: number }
): VersionPlan {
  const low = semver.valid(from)
  const high = semver.valid(to)
  if (!low || !high)
    throw new MemgateError(`${name} ${from} → ${to} is not a change between two published versions; only those can be bisected`)
  if (!semver.gt(high, low))
    throw new MemgateError(`${name} moved from ${from} to ${to}, which is not an upgrade; only an upgrade can be bisected`)
  const lines = new Set([low, high].filter((v) => semver.prerelease(v)).map(lineOf))
  const admitted = (v: string): boolean => !semver.prerelease(v) || lines.has(lineOf(v))
  const valid = [...new Set(published.map((v) => semver.valid(v)).filter((v): v is string => v !== null))].sort(semver.compare)
  if (!valid.includes(high))
    throw new MemgateError(`${name}@${to} is not published on the registry, so the versions before it cannot be bisected`)
  const versions = valid.filter((v) => semver.gt(v, low) && semver.lte(v, high) && (admitted(v) || v === high))
  // A version after `to` nobody reviewed is installed only once it has been out long enough (its
  // publication time known and older than the minimum age).
  const oldEnough = (v: string): boolean => {
    if (!newer) return true
    const published = Date.parse(newer.time[v] ?? '')
    return Number.isFinite(published) && newer.now - published >= newer.minimumAgeMs
  }
  const later = valid.filter((v) => semver.gt(v, high) && admitted(v) && oldEnough(v))
  return { versions, newer: later.at(-1) ?? null }
}

function lineOf(version: string): string {
  const v = semver.parse(version)
  return v ? `${v.major}.${v.minor}.${v.patch}` : version
}
