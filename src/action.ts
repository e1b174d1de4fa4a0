// The action: read inputs and the event once, then measure, post, or answer a command. Every
// GitHub write is best effort: a 403 (a fork's read-only token) or a 404 is a warning, and the
// verdict, the summary, the outputs and the report file still stand.
import * as core from '@actions/core'
import * as fs from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import { fileURLToPath } from 'node:url'
import { MemgateError } from './errors.js'
import { uploadRunArtifact } from './github/artifact.js'
import { createClient, httpStatus, type Client } from './github/client.js'
import { PENDING_STATE } from './github/pending.js'
import { canCommand, readPermission } from './github/permission.js'
import { readPull, type PullState } from './github/pull.js'
import { addReaction, replyOnPull, type Reaction } from './github/reaction.js'
import { setCommitStatus, type StatusState } from './github/status.js'
import { findStickyComment, upsertStickyComment, type PullRef } from './github/sticky-comment.js'
import { readSettings, type Settings } from './inputs.js'
import { runPipeline } from './pipeline.js'
import { parsePrGrouping } from './bumps/pr.js'
import { errorReport, type MemgateReport } from './report/build.js'
import { checkReport } from './report/check.js'
import { commentMarker, extractReport, renderComment, renderHelp, renderReport, type CommentContext } from './report/markdown.js'
import { readRunContext, type RunContext } from './trigger/context.js'
import type { CommandTrigger, ReportTrigger, Target } from './trigger/event.js'
import { readTrigger } from './trigger/event.js'

export const REPORT_FILE = 'memgate-report.json'

interface PrText {
  title?: string | null
  body?: string | null
}

interface Run {
  settings: Settings
  context: RunContext
  client: Client
  /** Aborted on SIGINT/SIGTERM (a cancelled or timed-out job); the pipeline stops its soaks. */
  abort: AbortController
}

interface StatusTarget {
  owner: string
  repo: string
  sha: string
  targetUrl?: string
}

/** The one pending status this step set and has not yet finished, for the signal handler. */
let pending: { run: Run; where: StatusTarget } | null = null

export async function run(): Promise<void> {
  let settings: Settings
  let context: RunContext
  try {
    settings = readSettings()
    context = readRunContext()
  } catch (error) {
    return fail(error)
  }
  if (settings.token) core.setSecret(settings.token)

  const trigger = readTrigger(context.eventName, context.payload, context.repository)
  if (trigger.kind === 'ignore') {
    core.info(trigger.reason)
    core.setOutput('verdict', 'skipped')
    return
  }
  if (trigger.kind === 'invalid' || trigger.kind === 'refuse') return fail(new MemgateError(trigger.reason))
  if (trigger.kind === 'merge-group' || trigger.kind === 'dispatch') {
    core.info(`memgate does not answer ${context.eventName} yet.`)
    core.setOutput('verdict', 'skipped')
    return
  }
  const r: Run = { settings, context, client: createClient(settings.token), abort: new AbortController() }
  const stopSignals = handleSignals(r)
  try {
    if (trigger.kind === 'measure') {
      if (settings.mode === 'report') {
        throw new MemgateError(`mode: report posts a measure run's artifact on workflow_run; this is a ${context.eventName} event.`)
      }
      await measureAndPost(r, trigger.target, settings.runs)
    } else if (trigger.kind === 'command') {
      if (settings.mode === 'report') {
        core.info('mode: report posts measure runs only; commands are answered by a workflow with mode all or measure.')
        core.setOutput('verdict', 'skipped')
        return
      }
      await answerCommand(r, trigger.command)
    } else {
      if (settings.mode !== 'report') {
        core.info(`workflow_run: memgate posts a measure run's report only with mode: report (mode is ${settings.mode}).`)
        core.setOutput('verdict', 'skipped')
        return
      }
      await postMeasuredReport(r, trigger.report)
    }
  } catch (error) {
    if (!(error instanceof MemgateError)) {
      // A bug: the status must not stay pending, and the stack must reach the log.
      await finishPending('memgate crashed; see the workflow run')
      throw error
    }
    await finishPending(error.reason)
    fail(error)
  } finally {
    stopSignals()
  }
}

// ── pull_request and /memgate rerun ────────────────────────────────────────────────────────────

