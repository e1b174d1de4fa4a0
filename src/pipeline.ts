// trigger → bumps → soak → stats → heap → report. Both front doors (action, CLI) call runPipeline,
// and it always returns a report: a stage that fails gives verdict `error` with everything known.
import * as fs from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import { readBumpsBetween } from './bumps/between.js'
import { filterBumps } from './bumps/filter.js'
import { MemgateError } from './errors.js'
import type { Git } from './git.js'
import { findSuspects, repositoryRelative } from './heap/suspects.js'
import type { Options } from './options.js'
import type { ExpectedLength } from './probe/protocol.js'
import { recordKeyFor } from './record/measure-commit.js'
import { findRecord, type MemoryRecord } from './record/record.js'
import { buildReport, type Report, type ReportInput, reportOfError } from './report/build.js'
import { medianSeries } from './report/series.js'
import { type MergedShards, type ShardDocument, type ShardSpec, shardRuns } from './report/shard.js'
import { shortSha } from './sha.js'
import { soakIsolation } from './soak/isolation.js'
import type { SoakEvent } from './soak/progress.js'
import { openSession, type SideResult, type SoakResult, unplannedRuns } from './soak/session.js'
import { analyzeSamples, planAllLooks } from './stats/analyze.js'
import { type Failure, judgeFailures } from './stats/failures.js'
import { median } from './stats/robust.js'
import { isUsable, measureSamples } from './stats/run-growth.js'
import { nextStep } from './stats/sequential.js'
import type { Bump, Samples } from './types.js'
import { MEMGATE_VERSION } from './version.js'

/** Which commits of which repository to measure, and where (beside the user's options); not the PR target of trigger/event.ts. */
export interface Commits {
  repoDir: string
  /** The PR's base: the measured base is the merge-base of this and head. */
  base: string
  head: string
  /** Where worktrees, samples, logs and snapshots go; a new temp dir when absent. */
  workDir?: string
  /** For fetching missing commits only; never reaches the soak. */
  token?: string
  /**
   * The remote to fetch `base` and `head` from when they are missing (a shallow checkout, a fork's
   * PR head that only `refs/pull/N/head` reaches). Unset (the CLI): nothing is fetched.
   */
  remote?: string
  /**
   * A store of memgate-record/1 (docs/design.md, "The memory record of main"): when it holds a
   * record of the merge-base in this measurement's series, base is not soaked; head's runs are
   * compared with the stored ones. Unset: both sides are soaked.
   */
  store?: string
  /** Aborted when the action is cancelled: the soak stage stops its runs and kills their process groups. */
  signal?: AbortSignal
  probePath: string
  log: (line: string) => void
  /** The soak stage's progress; without it each event is a line of `log`. */
  progress?: (event: SoakEvent) => void
}

export interface PipelineResult {
  report: Report
  workDir: string
}

export async function runPipeline(options: Options, target: Commits): Promise<PipelineResult> {
  const workDir = target.workDir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'memgate-'))
  fs.mkdirSync(workDir, { recursive: true })
  // What is known so far goes into the report, whichever stage fails.
  const known: Partial<ReportInput> = {}
  const started = Date.now()
  let report: Report
  try {
    report = (await measure(options, target, workDir, known)) as Report
  } catch (error) {
    if (!(error instanceof MemgateError)) throw error
    report = reportOfError(error, known)
  }
  report.durationMs = Date.now() - started
  return { report, workDir }
}

/** The shard's measurement, or the error report that says why there is none. */
export type ShardResult =
  | { shard: ShardDocument; report?: undefined; workDir: string }
  | { shard?: undefined; report: Report; workDir: string }

/**
 * Shard `spec` of a measurement spread over several runners: its share of each side's `runs`
 * (interleaved as always), no verdict; shard 1 takes head's heap snapshots. `memgate merge`
 * (decideShards) turns all N into one report. A failure is an error report, as runPipeline's.
 */
