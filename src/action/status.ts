// The commit status's lifecycle: pending when a measurement starts, final when its verdict is
// known, an error when the step is cancelled or crashes, and (the `post:` step) an error for a
// pending status a killed step left behind. No status ever stays pending.
import * as core from '@actions/core'
import { MemgateError } from '../errors.js'
import { createClient, httpStatus, type Client } from '../github/client.js'
import { RefusedWrites, type Write } from '../github/refusal.js'
import { setCommitStatus, type StatusState } from '../github/status.js'
import type { Report } from '../report/build.js'
import type { FailingVerdict } from './inputs.js'
import { FULL_SHA, shortSha } from '../sha.js'

/** core.saveState key of the pending status the post step must finish. */
export const PENDING_STATE = 'memgate-pending-status'

export interface StatusTarget {
  owner: string
  repo: string
  sha: string
  targetUrl?: string
}

/** The commit status for a verdict, given fail-on and an acceptance. */
export function statusFor(report: Report, failOn: readonly string[]): { state: StatusState; description: string } {
  const first = report.reason.split('\n')[0]
  if (report.verdict === 'error') return { state: 'error', description: `error: ${first}` }
  if (report.accepted && (report.verdict === 'leak' || report.verdict === 'inconclusive')) {
    return { state: 'success', description: `accepted by @${report.accepted.by}: ${report.accepted.reason || report.verdict}` }
  }
  if (report.verdict === 'leak' || report.verdict === 'inconclusive') {
    const failing = failOn.includes(report.verdict)
    return { state: failing ? 'failure' : 'success', description: `${report.verdict}${failing ? '' : ' (not failing: fail-on)'}: ${first}` }
  }
  return { state: 'success', description: `${report.verdict}: ${first}` }
}

/** The statuses one step sets, and the one pending status it has not yet finished. */
export class StatusLifecycle {
  private pending: StatusTarget | null = null
  /** Set once cancelled: the "cancelled" error stays the final word on that commit. */
  private cancelled: StatusTarget | null = null

  constructor(
    private readonly client: Client,
    private readonly context: string,
    private readonly failOn: readonly FailingVerdict[]
  ) {}

  /** Sets `pending` and records it for the post step. True when it was set. */
  async start(where: StatusTarget, description: string): Promise<boolean> {
    if (!(await this.set(where, 'pending', description))) return false
    this.pending = where
    core.saveState(PENDING_STATE, JSON.stringify(where))
    return true
  }

  /**
   * Takes over a pending status another run set (`mode: report`: the `requested` run set it, this
   * `completed` run must end it): from now on it is this step's to end, a crash or cancellation
   * ends it as an error, and so does the post step if this one is killed.
   */
  adopt(where: StatusTarget): void {
    this.pending = where
    core.saveState(PENDING_STATE, JSON.stringify(where))
  }

  /**
   * The final status for a report. True when it was set. A status this step owes (one it set
   * pending, or adopted) that cannot be written fails the step: the check would stay pending.
   */
  async finish(where: StatusTarget, report: Report): Promise<boolean> {
    const { state, description } = statusFor(report, this.failOn)
    const owed = this.pending?.sha === where.sha
    const done = await this.end(where, state, description)
    if (!done && owed) {
      throw new MemgateError(
        `The final ${this.context} status (${state}) could not be written on ${shortSha(where.sha)}; the check would stay pending`
      )
    }
    return done
  }

  /** Ends `where` as an error (a rejected report, a failed read): never left pending. */
  async fail(where: StatusTarget, reason: string): Promise<boolean> {
    return this.end(where, 'error', reason)
  }

  /** Ends this step's pending status as an error, if there is one (crash, cancellation). */
  async cancel(reason: string): Promise<void> {
    const where = this.pending
    if (!where) return
    // Marked first: the step unwinding after the abort must not write a second final status.
    this.cancelled = where
    await this.end(where, 'error', reason, true)
  }

  async set(where: StatusTarget, state: StatusState, description: string): Promise<boolean> {
    return warnOnFailure(
      `set the ${state} status`,
      () => setCommitStatus(this.client, where, { state, description, context: this.context, targetUrl: where.targetUrl }),
      'status'
    )
  }

  private async end(where: StatusTarget, state: StatusState, description: string, cancelling = false): Promise<boolean> {
    if (!cancelling && this.cancelled?.sha === where.sha) return true
    const done = await this.set(where, state, description)
    if (done && this.pending?.sha === where.sha) {
      this.pending = null
      core.saveState(PENDING_STATE, '')
    }
    return done
  }
}

