// memgate's own PR comment: the one way to read the report it holds and the one way to post or
// update it. Only a comment memgate's token wrote counts: a person or another bot may copy the marker.
import * as core from '@actions/core'
import { readPull } from '../github/pull.js'
import { findStickyComment, type PullRef, upsertStickyComment } from '../github/sticky-comment.js'
import { readAcceptance } from '../report/acceptance.js'
import type { Report } from '../report/build.js'
import { type CauseSection, commentMarker, extractReport, renderComment } from '../report/markdown.js'
import { shortSha } from '../sha.js'
import type { PullTarget } from '../trigger/event.js'
import { statusFor } from './status.js'
import { renderContext, type Step } from './step.js'

/** The report in memgate's own comment on the PR, or null; a failed read throws (the caller decides). */
export async function readOwnReport(step: Step, pr: PullRef): Promise<Report | null> {
  const comment = await findStickyComment(step.client, pr, commentMarker(step.inputs.statusContext))
  return comment ? ownReport(comment.body) : null
}

/**
 * The report in a comment memgate wrote, with the acceptance it recorded (checkReport hands on no
 * acceptance: only memgate's own comment may carry one).
 */
export function ownReport(body: string): Report | null {
  const report = extractReport(body)
  if (!report) return null
  const accepted = readAcceptance(body)
  if (accepted) report.accepted = accepted
  else delete report.accepted
  return report
}

export interface CommentPost {
  /** Runs per side the comment says were asked for. */
  runs?: number
  /** The run to link (mode report links the measure run). */
  runUrl?: string
  /** What bisect found (or that it runs), shown under the headline. */
  cause?: CauseSection
  /** Create the comment when there is none (never for "skipped"); else only edit. */
  create?: boolean
}

/**
 * Edits memgate's comment, or creates it, after re-reading the PR: a run whose head is no longer the
 * PR's head leaves the comment to the run of the new head. A failure is a warning.
 */
export async function postComment(step: Step, target: PullTarget, report: Report, post: CommentPost = {}): Promise<void> {
  const pr: PullRef = { owner: target.owner, repo: target.repo, pullNumber: target.pullNumber }
  await step.writes.attempt(
    post.cause ? 'update the PR comment with the cause' : 'update the PR comment',
    async () => {
      const current = await readPull(step.client, pr)
      if (current.headSha !== target.headSha) {
        core.info(`The PR's head moved to ${shortSha(current.headSha)}; the comment is left to that run.`)
        return
      }
      const body = renderComment(report, { ...renderContext(step, post.runs, post.runUrl), ...(post.cause ? { cause: post.cause } : {}) })
      // With `comment: on-failure` a verdict whose status is green (a pass) only edits the comment
      // an earlier head's failure left, so no stale red comment stays.
      const green = statusFor(report, step.inputs.failOn).state === 'success'
      const quiet = report.verdict === 'skipped' || (step.inputs.comment === 'on-failure' && green)
      const create = post.create ?? !quiet
      const done = await upsertStickyComment(step.client, pr, commentMarker(step.inputs.statusContext), body, create)
      core.info(`PR comment: ${done}`)
    },
    'comment'
  )
}