export async function runShard(options: Options, target: Commits, spec: ShardSpec, key: Record<string, string>): Promise<ShardResult> {
  const workDir = target.workDir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'memgate-'))
  fs.mkdirSync(workDir, { recursive: true })
  const known: Partial<ReportInput> = {}
  try {
    const result = await measure(options, target, workDir, known, { spec, key })
    return 'format' in result && result.format === 'memgate-shard/1' ? { shard: result, workDir } : { report: result as Report, workDir }
  } catch (error) {
    if (!(error instanceof MemgateError)) throw error
    return { report: reportOfError(error, known), workDir }
  }
}

async function measure(
  options: Options,
  target: Commits,
  workDir: string,
  known: Partial<ReportInput>,
  sharding?: { spec: ShardSpec; key: Record<string, string> }
): Promise<Report | ShardDocument> {
  // A lockfile of a newer format than memgate knows, read by its structure, is said in the log and the report.
  const {
    git,
    baseSha,
    headSha,
    bumps: changes,
    warnings
  } = await readBumpsBetween({
    ...target,
    workingDirectory: options.workingDirectory,
    warn: (line) => target.log(`warning: ${line}`),
    known
  })
  if (warnings.length) known.notes = warnings
  const bumps = (known.bumps = filterBumps(changes, options.bumps))
  if (sharding) {
    if (!options.soakCommand.trim())
      throw new MemgateError('No soak command: set the soak-command input (or --soak) to the script that exercises the service')
    return soakShard(options, target, git, { baseSha, headSha, workDir, bumps }, sharding.spec, sharding.key, warnings)
  }
  if (bumps.length === 0) {
    const names = changes.map((b) => b.name)
    const reason =
      changes.length === 0
        ? 'No dependency changed between base and head, so there is nothing to measure.'
        : `${changes.length} dependency change(s) (${names.slice(0, 5).join(', ')}${names.length > 5 ? ', …' : ''}), none selected by include, exclude and dependency-types, so there is nothing to measure.`
    return buildReport({ baseSha, headSha, bumps, verdict: 'skipped', reason, notes: warnings })
  }
  target.log(`${bumps.length} dependency change(s): ${bumps.map((b) => `${b.name} ${b.from ?? '∅'} → ${b.to ?? '∅'}`).join(', ')}`)
  if (!options.soakCommand.trim()) {
    throw new MemgateError('No soak command: set the soak-command input (or --soak) to the script that exercises the service')
  }
  // Where the soak cannot run as a user of its own, the log and the report say so once.
  const { warning: unisolated } = await soakIsolation()
  if (unisolated) {
    target.log(`warning: ${unisolated}`)
    warnings.push(unisolated)
  }
  const decided = await soakUntilDecided(options, target, git, { baseSha, headSha, workDir }, known)
  for (const side of ['base', 'head'] as const) {
    fs.writeFileSync(path.join(workDir, `samples-${side}.json`), JSON.stringify(decided.soak[side].samples, null, 2))
  }
  const report = await judge(decided, bumps, { baseSha, headSha }, options.heapMaxBytes, target.log)
  report.suspects = report.suspects.map((s) => repositoryRelative(s, path.join(workDir, 'head')))
  // The runbook names these files: they are in the work dir and in the artifact, at the same paths.
  const snapshots = decided.soak.head.snapshots.map((file) => path.relative(workDir, file).split(path.sep).join('/'))
  if (snapshots.length) report.snapshots = snapshots
  if (warnings.length) report.notes = [...warnings, ...(report.notes ?? [])]
  return report
}

/** Rounds of runs a shard adds for runs the statistics leave out. */
const SHARD_MAKE_UP_ROUNDS = 2

