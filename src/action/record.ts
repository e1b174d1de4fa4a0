// mode: record — on a push to the default branch, a schedule or a workflow_dispatch, measure the
// commit on its own and keep its record on `record-branch` (src/record/on-branch.ts does the work);
// the job summary shows the record, the steps up and main's growth per commit. Then creep: issue
// and rollback: pr act on the steps (./creep.ts, ./rollback.ts).
import * as core from '@actions/core'
import { MemgateError } from '../errors.js'
import { createGit } from '../git.js'
import { type RecordToBranchResult, recordToBranch } from '../record/on-branch.js'
import { sameKey } from '../record/record.js'
import { codeSpan, escapeInline } from '../report/escape.js'
import { FULL_SHA, shortSha } from '../sha.js'
import { type CreepOutcome, reportCreep, seriesWithSteps } from './creep.js'
import { closeRecovered, rollBack } from './rollback.js'
import type { Step } from './step.js'
import { probePath } from './step.js'

const EVENTS = ['push', 'schedule', 'workflow_dispatch']

/** The commit a record run measures, or null (with the reason logged) when this push is not to the default branch. */
function commitToRecord(step: Step, env: NodeJS.ProcessEnv): string | null {
  const { eventName, payload } = step.context
  if (!EVENTS.includes(eventName)) {
    throw new MemgateError(
      `mode: record runs on push to the default branch, schedule or workflow_dispatch; this is a ${eventName || 'unknown'} event.`
    )
  }
  let sha = env.GITHUB_SHA ?? ''
  if (eventName === 'push') {
    const push = payload as { ref?: unknown; after?: unknown; repository?: { default_branch?: unknown } }
    const main = typeof push.repository?.default_branch === 'string' ? push.repository.default_branch : null
    if (!main || push.ref !== `refs/heads/${main}`) {
      core.info(`mode: record keeps the record of the default branch; this push is to ${String(push.ref)}: nothing recorded.`)
      return null
    }
    sha = typeof push.after === 'string' ? push.after : ''
  }
  if (!FULL_SHA.test(sha))
    throw new MemgateError(`mode: record needs the full SHA of the commit to record; the ${eventName} event gave '${sha}'.`)
  return sha
}

export async function recordMain(step: Step, env: NodeJS.ProcessEnv = process.env): Promise<void> {
  const sha = commitToRecord(step, env)
  if (!sha) return
  const { inputs, context } = step
  const result = await recordToBranch({
    options: inputs.options,
    git: await createGit(context.workspace),
    sha,
    remote: `${context.serverUrl}/${context.repository}.git`,
    branch: inputs.record.branch,
    keep: inputs.record.keep,
    token: inputs.token || undefined,
    probePath: probePath(),
    secrets: inputs.token ? [inputs.token] : [],
    signal: step.signal,
    log: (line) => core.info(line),
    commitUrl: (commit) => `${context.serverUrl}/${context.repository}/commit/${commit}`
  })
  const growth = result.record.growth
  if (growth) core.setOutput('growth', String(growth.estimate))
  core.info(
    result.outcome === 'written'
      ? `Recorded ${shortSha(sha)} on ${inputs.record.branch} (${result.attempts} attempt${result.attempts === 1 ? '' : 's'}).`
      : `${inputs.record.branch} already holds a record of ${shortSha(sha)} in this series; it stands.`
  )
  await core.summary.addRaw(result.summary).write()
  await actOnTrend(step, result)
}

/**
 * creep and rollback: a rollback of a recovered main closed, a new step reported in the creep
 * issue, and the newest new step with bumps rolled back. Every write is soft; what was written is
 * added to the job summary.
 */
async function actOnTrend(step: Step, result: RecordToBranchResult): Promise<void> {
  const { inputs, context } = step
  const url = (kind: 'issues' | 'pull', n: number) => `${context.serverUrl}/${context.repository}/${kind}/${n}`
  const done: string[] = []
  const current = result.trend.series.find((s) => sameKey(s.key, result.record.key))
  if (current && inputs.record.rollback === 'pr') {
    await step.writes.attempt(
      'close the rollback pull requests of a recovered main',
      async () => {
        for (const n of await closeRecovered(step, current))
          done.push(`Closed rollback pull request [#${n}](${url('pull', n)}): main recovered.`)
      },
      'pull'
    )
  }
  const series = seriesWithSteps(result)
  let creep: CreepOutcome | null = null
  if (series && inputs.record.creep === 'issue') {
    await step.writes.attempt(
      'open or update the creep issue',
      async () => {
        creep = await reportCreep(step, result, series)
      },
      'issue'
    )
  }
  const outcome = creep as CreepOutcome | null
  if (outcome?.issue)
    done.push(
      `${outcome.issue.action === 'created' ? 'Opened' : 'Updated'} the creep issue [#${outcome.issue.number}](${url('issues', outcome.issue.number)}).`
    )
  const fresh = outcome?.fresh ?? []
  const change = [...fresh].reverse().find((c) => c.bumps.length > 0) ?? fresh[fresh.length - 1]
  if (series && inputs.record.rollback === 'pr') {
    // The creep issue is where memgate remembers which steps it acted on: without it every push would bisect the same step again.
    if (inputs.record.creep === 'off')
      core.info('rollback: pr acts on the new steps creep: issue reports; with creep: off it does nothing.')
    else if (change) {
      await step.writes.attempt(
        'open the rollback pull request',
        async () => {
          const pull = await rollBack(step, series, change, result.record.commit, outcome?.issue?.number)
          if (pull.action === 'none')
            done.push(`No rollback pull request for the step up at ${codeSpan(shortSha(change.commit))}: ${escapeInline(pull.reason)}`)
          else
            done.push(
              `${pull.action === 'created' ? 'Opened' : 'Updated'} rollback pull request [#${pull.number}](${url('pull', pull.number)}) from branch ${codeSpan(pull.branch)}.`
            )
        },
        'pull'
      )
    }
  }
  if (done.length) await core.summary.addRaw(`\n${done.join('\n\n')}\n`).write()
}
