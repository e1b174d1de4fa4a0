// The action's `post:` step and every piece of state the main step saves for it (as checkout's
// state-helper.ts): today one, the pending commit status a killed step would leave behind.
import * as core from '@actions/core'
import { httpStatus } from '../github/http.js'
import { sendCommitStatus } from '../github/status.js'
import { FULL_SHA, shortSha } from '../sha.js'

/** A commit status as the main step sets it and the post step may end it. */
export interface StatusTarget {
  owner: string
  repo: string
  sha: string
  targetUrl?: string
}

/** core.saveState key of the pending status the post step must finish. */
export const PENDING_STATE = 'memgate-pending-status'

/** Records the pending status this step owes: the post step ends it if the step is killed. */
export function savePendingStatus(where: StatusTarget): void {
  core.saveState(PENDING_STATE, JSON.stringify(where))
}

/** The pending status is final: the post step has nothing to end. */
export function clearPendingStatus(): void {
  core.saveState(PENDING_STATE, '')
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
    await sendCommitStatus(core.getInput('github-token'), where, {
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
