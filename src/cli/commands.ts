// The CLI's commands. Each returns its exit status; a report's comes from its verdict alone.
import * as fs from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import { fileURLToPath } from 'node:url'
import { readBumps } from '../bumps/read.js'
import { createDemoRepo } from '../demo.js'
import { MemgateError } from '../errors.js'
import { exitCodeFor } from '../exit-code.js'
import { createGit } from '../git.js'
import { diffSnapshotFiles, formatHeapDiff, formatHeapSummary, summarizeSnapshotFile } from '../heap/analyze.js'
import { decideShards, runPipeline, runShard } from '../pipeline.js'
import { recordKeyFor } from '../record/measure-commit.js'
import { MAX_SHARD_BYTES, mergeShards, parseShard, parseShardSpec } from '../report/shard.js'
import { buildReport, type MemgateReport } from '../report/build.js'
import { renderText } from '../report/text.js'
import { analyzeSamples } from '../stats/analyze.js'
import type { Samples } from '../types.js'
import { OPTION_FLAGS, STATS_FLAGS, USAGE, optionsFrom, parse, required } from './args.js'

const log = (line: string): void => {
  process.stderr.write(`${line}\n`)
}

const probePath = (): string => fileURLToPath(new URL('./probe.cjs', import.meta.url))

const print = (json: boolean, document: object, text: string): void => {
  process.stdout.write(json ? JSON.stringify(document, null, 2) + '\n' : text + '\n')
}

export async function runCommand(args: string[]): Promise<number> {
  const { values } = parse(args, {
    base: { type: 'string' },
    head: { type: 'string' },
    repo: { type: 'string', default: '.' },
    ...OPTION_FLAGS,
    'work-dir': { type: 'string' },
    json: { type: 'boolean', default: false },
    report: { type: 'string' },
    shard: { type: 'string' },
    store: { type: 'string' }
  })
  const options = optionsFrom(values)
  const target = {
    repoDir: path.resolve(values.repo),
    base: required(values.base, '--base'),
    head: required(values.head, '--head'),
    workDir: values['work-dir'],
    store: values.store === undefined ? undefined : path.resolve(values.store),
    probePath: probePath(),
    log
  }
  if (values.shard !== undefined) {
    const spec = parseShardSpec(values.shard)
    const result = await runShard(options, target, spec, { ...(await recordKeyFor(options, target.repoDir)) })
    if (!result.shard) return printReport(result.report!, values.json, values.report)
    const { shard } = result
    if (values.report) fs.writeFileSync(values.report, JSON.stringify(shard, null, 2) + '\n')
    const text =
      `Shard ${spec.index}/${spec.count} of ${shard.baseSha.slice(0, 7)}..${shard.headSha.slice(0, 7)}: ` +
      `${shard.samples.base.runs.length} base and ${shard.samples.head.runs.length} head runs; no verdict until \`memgate merge\` has all ${spec.count}.`
    print(values.json, shard, text)
    return 0
  }
  const { report } = await runPipeline(options, target)
  return printReport(report, values.json, values.report)
}

export async function mergeCommand(args: string[]): Promise<number> {
  const { values, positionals } = parse(
    args,
    { json: { type: 'boolean', default: false }, report: { type: 'string' }, 'heap-max-bytes': { type: 'string' } },
    true
  )
  if (positionals.length === 0) throw new MemgateError('Missing shard files: memgate merge FILE...', 2, { detail: USAGE })
  const shards = positionals.map((file) => {
    let text: string
    try {
      if (fs.statSync(file).size > MAX_SHARD_BYTES)
        throw new MemgateError(`${file} is larger than ${MAX_SHARD_BYTES} bytes; not a memgate shard`)
      text = fs.readFileSync(file, 'utf8')
    } catch (error) {
      if (error instanceof MemgateError) throw error
      throw new MemgateError(`Cannot read shard ${file}: ${(error as Error).message}`, 2, { cause: error })
    }
    return parseShard(text, file)
  })
  const merged = mergeShards(shards, positionals)
  const options = optionsFrom({ 'heap-max-bytes': values['heap-max-bytes'] })
  return printReport(await decideShards(merged, options.heapMaxBytes, log), values.json, values.report)
}

