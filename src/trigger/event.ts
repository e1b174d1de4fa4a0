// Which commits a workflow event asks memgate to measure. Pure: payload in, target out.

export interface Target {
  owner: string
  repo: string
  pullNumber: number
  /** The PR base branch's commit; the measured base is its merge-base with head. */
  baseSha: string
  /** The PR head commit (on pull_request, GITHUB_SHA is GitHub's merge commit, not this). */
  headSha: string
  /** The head lives in another repository. */
  fork: boolean
}

export type Trigger = { kind: 'measure'; target: Target } | { kind: 'ignore'; reason: string }

const MEASURED_ACTIONS = new Set(['opened', 'synchronize', 'reopened', 'ready_for_review'])

interface PullRequestPayload {
  action?: string
  number?: number
  pull_request?: {
    number: number
    base: { sha: string; repo?: { full_name?: string } }
    head: { sha: string; repo?: { full_name?: string } | null }
  }
  repository?: { full_name?: string }
}

/** The target of an event, or why there is nothing to measure. `repository` is "owner/name". */
export function readTrigger(eventName: string, payload: unknown, repository: string): Trigger {
  const [owner, repo] = repository.split('/')
  if (eventName === 'pull_request' || eventName === 'pull_request_target') {
    const event = payload as PullRequestPayload
    const pr = event.pull_request
    if (!pr?.head?.sha || !pr.base?.sha) return { kind: 'ignore', reason: `The ${eventName} payload has no pull_request head and base.` }
    if (event.action && !MEASURED_ACTIONS.has(event.action)) {
      return { kind: 'ignore', reason: `pull_request '${event.action}' changes no code; nothing to measure.` }
    }
    return {
      kind: 'measure',
      target: {
        owner,
        repo,
        pullNumber: pr.number ?? event.number,
        baseSha: pr.base.sha,
        headSha: pr.head.sha,
        fork: Boolean(pr.head.repo?.full_name && pr.base.repo?.full_name && pr.head.repo.full_name !== pr.base.repo.full_name)
      }
    }
  }
  return { kind: 'ignore', reason: `memgate measures pull requests; the '${eventName}' event has none.` }
}
