// What every mode leaves behind: the report file, the outputs, the job summary, the artifact (none
// of which needs write access), and the sticky PR comment.
import * as core from '@actions/core'
import * as fs from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import { uploadRunArtifact } from '../github/artifact.js'
import type { Client } from '../github/client.js'
import { readPull } from '../github/pull.js'
import { upsertStickyComment, type PullRef } from '../github/sticky-comment.js'
import type { MemgateReport } from '../report/build.js'
import { commentMarker, renderComment, renderReport, type CommentContext } from '../report/markdown.js'
import type { RunContext } from '../trigger/context.js'
import type { Target } from '../trigger/event.js'
import type { Inputs } from './inputs.js'
import { type StatusLifecycle, warnOnFailure } from './status.js'

export const REPORT_FILE = 'memgate-report.json'

/** One step of a workflow job running memgate: what every mode works with. */
export interface Step {
  inputs: Inputs
  context: RunContext
  client: Client
  status: StatusLifecycle
  /** Aborted on SIGINT/SIGTERM (a cancelled or timed-out job); the pipeline stops its soaks. */
  signal: AbortSignal
}

/** A new scratch directory under the runner's temp dir. */
export function newWorkDir(step: Step): string {
  return fs.mkdtempSync(path.join(step.context.tempDir ?? os.tmpdir(), 'memgate-'))
}

/** Report file, outputs, job summary, artifact: everything that needs no write access. */
export async function publish(step: Step, report: MemgateReport, workDir: string, runs?: number): Promise<void> {
  const reportFile = path.join(workDir, REPORT_FILE)
  fs.writeFileSync(reportFile, JSON.stringify(report, null, 2) + '\n')
  core.setOutput('verdict', report.verdict)
  core.setOutput('report-file', reportFile)
  core.setOutput('growth', report.difference ? String(report.difference.estimate) : '')
  await warnOnFailure('write the job summary', () => core.summary.addRaw(renderReport(report, renderContext(step, runs)), true).write())
  const name = step.inputs.artifactName
  await warnOnFailure('upload the artifact', async () => {
    const result = await uploadRunArtifact(name, workDir)
    if (result.uploaded) core.info(`Artifact ${name}: ${result.files} files, ${result.size ?? '?'} bytes`)
    else core.warning(`The ${result.files} files of this run were not uploaded as an artifact (${result.reason}); they stay in ${workDir}.`)
  })
}

export function renderContext(step: Step, runs?: number, runUrl = step.context.runUrl): CommentContext {
  // In mode report this workflow's soak and install inputs are not the ones the measure run used.
  const measuring = step.inputs.mode !== 'report'
  return {
    statusContext: step.inputs.statusContext,
    runUrl,
    soakCommand: measuring ? step.inputs.options.soakCommand : undefined,
    installCommand: measuring ? step.inputs.options.installCommand : undefined,
    runs: runs ?? step.inputs.options.stats.runs,
    artifactName: step.inputs.artifactName
  }
}

/**
 * Edits memgate's comment, or creates it (never for "skipped"), after re-reading the PR: a run whose
 * head is no longer the PR's head leaves the comment to the run of the new head.
 */
export async function postComment(step: Step, target: Target, report: MemgateReport, runs?: number, runUrl?: string): Promise<void> {
  const pr: PullRef = { owner: target.owner, repo: target.repo, pullNumber: target.pullNumber }
  await warnOnFailure(
    'update the PR comment',
    async () => {
      const current = await readPull(step.client, pr)
      if (current.headSha !== target.headSha) {
        core.info(`The PR's head moved to ${current.headSha.slice(0, 7)}; the comment is left to that run.`)
        return
      }
      const body = renderComment(report, renderContext(step, runs, runUrl))
      const done = await upsertStickyComment(step.client, pr, commentMarker(step.inputs.statusContext), body, report.verdict !== 'skipped')
      core.info(`PR comment: ${done}`)
    },
    'comment'
  )
}

/** Fails the step for an error, or for a verdict fail-on names that no one accepted. */
export function failStepFor(step: Step, report: MemgateReport): void {
  const failing = report.verdict === 'error' || (!report.accepted && (step.inputs.failOn as string[]).includes(report.verdict))
  if (failing) core.setFailed(`memgate: ${report.verdict}: ${report.reason.split('\n')[0]}`)
}
