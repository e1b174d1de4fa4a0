// A branch, tag or SHA named by a person, resolved to a commit by GitHub. The checkout of a manual
// run is shallow and holds one branch: the API knows every ref, and the commits it names can then
// be fetched by SHA.

import { FULL_SHA } from '../sha.js'
import type { Client, Repo } from './client.js'

/**
 * The commit a person's `ref` names among the repository's own: a full 40-hex SHA, or a branch or
 * tag (`refs/heads/<ref>`, then `refs/tags/<ref>`). Never a short SHA, which GitHub resolves among
 * the whole fork network's commits and which a new commit can be ground to match. Throws the API's
 * error for the last name tried.
 */
export async function resolveOwnRef(client: Client, repo: Repo, ref: string): Promise<string> {
  if (FULL_SHA.test(ref.toLowerCase())) return resolveCommit(client, repo, ref.toLowerCase())
  const names = /^refs\/(heads|tags)\//.test(ref) ? [ref] : [`refs/heads/${ref}`, `refs/tags/${ref}`]
  let last: unknown
  for (const name of names) {
    try {
      return await resolveCommit(client, repo, name)
    } catch (error) {
      last = error
    }
  }
  throw last
}

/**
 * The full SHA of `ref` in the repository (`application/vnd.github.sha`: the SHA alone, not the
 * commit and its diff). Throws the API's error for a ref GitHub does not know (422 or 404).
 */
export async function resolveCommit(client: Client, repo: Repo, ref: string): Promise<string> {
  const { data } = await client.request('GET /repos/{owner}/{repo}/commits/{ref}', {
    owner: repo.owner,
    repo: repo.repo,
    ref,
    headers: { accept: 'application/vnd.github.sha' }
  })
  const sha = (typeof data === 'string' ? data : String(data)).trim()
  if (!FULL_SHA.test(sha)) throw new Error(`GitHub answered ${JSON.stringify(sha.slice(0, 60))} for ${ref}, not a commit SHA`)
  return sha
}
