// workflow_dispatch: a person asks for a measurement by hand. Pure: the event's `inputs` in, what
// to measure out.
//
// The workflow declares the inputs (README, "Manual runs"):
//   pull-request  a PR number: measure that PR, with its status and comment, as on pull_request;
//                 with `head` set to a SHA (7–40 hex; a fork's PR: the full 40), only while that is
//                 the PR's head, which a PR from a fork requires (see reviewed-head.ts)
//   base, head    two refs (branch, tag or SHA): measure that pair, summary and outputs only
// GitHub sends every declared input in `inputs`, an unset one as "" (a `type: number` input may
// arrive as a number).

import { ABBREVIATED_SHA } from '../sha.js'
import { refProblem } from './refs.js'

export type DispatchTrigger =
  | { owner: string; repo: string; by: 'pull'; pullNumber: number; headSha?: string }
  | { owner: string; repo: string; by: 'refs'; base: string; head: string }

/** PR numbers are positive 32-bit integers on GitHub. */
const MAX_PULL_NUMBER = 2 ** 31 - 1

const USAGE = 'workflow_dispatch needs the input pull-request (a PR number), or base and head (two refs); see the README, "Manual runs".'

/**
 * The dispatch trigger of a workflow_dispatch payload, or `invalid` with the sentence to fail the
 * step with. Never throws.
 */
export function readDispatch(
  event: Record<string, unknown>,
  owner: string,
  repo: string
): { kind: 'dispatch'; dispatch: DispatchTrigger } | { kind: 'invalid'; reason: string } {
  const inputs = (event.inputs && typeof event.inputs === 'object' ? event.inputs : {}) as Record<string, unknown>
  const text = (name: string): string | null => {
    const value = inputs[name]
    if (value === undefined || value === null) return ''
    if (typeof value === 'number' && Number.isFinite(value)) return String(value)
    return typeof value === 'string' ? value.trim() : null
  }
  const pull = text('pull-request')
  const base = text('base')
  const head = text('head')
  if (pull === null || base === null || head === null) return { kind: 'invalid', reason: `${USAGE} An input is not text.` }
  if (pull !== '') {
    if (base !== '') return { kind: 'invalid', reason: `${USAGE} Give one or the other, not both.` }
    if (head !== '' && !ABBREVIATED_SHA.test(head)) {
      return {
        kind: 'invalid',
        reason: `Invalid head ${JSON.stringify(head.slice(0, 60))} with pull-request: expected the SHA of the PR head you reviewed (7 to 40 hex digits), or nothing.`
      }
    }
    const number = /^#?\d{1,10}$/.test(pull) ? Number(pull.replace('#', '')) : NaN
    if (!Number.isInteger(number) || number < 1 || number > MAX_PULL_NUMBER) {
      return {
        kind: 'invalid',
        reason: `Invalid pull-request ${JSON.stringify(pull.slice(0, 40))}. Expected a pull request number, e.g. 42.`
      }
    }
    const dispatch: DispatchTrigger = { owner, repo, by: 'pull', pullNumber: number }
    if (head !== '') dispatch.headSha = head.toLowerCase()
    return { kind: 'dispatch', dispatch }
  }
  if (base === '' && head === '') return { kind: 'invalid', reason: USAGE }
  if (base === '' || head === '') return { kind: 'invalid', reason: `${USAGE} Only ${base === '' ? 'head' : 'base'} is set.` }
  for (const [name, ref] of [
    ['base', base],
    ['head', head]
  ] as const) {
    const problem = refProblem(ref)
    if (problem)
      return {
        kind: 'invalid',
        reason: `Invalid ${name} ${JSON.stringify(ref.slice(0, 60))}: ${problem}. Expected a branch, tag or commit SHA.`
      }
  }
  return { kind: 'dispatch', dispatch: { owner, repo, by: 'refs', base, head } }
}
