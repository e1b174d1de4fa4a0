// The PR comment and the job summary: one markdown rendering of memgate-report/1. Pure.
//
// GitHub renders comments as GFM with inline HTML and Mermaid: every value that comes from the PR
// (package names, versions, paths, object names, log lines) passes through escape.ts first, and
// only that: memgate's own words are written as they read.
import type { PrGrouping } from '../bumps/pr.js'
import { formatDuration } from '../bytes.js'
import { redactSecrets } from '../secrets.js'
import { ABBREVIATED_SHA, shortSha } from '../sha.js'
import type { Bump, Growth, Suspect, Verdict } from '../types.js'
import { MEMGATE_VERSION } from '../version.js'
import type { Report } from './build.js'
import { type CheckOptions, checkReport } from './check.js'
import { codeSpan, escapeCodeBlock, escapeHtml, escapeInline, escapeMarkdown } from './escape.js'
import { confidenceSentence, headlineWords, zero } from './headline.js'
import { formatBytes, readablePath } from './numbers.js'
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
  /** What bisect found, shown right under the headline; its verified version is the runbook's pin. */
  cause?: CauseSection
}

/** The "Cause and fix" section as bisect rendered it, and what the rest of the comment takes from it. */
export interface CauseSection {
  markdown: string
  /** The bump bisect named as the culprit. */
  culprit?: string | null
  /**
   * The version measured to pass, which the runbook pins instead of the previous one; `kind` says
   * whether it is a rollback (the default), the newest clean version of the leaking line or a major
   * upgrade, `spec` how the manifest takes it (`^11.2.2`).
   */
  pin?: { name: string; version: string; spec?: string; kind?: 'same-line' | 'rollback' | 'major-upgrade' } | null
}

/** GitHub refuses a comment body longer than this (characters). */
export const MAX_COMMENT_LENGTH = 65536

const ICONS: Record<Verdict, string> = {
  leak: '🔴',
  pass: '🟢',
  inconclusive: '🟡',
  error: '⚠️',
  skipped: '⚪'
}

/** The hidden marker that identifies memgate's comment for one status context. */
export function commentMarker(statusContext: string): string {
  return `<!-- memgate-comment context="${statusContext.replace(/--|>|"/g, '_')}" -->`
}

const DATA_PREFIX = '<!-- memgate-data:'
const DATA_SUFFIX = ' -->'
/**
 * Past this the embedded copy is slimmed (fewer bumps and suspects, no series or notes), never
 * dropped: the prose gives way instead (capMarkdown), as `/memgate accept` reads the copy.
 */
const MAX_DATA_LENGTH = 24000

/**
 * The whole comment body: marker, the report embedded for `/memgate accept`, the rendering;
 * capped at GitHub's limit with a note when cut.
 */
export function renderComment(report: Report, context: CommentContext): string {
  const head = `${commentMarker(context.statusContext)}\n${embedReport(report)}`
  return capMarkdown(`${head}\n${renderReport(report, context)}`, MAX_COMMENT_LENGTH)
}

/**
 * The report embedded in a comment body by renderComment, checked; null when the body has none or
 * it does not read as memgate-report/1. `keepAccepted` only for a comment memgate's own login
 * wrote (see checkReport). Never throws.
 */
export function extractReport(body: string, options: CheckOptions = {}): Report | null {
  const text = embeddedReportText(body)
  if (text === null) return null
  try {
    return checkReport(text, 'the embedded report', options)
  } catch {
    return null
  }
}

function embedReport(report: Report): string {
  // Redacted before it is encoded: a secret would not show in its base64 form.
  const encode = (r: Report) => Buffer.from(redactSecrets(JSON.stringify(r))).toString('base64')
  let data = encode(report)
  for (const [bumps, suspects] of [
    [20, 5],
    [5, 1],
    [0, 0]
  ] as const) {
    if (data.length <= MAX_DATA_LENGTH) break
    data = encode({
      ...report,
      bumps: report.bumps.slice(0, bumps),
      suspects: report.suspects.slice(0, suspects),
      series: undefined,
      notes: undefined,
      detail: undefined
    })
  }
  return `${DATA_PREFIX}${data}${DATA_SUFFIX}`
}

// The units memgate writes; a report read back is checked against them, and the rendering, which
// prints the unit in the heading and the table, takes no other.
const UNITS = new Set(['bytes/iteration', 'bytes/ms'])

