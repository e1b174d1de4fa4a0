// memgate's own comments on a PR: the ones its identity wrote, never anyone else's, whatever
// they hold.
import type { Client, Repo } from './client.js'
import { type Identity, isOwnComment } from './identity.js'

export interface PullRef extends Repo {
  pullNumber: number
}

export interface OwnComment {
  id: number
  body: string
  updatedAt: string | null
}

/** Every comment on the PR written by `identity`, oldest first, read through all pages. */
export async function listOwnComments(client: Client, pr: PullRef, identity: Identity): Promise<OwnComment[]> {
  const comments = await client.paginate(client.rest.issues.listComments, {
    owner: pr.owner,
    repo: pr.repo,
    issue_number: pr.pullNumber,
    per_page: 100
  })
  return comments.filter((c) => isOwnComment(c, identity)).map((c) => ({ id: c.id, body: c.body ?? '', updatedAt: c.updated_at ?? null }))
}

/**
 * memgate's comment that starts with `marker` (the first, as the sticky comment is), or null. Only
 * at the start: the login may be the shared `github-actions[bot]`, whose other workflows' comments
 * can quote a PR's text, marker and all.
 */
export async function findOwnComment(client: Client, pr: PullRef, identity: Identity, marker: string): Promise<OwnComment | null> {
  const startsWithMarker = (body: string) => (body.split('\n', 1)[0] ?? '').replace(/\r$/, '') === marker
  return (await listOwnComments(client, pr, identity)).find((c) => startsWithMarker(c.body)) ?? null
}
