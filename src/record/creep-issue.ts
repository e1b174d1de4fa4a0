// `creep: issue`: the one issue memgate keeps open about main's steps up in growth. Pure: the trend
// and what the open issue already reported in, the issue's title and body out.
//
// The body's first line is the marker that finds the issue again (among the issues memgate's own
// login opened); the second lists the steps reported so far, so that a step is announced once.
// Everything a record or a lockfile holds (keys, package names, versions) is untrusted: anyone who
// can push to the record branch wrote it. It is escaped before it reaches markdown; SHAs are
// checked 40-hex by the record's reader, levels are numbers.
import { formatBytes } from '../bytes.js'
import { codeSpan, escapeInline } from '../report/escape.js'
import { formatRate } from '../report/numbers.js'
import { FULL_SHA, shortSha } from '../sha.js'
import type { Bump } from '../types.js'
import { seriesId } from './record.js'
import type { TrendChange, TrendSeries } from './trend.js'

export const CREEP_MARKER = '<!-- memgate:creep -->'
const STEPS_LINE = /^<!-- memgate:creep-steps ([0-9a-f@ ]*) -->$/m

/** Points a chart shows: GitHub's mermaid renders a hundred labels as a smear. */
const CHART_POINTS = 60
/** Bumps listed per step; the rest are counted. */
const BUMPS_SHOWN = 40

/** A step as the marker keeps it: the series and the first commit of the new level. */
export type StepId = `${string}@${string}`

export const stepId = (series: TrendSeries, change: Pick<TrendChange, 'commit'>): StepId => `${seriesId(series.key)}@${change.commit}`

/** The steps an earlier body reported (empty for a body without the line). */
export function readReportedSteps(body: string): StepId[] {
  const line = STEPS_LINE.exec(body)?.[1] ?? ''
  return line.split(' ').filter((id): id is StepId => /^[0-9a-f]{16}@[0-9a-f]{40}$/.test(id))
}

/**
 * The steps up of `series` not reported yet. A split is placed by the data around it, so a step
 * read again a few records later may start a commit or two earlier or later: a reported step
 * within `minSegment` points of this one is the same step.
 */
export function newSteps(series: TrendSeries, reported: readonly StepId[], minSegment = 3): TrendSeries['changes'] {
  const index = new Map(series.points.map((p, i) => [p.commit, i]))
  const id = seriesId(series.key)
  const known = reported
    .filter((r) => r.startsWith(`${id}@`))
    .map((r) => index.get(r.slice(id.length + 1)))
    .filter((i): i is number => i !== undefined)
  return series.changes.filter((change) => {
    const at = index.get(change.commit)
    return at !== undefined && !known.some((k) => Math.abs(k - at) < minSegment)
  })
}

export interface CreepIssueInput {
  series: TrendSeries
  /** Steps reported before (kept in the body, so that none is announced twice). */
  reported: readonly StepId[]
  /** `${serverUrl}/${owner}/${repo}`: commit and compare links. */
  repoUrl: string
  /** The branch that holds the records and the page. */
  branch: string
  /** The commit this run recorded. */
  recorded: string
}

const link = (repoUrl: string, sha: string): string =>
  FULL_SHA.test(sha) ? `[${codeSpan(shortSha(sha))}](${repoUrl}/commit/${sha})` : codeSpan(shortSha(sha))

function bumpRows(bumps: readonly Bump[]): string[] {
  if (bumps.length === 0) return ['No dependency changed in this range: the step is in the project’s own code (or a soak change).']
  const rows = bumps
    .slice(0, BUMPS_SHOWN)
    .map(
      (b) =>
        `| ${codeSpan(b.name, true)} | ${codeSpan(b.from ?? '(none)', true)} | ${codeSpan(b.to ?? '(none)', true)} | ${escapeInline(b.dependencyType ?? '')}${b.direct ? '' : ' (transitive)'} |`
    )
  const more = bumps.length > BUMPS_SHOWN ? [`| … | ${bumps.length - BUMPS_SHOWN} more | | |`] : []
  return ['| package | from | to | through |', '| --- | --- | --- | --- |', ...rows, ...more]
}