/** The shard's runs: no looks and no verdict; with no bump selected, no runs (merge says skipped). */
async function soakShard(
  options: Options,
  target: Commits,
  git: Git,
  where: { baseSha: string; headSha: string; workDir: string; bumps: Bump[] },
  spec: ShardSpec,
  key: Record<string, string>,
  warnings: string[]
): Promise<ShardDocument> {
  const { baseSha, headSha, workDir, bumps } = where
  const empty = (side: 'base' | 'head') => ({ format: 'memgate-samples/1' as const, side, unit: 'iteration' as const, runs: [] })
  const document: ShardDocument = {
    format: 'memgate-shard/1',
    shard: spec,
    baseSha,
    headSha,
    key,
    stats: options.stats,
    bumps,
    samples: { base: empty('base'), head: empty('head') },
    snapshots: [],
    notes: warnings
  }
  const runs = shardRuns(options.stats.runs, spec)
  if (bumps.length === 0 || runs === 0) return document
  target.log(`Shard ${spec.index}/${spec.count}: ${runs} run(s) a side of the ${options.stats.runs}.`)
  const session = await openSession({
    ...options,
    baseSha,
    headSha,
    workDir,
    git,
    probePath: target.probePath,
    signal: target.signal,
    log: target.log,
    secrets: target.token ? [target.token] : []
  })
  try {
    let soak = await session.soak({ runs, snapshots: spec.index === 1 })
    // The merge has no later look to add runs: a run the statistics will leave out (too few samples
    // after the warm-up, a crash) is made up here, as the gate's next look would, at most twice.
    for (let round = 1; round <= SHARD_MAKE_UP_ROUNDS; round++) {
      const usable = (samples: Samples) => measureSamples(samples, options.stats).filter(isUsable).length
      const short = Math.max(runs - usable(soak.base.samples), runs - usable(soak.head.samples))
      if (short <= 0 || judgeFailures(soak.base.samples, soak.head.samples)) break
      target.log(`Shard ${spec.index}/${spec.count}: ${short} run(s) a side left out by the statistics; ${short} more.`)
      const more = await session.soak({
        runs: short,
        outDir: path.join(workDir, `make-up-${round}`),
        expected: { base: soak.base.length, head: soak.head.length },
        snapshots: false
      })
      soak = appendRuns(soak, more)
    }
    document.samples = { base: soak.base.samples, head: soak.head.samples }
    document.snapshots = soak.head.snapshots
    document.notes = [...warnings, ...soak.base.notes.map((n) => `base: ${n}`), ...soak.head.notes.map((n) => `head: ${n}`)]
    return document
  } finally {
    await session.close()
  }
}

/**
 * The verdict of a measurement spread over shards (mergeShards checked them): decided once, as one
 * run over all the runs would be, with the suspects from the shard that took the snapshots.
 */
export async function decideShards(merged: MergedShards, heapMaxBytes: number, log: (line: string) => void): Promise<Report> {
  const { baseSha, headSha, bumps } = merged
  if (bumps.length === 0) {
    return buildReport({
      baseSha,
      headSha,
      bumps,
      verdict: 'skipped',
      reason: 'No selected dependency changed between base and head, so there is nothing to measure.',
      notes: merged.notes
    })
  }
  const side = (samples: MergedShards['samples']['base'], snapshots: string[]): SideResult =>
    ({ samples, snapshots, snapshotPoints: [], notes: [], install: { command: '', durationMs: 0 }, runs: [] }) as unknown as SideResult
  const base = side(merged.samples.base, [])
  const head = side(merged.samples.head, merged.snapshots)
  const failure = judgeFailures(merged.samples.base, merged.samples.head)
  const soak = { base, head, parallel: false, wallMs: 0, runsWallMs: 0 } as SoakResult
  const decided: Decided = failure
    ? { soak, failure }
    : { soak, failure: null, stats: analyzeSamples(merged.samples.base, merged.samples.head, merged.stats) }
  const report = await judge(decided, bumps, { baseSha, headSha }, heapMaxBytes, log)
  if (merged.snapshots.length) report.snapshots = merged.snapshots
  if (merged.notes.length) report.notes = [...merged.notes, ...(report.notes ?? [])]
  return report
}

/** The last look: either its runs failed (and were not analysed) or their statistics decide. */
type Decided =
  | { soak: SoakResult; failure: Failure; stats?: undefined }
  | { soak: SoakResult; failure: null; stats: ReturnType<typeof analyzeSamples> }

/**
 * The sequential plan: a first look of a few runs a side (an early look that calls only a clear
 * leak or pass), then, while the verdict is inconclusive, more runs up to max-runs (analyzeSamples spends only its look's share of alpha, so the false-alarm
 * rate holds over all looks). The worktrees and installs serve every look.
 */
