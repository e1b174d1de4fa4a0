// What the post step needs of GitHub's REST API without Octokit and its HTTP stack (about 1 MB
// of bundle that the post: step would load to send one request): Node's own fetch, GITHUB_API_URL
// and the token, and errors that carry their HTTP status as Octokit's do.

/** The HTTP status of an Octokit or `request` error, if it has one. */
export function httpStatus(error: unknown): number | undefined {
  const status = (error as { status?: unknown } | null)?.status
  return typeof status === 'number' ? status : undefined
}

/** GitHub answered with a status that is not a success. */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    route: string
  ) {
    super(`${route}: HTTP ${status}`)
  }
}

/** Tries of one request answered 5xx or not at all, as the Octokit client's retry plugin does. */
const TRIES = 3
/** A request GitHub has not answered in this long is abandoned (ms). */
const REQUEST_TIMEOUT = 30_000

/**
 * One JSON request to GitHub's REST API at GITHUB_API_URL (GitHub Enterprise, a test's loopback
 * server) as getOctokit sends it: `token` authorization, GitHub's media type, a user agent.
 */
export async function request(token: string, method: string, route: string, body: unknown): Promise<unknown> {
  const base = (process.env.GITHUB_API_URL || 'https://api.github.com').replace(/\/+$/, '')
  let last: unknown
  for (let attempt = 1; attempt <= TRIES; attempt++) {
    if (attempt > 1) await new Promise((resolve) => setTimeout(resolve, 1000 * (attempt - 1)))
    let response: Response
    try {
      response = await fetch(`${base}${route}`, {
        method,
        headers: {
          accept: 'application/vnd.github+json',
          'content-type': 'application/json; charset=utf-8',
          'user-agent': 'memgate',
          'x-github-api-version': '2022-11-28',
          ...(token ? { authorization: `token ${token}` } : {})
        },
        body: JSON.stringify(body),
        signal: AbortSignal.timeout(REQUEST_TIMEOUT)
      })
    } catch (error) {
      last = error
      continue
    }
    const text = await response.text()
    if (response.ok) return text ? JSON.parse(text) : null
    last = new HttpError(response.status, `${method} ${route}`)
    if (response.status < 500) break
  }
  throw last
}
