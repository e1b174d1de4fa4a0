// rollback: pr — the pull request that pins the culprit of a step up at its verified fix, and when
// main has recovered from the step. Pure: data in, the branch name, title and body out.
//
// The body's first line is the marker that finds memgate's rollback pull requests; the second
// keeps the step (series, first commit of the new level, both levels) so that a later record can
// tell the step's level is gone and close it. Names and versions come from lockfiles and the
// registry: escaped (bisect's renderCause does its own part).
import { renderCause } from '../bisect/render.js'
import type { BisectReport } from '../bisect/search.js'
import { codeSpan } from '../report/escape.js'
import { formatRate } from '../report/numbers.js'
import { FULL_SHA, shortSha } from '../sha.js'
import { checkBranchName } from './branch.js'
import { renderChart, type StepId, stepId } from './creep-issue.js'
import type { TrendSeries } from './trend.js'

export const ROLLBACK_MARKER = '<!-- memgate:rollback -->'
const STEP_LINE = /^<!-- memgate:rollback-step ([0-9a-f]{16}@[0-9a-f]{40}) before=(-?[0-9.e+-]+) after=(-?[0-9.e+-]+) -->$/m
export const ROLLBACK_BRANCH_PREFIX = 'memgate/rollback-'

/** The branch of the rollback of `name`: one per culprit (`@scope/pkg` → `memgate/rollback-scope-pkg`). */
export function rollbackBranch(name: string): string {
  const slug = name
    .toLowerCase()
    .replace(/^@/, '')
    .replace(/[^a-z0-9._-]+/g, '-')
    .replace(/\.{2,}/g, '.')
    .slice(0, 100)
    .replace(/^[.-]+|[.-]+$/g, '')
    .replace(/\.lock$/, '-lock')
  return checkBranchName(`${ROLLBACK_BRANCH_PREFIX}${slug || 'package'}`)
}

export interface RollbackStep {
  id: StepId
  before: number
  after: number
}

/** The step a rollback's body names, or null. */
export function readRollbackStep(body: string): RollbackStep | null {
  const m = STEP_LINE.exec(body)
  if (!m) return null
  const before = Number(m[2])
  const after = Number(m[3])
  return Number.isFinite(before) && Number.isFinite(after) ? { id: m[1] as StepId, before, after } : null
}

/**
 * Whether main recovered from `step`: the last `minSegment` points of its series (the fewest a
 * level needs) all sit below the middle of the step's two levels. False when the series has
 * fewer points than that.
 */
export function recovered(series: TrendSeries, step: RollbackStep, minSegment = 3): boolean {
  const last = series.points.slice(-minSegment)
  const middle = (step.before + step.after) / 2
  return last.length >= minSegment && last.every((p) => p.estimate < middle)
}

export interface RollbackPullInput {
  series: TrendSeries
  change: TrendSeries['changes'][number]
  /** The bisect of the step's range, with a verified fix. */
  report: BisectReport & { suggestion: NonNullable<BisectReport['suggestion']> }
  repoUrl: string
  /** The commit the fix sits on (main's tip). */
  onto: string
  files: string[]
  /** memgate's creep issue that reported the step: GitHub links the two both ways. */
  issue?: number
}

const link = (repoUrl: string, sha: string): string =>
  FULL_SHA.test(sha) ? `[${codeSpan(shortSha(sha))}](${repoUrl}/commit/${sha})` : codeSpan(shortSha(sha))

/** The pull request's title and body. */
export function renderRollbackPull(input: RollbackPullInput): { title: string; body: string } {
  const { series, change, report, repoUrl } = input
  const name = report.package ?? report.suggestion.manifest
  const version = report.suggestion.version
  const title = `memgate: roll back ${name} to ${version} (main's memory growth stepped up at ${shortSha(change.commit)})`
  const lines = [
    ROLLBACK_MARKER,
    `<!-- memgate:rollback-step ${stepId(series, change)} before=${change.before.estimate} after=${change.after.estimate} -->`,
    `## memgate: roll back ${codeSpan(name)} to ${codeSpan(version)}`,
    '',
    `main's post-GC heap growth stepped up from **${formatRate(change.before.estimate, series.unit)}** to **${formatRate(change.after.estimate, series.unit)}** at ${link(repoUrl, change.commit)} (last commit before it: ${link(repoUrl, change.lastBefore)}; [compare](${repoUrl}/compare/${change.lastBefore}...${change.commit})).`,
    '',
    ...(input.issue ? [`Reported in #${input.issue}.`, ''] : []),
    `memgate searched the dependency bumps of that range as \`memgate bisect\` does, with ${codeSpan(shortSha(change.lastBefore))} as base and ${codeSpan(shortSha(change.commit))} as head; the fix below was measured against ${codeSpan(shortSha(change.lastBefore))} and passed.`,
    '',
    renderCause(report, { durationMs: report.figures.wallMs }),
    '',
    `This pull request pins it on top of main at ${link(repoUrl, input.onto)}, changing ${input.files.map((f) => codeSpan(f)).join(', ')} (the lockfile written by the project's own package manager).`,
    '',
    '### Growth per commit',
    '',
    renderChart(series),
    '',
    "<sub>memgate opened this from `mode: record` (rollback: pr). It updates it on a later step of the same package and closes it when main's growth is back below the middle of the step.</sub>"
  ]
  return { title, body: `${lines.join('\n')}\n` }
}
