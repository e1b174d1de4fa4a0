// The commit status's lifecycle: pending when a measurement starts, final when its verdict is
// known, an error when the step is cancelled or crashes; the `post:` step (post.ts) ends as an error
// a pending status a killed step left behind. No status ever stays pending.
import { MemgateError } from '../errors.js'
import type { Client } from '../github/client.js'
import { type StatusState, setCommitStatus } from '../github/status.js'
import type { Report } from '../report/build.js'
import { statusDescription } from '../report/headline.js'
import { shortSha } from '../sha.js'
import type { FailingVerdict } from './inputs.js'
import { clearPendingStatus, type StatusTarget, savePendingStatus } from './post.js'
import type { SoftWrites } from './soft-write.js'

export type { StatusTarget } from './post.js'

/**
 * The commit status for a verdict, given fail-on and an acceptance: the description leads with
 * the package and the effect (report/headline.ts), within GitHub's 140 characters.
 */
export function statusFor(report: Report, failOn: readonly string[]): { state: StatusState; description: string } {
  if (report.verdict === 'error') return { state: 'error', description: statusDescription(report) }
  if (report.accepted && (report.verdict === 'leak' || report.verdict === 'inconclusive')) {
    return { state: 'success', description: `accepted by @${report.accepted.by}: ${report.accepted.reason || report.verdict}` }
  }
  if (report.verdict === 'leak' || report.verdict === 'inconclusive') {
    const failing = failOn.includes(report.verdict)
    const description = statusDescription(report)
    return {
      state: failing ? 'failure' : 'success',
      description: failing ? description : description.replace(/^(\w+):/, '$1 (not failing: fail-on):')
    }
  }
  return { state: 'success', description: statusDescription(report) }
}

/** The statuses one step sets, and the one pending status it has not yet finished. */
export class StatusLifecycle {
  private pending: StatusTarget | null = null
  /** Set once cancelled: the "cancelled" error stays the final word on that commit. */
  private cancelled: StatusTarget | null = null

  constructor(
    private readonly client: Client,
    private readonly context: string,
    private readonly failOn: readonly FailingVerdict[],
    private readonly writes: SoftWrites
  ) {}

  /** Sets `pending` and records it for the post step. True when it was set. */
  async start(where: StatusTarget, description: string): Promise<boolean> {
    if (!(await this.set(where, 'pending', description))) return false
    this.pending = where
    savePendingStatus(where)
    return true
  }

  /**
   * Takes over a pending status another run set (`mode: report`: the `requested` run set it, this
   * `completed` run must end it): from now on it is this step's to end, a crash or cancellation
   * ends it as an error, and so does the post step if this one is killed.
   */
  adopt(where: StatusTarget): void {
    this.pending = where
    savePendingStatus(where)
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
    return this.writes.attempt(
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
      clearPendingStatus()
    }
    return done
  }
}
