// Reading a memgate-report/1 that someone else wrote: the artifact of a `mode: measure` run (the
// PR's own job, so untrusted) or the copy embedded in memgate's comment. Pure.
//
// Every field of the format (../../shared/DESIGN.md, "memgate-report/1") is checked against its
// allowed values and shape, and the report is rebuilt from the checked fields only: a field this
// version does not know is left out (a newer memgate may add some; nothing here renders them), and
// `accepted` is never taken from the input (only a `/memgate accept` answered by memgate sets it).
import { MemgateError } from '../errors.js'
import { FULL_SHA } from '../sha.js'
import type { Bump, BumpType, DependencyType, Growth, Verdict } from '../types.js'
import { DEPENDENCY_SECTIONS } from '../types.js'
import type { Report } from './build.js'

const VERDICTS: readonly Verdict[] = ['pass', 'leak', 'inconclusive', 'error', 'skipped']
const BUMP_TYPES: readonly BumpType[] = ['major', 'minor', 'patch', 'prerelease', 'downgrade', 'added', 'removed', 'other']
const UNITS = ['bytes/iteration', 'bytes/ms'] as const
const SERIES_UNITS = ['iteration', 'ms'] as const
const TOOLS = ['dependabot', 'renovate'] as const
// semver's shape, without its 256-character cap's corner cases: the version is only shown.
const VERSION = /^\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?(?:\+[0-9A-Za-z.-]+)?$/
// GitHub's rules for an owner (39 characters) and a repository name (100).
const REPOSITORY = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})\/[A-Za-z0-9._-]{1,100}$/

/**
 * Caps far above what memgate writes (top 5 suspects, 24 chart points, V8's 1024-character strings)
 * and low enough that a report cannot flood the comment or the memory of the step that reads it.
 */
export const REPORT_LIMITS = {
  /** The whole JSON text, in characters. */
  text: 16 * 1024 * 1024,
  /** `reason` (one line for people; older reports add the log tail of a failed stage) and `detail`. */
  reason: 64 * 1024,
  /** A name, version, path or note. */
  string: 4096,
  bumps: 20_000,
  suspects: 100,
  retainerPath: 1000,
  notes: 200,
  seriesPoints: 1000,
  /** Snapshots per suspect's growth. */
  snapshots: 100,
  runs: 100_000
} as const

export interface CheckOptions {
  /**
   * Keep a checked `accepted` ({by: a GitHub login, reason}). Only for the report embedded in a
   * comment memgate itself wrote (its own login's), never for an artifact: the acceptance is
   * memgate's record of a `/memgate accept` it answered.
   */
  keepAccepted?: boolean
}

// GitHub's rule for a login: letters, digits and single hyphens, 39 at most; bots add `[bot]`.
const LOGIN = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(?:\[bot\])?$/

/**
 * The report in `text`, every field checked against memgate-report/1; a MemgateError whose one-line
 * reason names the first bad field otherwise. Strings are kept as they are (rendering escapes
 * them); fields the format does not define are dropped, and so is `accepted` unless
 * `keepAccepted` says the text is memgate's own record.
 */
