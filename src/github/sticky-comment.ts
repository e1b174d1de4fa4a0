// One comment per PR and status context, found by its hidden marker and edited in place.
import type { Client, Repo } from './client.js'

export interface PullRef extends Repo {
  pullNumber: number
}

/** memgate's comment on the PR for this marker: the first comment by a bot that carries it. */
export async function findStickyComment(client: Client, pr: PullRef, marker: string): Promise<{ id: number; body: string } | null> {
  const comments = await client.paginate(client.rest.issues.listComments, {
    owner: pr.owner,
    repo: pr.repo,
    issue_number: pr.pullNumber,
    per_page: 100
  })
  // Anyone can paste the marker into a comment: only a bot's (the workflow token's, or a GitHub
  // App's) counts, so that memgate never edits, or reads a report from, a person's comment.
  const found = comments.find((c) => c.user?.type === 'Bot' && c.body?.includes(marker))
  return found ? { id: found.id, body: found.body ?? '' } : null
}

/**
 * Edits memgate's comment, or creates it when there is none and `create` allows it.
 * Returns what it did.
 */
export async function upsertStickyComment(
  client: Client,
  pr: PullRef,
  marker: string,
  body: string,
  create: boolean
): Promise<'created' | 'updated' | 'none'> {
  const existing = await findStickyComment(client, pr, marker)
  if (existing) {
    await client.rest.issues.updateComment({ owner: pr.owner, repo: pr.repo, comment_id: existing.id, body })
    return 'updated'
  }
  if (!create) return 'none'
  await client.rest.issues.createComment({ owner: pr.owner, repo: pr.repo, issue_number: pr.pullNumber, body })
  return 'created'
}
