// The PR comment and the job summary: one markdown rendering of memgate-report/1. Pure.
import type { Bump, Growth, Report, Verdict } from '../types.js'
import { escapeCodeBlock, escapeMarkdown } from './escape.js'
import { formatBytes, formatRate } from './format.js'

export interface CommentContext {
  /** Status context: one sticky comment per PR and context. */
  statusContext: string
  runUrl?: string
  soakCommand?: string
}

const HEADLINES: Record<Verdict, string> = {
  leak: '🔴 memgate: leak',
  pass: '🟢 memgate: pass',
  inconclusive: '🟡 memgate: inconclusive',
  error: '⚠️ memgate: error',
  skipped: '⚪ memgate: skipped'
}

/** The hidden marker that identifies memgate's comment for one status context. */
export function commentMarker(statusContext: string): string {
  return `<!-- memgate-comment context="${statusContext.replace(/--|>|"/g, '_')}" -->`
}

/** The whole comment body, marker first. */
export function renderComment(report: Report, context: CommentContext): string {
  return [commentMarker(context.statusContext), renderReport(report, context)].join('\n')
}

/** The report as markdown (the job summary uses it as is). */
export function renderReport(report: Report, context: CommentContext): string {
  const out: string[] = []
  out.push(`## ${HEADLINES[report.verdict]}`, '')
  if (report.reason) out.push(reasonBlock(report.reason), '')
  if (report.accepted) {
    out.push(`✅ Accepted by @${escapeMarkdown(report.accepted.by)}: ${escapeMarkdown(report.accepted.reason)}`, '')
  }
  if (report.bumps.length > 0) out.push(bumpsTable(report.bumps), '')
  if (report.base.growth && report.head.growth && report.unit) out.push(growthTable(report), '')
  if (report.suspects.length > 0) out.push(suspectsTable(report), '')
  out.push(footer(report, context))
  return out.join('\n')
}

function reasonBlock(reason: string): string {
  const [first, ...rest] = reason.split('\n')
  const head = escapeMarkdown(first)
  if (rest.length === 0) return head
  return `${head}\n\n\`\`\`text\n${escapeCodeBlock(rest.join('\n'))}\n\`\`\``
}

function bumpsTable(bumps: Bump[]): string {
  const rows = bumps.map((b) => {
    const where = b.direct ? `direct, ${b.dependencyType ?? 'dependencies'}` : 'transitive'
    return `| ${code(b.name)} | ${cell(b.from ?? '—')} | ${cell(b.to ?? '—')} | ${b.type} | ${where} | ${cell(b.manifest)} |`
  })
  return ['| Package | From | To | Type | Dependency | Manifest |', '| --- | --- | --- | --- | --- | --- |', ...rows].join('\n')
}

function growthTable(report: Report): string {
  const unit = report.unit!
  const row = (label: string, runs: number | string, g: Growth, extra = '') =>
    `| ${label} | ${runs} | ${formatRate(g.estimate, unit)} | ${formatRate(g.low, unit)} … ${formatRate(g.high, unit)} | ${extra} |`
  const lines = [
    '| Side | Runs | Post-GC heap growth | Interval | |',
    '| --- | --- | --- | --- | --- |',
    row(`base ${code(report.base.sha.slice(0, 7))}`, report.base.runs, report.base.growth!),
    row(`head ${code(report.head.sha.slice(0, 7))}`, report.head.runs, report.head.growth!)
  ]
  if (report.difference) {
    lines.push(row('head − base', '', report.difference, `p = ${report.difference.pValue.toPrecision(2)}`))
  }
  return lines.join('\n')
}

function suspectsTable(report: Report): string {
  const rows = report.suspects.map(
    (s) =>
      `| ${code(s.name)} | ${s.count} | ${formatBytes(s.bytes)} | ${s.package ? code(s.package) : '—'} | ${
        s.retainerPath.length ? s.retainerPath.map((p) => cell(p)).join(' → ') : '—'
      } |`
  )
  return [
    '### What grows',
    '',
    'Objects allocated after warm-up and still alive at the end of a head run:',
    '',
    '| Object | New | Bytes | Package | Retained by |',
    '| --- | --- | --- | --- | --- |',
    ...rows
  ].join('\n')
}

function footer(report: Report, context: CommentContext): string {
  const lines = ['<details><summary>Rerun</summary>', '']
  lines.push('Comment `/memgate rerun` on this pull request, or measure locally:', '')
  const soak = context.soakCommand ? ` --soak ${shellQuote(context.soakCommand)}` : ''
  if (report.base.sha && report.head.sha) {
    lines.push('```sh', escapeCodeBlock(`npx memgate run --base ${report.base.sha} --head ${report.head.sha}${soak}`), '```')
  }
  lines.push('', '</details>')
  if (context.runUrl) lines.push('', `[Workflow run](${context.runUrl})`)
  return lines.join('\n')
}

function cell(text: string): string {
  return escapeMarkdown(text)
}

/** Inline code for a value from the PR: backticks cannot be closed from inside. */
function code(text: string): string {
  return `<code>${escapeMarkdown(text)}</code>`
}

function shellQuote(text: string): string {
  return `'${text.replace(/'/g, `'\\''`)}'`
}

