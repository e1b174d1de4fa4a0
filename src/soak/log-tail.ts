// The part of a log a maintainer needs to see in a one-screen error. Pure.

const ERROR_MARK = /\b(?:ERR!|error|Error|ERROR|YN0001|ERR_[A-Z_]+)\b/
// npm's "npm error code EUSAGE" and bare "npm error" lines carry no reason.
const NOISE = /^\s*(?:npm (?:error|ERR!)|error|ERR!)?\s*(?:code\s+\S+)?/

/**
 * The last `lines` lines of `text`, preceded by its first error line when that is further up:
 * `npm ci` states its reason first and then prints its whole usage text.
 */
export function logTail(text: string, lines: number): string {
  const all = text.trimEnd().split('\n')
  const tail = all.slice(-lines)
  const firstError = all.findIndex((line) => ERROR_MARK.test(line) && line.replace(NOISE, '').trim().length >= 20)
  if (firstError < 0 || firstError >= all.length - lines) return tail.join('\n')
  return [all[firstError], '…', ...tail].join('\n')
}
