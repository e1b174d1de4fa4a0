// The one line that says which permissions refused writes need and where to grant them. Pure but
// for the collector, which a step fills as writes fail and reads once at its end.
//
// A run triggered by Dependabot, or by a PR from a fork, gets a read-only GITHUB_TOKEN unless the
// workflow's `permissions:` raise it (Dependabot's can be raised; a fork's cannot, which is what
// the fork-safe setup is for). memgate's verdict stands without the writes: it is in the job
// summary and the outputs, and the step fails or passes by fail-on.

/** What memgate tried to write. */
export type Write = 'status' | 'comment' | 'reaction' | 'reply' | 'issue' | 'pull'

/** The token permission each write needs (GitHub's names, as `permissions:` spells them). */
export const WRITE_PERMISSION: Record<Write, string> = {
  status: 'statuses: write',
  comment: 'pull-requests: write',
  reaction: 'pull-requests: write',
  reply: 'pull-requests: write',
  issue: 'issues: write',
  pull: 'pull-requests: write'
}

const WHAT: Record<Write, string> = {
  status: 'set the commit status',
  comment: 'write the PR comment',
  reaction: 'react to the command',
  reply: 'reply on the PR',
  issue: 'open the creep issue',
  pull: 'open the rollback pull request'
}

const ORDER: Write[] = ['status', 'comment', 'reply', 'reaction', 'issue', 'pull']

/**
 * A refusal of a write is a 403. (A 404 may be a token that cannot see the repository, but as
 * often a PR or comment that is gone: it stays a warning of its own.)
 */
export function isRefusal(status: number | undefined): boolean {
  return status === 403
}

/**
 * One line naming every refused write, the permissions they need and where to grant them; null
 * when nothing was refused. `fork`: the PR comes from a fork, whose token no workflow can raise.
 */
export function explainRefusals(writes: Iterable<Write>, fork = false): string | null {
  const refused = ORDER.filter((w) => new Set(writes).has(w))
  if (refused.length === 0) return null
  const permissions = [...new Set(refused.map((w) => `\`${WRITE_PERMISSION[w]}\``))]
  const where = fork
    ? 'a PR from a fork always gets a read-only token: use the fork-safe setup (mode: measure, then mode: report on workflow_run; docs/security.md)'
    : 'add it under the job\'s `permissions:` in the workflow (a Dependabot PR\'s token is read-only unless the workflow asks for more; README, "Permissions")'
  return `memgate could not ${join(refused.map((w) => WHAT[w]))}: the token lacks ${join(permissions)}; ${permissions.length > 1 ? where.replace('add it', 'add them') : where}. ${refused.every((w) => w === 'issue' || w === 'pull') ? 'The record and its trend are in the job summary and on the record branch.' : 'The verdict is in the job summary and the outputs.'}`
}

function join(items: string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`
}

/** The writes this step had refused, for the one line at its end. */
export class RefusedWrites {
  private readonly writes = new Set<Write>()

  /** Records `write` when `status` is a refusal; true when it was. */
  note(write: Write, status: number | undefined): boolean {
    if (!isRefusal(status)) return false
    this.writes.add(write)
    return true
  }

  line(fork = false): string | null {
    return explainRefusals(this.writes, fork)
  }
}
