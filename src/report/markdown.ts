// The PR comment and the job summary: one markdown rendering of memgate-report/1. Pure.
//
// GitHub renders comments as GFM with inline HTML and Mermaid: every value that comes from the PR
// (package names, versions, paths, object names, log lines) passes through escape.ts first, and
// only that: memgate's own words are written as they read.

import type { PrGrouping } from '../bumps/pr.js'
import { ABBREVIATED_SHA, shortSha } from '../sha.js'
import type { Bump, Growth, Suspect, Verdict } from '../types.js'
import { MEMGATE_VERSION } from '../version.js'
import type { Report } from './build.js'
import { type CheckOptions, checkReport } from './check.js'
import { codeSpan, escapeCodeBlock, escapeHtml, escapeInline, escapeMarkdown } from './escape.js'
import { formatBytes, formatRate, readablePath } from './numbers.js'
import type { Series } from './series.js'

export interface CommentContext {
  /** Status context: one sticky comment per PR and context. */
  statusContext: string
  runUrl?: string
  soakCommand?: string
  installCommand?: string
  runs?: number
  /** Name of the artifact that holds the report, samples, snapshots and logs. */
  artifactName?: string
}

/** GitHub refuses a comment body longer than this (characters). */
export const MAX_COMMENT_LENGTH = 65536

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

const DATA_PREFIX = '<!-- memgate-data:'
/** The embedded copy of the report is dropped rather than let it crowd out the visible part. */
const MAX_DATA_LENGTH = 24000

/**
 * The whole comment body: marker, the report embedded for `/memgate accept`, the rendering;
 * capped at GitHub's limit with a note when cut.
 */
export function renderComment(report: Report, context: CommentContext): string {
  const head = [commentMarker(context.statusContext), embedReport(report)].filter(Boolean).join('\n')
  return capMarkdown(`${head}\n${renderReport(report, context)}`, MAX_COMMENT_LENGTH)
}

/**
 * The report embedded in a comment body by renderComment, checked; null when the body has none or
 * it does not read as memgate-report/1. `keepAccepted` only for a comment memgate's own login
 * wrote (see checkReport). Never throws.
 */
export function extractReport(body: string, options: CheckOptions = {}): Report | null {
  const start = body.indexOf(DATA_PREFIX)
  if (start < 0) return null
  const end = body.indexOf(' -->', start)
  if (end < 0) return null
  try {
    return checkReport(Buffer.from(body.slice(start + DATA_PREFIX.length, end), 'base64').toString('utf8'), 'the embedded report', options)
  } catch {
    return null
  }
}

function embedReport(report: Report): string {
  let data = Buffer.from(JSON.stringify(report)).toString('base64')
  if (data.length > MAX_DATA_LENGTH) {
    const slim = { ...report, bumps: report.bumps.slice(0, 20), suspects: report.suspects.slice(0, 5), series: undefined, notes: undefined }
    data = Buffer.from(JSON.stringify(slim)).toString('base64')
  }
  return data.length > MAX_DATA_LENGTH ? '' : `${DATA_PREFIX}${data} -->`
}

// The units memgate writes; a report read back is checked against them, and the rendering, which
// prints the unit in the heading and the table, takes no other.
const UNITS = new Set(['bytes/iteration', 'bytes/ms'])

/** The report as markdown (the job summary uses it as is). */
export function renderReport(input: Report, context: CommentContext): string {
  const report = input.unit && !UNITS.has(input.unit) ? { ...input, unit: null } : input
  const out: string[] = []
  const growth = growthHeadline(report)
  out.push(`## ${HEADLINES[report.verdict]}${growth ? ` · ${growth}` : ''}`, '')
  if (report.reason) out.push(reasonBlock([report.reason, report.detail].filter(Boolean).join('\n')), '')
  if (report.accepted) {
    out.push(
      `✅ **Accepted** by ${escapeInline(`@${report.accepted.by}`)} for ${codeSha(report.head.sha)}: ${escapeInline(report.accepted.reason || 'no reason given')}`,
      ''
    )
  }
  if (report.grouping) out.push(groupingLine(report.grouping), '')
  if (report.bumps.length > 0) out.push(bumpsTable(report.bumps), '')
  if (report.base.growth && report.head.growth && report.unit)
    out.push(growthTable(report, report.unit, report.base.growth, report.head.growth), '')
  if (report.series) out.push(chart(report.series), '')
  const [top] = report.suspects
  if (top) out.push(suspectsBlock(report, top), '')
  if (report.notes?.length) out.push(notesBlock(report.notes), '')
  out.push(runbook(report, context), '')
  out.push(footer(report, context))
  return out.join('\n')
}

