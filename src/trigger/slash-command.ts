// `/memgate …` commands in PR comments. Pure: the comment's text in, the command out.
//
//   /memgate rerun [<sha>] [runs=N]   measure the PR's head again; <sha> (7–40 hex; a fork's PR: 40) names the head
//                                     the commenter reviewed, which a PR from a fork requires
//   /memgate accept [reason]          take the leak knowingly, for this head SHA only
//   /memgate bisect [<sha>]           find the bump that leaks, its first leaking version and a verified fix
//   /memgate help                     list the commands
//
// Only the first line counts, case-insensitive, so that a quoted command further down a
// discussion never fires.

import { ABBREVIATED_SHA } from '../sha.js'

export type Command =
  | { name: 'rerun'; runs?: number; sha?: string }
  | { name: 'accept'; reason: string }
  | { name: 'bisect'; sha?: string }
  | { name: 'help' }
  | { name: 'invalid'; reason: string }

/** Runs per side a command may ask for; the action's `runs` input allows the same. */
export const MIN_COMMAND_RUNS = 2
export const MAX_COMMAND_RUNS = 100
/** A reason longer than this is cut: it goes into a commit status description and the comment. */
const MAX_REASON = 200
/** The first line is cut here before any pattern runs on it: a command is a few words. */
const MAX_LINE = 1000

const RERUN_USAGE = `\`/memgate rerun\` takes an optional head SHA (7 to 40 hex digits) and \`runs=N\` with N from ${MIN_COMMAND_RUNS} to ${MAX_COMMAND_RUNS}, e.g. \`/memgate rerun 1a2b3c4 runs=10\`.`

/**
 * The command on the comment's first line, or null when the comment is not addressed to memgate.
 * A malformed command is `invalid` with the sentence to reply, never an exception. A rerun's SHA
 * comes back in lower case, as git and the API spell it.
 */
export function parseCommand(body: string): Command | null {
  const newline = body.search(/\r?\n/)
  const line = newline < 0 ? body : body.slice(0, newline)
  const first = line
    .slice(0, MAX_LINE)
    .replace(/^\uFEFF/, '')
    .trim()
  const m = first.match(/^\/memgate(?:\s+(\S+))?(?:\s+(.*))?$/i)
  if (!m) return null
  const verb = (m[1] ?? 'help').toLowerCase()
  const rest = (m[2] ?? '').trim()
  switch (verb) {
    case 'help':
      return { name: 'help' }
    case 'accept':
      return { name: 'accept', reason: rest.length > MAX_REASON ? `${rest.slice(0, MAX_REASON - 1)}…` : rest }
    case 'bisect':
      // Like a rerun, a bisect installs the head: a fork's PR names the head that was reviewed.
      if (rest === '') return { name: 'bisect' }
      return ABBREVIATED_SHA.test(rest)
        ? { name: 'bisect', sha: rest.toLowerCase() }
        : { name: 'invalid', reason: '`/memgate bisect` takes only the head SHA you reviewed: `/memgate bisect <sha>`.' }
    case 'rerun':
      // A cut line could lose a word that changes what runs: refuse rather than guess.
      return line.length > MAX_LINE ? { name: 'invalid', reason: RERUN_USAGE } : parseRerun(rest)
    default:
      return { name: 'invalid', reason: 'memgate knows `rerun`, `accept`, `bisect` and `help`.' }
  }
}

function parseRerun(rest: string): Command {
  const command: { name: 'rerun'; runs?: number; sha?: string } = { name: 'rerun' }
  // `runs = 3` reads as one word.
  const words = rest
    .replace(/\s*=\s*/g, '=')
    .split(/\s+/)
    .filter(Boolean)
  for (const word of words) {
    const runs = word.match(/^runs=(\d{1,4})$/i)
    if (runs && command.runs === undefined) {
      const value = Number(runs[1])
      if (value < MIN_COMMAND_RUNS || value > MAX_COMMAND_RUNS) return { name: 'invalid', reason: RERUN_USAGE }
      command.runs = value
    } else if (ABBREVIATED_SHA.test(word) && command.sha === undefined) {
      command.sha = word.toLowerCase()
    } else {
      return { name: 'invalid', reason: RERUN_USAGE }
    }
  }
  return command
}
