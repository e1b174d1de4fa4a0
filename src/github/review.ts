// Review comments on a PR's diff: where memgate puts a verified fix as a GitHub suggestion, which a
// maintainer applies with one click.
import type { Client } from './client.js'
import type { PullRef } from './sticky-comment.js'

export interface PullFile {
  filename: string
  /** The unified diff of the file; absent for binary or very large files. */
  patch?: string
}

/** The files a PR changes, with their patches (GitHub lists at most 3000). */
export async function listPullFiles(client: Client, pr: PullRef): Promise<PullFile[]> {
  const files = await client.paginate(client.rest.pulls.listFiles, {
    owner: pr.owner,
    repo: pr.repo,
    pull_number: pr.pullNumber,
    per_page: 100
  })
  return files.map((f) => ({ filename: f.filename, patch: f.patch ?? undefined }))
}

/** A review comment on one line of the head's side of the diff; returns its URL. */
export async function commentOnLine(
  client: Client,
  pr: PullRef,
  at: { commitId: string; path: string; line: number },
  body: string
): Promise<string> {
  const { data } = await client.rest.pulls.createReviewComment({
    owner: pr.owner,
    repo: pr.repo,
    pull_number: pr.pullNumber,
    commit_id: at.commitId,
    path: at.path,
    line: at.line,
    side: 'RIGHT',
    body
  })
  return data.html_url
}
