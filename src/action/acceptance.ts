// An acceptance read back from memgate's comment is memgate's record of a `/memgate accept` it
// answered, but the comment's login can be shared (`github-actions[bot]` writes every workflow's
// comments), so the record is checked against GitHub itself: it cites the accept comment by id, and
// that comment must exist on this PR, be a `/memgate accept` by the login the record names, who has
// write access now, and be newer than the head it accepts. One that fails is dropped; the verdict stands.
import { httpStatus } from '../github/client.js'
import { canCommand, readPermission } from '../github/permission.js'
import type { PullRef } from '../github/sticky-comment.js'
import type { Report } from '../report/build.js'
import { shortSha } from '../sha.js'
import { parseCommand } from '../trigger/slash-command.js'
import { logLine } from './log.js'
import type { Step } from './step.js'

/**
 * `report` as read from memgate's comment on `pr`, with its acceptance only when GitHub confirms
 * it (see above); otherwise without one, and a log line says why. Never throws.
 */
export async function verifyAcceptance(step: Step, pr: PullRef, report: Report): Promise<Report> {
  const accepted = report.accepted
  if (!accepted) return report
  const why = await acceptanceFault(step, pr, report).catch(
    (error: unknown) => `the check could not be made (HTTP ${httpStatus(error) ?? '?'})`
  )
  if (why === null) return report
  logLine(`The acceptance by @${accepted.by} recorded on #${pr.pullNumber} is not taken: ${why}; the verdict stands.`)
  const { accepted: _, ...rest } = report
  return rest
}

/** Why the acceptance does not hold, or null when it does. Throws the API's error for a failed read. */
async function acceptanceFault(step: Step, pr: PullRef, report: Report): Promise<string | null> {
  const accepted = report.accepted
  if (!accepted) return null
  if (accepted.comment === undefined) return 'it cites no `/memgate accept` comment'
  const repo = { owner: pr.owner, repo: pr.repo }
  let comment: { body?: string; user?: { login?: string } | null; issue_url?: string; created_at?: string }
  try {
    ;({ data: comment } = await step.client.rest.issues.getComment({ ...repo, comment_id: accepted.comment }))
  } catch (error) {
    if (httpStatus(error) === 404) return `the comment ${accepted.comment} it cites does not exist`
    throw error
  }
  if (!comment.issue_url?.endsWith(`/issues/${pr.pullNumber}`)) return `the comment ${accepted.comment} is not on #${pr.pullNumber}`
  if (parseCommand(comment.body ?? '')?.name !== 'accept') return `the comment ${accepted.comment} is not a \`/memgate accept\``
  const login = comment.user?.login ?? ''
  if (login.toLowerCase() !== accepted.by.toLowerCase())
    return `the comment ${accepted.comment} was written by @${login}, not @${accepted.by}`
  const permission = await readPermission(step.client, repo, login)
  if (!canCommand(permission)) return `@${login} has ${permission} permission, not write`
  const sha = report.head.sha
  if (!sha) return 'the report names no head'
  // GitHub keeps no push time of a PR's head for an ordinary push (the timeline's
  // head_ref_force_pushed covers force pushes only), so the head commit's committer date is the
  // bound used: it is a lower bound only (its author can date it in the past), so this refuses an
  // acceptance older than the head claims to be, and the head SHA the record names, which must equal
  // the PR's head (the reader checks it), ties it to the commit that was measured.
  const { data: commit } = await step.client.rest.git.getCommit({ ...repo, commit_sha: sha })
  const pushed = Date.parse(commit.committer?.date ?? '')
  const created = Date.parse(comment.created_at ?? '')
  if (!Number.isFinite(created) || !Number.isFinite(pushed)) return 'the dates of the comment or the head cannot be read'
  if (created <= pushed) return `the comment ${accepted.comment} is older than the head ${shortSha(sha)}`
  return null
}