function printReport(report: MemgateReport, json: boolean, reportFile?: string): number {
  if (reportFile) fs.writeFileSync(reportFile, JSON.stringify(report, null, 2) + '\n')
  if (report.verdict === 'error') log(`memgate: ${report.reason}${report.detail ? `\n${report.detail}` : ''}`)
  print(json, report, renderText(report))
  return exitCodeFor(report.verdict)
}

export async function bumpsCommand(args: string[]): Promise<number> {
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
  const bumps = await readBumps(git, base, head, {
    workingDirectory: values['working-directory'],
    warn: (line) => log(`memgate: warning: ${line}`)
  })
  const lines = bumps.map(
    (b) =>
      `${b.name}${b.package ? ` → ${b.package}` : ''} ${b.from ?? '(none)'} -> ${b.to ?? '(none)'} ${b.type} ${b.direct ? 'direct' : 'transitive'} ${b.manifest}`
  )
  print(values.json, { format: 'memgate-bumps/1', base, head, bumps }, lines.length ? lines.join('\n') : 'No dependency changes.')
  return 0
}

export async function analyzeCommand(args: string[]): Promise<number> {
  const { values } = parse(args, {
    base: { type: 'string' },
    head: { type: 'string' },
    ...STATS_FLAGS,
    json: { type: 'boolean', default: false }
  })
  const base = readSamples(required(values.base, '--base'))
  const head = readSamples(required(values.head, '--head'))
  const stats = analyzeSamples(base, head, optionsFrom(values).stats)
  // No commits and no bumps here: the report says only what the samples tell.
  const report = buildReport({ baseSha: '', headSha: '', bumps: [], baseRuns: base.runs.length, headRuns: head.runs.length, stats })
  return printReport(report, values.json)
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

export async function heapCommand(args: string[]): Promise<number> {
  const [sub, ...rest] = args
  const { values, positionals } = parse(rest, { json: { type: 'boolean', default: false } }, true)
  if (sub === 'summary' && positionals.length === 1) {
    const summary = await summarizeSnapshotFile(positionals[0]!)
    print(values.json, { format: 'memgate-heap-summary/1', ...summary }, formatHeapSummary(summary))
    return 0
  }
  if (sub === 'diff' && positionals.length >= 2) {
    const diff = await diffSnapshotFiles(positionals)
    print(values.json, { format: 'memgate-heap-diff/1', ...diff }, formatHeapDiff(diff))
    return 0
  }
  throw new MemgateError("Expected 'heap summary FILE' or 'heap diff BEFORE AFTER [MORE...]'.", 2, { detail: USAGE })
}

export async function demoCommand(args: string[]): Promise<number> {
  const { values } = parse(args, {
    clean: { type: 'boolean', default: false },
    ...STATS_FLAGS,
    json: { type: 'boolean', default: false },
    keep: { type: 'boolean', default: false }
  })
  const options = optionsFrom({ ...values, soak: 'node soak.js' })
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'memgate-demo-'))
  try {
    const head = values.clean ? 'clean' : 'leaky'
    log(`Building the demo repository in ${dir} (event-hub 1.0.0 -> 2.0.0 ${head})`)
    const repo = await createDemoRepo(path.join(dir, 'repo'), head)
    const { report } = await runPipeline(options, {
      repoDir: repo.dir,
      base: 'main',
      head: 'bump',
      workDir: path.join(dir, 'work'),
      probePath: probePath(),
      log
    })
    if (values.keep) log(`Kept ${dir}`)
    return printReport(report, values.json)
  } finally {
    if (!values.keep) fs.rmSync(dir, { recursive: true, force: true })
  }
}
