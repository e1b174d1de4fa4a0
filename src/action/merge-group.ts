// merge_group: the merge queue waits for the status on the group's commit. No dependency change
// answers in seconds without an install; a group whose changes are exactly a queued PR's, whose
// report passed or was accepted, takes that verdict; anything else is measured like a PR, base
// `base_sha`, head `head_sha`.
import * as core from '@actions/core'
import { readBumpsBetween } from '../bumps/between.js'
import { filterBumps } from '../bumps/filter.js'
import { MemgateError } from '../errors.js'
import type { Git } from '../git.js'
import { httpStatus } from '../github/client.js'
import { findOwnComment } from '../github/comments.js'
import { cachedIdentity } from '../github/identity.js'
import { readPull } from '../github/pull.js'
import { buildReport, type Report } from '../report/build.js'
import { commentMarker } from '../report/markdown.js'
import { decideReuse, type ReuseCandidate } from '../report/reuse.js'
import { shortSha } from '../sha.js'
import type { MergeGroupTrigger } from '../trigger/event.js'
import { pullNumbersFromSubjects } from '../trigger/merge-group.js'
import type { Bump } from '../types.js'
import { ownReport } from './comment.js'
import { measureCommits } from './measurement.js'
import { publish } from './publish.js'
import { failStepFor, newWorkDir, type Step } from './step.js'

export async function checkMergeGroup(step: Step, g: MergeGroupTrigger): Promise<void> {
  const where = { owner: g.owner, repo: g.repo, sha: g.headSha, targetUrl: step.context.runUrl }
  const posting = step.inputs.mode === 'all'
  const short = shortSha(g.headSha)

  let git: Git
  let bumps: Bump[]
  let warnings: string[]
  try {
    const between = await readBumpsBetween({
      repoDir: step.context.workspace,
      base: g.baseSha,
      head: g.headSha,
      token: step.inputs.token,
      remote: 'origin',
      workingDirectory: step.inputs.options.workingDirectory,
      signal: step.signal,
      warn: (line) => core.warning(line)
    })
    git = between.git
    warnings = between.warnings
    bumps = filterBumps(between.bumps, step.inputs.options.bumps)
  } catch (error) {
    // The queue waits for this status: it must end, not go missing.
    if (posting && error instanceof MemgateError) await step.status.fail(where, `error: ${error.reason}`)
    throw error
  }
  if (bumps.length === 0) {
    const report = buildReport({
      baseSha: g.baseSha,
      headSha: g.headSha,
      bumps,
      verdict: 'skipped',
      reason: `No dependency changed in the merge group ${short}, so there is nothing to measure.`,
      notes: warnings
    })
    await publish(step, report, newWorkDir(step))
    if (posting) await step.status.set(where, 'success', 'no dependency change')
    return
  }

  const candidates = await reuseCandidates(step, g, await queuedPulls(git, g))
  const decision = decideReuse(bumps, candidates, { repository: `${g.owner}/${g.repo}`, failOn: step.inputs.failOn })
  if (decision.reuse) {
    const report: Report = {
      ...decision.report,
      base: { ...decision.report.base },
      notes: [
        ...(decision.report.notes ?? []),
        ...warnings,
        `The merge group ${short} changes exactly the dependencies #${decision.pullNumber} changed; this is #${decision.pullNumber}'s verdict, not a new measurement.`
      ]
    }
    core.info(`Reusing #${decision.pullNumber}'s verdict: ${decision.description}`)
    await publish(step, report, newWorkDir(step))
    if (posting) await step.status.set(where, 'success', decision.description)
    return
  }
  core.info(`Measuring the merge group ${short}: ${decision.reasons.join('; ')}.`)
  const runs = step.inputs.options.stats.runs
  if (posting) await step.status.start(where, `Measuring the merge group ${short} against ${shortSha(g.baseSha)}: ${runs} runs per side`)
  const { report, workDir } = await measureCommits(step, g.baseSha, g.headSha, runs)
  await publish(step, report, workDir, runs)
  if (posting) await step.status.finish(where, report)
  failStepFor(step, report)
}

/** Commits of a group looked through for PR numbers; a queue group holds a handful of PRs. */
const MAX_SUBJECTS = 100
/** PRs whose comments are read for a report. */
const MAX_CANDIDATES = 10

/**
 * The PRs the group may hold: the queue branch's own, then those its commits' subjects name
 * (GitHub's merge and squash subjects). Only candidates: each must bring its own report.
 */
async function queuedPulls(git: Git, g: MergeGroupTrigger): Promise<number[]> {
  const fromSubjects = pullNumbersFromSubjects(await git.subjects(g.baseSha, g.headSha, MAX_SUBJECTS))
  return [...new Set([...g.pullNumbers, ...fromSubjects])].slice(0, MAX_CANDIDATES)
}

/** The queued PRs with their current heads and the reports in memgate's own comments. */
async function reuseCandidates(step: Step, g: MergeGroupTrigger, pullNumbers: number[]): Promise<ReuseCandidate[]> {
  if (pullNumbers.length === 0) return []
  const identity = await cachedIdentity(step.client).catch(() => null)
  if (!identity) return []
  const marker = commentMarker(step.inputs.statusContext)
  const found: ReuseCandidate[] = []
  for (const pullNumber of pullNumbers) {
    const pr = { owner: g.owner, repo: g.repo, pullNumber }
    try {
      const pull = await readPull(step.client, pr)
      const comment = await findOwnComment(step.client, pr, identity, marker)
      found.push({ pullNumber, headSha: pull.headSha, report: comment ? ownReport(comment.body) : null })
    } catch (error) {
      core.info(`Could not read #${pullNumber} or its comments (HTTP ${httpStatus(error) ?? '?'}); it is not reused.`)
    }
  }
  return found
}
