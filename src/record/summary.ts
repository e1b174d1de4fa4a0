// The job summary of `mode: record`: what was recorded, the steps up, and main's growth per commit
// (last 100, interval, bumps named). Pure: data in, GitHub-flavoured markdown out. Bump names come
// from lockfiles and are escaped.

import { codeSpan, escapeMarkdown } from '../report/escape.js'
import { shortSha } from '../sha.js'
import type { Bump } from '../types.js'
import { PAGE_POINTS } from './page.js'
import type { MemoryRecord } from './record.js'
import type { TrendDocument } from './trend.js'

export interface RecordSummaryInput {
  record: MemoryRecord
  /** `kept`: the branch already held a record of this commit and series. */
  outcome: 'written' | 'kept'
  branch: string
  /** Records removed beyond record-keep (commits). */
  removed: string[]
  keep: number
  trend: TrendDocument
  /** Where the page is served, when known. */
  pageUrl?: string
}

const num = (value: number): string =>
  Math.abs(value) >= 100 ? value.toFixed(0) : Math.abs(value) >= 10 ? value.toFixed(1) : value.toFixed(2)
const bumpText = (bumps: Bump[]): string =>
  bumps.length
    ? bumps.map((b) => `${escapeMarkdown(b.name)} ${escapeMarkdown(b.from ?? '(none)')} → ${escapeMarkdown(b.to ?? '(none)')}`).join(', ')
    : ''

/** The job summary's markdown. */
export function renderRecordSummary(input: RecordSummaryInput): string {
  const { record, trend } = input
  const growth = record.growth
  const lines = [
    '## memgate: memory record',
    '',
    input.outcome === 'written'
      ? `Recorded ${codeSpan(shortSha(record.commit))}: ${growth ? `**${num(growth.estimate)} ${record.unit}** (runs from ${num(growth.low)} to ${num(growth.high)}, ${record.samples.runs.length} runs)` : 'no growth'} into branch ${codeSpan(input.branch)}.`
      : `Branch ${codeSpan(input.branch)} already holds a record of ${codeSpan(shortSha(record.commit))} in this series; it stands.`
  ]
  if (input.removed.length) {
    lines.push(
      '',
      `record-keep is ${input.keep}: ${input.removed.length} older record${input.removed.length === 1 ? '' : 's'} removed (${input.removed.map((c) => codeSpan(shortSha(c))).join(', ')}).`
    )
  }
  if (input.pageUrl) lines.push('', `The chart: ${input.pageUrl}`)
  for (const series of trend.series) {
    const k = series.key
    lines.push('', `### ${codeSpan(k.soak)} on ${escapeMarkdown(k.os)} ${escapeMarkdown(k.arch)}, Node.js ${escapeMarkdown(k.node)}`, '')
    if (series.changes.length) {
      lines.push('| step up at | last before | before | after | p | bumps in between |', '| --- | --- | --- | --- | --- | --- |')
      for (const c of series.changes) {
        lines.push(
          `| ${codeSpan(shortSha(c.commit), true)} | ${codeSpan(shortSha(c.lastBefore), true)} | ${num(c.before.estimate)} | ${num(c.after.estimate)} | ${c.pValue.toPrecision(2)} | ${bumpText(c.bumps) || 'none'} |`
        )
      }
    } else {
      lines.push(`No lasting step up over ${series.points.length} commits with a record.`)
    }
    const shown = series.points.slice(-PAGE_POINTS).reverse()
    lines.push(
      '',
      `<details><summary>Growth per commit, newest first (${shown.length})</summary>`,
      '',
      `| commit | ${escapeMarkdown(series.unit)} | runs from | to | runs | bumps |`,
      '| --- | --- | --- | --- | --- | --- |',
      ...shown.map(
        (p) =>
          `| ${codeSpan(shortSha(p.commit), true)} | ${num(p.estimate)} | ${num(p.low)} | ${num(p.high)} | ${p.runs} | ${p.bumps.length ? `⬆ ${bumpText(p.bumps)}` : ''} |`
      ),
      '',
      '</details>'
    )
  }
  return `${lines.join('\n')}\n`
}
