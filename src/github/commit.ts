// A branch, tag or SHA named by a person, resolved to a commit by GitHub. The checkout of a manual
// run is shallow and holds one branch: the API knows every ref, and the commits it names can then
// be fetched by SHA.
import type { Client, Repo } from './client.js'
import { FULL_SHA } from '../sha.js'

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
