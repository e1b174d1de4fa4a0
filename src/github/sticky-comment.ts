// One comment per PR and status context, found by its hidden marker and edited in place.
import { redactSecrets } from '../secrets.js'
import type { Client } from './client.js'
import { findOwnComment, type PullRef } from './comments.js'
import { cachedIdentity } from './identity.js'

export type { PullRef } from './comments.js'

/**
 * memgate's comment on the PR for this marker: the first that carries it among the comments
 * memgate's own login wrote (src/github/identity.ts). Anyone can paste the marker into a comment,
 * a person or another bot: memgate never edits such a comment, nor reads a report from it.
 */
export async function findStickyComment(client: Client, pr: PullRef, marker: string): Promise<{ id: number; body: string } | null> {
  const found = await findOwnComment(client, pr, await cachedIdentity(client), marker)
  return found ? { id: found.id, body: found.body } : null
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
  body = redactSecrets(body)
  if (existing) {
    await client.rest.issues.updateComment({ owner: pr.owner, repo: pr.repo, comment_id: existing.id, body })
    return 'updated'
  }
  if (!create) return 'none'
  await client.rest.issues.createComment({ owner: pr.owner, repo: pr.repo, issue_number: pr.pullNumber, body })
  return 'created'
}
