// Who memgate is on GitHub: the login its token writes comments as. Only comments by that login
// are memgate's; anyone can paste the marker or a report into a comment of their own, and a bot
// (Dependabot, Renovate, another App) is not memgate either.
//
// - A personal access token: GET /user names its user.
// - An installation token (a GitHub App's, and the workflow's GITHUB_TOKEN, which is the GitHub
//   Actions App's): GET /user answers 403, but GraphQL's `viewer` names the App's bot.
// - When neither answers, the workflow token's bot, `github-actions[bot]`, is the one memgate
//   writes as by default.
import type { Client } from './client.js'
import { httpStatus } from './client.js'

export interface Identity {
  login: string
  /** Where the login came from: GET /user, GraphQL viewer, or the workflow token's default. */
  source: 'user' | 'viewer' | 'default'
}

/** The workflow token's bot: `github.token` writes comments as this login. */
export const WORKFLOW_BOT = 'github-actions[bot]'

export async function readIdentity(client: Client): Promise<Identity> {
  try {
    const { data } = await client.rest.users.getAuthenticated()
    if (typeof data.login === 'string' && data.login) return { login: data.login, source: 'user' }
  } catch (error) {
    // 401/403: an installation token; 404: a GitHub Enterprise Server without the endpoint for Apps.
    const status = httpStatus(error)
    if (status !== 401 && status !== 403 && status !== 404) throw error
  }
  try {
    const data = await client.graphql<{ viewer?: { login?: unknown; __typename?: unknown } }>('query { viewer { login __typename } }')
    const login = data.viewer?.login
    if (typeof login === 'string' && login) {
      // REST names a bot `slug[bot]`; GraphQL may give the bare slug.
      const bot = data.viewer?.__typename === 'Bot' && !login.endsWith('[bot]')
      return { login: bot ? `${login}[bot]` : login, source: 'viewer' }
    }
  } catch {
    // A GraphQL refusal leaves the default: memgate runs on the workflow token unless told otherwise.
  }
  return { login: WORKFLOW_BOT, source: 'default' }
}

const identities = new WeakMap<Client, Promise<Identity>>()

/** readIdentity, asked once per client: a step's token does not change who it is. */
export function cachedIdentity(client: Client): Promise<Identity> {
  let identity = identities.get(client)
  if (!identity) {
    identity = readIdentity(client)
    // A failed read is not remembered: the next caller asks again.
    identity.catch(() => identities.delete(client))
    identities.set(client, identity)
  }
  return identity
}

/** Whether a comment's author is memgate. Logins compare case-insensitively, as GitHub's do. */
export function isOwnComment(comment: { user?: { login?: string } | null }, identity: Identity): boolean {
  const login = comment.user?.login
  return typeof login === 'string' && login.toLowerCase() === identity.login.toLowerCase()
}
