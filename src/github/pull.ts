// The pull request itself.
import type { Client } from './client.js'
import type { PullRef } from './sticky-comment.js'

/** The PR's head SHA now: a run whose head is no longer the PR's head must not overwrite the comment. */
export async function readPullHead(client: Client, pr: PullRef): Promise<string> {
  const { data } = await client.rest.pulls.get({ owner: pr.owner, repo: pr.repo, pull_number: pr.pullNumber })
  return data.head.sha
}
