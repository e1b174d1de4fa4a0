// pull_request (and /memgate rerun): measure the PR's head against its base, then post.
import * as os from 'node:os'
import * as path from 'node:path'
import { fileURLToPath } from 'node:url'
import { parsePrGrouping } from '../bumps/pr.js'
import { httpStatus } from '../github/client.js'
import { type PipelineResult, runPipeline } from '../pipeline.js'
import { carryAcceptance } from '../report/acceptance.js'
import type { Report } from '../report/build.js'
import { pendingDescription } from '../report/headline.js'
import { shortSha } from '../sha.js'
import { RemainingTime, type SoakEvent } from '../soak/progress.js'
import type { PullTarget } from '../trigger/event.js'
import { findCauseAndFix } from './cause.js'
import { postComment, readOwnReport } from './comment.js'
import { logLine, logSoakEvent, logVerdict } from './log.js'
import { publish, uploadArtifact, writeBisect } from './publish.js'
import { failStepFor, newWorkDir, type Step } from './step.js'

/** How often the pending status may be rewritten with a new estimate. */
const PENDING_EVERY_MS = 60_000

interface PrText {
  title?: string | null
  body?: string | null
}

/** Measures `target` with `runs` runs a side; in mode `all` it sets the status and the comment too. */
export async function measureAndPost(step: Step, target: PullTarget, runs: number): Promise<Report> {
  const where = { owner: target.owner, repo: target.repo, sha: target.headSha, targetUrl: step.context.runUrl }
  const posting = step.inputs.mode === 'all'
  const started = Date.now()
  const what = `Measuring ${shortSha(target.headSha)} against its base: ${runs} runs per side`
  if (posting) await step.status.start(where, pendingDescription(what))
  // Once both sides have run, the pending status says about how long the rest takes.
  const remaining = new RemainingTime(os.availableParallelism() >= 2)
  let told = 0
  let telling: Promise<unknown> = Promise.resolve()
  const progress = (event: SoakEvent) => {
    logSoakEvent(event)
    const ms = remaining.update(event)
    // Not worth a status for the last minute (nor for a test's seconds-long soaks).
    if (!posting || ms === undefined || ms < PENDING_EVERY_MS || Date.now() - told < PENDING_EVERY_MS) return
    told = Date.now()
    telling = telling.then(() => step.status.set(where, 'pending', pendingDescription(what, ms)))
  }
  const measured = await measure(step, target, runs, progress)
  await telling
  const { workDir } = measured
  // An acceptance of this head outlives the run that recorded it (a rerun, a re-triggered job).
  const acceptable = measured.report.verdict === 'leak' || measured.report.verdict === 'inconclusive'
  const report = posting && acceptable ? carryAcceptance(await readEarlierReport(step, target), measured.report) : measured.report
  if (report.accepted && !measured.report.accepted)
    logLine(`The acceptance by @${report.accepted.by} of ${shortSha(target.headSha)} holds for this run.`)
  const bisecting = posting && report.verdict === 'leak' && step.inputs.bisect === 'on-leak' && report.bumps.length > 0
  // The artifact waits for the bisect's document: a name is uploaded once per run.
  await publish(step, report, workDir, runs, { upload: !bisecting })
  if (posting) {
    await step.status.finish(where, report)
    await postComment(step, target, report, { runs })
  }
  if (bisecting) {
    // The status is final; the cause and a verified fix follow in this job, in the same comment.
    try {
      const bisect = await findCauseAndFix(step, target, report, runs)
      if (bisect) writeBisect(workDir, bisect)
    } finally {
      await uploadArtifact(step, workDir)
    }
  }
  const comment = `${step.context.serverUrl}/${target.owner}/${target.repo}/pull/${target.pullNumber}`
  logVerdict(report, started, posting ? `the comment is on ${comment}` : 'the report is in the artifact')
  failStepFor(step, report)
  return report
}

/** The pipeline on two commits with the step's options, `runs` runs a side: no status, no comment. */
export async function measureCommits(
  step: Step,
  base: string,
  head: string,
  runs: number,
  progress: (event: SoakEvent) => void = logSoakEvent
): Promise<PipelineResult> {
  const options = step.inputs.options
  return runPipeline(
    { ...options, stats: { ...options.stats, runs, maxRuns: Math.max(options.stats.maxRuns, runs) } },
    {
      repoDir: path.resolve(step.context.workspace, '.'),
      base,
      head,
      workDir: newWorkDir(step),
      token: step.inputs.token,
      remote: 'origin',
      signal: step.signal,
      probePath: fileURLToPath(new URL('./probe.cjs', import.meta.url)),
      log: logLine,
      progress
    }
  )
}

async function measure(step: Step, target: PullTarget, runs: number, progress: (event: SoakEvent) => void) {
  const { report, workDir } = await measureCommits(step, target.baseSha, target.headSha, runs, progress)
  // A report that could not resolve the head still names the commit the PR asked for.
  report.head.sha ||= target.headSha
  report.pullRequest = { repository: `${target.owner}/${target.repo}`, number: target.pullNumber, headSha: target.headSha }
  // Bumps come from the files; the bot's own grouping (Dependabot, Renovate) is only shown.
  const pr = (step.context.payload as { pull_request?: PrText; issue?: PrText }) ?? {}
  report.grouping = parsePrGrouping((pr.pull_request ?? pr.issue)?.title, (pr.pull_request ?? pr.issue)?.body)
  return { report, workDir }
}

/** The report in memgate's own comment on the PR (never one a person or another bot wrote), or null. */
async function readEarlierReport(step: Step, target: PullTarget): Promise<Report | null> {
  try {
    return await readOwnReport(step, { owner: target.owner, repo: target.repo, pullNumber: target.pullNumber })
  } catch (error) {
    logLine(
      `Could not read memgate's comment on #${target.pullNumber} (HTTP ${httpStatus(error) ?? '?'}); no earlier acceptance carries over.`
    )
    return null
  }
}
