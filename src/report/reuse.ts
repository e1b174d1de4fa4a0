// Whether a merge group can take a verdict a PR already has, instead of being measured. Pure.
//
// A merge group's dependency changes (base_sha..head_sha) are often exactly one queued PR's: then
// that PR's report, if it passed or was accepted, holds for the group, and the queue gets its
// status in seconds. Anything less than exact equality is measured: two PRs' bumps meeting in one
// group, a base that moved its own dependencies, a lockfile that resolves the same version from
// elsewhere (an `other` bump's `change`), ranges that no lockfile pins.

import { shortSha } from '../sha.js'
import type { Bump } from '../types.js'
import type { Report } from './build.js'

/** A PR of the group, as the action found it. */
export interface ReuseCandidate {
  pullNumber: number
  /** The PR's head now, from the API. */
  headSha: string
  /**
   * The report embedded in memgate's own comment on the PR (author checked against memgate's
   * identity, then read with extractReport), or null when there is none.
   */
  report: Report | null
}

export type ReuseDecision = { reuse: true; pullNumber: number; report: Report; description: string } | { reuse: false; reasons: string[] }

/**
 * The first candidate whose report measured exactly `groupBumps` on its PR's current head and
 * passed, or was accepted, or ended in a verdict `failOn` does not fail (the PR's own check was
 * green for it); otherwise why none fits, one reason per candidate. `repository` is "owner/name".
 * Never throws.
 */
export function decideReuse(
  groupBumps: readonly Bump[],
  candidates: readonly ReuseCandidate[],
  options: { repository: string; failOn: readonly string[] }
): ReuseDecision {
  const reasons: string[] = []
  if (groupBumps.length === 0) return { reuse: false, reasons: ['the group changes no dependency'] }
  const unresolved = groupBumps.find((b) => b.unresolved)
  if (unresolved) return { reuse: false, reasons: [`${unresolved.name} changes as a range only (no lockfile pins what installs)`] }
  if (candidates.length === 0) return { reuse: false, reasons: ['no PR of the group is known'] }
  const wanted = bumpKeys(groupBumps)
  for (const c of candidates) {
    const report = c.report
    const why = report ? unfit(c, report, wanted, options) : 'no memgate report in its comment'
    if (!report || why) {
      reasons.push(`#${c.pullNumber}: ${why}`)
      continue
    }
    const short = shortSha(c.headSha)
    const description = report.accepted
      ? `accepted in #${c.pullNumber} by @${report.accepted.by} (same dependency changes, measured at ${short})`
      : `${report.verdict}: same dependency changes as #${c.pullNumber}, measured at ${short}`
    return { reuse: true, pullNumber: c.pullNumber, report, description }
  }
  return { reuse: false, reasons }
}

function unfit(c: ReuseCandidate, r: Report, wanted: string[], options: { repository: string; failOn: readonly string[] }): string | null {
  if (
    !r.pullRequest ||
    r.pullRequest.number !== c.pullNumber ||
    r.pullRequest.repository.toLowerCase() !== options.repository.toLowerCase()
  ) {
    return 'the report is not for this PR'
  }
  if (r.pullRequest.headSha !== c.headSha || r.head.sha !== c.headSha) {
    return `the report is of ${shortSha(r.head.sha || r.pullRequest.headSha)}, the PR's head is ${shortSha(c.headSha)}`
  }
  const green =
    r.verdict === 'pass' ||
    ((r.verdict === 'leak' || r.verdict === 'inconclusive') && (Boolean(r.accepted) || !options.failOn.includes(r.verdict)))
  if (!green) return `its verdict is ${r.verdict}`
  const got = bumpKeys(r.bumps)
  if (got.length !== wanted.length || got.some((key, i) => key !== wanted[i])) {
    return `it measured other dependency changes (${describe(r.bumps)})`
  }
  return null
}

/**
 * One string per bump with every field that says what gets installed (name, from → to, kind,
 * where it is named, how it resolves), sorted: equal lists mean the same changes.
 */
function bumpKeys(bumps: readonly Bump[]): string[] {
  return bumps
    .map((d) =>
      JSON.stringify([
        d.name,
        d.from,
        d.to,
        d.type,
        d.direct,
        d.dependencyType ?? null,
        d.manifest,
        d.change ?? null,
        d.origin ?? null,
        d.unresolved ?? false,
        [...(d.via ?? [])].sort()
      ])
    )
    .sort()
}

function describe(bumps: readonly Bump[]): string {
  const shown = bumps.slice(0, 3).map((b) => `${b.name} ${b.from ?? '∅'} → ${b.to ?? '∅'}`)
  return bumps.length === 0 ? 'none' : `${shown.join(', ')}${bumps.length > 3 ? `, +${bumps.length - 3}` : ''}`
}
