// issue_comment: answer `/memgate rerun | accept | help` from people with write access.
import * as core from '@actions/core'
import { MemgateError } from '../errors.js'
import { httpStatus } from '../github/client.js'
import { canCommand, readPermission } from '../github/permission.js'
import { type PullState, readPull } from '../github/pull.js'
import { addReaction, type Reaction, replyOnPull } from '../github/reaction.js'
import type { PullRef } from '../github/sticky-comment.js'
import { renderHelp } from '../report/markdown.js'
import { shortSha } from '../sha.js'
import type { CommandTrigger, PullTarget } from '../trigger/event.js'
import { checkReviewedHead } from '../trigger/reviewed-head.js'
import { findCauseAndFix } from './cause.js'
import { postComment, readOwnReport } from './comment.js'
import { logLine } from './log.js'
import { measureAndPost } from './measurement.js'
import { uploadArtifact, writeBisect } from './publish.js'
import { newWorkDir, type Step } from './step.js'

export async function answerCommand(step: Step, c: CommandTrigger): Promise<void> {
  const repo = { owner: c.owner, repo: c.repo }
  const react = (content: Reaction) =>
    step.writes.attempt(`react ${content} to the command`, () => addReaction(step.client, repo, c.commentId, content), 'reaction')
  const reply = (body: string) =>
    step.writes.attempt('reply to the command', () => replyOnPull(step.client, repo, c.pullNumber, body), 'reply')
  core.setOutput('verdict', 'skipped')

  const permission = await readPermission(step.client, repo, c.user).catch((error) => {
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
    await reply([command.name === 'invalid' ? `@${c.user} ${command.reason}\n` : '', renderHelp(step.inputs.statusContext)].join('\n'))
    await react(command.name === 'help' ? 'rocket' : 'confused')
    return
  }
  // The head is read once, now: a push after the command is measured by its own run.
  let pull: PullState
  try {
    pull = await readPull(step.client, { ...repo, pullNumber: c.pullNumber })
  } catch (error) {
    await react('confused')
    throw new MemgateError(`Could not read pull request #${c.pullNumber} (HTTP ${httpStatus(error) ?? '?'})`, 2, { cause: error })
  }
  if (command.name === 'accept') {
    const ok = await acceptLeak(step, c, pull, command.reason)
    await react(ok ? 'rocket' : 'confused')
    return
  }
  // A fork's author can push after the maintainer's comment: a fork's PR runs only the head named.
  const fork = pull.headRepository?.toLowerCase() !== `${c.owner}/${c.repo}`.toLowerCase()
  const target: PullTarget = { ...repo, pullNumber: c.pullNumber, baseSha: pull.baseSha, headSha: pull.headSha, fork }
  const check = checkReviewedHead({ fork, headSha: pull.headSha, named: command.sha })
  if (!check.run) {
    const again = command.name === 'bisect' ? 'bisect' : 'rerun'
    const runs = command.name === 'rerun' && command.runs !== undefined ? ` runs=${command.runs}` : ''
    core.info(`@${c.user}'s ${command.name} of #${c.pullNumber} does not run: ${check.sentence}`)
    await reply(
      `@${c.user} ${check.sentence} Once you have reviewed it, comment:\n\n\`\`\`\n/memgate ${again} ${check.headSha}${runs}\n\`\`\``
    )
    await react('confused')
    return
  }
  if (command.name === 'bisect') {
    const ok = await bisectLeak(step, c, pull, target)
    await react(ok ? 'rocket' : 'confused')
    return
  }
  core.info(`@${c.user} asked for a rerun of #${c.pullNumber} at ${shortSha(pull.headSha)}.`)
  const report = await measureAndPost(step, target, command.runs ?? step.inputs.options.stats.runs).catch(async (error: unknown) => {
    await react('confused')
    throw error
  })
  await react(report.verdict === 'error' ? 'confused' : 'rocket')
}

/** `/memgate bisect`: the cause and a verified fix of the leak measured for the PR's current head. */
async function bisectLeak(step: Step, c: CommandTrigger, pull: PullState, target: PullTarget): Promise<boolean> {
  const pr: PullRef = { owner: c.owner, repo: c.repo, pullNumber: c.pullNumber }
  const reply = (body: string) => step.writes.attempt('reply to the command', () => replyOnPull(step.client, pr, pr.pullNumber, body))
  const report = await readOwnReport(step, pr)
  if (!report || report.head.sha !== pull.headSha) {
    await reply(
      `@${c.user} there is no measurement of the current head ${shortSha(pull.headSha)} to bisect. Comment \`/memgate rerun\` first.`
    )
    return false
  }
  if (report.verdict !== 'leak') {
    await reply(`@${c.user} the verdict for ${shortSha(pull.headSha)} is ${report.verdict}; there is no leak to bisect.`)
    return false
  }
  core.info(`@${c.user} asked for the cause of the leak of #${c.pullNumber} at ${shortSha(pull.headSha)}.`)
  // The merge-base the report was measured against, when it names one.
  const found = await findCauseAndFix(step, { ...target, baseSha: report.base.sha || target.baseSha }, report)
  if (found === null) return false
  // This run's artifact: the bisect's document (the measurement's files are in the measuring run's).
  const workDir = newWorkDir(step)
  writeBisect(workDir, found)
  await uploadArtifact(step, workDir)
  return true
}

/** `/memgate accept`: a leak measured for the PR's current head turns success, recorded in the comment. */
async function acceptLeak(step: Step, c: CommandTrigger, pull: PullState, reason: string): Promise<boolean> {
  const pr: PullRef = { owner: c.owner, repo: c.repo, pullNumber: c.pullNumber }
  const reply = (body: string) =>
    step.writes.attempt('reply to the command', () => replyOnPull(step.client, pr, pr.pullNumber, body), 'reply')
  const report = await readOwnReport(step, pr)
  if (!report || report.head.sha !== pull.headSha) {
    const measured = report?.head.sha ? ` (the last one is of ${shortSha(report.head.sha)})` : ''
    await reply(
      `@${c.user} there is no measurement of the current head ${shortSha(pull.headSha)} to accept${measured}. Comment \`/memgate rerun\` first.`
    )
    return false
  }
  if (report.verdict !== 'leak' && report.verdict !== 'inconclusive') {
    await reply(`@${c.user} the verdict for ${shortSha(pull.headSha)} is ${report.verdict}; there is nothing to accept.`)
    return false
  }
  report.accepted = { by: c.user, reason }
  await step.status.finish({ owner: c.owner, repo: c.repo, sha: pull.headSha, targetUrl: step.context.runUrl }, report)
  const target: PullTarget = { ...pr, baseSha: pull.baseSha, headSha: pull.headSha, fork: false }
  await postComment(step, target, report, { runs: report.head.runs || undefined, create: false })
  core.setOutput('verdict', report.verdict)
  logLine(`@${c.user} accepted the ${report.verdict} of ${shortSha(pull.headSha)}: ${reason || '(no reason)'}`)
  return true
}
