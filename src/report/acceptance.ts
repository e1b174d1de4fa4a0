// An acceptance outlives the run that recorded it, for the head it was given on. Pure.
//
// `/memgate accept` turns a leak on one head SHA into success. A rerun, a re-triggered job, or a
// label event that measures the same head again must not quietly undo it: the new report carries
// the acceptance over, and says so. A measurement of another head starts afresh.
import type { MemgateReport } from './build.js'

/**
 * `next` with the acceptance `previous` recorded, when both measured the same head of the same
 * PR and `next` is again a leak or inconclusive (a pass needs none; an error measured nothing, and
 * no acceptance hides it). `previous` must come from memgate's own comment, never from an
 * artifact. Returns `next` unchanged otherwise; never mutates either.
 */
export function carryAcceptance(previous: MemgateReport | null, next: MemgateReport): MemgateReport {
  const accepted = previous?.accepted
  if (!accepted || next.accepted) return next
  if (next.verdict !== 'leak' && next.verdict !== 'inconclusive') return next
  const sha = next.head.sha
  if (!sha || previous.head.sha !== sha) return next
  if (previous.pullRequest && next.pullRequest && previous.pullRequest.number !== next.pullRequest.number) return next
  const note = `Accepted earlier by @${accepted.by} for ${sha.slice(0, 7)}; this run measured the same head again, so the acceptance holds.`
  return { ...next, accepted: { ...accepted }, notes: [...(next.notes ?? []), note] }
}
