// Which head a person asked to run. Pure.
//
// A run on a PR's head installs and runs that head in a job with a write token. On a PR from a
// fork, the fork's author can push between a maintainer's request (`/memgate rerun`, a manual
// dispatch) and the job's start: so for a fork, memgate runs only the head the maintainer named,
// by its full 40-hex SHA (a commit matching a 7-hex prefix can be ground in minutes), and only
// while it is still the PR's head. Same-repository PRs run without a SHA: only people with write
// access push there. A SHA that is named must match, on any PR.

import { FULL_SHA } from '../sha.js'

export type HeadCheck = { run: true } | { run: false; why: 'unnamed' | 'moved' | 'short'; headSha: string; sentence: string }

/**
 * Whether a requested run may go ahead on `headSha`, the PR's head as the API gives it now.
 * `named` is the SHA or prefix the request named (lower case), if any. The sentence a refusal
 * replies gives the full SHA. Never throws.
 */
export function checkReviewedHead(o: { fork: boolean; headSha: string; named?: string }): HeadCheck {
  const head = o.headSha
  if (o.named) {
    const matches = o.named.length >= 7 && head.startsWith(o.named)
    if (matches && (!o.fork || FULL_SHA.test(o.named))) return { run: true }
    if (matches) {
      return {
        run: false,
        why: 'short',
        headSha: head,
        sentence: `This PR comes from a fork: name its head by the full SHA, ${head} (a short one can be forged). Nothing was run.`
      }
    }
    return {
      run: false,
      why: 'moved',
      headSha: head,
      sentence: `${o.named.slice(0, 12)} is not the head of this PR any more; its head is ${head}. Nothing was run.`
    }
  }
  if (!o.fork) return { run: true }
  return {
    run: false,
    why: 'unnamed',
    headSha: head,
    sentence: `This PR comes from a fork, so memgate runs only a head you name by its full SHA after reviewing it; its head is ${head}. Nothing was run.`
  }
}
