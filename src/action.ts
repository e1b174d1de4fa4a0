// The action: read inputs and the event once, run the pipeline, report through the status,
// the sticky comment, the job summary and the outputs. Nothing is lost when one of them fails.
import * as core from '@actions/core'
import * as fs from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import { fileURLToPath } from 'node:url'
import { MemgateError } from './errors.js'
import { createClient, type Client } from './github/client.js'
import { readPullHead } from './github/pull.js'
import { setCommitStatus, type StatusState } from './github/status.js'
import { upsertStickyComment } from './github/sticky-comment.js'
import { readSettings, type Settings } from './inputs.js'
import { runPipeline } from './pipeline.js'
import { errorReport } from './report/build.js'
import { commentMarker, renderComment, renderReport } from './report/markdown.js'
import { readRunContext, type RunContext } from './trigger/context.js'
import { readTrigger, type Target } from './trigger/event.js'
import type { Report, Verdict } from './types.js'

const STATES: Record<Verdict, StatusState> = {
  pass: 'success',
  skipped: 'success',
  leak: 'failure',
  inconclusive: 'failure',
  error: 'error'
}

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
  const target = trigger.target
  const client = createClient(settings.token)
  const status = (state: StatusState, description: string) =>
    warnOnFailure(`set the ${state} status`, () =>
      setCommitStatus(client, { owner: target.owner, repo: target.repo, sha: target.headSha }, {
        state,
        description,
        context: settings.statusContext,
        targetUrl: context.runUrl
      })
    )

  await status('pending', `Measuring ${target.headSha.slice(0, 7)} against its base`)
  const workDir = fs.mkdtempSync(path.join(context.tempDir ?? os.tmpdir(), 'memgate-'))
  let report: Report
  try {
    report = (
      await runPipeline({
        repoDir: path.resolve(context.workspace, '.'),
        base: target.baseSha,
        head: target.headSha,
        soakCommand: settings.soakCommand,
        installCommand: settings.installCommand,
        workingDirectory: settings.workingDirectory,
        runs: settings.runs,
        timeoutMs: settings.timeoutMs,
        workDir,
        token: settings.token,
        probePath: fileURLToPath(new URL('./probe.cjs', import.meta.url)),
        log: (line) => core.info(line)
      })
    ).report
  } catch (error) {
    if (!(error instanceof MemgateError)) {
      // A bug: the status must not stay pending, and the stack must reach the log.
      await status('error', 'memgate crashed; see the workflow run')
      throw error
    }
    report = errorReport(error.reason, { headSha: target.headSha })
  }

  const reportFile = path.join(workDir, 'memgate-report.json')
  fs.writeFileSync(reportFile, JSON.stringify(report, null, 2) + '\n')
  core.setOutput('verdict', report.verdict)
  core.setOutput('report-file', reportFile)
  const renderContext = { statusContext: settings.statusContext, runUrl: context.runUrl, soakCommand: settings.soakCommand }
  await warnOnFailure('write the job summary', () => core.summary.addRaw(renderReport(report, renderContext), true).write())
  await status(STATES[report.verdict], describe(report))
  await postComment(client, target, report, settings, renderContext)

  if (report.verdict === 'leak' || report.verdict === 'error' || report.verdict === 'inconclusive') {
    core.setFailed(`memgate: ${report.verdict}: ${report.reason.split('\n')[0]}`)
  }
}

async function postComment(
  client: Client,
  target: Target,
  report: Report,
  settings: Settings,
  renderContext: Parameters<typeof renderComment>[1]
): Promise<void> {
  const pr = { owner: target.owner, repo: target.repo, pullNumber: target.pullNumber }
  await warnOnFailure('update the PR comment', async () => {
    const currentHead = await readPullHead(client, pr)
    if (currentHead !== target.headSha) {
      core.info(`The PR's head moved to ${currentHead.slice(0, 7)}; the comment is left to that run.`)
      return
    }
    const body = renderComment(report, renderContext)
    const done = await upsertStickyComment(client, pr, commentMarker(settings.statusContext), body, report.verdict !== 'skipped')
    core.info(`PR comment: ${done}`)
  })
}

function describe(report: Report): string {
  const first = report.reason.split('\n')[0]
  return `${report.verdict}: ${first}`
}

async function warnOnFailure(what: string, action: () => Promise<unknown>): Promise<void> {
  try {
    await action()
  } catch (error) {
    const status = (error as { status?: number }).status
    core.warning(`Could not ${what}${status ? ` (HTTP ${status})` : ''}: ${(error as Error).message.split('\n')[0]}`)
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
