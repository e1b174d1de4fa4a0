// merge_group: the merge queue asks for checks on a group's commit. Pure: the payload in, the
// group out.
//
// GitHub's `merge_group` payload (action `checks_requested`):
//   merge_group.head_sha   the group's commit: the required status must land here
//   merge_group.base_sha   the commit the group is built on (the target branch's tip, or the
//                          group ahead of it in the queue)
//   merge_group.base_ref   refs/heads/<branch>
//   merge_group.head_ref   refs/heads/gh-readonly-queue/<branch>/pr-<N>-<sha of the group's parent>
// `destroyed` (merged, dequeued, invalidated) needs no status.

import { FULL_SHA, FULL_SHA_HEX } from '../sha.js'

export interface MergeGroupTrigger {
  owner: string
  repo: string
  headSha: string
  baseSha: string
  /** The branch the group merges into, e.g. `main`. */
  baseBranch: string
  /**
   * The PR the queue entry is for, from head_ref (empty when head_ref does not read as a queue
   * branch of base_ref). The group holds that PR on top of every entry ahead of it.
   */
  pullNumbers: number[]
}

const QUEUE_PREFIX = 'refs/heads/gh-readonly-queue/'
// A queue branch's last segment: pr-<N>-<the full SHA of the group's parent>.
const QUEUE_ENTRY = new RegExp(`^pr-(\\d{1,10})(?:-${FULL_SHA_HEX})?$`)
const HEADS = 'refs/heads/'

/**
 * The group of a merge_group payload; `ignore` for actions other than checks_requested, `invalid`
 * when the payload lacks the commits a status needs. Never throws.
 */
export function readMergeGroup(
  event: Record<string, unknown>,
  owner: string,
  repo: string
): { kind: 'merge-group'; group: MergeGroupTrigger } | { kind: 'ignore' | 'invalid'; reason: string } {
  const action = event.action
  if (action !== undefined && action !== 'checks_requested') {
    return { kind: 'ignore', reason: `merge_group '${String(action).slice(0, 40)}' asks for no checks.` }
  }
  const group = (event.merge_group && typeof event.merge_group === 'object' ? event.merge_group : {}) as Record<string, unknown>
  const headSha = group.head_sha
  const baseSha = group.base_sha
  if (typeof headSha !== 'string' || !FULL_SHA.test(headSha) || typeof baseSha !== 'string' || !FULL_SHA.test(baseSha)) {
    return {
      kind: 'invalid',
      reason: 'The merge_group payload has no head_sha and base_sha (40 hex digits each); there is no commit to check.'
    }
  }
  const baseRef = typeof group.base_ref === 'string' ? group.base_ref : ''
  const baseBranch = baseRef.startsWith(HEADS) ? baseRef.slice(HEADS.length) : baseRef
  const queued = typeof group.head_ref === 'string' ? parseQueueRef(group.head_ref) : null
  const pullNumbers = queued && (baseBranch === '' || queued.branch === baseBranch) ? [queued.pullNumber] : []
  return { kind: 'merge-group', group: { owner, repo, headSha, baseSha, baseBranch: baseBranch || queued?.branch || '', pullNumbers } }
}

/**
 * The target branch and PR of a merge queue branch name (`refs/heads/gh-readonly-queue/<branch>/pr-<N>-<sha>`,
 * with or without `refs/heads/`); null when the name is not one. The branch may itself hold slashes.
 */
export function parseQueueRef(ref: string): { branch: string; pullNumber: number } | null {
  const name = ref.startsWith(QUEUE_PREFIX)
    ? ref.slice(QUEUE_PREFIX.length)
    : ref.startsWith('gh-readonly-queue/')
      ? ref.slice('gh-readonly-queue/'.length)
      : null
  if (name === null) return null
  const slash = name.lastIndexOf('/')
  if (slash <= 0) return null
  const m = name.slice(slash + 1).match(QUEUE_ENTRY)
  const pullNumber = m ? Number(m[1]) : NaN
  if (!Number.isInteger(pullNumber) || pullNumber < 1 || pullNumber > 2 ** 31 - 1) return null
  return { branch: name.slice(0, slash), pullNumber }
}

/**
 * PR numbers named by the subjects of a group's commits, in order and without repeats: GitHub's
 * merge commits ("Merge pull request #12 from …") and squash commits ("Title (#12)"). A subject is
 * text anyone can write, so these are candidates only: a PR counts for reuse only through its own
 * report, checked against the group's bumps.
 */
export function pullNumbersFromSubjects(subjects: readonly string[]): number[] {
  const found: number[] = []
  for (const subject of subjects) {
    const m = subject.match(/^Merge pull request #(\d{1,10}) from /) ?? subject.match(/\(#(\d{1,10})\)\s*$/)
    const n = m ? Number(m[1]) : NaN
    if (Number.isInteger(n) && n > 0 && n <= 2 ** 31 - 1 && !found.includes(n)) found.push(n)
  }
  return found
}
