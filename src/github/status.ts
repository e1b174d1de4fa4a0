// Commit statuses: the required check a maintainer makes mandatory in branch protection.
import { redactSecrets } from '../secrets.js'
import type { Client, Repo } from './client.js'
import { request } from './http.js'

export type StatusState = 'pending' | 'success' | 'failure' | 'error'

/** GitHub rejects longer descriptions. */
const MAX_DESCRIPTION = 140

export interface NewStatus {
  state: StatusState
  description: string
  context: string
  targetUrl?: string
}

/** The body of GitHub's create-a-commit-status request. */
function statusBody(status: NewStatus) {
  const text = redactSecrets(status.description)
  const description = text.length > MAX_DESCRIPTION ? `${text.slice(0, MAX_DESCRIPTION - 1)}…` : text
  return { state: status.state, context: status.context, description, ...(status.targetUrl ? { target_url: status.targetUrl } : {}) }
}

export async function setCommitStatus(client: Client, where: Repo & { sha: string }, status: NewStatus): Promise<void> {
  await client.rest.repos.createCommitStatus({ owner: where.owner, repo: where.repo, sha: where.sha, ...statusBody(status) })
}

/**
 * setCommitStatus without Octokit, for the post step: the same request through Node's fetch. The
 * owner, repository and SHA are checked by the caller (the post step's saved state).
 */
export async function sendCommitStatus(token: string, where: Repo & { sha: string }, status: NewStatus): Promise<void> {
  const route = `/repos/${encodeURIComponent(where.owner)}/${encodeURIComponent(where.repo)}/statuses/${encodeURIComponent(where.sha)}`
  await request(token, 'POST', route, statusBody(status))
}

export interface CommitStatus {
  state: StatusState
  description: string
  /** Who set it: the token's login. */
  creator: string | null
}

/** Pages of statuses looked through for the context: a commit with more is not worth the calls. */
const MAX_STATUS_PAGES = 3

/** The latest status of `context` on the commit, or null when it has none. */
export async function readCommitStatus(client: Client, where: Repo & { sha: string }, context: string): Promise<CommitStatus | null> {
  let page = 0
  // GitHub lists a ref's statuses newest first: the first with the context is its current one.
  for await (const { data } of client.paginate.iterator(client.rest.repos.listCommitStatusesForRef, {
    owner: where.owner,
    repo: where.repo,
    ref: where.sha,
    per_page: 100
  })) {
    const found = data.find((s) => s.context === context)
    if (found) return { state: found.state as StatusState, description: found.description ?? '', creator: found.creator?.login ?? null }
    if (++page >= MAX_STATUS_PAGES) break
  }
  return null
}
