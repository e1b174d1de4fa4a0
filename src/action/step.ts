// One step of a workflow job running memgate: what every event's module works with, and the helpers
// they share.

import * as fs from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import { fileURLToPath } from 'node:url'
import * as core from '@actions/core'
import type { Client } from '../github/client.js'
import type { Report } from '../report/build.js'
import type { CommentContext } from '../report/markdown.js'
import type { RunContext } from '../trigger/context.js'
import type { Inputs } from './inputs.js'
import type { SoftWrites } from './soft-write.js'
import type { StatusLifecycle } from './status.js'

/** One step of a workflow job running memgate: what every mode works with. */
export interface Step {
  inputs: Inputs
  context: RunContext
  client: Client
  status: StatusLifecycle
  /** GitHub writes that may fail without failing the step, and the refusals among them. */
  writes: SoftWrites
  /** Aborted on SIGINT/SIGTERM (a cancelled or timed-out job); the pipeline stops its soaks. */
  signal: AbortSignal
}

/** dist/probe.cjs, beside the bundled action. */
export const probePath = (): string => fileURLToPath(new URL('./probe.cjs', import.meta.url))

/** A new scratch directory under the runner's temp dir. */
export function newWorkDir(step: Step): string {
  return fs.mkdtempSync(path.join(step.context.tempDir ?? os.tmpdir(), 'memgate-'))
}

/** What the comment and the summary say about how this step measured. */
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

/** Fails the step for an error, or for a verdict fail-on names that no one accepted. */
export function failStepFor(step: Step, report: Report): void {
  const failing = report.verdict === 'error' || (!report.accepted && (step.inputs.failOn as string[]).includes(report.verdict))
  if (failing) core.setFailed(`memgate: ${report.verdict}: ${report.reason.split('\n')[0]}`)
}
