// A commit's name, as git and GitHub's API write it and as a person types it. One definition, so the
// status, the report check, the commands and the comment agree on what a SHA is.

/** 40 lowercase hex characters: a full SHA-1 object name, as git and GitHub's API print it. */
export const FULL_SHA_HEX = '[0-9a-f]{40}'

/** A full SHA and nothing else. */
export const FULL_SHA = new RegExp(`^${FULL_SHA_HEX}$`)

/**
 * A SHA a person types: git's shortest default abbreviation (core.abbrev, 7 hex digits, the form
 * GitHub shows) up to the full SHA-1 of 40, either case. GitHub supports no SHA-256 repositories.
 */
export const ABBREVIATED_SHA = /^[0-9a-f]{7,40}$/i

/** git's default abbreviation (core.abbrev = 7), as the comment, logs and reasons show a commit. */
export function shortSha(sha: string): string {
  return sha.slice(0, 7)
}
