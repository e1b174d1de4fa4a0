// pull_request: a draft skipped by `skip-drafts`, the skip label, a label event that only
// refreshes a stale status, or a measurement; pull_request_target refuses a fork's head.
import * as core from '@actions/core'
import { httpStatus } from '../github/client.js'
import { readLabelSetter } from '../github/label.js'
import { canCommand, readPermission } from '../github/permission.js'
import { readCommitStatus } from '../github/status.js'
import { buildReport } from '../report/build.js'
import { shortSha } from '../sha.js'
import type { MeasureTrigger, PullTarget } from '../trigger/event.js'
import { measureAndPost, measureShard } from './measurement.js'
import { publish } from './publish.js'
import { newWorkDir, type Step } from './step.js'

/** What a PR event asks for, in the order the trigger's doc gives. */
export async function answerPullRequest(step: Step, t: MeasureTrigger): Promise<void> {
  if (t.draft)
    return skipHead(step, t.target, 'draft: not measured', 'The PR is a draft and skip-drafts is on; ready_for_review measures it.')
  // A writer's label skips the head that was current when it was set (the labeled event's): a head
  // pushed later is new code, measured unless the label's run already skipped it.
  const skipLabel = t.skipLabel
  const forThisHead = skipLabel && (skipLabel.setBy !== null || (await skippedByLabel(step, t.target)))
  if (skipLabel && !forThisHead) {
    core.info(
      `The ${skipLabel.name} label was set for an earlier head; ${shortSha(t.target.headSha)} was pushed since, so it is measured (a writer sets the label again to skip it).`
    )
  }
  if (skipLabel && forThisHead) {
    const setter = await labelSetter(step, t.target, skipLabel)
    if (setter) {
      const permission = await readPermission(step.client, t.target, setter).catch((error) => {
        core.warning(
          `Could not read @${setter}'s permission (HTTP ${httpStatus(error) ?? '?'}); the ${skipLabel.name} label does not count.`
        )
        return 'none' as const
      })
      if (canCommand(permission)) {
        return skipHead(step, t.target, SKIPPED_BY_LABEL, `@${setter} set the ${skipLabel.name} label; removing it measures the PR again.`)
      }
      core.info(`@${setter} set the ${skipLabel.name} label with ${permission} permission; only write, maintain or admin skips memgate.`)
    }
  }
  if (t.refresh) {
    const where = { owner: t.target.owner, repo: t.target.repo, sha: t.target.headSha }
    const current = await readCommitStatus(step.client, where, step.inputs.statusContext).catch(() => null)
    if (current && (current.state === 'success' || current.state === 'failure')) {
      core.info(`A label changed; the ${current.state} status of ${shortSha(where.sha)} stands ("${current.description}").`)
      core.setOutput('verdict', 'skipped')
      return
    }
    core.info(
      `A label changed and ${shortSha(where.sha)} has ${current ? `a ${current.state}` : 'no'} ${step.inputs.statusContext} status: measuring it.`
    )
  }
  if (step.inputs.shard) await measureShard(step, t.target, step.inputs.shard)
  else await measureAndPost(step, t.target, step.inputs.options.stats.runs)
}

const SKIPPED_BY_LABEL = 'skipped by label'

/** Whether memgate's status on the head says a writer's label skipped this very head. */
async function skippedByLabel(step: Step, target: PullTarget): Promise<boolean> {
  const where = { owner: target.owner, repo: target.repo, sha: target.headSha }
  const current = await readCommitStatus(step.client, where, step.inputs.statusContext).catch(() => null)
  return current?.state === 'success' && current.description === SKIPPED_BY_LABEL
}

async function labelSetter(step: Step, target: PullTarget, label: { name: string; setBy: string | null }): Promise<string | null> {
  if (label.setBy) return label.setBy
  try {
    return await readLabelSetter(step.client, target, label.name)
  } catch (error) {
    const status = httpStatus(error)
    const why = status === 403 ? ": the token lacks `issues: read` (add it under the job's `permissions:`)" : ''
    core.warning(`Could not read who set the ${label.name} label (HTTP ${status ?? '?'})${why}; it does not count.`)
    return null
  }
}

/**
 * A head memgate does not measure on purpose: success with `description` (mode all), and a
 * `skipped` report in the summary, the outputs and the report file (mode measure hands it on).
 * The comment is left as it is: it still shows what was last measured.
 */
async function skipHead(step: Step, target: PullTarget, description: string, detail: string): Promise<void> {
  core.info(`${description}: ${detail}`)
  const report = buildReport({
    baseSha: target.baseSha,
    headSha: target.headSha,
    bumps: [],
    verdict: 'skipped',
    reason: `${description}. ${detail}`
  })
  report.pullRequest = { repository: `${target.owner}/${target.repo}`, number: target.pullNumber, headSha: target.headSha }
  await publish(step, report, newWorkDir(step))
  if (step.inputs.mode === 'all') {
    await step.status.set(
      { owner: target.owner, repo: target.repo, sha: target.headSha, targetUrl: step.context.runUrl },
      'success',
      description
    )
  }
}

/**
 * pull_request_target with a fork's head: nothing of it is fetched, installed or run. The status
 * (so that a required check does not wait for ever) and the summary say why; the caller fails the
 * step with the reason.
 */
export async function refuseFork(step: Step, target: PullTarget, reason: string): Promise<void> {
  const where = { owner: target.owner, repo: target.repo, sha: target.headSha, targetUrl: step.context.runUrl }
  if (step.inputs.mode === 'all')
    await step.status.set(where, 'error', "refused: pull_request_target does not run a fork's head; see docs/security.md")
  await step.writes.attempt('write the job summary', () =>
    core.summary.addHeading('memgate: refused', 2).addRaw(`${reason}\n`, true).write()
  )
}