async function measureAndPost(r: Run, target: Target, runs: number): Promise<MemgateReport> {
  const where = { owner: target.owner, repo: target.repo, sha: target.headSha, targetUrl: r.context.runUrl }
  const posting = r.settings.mode === 'all'
  if (posting) {
    const what = `Measuring ${target.headSha.slice(0, 7)} against its base: ${runs} runs per side`
    if (await setStatus(r, where, 'pending', what)) {
      pending = { run: r, where }
      core.saveState(PENDING_STATE, JSON.stringify(where))
    }
  }
  const { report, workDir } = await measure(r, target, runs)
  await publish(r, report, workDir, runs)
  if (posting) {
    await setFinalStatus(r, where, report)
    await postComment(r, target, report, runs)
  }
  failStepFor(r, report)
  return report
}

async function measure(r: Run, target: Target, runs: number): Promise<{ report: MemgateReport; workDir: string }> {
  const workDir = fs.mkdtempSync(path.join(r.context.tempDir ?? os.tmpdir(), 'memgate-'))
  let report: MemgateReport
  try {
    report = (
      await runPipeline({
        repoDir: path.resolve(r.context.workspace, '.'),
        base: target.baseSha,
        head: target.headSha,
        soakCommand: r.settings.soakCommand,
        installCommand: r.settings.installCommand,
        workingDirectory: r.settings.workingDirectory,
        runs,
        timeoutMs: r.settings.timeoutMs,
        durationMs: r.settings.durationMs,
        stats: r.settings.stats,
        bumps: r.settings.bumps,
        workDir,
        token: r.settings.token,
        remote: 'origin',
        signal: r.abort.signal,
        probePath: fileURLToPath(new URL('./probe.cjs', import.meta.url)),
        log: (line) => core.info(line)
      })
    ).report
  } catch (error) {
    if (!(error instanceof MemgateError)) throw error
    report = errorReport(error.reason, { headSha: target.headSha, baseSha: '' })
  }
  report.pullRequest = { repository: `${target.owner}/${target.repo}`, number: target.pullNumber, headSha: target.headSha }
  // Bumps come from the files; the bot's own grouping (Dependabot, Renovate) is only shown.
  const pr = (r.context.payload as { pull_request?: PrText; issue?: PrText }) ?? {}
  report.grouping = parsePrGrouping((pr.pull_request ?? pr.issue)?.title, (pr.pull_request ?? pr.issue)?.body)
  return { report, workDir }
}

/** Report file, outputs, job summary, artifact: everything that needs no write access. */
async function publish(r: Run, report: MemgateReport, workDir: string, runs?: number): Promise<void> {
  const reportFile = path.join(workDir, REPORT_FILE)
  fs.writeFileSync(reportFile, JSON.stringify(report, null, 2) + '\n')
  core.setOutput('verdict', report.verdict)
  core.setOutput('report-file', reportFile)
  core.setOutput('growth', report.difference ? String(report.difference.estimate) : '')
  await warnOnFailure('write the job summary', () => core.summary.addRaw(renderReport(report, renderContext(r, runs)), true).write())
  await warnOnFailure('upload the artifact', async () => {
    const result = await uploadRunArtifact(r.settings.artifactName, workDir)
    if (result.uploaded) core.info(`Artifact ${r.settings.artifactName}: ${result.files} files, ${result.size ?? '?'} bytes`)
    else core.warning(`The ${result.files} files of this run were not uploaded as an artifact (${result.reason}); they stay in ${workDir}.`)
  })
}

function renderContext(r: Run, runs?: number, runUrl = r.context.runUrl): CommentContext {
  // In mode report this workflow's soak and install inputs are not the ones the measure run used.
  const measuring = r.settings.mode !== 'report'
  return {
    statusContext: r.settings.statusContext,
    runUrl,
    soakCommand: measuring ? r.settings.soakCommand : undefined,
    installCommand: measuring ? r.settings.installCommand : undefined,
    runs: runs ?? r.settings.runs,
    artifactName: r.settings.artifactName
  }
}

/**
 * Edits memgate's comment, or creates it (never for "skipped"), after re-reading the PR: a run whose
 * head is no longer the PR's head leaves the comment to the run of the new head.
 */