export function checkReport(text: string, source: string, options: CheckOptions = {}): Report {
  const bad = (what: string) => new MemgateError(`${source} is not a valid memgate-report/1: ${what}`)
  if (text.length > REPORT_LIMITS.text) throw bad(`it is ${text.length} characters long, more than ${REPORT_LIMITS.text}`)
  let data: unknown
  try {
    data = JSON.parse(text)
  } catch (error) {
    throw new MemgateError(`${source} is not JSON: ${(error as Error).message.split('\n')[0]}`, 2, { cause: error })
  }
  const c = new Checker(bad)
  const r = c.object(data, 'the report')
  if (r.format !== 'memgate-report/1') throw bad(`format is ${c.show(r.format)}`)
  const report: Report = {
    format: 'memgate-report/1',
    verdict: c.oneOf(r.verdict, VERDICTS, 'verdict'),
    reason: c.string(r.reason, 'reason', REPORT_LIMITS.reason, true),
    base: c.side(r.base, 'base'),
    head: c.side(r.head, 'head'),
    unit: r.unit === null || r.unit === undefined ? null : c.oneOf(r.unit, UNITS, 'unit'),
    difference: r.difference === null || r.difference === undefined ? null : c.difference(r.difference),
    bumps: c.list(r.bumps, 'bumps', REPORT_LIMITS.bumps).map((b, i) => c.bump(b, `bumps[${i}]`)),
    suspects: c.list(r.suspects, 'suspects', REPORT_LIMITS.suspects).map((s, i) => c.suspect(s, `suspects[${i}]`))
  }
  if (r.memgate !== undefined) {
    const version = c.string(r.memgate, 'memgate', 256)
    if (!VERSION.test(version)) throw bad(`memgate is ${c.show(version)}, not a version`)
    report.memgate = version
  }
  if (r.durationMs !== undefined) report.durationMs = c.number(r.durationMs, 'durationMs', 0)
  if (r.alpha !== undefined) {
    report.alpha = c.number(r.alpha, 'alpha', 0)
    if (report.alpha > 1) throw bad(`alpha is ${report.alpha}, not a probability`)
  }
  if (r.minimumEffect !== undefined) report.minimumEffect = c.number(r.minimumEffect, 'minimumEffect', 0)
  if (r.detail !== undefined) report.detail = c.string(r.detail, 'detail', REPORT_LIMITS.reason, true)
  if (r.test !== undefined) report.test = c.string(r.test, 'test', REPORT_LIMITS.string)
  if (r.throughput !== undefined) {
    const t = c.object(r.throughput, 'throughput')
    report.throughput = { base: c.nullableNumber(t.base, 'throughput.base', 0), head: c.nullableNumber(t.head, 'throughput.head', 0) }
  }
  if (r.notes !== undefined) {
    report.notes = c.list(r.notes, 'notes', REPORT_LIMITS.notes).map((n, i) => c.string(n, `notes[${i}]`, REPORT_LIMITS.string, true))
  }
  if (r.series !== undefined && r.series !== null) report.series = c.series(r.series)
  if (r.pullRequest !== undefined) {
    const p = c.object(r.pullRequest, 'pullRequest')
    const repository = c.string(p.repository, 'pullRequest.repository', 140)
    if (!REPOSITORY.test(repository)) throw bad(`pullRequest.repository is ${c.show(repository)}, not owner/name`)
    if (!Number.isSafeInteger(p.number) || (p.number as number) < 1) throw bad(`pullRequest.number is ${c.show(p.number)}, not a PR number`)
    report.pullRequest = { repository, number: p.number as number, headSha: c.sha(p.headSha, 'pullRequest.headSha', false) }
  }
  if (r.grouping !== undefined && r.grouping !== null) {
    const g = c.object(r.grouping, 'grouping')
    report.grouping = { tool: c.oneOf(g.tool, TOOLS, 'grouping.tool') }
    if (g.group !== undefined) report.grouping.group = c.string(g.group, 'grouping.group', 256)
    if (g.directory !== undefined) report.grouping.directory = c.string(g.directory, 'grouping.directory', REPORT_LIMITS.string)
  } else if (r.grouping === null) report.grouping = null
  if (options.keepAccepted && r.accepted !== undefined && r.accepted !== null) {
    const a = c.object(r.accepted, 'accepted')
    const by = c.string(a.by, 'accepted.by', 50)
    if (!LOGIN.test(by)) throw bad(`accepted.by is ${c.show(by)}, not a GitHub login`)
    report.accepted = { by, reason: c.string(a.reason, 'accepted.reason', 1024) }
    if (Number.isSafeInteger(a.comment) && (a.comment as number) > 0) report.accepted.comment = a.comment as number
  }
  return report
}

type Fields = Record<string, unknown>

/** The checks, each throwing the report's one-line MemgateError with the field's path. */
/** A list of suspects another job or machine wrote (a record's), checked as a report's are. */
export function checkSuspects(value: unknown, source: string): Report['suspects'] {
  const c = new Checker((what) => new MemgateError(`${source} has unusable suspects: ${what}`))
  return c.list(value, 'suspects', REPORT_LIMITS.suspects).map((s, i) => c.suspect(s, `suspects[${i}]`))
}

class Checker {
  constructor(private readonly bad: (what: string) => MemgateError) {}

