// Which head a person asked to run. Pure.
//
// A run on a PR's head installs and runs that head in a job with a write token. On a PR from a
// fork, the fork's author can push between a maintainer's request (`/memgate rerun`, a manual
// dispatch) and the job's start: so for a fork, memgate runs only the head the maintainer named
// (7+ hex digits of its SHA), and only while it is still the PR's head. Same-repository PRs run
// without a SHA: only people with write access push there. A SHA that is named must match, on any PR.

export type HeadCheck = { run: true } | { run: false; why: 'unnamed' | 'moved'; headSha: string; sentence: string }

/**
 * Whether a requested run may go ahead on `headSha`, the PR's head as the API gives it now.
 * `named` is the SHA or prefix the request named (lower case), if any. Never throws.
 */
export function checkReviewedHead(o: { fork: boolean; headSha: string; named?: string }): HeadCheck {
  const short = shortSha(o.headSha)
  if (o.named) {
    if (o.named.length >= 7 && o.headSha.startsWith(o.named)) return { run: true }
    return {
      run: false,
      why: 'moved',
      headSha: o.headSha,
      sentence: `${o.named.slice(0, 12)} is not the head of this PR any more; its head is ${short}. Nothing was run.`
    }
  }
  if (!o.fork) return { run: true }
  return {
    run: false,
    why: 'unnamed',
    headSha: o.headSha,
    sentence: `This PR comes from a fork, so memgate runs only a head you name after reviewing it; its head is ${short}. Nothing was run.`
  }
}

import { shortSha } from '../sha.js'
