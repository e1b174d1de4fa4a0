// The CLI's commands. Each returns its exit status; a report's comes from its verdict alone.
import * as fs from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import { readBumpsBetween } from '../bumps/between.js'
import { createDemoRepo } from '../demo.js'
import { MemgateError } from '../errors.js'
import { exitCodeFor } from '../exit-code.js'
import { writeFileNoFollow } from '../files.js'
import { diffSnapshotFiles, summarizeSnapshotFile } from '../heap/analyze.js'
import { decideShards, runPipeline, runShard } from '../pipeline.js'
import { recordKeyFor } from '../record/measure-commit.js'
import { buildReport, type Report } from '../report/build.js'
import { MAX_SHARD_BYTES, mergeShards, parseShard, parseShardSpec } from '../report/shard.js'
import { renderBumpLine, renderText } from '../report/text.js'
import { shortSha } from '../sha.js'
import { analyzeSamples } from '../stats/analyze.js'
import type { Samples } from '../types.js'
import { OPTION_FLAGS, optionsFrom, parse, required, STATS_FLAGS } from './args.js'
import { formatHeapDiff, formatHeapSummary } from './heap-text.js'
import { UsageError } from './help.js'
import { log, print, probePath } from './output.js'
import { createReporter, isInteractive } from './progress.js'

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
  const reporter = createReporter()
  const target = {
    repoDir: path.resolve(values.repo),
    base: required(values.base, '--base'),
    head: required(values.head, '--head'),
    workDir: values['work-dir'],
    store: values.store === undefined ? undefined : path.resolve(values.store),
    probePath: probePath(),
    log: reporter.log,
    progress: reporter.progress
  }
  if (values.shard !== undefined) {
    const spec = parseShardSpec(values.shard)
    // The work directory stays: the shard names head's heap snapshots in it, which `memgate merge` reads.
    const result = await runShard(options, target, spec, { ...(await recordKeyFor(options, target.repoDir)) }).finally(reporter.done)
    if (!result.shard) return printReport(result.report, values.json, values.report)
    const { shard } = result
    if (values.report) writeFileNoFollow(values.report, JSON.stringify(shard, null, 2) + '\n')
    const text =
      `Shard ${spec.index}/${spec.count} of ${shortSha(shard.baseSha)}..${shortSha(shard.headSha)}: ` +
      `${shard.samples.base.runs.length} base and ${shard.samples.head.runs.length} head runs; no verdict until \`memgate merge\` has all ${spec.count}.`
    print(values.json, shard, text)
    return 0
  }
  const { report, workDir } = await runPipeline(options, target).finally(reporter.done)
  if (!values['work-dir']) {
    // Snapshots can be 512 MiB each: a temporary directory is not left behind, and the report
    // names no file in it.
    fs.rmSync(workDir, { recursive: true, force: true })
    delete report.snapshots
    if (report.verdict !== 'skipped')
      log('The work directory was removed; --work-dir DIR keeps the worktrees, samples, logs and heap snapshots.')
  }
  return printReport(report, values.json, values.report)
}

export async function mergeCommand(args: string[]): Promise<number> {
  const { values, positionals } = parse(
    args,
    { json: { type: 'boolean', default: false }, report: { type: 'string' }, 'heap-max-bytes': { type: 'string' } },
    true
  )
  if (positionals.length === 0) throw new UsageError('Missing shard files: memgate merge SHARD_FILE…')
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

function printReport(report: Report, json: boolean, reportFile?: string): number {
  if (reportFile) writeFileNoFollow(reportFile, JSON.stringify(report, null, 2) + '\n')
  // An error is said once, on stderr; its report goes to stdout only as the --json document.
  if (report.verdict === 'error') log(`memgate: ${report.reason}${report.detail ? `\n${report.detail}` : ''}`)
  if (json) print(true, report, '')
  else if (report.verdict !== 'error') print(false, report, renderText(report, { color: isInteractive(process.stdout) }))
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
  const {
    baseSha: base,
    headSha: head,
    bumps
  } = await readBumpsBetween({
    repoDir: path.resolve(values.repo),
    base: required(values.base, '--base'),
    head: required(values.head, '--head'),
    workingDirectory: values['working-directory'],
    warn: (line) => log(`memgate: warning: ${line}`)
  })
  const lines = bumps.map(renderBumpLine)
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
  const [file] = positionals
  if (sub === 'summary' && positionals.length === 1 && file !== undefined) {
    const summary = await summarizeSnapshotFile(file)
    print(values.json, { format: 'memgate-heap-summary/1', ...summary }, formatHeapSummary(summary))
    return 0
  }
  if (sub === 'diff' && positionals.length >= 2) {
    const diff = await diffSnapshotFiles(positionals)
    print(values.json, { format: 'memgate-heap-diff/1', ...diff }, formatHeapDiff(diff))
    return 0
  }
  throw new UsageError("Expected 'heap summary FILE' or 'heap diff BEFORE AFTER [MORE…]'.")
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
    const reporter = createReporter()
    const { report } = await runPipeline(options, {
      repoDir: repo.dir,
      base: 'main',
      head: 'bump',
      workDir: path.join(dir, 'work'),
      probePath: probePath(),
      log: reporter.log,
      progress: reporter.progress
    }).finally(reporter.done)
    if (!values.keep) delete report.snapshots
    if (values.keep) log(`Kept ${dir} (the repository, and the work directory with the heap snapshots)`)
    return printReport(report, values.json)
  } finally {
    if (!values.keep) fs.rmSync(dir, { recursive: true, force: true })
  }
}
