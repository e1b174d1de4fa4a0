// `memgate bisect`: which published version of a bumped package started the leak, and a fix shown
// to pass. Logs go to stderr; with --json, stdout carries one memgate-bisect/1 document.
import * as fs from 'node:fs'
import * as path from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { MemgateError } from '../errors.js'
import { parseOptions } from '../options.js'
import { bisectExitCode, runBisect, type BisectReport } from './search.js'

export const BISECT_USAGE =
  'memgate bisect --base REF --head REF [--repo DIR] [--package NAME] [--soak CMD] [--install CMD] [--runs N] [--working-directory DIR] [--json]'

const FLAGS = {
  base: { type: 'string' },
  head: { type: 'string' },
  repo: { type: 'string', default: '.' },
  package: { type: 'string' },
  soak: { type: 'string' },
  install: { type: 'string' },
  runs: { type: 'string' },
  'max-runs': { type: 'string' },
  alpha: { type: 'string' },
  threshold: { type: 'string' },
  warmup: { type: 'string' },
  duration: { type: 'string' },
  timeout: { type: 'string' },
  'working-directory': { type: 'string' },
  'work-dir': { type: 'string' },
  json: { type: 'boolean', default: false }
} as const

export async function bisectCommand(
  args: string[],
  log: (line: string) => void = (line) => process.stderr.write(`${line}\n`)
): Promise<number> {
  const values = parseFlags(args)
  const required = (value: string | undefined, flag: string): string => {
    if (!value) throw new MemgateError(`Missing ${flag}.`, 2, { detail: `Usage: ${BISECT_USAGE}` })
    return value
  }
  const report = await runBisect({
    repoDir: path.resolve(values.repo),
    base: required(values.base, '--base'),
    head: required(values.head, '--head'),
    package: values.package,
    // The same words and checks as the action's inputs (src/options.ts).
    options: parseOptions({
      'soak-command': values.soak,
      'install-command': values.install,
      'working-directory': values['working-directory'],
      runs: values.runs,
      'max-runs': values['max-runs'],
      alpha: values.alpha,
      threshold: values.threshold,
      warmup: values.warmup,
      duration: values.duration,
      timeout: values.timeout
    }),
    workDir: values['work-dir'],
    probePath: probePath(),
    log
  })
  process.stdout.write(values.json ? JSON.stringify(report, null, 2) + '\n' : renderBisect(report) + '\n')
  return bisectExitCode(report)
}

function parseFlags(args: string[]) {
  try {
    return parseArgs({ args, options: FLAGS, strict: true }).values
  } catch (error) {
    throw new MemgateError((error as Error).message.split('\n')[0] ?? 'Invalid arguments', 2, {
      cause: error,
      detail: `Usage: ${BISECT_USAGE}`
    })
  }
}

/** dist/probe.cjs beside the bundled CLI; from the sources (tests), the built one. */
function probePath(): string {
  const beside = fileURLToPath(new URL('./probe.cjs', import.meta.url))
  if (fs.existsSync(beside)) return beside
  return fileURLToPath(new URL('../../dist/probe.cjs', import.meta.url))
}

/** The report as a few lines for a terminal. Pure. */
export function renderBisect(report: BisectReport): string {
  const lines: string[] = []
  const c = report.culprit
  if (c) {
    if (c.culprits.length > 0)
      lines.push(
        `Culprit: ${c.culprits.map((b) => `${b.name} ${b.from} → ${b.to}`).join(', ')}${c.clean.length ? ` (measured clean: ${c.clean.join(', ')})` : ''}`
      )
    else lines.push(`Culprit search: ${c.reason}`)
  }
  if (report.package) {
    lines.push(`${report.package} ${report.from} → ${report.to}`)
    for (const t of report.tested) {
      const growth = t.growth ? ` ${fmt(t.growth.estimate)} ${t.growth.unit} vs the reference (p = ${t.growth.pValue.toPrecision(2)})` : ''
      lines.push(`  ${t.version.padEnd(14)} ${t.verdict}${growth}`)
    }
    if (report.firstLeaking)
      lines.push(`First leaking: ${report.firstLeaking}${report.exact ? '' : ' (or earlier: a step stayed inconclusive)'}`)
    if (report.lastClean) lines.push(`Last clean: ${report.lastClean}`)
    if (report.newest) lines.push(`Newest published: ${report.newest.version} (${report.newest.verdict})`)
    if (report.verification) lines.push(`Verified: ${report.verification.summary}`)
    if (report.suggestion) lines.push(`Fix: in ${report.suggestion.manifest} (${report.suggestion.field}): ${report.suggestion.change}`)
  }
  lines.push(report.reason)
  lines.push(
    `False-alarm rate ${report.alpha} for the whole search (${report.comparisons} comparisons at ${Number(report.alphaPerComparison.toPrecision(2))} each); ` +
      `took ${(report.figures.wallMs / 1000).toFixed(1)} s (${report.figures.soaks} soak runs, ${report.figures.installs} installs).`
  )
  return lines.join('\n')
}

function fmt(n: number): string {
  return Math.abs(n) >= 100 ? n.toFixed(0) : Math.abs(n) >= 10 ? n.toFixed(1) : n.toFixed(2)
}