async function postComment(r: Run, target: Target, report: MemgateReport, runs?: number, runUrl?: string): Promise<void> {
  const pr: PullRef = { owner: target.owner, repo: target.repo, pullNumber: target.pullNumber }
  await warnOnFailure('update the PR comment', async () => {
    const current = await readPull(r.client, pr)
    if (current.headSha !== target.headSha) {
      core.info(`The PR's head moved to ${current.headSha.slice(0, 7)}; the comment is left to that run.`)
      return
    }
    const body = renderComment(report, renderContext(r, runs, runUrl))
    const done = await upsertStickyComment(r.client, pr, commentMarker(r.settings.statusContext), body, report.verdict !== 'skipped')
    core.info(`PR comment: ${done}`)
  })
}

// ── statuses ────────────────────────────────────────────────────────────────────────────────────

/** The commit status for a verdict, given fail-on and an acceptance. */
export function statusFor(report: MemgateReport, failOn: readonly string[]): { state: StatusState; description: string } {
  const first = report.reason.split('\n')[0]
  if (report.verdict === 'error') return { state: 'error', description: `error: ${first}` }
  if (report.accepted && (report.verdict === 'leak' || report.verdict === 'inconclusive')) {
    return { state: 'success', description: `accepted by @${report.accepted.by}: ${report.accepted.reason || report.verdict}` }
  }
  if (report.verdict === 'leak' || report.verdict === 'inconclusive') {
    const failing = failOn.includes(report.verdict)
    return { state: failing ? 'failure' : 'success', description: `${report.verdict}${failing ? '' : ' (not failing: fail-on)'}: ${first}` }
  }
  return { state: 'success', description: `${report.verdict}: ${first}` }
}

async function setFinalStatus(r: Run, where: StatusTarget, report: MemgateReport): Promise<void> {
  const { state, description } = statusFor(report, r.settings.failOn)
  if (await setStatus(r, where, state, description)) clearPending(where)
}

function clearPending(where: StatusTarget): void {
  if (pending?.where.sha === where.sha) {
    pending = null
    core.saveState(PENDING_STATE, '')
  }
}

/** Ends this step's pending status as an error, if there is one (crash, cancellation). */
async function finishPending(reason: string): Promise<void> {
  if (!pending) return
  const { run: r, where } = pending
  if (await setStatus(r, where, 'error', reason)) clearPending(where)
}

async function setStatus(r: Run, where: StatusTarget, state: StatusState, description: string): Promise<boolean> {
  return warnOnFailure(`set the ${state} status`, () =>
    setCommitStatus(r.client, where, { state, description, context: r.settings.statusContext, targetUrl: where.targetUrl })
  )
}

function failStepFor(r: Run, report: MemgateReport): void {
  const failing = report.verdict === 'error' || (!report.accepted && (r.settings.failOn as string[]).includes(report.verdict))
  if (failing) core.setFailed(`memgate: ${report.verdict}: ${report.reason.split('\n')[0]}`)
}

// ── /memgate commands ───────────────────────────────────────────────────────────────────────────

async function answerCommand(r: Run, c: CommandTrigger): Promise<void> {
  const repo = { owner: c.owner, repo: c.repo }
  const react = (content: Reaction) => warnOnFailure(`react ${content} to the command`, () => addReaction(r.client, repo, c.commentId, content))
  const reply = (body: string) => warnOnFailure('reply to the command', () => replyOnPull(r.client, repo, c.pullNumber, body))
  core.setOutput('verdict', 'skipped')

  const permission = await readPermission(r.client, repo, c.user).catch((error) => {
    core.warning(`Could not read @${c.user}'s permission (HTTP ${httpStatus(error) ?? '?'}); treating it as none.`)
    return 'none' as const
  })
  if (!canCommand(permission)) {
    core.info(`@${c.user} has ${permission} permission; /memgate commands need write, maintain or admin.`)
    await reply(
      `@${c.user} thanks — memgate takes commands only from people with write access to this repository, so nothing was run. ` +
        'A maintainer can comment `/memgate rerun` or `/memgate accept` instead.'
    )
    await react('confused')
    return
  }
  await react('eyes')
  const command = c.command
  if (command.name === 'help' || command.name === 'invalid') {
    await reply([command.name === 'invalid' ? `@${c.user} ${command.reason}\n` : '', renderHelp(r.settings.statusContext)].join('\n'))
    await react(command.name === 'help' ? 'rocket' : 'confused')
    return
  }
  // The head is read once, now: a push after the command is measured by its own run.
  let pull: PullState
  try {
    pull = await readPull(r.client, { ...repo, pullNumber: c.pullNumber })
  } catch (error) {
    await react('confused')
    throw new MemgateError(`Could not read pull request #${c.pullNumber} (HTTP ${httpStatus(error) ?? '?'})`, 2, { cause: error })
  }
  if (command.name === 'accept') {
    const ok = await acceptLeak(r, c, pull, command.reason)
    await react(ok ? 'rocket' : 'confused')
    return
  }
  const target: Target = { ...repo, pullNumber: c.pullNumber, baseSha: pull.baseSha, headSha: pull.headSha, fork: false }
  core.info(`@${c.user} asked for a rerun of #${c.pullNumber} at ${pull.headSha.slice(0, 7)}.`)
  let report: MemgateReport
  try {
    report = await measureAndPost(r, target, command.runs ?? r.settings.runs)
  } catch (error) {
    await react('confused')
    throw error
  }
  await react(report.verdict === 'error' ? 'confused' : 'rocket')
}

