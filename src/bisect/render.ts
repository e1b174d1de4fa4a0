// The "Cause and fix" section of the PR comment, and where a suggested change can sit in the PR's
// diff. Pure. Names and versions come from lockfiles and the registry (the PR's input): every one
// passes through escape.ts before it reaches markdown.
import { codeSpan, escapeCodeBlock, escapeMarkdown } from '../report/escape.js'
import { fmtBar } from './report.js'
import type { BisectReport } from './search.js'

export const CAUSE_HEADING = '### Cause and fix'

export interface CauseContext {
  /** Set when the verified change was posted as a review suggestion on the manifest line. */
  suggestionUrl?: string
  /** Wall time of the culprit search, bisect and verification. */
  durationMs: number
}

/** The section while the search runs: the status is already final, the cause comes later. */
export function renderCausePending(startedAt: Date): string {
  return `${CAUSE_HEADING}\n\n⏳ Looking for the bump that leaks, the first published version that leaks and a fix that passes (started ${startedAt.toISOString().slice(11, 16)} UTC). This comment is updated when it is done.`
}

/** The section for a search that could not finish. */
export function renderCauseFailed(reason: string, durationMs: number): string {
  return `${CAUSE_HEADING}\n\n⚠️ The cause could not be found: ${escapeMarkdown(reason)}\n\n<sub>${took(durationMs)}</sub>`
}

/**
 * The section: the culprit bump (and the bumps measured clean), the first leaking version, the
 * last clean one, the newest published one, and the verified change, as a link to the review
 * suggestion when there is one, else as a code block.
 */
export function renderCause(report: BisectReport, context: CauseContext): string {
  const lines: string[] = [CAUSE_HEADING, '']
  const c = report.culprit
  if (c) {
    if (c.culprits.length > 0) {
      const names = c.culprits.map((b) => `${code(b.name)} ${code(b.from)} → ${code(b.to)}`).join(', ')
      const clean = c.clean.length
        ? `; the other ${c.clean.length} bump${c.clean.length === 1 ? ' was' : 's were'} measured clean (${c.clean.map(code).join(', ')})`
        : ''
      lines.push(`**Culprit:** ${names}${clean}.`)
    } else {
      lines.push(`**Culprit:** not found: ${escapeMarkdown(c.reason)}`)
    }
    lines.push('')
  }
  if (report.package) {
    if (!c) lines.push(`**Bump:** ${code(report.package)} ${code(report.from ?? '?')} → ${code(report.to ?? '?')}`, '')
    lines.push('| | Version |', '| --- | --- |')
    if (report.firstLeaking) lines.push(`| First leaking | ${code(report.firstLeaking)}${report.exact ? '' : ' (or earlier)'} |`)
    if (report.lastClean) lines.push(`| Last clean | ${code(report.lastClean)}${report.exact ? '' : ' (or later)'} |`)
    const verdict = (v: string): string => (v === 'pass' ? 'clean' : escapeMarkdown(v))
    if (report.newest) lines.push(`| Newest published | ${code(report.newest.version)} (${verdict(report.newest.verdict)}) |`)
    if (report.newestInLine)
      lines.push(
        `| Newest of ${code(report.to ?? '?')}'s line | ${code(report.newestInLine.version)} (${verdict(report.newestInLine.verdict)}) |`
      )
    // Of the versions measured: the newest published one when it is clean again, else the last clean one.
    const newestClean =
      [report.newest, report.newestInLine].find((n) => n?.verdict === 'pass')?.version ?? (report.firstLeaking ? report.lastClean : null)
    if (newestClean) lines.push(`| Newest clean | ${code(newestClean)} |`)
    lines.push('')
  }
  if (report.suggestion) {
    const s = report.suggestion
    lines.push(`**Fix, verified:** ${escapeMarkdown(report.verification.summary)}; ${escapeMarkdown(s.why)}.`)
    if (context.suggestionUrl) {
      lines.push('', `[Apply the suggested change](${context.suggestionUrl}) in ${code(s.manifest)}, under ${code(s.field)}.`)
    } else {
      lines.push('', `In ${code(s.manifest)}, under ${code(s.field)}:`, '', '```json', escapeCodeBlock(s.change), '```')
    }
  } else if (report.verification) {
    lines.push(`**No verified fix:** ${escapeMarkdown(report.verification.summary)}.`)
  } else if (report.package) {
    lines.push(escapeMarkdown(report.reason))
  }
  const alt = report.alternative
  if (alt) {
    lines.push(
      '',
      `**Alternative, a major upgrade:** ${code(alt.change)} in ${code(alt.manifest)}, under ${code(alt.field)}: ${escapeMarkdown(alt.why)} (measured clean in the search, not verified against base).`
    )
  }
  // Clean versions no dependent's range admits, the lockfile parsers' warnings.
  if (report.notes.length) lines.push('', ...report.notes.map((note) => `- ${escapeMarkdown(note)}`))
  lines.push(
    '',
    `<sub>${took(context.durationMs)}: ${report.figures.soaks} soak runs, ${report.figures.installs} installs. ` +
      `False-alarm rate ${report.alpha} for the whole bisect (${report.comparisons} comparisons at ${Number(report.alphaPerComparison.toPrecision(2))} each).` +
      `${describeBar(report)}</sub>`
  )
  return lines.join('\n')
}

