// Which commits a workflow event asks memgate to measure. Pure: payload in, trigger out.
//
// Payload shapes are GitHub's webhook payloads (docs.github.com "Webhook events and payloads";
// examples in github/rest-api-description and octokit/webhooks' payload-examples). Only the fields
// named in the interfaces below are read; everything else may change without notice.

import { FULL_SHA, shortSha } from '../sha.js'
import { type DispatchTrigger, readDispatch } from './dispatch.js'
import { type MergeGroupTrigger, readMergeGroup } from './merge-group.js'
import { DEFAULT_TRIGGER_OPTIONS, type TriggerOptions } from './options.js'
import { type Command, parseCommand } from './slash-command.js'

export type { DispatchTrigger } from './dispatch.js'
export type { MergeGroupTrigger } from './merge-group.js'
export type { TriggerOptions } from './options.js'

/** The pull request a run measures, and the two commits it is measured at. */
export interface PullTarget {
  owner: string
  repo: string
  pullNumber: number
  /** The PR base branch's commit; the measured base is its merge-base with head. */
  baseSha: string
  /** The PR head commit (on pull_request, GITHUB_SHA is GitHub's merge commit, not this). */
  headSha: string
  /** The head lives in another repository, or in one GitHub no longer knows (a deleted fork). */
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

/**
 * A pull_request event that reaches the head's status. The action decides in this order: a draft
 * that `skip-drafts` skips gets success "draft: not measured"; the skip label, when a user with
 * write permission set it, gets success "skipped by label"; otherwise the head is measured, or
 * with `refresh` only when the head's status is missing, pending or an error.
 */
export interface MeasureTrigger {
  kind: 'measure'
  target: PullTarget
  /** The PR is a draft and `skip-drafts` is on. */
  draft?: true
  /**
   * The skip label is on the PR. `setBy` is the login that just added it (a `labeled` event), or
   * null when the event does not say (the action reads the PR's issue events to find out).
   */
  skipLabel?: { name: string; setBy: string | null }
  /**
   * The event changes no code (another label came or went, or the skip label was added by someone
   * whose permission does not count): the head's finished status stands. A `labeled` run in the
   * same concurrency group may have cancelled a measurement, though, so a head whose status is
   * missing, pending or an error is measured again: a required check is never left stale.
   */
  refresh?: true
}

export type Trigger =
  | MeasureTrigger
  | { kind: 'command'; command: CommandTrigger }
  | { kind: 'report'; report: ReportTrigger }
  | { kind: 'merge-group'; group: MergeGroupTrigger }
  | { kind: 'dispatch'; dispatch: DispatchTrigger }
  /** An event memgate must not act on as asked (a fork's head on pull_request_target): say why. */
  | { kind: 'refuse'; target: PullTarget; reason: string }
  /** The event asks for something malformed (workflow_dispatch inputs): the step fails with the reason. */
  | { kind: 'invalid'; reason: string }
  | { kind: 'ignore'; reason: string }

/** Actions that put new code on the PR's head, or make a draft ready. */
const MEASURED_ACTIONS = new Set(['opened', 'synchronize', 'reopened', 'ready_for_review'])
const LABEL_ACTIONS = new Set(['labeled', 'unlabeled'])
/** GitHub's owner and repository names; anything else is not printed (the reason reaches markdown). */
const REPOSITORY_NAME = /^[A-Za-z0-9-]{1,39}\/[A-Za-z0-9._-]{1,100}$/

interface RepoRef {
  full_name?: string
}

interface PullRequestPayload {
  action?: string
  number?: number
  label?: { name?: string }
  sender?: { login?: string }
  pull_request?: {
    number?: number
    draft?: boolean
    labels?: { name?: string }[]
    base?: { sha?: string; repo?: RepoRef | null }
    head?: { sha?: string; label?: string; repo?: RepoRef | null }
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

/**
 * The trigger of an event, or why there is nothing to do. `repository` is "owner/name" (from
 * GITHUB_REPOSITORY). Never throws: a malformed payload is `ignore` or `invalid` with a reason.
 */
export function readTrigger(
  eventName: string,
  payload: unknown,
  repository: string,
  options: TriggerOptions = DEFAULT_TRIGGER_OPTIONS
): Trigger {
  const [owner, repo] = repository.split('/') as [string, string]
  const event = (payload && typeof payload === 'object' ? payload : {}) as Record<string, unknown>
  switch (eventName) {
    case 'pull_request':
    case 'pull_request_target':
      return readPullRequestTrigger(eventName, event as PullRequestPayload, owner, repo, options)
    case 'issue_comment':
      return readCommentTrigger(event as IssueCommentPayload, owner, repo)
    case 'workflow_run':
      return readReportTrigger(event as WorkflowRunPayload, owner, repo)
    case 'merge_group':
      return readMergeGroup(event, owner, repo)
    case 'workflow_dispatch':
      return readDispatch(event, owner, repo)
    default:
      return { kind: 'ignore', reason: `memgate measures pull requests; the '${eventName}' event has none.` }
  }
}

function readPullRequestTrigger(
  eventName: string,
  event: PullRequestPayload,
  owner: string,
  repo: string,
  options: TriggerOptions
): Trigger {
  const pr = event.pull_request
  const headSha = pr?.head?.sha
  const baseSha = pr?.base?.sha
  const pullNumber = pr?.number ?? event.number
  if (
    typeof headSha !== 'string' ||
    !FULL_SHA.test(headSha) ||
    typeof baseSha !== 'string' ||
    !FULL_SHA.test(baseSha) ||
    !Number.isInteger(pullNumber)
  ) {
    return { kind: 'ignore', reason: `The ${eventName} payload has no pull_request number, head and base.` }
  }
  const action = event.action ?? 'synchronize'
  if (!MEASURED_ACTIONS.has(action) && !LABEL_ACTIONS.has(action)) {
    return { kind: 'ignore', reason: `${eventName} '${action}' changes neither the code nor memgate's labels; nothing to measure.` }
  }
  const baseRepository = pr?.base?.repo?.full_name ?? `${owner}/${repo}`
  const headRepository = pr?.head?.repo?.full_name
  const target: PullTarget = {
    owner,
    repo,
    pullNumber: pullNumber as number,
    baseSha,
    headSha,
    // A deleted fork has no head repo: unknown is not ours.
    fork: !headRepository || headRepository.toLowerCase() !== baseRepository.toLowerCase()
  }
  if (eventName === 'pull_request_target' && target.fork) {
    return {
      kind: 'refuse',
      target,
      reason:
        `pull_request_target runs with a write token and the repository's secrets, so memgate does not install or run the head of a fork ` +
        `(${!headRepository ? 'a deleted repository' : REPOSITORY_NAME.test(headRepository) ? headRepository : 'another repository'} at ${shortSha(headSha)}). ` +
        'Measure pull requests from forks with the fork-safe setup: mode: measure on pull_request and mode: report on workflow_run (docs/security.md).'
    }
  }

  const trigger: MeasureTrigger = { kind: 'measure', target }
  if (pr?.draft === true && options.skipDrafts) trigger.draft = true
  const skipLabel = options.skipLabel.toLowerCase()
  const isSkipLabel = (name: unknown) => skipLabel !== '' && typeof name === 'string' && name.toLowerCase() === skipLabel
  const labelled = (pr?.labels ?? []).some((l) => isSkipLabel(l?.name))
  if (action === 'labeled' || action === 'unlabeled') {
    const name = event.label?.name
    if (action === 'labeled' && isSkipLabel(name)) {
      // The payload's labels already hold the new label; who added it is the event's sender.
      const setBy = typeof event.sender?.login === 'string' ? event.sender.login : null
      trigger.skipLabel = { name: options.skipLabel, setBy }
      // Should that user's permission not count, the head's status stands unless stale.
      trigger.refresh = true
      return trigger
    }
    // Removing the skip label measures again; any other label leaves a finished status alone.
    if (!(action === 'unlabeled' && isSkipLabel(name))) trigger.refresh = true
  }
  if (labelled && !(action === 'unlabeled' && isSkipLabel(event.label?.name))) {
    trigger.skipLabel = { name: options.skipLabel, setBy: null }
  }
  return trigger
}

function readCommentTrigger(event: IssueCommentPayload, owner: string, repo: string): Trigger {
  if (event.action !== 'created') return { kind: 'ignore', reason: `Comment ${event.action ?? 'event'}: only new comments are commands.` }
  if (!event.issue?.pull_request || !event.issue.number)
    return { kind: 'ignore', reason: 'The comment is on an issue, not a pull request.' }
  const user = event.comment?.user
  if (!user?.login || user.type === 'Bot' || user.login.endsWith('[bot]')) {
    return { kind: 'ignore', reason: 'Comments by bots are not commands.' }
  }
  const command = parseCommand(event.comment?.body ?? '')
  if (!command) return { kind: 'ignore', reason: 'The comment is not a /memgate command.' }
  const commentId = event.comment?.id
  if (typeof commentId !== 'number' || !Number.isInteger(commentId)) return { kind: 'ignore', reason: 'The comment payload has no id.' }
  return {
    kind: 'command',
    command: { owner, repo, pullNumber: event.issue.number, command, user: user.login, commentId }
  }
}

function readReportTrigger(event: WorkflowRunPayload, owner: string, repo: string): Trigger {
  const run = event.workflow_run
  return {
    kind: 'report',
    report: {
      owner,
      repo,
      headSha: typeof run?.head_sha === 'string' && FULL_SHA.test(run.head_sha) ? run.head_sha : null,
      pullNumbers: (run?.pull_requests ?? []).map((p) => p.number).filter((n): n is number => Number.isInteger(n)),
      conclusion: run?.conclusion ?? null,
      action: event.action ?? null,
      runUrl: typeof run?.html_url === 'string' ? run.html_url : null
    }
  }
}