/** `/memgate accept`: a leak measured for the PR's current head turns success, recorded in the comment. */
async function acceptLeak(r: Run, c: CommandTrigger, pull: PullState, reason: string): Promise<boolean> {
  const pr: PullRef = { owner: c.owner, repo: c.repo, pullNumber: c.pullNumber }
  const reply = (body: string) => warnOnFailure('reply to the command', () => replyOnPull(r.client, pr, pr.pullNumber, body))
  const marker = commentMarker(r.settings.statusContext)
  const existing = await findStickyComment(r.client, pr, marker)
  const report = existing ? extractReport(existing.body) : null
  if (!report || report.head.sha !== pull.headSha) {
    const measured = report?.head.sha ? ` (the last one is of ${report.head.sha.slice(0, 7)})` : ''
    await reply(`@${c.user} there is no measurement of the current head ${pull.headSha.slice(0, 7)} to accept${measured}. Comment \`/memgate rerun\` first.`)
    return false
  }
  if (report.verdict !== 'leak' && report.verdict !== 'inconclusive') {
    await reply(`@${c.user} the verdict for ${pull.headSha.slice(0, 7)} is ${report.verdict}; there is nothing to accept.`)
    return false
  }
  report.accepted = { by: c.user, reason }
  const where = { owner: c.owner, repo: c.repo, sha: pull.headSha, targetUrl: r.context.runUrl }
  await setFinalStatus(r, where, report)
  await warnOnFailure('record the acceptance in the comment', () =>
    upsertStickyComment(r.client, pr, marker, renderComment(report, renderContext(r, report.head.runs || undefined)), false)
  )
  core.setOutput('verdict', report.verdict)
  core.info(`@${c.user} accepted the ${report.verdict} of ${pull.headSha.slice(0, 7)}: ${reason || '(no reason)'}`)
  return true
}

// ── mode: report (workflow_run) ─────────────────────────────────────────────────────────────────

/**
 * Posts what a `mode: measure` run (the PR's own job, read-only token) saved: checks the report's
 * format, that its head is the commit the measure run ran on, and that the PR it names has that
 * head now, before anything is written.
 */