/**
 * The report as markdown (the job summary uses it as is): the answer first (headline, what grows,
 * the cause, how sure, what to do), the figures after, folded where they are long. A pass is a few
 * lines with its details folded.
 */
export function renderReport(input: Report, context: CommentContext): string {
  const report = input.unit && !UNITS.has(input.unit) ? { ...input, unit: null } : input
  const quote = (v: string) => escapeInline(v) || '—'
  const culprit = context.cause?.culprit
  const out: string[] = [`## ${ICONS[report.verdict]} ${headlineWords(report, culprit, quote)}`, '']
  if (report.accepted) {
    out.push(
      `✅ **Accepted** by ${escapeInline(`@${report.accepted.by}`)} for ${codeSha(report.head.sha)}: ${escapeInline(report.accepted.reason || 'no reason given')}`,
      ''
    )
  }
  const grows = whatGrows(report)
  if (grows) out.push(grows, '')
  if (context.cause) out.push(context.cause.markdown, '')
  // A leak or pass says why in the confidence sentence; the others' reason is the answer.
  const sentence = confidenceSentence(report)
  if (report.reason && (report.verdict !== 'leak' && report.verdict !== 'pass' ? true : !sentence)) {
    out.push(reasonBlock([report.reason, report.detail].filter(Boolean).join('\n')), '')
  }
  if (sentence) out.push(escapeMarkdown(sentence), '')
  const next = nextStep(report, context)
  if (next) out.push(next, '')
  const details: string[] = []
  if (report.grouping) details.push(groupingLine(report.grouping), '')
  if (report.bumps.length > 0) details.push(bumpsTable(report.bumps), '')
  if (report.base.growth && report.head.growth && report.unit)
    details.push(growthTable(report, report.unit, report.base.growth, report.head.growth), '')
  if (report.verdict === 'pass' || report.verdict === 'skipped') {
    // A pass is a few lines: everything else folds into one block (notes and runbook nest inside).
    if (report.notes?.length) details.push(notesBlock(report.notes), '')
    if (report.verdict === 'pass') details.push(runbook(report, context), '')
    if (details.length) out.push('<details><summary>Details: bumps, growth per side, runbook</summary>', '', ...details, '</details>', '')
  } else {
    out.push(...details)
    if (report.series && (report.verdict === 'leak' || report.verdict === 'inconclusive')) out.push(chart(report.series), '')
    const [top] = report.suspects
    if (top) out.push(suspectsBlock(report, top), '')
    if (report.notes?.length) out.push(notesBlock(report.notes), '')
    out.push(runbook(report, context), '')
  }
  out.push(footer(report, context))
  return out.join('\n')
}

/**
 * One line under a leak's headline: how many of what, how large, held by what in which module, the
 * other suspects the same holder keeps folded in; no heap node ids.
 */
function whatGrows(report: Report): string | null {
  const [top, ...rest] = report.suspects
  if (!top || report.verdict === 'pass' || report.verdict === 'skipped') return null
  const hops = readablePath(top.retainerPath).map(withoutId)
  const holder = hops.length >= 2 ? (hops[hops.length - 2] ?? null) : null
  // Suspects whose retainer path passes through the same holder are the same leak seen twice.
  const same = holder ? rest.filter((s) => readablePath(s.retainerPath).map(withoutId).includes(holder)) : []
  const others = rest.length - same.length
  const folded = [
    same.length
      ? `with ${same.map((s) => `${s.count.toLocaleString('en-US')} ${codeSpan(s.name)} (${formatBytes(s.bytes)})`).join(', ')} they hold`
      : null,
    others ? `${others} more suspect${others === 1 ? '' : 's'} below` : null
  ].filter(Boolean)
  return (
    `**What grows:** ${top.count.toLocaleString('en-US')} ${codeSpan(top.name) || '—'} objects (${formatBytes(top.bytes)})` +
    `${holderWords(hops, top.package)}${folded.length ? `, ${folded.join('; ')}` : ''}.`
  )
}

function withoutId(hop: string): string {
  return hop.replace(/ @\d+$/, '')
}