async function soakUntilDecided(
  options: Options,
  target: Commits,
  git: Git,
  where: { baseSha: string; headSha: string; workDir: string },
  known: Partial<ReportInput>
): Promise<Decided> {
  const stored = target.store ? await storedBase(options, target, git, where.baseSha) : null
  const session = await openSession({
    ...options,
    ...where,
    git,
    probePath: target.probePath,
    signal: target.signal,
    log: target.log,
    progress: target.progress,
    secrets: target.token ? [target.token] : [],
    ...(stored ? { sides: ['head'] as const } : {})
  })
  // A stored base stands for base's runs at every look; the look is counted by head's runs. A
  // pilot run, or one the snapshots left short, is not one the plan asked for: counted, it would move every later look one run
  // early (4 usable runs a side at the look planned for 5, which cannot reach its alpha).
  const withBase = (soak: SoakResult): SoakResult => (stored ? { ...soak, base: stored.side } : soak)
  const planned = (side: SideResult) => side.samples.runs.length - unplannedRuns(side)
  const attempted = (soak: SoakResult) => (stored ? planned(soak.head) : Math.max(planned(soak.base), planned(soak.head)))
  const analyze = (soak: SoakResult) => analyzeSamples(soak.base.samples, soak.head.samples, options.stats, attempted(soak))
  try {
    const [firstLook = options.stats.runs] = planAllLooks(options.stats)
    let soak = withBase(await session.soak({ runs: firstLook, ...(stored?.length ? { expected: { head: stored.length } } : {}) }))
    for (let look = 2; ; look++) {
      known.baseRuns = soak.base.samples.runs.length
      known.headRuns = soak.head.samples.runs.length
      const failure = judgeFailures(soak.base.samples, soak.head.samples)
      if (failure) return { soak, failure }
      const stats = analyze(soak)
      const step = nextStep(stats, attempted(soak), options.stats.maxRuns)
      if (!step || step.done) {
        if (stored) stats.notes.push(stored.note)
        return { soak, failure, stats }
      }
      target.log(`Inconclusive after ${soak.head.samples.runs.length} runs a side (${stats.reason}); adding ${step.addRuns} more.`)
      // A later look knows how long the runs are, and keeps the first look's snapshots.
      const more = await session.soak({
        runs: step.addRuns,
        outDir: path.join(where.workDir, `look-${look}`),
        expected: { base: soak.base.length, head: soak.head.length },
        snapshots: false
      })
      soak = withBase(appendRuns(soak, more))
    }
  } finally {
    await session.close()
  }
}

/**
 * Base's runs from the store: the record of the merge-base in this measurement's series, or null
 * (none, or only of another series). An unreadable record is ignored with a log
 * line, never trusted.
 */
async function storedBase(
  options: Options,
  target: Commits,
  git: Git,
  baseSha: string
): Promise<{ side: SideResult; note: string; record: MemoryRecord; length?: ExpectedLength } | null> {
  const { store } = target
  if (!store) return null
  let record: MemoryRecord | null
  try {
    record = findRecord(store, baseSha, await recordKeyFor(options, git.repoDir))
  } catch (error) {
    if (!(error instanceof MemgateError)) throw error
    target.log(`The store's record of base ${shortSha(baseSha)} is ignored: ${error.reason}`)
    return null
  }
  if (!record) {
    target.log(`The store holds no record of base ${shortSha(baseSha)} for this soak and machine: base is soaked.`)
    return null
  }
  // Another version's probe samples at other points and paces: the demo's whole-heap growth per
  // request was 2.02 bytes by the probe of 2026-12-01 and 0.54 by today's (docs/statistics.md).
  if (record.memgate !== MEMGATE_VERSION) {
    target.log(
      `The store's record of base ${shortSha(baseSha)} is ignored: measured by memgate ${record.memgate}, not ${MEMGATE_VERSION}, whose probe may sample otherwise; base is soaked.`
    )
    return null
  }
  const ageDays = (Date.now() - Date.parse(record.measuredAt)) / DAY_MS
  // An hour ahead is another runner's clock; more is a record no run of main can have written yet.
  if (!(ageDays <= STORED_BASE_MAX_DAYS && ageDays >= -1 / 24)) {
    target.log(
      `The store's record of base ${shortSha(baseSha)} is ignored: measured ${record.measuredAt}, ` +
        (ageDays > 0 ? `${Math.floor(ageDays)} days ago, ` : 'after now, ') +
        `and a base is reused for ${STORED_BASE_MAX_DAYS} days at most (growth moves from day to day); base is soaked.`
    )
    return null
  }
  const runs = record.samples.runs
  target.log(`Base ${shortSha(baseSha)} is not soaked: ${runs.length} runs from its record of ${record.measuredAt}.`)
  const side = {
    samples: { ...record.samples, side: 'base' },
    snapshots: [],
    snapshotPoints: [],
    notes: [],
    install: { dir: '', command: '', description: 'stored record', durationMs: 0, log: '' },
    runs: []
  } as unknown as SideResult
  const note =
    `base was not soaked: its ${runs.length} runs are those of the record of ${shortSha(baseSha)} ` +
    `measured ${record.measuredAt} by memgate ${record.memgate}, read from the store.`
  return { side, note, record, length: storedLength(record.samples) }
}

