// The report as the CLI prints it on a terminal. Pure.

import { formatDuration } from '../bytes.js'
import { shortSha } from '../sha.js'
import type { Bump } from '../types.js'
import type { Report } from './build.js'
import { showInvisible } from './escape.js'
import { confidenceSentence, headlineWords } from './headline.js'
import { formatBytes, formatRate, readablePath } from './numbers.js'

export interface TextOptions {
  /** Colour the verdict with ANSI escapes (a terminal without NO_COLOR). */
  color?: boolean
}

// Red, green, yellow, magenta, grey: the comment's icons in a terminal's colours.
const COLORS: Record<Report['verdict'], number> = { leak: 31, pass: 32, inconclusive: 33, error: 35, skipped: 90 }

/**
 * The report as lines for a terminal. Names and paths come from the PR: control characters (an
 * ANSI escape could rewrite what the terminal shows) print as `�`, format characters (bidi
 * overrides, zero-width characters) as their code points.
 */
export function renderText(report: Report, options: TextOptions = {}): string {
  const text = printable(renderLines(report))
  if (!options.color) return text
  // The escapes are memgate's own, added after the PR's text lost its control characters.
  const newline = text.indexOf('\n')
  const first = newline < 0 ? text : text.slice(0, newline)
  return `\u001b[1;${COLORS[report.verdict]}m${first}\u001b[0m${newline < 0 ? '' : text.slice(newline)}`
}

// C0 and C1 controls but the newline and the tab.
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what it looks for
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g

/**
 * `text` with control characters shown as `�` and format characters (bidi overrides, zero-width
 * characters) as their code points: names and paths from the PR never drive the terminal, nor read
 * as other names.
 */
export function printable(text: string): string {
  return showInvisible(text.replace(CONTROL, '\ufffd'))
}

function renderLines(report: Report): string {
  // The first line is the comment's headline: the verdict, the package and the effect.
  const lines = [`${report.verdict}: ${headlineWords(report)}`]
  const sentence = confidenceSentence(report)
  if (report.reason && !(sentence && (report.verdict === 'leak' || report.verdict === 'pass'))) lines.push(report.reason)
  if (sentence) lines.push(sentence)
  if (report.detail) lines.push(report.detail)
  const about = [
    report.durationMs !== undefined ? `took ${formatDuration(report.durationMs)}` : null,
    report.memgate ? `memgate ${report.memgate}` : null
  ].filter(Boolean)
  if (about.length) lines.push(about.join(', '))
  if (report.bumps.length > 0) {
    lines.push('', 'bumps:')
    for (const b of report.bumps) {
      const target = (b as typeof b & { package?: string }).package
      const name = target ? `${b.name} → ${target}` : b.name
      lines.push(`  ${name} ${b.from ?? '(none)'} -> ${b.to ?? '(none)'} (${b.type}, ${b.direct ? 'direct' : 'transitive'}, ${b.manifest})`)
    }
  }
  const { unit } = report
  if (unit && report.base.growth && report.head.growth) {
    const g = (x: { estimate: number; low: number; high: number }) =>
      `${formatRate(x.estimate, unit)} [${formatRate(x.low, unit)}, ${formatRate(x.high, unit)}]`
    lines.push('', 'post-GC heap growth:')
    lines.push(`  base ${shortSha(report.base.sha)} (${report.base.runs} runs): ${g(report.base.growth)}`)
    lines.push(`  head ${shortSha(report.head.sha)} (${report.head.runs} runs): ${g(report.head.growth)}`)
    if (report.difference) lines.push(`  difference: ${g(report.difference)}, p = ${report.difference.pValue.toPrecision(2)}`)
  }
  if (report.suspects.length > 0) {
    lines.push('', 'what grows (head):')
    for (const s of report.suspects) {
      lines.push(`  ${s.name}: ${s.count} new, ${formatBytes(s.bytes)}${s.package ? `, package ${s.package}` : ''}`)
      if (s.retainerPath.length) lines.push(`    retained by ${readablePath(s.retainerPath).join(' -> ')}`)
    }
  }
  return lines.join('\n')
}

/**
 * One bump as `memgate bumps` prints it: name, versions, type, direct or transitive, and the
 * dependency section when it is not `dependencies` (a devDependency's leak never reaches production).
 */
export function renderBumpLine(b: Bump): string {
  const sections = b.direct ? (b.dependencyType ? [b.dependencyType] : []) : (b.via ?? [])
  const section = sections.length > 0 && !sections.includes('dependencies') ? ` (${sections.join(', ')})` : ''
  return `${b.name}${b.package ? ` → ${b.package}` : ''} ${b.from ?? '(none)'} -> ${b.to ?? '(none)'} ${b.type} ${b.direct ? 'direct' : 'transitive'}${section} ${b.manifest}`
}
