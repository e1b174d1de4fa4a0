// The action: read the inputs and the event once, then one mode — measure a PR, answer a command,
// or post a measure run's report. Only this module catches: a MemgateError fails the step with its
// reason; anything else is a bug and keeps its stack. Every GitHub write is best effort (a 403 or a
// 404 is a warning): the verdict, the summary, the outputs and the report file still stand.
import * as core from '@actions/core'
import { MemgateError } from '../errors.js'
import { basicCredential } from '../git.js'
import { createClient } from '../github/client.js'
import { addSecret } from '../secrets.js'
import { isCredential } from '../soak/env.js'
import { readRunContext } from '../trigger/context.js'
import { readTrigger } from '../trigger/event.js'
import { answerDispatch } from './dispatch.js'
import { readInputs } from './inputs.js'
import { answerCommand } from './issue-comment.js'
import { checkMergeGroup } from './merge-group.js'
import { answerPullRequest, refuseFork } from './pull-request.js'
import { recordMain } from './record.js'
import { SoftWrites } from './soft-write.js'
import { StatusLifecycle } from './status.js'
import type { Step } from './step.js'
import { postMeasuredReport } from './workflow-run.js'

export async function run(): Promise<void> {
  let step: Step
  let abort: AbortController
  try {
    const inputs = readInputs()
    if (inputs.token) {
      core.setSecret(inputs.token)
      // git sends the token base64-encoded: that form must not reach a log either.
      core.setSecret(basicCredential(inputs.token))
      addSecret(inputs.token)
      addSecret(basicCredential(inputs.token))
    }
    // What the workflow hands memgate as credentials never reaches a comment, status or summary.
    for (const [name, value] of Object.entries(process.env)) {
      if (isCredential(name) || inputs.options.passEnv.includes(name)) addSecret(value)
    }
    const context = readRunContext()
    const client = createClient(inputs.token)
    abort = new AbortController()
    const writes = new SoftWrites()
    const status = new StatusLifecycle(client, inputs.statusContext, inputs.failOn, writes)
    step = { inputs, context, client, status, writes, signal: abort.signal }
  } catch (error) {
    return fail(error)
  }
  if (step.inputs.mode === 'record') return recordOrFail(step)
  const trigger = readTrigger(step.context.eventName, step.context.payload, step.context.repository, step.inputs.trigger)
  if (trigger.kind === 'ignore') {
    core.info(trigger.reason)
    core.setOutput('verdict', 'skipped')
    return
  }
  if (trigger.kind === 'invalid') return fail(new MemgateError(trigger.reason))
  if (step.inputs.shard && trigger.kind !== 'measure' && trigger.kind !== 'refuse') {
    return fail(new MemgateError(`shard: I/N measures a share of a pull_request's runs; this ${step.context.eventName} event is not one.`))
  }
  const stopSignals = onCancel(step, abort)
  try {
    const mode = step.inputs.mode
    if (trigger.kind === 'refuse') {
      await refuseFork(step, trigger.target, trigger.reason)
      throw new MemgateError(trigger.reason)
    } else if (trigger.kind === 'measure' || trigger.kind === 'merge-group' || trigger.kind === 'dispatch') {
      if (mode === 'report') {
        throw new MemgateError(`mode: report posts a measure run's artifact on workflow_run; this is a ${step.context.eventName} event.`)
      }
      if (trigger.kind === 'measure') await answerPullRequest(step, trigger)
      else if (trigger.kind === 'merge-group') await checkMergeGroup(step, trigger.group)
      else await answerDispatch(step, trigger.dispatch)
    } else if (trigger.kind === 'command') {
      if (mode === 'report')
        return skip('mode: report posts measure runs only; commands are answered by a workflow with mode all or measure.')
      await answerCommand(step, trigger.command)
    } else {
      if (mode !== 'report') return skip(`workflow_run: memgate posts a measure run's report only with mode: report (mode is ${mode}).`)
      await postMeasuredReport(step, trigger.report)
    }
  } catch (error) {
    // A bug as much as a MemgateError: the status must not stay pending.
    await step.status.cancel(error instanceof MemgateError ? error.reason : 'memgate crashed; see the workflow run')
    fail(error)
  } finally {
    stopSignals()
    const refused = step.writes.line(trigger.kind === 'measure' && trigger.target.fork)
    if (refused) core.warning(refused)
  }
}

async function recordOrFail(step: Step): Promise<void> {
  try {
    await recordMain(step)
  } catch (error) {
    fail(error)
  } finally {
    const refused = step.writes.line(false)
    if (refused) core.warning(refused)
  }
}

function skip(reason: string): void {
  core.info(reason)
  core.setOutput('verdict', 'skipped')
}

/**
 * SIGINT/SIGTERM: the runner's cancellation (and a step's timeout-minutes). The soaks stop (their
 * process groups are killed), the pending status ends as an error at once, and the step unwinds
 * through its usual path; the post step covers a step killed before it could. Returns the function
 * that removes the handlers.
 */
function onCancel(step: Step, abort: AbortController): () => void {
  const onSignal = (signal: NodeJS.Signals) => {
    if (abort.signal.aborted) return
    abort.abort(new MemgateError(`cancelled (${signal})`))
    core.warning(`memgate was cancelled (${signal}); the status becomes an error, not a pending check.`)
    core.setOutput('verdict', 'error')
    void step.status.cancel('cancelled: the workflow run was cancelled or timed out')
  }
  process.on('SIGINT', onSignal)
  process.on('SIGTERM', onSignal)
  return () => {
    process.off('SIGINT', onSignal)
    process.off('SIGTERM', onSignal)
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
