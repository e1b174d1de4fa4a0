// The one line that says which permission a refused write needs and where to grant it. Pure.
//
// A run triggered by Dependabot, or by a PR from a fork, gets a read-only GITHUB_TOKEN unless the
// workflow's `permissions:` raise it (Dependabot's can be raised; a fork's cannot, which is what
// the fork-safe setup is for). memgate's verdict stands without the write: it is in the job
// summary and the outputs, and the step fails or passes by fail-on.

/** What memgate tried to write. */
export type Write = 'status' | 'comment' | 'reaction' | 'reply'

/** The token permission each write needs (GitHub's names, as `permissions:` spells them). */
export const WRITE_PERMISSION: Record<Write, string> = {
  status: 'statuses: write',
  comment: 'pull-requests: write',
  reaction: 'pull-requests: write',
  reply: 'pull-requests: write'
}

const WHAT: Record<Write, string> = {
  status: 'set the commit status',
  comment: 'write the PR comment',
  reaction: 'react to the command',
  reply: 'reply on the PR'
}

/**
 * The sentence for a write GitHub refused with `status` (403, or 404 for a token that may not
 * see the resource); null for other failures, which are not about permissions.
 */
export function explainRefusal(write: Write, status: number | undefined, fork = false): string | null {
  if (status !== 403 && status !== 404) return null
  const where = fork
    ? "a PR from a fork always gets a read-only token: use the fork-safe setup (mode: measure, then mode: report on workflow_run; docs/security.md)"
    : "add it under the job's `permissions:` in the workflow (a Dependabot PR's token is read-only unless they ask for it; see the README, \"Permissions\")"
  return `memgate could not ${WHAT[write]} (HTTP ${status}): the token lacks \`${WRITE_PERMISSION[write]}\`; ${where}.`
}