/** e.g. "head +1.4 KiB/iteration over base (1.3 KiB … 1.6 KiB)" */
function growthHeadline(report: Report): string | null {
  const { difference: d, unit } = report
  if (!d || !unit) return null
  const rate = (v: number) => formatRate(v, unit)
  const bare = (v: number) => rate(v).replace(/\/.*/, '')
  return `head ${d.estimate >= 0 ? '+' : '−'}${rate(Math.abs(d.estimate))} over base (${bare(d.low)} … ${bare(d.high)})`
}

function reasonBlock(reason: string): string {
  const [first = '', ...rest] = reason.split('\n')
  const head = escapeMarkdown(first)
  const tail = rest.join('\n').trim()
  if (!tail) return head
  return `${head}\n\n<details><summary>Log</summary>\n\n\`\`\`text\n${escapeCodeBlock(tail)}\n\`\`\`\n\n</details>`
}

function groupingLine(grouping: PrGrouping): string {
  const bot = grouping.tool === 'dependabot' ? 'Dependabot' : 'Renovate'
  const group = grouping.group ? ` as the group ${codeSpan(grouping.group)}` : ''
  const where = grouping.directory ? ` in ${codeSpan(grouping.directory)}` : ''
  return `Opened by ${bot}${group}${where}; the bumps below are read from the lockfiles.`
}

function bumpsTable(bumps: Bump[]): string {
  const rows = bumps.map((b) => {
    const where = b.direct
      ? `direct (${cell(b.dependencyType ?? 'dependencies')}, ${cell(b.manifest)})`
      : `transitive (${cell(b.manifest)})`
    const change = `${cell(b.from ?? '—')} → ${cell(b.to ?? '—')}`
    const type = [cell(b.type), b.unresolved ? 'range' : '', b.change ? cell(b.change) : ''].filter(Boolean).join(', ')
    const name = b.package ? `${code(b.name)} → ${code(b.package)}` : code(b.name)
    return `| ${name} | ${change} | ${type} | ${where} | ${releaseLink(b)} |`
  })
  return ['| Package | From → to | Type | Dependency | Release |', '| --- | --- | --- | --- | --- |', ...rows].join('\n')
}

// npm's own rules for a package name and a version, so that nothing else ever reaches a URL.
const NPM_NAME = /^(?:@[a-z0-9][a-z0-9._~-]*\/)?[a-z0-9][a-z0-9._~-]*$/
const VERSION = /^\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?(?:\+[0-9A-Za-z.-]+)?$/

function releaseLink(b: Bump): string {
  // A `change` means a specifier other than a registry version (file:, git, an npm: alias): the
  // registry page of that name would be another package.
  if (b.change) return '—'
  // An alias's versions are those of the package it installs.
  const name = b.package ?? b.name
  if (!NPM_NAME.test(name) || name.length > 214) return '—'
  const links: string[] = []
  if (b.to && VERSION.test(b.to)) links.push(`[${b.to}](https://www.npmjs.com/package/${name}/v/${b.to})`)
  links.push(`[versions](https://www.npmjs.com/package/${name}?activeTab=versions)`)
  return links.join(' · ')
}