/** " kept in `.allListeners` (Array) of the module `node_modules/hub/index.js`", from a readable path without ids. */
function holderWords(hops: string[], pkg: string | null | undefined): string {
  const module = hops[0]?.startsWith('module ') ? hops[0].slice('module '.length) : null
  const ofPackage = pkg && !module?.includes(`node_modules/${pkg}/`) ? ` (package ${codeSpan(pkg)})` : ''
  const container = hops[hops.length - 2]
  if (container === undefined) return ofPackage
  if (module && hops.length === 2) return ` kept by the module ${codeSpan(module)}${ofPackage}`
  const space = container.indexOf(' ')
  const [edge, type] = space > 0 ? [container.slice(0, space), container.slice(space + 1)] : [container, '']
  return ` kept in ${codeSpan(edge)}${type ? ` (${escapeInline(type)})` : ''}${module ? ` of the module ${codeSpan(module)}` : ''}${ofPackage}`
}

/** The fix bisect measured, as the step that applies it: a rollback holds, a newer version updates. */
function pinStep(pin: NonNullable<CauseSection['pin']>): string {
  const spec = codeSpan(pin.spec ?? pin.version)
  if (pin.kind === 'same-line') return `Update ${codeSpan(pin.name)} to ${spec}, the newest clean version of its line`
  if (pin.kind === 'major-upgrade') return `Upgrade ${codeSpan(pin.name)} to ${spec}, a major upgrade`
  return `Hold ${codeSpan(pin.name)} at ${codeSpan(pin.version)}`
}

/** What to do next, fitted to the verdict. */
function nextStep(report: Report, context: CommentContext): string | null {
  switch (report.verdict) {
    case 'leak': {
      if (report.accepted) return null
      const steps: string[] = []
      if (!context.cause)
        steps.push('Find the bump that leaks, the first leaking version and a fix measured to pass: comment `/memgate bisect`.')
      const pin = context.cause?.pin
      const bump = pin ? report.bumps.find((b) => b.name === pin.name) : report.bumps.length === 1 ? report.bumps[0] : undefined
      if (pin) steps.push(`${pinStep(pin)}, measured to pass (the runbook below has the snippet).`)
      else if (bump?.from)
        steps.push(`Hold ${codeSpan(bump.name)} at the last clean version, ${codeSpan(bump.from)} (the runbook below has the snippet).`)
      else steps.push('Hold the previous versions (the runbook below has the snippet).')
      steps.push('Take the leak knowingly: comment `/memgate accept <reason>`.')
      const bot = botIgnore(report, bump)
      if (bot) steps.push(bot)
      return ['**Next step**', '', ...steps.map((s, i) => `${i + 1}. ${s}`)].join('\n')
    }
    case 'inconclusive': {
      const short = /too few usable runs/.test(report.reason) ? 'runs' : /usable samples/.test(report.reason) ? 'samples' : 'signal'
      const advice =
        short === 'samples'
          ? 'make the soak produce samples on both sides (see the notes), then comment `/memgate rerun`'
          : short === 'runs'
            ? 'comment `/memgate rerun runs=10` for more runs a side'
            : 'comment `/memgate rerun runs=10` for more runs a side, or soak longer (more iterations, or the `duration` input) so that a leak adds up'
      return `**To get a decision:** ${advice}.`
    }
    case 'error': {
      // A soak that fails on base too is not the bump's doing: no rollback, no accept.
      const baseFails = /both sides|every base run|at base [0-9a-f]{7}/.test(report.reason)
      return baseFails
        ? '**What to fix:** the soak fails on base too, so this is not the bump: fix the soak command or the base branch, then comment `/memgate rerun`.'
        : '**What to fix:** the cause above, then comment `/memgate rerun`.'
    }
    default:
      return null
  }
}

/** The command that tells the bot which opened the PR to stop proposing this version. */
function botIgnore(report: Report, bump: Bump | undefined): string | null {
  const tool = report.grouping?.tool
  // Dependabot ignores by semver level; a file:, git or alias change has none, so the dependency goes.
  const level = bump && (bump.type === 'major' || bump.type === 'minor' || bump.type === 'patch') ? bump.type : null
  const dependabot =
    bump && level
      ? report.bumps.length > 1
        ? `\`@dependabot ignore ${escapeCodeSpanText(bump.name)} ${level} version\``
        : `\`@dependabot ignore this ${level} version\``
      : bump && report.bumps.length > 1
        ? `\`@dependabot ignore ${escapeCodeSpanText(bump.name)}\``
        : '`@dependabot ignore this dependency`'
  const renovate = 'close this PR unmerged (Renovate then ignores this update)'
  if (tool === 'dependabot') return `Stop Dependabot proposing it: comment ${dependabot}.`
  if (tool === 'renovate') return `Stop Renovate proposing it: ${renovate}.`
  return null
}

