// The one Octokit. getOctokit reads GITHUB_API_URL, so a GitHub Enterprise server or a test's
// loopback stand-in is reached exactly as github.com is. The retry plugin retries 5xx answers; the
// throttling plugin waits out primary and secondary rate limits. 403 (a fork's read-only token) and
// 404 are never retried: the caller turns them into a warning.
import * as core from '@actions/core'
import { getOctokit } from '@actions/github'
import { retry } from '@octokit/plugin-retry'
import { throttling } from '@octokit/plugin-throttling'

export type Client = ReturnType<typeof getOctokit>

export interface Repo {
  owner: string
  repo: string
}

/** Retries of one request after a rate limit; more would outlast a job's patience. */
const RATE_LIMIT_RETRIES = 2
/** A rate limit reset further away than this is not waited for (seconds). */
const MAX_RATE_LIMIT_WAIT = 120

export function createClient(token: string): Client {
  const onLimit =
    (kind: string) => (retryAfter: number, options: { method?: string; url?: string }, _octokit: unknown, retryCount: number) => {
      const wait = retryCount < RATE_LIMIT_RETRIES && retryAfter <= MAX_RATE_LIMIT_WAIT
      core.info(`GitHub ${kind} rate limit on ${options.method} ${options.url}${wait ? `; retrying in ${retryAfter} s` : ''}`)
      return wait
    }
  return getOctokit(
    token,
    {
      retry: { retries: 3 },
      throttle: { onRateLimit: onLimit('primary'), onSecondaryRateLimit: onLimit('secondary') }
    },
    retry,
    throttling
  ) as Client
}

// Defined in http.ts, which the post step's bundle reaches without Octokit.
export { httpStatus } from './http.js'
