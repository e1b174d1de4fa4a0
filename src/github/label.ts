// Who put a label on a PR: the issue events API keeps every `labeled` with its actor. A label's
// presence says nothing about who set it, and only a user with write permission may skip memgate.
import type { Client } from './client.js'
import type { PullRef } from './comments.js'

/**
 * The login that last added `label` (case-insensitive) to the PR, or null when no event says so
 * (the label was never added, or its actor's account is gone).
 */
export async function readLabelSetter(client: Client, pr: PullRef, label: string): Promise<string | null> {
  const events = await client.paginate(client.rest.issues.listEvents, {
    owner: pr.owner,
    repo: pr.repo,
    issue_number: pr.pullNumber,
    per_page: 100
  })
  const wanted = label.toLowerCase()
  let setter: string | null = null
  // Oldest first: the last `labeled` wins, and a later `unlabeled` clears it.
  for (const event of events as { event?: string; label?: { name?: string }; actor?: { login?: string } | null }[]) {
    if (event.label?.name?.toLowerCase() !== wanted) continue
    if (event.event === 'labeled') setter = event.actor?.login ?? null
    else if (event.event === 'unlabeled') setter = null
  }
  return setter
}
