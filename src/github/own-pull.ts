// Pull requests memgate opens itself (rollback: pr): from a branch of the repository, found by that
// branch, and only ever its own (opened by memgate's login, with its marker first in the body).
import { redactSecrets } from '../secrets.js'
import type { Client, Repo } from './client.js'
import { cachedIdentity, isOwnComment } from './identity.js'

export interface OwnPull {
  number: number
  head: string
  body: string
}

const startsWith = (body: string | null | undefined, marker: string): boolean =>
  ((body ?? '').split('\n', 1)[0] ?? '').replace(/\r$/, '') === marker

/** memgate's open pull request from `branch`, or null. */
export async function findOwnPull(client: Client, repo: Repo, branch: string, marker: string): Promise<OwnPull | null> {
  const identity = await cachedIdentity(client)
  const pulls = await client.paginate(client.rest.pulls.list, {
    owner: repo.owner,
    repo: repo.repo,
    head: `${repo.owner}:${branch}`,
    state: 'open',
    per_page: 100
  })
  const own = pulls.find((p) => p.head.ref === branch && isOwnComment(p, identity) && startsWith(p.body, marker))
  return own ? { number: own.number, head: own.head.ref, body: own.body ?? '' } : null
}

/** memgate's open pull requests whose branch starts with `prefix`. */
export async function listOwnPulls(client: Client, repo: Repo, prefix: string, marker: string): Promise<OwnPull[]> {
  const identity = await cachedIdentity(client)
  const pulls = await client.paginate(client.rest.pulls.list, { owner: repo.owner, repo: repo.repo, state: 'open', per_page: 100 })
  return pulls
    .filter((p) => p.head.ref.startsWith(prefix) && p.head.repo?.full_name === `${repo.owner}/${repo.repo}`)
    .filter((p) => isOwnComment(p, identity) && startsWith(p.body, marker))
    .map((p) => ({ number: p.number, head: p.head.ref, body: p.body ?? '' }))
}

export async function createPull(
  client: Client,
  repo: Repo,
  pull: { title: string; body: string; head: string; base: string }
): Promise<number> {
  const { data } = await client.rest.pulls.create({ owner: repo.owner, repo: repo.repo, ...pull, body: redactSecrets(pull.body) })
  return data.number
}

export async function updatePull(
  client: Client,
  repo: Repo,
  pullNumber: number,
  change: { title?: string; body?: string; state?: 'open' | 'closed' }
): Promise<void> {
  await client.rest.pulls.update({
    owner: repo.owner,
    repo: repo.repo,
    pull_number: pullNumber,
    ...change,
    ...(change.body !== undefined ? { body: redactSecrets(change.body) } : {})
  })
}
