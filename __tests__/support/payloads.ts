// Webhook payloads shaped like GitHub's own: the field names, nesting and value forms of the
// payloads GitHub documents (docs.github.com, "Webhook events and payloads"; the examples in
// github/rest-api-description and octokit/webhooks' payload-examples/api.github.com/: pull_request/
// labeled, pull_request/ready_for_review, merge_group/checks_requested, workflow_dispatch). The
// URL and avatar fields memgate never reads are left out; everything it might read is there, with
// the types GitHub sends (numbers as numbers, nullable fields as null).

const OWNER = 'acme'
const REPO = 'service'

export function user(login: string, type: 'User' | 'Bot' | 'Organization' = 'User') {
  return { login, id: 1000 + login.length, node_id: `U_${login}`, type, site_admin: false, html_url: `https://github.com/${login}` }
}

export function repository(fullName = `${OWNER}/${REPO}`, fork = false) {
  const [owner, name] = fullName.split('/') as [string, string]
  return {
    id: 17273051,
    node_id: 'R_kgDOAQeA2w',
    name,
    full_name: fullName,
    private: false,
    owner: user(owner, 'Organization'),
    html_url: `https://github.com/${fullName}`,
    fork,
    url: `https://api.github.com/repos/${fullName}`,
    default_branch: 'main'
  }
}

export function label(name: string) {
  return {
    id: 1362934389,
    node_id: 'LA_kwDO',
    url: `https://api.github.com/repos/${OWNER}/${REPO}/labels/${encodeURIComponent(name)}`,
    name,
    color: 'ededed',
    default: false,
    description: null
  }
}

export interface PullOptions {
  action: string
  number?: number
  baseSha: string
  headSha: string
  /** "owner/name" of the head repository; null for a deleted fork. */
  headRepository?: string | null
  draft?: boolean
  labels?: string[]
  /** The label added or removed, for labeled/unlabeled. */
  label?: string
  sender?: string
  title?: string
  body?: string | null
}

/** A pull_request (or pull_request_target) event. */
export function pullRequestPayload(o: PullOptions) {
  const number = o.number ?? 12
  const headRepository = o.headRepository === undefined ? `${OWNER}/${REPO}` : o.headRepository
  const headOwner = headRepository ? headRepository.split('/')[0]! : 'ghost'
  const sender = o.sender ?? 'octocat'
  return {
    action: o.action,
    number,
    pull_request: {
      url: `https://api.github.com/repos/${OWNER}/${REPO}/pulls/${number}`,
      id: 279147437,
      node_id: 'PR_kwDO',
      html_url: `https://github.com/${OWNER}/${REPO}/pull/${number}`,
      number,
      state: 'open',
      locked: false,
      title: o.title ?? 'Bump event-hub from 1.0.0 to 1.1.0',
      user: user(headOwner),
      body: o.body === undefined ? 'Bumps event-hub.' : o.body,
      created_at: '2026-11-30T15:20:33Z',
      updated_at: '2026-11-30T15:20:35Z',
      closed_at: null,
      merged_at: null,
      merge_commit_sha: 'c4295bd74fb0f4fda03689c3df3f2803b658fd85',
      assignee: null,
      assignees: [],
      requested_reviewers: [],
      requested_teams: [],
      labels: (o.labels ?? []).map(label),
      milestone: null,
      draft: o.draft ?? false,
      head: {
        label: `${headOwner}:bump`,
        ref: 'bump',
        sha: o.headSha,
        user: user(headOwner),
        repo: headRepository ? repository(headRepository, headRepository !== `${OWNER}/${REPO}`) : null
      },
      base: { label: `${OWNER}:main`, ref: 'main', sha: o.baseSha, user: user(OWNER, 'Organization'), repo: repository() },
      author_association: 'CONTRIBUTOR',
      auto_merge: null,
      merged: false,
      mergeable: null,
      rebaseable: null,
      mergeable_state: 'unknown',
      merged_by: null,
      comments: 0,
      review_comments: 0,
      maintainer_can_modify: false,
      commits: 1,
      additions: 2,
      deletions: 2,
      changed_files: 2
    },
    ...(o.label !== undefined ? { label: label(o.label) } : {}),
    repository: repository(),
    organization: { login: OWNER, id: 6811672, node_id: 'O_kgDO' },
    sender: user(sender, sender.endsWith('[bot]') ? 'Bot' : 'User')
  }
}

/** A merge_group event; `headRef` is the queue branch, as GitHub names it. */
export function mergeGroupPayload(o: {
  headSha: string
  baseSha: string
  pullNumber?: number
  branch?: string
  action?: string
  headRef?: string
}) {
  const branch = o.branch ?? 'main'
  return {
    action: o.action ?? 'checks_requested',
    merge_group: {
      head_sha: o.headSha,
      head_ref: o.headRef ?? `refs/heads/gh-readonly-queue/${branch}/pr-${o.pullNumber ?? 12}-${o.baseSha}`,
      base_sha: o.baseSha,
      base_ref: `refs/heads/${branch}`,
      head_commit: {
        id: o.headSha,
        tree_id: '9c0ae2d5a6a9e4dd8d3e6c1f6a4b0e1d2c3b4a59',
        message: `Merge pull request #${o.pullNumber ?? 12} from acme/bump`,
        timestamp: '2026-12-01T09:00:00Z',
        author: { name: 'Octo Cat', email: 'octocat@github.com' },
        committer: { name: 'GitHub', email: 'noreply@github.com' }
      }
    },
    repository: repository(),
    organization: { login: OWNER, id: 6811672, node_id: 'O_kgDO' },
    sender: user('octocat')
  }
}

/** A workflow_dispatch event with the workflow's inputs as GitHub sends them (strings). */
export function workflowDispatchPayload(inputs: Record<string, unknown> | null, sender = 'octocat') {
  return {
    inputs,
    ref: 'refs/heads/main',
    repository: repository(),
    organization: { login: OWNER, id: 6811672, node_id: 'O_kgDO' },
    sender: user(sender),
    workflow: '.github/workflows/memgate-manual.yml'
  }
}