/** The writes GitHub refused during this step: main.ts says which permissions they need, once, at the end. */
export const refusedWrites = new RefusedWrites()

/**
 * Runs a GitHub write; a failure becomes a warning. True when it worked. A refusal (403) of a
 * `write` is only logged here and collected in refusedWrites, for the one line at the end.
 */
export async function warnOnFailure(what: string, action: () => Promise<unknown>, write?: Write): Promise<boolean> {
  try {
    await action()
    return true
  } catch (error) {
    const status = httpStatus(error)
    const message = `Could not ${what}${status ? ` (HTTP ${status})` : ''}: ${(error as Error).message.split('\n')[0]}`
    if (write && refusedWrites.note(write, status)) core.info(message)
    else core.warning(message)
    return false
  }
}

// GitHub's rules for an owner (39 characters, no leading hyphen) and a repository name (100).
const OWNER = /^[A-Za-z0-9][A-Za-z0-9-]{0,38}$/
const REPO = /^[A-Za-z0-9._-]{1,100}$/
// A status context as the input takes it: printable, one line, GitHub's 255 characters.
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what it looks for
const CONTEXT = /^[^\u0000-\u001f\u007f]{1,255}$/

/**
 * The pending status the main step saved, or a one-line reason it is not one this job may end: the
 * state file is the runner's, and a process of the job that could write to it (the soak, were it
 * given GITHUB_STATE; a workflow command in the log) must not choose where the post step writes.
 * It must name this workflow's repository, a 40-hex SHA, and for a target URL a run of that
 * repository. Pure.
 */
export function checkPendingState(saved: string, env: { repository?: string; serverUrl?: string }): StatusTarget | string {
  let data: unknown
  try {
    data = JSON.parse(saved)
  } catch {
    return 'it is not JSON'
  }
  const w = data as Record<string, unknown>
  if (!w || typeof w !== 'object' || Array.isArray(w)) return 'it is not an object'
  if (typeof w.owner !== 'string' || !OWNER.test(w.owner) || typeof w.repo !== 'string' || !REPO.test(w.repo))
    return 'it names no owner/repository'
  const repository = `${w.owner}/${w.repo}`
  if (!env.repository || repository.toLowerCase() !== env.repository.toLowerCase())
    return `it names ${repository}, not this workflow's ${env.repository ?? '(unknown)'}`
  if (typeof w.sha !== 'string' || !FULL_SHA.test(w.sha)) return 'its SHA is not 40 hex characters'
  const where: StatusTarget = { owner: w.owner, repo: w.repo, sha: w.sha }
  if (w.targetUrl !== undefined) {
    const runs = `${(env.serverUrl ?? 'https://github.com').replace(/\/$/, '')}/${repository}/actions/runs/`
    if (typeof w.targetUrl !== 'string' || !w.targetUrl.toLowerCase().startsWith(runs.toLowerCase()) || !/^[\w./:-]+$/.test(w.targetUrl)) {
      return 'its target URL is not a run of this repository'
    }
    where.targetUrl = w.targetUrl
  }
  return where
}

/** The post step: turns a pending status the main step left behind into an error. */
export async function finishLeftPending(): Promise<void> {
  const saved = core.getState(PENDING_STATE)
  if (!saved) return
  const checked = checkPendingState(saved, { repository: process.env.GITHUB_REPOSITORY, serverUrl: process.env.GITHUB_SERVER_URL })
  if (typeof checked === 'string') {
    core.warning(`The saved pending status was not left by memgate's main step (${checked}); nothing was written.`)
    return
  }
  const where = checked
  const context = core.getInput('status-context') || 'memgate'
  if (!CONTEXT.test(context)) {
    core.warning('The status-context input is not one line of up to 255 printable characters; nothing was written.')
    return
  }
  try {
    await setCommitStatus(createClient(core.getInput('github-token')), where, {
      state: 'error',
      context,
      description: 'memgate did not finish (cancelled, crashed or timed out); see the workflow run',
      targetUrl: where.targetUrl
    })
    core.info(`The pending ${context} status on ${shortSha(where.sha)} is now an error.`)
  } catch (error) {
    core.warning(`Could not end the pending ${context} status on ${shortSha(where.sha)} (HTTP ${httpStatus(error) ?? '?'}).`)
  }
}
