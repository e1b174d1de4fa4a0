// The `memgate` command: parse argv, call the same pipeline as the action. Logs go to stderr;
// with --json, stdout carries one JSON document and nothing else.
import * as fs from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs, type ParseArgsConfig } from 'node:util'
import { bisectCommand } from './bisect/command.js'
import { readBumps } from './bumps/read.js'
import { createDemoRepo } from './demo.js'
import { MemgateError } from './errors.js'
import { exitCodeFor } from './exit-code.js'
import { diffSnapshotFiles, formatHeapDiff, formatHeapSummary, summarizeSnapshotFile } from './heap/analyze.js'
import { runPipeline } from './pipeline.js'
import { renderText } from './report/text.js'
import { createGit } from './soak/git.js'
import { analyzeSamples, defaultStatsOptions } from './stats/analyze.js'
import { parseStatsInputs } from './stats/options.js'
import type { Report, Samples } from './types.js'

const USAGE = `Usage:
  memgate run --base REF --head REF [--repo DIR] [--soak CMD] [--install CMD] [--runs N]
              [--max-runs N] [--alpha P] [--threshold BYTES[,SHARE%]] [--warmup SHARE]
              [--duration SECONDS] [--timeout SECONDS] [--working-directory DIR]
              [--json] [--report FILE]
  memgate bumps --base REF --head REF [--repo DIR] [--json]
  memgate analyze --base FILE --head FILE [--runs N] [--alpha P] [--threshold ...] [--warmup SHARE] [--json]
  memgate heap summary FILE [--json]
  memgate heap diff BEFORE AFTER [MORE...] [--json]
  memgate demo [--clean] [--runs N] [--json]
  memgate bisect --base REF --head REF [--repo DIR] [--package NAME] [--soak CMD] [--install CMD] [--runs N] [--working-directory DIR] [--json]

Exit status: 0 pass or skipped, 1 leak, 2 error, 3 inconclusive.`

const DEFAULT_TIMEOUT_S = 600

const log = (line: string): void => {
  process.stderr.write(`${line}\n`)
}

export async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv
  switch (command) {
    case 'run':
      return runCommand(rest)
    case 'bumps':
      return bumpsCommand(rest)
    case 'analyze':
      return analyzeCommand(rest)
    case 'heap':
      return heapCommand(rest)
    case 'demo':
      return demoCommand(rest)
    case 'bisect':
      return bisectCommand(rest)
    case undefined:
    case 'help':
    case '--help':
    case '-h':
      process.stdout.write(`${USAGE}\n`)
      return command === undefined ? 2 : 0
    default:
      throw new MemgateError(`Unknown command '${command}'. Expected run, bumps, analyze, heap or demo.`)
  }
}

function parse<const O extends NonNullable<ParseArgsConfig['options']>>(args: string[], options: O, positionals = false) {
  try {
    return parseArgs({ args, options, allowPositionals: positionals, strict: true })
  } catch (error) {
    throw new MemgateError(`${(error as Error).message.split('\n')[0]}\n${USAGE}`, 2, { cause: error })
  }
}

function required(value: string | boolean | undefined, flag: string): string {
  if (typeof value !== 'string' || value === '') throw new MemgateError(`Missing ${flag}.\n${USAGE}`)
  return value
}

function positiveInt(value: string | undefined, flag: string, fallback: number): number {
  if (value === undefined) return fallback
  const n = Number(value)
  if (!Number.isInteger(n) || n < 1) throw new MemgateError(`Invalid ${flag} '${value}'. Expected a positive integer.`)
  return n
}

const STATS_FLAGS = {
  runs: { type: 'string' },
  'max-runs': { type: 'string' },
  alpha: { type: 'string' },
  threshold: { type: 'string' },
  warmup: { type: 'string' }
} as const

/** --runs, --max-runs, --alpha, --threshold, --warmup: the same words and checks as the action inputs. */
function statsFlags(values: Partial<Record<keyof typeof STATS_FLAGS, string | boolean | undefined>>) {
  const text = (v: string | boolean | undefined) => (typeof v === 'string' ? v : undefined)
  const stats = parseStatsInputs({
    runs: text(values.runs),
    'max-runs': text(values['max-runs']),
    alpha: text(values.alpha),
    threshold: text(values.threshold),
    warmup: text(values.warmup)
  })
  return { runs: stats.runs ?? defaultStatsOptions.runs, stats }
}

const probePath = (): string => fileURLToPath(new URL('./probe.cjs', import.meta.url))

async function runCommand(args: string[]): Promise<number> {
  const { values } = parse(args, {
    base: { type: 'string' },
    head: { type: 'string' },
    repo: { type: 'string', default: '.' },
    soak: { type: 'string', default: 'npm run soak' },
    install: { type: 'string', default: '' },
    ...STATS_FLAGS,
    duration: { type: 'string' },
    timeout: { type: 'string' },
    'working-directory': { type: 'string', default: '.' },
    'work-dir': { type: 'string' },
    json: { type: 'boolean', default: false },
    report: { type: 'string' }
  })
  const report = (
    await runPipeline({
      repoDir: path.resolve(values.repo),
      base: required(values.base, '--base'),
      head: required(values.head, '--head'),
      soakCommand: values.soak,
      installCommand: values.install,
      workingDirectory: values['working-directory'],
      ...statsFlags(values),
      durationMs: values.duration === undefined ? undefined : positiveInt(values.duration, '--duration', 0) * 1000,
      timeoutMs: positiveInt(values.timeout, '--timeout', DEFAULT_TIMEOUT_S) * 1000,
      workDir: values['work-dir'],
      probePath: probePath(),
      log
    })
  ).report
  return printReport(report, values.json, values.report)
}

