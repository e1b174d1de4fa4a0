// The commit status's lifecycle: pending when a measurement starts, final when its verdict is
// known, an error when the step is cancelled or crashes, and (the `post:` step) an error for a
// pending status a killed step left behind. No status ever stays pending.
import * as core from '@actions/core'
import { createClient, httpStatus, type Client } from '../github/client.js'
import { setCommitStatus, type StatusState } from '../github/status.js'
import type { MemgateReport } from '../report/build.js'
import type { FailingVerdict } from './inputs.js'

/** core.saveState key of the pending status the post step must finish. */
export const PENDING_STATE = 'memgate-pending-status'

export interface StatusTarget {
  owner: string
  repo: string
  sha: string
  targetUrl?: string
}

/** The commit status for a verdict, given fail-on and an acceptance. */
export function statusFor(report: MemgateReport, failOn: readonly string[]): { state: StatusState; description: string } {
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

  /** The final status for a report. True when it was set. */
  async finish(where: StatusTarget, report: MemgateReport): Promise<boolean> {
    const { state, description } = statusFor(report, this.failOn)
    return this.end(where, state, description)
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
    return warnOnFailure(`set the ${state} status`, () =>
      setCommitStatus(this.client, where, { state, description, context: this.context, targetUrl: where.targetUrl })
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

/** Runs a GitHub write; a failure becomes a warning. True when it worked. */
export async function warnOnFailure(what: string, action: () => Promise<unknown>): Promise<boolean> {
  try {
    await action()
    return true
  } catch (error) {
    const status = httpStatus(error)
    const hint = status === 403 ? " — a read-only token (a fork's PR?) cannot write; see docs/security.md" : ''
    core.warning(`Could not ${what}${status ? ` (HTTP ${status})` : ''}: ${(error as Error).message.split('\n')[0]}${hint}`)
    return false
  }
}

/** The post step: turns a pending status the main step left behind into an error. */
export async function finishLeftPending(): Promise<void> {
  const saved = core.getState(PENDING_STATE)
  if (!saved) return
  let where: StatusTarget
  try {
    where = JSON.parse(saved)
  } catch {
    core.warning(`The saved pending status is not JSON: ${saved.slice(0, 80)}`)
    return
  }
  const context = core.getInput('status-context') || 'memgate'
  try {
    await setCommitStatus(createClient(core.getInput('github-token')), where, {
      state: 'error',
      context,
      description: 'memgate did not finish (cancelled, crashed or timed out); see the workflow run',
      targetUrl: where.targetUrl
    })
    core.info(`The pending ${context} status on ${where.sha.slice(0, 7)} is now an error.`)
  } catch (error) {
    core.warning(`Could not end the pending ${context} status on ${where.sha.slice(0, 7)} (HTTP ${httpStatus(error) ?? '?'}).`)
  }
}
