// Which clean version a bisect offers as the fix, and how the manifest entry is written. Pure.
//
// A maintainer takes, in order: the newest clean version of `to`'s own line (an update their
// range already allows, newer than the leak), then the last clean version (a rollback); a clean
// version of a later line is a major upgrade, offered only as an alternative.
import semver from 'semver'
import { caretLine } from './versions.js'

/** `same-line`: newer than the leak, in `to`'s line; `rollback`: below the leak; `major-upgrade`: a later line. */
export type FixKind = 'same-line' | 'rollback' | 'major-upgrade'

export interface FixCandidate {
  version: string
  kind: FixKind
  /** The value the manifest entry gets: the manifest's `^`/`~` kept for a version newer than the leak, else exact. */
  spec: string
  /** Why this version and this spec, for the suggestion text. */
  why: string
}

export interface FixFacts {
  name: string
  to: string
  firstLeaking: string
  /** Versions measured clean (and `from`, the reference), in any order. */
  clean: string[]
  /**
   * The entry head's manifest has for the package (`^1.15.1`), or null when it is held by an
   * override (a transitive package), which pins one version.
   */
  range: string | null
}

/**
 * The clean versions in the order a maintainer would take them: the newest clean one of `to`'s
 * line newer than the leak, then every clean one below the leak (newest first), then the newest
 * clean one of a later line. Versions that are not semver are left out.
 */
export function planFix(facts: FixFacts): FixCandidate[] {
  const clean = [...new Set(facts.clean.filter((v) => semver.valid(v) !== null))].sort((a, b) => semver.rcompare(a, b))
  const line = caretLine(facts.to)
  const newer = clean.filter((v) => semver.gt(v, facts.firstLeaking))
  const sameLine = newer.find((v) => caretLine(v) === line)
  const later = newer.find((v) => caretLine(v) !== line && semver.gt(v, facts.to))
  const below = clean.filter((v) => semver.lt(v, facts.firstLeaking))
  const style = rangeStyle(facts.range)
  const candidates: FixCandidate[] = []
  if (sameLine) {
    candidates.push({
      version: sameLine,
      kind: 'same-line',
      spec: `${style}${sameLine}`,
      why: `the newest clean ${facts.name} of the ${line}.x line, newer than the leak (${facts.firstLeaking})${keeps(facts.range, style)}`
    })
  }
  for (const version of below) {
    candidates.push({ version, kind: 'rollback', spec: version, why: rollbackWhy(facts, version) })
  }
  if (later) {
    candidates.push({
      version: later,
      kind: 'major-upgrade',
      spec: `${style}${later}`,
      why: `a major upgrade from ${facts.to}: ${facts.name} ${later} is of the ${caretLine(later)}.x line, whose breaking changes the project must take${keeps(facts.range, style)}`
    })
  }
  return candidates
}

/** The prefix a manifest range keeps on a newer version: `^`, `~`, or none (exact, or a range of another form). */
export function rangeStyle(range: string | null): '^' | '~' | '' {
  const r = range?.trim() ?? ''
  // One comparator only: `^1.2 || ^2` or `^1.2.0 <1.5.0` say more than a prefix can keep.
  if (/^\^v?\d[^\s|]*$/.test(r)) return '^'
  if (/^~>?v?\d[^\s|]*$/.test(r)) return '~'
  return ''
}

function keeps(range: string | null, style: string): string {
  if (range === null) return '; pinned exactly by the override that holds it'
  if (style) return `; the manifest's ${style} range is kept`
  return semver.valid(range.trim().replace(/^=/, ''))
    ? '; pinned exactly, as the manifest had it'
    : `; pinned exactly (the manifest's range ${range} is not a ^ or ~ range)`
}

function rollbackWhy(facts: FixFacts, version: string): string {
  const admitted = semver.satisfies(facts.firstLeaking, `^${version}`)
  return (
    `a rollback to ${version}, below the leak, pinned exactly` +
    (admitted
      ? `: a range such as ^${version} would let ${facts.firstLeaking}, which leaks, back in`
      : ` so that no update brings ${facts.firstLeaking}, which leaks, back in`)
  )
}