function printReport(report: Report, json: boolean, reportFile?: string): number {
  if (reportFile) fs.writeFileSync(reportFile, JSON.stringify(report, null, 2) + '\n')
  process.stdout.write(json ? JSON.stringify(report, null, 2) + '\n' : renderText(report) + '\n')
  return exitCodeFor(report.verdict)
}

async function bumpsCommand(args: string[]): Promise<number> {
  const { values } = parse(args, {
    base: { type: 'string' },
    head: { type: 'string' },
    repo: { type: 'string', default: '.' },
    'working-directory': { type: 'string', default: '.' },
    json: { type: 'boolean', default: false }
  })
  const git = await createGit(path.resolve(values.repo))
  const head = await git.resolve(required(values.head, '--head'))
  const base = await git.mergeBase(await git.resolve(required(values.base, '--base')), head)
  const bumps = await readBumps(git, base, head, { workingDirectory: values['working-directory'] })
  if (values.json) {
    process.stdout.write(JSON.stringify(bumps, null, 2) + '\n')
  } else if (bumps.length === 0) {
    process.stdout.write('No dependency changes.\n')
  } else {
    for (const b of bumps) {
      process.stdout.write(`${b.name} ${b.from ?? '(none)'} -> ${b.to ?? '(none)'} ${b.type} ${b.direct ? 'direct' : 'transitive'} ${b.manifest}\n`)
    }
  }
  return 0
}

async function analyzeCommand(args: string[]): Promise<number> {
  const { values } = parse(args, {
    base: { type: 'string' },
    head: { type: 'string' },
    ...STATS_FLAGS,
    json: { type: 'boolean', default: false }
  })
  const base = readSamples(required(values.base, '--base'))
  const head = readSamples(required(values.head, '--head'))
  const result = analyzeSamples(base, head, statsFlags(values).stats)
  if (values.json) {
    process.stdout.write(JSON.stringify(result, null, 2) + '\n')
  } else {
    const report: Report = {
      format: 'memgate-report/1',
      verdict: result.verdict,
      reason: result.reason,
      base: { sha: '', runs: base.runs.length, growth: result.base },
      head: { sha: '', runs: head.runs.length, growth: result.head },
      unit: result.unit,
      difference: result.difference,
      bumps: [],
      suspects: []
    }
    process.stdout.write(renderText(report) + '\n')
  }
  return exitCodeFor(result.verdict)
}

function readSamples(file: string): Samples {
  let data: unknown
  try {
    data = JSON.parse(fs.readFileSync(file, 'utf8'))
  } catch (error) {
    throw new MemgateError(`Cannot read samples file ${file}: ${(error as Error).message}`, 2, { cause: error })
  }
  const samples = data as Samples
  if (samples?.format !== 'memgate-samples/1' || !Array.isArray(samples.runs)) {
    throw new MemgateError(`${file} is not a memgate-samples/1 file (no "format": "memgate-samples/1" with "runs")`)
  }
  return samples
}

async function heapCommand(args: string[]): Promise<number> {
  const [sub, ...rest] = args
  const { values, positionals } = parse(rest, { json: { type: 'boolean', default: false } }, true)
  if (sub === 'summary' && positionals.length === 1) {
    const summary = await summarizeSnapshotFile(positionals[0])
    process.stdout.write((values.json ? JSON.stringify(summary, null, 2) : formatHeapSummary(summary)) + '\n')
    return 0
  }
  if (sub === 'diff' && positionals.length >= 2) {
    const diff = await diffSnapshotFiles(positionals)
    process.stdout.write((values.json ? JSON.stringify(diff, null, 2) : formatHeapDiff(diff)) + '\n')
    return 0
  }
  throw new MemgateError(`Expected 'heap summary FILE' or 'heap diff BEFORE AFTER [MORE...]'.\n${USAGE}`)
}

async function demoCommand(args: string[]): Promise<number> {
  const { values } = parse(args, {
    clean: { type: 'boolean', default: false },
    ...STATS_FLAGS,
    json: { type: 'boolean', default: false },
    keep: { type: 'boolean', default: false }
  })
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'memgate-demo-'))
  try {
    const head = values.clean ? 'clean' : 'leaky'
    log(`Building the demo repository in ${dir} (event-hub 1.0.0 -> 2.0.0 ${head})`)
    const repo = await createDemoRepo(path.join(dir, 'repo'), head)
    const { report } = await runPipeline({
      repoDir: repo.dir,
      base: 'main',
      head: 'bump',
      soakCommand: 'node soak.js',
      installCommand: '',
      workingDirectory: '.',
      ...statsFlags(values),
      timeoutMs: DEFAULT_TIMEOUT_S * 1000,
      workDir: path.join(dir, 'work'),
      probePath: probePath(),
      log
    })
    return printReport(report, values.json)
  } finally {
    if (!values.keep) fs.rmSync(dir, { recursive: true, force: true })
  }
}

try {
  process.exitCode = await main(process.argv.slice(2))
} catch (error) {
  if (!(error instanceof MemgateError)) throw error
  process.stderr.write(`memgate: ${error.reason}\n`)
  process.exitCode = error.exitCode
}
