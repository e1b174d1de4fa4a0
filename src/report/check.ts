// Reading a memgate-report/1 that someone else wrote: the artifact of a `mode: measure` run (the
// PR's own job, so untrusted) or the copy embedded in memgate's comment. Pure.
import { MemgateError } from '../errors.js'
import type { Verdict } from '../types.js'
import type { MemgateReport } from './build.js'

const VERDICTS: Verdict[] = ['pass', 'leak', 'inconclusive', 'error', 'skipped']
const SHA = /^[0-9a-f]{40}$/

/**
 * The report in `text`, checked field by field (format, verdict, SHAs, numbers, bump and suspect
 * shapes); a MemgateError naming the first bad field otherwise. Strings are kept as they are:
 * rendering escapes them.
 */
export function checkReport(text: string, source: string): MemgateReport {
  let data: unknown
  try {
    data = JSON.parse(text)
  } catch (error) {
    throw new MemgateError(`${source} is not JSON: ${(error as Error).message}`, 2, { cause: error })
  }
  const bad = (what: string) => new MemgateError(`${source} is not a valid memgate-report/1: ${what}`)
  const r = data as Record<string, unknown>
  if (!r || typeof r !== 'object' || Array.isArray(r)) throw bad('not an object')
  if (r.format !== 'memgate-report/1') throw bad(`format is ${JSON.stringify(r.format)}`)
  if (!VERDICTS.includes(r.verdict as Verdict)) throw bad(`verdict is ${JSON.stringify(r.verdict)}`)
  if (typeof r.reason !== 'string') throw bad('reason is not a string')
  for (const side of ['base', 'head'] as const) {
    const s = r[side] as Record<string, unknown> | undefined
    if (!s || typeof s !== 'object') throw bad(`${side} is missing`)
    if (typeof s.sha !== 'string' || (s.sha !== '' && !SHA.test(s.sha))) throw bad(`${side}.sha is not a commit SHA`)
    if (!isCount(s.runs)) throw bad(`${side}.runs is not a count`)
    if (s.growth !== null && s.growth !== undefined && !isGrowth(s.growth)) throw bad(`${side}.growth is not a growth`)
  }
  if (r.unit !== null && r.unit !== undefined && typeof r.unit !== 'string') throw bad('unit is not a string')
  if (r.difference !== null && r.difference !== undefined && !(isGrowth(r.difference) && isNumber((r.difference as { pValue?: unknown }).pValue))) {
    throw bad('difference is not a growth with a pValue')
  }
  if (!Array.isArray(r.bumps) || !r.bumps.every(isBump)) throw bad('bumps are not a list of bumps')
  if (!Array.isArray(r.suspects) || !r.suspects.every(isSuspect)) throw bad('suspects are not a list of suspects')
  if (r.pullRequest !== undefined) {
    const p = r.pullRequest as Record<string, unknown>
    if (!p || typeof p.repository !== 'string' || !Number.isInteger(p.number) || typeof p.headSha !== 'string' || !SHA.test(p.headSha)) {
      throw bad('pullRequest is not {repository, number, headSha}')
    }
  }
  if (r.series !== undefined && r.series !== null && !isSeries(r.series)) throw bad('series is not two curves on one grid')
  if (r.notes !== undefined && !(Array.isArray(r.notes) && r.notes.every((n) => typeof n === 'string'))) throw bad('notes are not strings')
  if (r.accepted !== undefined && r.accepted !== null) {
    const a = r.accepted as Record<string, unknown>
    if (typeof a.by !== 'string' || typeof a.reason !== 'string') throw bad('accepted is not {by, reason}')
  }
  return r as unknown as MemgateReport
}

function isNumber(v: unknown): v is number {
  return typeof v === 'number' && Number.isFinite(v)
}

function isCount(v: unknown): boolean {
  return Number.isInteger(v) && (v as number) >= 0
}

function isGrowth(v: unknown): boolean {
  const g = v as Record<string, unknown>
  return !!g && typeof g === 'object' && isNumber(g.estimate) && isNumber(g.low) && isNumber(g.high)
}

function isNullableString(v: unknown): boolean {
  return v === null || typeof v === 'string'
}

function isBump(v: unknown): boolean {
  const b = v as Record<string, unknown>
  return (
    !!b &&
    typeof b === 'object' &&
    typeof b.name === 'string' &&
    isNullableString(b.from) &&
    isNullableString(b.to) &&
    typeof b.type === 'string' &&
    typeof b.direct === 'boolean' &&
    typeof b.manifest === 'string' &&
    (b.package === undefined || typeof b.package === 'string')
  )
}

function isSuspect(v: unknown): boolean {
  const s = v as Record<string, unknown>
  return (
    !!s &&
    typeof s === 'object' &&
    typeof s.name === 'string' &&
    isNumber(s.count) &&
    isNumber(s.bytes) &&
    Array.isArray(s.retainerPath) &&
    s.retainerPath.every((p) => typeof p === 'string') &&
    (s.package === undefined || isNullableString(s.package))
  )
}

function isSeries(v: unknown): boolean {
  const s = v as Record<string, unknown>
  const numbers = (a: unknown) => Array.isArray(a) && a.every(isNumber)
  return (
    !!s &&
    (s.unit === 'iteration' || s.unit === 'ms') &&
    numbers(s.x) &&
    numbers(s.base) &&
    numbers(s.head) &&
    (s.x as number[]).length === (s.base as number[]).length &&
    (s.x as number[]).length === (s.head as number[]).length
  )
}
