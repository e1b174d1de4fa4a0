// pull_request (and /memgate rerun): measure the PR's head against its base, then post.
import * as fs from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import * as core from '@actions/core'
import { parsePrGrouping } from '../bumps/pr.js'
import { formatDuration } from '../bytes.js'
import { MemgateError } from '../errors.js'
import { writeFileNoFollow } from '../files.js'
import { httpStatus } from '../github/client.js'
import { type Commits, type PipelineResult, runPipeline, runShard } from '../pipeline.js'
import { fetchBranchStore } from '../record/branch.js'
import { recordKeyFor } from '../record/measure-commit.js'
import { carryAcceptance } from '../report/acceptance.js'
import type { Report } from '../report/build.js'
import { pendingDescription } from '../report/headline.js'
import { SHARD_FILE, type ShardDocument, type ShardSpec } from '../report/shard.js'
import { shortSha } from '../sha.js'
import { RemainingTime, type SoakEvent } from '../soak/progress.js'
import type { PullTarget } from '../trigger/event.js'
import { findCauseAndFix } from './cause.js'
import { postComment, readOwnReport } from './comment.js'
import { logLine, logSoakEvent, logVerdict } from './log.js'
import { publish, uploadArtifact, writeBisect } from './publish.js'
import { failStepFor, newWorkDir, probePath, type Step } from './step.js'

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
  const store = step.inputs.record.baseFromRecord ? await recordStore(step) : undefined
  try {
    return await runPipeline(
      { ...options, stats: { ...options.stats, runs, maxRuns: Math.max(options.stats.maxRuns, runs) } },
      { ...commits(step, base, head, progress), ...(store ? { store } : {}) }
    )
  } finally {
    if (store) fs.rmSync(store, { recursive: true, force: true })
  }
}

/**
 * base-from-record: on — the store on record-branch (mode record keeps it), fetched for this
 * measurement; the pipeline reads base's record there, if any. A branch that cannot be read costs
 * only the reuse: base is soaked, with a log line.
 */
async function recordStore(step: Step): Promise<string | undefined> {
  const { branch } = step.inputs.record
  try {
    const store = await fetchBranchStore({
      remote: `${step.context.serverUrl}/${step.context.repository}.git`,
      branch,
      token: step.inputs.token || undefined
    })
    if (!store) logLine(`base-from-record: the repository has no ${branch} branch yet (mode: record writes it); base is soaked.`)
    return store ?? undefined
  } catch (error) {
    if (!(error instanceof MemgateError)) throw error
    logLine(`base-from-record: ${error.reason}; base is soaked.`)
    return undefined
  }
}

function commits(step: Step, base: string, head: string, progress: (event: SoakEvent) => void): Commits {
  return {
    repoDir: path.resolve(step.context.workspace, '.'),
    base,
    head,
    workDir: newWorkDir(step),
    token: step.inputs.token,
    remote: 'origin',
    signal: step.signal,
    probePath: probePath(),
    log: logLine,
    progress
  }
}

/**
 * mode measure with `shard: I/N`: this job's share of both sides' runs, no verdict. The shard
 * (memgate-shard/1, with head's snapshots as paths inside the artifact when this is shard 1) goes
 * into the shard's artifact (`<artifact-name>-<I>-of-<N>`); mode report merges all N. A failure is
 * the error report, as without shards.
 */
export async function measureShard(step: Step, target: PullTarget, spec: ShardSpec): Promise<void> {
  const started = Date.now()
  const options = step.inputs.options
  const where = commits(step, target.baseSha, target.headSha, logSoakEvent)
  const result = await runShard(options, where, spec, { ...(await recordKeyFor(options, where.repoDir)) })
  const { workDir } = result
  const pullRequest = { repository: `${target.owner}/${target.repo}`, number: target.pullNumber, headSha: target.headSha }
  if (!result.shard) {
    result.report.head.sha ||= target.headSha
    result.report.pullRequest = pullRequest
    await publish(step, result.report, workDir)
    logVerdict(result.report, started, `the report is in the artifact ${step.inputs.artifactName}`)
    failStepFor(step, result.report)
    return
  }
  const shard: ShardDocument = {
    ...result.shard,
    pullRequest,
    // Inside the artifact, beside the shard: mode report finds them there.
    snapshots: result.shard.snapshots.map((file) => path.relative(workDir, file).split(path.sep).join('/'))
  }
  const file = path.join(workDir, SHARD_FILE)
  writeFileNoFollow(file, JSON.stringify(shard, null, 2) + '\n')
  core.setOutput('report-file', file)
  core.setOutput('verdict', '')
  core.setOutput('growth', '')
  const line =
    `Shard ${spec.index}/${spec.count} of ${shortSha(shard.baseSha)}..${shortSha(shard.headSha)}: ` +
    `${shard.samples.base.runs.length} base and ${shard.samples.head.runs.length} head runs in ${formatDuration(Date.now() - started)}; ` +
    `the verdict comes from mode: report once all ${spec.count} shards are in.`
  logLine(line)
  await step.writes.attempt('write the job summary', () =>
    core.summary.addHeading('memgate: shard measured', 2).addRaw(`${line}\n`, true).write()
  )
  await uploadArtifact(step, workDir)
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
