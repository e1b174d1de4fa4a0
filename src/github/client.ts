// The one Octokit. getOctokit reads GITHUB_API_URL, so a GitHub Enterprise server or a test's
// loopback stand-in is reached exactly as github.com is.
import { getOctokit } from '@actions/github'

export type Client = ReturnType<typeof getOctokit>

export function createClient(token: string): Client {
  return getOctokit(token)
}

export interface Repo {
  owner: string
  repo: string
}
