// The pull request itself.
import type { Client } from './client.js'
import type { PullRef } from './sticky-comment.js'

export interface PullState {
  number: number
  headSha: string
  baseSha: string
  state: string
  /** "owner/name" of the head repository; null when the fork was deleted. */
  headRepository: string | null
}

export async function readPull(client: Client, pr: PullRef): Promise<PullState> {
  const { data } = await client.rest.pulls.get({ owner: pr.owner, repo: pr.repo, pull_number: pr.pullNumber })
  return {
    number: data.number,
    headSha: data.head.sha,
    baseSha: data.base.sha,
    state: data.state,
    headRepository: data.head.repo?.full_name ?? null
  }
}