const DAY_MS = 24 * 60 * 60 * 1000
/**
 * The oldest record that stands for base's runs. Growth per iteration moved between traces recorded
 * 11 days apart by more than a test with no threshold ignores, and did not move within a day under
 * other loads (docs/statistics.md, "A stored base"); a week keeps a PR's merge-base on main's
 * records of the same runner image, not of another season's.
 */
export const STORED_BASE_MAX_DAYS = 7

/**
 * How long the stored runs were (the median run's last x and lifetime): head's first run is then
 * not one of unknown length, so it spreads its samples over that length and is no pilot. The same
 * soak does the same iterations; a head that runs slower still gets its minimum of samples.
 */
function storedLength(samples: MemoryRecord['samples']): ExpectedLength | undefined {
  const ok = samples.runs.filter((r) => (r.outcome ?? 'ok') === 'ok' && r.samples.length > 0 && (r.durationMs ?? 0) > 0)
  if (ok.length === 0) return undefined
  const x = median(ok.map((r) => r.samples[r.samples.length - 1]?.x ?? 0))
  const ms = median(ok.map((r) => r.durationMs ?? 0))
  return x > 0 && ms > 0 ? { unit: samples.unit, x, ms } : undefined
}

async function judge(
  decided: Decided,
  bumps: Bump[],
  shas: { baseSha: string; headSha: string },
  heapMaxBytes: number,
  log: (line: string) => void
): Promise<Report> {
  const { soak, failure, stats } = decided
  const verdict = failure ? failure.verdict : stats.verdict
  const { suspects, notes: heapNotes } =
    verdict === 'leak'
      ? await findSuspects(
          soak.head,
          bumps.map((b) => b.name),
          heapMaxBytes,
          log
        )
      : { suspects: [], notes: [] }
  return buildReport({
    ...shas,
    bumps,
    baseRuns: soak.base.samples.runs.length,
    headRuns: soak.head.samples.runs.length,
    stats,
    suspects,
    verdict,
    reason: failure?.reason,
    detail: failure?.detail,
    series: medianSeries(soak.base.samples, soak.head.samples),
    notes: [...soak.base.notes.map((n) => `base: ${n}`), ...soak.head.notes.map((n) => `head: ${n}`), ...heapNotes]
  })
}

/** The runs of a later look appended to the earlier ones; snapshots stay those of the first look. */
function appendRuns(first: SoakResult, more: SoakResult): SoakResult {
  const join = (a: SideResult, b: SideResult): SideResult => ({
    ...a,
    samples: { ...a.samples, runs: [...a.samples.runs, ...b.samples.runs] },
    notes: [...a.notes, ...b.notes],
    runs: [...a.runs, ...b.runs]
  })
  return { ...first, base: join(first.base, more.base), head: join(first.head, more.head), wallMs: first.wallMs + more.wallMs }
}
