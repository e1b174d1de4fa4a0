// `/memgate …` commands in PR comments. Pure: the comment's text in, the command out.
//
//   /memgate rerun [runs=N]     measure the PR's current head again
//   /memgate accept [reason]    take the leak knowingly, for this head SHA only
//   /memgate bisect             find the bump that leaks, its first leaking version and a verified fix
//   /memgate help               list the commands
//
// Only the first line counts, case-insensitive, so that a quoted command further down a
// discussion never fires.

export type Command =
  | { name: 'rerun'; runs?: number }
  | { name: 'accept'; reason: string }
  | { name: 'bisect' }
  | { name: 'help' }
  | { name: 'invalid'; reason: string }

/** Runs per side a command may ask for; the action's `runs` input allows the same. */
export const MIN_COMMAND_RUNS = 2
export const MAX_COMMAND_RUNS = 100
/** A reason longer than this is cut: it goes into a commit status description and the comment. */
const MAX_REASON = 200

/**
 * The command on the comment's first line, or null when the comment is not addressed to memgate.
 * A malformed command is `invalid` with the sentence to reply, never an exception.
 */
export function parseCommand(body: string): Command | null {
  const first = body.replace(/^\uFEFF/, '').split(/\r?\n/)[0]!.trim()
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
      return rest === '' ? { name: 'bisect' } : { name: 'invalid', reason: '`/memgate bisect` takes no arguments.' }
    case 'rerun': {
      if (rest === '') return { name: 'rerun' }
      const runs = rest.match(/^runs\s*=\s*(\d+)$/i)
      const value = runs ? Number(runs[1]) : NaN
      if (!Number.isInteger(value) || value < MIN_COMMAND_RUNS || value > MAX_COMMAND_RUNS) {
        return { name: 'invalid', reason: `\`/memgate rerun\` takes \`runs=N\` with N from ${MIN_COMMAND_RUNS} to ${MAX_COMMAND_RUNS}.` }
      }
      return { name: 'rerun', runs: value }
    }
    default:
      return { name: 'invalid', reason: 'memgate knows `rerun`, `accept`, `bisect` and `help`.' }
  }
}
