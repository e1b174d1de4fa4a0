// The pending status between the main step and the `post:` step: the main step records it with
// core.saveState and clears it once a final status is set; the post step (run by the runner after
// the job's steps, whatever happened to them) turns one left behind into an error, so that a
// required check never hangs after a kill, a crash or a timeout.
import * as core from '@actions/core'
import { createClient, httpStatus } from './client.js'
import { setCommitStatus } from './status.js'

/** core.saveState key of the pending status the post step must finish. */
export const PENDING_STATE = 'memgate-pending-status'

export async function finishLeftPending(): Promise<void> {
  const saved = core.getState(PENDING_STATE)
  if (!saved) return
  let where: { owner: string; repo: string; sha: string; targetUrl?: string }
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