/** The bar the steps after `to` used, when it is not `to`'s own: " Versions after … counted as leaking above …". */
export function describeBar(report: Pick<BisectReport, 'tested'>): string {
  const [to, ...rest] = report.tested
  const later = rest.find((t) => t.bar !== null && t.bar !== undefined)
  if (!to?.bar || !later?.bar || later.bar <= to.bar) return ''
  const unit = later.growth?.unit ?? to.growth?.unit ?? ''
  return ` The versions after ${to.version} were asked whether they carry its leak: leaking above ${fmtBar(later.bar)} ${unit}, half of what ${to.version} adds (its own bar was ${fmtBar(to.bar)}).`
}

function took(ms: number): string {
  const s = Math.round(ms / 1000)
  return `Took ${s >= 60 ? `${Math.floor(s / 60)} min ${s % 60} s` : `${s} s`}`
}

/** A value from the PR or the registry as inline code (a table cell's pipes escaped too). */
function code(text: string): string {
  return codeSpan(text, true) || '—'
}

/**
 * The 1-based line of `"name": …` inside the object at `field` (`dependencies`, `overrides`,
 * `pnpm.overrides`) of a package.json's text, or null. Reads lines, so it finds the line a reviewer
 * sees; linear in the text.
 */
export function findManifestLine(text: string, name: string, field: string): number | null {
  const lines = text.split('\n')
  const path = field.split('.')
  const key = JSON.stringify(name)
  let depth = 0
  const open: string[] = []
  for (const [i, line] of lines.entries()) {
    const opened = /^\s*("(?:[^"\\]|\\.)*")\s*:\s*\{\s*$/.exec(line)?.[1]
    if (opened !== undefined) {
      open[depth] = JSON.parse(opened) as string
      depth++
      continue
    }
    const inside = depth - 1 === path.length && path.every((p, j) => open[j + 1] === p)
    if (inside && line.trimStart().startsWith(`${key}:`)) return i + 1
    for (const ch of line.replace(/"(?:[^"\\]|\\.)*"/g, '')) {
      if (ch === '{') depth++
      else if (ch === '}') depth--
    }
  }
  return null
}

/**
 * Whether new-side line `line` lies in a hunk of a unified diff patch (GitHub's `files[].patch`):
 * only there can a review comment, and so a suggestion, be placed.
 */
export function lineInPatch(patch: string, line: number): boolean {
  for (const m of patch.matchAll(/^@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@/gm)) {
    const start = Number(m[1])
    const count = m[2] === undefined ? 1 : Number(m[2])
    if (line >= start && line < start + count) return true
  }
  return false
}

/** The manifest line with the version replaced, keeping its indentation and trailing comma. */
export function suggestedLine(original: string, version: string): string {
  return original.replace(/^(\s*"(?:[^"\\]|\\.)*"\s*:\s*)"[^"]*"/, (_, head: string) => `${head}${JSON.stringify(version)}`)
}
