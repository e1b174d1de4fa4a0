// rollback: pr — a new step up whose range holds dependency bumps: the culprit found by bisect's
// search (the commit before the step as base, the step's commit as head), its verified fix pinned
// on main's tip in a commit on branch memgate/rollback-<package> (force-pushed: the branch is
// memgate's own; never the default branch), and one pull request from it, updated, never
// duplicated. A later record that shows main recovered closes it.
import * as core from '@actions/core'
import { commitFix } from '../bisect/fix-commit.js'
import { runBisect } from '../bisect/search.js'
import { MemgateError } from '../errors.js'
import { createGit, runGit } from '../git.js'
import { createPull, findOwnPull, listOwnPulls, updatePull } from '../github/own-pull.js'
import { seriesId } from '../record/record.js'
import {
  ROLLBACK_BRANCH_PREFIX,
  ROLLBACK_MARKER,
  readRollbackStep,
  recovered,
  renderRollbackPull,
  rollbackBranch
} from '../record/rollback-pr.js'
import type { TrendSeries } from '../record/trend.js'
import { shortSha } from '../sha.js'
import { repoOf } from './creep.js'
import { probePath, type Step } from './step.js'

/** The repository's default branch: the event's, else the ref a schedule runs on. */
export function defaultBranchOf(step: Step, env: NodeJS.ProcessEnv = process.env): string {
  const payload = step.context.payload as { repository?: { default_branch?: unknown } }
  const name = payload.repository?.default_branch
  return typeof name === 'string' && name ? name : env.GITHUB_REF_NAME || 'main'
}

/** A rollback's outcome: the pull request opened or updated, or why there is none (plain text, untrusted parts included). */
export type RollbackOutcome = { number: number; action: 'created' | 'updated'; branch: string } | { action: 'none'; reason: string }

/**
 * Bisects the step's range and opens (or updates) the rollback pull request of its culprit. Logs
 * and says why when the range holds no bump or the bisect offers no verified fix.
 */
export async function rollBack(
  step: Step,
  series: TrendSeries,
  change: TrendSeries['changes'][number],
  tip: string,
  issue?: number
): Promise<RollbackOutcome> {
  if (change.bumps.length === 0) {
    const reason = `no dependency changed between ${shortSha(change.lastBefore)} and ${shortSha(change.commit)}; nothing to roll back.`
    core.info(`rollback: ${reason}`)
    return { action: 'none', reason }
  }
  const { inputs, context } = step
  const remote = `${context.serverUrl}/${context.repository}.git`
  const token = inputs.token || undefined
  const secrets = inputs.token ? [inputs.token] : []
  const log = (line: string) => core.info(line)
  core.info(`rollback: looking for the culprit of the step up at ${shortSha(change.commit)} (base ${shortSha(change.lastBefore)}).`)
  // A range the bisect refuses (a package added or removed, one not from a registry) has no fix to
  // offer either: that is this step's answer, not a failed write.
  const report = await runBisect({
    repoDir: context.workspace,
    base: change.lastBefore,
    head: change.commit,
    options: inputs.options,
    probePath: probePath(),
    secrets,
    remote,
    token,
    signal: step.signal,
    log
  }).catch((error: unknown) => {
    if (error instanceof MemgateError) return { suggestion: null, package: null, verdict: 'error', reason: error.reason } as const
    throw error
  })
  if (!report.suggestion || !report.package) {
    const reason = `no verified fix to open a pull request with (${report.verdict}): ${report.reason}`
    core.info(`rollback: ${reason}`)
    return { action: 'none', reason }
  }
  const name = report.package
  const version = report.suggestion.version
  const branch = rollbackBranch(name)
  const base = defaultBranchOf(step)
  if (branch === base) throw new MemgateError(`rollback: the branch ${branch} is the default branch; memgate never pushes to it`)
  const fix = await commitFix({
    git: await createGit(context.workspace),
    sha: tip,
    bumps: change.bumps.filter((b) => b.name === name),
    version,
    options: inputs.options,
    probePath: probePath(),
    secrets,
    message: `Roll back ${name} to ${version}\n\nmemgate: main's memory growth stepped up at ${change.commit}; ${name} ${version} was measured to pass against ${change.lastBefore}.`,
    signal: step.signal,
    log
  })
  await runGit(context.workspace, ['push', '--quiet', '--force', remote, `${fix.sha}:refs/heads/${branch}`], { token, remoteUrl: remote })
  const repo = repoOf(step)
  const { title, body } = renderRollbackPull({
    series,
    change,
    report: { ...report, suggestion: report.suggestion },
    repoUrl: `${context.serverUrl}/${context.repository}`,
    onto: tip,
    files: fix.files,
    issue
  })
  const open = await findOwnPull(step.client, repo, branch, ROLLBACK_MARKER)
  if (open) {
    await updatePull(step.client, repo, open.number, { title, body })
    core.info(`rollback: updated pull request #${open.number} from ${branch} (${name} ${version}).`)
    return { number: open.number, action: 'updated', branch }
  }
  const number = await createPull(step.client, repo, { title, body, head: branch, base })
  core.info(`rollback: opened pull request #${number} from ${branch} (${name} ${version}).`)
  return { number, action: 'created', branch }
}

/** Closes memgate's rollback pull requests of this series whose step's level is gone; returns their numbers. */
export async function closeRecovered(step: Step, series: TrendSeries): Promise<number[]> {
  const repo = repoOf(step)
  const closed: number[] = []
  const id = seriesId(series.key)
  for (const pull of await listOwnPulls(step.client, repo, ROLLBACK_BRANCH_PREFIX, ROLLBACK_MARKER)) {
    const rolled = readRollbackStep(pull.body)
    if (!rolled?.id.startsWith(`${id}@`) || !recovered(series, rolled)) continue
    const last = series.points[series.points.length - 1]
    await updatePull(step.client, repo, pull.number, {
      state: 'closed',
      body: `${pull.body}\n**Closed by memgate:** main recovered; its growth is back below the middle of the step over the last records${last ? ` (up to ${shortSha(last.commit)})` : ''}.\n`
    })
    core.info(`rollback: closed pull request #${pull.number}: main recovered from the step it rolled back.`)
    closed.push(pull.number)
  }
  return closed
}