async function postMeasuredReport(r: Run, t: ReportTrigger): Promise<void> {
  const runUrl = t.runUrl ?? r.context.runUrl
  const where = t.headSha ? { owner: t.owner, repo: t.repo, sha: t.headSha, targetUrl: runUrl } : null
  if (t.action === 'requested') {
    // The measure run just started: the required check shows pending until its report arrives.
    if (where) await setStatus(r, where, 'pending', `Measuring ${where.sha.slice(0, 7)} in another workflow run`)
    core.setOutput('verdict', 'skipped')
    return
  }
  const file = fs.existsSync(r.settings.reportPath) && fs.statSync(r.settings.reportPath).isDirectory()
    ? path.join(r.settings.reportPath, REPORT_FILE)
    : r.settings.reportPath
  if (!fs.existsSync(file)) {
    const reason =
      t.conclusion === 'cancelled'
        ? 'cancelled: the measure run was cancelled'
        : `The measure run (${t.conclusion ?? 'unknown conclusion'}) left no report at ${file}`
    if (where) await setStatus(r, where, 'error', reason)
    throw new MemgateError(reason)
  }
  let report: MemgateReport
  try {
    report = checkReport(fs.readFileSync(file, 'utf8'), file)
    if (!report.pullRequest) throw new MemgateError(`${file} names no pull request; it was not written by mode: measure`)
    if (report.pullRequest.repository.toLowerCase() !== `${t.owner}/${t.repo}`.toLowerCase()) {
      throw new MemgateError(`${file} is for ${report.pullRequest.repository}, not ${t.owner}/${t.repo}`)
    }
    if (report.head.sha && report.head.sha !== report.pullRequest.headSha) {
      throw new MemgateError(`${file} measured ${report.head.sha.slice(0, 7)} but claims PR head ${report.pullRequest.headSha.slice(0, 7)}`)
    }
    if (!t.headSha || report.pullRequest.headSha !== t.headSha) {
      throw new MemgateError(
        `${file} claims head ${report.pullRequest.headSha.slice(0, 7)}, but the measure run ran on ${t.headSha?.slice(0, 7) ?? 'an unknown commit'}`
      )
    }
    if (t.pullNumbers.length > 0 && !t.pullNumbers.includes(report.pullRequest.number)) {
      throw new MemgateError(`${file} claims PR #${report.pullRequest.number}, but the measure run belongs to #${t.pullNumbers.join(', #')}`)
    }
  } catch (error) {
    if (where && error instanceof MemgateError) await setStatus(r, where, 'error', `Report rejected: ${error.reason}`)
    throw error
  }
  const pullNumber = report.pullRequest.number
  const target: Target = { owner: t.owner, repo: t.repo, pullNumber, baseSha: report.base.sha, headSha: report.pullRequest.headSha, fork: true }
  let pull: PullState
  try {
    pull = await readPull(r.client, { owner: t.owner, repo: t.repo, pullNumber })
  } catch (error) {
    const reason = `Report rejected: PR #${pullNumber} cannot be read (HTTP ${httpStatus(error) ?? '?'})`
    await setStatus(r, where!, 'error', reason)
    throw new MemgateError(reason, 2, { cause: error })
  }
  if (pull.headSha !== target.headSha) {
    // The status is still true of the commit that was measured; the comment belongs to the new head.
    core.info(`PR #${pullNumber}'s head is ${pull.headSha.slice(0, 7)}, not the measured ${target.headSha.slice(0, 7)}: status only.`)
  }
  await publish(r, report, fs.mkdtempSync(path.join(r.context.tempDir ?? os.tmpdir(), 'memgate-')))
  await setFinalStatus(r, where!, report)
  if (pull.headSha === target.headSha) await postComment(r, target, report, report.head.runs || undefined, runUrl)
  failStepFor(r, report)
}

// ── the edges ───────────────────────────────────────────────────────────────────────────────────

/**
 * SIGINT/SIGTERM: the runner's cancellation (and a step's timeout-minutes). Stop the soaks, end the
 * pending status as "cancelled", exit. Returns the function that removes the handlers.
 */
function handleSignals(r: Run): () => void {
  let cancelling = false
  const onSignal = (signal: NodeJS.Signals) => {
    if (cancelling) return
    cancelling = true
    r.abort.abort(new MemgateError(`cancelled (${signal})`))
    core.warning(`memgate was cancelled (${signal}); the status becomes an error, not a pending check.`)
    core.setOutput('verdict', 'error')
    void finishPending('cancelled: the workflow run was cancelled or timed out').finally(() => process.exit(1))
  }
  process.on('SIGINT', onSignal)
  process.on('SIGTERM', onSignal)
  return () => {
    process.off('SIGINT', onSignal)
    process.off('SIGTERM', onSignal)
  }
}

/** Runs a GitHub write; a failure becomes a warning. True when it worked. */
async function warnOnFailure(what: string, action: () => Promise<unknown>): Promise<boolean> {
  try {
    await action()
    return true
  } catch (error) {
    const status = httpStatus(error)
    const hint = status === 403 ? ' — a read-only token (a fork\'s PR?) cannot write; see docs/security.md' : ''
    core.warning(`Could not ${what}${status ? ` (HTTP ${status})` : ''}: ${(error as Error).message.split('\n')[0]}${hint}`)
    return false
  }
}

function fail(error: unknown): void {
  if (error instanceof MemgateError) {
    core.setOutput('verdict', 'error')
    core.setFailed(error.reason)
    return
  }
  throw error
}