/** A package name inside memgate's own backticks: npm names hold no backtick, anything else is refused. */
function escapeCodeSpanText(name: string): string {
  return /^[@\w./-]+$/.test(name) ? name : 'DEPENDENCY'
}

function reasonBlock(reason: string): string {
  const [first = '', ...rest] = reason.split('\n')
  const head = escapeMarkdown(first.charAt(0).toUpperCase() + first.slice(1))
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

/** Growth per side in one unit named in the header, throughput as head's change, the runs the statistics used. */
function growthTable(report: Report, unit: string, baseGrowth: Growth, headGrowth: Growth): string {
  const per = unit.replace(/^bytes\//, '')
  // Bytes throughout, so that base's few bytes and head's kilobytes read in one column.
  const n = (v: number) => {
    const x = zero(v)
    const text = Math.abs(x) >= 100 ? Math.round(Math.abs(x)).toLocaleString('en-US') : Math.abs(x).toFixed(Math.abs(x) >= 10 ? 1 : 2)
    return x < 0 ? `−${text}` : text
  }
  const used = (side: Report['base']) =>
    side.used !== undefined && side.used !== side.runs ? `${side.used} of ${side.runs}` : `${side.runs}`
  const base = report.throughput?.base
  const head = report.throughput?.head
  const rate = (v: number | null | undefined) => (typeof v === 'number' && Number.isFinite(v) ? Math.round(v).toLocaleString('en-US') : '—')
  const change =
    typeof base === 'number' && typeof head === 'number' && base > 0
      ? `${rate(head)} (${signed(zero(100 * (head / base - 1)), 1)}%)`
      : rate(head)
  const row = (label: string, runs: string, g: Growth, extra: string) =>
    `| ${label} | ${runs} | ${n(g.estimate)} | ${n(g.low)} … ${n(g.high)} | ${extra} |`
  const lines = [
    `| Side | Runs used | Heap growth (B/${per}) | Interval (B/${per}) | Throughput (${per}s/s) |`,
    '| --- | --- | --- | --- | --- |',
    row(`base ${codeSha(report.base.sha)}`, used(report.base), baseGrowth, rate(base)),
    row(`head ${codeSha(report.head.sha)}`, used(report.head), headGrowth, change)
  ]
  if (report.difference) lines.push(row('**head − base**', '', report.difference, `p = ${report.difference.pValue.toPrecision(2)}`))
  return lines.join('\n')
}

function signed(v: number, digits: number): string {
  return v > 0 ? `+${v.toFixed(digits)}` : v < 0 ? `−${Math.abs(v).toFixed(digits)}` : (0).toFixed(digits)
}

// Blue and orange tell base and head apart for most colour-blind readers too; the legend's
// squares are the same colours.
const CHART_COLORS = { base: '#1f77b4', head: '#ff7f0e' }

/** A Mermaid xychart a third of the default height, y from zero: numbers only, so nothing from the PR reaches it. */
function chart(series: Series): string {
  const max = Math.max(...series.base, ...series.head)
  const [scale, label] = max >= 1024 * 1024 ? [1024 * 1024, 'MiB'] : [1024, 'KiB']
  const values = (v: number[]) => `[${v.map((n) => Number((n / scale).toFixed(2))).join(', ')}]`
  const axisX = series.unit === 'iteration' ? 'iterations' : 'ms'
  return [
    '```mermaid',
    '---',
    'config:',
    '  xyChart:',
    '    height: 180',
    '    width: 600',
    '  themeVariables:',
    '    xyChart:',
    `      plotColorPalette: "${CHART_COLORS.base}, ${CHART_COLORS.head}"`,
    '---',
    'xychart-beta',
    `  x-axis "${axisX}" ${series.x[0]} --> ${series.x[series.x.length - 1]}`,
    `  y-axis "heap (${label})" 0 --> ${Math.ceil((max / scale) * 1.05 * 100) / 100}`,
    `  line ${values(series.base)}`,
    `  line ${values(series.head)}`,
    '```',
    '',
    "<sub>Median post-GC heap over each side's runs: 🟦 base · 🟧 head.</sub>"
  ].join('\n')
}

function suspectsBlock(report: Report, top: Suspect): string {
  const rows = report.suspects.map(
    (s) =>
      `| ${code(s.name)} | ${s.count.toLocaleString('en-US')} | ${formatBytes(s.bytes)} | ${s.package ? code(s.package) : '—'} | ${
        s.retainerPath.length
          ? shortPath(readablePath(s.retainerPath).map(withoutId))
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
  const hold = report.verdict === 'leak' || report.verdict === 'inconclusive' ? ', hold the previous version' : ''
  const lines = [`<details><summary><b>Runbook</b>: reproduce, inspect${hold}</summary>`, '']
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
  const verified = context.cause?.pin
  const pins = report.bumps
    .filter(
      (b): b is PinnedBump => !!b.from && !!b.to && b.type !== 'added' && b.type !== 'removed' && (!verified || b.name === verified.name)
    )
    .map((b): PinnedBump => (verified ? { ...b, from: verified.version, package: undefined, change: undefined } : b))
    .slice(0, 5)
  if (pins.length > 0 && report.verdict !== 'error') {
    const direct = pins.filter((b) => b.direct)
    const transitive = pins.filter((b) => !b.direct)
    const snippet: Record<string, Record<string, string>> = {}
    if (direct.length) snippet.dependencies = Object.fromEntries(direct.map((b) => [b.name, previousSpec(b)]))
    if (transitive.length) snippet.overrides = Object.fromEntries(transitive.map((b) => [b.name, previousSpec(b)]))
    lines.push(
      `3. Hold ${verified ? 'the version measured to pass' : 'the previous version'} while the upstream is fixed (package.json; Yarn calls \`overrides\` \`resolutions\`, pnpm \`pnpm.overrides\`):`,
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

type PinnedBump = Bump & { from: string }

/** What package.json named before: the version, the alias of it, or for `other` changes the old specifier. */
function previousSpec(b: PinnedBump): string {
  const { change, package: target } = b
  const arrow = change?.indexOf(' → ') ?? -1
  if (b.type === 'other' && change && arrow >= 0) return change.slice(0, arrow)
  return target ? `npm:${target}@${b.from}` : b.from
}

const COMMANDS: Record<Verdict, string[]> = {
  leak: ['/memgate bisect', '/memgate accept <reason>', '/memgate rerun [runs=N]', '/memgate help'],
  inconclusive: ['/memgate rerun [runs=N]', '/memgate help'],
  error: ['/memgate rerun', '/memgate help'],
  pass: ['/memgate rerun [runs=N]', '/memgate help'],
  skipped: ['/memgate help']
}

function footer(report: Report, context: CommentContext): string {
  const commands = COMMANDS[report.verdict].filter(
    (c) => !(context.cause && c === '/memgate bisect') && !(report.accepted && c.startsWith('/memgate accept'))
  )
  const where: string[] = []
  if (report.head.sha) where.push(`measured head ${codeSha(report.head.sha)}`)
  if (report.durationMs !== undefined) where.push(`in ${formatDuration(report.durationMs)}`)
  if (report.memgate) where.push(`by memgate ${escapeInline(report.memgate)}`)
  if (context.runUrl) where.push(`[workflow run and artifacts](${context.runUrl})`)
  const parts = [`Commands: ${commands.map((c) => `\`${c}\``).join(' · ')}`]
  if (where.length) parts.push(`<sub>${where.join(' · ').replace(' · in ', ' in ').replace(' · by ', ' by ')}</sub>`)
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
    "| `/memgate rerun [<sha>] [runs=N]` | Measures the PR's head again, with N runs per side. `<sha>` names the head you reviewed (a PR from a fork: its full 40-hex SHA): a PR from a fork runs only then, and only while it is still the head. |",
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
  // Only at its place, the whole second line after memgate's marker: a data block anywhere else is
  // text a PR or another workflow put there.
  const [marker = '', data = ''] = body.split('\n', 2).map((line) => line.replace(/\r$/, ''))
  if (!/^<!-- memgate-comment context="[^"]*" -->$/.test(marker)) return null
  if (!data.startsWith(DATA_PREFIX) || !data.endsWith(DATA_SUFFIX)) return null
  const encoded = data.slice(DATA_PREFIX.length, -DATA_SUFFIX.length)
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(encoded)) return null
  return Buffer.from(encoded, 'base64').toString('utf8')
}
