// memgate's own issues in a repository (creep: issue): found by a marker on the body's first line
// among the issues memgate's login opened, never anyone else's, whatever they hold.
import { redactSecrets } from '../secrets.js'
import type { Client, Repo } from './client.js'
import { cachedIdentity, isOwnComment } from './identity.js'

export interface OwnIssue {
  number: number
  state: 'open' | 'closed'
  body: string
}

/**
 * Every issue (open and closed, newest first) that memgate's login opened with `marker` as the
 * first line of its body. Pull requests, which GitHub lists among issues, are left out.
 */
export async function listOwnIssues(client: Client, repo: Repo, marker: string): Promise<OwnIssue[]> {
  const identity = await cachedIdentity(client)
  const own = (issues: Awaited<ReturnType<typeof listIssues>>): OwnIssue[] =>
    issues
      .filter((issue) => !issue.pull_request && isOwnComment(issue, identity))
      .filter((issue) => ((issue.body ?? '').split('\n', 1)[0] ?? '').replace(/\r$/, '') === marker)
      .map((issue) => ({ number: issue.number, state: issue.state === 'open' ? 'open' : 'closed', body: issue.body ?? '' }))
  const found = own(await listIssues(client, repo, identity.login))
  if (found.length > 0) return found
  // Whether `creator` matches a bot's login (`github-actions[bot]`) is not documented: finding
  // nothing by it, the newest issues are read as well, so that a bot's issue is never opened twice.
  return own(await listIssues(client, repo, undefined, FALLBACK_PAGES))
}

/** Issues read without the creator filter: the newest this many pages of 100. */
const FALLBACK_PAGES = 5

function listIssues(client: Client, repo: Repo, creator: string | undefined, pages = Number.POSITIVE_INFINITY) {
  let page = 0
  return client.paginate(
    client.rest.issues.listForRepo,
    { owner: repo.owner, repo: repo.repo, state: 'all', ...(creator ? { creator } : {}), per_page: 100 },
    (response, done) => {
      if (++page >= pages) done()
      return response.data
    }
  )
}

/** Opens an issue; returns its number. */
export async function createIssue(client: Client, repo: Repo, title: string, body: string): Promise<number> {
  const { data } = await client.rest.issues.create({ owner: repo.owner, repo: repo.repo, title, body: redactSecrets(body) })
  return data.number
}

/** Replaces an issue's title and body. */
export async function updateIssue(client: Client, repo: Repo, issueNumber: number, title: string, body: string): Promise<void> {
  await client.rest.issues.update({ owner: repo.owner, repo: repo.repo, issue_number: issueNumber, title, body: redactSecrets(body) })
}
