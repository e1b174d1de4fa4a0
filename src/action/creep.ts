// creep: issue — after mode: record wrote its record, a step up in main's growth that is new opens
// memgate's one creep issue, or updates the open one (never a second); a step reported before is
// not announced again. A failure here is a warning: the record, the summary and the outputs stand.
import * as core from '@actions/core'
import type { Repo } from '../github/client.js'
import { createIssue, listOwnIssues, updateIssue } from '../github/issue.js'
import { CREEP_MARKER, newSteps, readReportedSteps, renderCreepIssue } from '../record/creep-issue.js'
import type { RecordToBranchResult } from '../record/on-branch.js'
import { sameKey } from '../record/record.js'
import type { TrendSeries } from '../record/trend.js'
import { shortSha } from '../sha.js'
import type { Step } from './step.js'

export interface CreepOutcome {
  /** The series of this run's record. */
  series: TrendSeries
  /** Steps up that no earlier run reported. */
  fresh: TrendSeries['changes']
  issue: { number: number; action: 'created' | 'updated' } | null
}

export function repoOf(step: Step): Repo {
  const [owner = '', repo = ''] = step.context.repository.split('/')
  return { owner, repo }
}

/** The series the recorded commit belongs to, when it has a step up; else null. */
export function seriesWithSteps(result: RecordToBranchResult): TrendSeries | null {
  const series = result.trend.series.find((s) => sameKey(s.key, result.record.key))
  return series && series.changes.length > 0 ? series : null
}

/** Opens or updates the creep issue for `series`; null when nothing was to be written. */
export async function reportCreep(step: Step, result: RecordToBranchResult, series: TrendSeries): Promise<CreepOutcome> {
  const repo = repoOf(step)
  const issues = await listOwnIssues(step.client, repo, CREEP_MARKER)
  const reported = issues.flatMap((issue) => readReportedSteps(issue.body))
  const fresh = newSteps(series, reported)
  const open = issues.find((issue) => issue.state === 'open')
  const rendered = renderCreepIssue({
    series,
    reported,
    repoUrl: `${step.context.serverUrl}/${step.context.repository}`,
    branch: step.inputs.record.branch,
    recorded: result.record.commit
  })
  if (!rendered) return { series, fresh, issue: null }
  if (open) {
    await updateIssue(step.client, repo, open.number, rendered.title, rendered.body)
    core.info(
      `Updated memgate's creep issue #${open.number}${fresh.length ? ` with the new step at ${shortSha(fresh[0]?.commit ?? '')}` : ''}.`
    )
    return { series, fresh, issue: { number: open.number, action: 'updated' } }
  }
  if (fresh.length === 0) {
    core.info('Every step up in the trend was reported before (its issue is closed): no new issue.')
    return { series, fresh, issue: null }
  }
  const number = await createIssue(step.client, repo, rendered.title, rendered.body)
  core.info(`Opened memgate's creep issue #${number} for the step up at ${shortSha(fresh[fresh.length - 1]?.commit ?? '')}.`)
  return { series, fresh, issue: { number, action: 'created' } }
}
