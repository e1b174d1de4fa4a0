// Reactions on a command comment: eyes when memgate starts, rocket or confused when it is done.
import { redactSecrets } from '../secrets.js'
import type { Client, Repo } from './client.js'

export type Reaction = 'eyes' | 'rocket' | 'confused' | '+1'

export async function addReaction(client: Client, repo: Repo, commentId: number, content: Reaction): Promise<void> {
  await client.rest.reactions.createForIssueComment({ owner: repo.owner, repo: repo.repo, comment_id: commentId, content })
}

/** A plain reply on the PR (refusals, help): never the sticky comment. */
export async function replyOnPull(client: Client, repo: Repo, pullNumber: number, body: string): Promise<void> {
  await client.rest.issues.createComment({ owner: repo.owner, repo: repo.repo, issue_number: pullNumber, body: redactSecrets(body) })
}
