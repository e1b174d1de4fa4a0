// Commit statuses: the required check a maintainer makes mandatory in branch protection.
import type { Client, Repo } from './client.js'

export type StatusState = 'pending' | 'success' | 'failure' | 'error'

/** GitHub rejects longer descriptions. */
const MAX_DESCRIPTION = 140

export async function setCommitStatus(
  client: Client,
  where: Repo & { sha: string },
  status: { state: StatusState; description: string; context: string; targetUrl?: string }
): Promise<void> {
  const description =
    status.description.length > MAX_DESCRIPTION ? `${status.description.slice(0, MAX_DESCRIPTION - 1)}…` : status.description
  await client.rest.repos.createCommitStatus({
    owner: where.owner,
    repo: where.repo,
    sha: where.sha,
    state: status.state,
    context: status.context,
    description,
    ...(status.targetUrl ? { target_url: status.targetUrl } : {})
  })
}