  /** A value as a reason shows it: short, on one line. */
  show(value: unknown): string {
    const text = value === undefined ? 'missing' : (JSON.stringify(value) ?? String(value))
    return text.length > 40 ? `${text.slice(0, 40)}…` : text
  }

  object(v: unknown, what: string): Fields {
    if (!v || typeof v !== 'object' || Array.isArray(v)) throw this.bad(`${what} is ${v === undefined ? 'missing' : 'not an object'}`)
    return v as Fields
  }

  list(v: unknown, what: string, max: number): unknown[] {
    if (!Array.isArray(v)) throw this.bad(`${what} is ${v === undefined ? 'missing' : 'not a list'}`)
    if (v.length > max) throw this.bad(`${what} has ${v.length} entries, more than ${max}`)
    return v
  }

  /** A string up to `max` characters; one line unless `lines`. */
  string(v: unknown, what: string, max: number, lines = false): string {
    if (typeof v !== 'string') throw this.bad(`${what} is ${v === undefined ? 'missing' : 'not a string'}`)
    if (v.length > max) throw this.bad(`${what} is ${v.length} characters long, more than ${max}`)
    // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what it looks for
    if (!lines && /[\u0000-\u001f\u007f\u2028\u2029]/.test(v)) throw this.bad(`${what} holds a line break or control character`)
    return v
  }

  nullableString(v: unknown, what: string, max: number): string | null {
    return v === null ? null : this.string(v, what, max)
  }

  oneOf<T extends string>(v: unknown, allowed: readonly T[], what: string): T {
    if (!allowed.includes(v as T)) throw this.bad(`${what} is ${this.show(v)}, not one of ${allowed.join(', ')}`)
    return v as T
  }

  number(v: unknown, what: string, min = -Infinity): number {
    if (typeof v !== 'number' || !Number.isFinite(v) || v < min) {
      throw this.bad(`${what} is ${this.show(v)}, not a finite number${min === 0 ? ' ≥ 0' : ''}`)
    }
    return v
  }

  nullableNumber(v: unknown, what: string, min?: number): number | null {
    return v === null ? null : this.number(v, what, min)
  }

  count(v: unknown, what: string, max: number): number {
    if (!Number.isSafeInteger(v) || (v as number) < 0 || (v as number) > max)
      throw this.bad(`${what} is ${this.show(v)}, not a count up to ${max}`)
    return v as number
  }

  /** 40 lowercase hex characters; '' too where the builder writes it for a commit it never resolved. */
  sha(v: unknown, what: string, emptyAllowed: boolean): string {
    if (typeof v !== 'string' || !(FULL_SHA.test(v) || (emptyAllowed && v === '')))
      throw this.bad(`${what} is ${this.show(v)}, not a commit SHA`)
    return v
  }

  growth(v: unknown, what: string): Growth {
    const g = this.object(v, what)
    return {
      estimate: this.number(g.estimate, `${what}.estimate`),
      low: this.number(g.low, `${what}.low`),
      high: this.number(g.high, `${what}.high`)
    }
  }

  difference(v: unknown): Growth & { pValue: number } {
    const d = this.object(v, 'difference')
    const p = this.number(d.pValue, 'difference.pValue', 0)
    if (p > 1) throw this.bad(`difference.pValue is ${p}, not a probability`)
    return { ...this.growth(d, 'difference'), pValue: p }
  }

  side(v: unknown, what: string): Report['base'] {
    const s = this.object(v, what)
    const side: Report['base'] = {
      sha: this.sha(s.sha, `${what}.sha`, true),
      runs: this.count(s.runs, `${what}.runs`, REPORT_LIMITS.runs),
      growth: s.growth === null || s.growth === undefined ? null : this.growth(s.growth, `${what}.growth`)
    }
    if (s.used !== undefined) side.used = this.count(s.used, `${what}.used`, side.runs)
    return side
  }

