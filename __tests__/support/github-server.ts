// A real HTTP server on 127.0.0.1 standing in for the GitHub REST API: the action reaches it
// through GITHUB_API_URL exactly as it reaches api.github.com. It keeps statuses, comments and
// pull requests in memory, paginates like GitHub, and records every request for assertions.
import * as http from 'node:http'
import type { AddressInfo } from 'node:net'

export interface RecordedRequest {
  method: string
  path: string
  authorization?: string
  body: unknown
}

export interface Comment {
  id: number
  body: string
  user: { login: string; type: string }
  /** ISO time; a comment without one reads as created when the server started. */
  created_at?: string
}

export interface Pull {
  headSha: string
  baseSha: string
  headRepository?: string
  draft?: boolean
  labels?: string[]
}

/** One entry of an issue's events (GET /repos/{o}/{r}/issues/{n}/events), oldest first. */
export interface IssueEvent {
  event: string
  actor: { login: string; type?: string } | null
  label?: { name: string }
}

/** An issue as the issues API keeps it (GET/POST/PATCH /repos/{o}/{r}/issues…). */
export interface Issue {
  number: number
  title: string
  body: string
  state: 'open' | 'closed'
  user: { login: string; type: string }
  labels: string[]
}

/** A pull request opened through POST /repos/{o}/{r}/pulls (head is a branch of the repository). */
export interface OpenedPull {
  number: number
  title: string
  body: string
  state: 'open' | 'closed'
  head: string
  base: string
  user: { login: string; type: string }
}

export interface FakeGitHub {
  url: string
  requests: RecordedRequest[]
  statuses: { sha: string; state: string; context: string; description: string; target_url?: string }[]
  comments: Map<number, Comment[]>
  pulls: Map<number, Pull>
  /** Role per login for the collaborator permission API; unknown users are `read`. */
  permissions: Map<string, string>
  reactions: { commentId: number; content: string }[]
  /** Branch and tag names (`main`, `v1.2.0`) → commit SHA, for GET /repos/{o}/{r}/commits/{ref}. */
  refs: Map<string, string>
  /** Issue events per PR number (labeled, unlabeled, …), oldest first. */
  issueEvents: Map<number, IssueEvent[]>
  /** Committer dates (ISO) per commit SHA for GET /repos/{o}/{r}/git/commits/{sha}; unknown SHAs: 2020-01-01. */
  commitDates: Map<string, string>
  /**
   * Who the token is: `user` answers GET /user (a personal access token); otherwise GET /user is
   * refused as for an installation token, and GraphQL's viewer answers with `viewer` (null: refused
   * too). Comments the token creates are written as this identity.
   */
  identity: { user: string | null; viewer: { login: string; typename: string } | null }
  /** Files of a PR as pulls.listFiles gives them (filename, patch), by PR number. */
  pullFiles: Map<number, { filename: string; patch?: string }[]>
  /** Review comments created on PRs' diffs. */
  reviewComments: { pullNumber: number; commit_id: string; path: string; line: number; side: string; body: string }[]
  /** Issues by number (issues and opened pull requests share GitHub's numbers, from 100 here). */
  issues: Map<number, Issue>
  /** Pull requests opened through the API, by number. */
  openedPulls: Map<number, OpenedPull>
  /** false: GET /issues?creator=<a bot's login> finds none of its issues (as GitHub may not match `name[bot]`). */
  issueSearch: { creatorMatchesBots: boolean }
  /**
   * Answer the next `times` requests matching `method path-regex` with this status (and message and
   * headers, e.g. a secondary rate limit).
   */
  failNext(
    method: string,
    path: RegExp,
    status: number,
    times?: number,
    extra?: { message?: string; headers?: Record<string, string> }
  ): void
  close(): Promise<void>
}

const PAGE_DEFAULT = 30

