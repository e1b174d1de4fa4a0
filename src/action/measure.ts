// pull_request (and /memgate rerun): measure the PR's head against its base, then post.
import * as path from 'node:path'
import { fileURLToPath } from 'node:url'
import { parsePrGrouping } from '../bumps/pr.js'
import { runPipeline } from '../pipeline.js'
import type { MemgateReport } from '../report/build.js'
import type { Target } from '../trigger/event.js'
import { findCauseAndFix } from './cause.js'
import { logLine } from './log.js'
import { failStepFor, newWorkDir, postComment, publish, type Step } from './publish.js'

interface PrText {
  title?: string | null
  body?: string | null
}

/** Measures `target` with `runs` runs a side; in mode `all` it sets the status and the comment too. */
export async function measureAndPost(step: Step, target: Target, runs: number): Promise<MemgateReport> {
  const where = { owner: target.owner, repo: target.repo, sha: target.headSha, targetUrl: step.context.runUrl }
  const posting = step.inputs.mode === 'all'
  if (posting) await step.status.start(where, `Measuring ${target.headSha.slice(0, 7)} against its base: ${runs} runs per side`)
  const { report, workDir } = await measure(step, target, runs)
  await publish(step, report, workDir, runs)
  if (posting) {
    await step.status.finish(where, report)
    await postComment(step, target, report, runs)
    // The status is final; the cause and a verified fix follow in this job, in the same comment.
    if (report.verdict === 'leak' && step.inputs.bisect === 'on-leak' && report.bumps.length > 0) await findCauseAndFix(step, target, report, runs)
  }
  failStepFor(step, report)
  return report
}

async function measure(step: Step, target: Target, runs: number) {
  const options = step.inputs.options
  const { report, workDir } = await runPipeline(
    { ...options, stats: { ...options.stats, runs, maxRuns: Math.max(options.stats.maxRuns, runs) } },
    {
      repoDir: path.resolve(step.context.workspace, '.'),
      base: target.baseSha,
      head: target.headSha,
      workDir: newWorkDir(step),
      token: step.inputs.token,
      remote: 'origin',
      signal: step.signal,
      probePath: fileURLToPath(new URL('./probe.cjs', import.meta.url)),
      log: logLine
    }
  )
  // A report that could not resolve the head still names the commit the PR asked for.
  report.head.sha ||= target.headSha
  report.pullRequest = { repository: `${target.owner}/${target.repo}`, number: target.pullNumber, headSha: target.headSha }
  // Bumps come from the files; the bot's own grouping (Dependabot, Renovate) is only shown.
  const pr = (step.context.payload as { pull_request?: PrText; issue?: PrText }) ?? {}
  report.grouping = parsePrGrouping((pr.pull_request ?? pr.issue)?.title, (pr.pull_request ?? pr.issue)?.body)
  return { report, workDir }
}
