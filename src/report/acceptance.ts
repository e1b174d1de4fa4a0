// An acceptance outlives the run that recorded it, for the head it was given on. Pure.
//
// `/memgate accept` turns a leak on one head SHA into success. A rerun, a re-triggered job, or a
// label event that measures the same head again must not quietly undo it: the new report carries
// the acceptance over, and says so. A measurement of another head starts afresh.

import { shortSha } from '../sha.js'
import type { Report } from './build.js'
import { embeddedReportText } from './markdown.js'

/** A GitHub login: who may answer `/memgate accept` (a user; bots' comments are not commands). */
const LOGIN = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})$/
/** `/memgate accept`'s reason is cut to this (src/trigger/command.ts). */
const MAX_REASON = 200

/**
 * The acceptance recorded in memgate's comment `body`, checked (a login, a reason of at most 200
 * characters); null when there is none or it does not read as one. Only for a comment whose
 * author is memgate (src/github/comments.ts): an acceptance anywhere else is never taken. Never
 * throws.
 */
export function readAcceptance(body: string): { by: string; reason: string } | null {
  const text = embeddedReportText(body)
  if (text === null) return null
  let accepted: unknown
  try {
    accepted = (JSON.parse(text) as { accepted?: unknown } | null)?.accepted
  } catch {
    return null
  }
  const a = accepted as { by?: unknown; reason?: unknown } | null | undefined
  if (!a || typeof a.by !== 'string' || !LOGIN.test(a.by) || typeof a.reason !== 'string' || a.reason.length > MAX_REASON) return null
  return { by: a.by, reason: a.reason }
}

/**
 * `next` with the acceptance `previous` recorded, when both measured the same head of the same
 * PR and `next` is again a leak or inconclusive (a pass needs none; an error measured nothing, and
 * no acceptance hides it). `previous` must come from memgate's own comment, never from an
 * artifact. Returns `next` unchanged otherwise; never mutates either.
 */
export function carryAcceptance(previous: Report | null, next: Report): Report {
  const accepted = previous?.accepted
  if (!accepted || next.accepted) return next
  if (next.verdict !== 'leak' && next.verdict !== 'inconclusive') return next
  const sha = next.head.sha
  if (!sha || previous.head.sha !== sha) return next
  if (previous.pullRequest && next.pullRequest && previous.pullRequest.number !== next.pullRequest.number) return next
  const note = `Accepted earlier by @${accepted.by} for ${shortSha(sha)}; this run measured the same head again, so the acceptance holds.`
  return { ...next, accepted: { ...accepted }, notes: [...(next.notes ?? []), note] }
}