function growthTable(report: Report, unit: string, base: Growth, head: Growth): string {
  const per = unit.replace(/^bytes\//, '')
  const tp = (v: number | null | undefined) =>
    typeof v === 'number' && Number.isFinite(v) ? `${Math.round(v).toLocaleString('en-US')} ${per}s/s` : '—'
  const row = (label: string, runs: number | string, g: Growth, extra: string) =>
    `| ${label} | ${runs} | ${formatRate(g.estimate, unit)} | ${formatRate(g.low, unit)} … ${formatRate(g.high, unit)} | ${extra} |`
  const lines = [
    '| Side | Runs | Post-GC heap growth | Interval | Throughput |',
    '| --- | --- | --- | --- | --- |',
    row(`base ${codeSha(report.base.sha)}`, report.base.runs, base, tp(report.throughput?.base)),
    row(`head ${codeSha(report.head.sha)}`, report.head.runs, head, tp(report.throughput?.head))
  ]
  if (report.difference) {
    lines.push(row('**head − base**', '', report.difference, `p = ${report.difference.pValue.toPrecision(2)}`))
  }
  return lines.join('\n')
}

/** A Mermaid xychart: numbers only, so nothing from the PR reaches the diagram. */
function chart(series: Series): string {
  const max = Math.max(...series.base, ...series.head)
  const [scale, label] = max >= 1024 * 1024 ? [1024 * 1024, 'MiB'] : [1024, 'KiB']
  const values = (v: number[]) => `[${v.map((n) => Number((n / scale).toFixed(2))).join(', ')}]`
  const lo = Math.min(...series.base, ...series.head) / scale
  const axisX = series.unit === 'iteration' ? 'iterations' : 'ms'
  return [
    '### Median post-GC heap',
    '',
    '```mermaid',
    'xychart-beta',
    `  x-axis "${axisX}" ${series.x[0]} --> ${series.x[series.x.length - 1]}`,
    `  y-axis "heap (${label})" ${Math.floor(lo * 0.95 * 100) / 100} --> ${Math.ceil((max / scale) * 1.05 * 100) / 100}`,
    `  line ${values(series.base)}`,
    `  line ${values(series.head)}`,
    '```',
    '',
    "<sub>First line base, second line head: the median over each side's runs.</sub>"
  ].join('\n')
}

function suspectsBlock(report: Report, top: Suspect): string {
  const rows = report.suspects.map(
    (s) =>
      `| ${code(s.name)} | ${s.count.toLocaleString('en-US')} | ${formatBytes(s.bytes)} | ${s.package ? code(s.package) : '—'} | ${
        s.retainerPath.length
          ? shortPath(readablePath(s.retainerPath))
              .map((p) => cell(p))
              .join(' → ')
          : '—'
      } |`
  )
  return [
    // A line that starts with <details> is raw HTML to GFM: entities there, not markdown escapes.
    `<details><summary><b>Suspects</b>: ${htmlCode(top.name)}${top.package ? ` from ${htmlCode(top.package)}` : ''} and ${report.suspects.length - 1} more</summary>`,
    '',
    'Objects allocated after warm-up and still alive at the end of a head run:',
    '',
    '| Object | Added | Bytes added | Package | Retained by |',
    '| --- | --- | --- | --- | --- |',
    ...rows,
    '',
    '</details>'
  ].join('\n')
}

/** Hops of a retainer path shown in the comment: the root and the last few; the report keeps all. */
const PATH_HOPS = 6

function shortPath(path: string[]): string[] {
  const [root] = path
  return root === undefined || path.length <= PATH_HOPS ? path : [root, '…', ...path.slice(-(PATH_HOPS - 1))]
}

function notesBlock(notes: string[]): string {
  return ['<details><summary>Notes</summary>', '', ...notes.map((n) => `- ${escapeMarkdown(n)}`), '', '</details>'].join('\n')
}

/** The first and the last of head's snapshots, by the paths the run wrote them to. */
function snapshotFiles(report: Report): string {
  const files = (report.snapshots ?? []).filter((f) => /^[\w./-]+\.heapsnapshot$/.test(f) && !f.split('/').includes('..'))
  const first = files[0]
  const last = files[files.length - 1]
  if (!first || !last || first === last)
    return 'the first and the last `runs/head-*/snapshots/*.heapsnapshot` (a head run that took two or more)'
  return `\`${first}\` and \`${last}\``
}

function runbook(report: Report, context: CommentContext): string {
  const lines = ['<details><summary><b>Runbook</b>: reproduce, inspect, hold the previous version</summary>', '']
  if (report.base.sha && report.head.sha) {
    const args = [`--base ${report.base.sha}`, `--head ${report.head.sha}`]
    if (context.soakCommand) args.push(`--soak ${shellQuote(context.soakCommand)}`)
    if (context.installCommand) args.push(`--install ${shellQuote(context.installCommand)}`)
    if (context.runs) args.push(`--runs ${context.runs}`)
    args.push('--work-dir memgate-work')
    // The published CLI at the version that measured, so npx neither prompts nor picks another release.
    const command = `npx -y memgate@${MEMGATE_VERSION} run ${args.join(' ')}`
    lines.push(
      '1. Reproduce the measurement in a clone of this repository:',
      '',
      '   ```sh',
      `   ${escapeCodeBlock(command)}`,
      '   ```',
      ''
    )
  }
  const artifact = context.artifactName ? `the ${codeSpan(context.artifactName)} artifact` : 'the artifact'
  lines.push(
    `2. Open the heap snapshots: download ${artifact} of ${context.runUrl ? `[this run](${context.runUrl})` : 'the workflow run'} ` +
      '(or use `memgate-work/` after the command above). In Chrome open `chrome://inspect` → *Open dedicated DevTools for Node* → ' +
      `**Memory** → **Load profile…**, load ${snapshotFiles(report)}, select the last and ` +
      'choose **Comparison** against the first: the objects added between them are sorted by size.',
    ''
  )
  const pins = report.bumps.filter((b): b is PinnedBump => !!b.from && !!b.to && b.type !== 'added' && b.type !== 'removed').slice(0, 5)
  if (pins.length > 0) {
    const direct = pins.filter((b) => b.direct)
    const transitive = pins.filter((b) => !b.direct)
    const snippet: Record<string, Record<string, string>> = {}
    if (direct.length) snippet.dependencies = Object.fromEntries(direct.map((b) => [b.name, previousSpec(b)]))
    if (transitive.length) snippet.overrides = Object.fromEntries(transitive.map((b) => [b.name, previousSpec(b)]))
    lines.push(
      '3. Hold the previous version while the upstream is fixed (package.json; Yarn calls `overrides` `resolutions`, pnpm `pnpm.overrides`):',
      '',
      '   ```json',
      ...escapeCodeBlock(JSON.stringify(snippet, null, 2))
        .split('\n')
        .map((l) => `   ${l}`),
      '   ```'
    )
  }
  lines.push('', '</details>')
  return lines.join('\n')
}

/** What package.json named before: the version, the alias of it, or for `other` changes the old specifier. */
type PinnedBump = Bump & { from: string }

function previousSpec(b: PinnedBump): string {
  const { change, package: target } = b
  const arrow = change?.indexOf(' → ') ?? -1
  if (b.type === 'other' && change && arrow >= 0) return change.slice(0, arrow)
  return target ? `npm:${target}@${b.from}` : b.from
}

function footer(report: Report, context: CommentContext): string {
  const parts = ['Commands: `/memgate rerun [runs=N]` · `/memgate accept [reason]` · `/memgate help`']
  const where: string[] = []
  if (report.head.sha) where.push(`measured head ${codeSha(report.head.sha)}`)
  if (context.runUrl) where.push(`[workflow run and artifacts](${context.runUrl})`)
  if (where.length) parts.push(`<sub>${where.join(' · ')}</sub>`)
  return parts.join('\n\n')
}

/**
 * `text` cut at `limit` characters (never inside an open code fence or details block) with a note
 * saying so; unchanged when it fits.
 */
export function capMarkdown(text: string, limit: number): string {
  if (text.length <= limit) return text
  const note =
    "\n\n> ✂️ This comment was cut to fit GitHub's limit of 65536 characters; the whole report is in the job summary and the artifact."
  const closers = '\n```\n\n</details>\n</details>\n</details>'
  let cut = text.slice(0, Math.max(0, limit - note.length - closers.length))
  const newline = cut.lastIndexOf('\n')
  if (newline > 0) cut = cut.slice(0, newline)
  let tail = ''
  if ((cut.match(/^[ \t]*```/gm)?.length ?? 0) % 2 === 1) tail += '\n```'
  const open = (cut.match(/<details>/g)?.length ?? 0) - (cut.match(/<\/details>/g)?.length ?? 0)
  for (let i = 0; i < Math.min(open, 3); i++) tail += '\n\n</details>'
  return `${cut}${tail}${note}`
}

/** The help reply to `/memgate help`. */
export function renderHelp(statusContext: string): string {
  return [
    `**memgate** (status ${codeSpan(statusContext)}) takes these commands on the first line of a new comment, from users with write access:`,
    '',
    '| Command | Does |',
    '| --- | --- |',
    "| `/memgate rerun [<sha>] [runs=N]` | Measures the PR's head again, with N runs per side. `<sha>` (7+ hex digits) names the head you reviewed: a PR from a fork runs only then, and only while it is still the head. |",
    '| `/memgate accept [reason]` | Takes a leak knowingly: the status turns green for this head commit only, and the comment records who and why. |',
    '| `/memgate bisect [<sha>]` | For a leak (on a PR from a fork, name the head you reviewed): finds the bump that leaks, the first published version that leaks and a fix measured to pass, and adds them to this comment. |',
    '| `/memgate help` | This list. |'
  ].join('\n')
}

function cell(text: string): string {
  return escapeInline(text)
}

/** A value from the PR as inline code in a table cell. */
function code(text: string): string {
  return codeSpan(text, true) || '—'
}

/** A value from the PR as code inside raw HTML. */
function htmlCode(text: string): string {
  return `<code>${escapeHtml(text)}</code>`
}

/** A SHA as inline code, or a dash for a report that has none (a SHA is checked: the report may come from an artifact). */
function codeSha(sha: string): string {
  return ABBREVIATED_SHA.test(sha) ? `<code>${shortSha(sha)}</code>` : '—'
}

function shellQuote(text: string): string {
  return `'${text.replace(/'/g, `'\\''`)}'`
}

/**
 * The text of the report renderComment embedded in `body`, unchecked; null when there is none.
 * For fields checkReport does not hand on (an acceptance, which only memgate's own comment may
 * carry). Never throws.
 */
export function embeddedReportText(body: string): string | null {
  const start = body.indexOf(DATA_PREFIX)
  if (start < 0) return null
  const end = body.indexOf(' -->', start)
  return end < 0 ? null : Buffer.from(body.slice(start + DATA_PREFIX.length, end), 'base64').toString('utf8')
}
