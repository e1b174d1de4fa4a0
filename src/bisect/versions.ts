// Which published versions a bisect looks at. Pure: the list comes from registry.ts.
import semver from 'semver'
import { MemgateError } from '../errors.js'

export interface VersionPlan {
  /** Published versions after `from` up to and including `to`, oldest first; `to` is the last. */
  versions: string[]
  /** The newest published version after `to` that the same rules admit, or null. */
  newer: string | null
  /**
   * The newest admitted version after `to` in `to`'s own line (what `^to` admits), when it is not
   * `newer`: the fix a maintainer takes first when `newer` is a major upgrade. Else null.
   */
  newerInLine: string | null
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
  const newest = later.at(-1) ?? null
  const inLine = later.filter((v) => caretLine(v) === caretLine(high)).at(-1) ?? null
  return { versions, newer: newest, newerInLine: inLine === newest ? null : inLine }
}

/**
 * The line a version belongs to as a caret range sees it: the major from 1.0.0 on, the minor
 * below it (`^0.3.1` admits 0.3.x only), the patch below 0.1.0. Versions of one line are
 * updates a `^` range takes; a version of a later line is a major upgrade.
 */
export function caretLine(version: string): string {
  const v = semver.parse(version)
  if (!v) return version
  return v.major > 0 ? `${v.major}` : v.minor > 0 ? `0.${v.minor}` : `0.0.${v.patch}`
}

function lineOf(version: string): string {
  const v = semver.parse(version)
  return v ? `${v.major}.${v.minor}.${v.patch}` : version
}