  bump(v: unknown, what: string): Bump {
    const b = this.object(v, what)
    const max = REPORT_LIMITS.string
    const bump: Bump & { change?: string; unresolved?: true; via?: DependencyType[] } = {
      name: this.string(b.name, `${what}.name`, max),
      from: this.nullableString(b.from, `${what}.from`, max),
      to: this.nullableString(b.to, `${what}.to`, max),
      type: this.oneOf(b.type, BUMP_TYPES, `${what}.type`),
      direct: this.boolean(b.direct, `${what}.direct`),
      manifest: this.string(b.manifest, `${what}.manifest`, max)
    }
    if (bump.name === '') throw this.bad(`${what}.name is empty`)
    if (b.dependencyType !== undefined) bump.dependencyType = this.oneOf(b.dependencyType, DEPENDENCY_SECTIONS, `${what}.dependencyType`)
    // An npm alias's real package (`ms` for `ms-alias@npm:ms@…`).
    if (b.package !== undefined) (bump as { package?: string }).package = this.string(b.package, `${what}.package`, max)
    if (b.change !== undefined) bump.change = this.string(b.change, `${what}.change`, 2 * max + 3)
    if (b.origin !== undefined) (bump as { origin?: string }).origin = this.string(b.origin, `${what}.origin`, 2 * max + 3)
    if (b.unresolved !== undefined) {
      if (b.unresolved !== true) throw this.bad(`${what}.unresolved is ${this.show(b.unresolved)}, not true`)
      bump.unresolved = true
    }
    if (b.via !== undefined) {
      bump.via = this.list(b.via, `${what}.via`, DEPENDENCY_SECTIONS.length).map((t, i) =>
        this.oneOf(t, DEPENDENCY_SECTIONS, `${what}.via[${i}]`)
      )
    }
    return bump
  }

  suspect(v: unknown, what: string): Report['suspects'][number] {
    const s = this.object(v, what)
    const max = REPORT_LIMITS.string
    // V8 strings (class names, property names on the path) may hold line breaks: rendering folds them.
    const suspect: Report['suspects'][number] & Record<string, unknown> = {
      name: this.string(s.name, `${what}.name`, max, true),
      count: this.number(s.count, `${what}.count`, 0),
      bytes: this.number(s.bytes, `${what}.bytes`, 0),
      retainerPath: this.list(s.retainerPath, `${what}.retainerPath`, REPORT_LIMITS.retainerPath).map((p, i) =>
        this.string(p, `${what}.retainerPath[${i}]`, max, true)
      )
    }
    if (s.package !== undefined) suspect.package = s.package === null ? null : this.string(s.package, `${what}.package`, max)
    if (s.className !== undefined) suspect.className = this.string(s.className, `${what}.className`, max, true)
    if (s.site !== undefined) suspect.site = s.site === null ? null : this.string(s.site, `${what}.site`, max, true)
    if (s.selfBytes !== undefined) suspect.selfBytes = this.number(s.selfBytes, `${what}.selfBytes`, 0)
    if (s.retainedBytes !== undefined) suspect.retainedBytes = this.number(s.retainedBytes, `${what}.retainedBytes`, 0)
    if (s.nodeId !== undefined) suspect.nodeId = this.count(s.nodeId, `${what}.nodeId`, Number.MAX_SAFE_INTEGER)
    if (s.bumped !== undefined) suspect.bumped = this.boolean(s.bumped, `${what}.bumped`)
    if (s.growth !== undefined) {
      const g = this.object(s.growth, `${what}.growth`)
      const numbers = (a: unknown, field: string) =>
        this.list(a, `${what}.growth.${field}`, REPORT_LIMITS.snapshots).map((n, i) => this.number(n, `${what}.growth.${field}[${i}]`, 0))
      suspect.growth = { count: numbers(g.count, 'count'), bytes: numbers(g.bytes, 'bytes') }
    }
    return suspect
  }

  series(v: unknown): NonNullable<Report['series']> {
    const s = this.object(v, 'series')
    const points = (a: unknown, field: string) =>
      this.list(a, `series.${field}`, REPORT_LIMITS.seriesPoints).map((n, i) => this.number(n, `series.${field}[${i}]`))
    const series = {
      unit: this.oneOf(s.unit, SERIES_UNITS, 'series.unit'),
      x: points(s.x, 'x'),
      base: points(s.base, 'base'),
      head: points(s.head, 'head')
    }
    if (series.x.length === 0 || series.base.length !== series.x.length || series.head.length !== series.x.length) {
      throw this.bad('series is not two curves on one grid')
    }
    return series
  }

  boolean(v: unknown, what: string): boolean {
    if (typeof v !== 'boolean') throw this.bad(`${what} is ${this.show(v)}, not true or false`)
    return v
  }
}
