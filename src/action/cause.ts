// After a leak (the status already final): the culprit bump, the first leaking version and a fix
// measured to pass, in the same job; the comment gets a "Cause and fix" section, and the fix a
// review suggestion on the manifest line when that line is in the PR's diff.

import * as path from 'node:path'
import * as core from '@actions/core'
import { findManifestLine, lineInPatch, renderCause, renderCauseFailed, renderCausePending, suggestedLine } from '../bisect/render.js'
import { type BisectReport, runBisect, type Suggestion, type Verification } from '../bisect/search.js'
import { MemgateError } from '../errors.js'
import { createGit } from '../git.js'
import { commentOnLine, listPullFiles } from '../github/review.js'
import type { PullRef } from '../github/sticky-comment.js'
import type { Report } from '../report/build.js'
import { escapeCodeBlock, escapeMarkdown } from '../report/escape.js'
import type { CauseSection } from '../report/markdown.js'
import type { PullTarget } from '../trigger/event.js'
import { postComment } from './comment.js'
import { newWorkDir, probePath, type Step } from './step.js'

/** Runs the search for `target`, whose measured report is `report`, and updates the comment as it goes. */
export async function findCauseAndFix(step: Step, target: PullTarget, report: Report, runs?: number): Promise<BisectReport | null> {
  const started = Date.now()
  const pr: PullRef = { owner: target.owner, repo: target.repo, pullNumber: target.pullNumber }
  core.info(`Looking for the cause of the leak and a fix (bisect: ${step.inputs.bisect}); the status is final already.`)
  await postComment(step, target, report, { runs, cause: { markdown: renderCausePending(new Date(started)) }, create: true })
  let bisect: BisectReport
  try {
    const options = step.inputs.options
    bisect = await runBisect({
      repoDir: path.resolve(step.context.workspace, '.'),
      base: target.baseSha,
      head: target.headSha,
      options: runs ? { ...options, stats: { ...options.stats, runs, maxRuns: Math.max(options.stats.maxRuns, runs) } } : options,
      workDir: newWorkDir(step),
      probePath: probePath(),
      secrets: step.inputs.token ? [step.inputs.token] : [],
      token: step.inputs.token,
      remote: 'origin',
      headLeaks: report.verdict === 'leak',
      signal: step.signal,
      log: (line) => core.info(line)
    })
  } catch (error) {
    const ms = Date.now() - started
    const reason = error instanceof MemgateError ? error.reason : 'memgate crashed while looking for the cause; see the workflow run'
    core.warning(`The cause of the leak could not be found after ${Math.round(ms / 1000)} s: ${reason}`)
    await postComment(step, target, report, { runs, cause: { markdown: renderCauseFailed(reason, ms) }, create: true })
    if (!(error instanceof MemgateError)) throw error
    return null
  }
  let suggestionUrl: string | undefined
  if (bisect.suggestion) {
    const fix = bisect
    suggestionUrl =
      (await placeSuggestion(step, pr, target.headSha, fix).catch((error: unknown) => {
        core.warning(
          `The fix could not be posted as a review suggestion (${(error as Error).message}); the comment shows it as a code block.`
        )
        return undefined
      })) ?? undefined
  }
  const ms = Date.now() - started
  core.info(`Cause and fix took ${(ms / 1000).toFixed(1)} s: ${bisect.reason}`)
  const cause: CauseSection = {
    markdown: renderCause(bisect, { suggestionUrl, durationMs: ms }),
    culprit: bisect.package,
    // The runbook holds the version bisect measured to pass, not the previous one.
    pin:
      bisect.package && bisect.suggestion
        ? { name: bisect.package, version: bisect.suggestion.version, spec: bisect.suggestion.spec, kind: bisect.suggestion.kind }
        : null
  }
  await postComment(step, target, report, { runs, cause, create: true })
  return bisect
}

/**
 * A review comment with a ```suggestion on the manifest line the fix changes, when that line is in
 * the PR's diff (only there can GitHub place it); undefined otherwise.
 */
async function placeSuggestion(
  step: Step,
  pr: PullRef,
  headSha: string,
  bisect: BisectReport & { suggestion: Suggestion; verification: Verification; package: string }
): Promise<string | undefined> {
  const s = bisect.suggestion
  const git = await createGit(path.resolve(step.context.workspace, '.'))
  const text = await git.showFile(headSha, s.manifest)
  if (text === null) return undefined
  const line = findManifestLine(text, bisect.package, s.field)
  if (line === null) return undefined
  const file = (await listPullFiles(step.client, pr)).find((f) => f.filename === s.manifest)
  if (!file?.patch || !lineInPatch(file.patch, line)) return undefined
  const original = text.split('\n').at(line - 1)
  if (original === undefined) return undefined
  const body = [
    `**memgate:** ${escapeMarkdown(bisect.verification.summary)}; ${escapeMarkdown(bisect.package)} leaks from ${escapeMarkdown(bisect.firstLeaking ?? '?')} on.`,
    '',
    '```suggestion',
    escapeCodeBlock(suggestedLine(original, s.spec)),
    '```'
  ].join('\n')
  return commentOnLine(step.client, pr, { commitId: headSha, path: s.manifest, line }, body)
}
