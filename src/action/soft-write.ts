// The soft-write policy: a GitHub write that fails is a warning, never the step's failure (the
// verdict stands in the summary and the outputs). A refusal (403) is collected instead, for the one
// line at the end that names the permissions to grant. One per step: a field of the step, so two
// steps in one process (the tests) never share their refusals.
import * as core from '@actions/core'
import { httpStatus } from '../github/client.js'
import { RefusedWrites, type Write } from '../github/refusal.js'

export class SoftWrites {
  private readonly refused = new RefusedWrites()

  /**
   * Runs a GitHub write; a failure becomes a warning. True when it worked. A refusal of a `write`
   * is only logged here and collected, for line().
   */
  async attempt(what: string, action: () => Promise<unknown>, write?: Write): Promise<boolean> {
    try {
      await action()
      return true
    } catch (error) {
      const status = httpStatus(error)
      const message = `Could not ${what}${status ? ` (HTTP ${status})` : ''}: ${(error as Error).message.split('\n')[0]}`
      if (write && this.refused.note(write, status)) core.info(message)
      else core.warning(message)
      return false
    }
  }

  /** The one line naming the refused writes and their permissions; null when none was refused. */
  line(fork: boolean): string | null {
    return this.refused.line(fork)
  }
}
