// workflow_dispatch: a measurement asked for by hand. By PR: as on pull_request, status and
// comment (a fork's PR only on the head the person named). By refs: the summary and the outputs.
import * as core from '@actions/core'
import { MemgateError } from '../errors.js'
import { httpStatus } from '../github/client.js'
import { resolveOwnRef } from '../github/commit.js'
import { readPull } from '../github/pull.js'
import { shortSha } from '../sha.js'
import type { DispatchTrigger, PullTarget } from '../trigger/event.js'
import { checkReviewedHead } from '../trigger/reviewed-head.js'
import { measureAndPost, measureCommits } from './measurement.js'
import { publish } from './publish.js'
import { failStepFor, type Step } from './step.js'

export async function answerDispatch(step: Step, d: DispatchTrigger): Promise<void> {
  const repo = { owner: d.owner, repo: d.repo }
  const runs = step.inputs.options.stats.runs
  if (d.by === 'pull') {
    const pull = await readPull(step.client, { ...repo, pullNumber: d.pullNumber }).catch((error) => {
      throw new MemgateError(`Could not read pull request #${d.pullNumber} (HTTP ${httpStatus(error) ?? '?'})`, 2, { cause: error })
    })
    const fork = pull.headRepository?.toLowerCase() !== `${d.owner}/${d.repo}`.toLowerCase()
    const check = checkReviewedHead({ fork, headSha: pull.headSha, named: d.headSha })
    if (!check.run) {
      throw new MemgateError(
        `${check.sentence} Run the workflow again with pull-request ${d.pullNumber} and head ${check.headSha} once you have reviewed it.`
      )
    }
    const target: PullTarget = { ...repo, pullNumber: d.pullNumber, baseSha: pull.baseSha, headSha: pull.headSha, fork }
    core.info(`Measuring #${d.pullNumber} at ${shortSha(pull.headSha)}, as asked by hand.`)
    await measureAndPost(step, target, runs)
    return
  }
  const resolve = (name: string, ref: string) =>
    resolveOwnRef(step.client, repo, ref).catch((error) => {
      throw new MemgateError(
        `${name} '${ref}' is not a branch or tag of ${d.owner}/${d.repo}, nor the full SHA of a commit (HTTP ${httpStatus(error) ?? '?'})`,
        2,
        { cause: error }
      )
    })
  const base = await resolve('base', d.base)
  const head = await resolve('head', d.head)
  core.info(`Measuring ${d.head} (${shortSha(head)}) against ${d.base} (${shortSha(base)}); no status or comment for a pair of refs.`)
  const { report, workDir } = await measureCommits(step, base, head, runs)
  await publish(step, report, workDir, runs)
  failStepFor(step, report)
}
