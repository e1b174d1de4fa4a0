// Which commits a workflow event asks memgate to measure. Pure: payload in, target out.
import { parseCommand, type Command } from './command.js'

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

export interface CommandTrigger {
  owner: string
  repo: string
  pullNumber: number
  command: Command
  /** Login of the commenter. */
  user: string
  commentId: number
}

/** workflow_run: the measure workflow finished; its artifact holds the report to post. */
export interface ReportTrigger {
  owner: string
  repo: string
  /** The commit the measure workflow ran on, from GitHub (not from the artifact). */
  headSha: string | null
  /** PRs GitHub associates with that run (empty for a fork's PR). */
  pullNumbers: number[]
  conclusion: string | null
  /** `requested` when the measure workflow starts, `completed` when it is done. */
  action: string | null
  /** The measure run's page, where its artifacts are. */
  runUrl: string | null
}

export type Trigger =
  | { kind: 'measure'; target: Target }
  | { kind: 'command'; command: CommandTrigger }
  | { kind: 'report'; report: ReportTrigger }
  | { kind: 'ignore'; reason: string }

const MEASURED_ACTIONS = new Set(['opened', 'synchronize', 'reopened', 'ready_for_review'])

interface PullRequestPayload {
  action?: string
  number?: number
  pull_request?: {
    number: number
    base: { sha: string; repo?: { full_name?: string } }
    head: { sha: string; repo?: { full_name?: string } | null }
  }
}

interface IssueCommentPayload {
  action?: string
  issue?: { number?: number; pull_request?: unknown }
  comment?: { id?: number; body?: string; user?: { login?: string; type?: string } }
}

interface WorkflowRunPayload {
  action?: string
  workflow_run?: { head_sha?: string; conclusion?: string | null; html_url?: string; pull_requests?: { number?: number }[] }
}

/** The target of an event, or why there is nothing to do. `repository` is "owner/name". */
export function readTrigger(eventName: string, payload: unknown, repository: string): Trigger {
  const [owner, repo] = repository.split('/') as [string, string]
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
  if (eventName === 'issue_comment') return readCommentTrigger(payload as IssueCommentPayload, owner, repo)
  if (eventName === 'workflow_run') {
    const event = payload as WorkflowRunPayload
    const run = event.workflow_run
    return {
      kind: 'report',
      report: {
        owner,
        repo,
        headSha: typeof run?.head_sha === 'string' && /^[0-9a-f]{40}$/.test(run.head_sha) ? run.head_sha : null,
        pullNumbers: (run?.pull_requests ?? []).map((p) => p.number).filter((n): n is number => Number.isInteger(n)),
        conclusion: run?.conclusion ?? null,
        action: event.action ?? null,
        runUrl: typeof run?.html_url === 'string' ? run.html_url : null
      }
    }
  }
  return { kind: 'ignore', reason: `memgate measures pull requests; the '${eventName}' event has none.` }
}

function readCommentTrigger(event: IssueCommentPayload, owner: string, repo: string): Trigger {
  if (event.action !== 'created') return { kind: 'ignore', reason: `Comment ${event.action ?? 'event'}: only new comments are commands.` }
  if (!event.issue?.pull_request || !event.issue.number) return { kind: 'ignore', reason: 'The comment is on an issue, not a pull request.' }
  const user = event.comment?.user
  if (!user?.login || user.type === 'Bot' || user.login.endsWith('[bot]')) {
    return { kind: 'ignore', reason: 'Comments by bots are not commands.' }
  }
  const command = parseCommand(event.comment?.body ?? '')
  if (!command) return { kind: 'ignore', reason: 'The comment is not a /memgate command.' }
  if (!Number.isInteger(event.comment?.id)) return { kind: 'ignore', reason: 'The comment payload has no id.' }
  return {
    kind: 'command',
    command: { owner, repo, pullNumber: event.issue.number, command, user: user.login, commentId: event.comment!.id! }
  }
}