/** A mermaid line chart of the last points (GitHub renders mermaid blocks in issues); labels are short SHAs, values numbers. */
export function renderChart(series: TrendSeries): string {
  const points = series.points.slice(-CHART_POINTS)
  const values = points.map((p) => (Number.isFinite(p.estimate) ? Number(p.estimate.toPrecision(4)) : 0))
  const labels = points.map((p) => `"${/^[0-9a-f]+$/.test(p.commit) ? shortSha(p.commit) : '?'}"`)
  return [
    '```mermaid',
    'xychart-beta',
    `  x-axis [${labels.join(', ')}]`,
    `  y-axis "${series.unit === 'bytes/ms' ? 'bytes/ms' : 'bytes/iteration'}"`,
    `  line [${values.join(', ')}]`,
    '```'
  ].join('\n')
}

/** What grows at the first commit of the step, from its record's heap snapshots; else how to find out. */
function suspectLines(series: TrendSeries, step: Pick<TrendChange, 'commit' | 'lastBefore'>): string[] {
  const suspects = series.points.find((p) => p.commit === step.commit)?.suspects ?? []
  if (suspects.length === 0) {
    return [
      `The record of ${codeSpan(shortSha(step.commit))} names no heap suspects (a record before memgate 0.2, or snapshots that showed no growth): run \`memgate run\` (or \`memgate bisect\`) with ${codeSpan(shortSha(step.lastBefore))} as base and ${codeSpan(shortSha(step.commit))} as head for them.`
    ]
  }
  return [
    `What grows in ${codeSpan(shortSha(step.commit))}'s heap between the heap snapshots of its record (objects allocated after the warm-up and still alive):`,
    '',
    '| what | new | size | package |',
    '| --- | --- | --- | --- |',
    ...suspects
      .slice(0, SUSPECTS_SHOWN)
      .map((s) => `| ${escapeInline(s.name)} | ${s.count} | ${formatBytes(s.bytes)} | ${s.package ? codeSpan(s.package, true) : ''} |`)
  ]
}

/** Suspects listed in the issue: the heaviest. */
const SUSPECTS_SHOWN = 5

/**
 * The issue's title and body for the steps up of `series`, the newest first. `announce` is the
 * step that is new in this run, if any (the title names it). Returns null when the series has no
 * step up.
 */
export function renderCreepIssue(input: CreepIssueInput): { title: string; body: string; reported: StepId[] } | null {
  const { series, repoUrl } = input
  const changes = [...series.changes].reverse()
  const [newest] = changes
  if (!newest) return null
  const reported = [...new Set([...input.reported, ...series.changes.map((c) => stepId(series, c))])]
  const k = series.key
  const title = `memgate: main's memory growth stepped up at ${shortSha(newest.commit)} (${formatRate(newest.before.estimate, series.unit)} → ${formatRate(newest.after.estimate, series.unit)})`
  const lines = [
    CREEP_MARKER,
    `<!-- memgate:creep-steps ${reported.join(' ')} -->`,
    '## memgate: memory creep on main',
    '',
    `Series: ${codeSpan(k.soak)} on ${escapeInline(k.os)} ${escapeInline(k.arch)}, Node.js ${escapeInline(k.node)}${k.workingDirectory !== '.' ? ` in ${codeSpan(k.workingDirectory)}` : ''}. Last recorded: ${link(repoUrl, input.recorded)}; the records and the page (index.html) are on branch ${codeSpan(input.branch)}.`
  ]
  for (const change of changes) {
    lines.push(
      '',
      `### Step up at ${codeSpan(shortSha(change.commit))}`,
      '',
      `The post-GC heap growth of main went from **${formatRate(change.before.estimate, series.unit)}** to **${formatRate(change.after.estimate, series.unit)}** (medians of the commits on each side, p = ${change.pValue.toPrecision(2)}) and stayed there.`,
      '',
      `Range: ${link(repoUrl, change.lastBefore)} (last commit before the step) .. ${link(repoUrl, change.commit)} (first commit of the new level): [compare](${repoUrl}/compare/${change.lastBefore}...${change.commit}).`,
      '',
      '#### Dependency bumps in the range',
      '',
      ...bumpRows(change.bumps)
    )
  }
  lines.push(
    '',
    '### Growth per commit',
    '',
    renderChart(series),
    '',
    '### Heap suspects',
    '',
    ...suspectLines(series, newest),
    '',
    '<sub>memgate opens one issue about creep and updates it on later pushes; a step it reported is not announced again.</sub>'
  )
  return { title, body: `${lines.join('\n')}\n`, reported }
}