export async function startFakeGitHub(owner = 'acme', repo = 'service'): Promise<FakeGitHub> {
  const requests: RecordedRequest[] = []
  const statuses: FakeGitHub['statuses'] = []
  const comments = new Map<number, Comment[]>()
  const pulls = new Map<number, Pull>()
  const permissions = new Map<string, string>()
  const reactions: FakeGitHub['reactions'] = []
  const issueEvents = new Map<number, IssueEvent[]>()
  const refs = new Map<string, string>()
  const commitDates = new Map<string, string>()
  const started = new Date().toISOString()
  const identity: FakeGitHub['identity'] = { user: null, viewer: { login: 'github-actions', typename: 'Bot' } }
  // What the token's comments are written as: the PAT's user, the App's bot, or the workflow bot.
  const author = () =>
    identity.user
      ? { login: identity.user, type: 'User' }
      : identity.viewer
        ? {
            login:
              identity.viewer.typename === 'Bot' && !identity.viewer.login.endsWith('[bot]')
                ? `${identity.viewer.login}[bot]`
                : identity.viewer.login,
            type: identity.viewer.typename
          }
        : { login: 'github-actions[bot]', type: 'Bot' }
  const pullFiles: FakeGitHub['pullFiles'] = new Map()
  const reviewComments: FakeGitHub['reviewComments'] = []
  const failures: { method: string; path: RegExp; status: number; times: number; message?: string; headers?: Record<string, string> }[] = []
  let nextId = 1000
  const issues = new Map<number, Issue>()
  const openedPulls = new Map<number, OpenedPull>()
  const issueSearch = { creatorMatchesBots: true }
  let nextNumber = 100
  const prefix = `/repos/${owner}/${repo}`

  const server = http.createServer((req, res) => {
    let raw = ''
    req.on('data', (chunk) => (raw += chunk))
    req.on('end', () => {
      const url = new URL(req.url ?? '/', 'http://127.0.0.1')
      const body = raw ? JSON.parse(raw) : undefined
      requests.push({ method: req.method ?? '', path: url.pathname + url.search, authorization: req.headers.authorization, body })
      const send = (status: number, data: unknown, headers: Record<string, string> = {}) => {
        res.writeHead(status, { 'content-type': 'application/json', ...headers })
        res.end(JSON.stringify(data))
      }
      const sendPage = (list: unknown[]) => {
        const perPage = Number(url.searchParams.get('per_page') ?? PAGE_DEFAULT)
        const page = Number(url.searchParams.get('page') ?? 1)
        const last = Math.max(1, Math.ceil(list.length / perPage))
        const headers: Record<string, string> = {}
        if (page < last) {
          const next = new URL(url)
          next.searchParams.set('page', String(page + 1))
          headers.link = `<http://${req.headers.host}${next.pathname}${next.search}>; rel="next"`
        }
        return send(200, list.slice((page - 1) * perPage, page * perPage), headers)
      }
      const failure = failures.find((f) => f.times > 0 && f.method === req.method && f.path.test(url.pathname))
      if (failure) {
        failure.times--
        return send(failure.status, { message: failure.message ?? `injected ${failure.status}` }, failure.headers)
      }
      const p = url.pathname
      let m: RegExpMatchArray | null
      if (req.method === 'POST' && (m = p.match(new RegExp(`^${prefix}/statuses/([0-9a-f]{40})$`)))) {
        statuses.push({ sha: m[1], ...body })
        return send(201, { id: nextId++, ...body })
      }
      if ((m = p.match(new RegExp(`^${prefix}/issues$`)))) {
        if (req.method === 'GET') {
          const state = url.searchParams.get('state') ?? 'open'
          const creator = url.searchParams.get('creator')
          const labels = (url.searchParams.get('labels') ?? '').split(',').filter(Boolean)
          // GitHub lists pull requests among issues, marked with `pull_request`; newest first.
          const all = [
            ...[...issues.values()].map((i) => ({ ...i, labels: i.labels.map((name) => ({ name })) })),
            ...[...openedPulls.values()].map((pr) => ({
              number: pr.number,
              title: pr.title,
              body: pr.body,
              state: pr.state,
              user: pr.user,
              labels: [],
              pull_request: { url: `http://${req.headers.host}${prefix}/pulls/${pr.number}` }
            }))
          ]
          const list = all
            .filter((i) => state === 'all' || i.state === state)
            .filter(
              (i) =>
                !creator ||
                (i.user.login.toLowerCase() === creator.toLowerCase() && (issueSearch.creatorMatchesBots || !creator.endsWith('[bot]')))
            )
            .filter((i) => labels.every((l) => i.labels.some((x) => x.name === l)))
            .sort((a, b) => b.number - a.number)
          return sendPage(list)
        }
        if (req.method === 'POST') {
          if (typeof body?.title !== 'string' || !body.title) return send(422, { message: 'title is missing' })
          if (typeof body?.body === 'string' && body.body.length > 65536)
            return send(422, { message: 'body is too long (maximum is 65536 characters)' })
          const issue: Issue = {
            number: nextNumber++,
            title: body.title,
            body: body.body ?? '',
            state: 'open',
            user: author(),
            labels: body.labels ?? []
          }
          issues.set(issue.number, issue)
          return send(201, {
            ...issue,
            labels: issue.labels.map((name) => ({ name })),
            html_url: `https://github.com/${owner}/${repo}/issues/${issue.number}`
          })
        }
      }
      if (req.method === 'PATCH' && (m = p.match(new RegExp(`^${prefix}/issues/(\\d+)$`)))) {
        const issue = issues.get(Number(m[1]))
        if (!issue) return send(404, { message: 'Not Found' })
        if (typeof body?.body === 'string' && body.body.length > 65536)
          return send(422, { message: 'body is too long (maximum is 65536 characters)' })
        if (typeof body?.title === 'string') issue.title = body.title
        if (typeof body?.body === 'string') issue.body = body.body
        if (body?.state === 'open' || body?.state === 'closed') issue.state = body.state
        return send(200, { ...issue, labels: issue.labels.map((name) => ({ name })) })
      }
      if ((m = p.match(new RegExp(`^${prefix}/pulls$`)))) {
        const shape = (pr: OpenedPull) => ({
          number: pr.number,
          title: pr.title,
          body: pr.body,
          state: pr.state,
          user: pr.user,
          html_url: `https://github.com/${owner}/${repo}/pull/${pr.number}`,
          head: { ref: pr.head, label: `${owner}:${pr.head}`, repo: { full_name: `${owner}/${repo}` } },
          base: { ref: pr.base, repo: { full_name: `${owner}/${repo}` } }
        })
        if (req.method === 'GET') {
          const state = url.searchParams.get('state') ?? 'open'
          const head = url.searchParams.get('head')
          const list = [...openedPulls.values()]
            .filter((pr) => state === 'all' || pr.state === state)
            .filter((pr) => !head || head === `${owner}:${pr.head}`)
            .sort((a, b) => b.number - a.number)
          return sendPage(list.map(shape))
        }
        if (req.method === 'POST') {
          if (typeof body?.head !== 'string' || typeof body?.base !== 'string' || typeof body?.title !== 'string')
            return send(422, { message: 'head, base and title are required' })
          if ([...openedPulls.values()].some((pr) => pr.state === 'open' && pr.head === body.head && pr.base === body.base))
            return send(422, { message: `A pull request already exists for ${owner}:${body.head}.` })
          const pr: OpenedPull = {
            number: nextNumber++,
            title: body.title,
            body: body.body ?? '',
            state: 'open',
            head: body.head,
            base: body.base,
            user: author()
          }
          openedPulls.set(pr.number, pr)
          return send(201, shape(pr))
        }
      }
      if (req.method === 'PATCH' && (m = p.match(new RegExp(`^${prefix}/pulls/(\\d+)$`)))) {
        const pr = openedPulls.get(Number(m[1]))
        if (!pr) return send(404, { message: 'Not Found' })
        if (typeof body?.title === 'string') pr.title = body.title
        if (typeof body?.body === 'string') pr.body = body.body
        if (body?.state === 'open' || body?.state === 'closed') pr.state = body.state
        return send(200, { number: pr.number, state: pr.state, title: pr.title, body: pr.body })
      }
      if ((m = p.match(new RegExp(`^${prefix}/issues/(\\d+)/comments$`)))) {
        const list = comments.get(Number(m[1])) ?? []
        comments.set(Number(m[1]), list)
        if (req.method === 'GET') {
          const perPage = Number(url.searchParams.get('per_page') ?? PAGE_DEFAULT)
          const page = Number(url.searchParams.get('page') ?? 1)
          const last = Math.max(1, Math.ceil(list.length / perPage))
          const headers: Record<string, string> = {}
          if (page < last) {
            const next = new URL(url)
            next.searchParams.set('page', String(page + 1))
            headers.link = `<http://${req.headers.host}${next.pathname}${next.search}>; rel="next"`
          }
          return send(200, list.slice((page - 1) * perPage, page * perPage), headers)
        }
        if (req.method === 'POST') {
          if (typeof body?.body !== 'string' || body.body.length > 65536)
            return send(422, { message: 'body is too long (maximum is 65536 characters)' })
          const comment = { id: nextId++, body: body.body, user: author(), created_at: new Date().toISOString() }
          list.push(comment)
          return send(201, comment)
        }
      }
      if (req.method === 'PATCH' && (m = p.match(new RegExp(`^${prefix}/issues/comments/(\\d+)$`)))) {
        for (const list of comments.values()) {
          const comment = list.find((c) => c.id === Number(m![1]))
          if (comment) {
            if (typeof body?.body !== 'string' || body.body.length > 65536)
              return send(422, { message: 'body is too long (maximum is 65536 characters)' })
            comment.body = body.body
            return send(200, comment)
          }
        }
        return send(404, { message: 'Not Found' })
      }
      if (req.method === 'GET' && (m = p.match(new RegExp(`^${prefix}/issues/comments/(\\d+)$`)))) {
        for (const [number, list] of comments) {
          const comment = list.find((c) => c.id === Number(m![1]))
          if (comment)
            return send(200, {
              ...comment,
              created_at: comment.created_at ?? started,
              issue_url: `http://${req.headers.host}${prefix}/issues/${number}`
            })
        }
        return send(404, { message: 'Not Found' })
      }
      if (req.method === 'GET' && (m = p.match(new RegExp(`^${prefix}/git/commits/([0-9a-f]{40})$`)))) {
        const date = commitDates.get(m[1]!) ?? '2020-01-01T00:00:00Z'
        const who = { name: 'Someone', email: 'someone@example.com', date }
        return send(200, { sha: m[1], author: who, committer: who, message: 'x', tree: { sha: '0'.repeat(40) }, parents: [] })
      }
      if (req.method === 'GET' && (m = p.match(new RegExp(`^${prefix}/pulls/(\\d+)$`)))) {
        const pull = pulls.get(Number(m[1]))
        if (!pull) return send(404, { message: 'Not Found' })
        return send(200, {
          number: Number(m[1]),
          state: 'open',
          draft: pull.draft ?? false,
          labels: (pull.labels ?? []).map((name) => ({ name })),
          head: { sha: pull.headSha, repo: { full_name: pull.headRepository ?? `${owner}/${repo}` } },
          base: { sha: pull.baseSha, repo: { full_name: `${owner}/${repo}` } }
        })
      }
      if (req.method === 'GET' && p === '/user') {
        if (!identity.user) return send(403, { message: 'Resource not accessible by integration' })
        return send(200, { login: identity.user, type: 'User' })
      }
      if (req.method === 'POST' && p === '/graphql') {
        if (!identity.viewer || !/viewer/.test(body?.query ?? '')) return send(403, { message: 'Resource not accessible by integration' })
        return send(200, { data: { viewer: { login: identity.viewer.login, __typename: identity.viewer.typename } } })
      }
      if (req.method === 'GET' && (m = p.match(new RegExp(`^${prefix}/issues/(\\d+)/events$`)))) {
        return sendPage(issueEvents.get(Number(m[1])) ?? [])
      }
      if (req.method === 'GET' && (m = p.match(new RegExp(`^${prefix}/commits/([^/]+(?:/[^/]+)*)$`))) && !p.endsWith('/statuses')) {
        const ref = decodeURIComponent(m[1]!)
        const sha = /^[0-9a-f]{40}$/.test(ref) ? ref : refs.get(ref.replace(/^refs\/(heads|tags)\//, ''))
        if (!sha) return send(422, { message: `No commit found for SHA: ${ref}` })
        if (req.headers.accept === 'application/vnd.github.sha') {
          res.writeHead(200, { 'content-type': 'application/vnd.github.sha; charset=utf-8' })
          return res.end(sha)
        }
        return send(200, { sha, commit: { message: 'x' }, files: [] })
      }
      if (req.method === 'GET' && (m = p.match(new RegExp(`^${prefix}/commits/([0-9a-f]{40})/statuses$`)))) {
        // Newest first, as GitHub lists them.
        const list = statuses
          .filter((s) => s.sha === m![1])
          .map((s, i) => ({
            id: i + 1,
            state: s.state,
            context: s.context,
            description: s.description,
            target_url: s.target_url ?? null,
            creator: { login: author().login }
          }))
          .reverse()
        return sendPage(list)
      }
      if (req.method === 'GET' && (m = p.match(new RegExp(`^${prefix}/pulls/(\\d+)/files$`)))) {
        return send(
          200,
          (pullFiles.get(Number(m[1])) ?? []).map((f) => ({ sha: '0'.repeat(40), status: 'modified', ...f }))
        )
      }
      if (req.method === 'POST' && (m = p.match(new RegExp(`^${prefix}/pulls/(\\d+)/comments$`)))) {
        const id = nextId++
        reviewComments.push({ pullNumber: Number(m[1]), ...body })
        return send(201, { id, ...body, html_url: `https://github.com/${owner}/${repo}/pull/${m[1]}#discussion_r${id}` })
      }
      if (req.method === 'GET' && (m = p.match(new RegExp(`^${prefix}/collaborators/([^/]+)/permission$`)))) {
        const role = permissions.get(decodeURIComponent(m[1]!)) ?? 'read'
        // GitHub folds maintain into write and triage into read in `permission`; role_name keeps them.
        const permission = role === 'maintain' ? 'write' : role === 'triage' ? 'read' : role
        return send(200, { permission, role_name: role, user: { login: decodeURIComponent(m[1]!) } })
      }
      if (req.method === 'POST' && (m = p.match(new RegExp(`^${prefix}/issues/comments/(\\d+)/reactions$`)))) {
        reactions.push({ commentId: Number(m[1]), content: body.content })
        return send(201, { id: nextId++, content: body.content })
      }
      send(404, { message: `Not Found: ${req.method} ${p}` })
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    statuses,
    comments,
    pulls,
    permissions,
    reactions,
    issueEvents,
    commitDates,
    refs,
    identity,
    pullFiles,
    reviewComments,
    issues,
    openedPulls,
    issueSearch,
    failNext(method, path, status, times = 1, extra = {}) {
      failures.push({ method, path, status, times, ...extra })
    },
    close: () => new Promise((resolve) => server.close(() => resolve()))
  }
}

/** Adds `count` comments by other users, so that memgate's must be found past the first page. */
export function seedComments(github: FakeGitHub, pullNumber: number, count: number): void {
  const list = github.comments.get(pullNumber) ?? []
  for (let i = 0; i < count; i++) list.push({ id: 1 + i, body: `looks good ${i}`, user: { login: `reviewer${i}`, type: 'User' } })
  github.comments.set(pullNumber, list)
}
