// The soak stage: a worktree per side, an install in each, then the runs, base and head interleaved
// (or side by side, one base and one head at once, where there are cores for both). A session keeps
// its worktrees and installs for the whole decision: open → soak (a look) → soak more → close.
import * as fs from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import { MemgateError } from '../errors.js'
import type { Git } from '../git.js'
import type { Options } from '../options.js'
import type { ProcessUser } from '../process.js'
import { shortSha } from '../sha.js'
import type { Samples, Side } from '../types.js'
import { buildEnvironments, defaultHeapLimitMb, type Environments } from './env.js'
import { type InstallPlan, type InstallResult, planInstall, runInstall } from './install.js'
import { grantTree, SOAK_USER_NAME, soakIsolation } from './isolation.js'
import { describeSoakEvent, PROGRESS_INTERVAL_MS, peekSamples, type SoakEvent } from './progress.js'
import { runQueue } from './queue.js'
import { type ExpectedLength, runSoak, type SnapshotPlan, type SnapshotPoint, type SoakRunResult } from './runner.js'

// bisect measures its trees through this module only: what it shares with the gate is reached here.
export { buildEnvironments, type Environments } from './env.js'
export { type InstallPlan, planInstall, runInstall } from './install.js'
export { grantTree } from './isolation.js'
export { type ExpectedLength, runSoak, type SoakRunResult } from './runner.js'

/** What a session needs: the user's options as they are, and where and what to measure. */
export interface SessionOptions
  extends Pick<Options, 'soakCommand' | 'workingDirectory' | 'timeoutMs'>,
    Partial<Pick<Options, 'installCommand' | 'durationMs' | 'parallel' | 'passEnv' | 'heapMaxBytes' | 'heapLimitMb'>> {
  git: Git
  baseSha: string
  headSha: string
  /** The sides measured (both by default). A record measures one commit on its own, as `head`. */
  sides?: readonly Side[]
  /** Scratch directory for worktrees, install logs, and (per look) samples, logs and snapshots. */
  workDir: string
  /** Aborted when memgate is cancelled: runs and installs are killed with their process groups, no new one starts. */
  signal?: AbortSignal
  probePath: string
  /** Values that must never reach the soak's environment (the token). */
  secrets: string[]
  log: (line: string) => void
  /** What the stage is doing, as it happens; without it each event is a line of `log`. */
  progress?: (event: SoakEvent) => void
}

/** One look: how many runs a side gets, and what an earlier look told. */
export interface LookOptions {
  runs: number
  /** Where this look's runs write (`runs/<side>-<i>` below it); the session's workDir by default. */
  outDir?: string
  /** The length of each side's runs in an earlier look of the same gate: then no run goes in blind. */
  expected?: Partial<Record<Side, ExpectedLength>>
  /** Heap snapshots in one run per side (the default); a later look needs none. */
  snapshots?: boolean
}

/** The session and one look in one options object: what soakBothSides takes. */
export type SoakOptions = SessionOptions & LookOptions

export interface SoakSession {
  /** Installs (once, on the first look) and runs `look.runs` more runs a side. */
  soak(look: LookOptions): Promise<SoakResult>
  /** Removes the worktrees. */
  close(): Promise<void>
}

export interface RunInfo {
  /** 1-based run number within the side. */
  run: number
  outcome: string
  durationMs: number
  samples: number
  unit: 'iteration' | 'ms'
  /** Whose samples these are: the soak's own lines, the probe in one process, or the process group's RSS. */
  source: SoakRunResult['source']
  pid?: number
  processes: SoakRunResult['processes']
  samplesFile: string
  log: string
  /** Iterations per second of the measured process. */
  throughput?: number
  stopped?: string
  warmupDropped: number
  snapshots: string[]
}

export interface SideResult {
  samples: Samples
  /** Snapshots of the run that took them, if it ended `ok`, oldest first (after warm-up, middle, late, end). */
  snapshots: string[]
  /** The same with the heap each held, to tell which show growth. */
  snapshotPoints: SnapshotPoint[]
  /** Notes about snapshots that were skipped (size cap) or failed. */
  notes: string[]
  install: Omit<InstallResult, 'manager'> & { manager?: string }
  runs: RunInfo[]
  /** How long a run of this side is, for the runs of a later look. */
  length?: ExpectedLength
}

export interface SoakResult {
  base: SideResult
  head: SideResult
  parallel: boolean
  /** Wall time of the whole stage (worktrees, installs, runs). */
  wallMs: number
  /** Wall time of the runs alone. */
  runsWallMs: number
}

/** One look of a session: open, soak, close. */
export async function soakBothSides(options: SoakOptions): Promise<SoakResult> {
  const session = await openSession(options)
  try {
    return await session.soak(options)
  } finally {
    await session.close()
  }
}

/** What a session holds between its looks. */
interface Session {
  options: SessionOptions
  /** The scrubbed environment of the installs; the soak's adds the probe. */
  installEnv: Record<string, string>
  soakEnv: Record<string, string>
  parallel: boolean
  /** Whom the installs and the soaks run as, when not memgate's own user. */
  user?: ProcessUser
  dirs: Record<Side, string>
  sides: readonly Side[]
  plans: Partial<Record<Side, InstallPlan>>
  /** Yarn 1's cache is not safe for two installs at once, and an install-command may be anything. */
  concurrentInstalls: boolean
  installs: Partial<Record<Side, InstallResult>>
}

/** Adds a worktree per side and plans each side's install; nothing runs until the first look. */
export async function openSession(options: SessionOptions): Promise<SoakSession> {
  const env = await isolatedEnvironments(options)
  const { user } = env
  const parallel = options.parallel ?? availableCores() >= 2
  const dirs: Record<Side, string> = { base: path.join(options.workDir, 'base'), head: path.join(options.workDir, 'head') }
  const sides = SIDES.filter((side) => !options.sides || options.sides.includes(side))
  const added: Side[] = []
  const close = async () => {
    for (const side of added) {
      // Removed by memgate before git sees it: the PR's code owned it and may have rewritten its .git file.
      if (user) fs.rmSync(dirs[side], { recursive: true, force: true })
      await options.git.removeWorktree(dirs[side])
    }
  }
  try {
    for (const side of sides) {
      fs.rmSync(dirs[side], { recursive: true, force: true })
      await options.git.addWorktree(dirs[side], side === 'base' ? options.baseSha : options.headSha)
      added.push(side)
      if (user) grantTree(dirs[side], user)
    }
    const plans = Object.fromEntries(sides.map((side) => [side, planSide(options, dirs, side)]))
    const session: Session = {
      options,
      installEnv: env.install,
      soakEnv: env.soak,
      parallel,
      user,
      dirs,
      sides,
      plans,
      concurrentInstalls: parallel && sides.every((side) => plans[side]?.manager && plans[side].manager.name !== 'yarn'),
      installs: {}
    }
    return { soak: (look) => soakLook(session, look), close }
  } catch (error) {
    await close()
    throw error
  }
}

/**
 * The environments of the PR's code (buildEnvironments) where it runs: as `memgate-soak` with its
 * own HOME, TMPDIR and a copy of the probe it can read, where memgate is root; else as memgate. The
 * temporary directory replaces RUNNER_TEMP either way. Where there is no user to drop to, the
 * pipeline says so once (soakIsolation's warning).
 */
export async function isolatedEnvironments(options: {
  workDir: string
  secrets?: string[]
  passEnv?: string[]
  probePath: string
  /** Unset: from the machine's memory (defaultHeapLimitMb). */
  heapLimitMb?: number
}): Promise<Environments & { user?: ProcessUser }> {
  const { user } = await soakIsolation()
  const tempDir = path.join(options.workDir, 'tmp')
  const homeDir = path.join(options.workDir, 'home')
  for (const dir of [tempDir, homeDir]) {
    fs.rmSync(dir, { recursive: true, force: true })
    fs.mkdirSync(dir, { recursive: true })
    if (user) grantTree(dir, user)
  }
  const probePath = user ? readableProbe(options.probePath, options.workDir) : options.probePath
  const heapLimitMb = options.heapLimitMb ?? defaultHeapLimitMb(os.totalmem())
  const env = buildEnvironments(process.env, { ...options, probePath, tempDir, heapLimitMb })
  if (!user) return env
  // npm's cache where memgate's npm keeps it (npx sets npm_config_cache) is memgate's, not the soak user's.
  const own = { HOME: homeDir, USER: SOAK_USER_NAME, LOGNAME: SOAK_USER_NAME, npm_config_cache: path.join(homeDir, '.npm') }
  for (const side of [env.install, env.soak]) {
    for (const name of Object.keys(side)) if (name.toLowerCase() === 'npm_config_cache') delete side[name]
    Object.assign(side, own)
  }
  return { ...env, user }
}

/** The probe where the soak's user can read it (memgate's own files may sit under a home it cannot enter). */
function readableProbe(probePath: string, workDir: string): string {
  const dir = path.join(workDir, 'probe')
  fs.mkdirSync(dir, { recursive: true, mode: 0o755 })
  fs.chmodSync(dir, 0o755)
  const copy = path.join(dir, path.basename(probePath))
  fs.copyFileSync(probePath, copy)
  fs.chmodSync(copy, 0o644)
  return copy
}

function planSide(options: SessionOptions, dirs: Record<Side, string>, side: Side): InstallPlan {
  const projectDir = path.join(dirs[side], options.workingDirectory)
  if (!fs.existsSync(projectDir)) {
    const sha = side === 'base' ? options.baseSha : options.headSha
    throw new MemgateError(`working-directory '${options.workingDirectory}' does not exist at ${side} ${shortSha(sha)}`)
  }
  return planInstall(dirs[side], projectDir, options.installCommand || undefined)
}

/** One look: the installs a side still lacks, then `look.runs` runs a side (and any pilot it earns). */
async function soakLook(session: Session, look: LookOptions): Promise<SoakResult> {
  const { options, installs } = session
  const started = Date.now()
  // Aborted when a job fails, so that the runs still going stop with it.
  const stop = new AbortController()
  const signal = options.signal ? AbortSignal.any([options.signal, stop.signal]) : stop.signal
  const emit = options.progress ?? ((event: SoakEvent) => options.log(describeSoakEvent(event)))
  const installOne = async (side: Side): Promise<void> => {
    const plan = session.plans[side]
    if (!plan) throw new Error(`the soak queue installed ${side}, which this session does not measure`)
    const command = `${plan.command} (${plan.description})`
    emit({ kind: 'install-start', side, command, dir: path.relative(session.dirs[side], plan.dir) || '.' })
    // Install scripts are the PR's code as well: the same scrubbed environment, without the probe.
    const install = await runInstall(
      side,
      plan,
      session.installEnv,
      path.join(options.workDir, `install-${side}.log`),
      signal,
      session.user
    )
    installs[side] = install
    emit({ kind: 'install-end', side, command, durationMs: install.durationMs, log: install.log })
  }
  // Two failed runs a side with none that finished: the soak itself is broken, more runs only wait.
  const failed: Record<Side, number> = { base: 0, head: 0 }
  const finished: Record<Side, number> = { base: 0, head: 0 }
  let failFast = false
  let runsStarted: number | undefined
  const results: Record<Side, SoakRunResult[]> = { base: [], head: [] }
  const runs: Record<Side, number> = { base: 0, head: 0 }
  for (const side of session.sides) runs[side] = look.runs
  const runOne = async (side: Side, i: number): Promise<void> => {
    runsStarted ??= Date.now()
    const started = Date.now()
    emit({ kind: 'run-start', side, run: i + 1, of: runs[side] })
    const samplesFile = path.join(look.outDir ?? options.workDir, 'runs', `${side}-${i + 1}`, 'samples.jsonl')
    const ticker = setInterval(
      () => emit({ kind: 'run-progress', side, run: i + 1, of: runs[side], elapsedMs: Date.now() - started, ...peekSamples(samplesFile) }),
      PROGRESS_INTERVAL_MS
    )
    let run: SoakRunResult
    try {
      run = await runOneSoak(session, look, side, i, results[side][0], signal)
    } finally {
      clearInterval(ticker)
    }
    if (signal.aborted) {
      emit({ kind: 'run-stopped', side, run: i + 1, of: runs[side] })
      return
    }
    results[side][i] = run // runs of a side may finish out of order
    // A run of unknown length gets the samples the probe's budget pays for; a short soak's first
    // run may get too few for a trend. It still tells the later runs how long they are (they get
    // their minimum whatever it costs), and the side gets one more run in its place.
    const pilot = isPilot(run, i, look.expected?.[side] !== undefined)
    // The snapshots' pauses are memgate's doing: a run they left too few samples gets a run in its place too.
    const paused = !pilot && isPausedShort(run)
    if (pilot || paused) runs[side]++
    if (run.outcome === 'ok') finished[side]++
    else failed[side]++
    const note = [
      run.source === 'rss' ? 'process RSS' : '',
      run.outcome === 'ok' ? '' : `log ${run.log}`,
      pilot ? `too few for a trend: it sets the pace of the later runs, and ${side} gets one more run` : '',
      paused ? `too few for a trend after the heap snapshots' pauses: ${side} gets one more run` : ''
    ].filter(Boolean)
    const heap = run.samples[run.samples.length - 1]?.heap ?? null
    emit({
      kind: 'run-end',
      side,
      run: i + 1,
      of: runs[side],
      outcome: run.outcome ?? 'ok',
      durationMs: run.durationMs ?? 0,
      samples: run.samples.length,
      heap,
      ...(note.length ? { note: note.join(', ') } : {})
    })
    if (!failFast && SIDES.every((s) => failed[s] >= FAIL_FAST_RUNS && finished[s] === 0)) {
      failFast = true
      emit({ kind: 'fail-fast', failures: { ...failed } })
    }
  }
  await runQueue({
    runs: (side) => runs[side],
    slots: session.parallel ? 2 : 1,
    concurrentInstalls: session.concurrentInstalls,
    install: installOne,
    run: runOne,
    installed: (side) => installs[side] !== undefined || !session.sides.includes(side),
    // A side whose length is known already (a stored base gives head's) need not wait for its first run.
    firstMs: (side) => results[side][0]?.durationMs ?? look.expected?.[side]?.ms,
    stop,
    signal: options.signal,
    enough: () => failFast,
    // A side whose runs have only failed waits until the other side shows whether it fails too: a
    // slow install on one side must not let the other burn all its runs on a broken soak.
    held: (side) => {
      const other: Side = side === 'base' ? 'head' : 'base'
      const broken = (s: Side) => failed[s] >= FAIL_FAST_RUNS && finished[s] === 0
      return session.sides.includes(other) && broken(side) && !broken(other) && finished[other] === 0
    }
  })
  if (options.signal?.aborted) throw new MemgateError('Cancelled: the soak runs were stopped and their processes killed')
  const runsWallMs = Date.now() - (runsStarted ?? Date.now())
  // The queue installs a side before its first run, and fails when an install fails.
  if (session.sides.some((side) => !installs[side])) throw new Error('the soak queue ended without installing every side it measures')
  return {
    base: toSide('base', results.base, installs.base ?? NOT_INSTALLED),
    head: toSide('head', results.head, installs.head ?? NOT_INSTALLED),
    parallel: session.parallel,
    wallMs: Date.now() - started,
    runsWallMs
  }
}

/** Run i of a side: its samples spread over the length the side's first run had, snapshots in one run. */
function runOneSoak(session: Session, look: LookOptions, side: Side, i: number, first: SoakRunResult | undefined, signal: AbortSignal) {
  const { options } = session
  return runSoak({
    command: options.soakCommand,
    cwd: path.join(session.dirs[side], options.workingDirectory),
    env: session.soakEnv,
    outDir: path.join(look.outDir ?? options.workDir, 'runs', `${side}-${i + 1}`),
    timeoutMs: options.timeoutMs,
    durationMs: options.durationMs,
    signal,
    user: session.user,
    expected: first?.length ?? look.expected?.[side],
    snapshots: look.snapshots !== false && snapshotRun(i, look.runs) ? snapshotPlan(options, first, look.expected?.[side]) : false
  })
}

const SIDES: Side[] = ['base', 'head']

/** The install of a side the session does not measure. */
const NOT_INSTALLED: InstallResult = { dir: '', command: '', description: 'not measured', durationMs: 0, log: '' }
/** Failed runs a side, with none finished, after which a soak broken on both sides stops. */
const FAIL_FAST_RUNS = 2

/** Samples the first run of a side needs to count on its own: 8 after the statistics' warm-up fifth. */
const MIN_RUN_SAMPLES = 10

/**
 * The pilot-run rule of the gate and of bisect: the first run (index 0) of runs whose length is not
 * yet `known` goes in blind; when it ends well with too few probe samples for a trend, it only sets
 * the pace of the later runs, and its side is owed one more run.
 */
export function isPilot(run: SoakRunResult, index: number, known: boolean): boolean {
  return index === 0 && !known && run.outcome === 'ok' && run.source === 'probe' && run.samples.length < MIN_RUN_SAMPLES
}

/**
 * The runs of a side the sequential plan did not ask for: the session's pilot (isPilot) and the runs
 * the snapshots' pauses left short (isPausedShort), each of which the side replaced with one more.
 */
export function unplannedRuns(side: Pick<SideResult, 'runs'>): number {
  const short = (r: RunInfo) => r.outcome === 'ok' && r.source === 'probe' && r.samples < MIN_RUN_SAMPLES
  return side.runs.filter((r, i) => short(r) && (i === 0 || r.snapshots.length > 0)).length
}

/** A run with heap snapshots whose pauses left it too few samples for a trend. */
export function isPausedShort(run: SoakRunResult): boolean {
  return run.outcome === 'ok' && run.source === 'probe' && run.samples.length < MIN_RUN_SAMPLES && run.snapshotPoints.length > 0
}

/** The one mapping from soak runs to memgate-samples/1. */
export function toSamples(side: Samples['side'], runs: SoakRunResult[]): Samples {
  return {
    format: 'memgate-samples/1',
    side,
    unit: runs.some((r) => r.unit === 'iteration') ? 'iteration' : 'ms',
    runs: runs.map(({ exitCode, signal, outcome, durationMs, samples, stderrTail, log }) => ({
      exitCode,
      signal,
      outcome,
      durationMs,
      samples,
      stderrTail,
      log
    }))
  }
}

/** Snapshots are taken in one run per side: the second, placed by the length of the first; the only one when runs is 1. */
function snapshotRun(i: number, runs: number): boolean {
  return runs >= 2 ? i === 1 : i === 0
}

/**
 * Where run 2's snapshots go, from the first run's length and growth; or, when run 2 starts beside
 * the first because the side's length is `expected` already (a stored base gives head's), from that
 * length, with the growth that makes them due left to the probe (exported for its tests).
 */
export function snapshotPlan(
  options: Pick<SessionOptions, 'heapMaxBytes' | 'durationMs'>,
  first: Pick<SoakRunResult, 'lastX' | 'outcome' | 'length' | 'samples'> | undefined,
  expected?: ExpectedLength
): SnapshotPlan {
  const plan: SnapshotPlan = options.heapMaxBytes ? { maxBytes: options.heapMaxBytes } : {}
  const measured = first?.lastX !== undefined && first.outcome === 'ok' ? first : undefined
  // The run's length in its own unit: the first run's, or, before any, the one expected.
  const length =
    measured?.lastX !== undefined
      ? { x: measured.lastX, ms: measured.length?.ms }
      : first === undefined && expected !== undefined && expected.x > 0
        ? { x: expected.x, ms: expected.ms > 0 ? expected.ms : undefined }
        : undefined
  if (length) {
    // Half way through, in the unit of the run, and a tenth of the way for the warm-up.
    plan.warmup = { x: Math.max(1, Math.round(length.x * WARMUP_SHARE)) }
    plan.middle = { x: Math.round(length.x / 2) }
    // Late, while the workload still holds what it leaked: a soak's teardown (server.close(),
    // agent.destroy()) may free it all before the end snapshot at exit. In x or by the clock,
    // whichever comes first (never before the middle one): a soak that stops on its own clock loses
    // x to the earlier snapshots' pauses; one that memgate stops gets it at the latest when memgate's
    // SIGINT arrives, before the soak's own handler runs.
    plan.late = { x: Math.max(1, Math.round(length.x * LATE_SHARE)) }
    let lateShare = LATE_SHARE
    // A large leak shows in far less of the run: a snapshot costs seconds per 10 MiB of heap, and
    // a late one of a large leak's heap could outlast the run itself. Past the warm-up point, the
    // snapshots then span only what grows SNAPSHOT_GROWTH: by the first run's pace of growth, or,
    // with no earlier run of this side to tell it, as the probe sees the heap grow.
    if (measured) {
      const perX = growthPerX(measured.samples, length.x)
      const span = perX > 0 ? SNAPSHOT_GROWTH / perX : Infinity
      if (span < length.x * (LATE_SHARE - WARMUP_SHARE)) {
        const from = plan.warmup.x ?? 0
        const late = Math.round(from + span)
        plan.middle = { x: Math.round(from + span / 2) }
        plan.late = { x: late }
        lateShare = late / length.x
      }
    } else plan.growth = SNAPSHOT_GROWTH
    const ms = Math.min(length.ms ?? Infinity, options.durationMs ?? Infinity)
    if (Number.isFinite(ms)) plan.late.ms = Math.round(ms * lateShare)
  } else if (options.durationMs !== undefined) {
    plan.middle = { ms: Math.round(options.durationMs / 2) }
    plan.late = { ms: Math.round(options.durationMs * LATE_SHARE) }
  }
  return plan
}

/** Where the late snapshot goes, as a share of the first run's length: past the middle, clear of the end. */
const LATE_SHARE = 0.85
const WARMUP_SHARE = 0.1
/** Growth between the warm-up and late snapshots that names what grows by thousands of objects. */
const SNAPSHOT_GROWTH = 8 * 1024 * 1024

/** Post-GC heap growth per x over the run past its first fifth (0 when it cannot tell). */
function growthPerX(samples: readonly { x: number; heap: number }[], lastX: number): number {
  const settled = samples.filter((p) => p.x >= lastX / 5)
  const [from] = settled
  const to = settled[settled.length - 1]
  if (!from || !to || to.x <= from.x) return 0
  return (to.heap - from.heap) / (to.x - from.x)
}

function availableCores(): number {
  return typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length
}

/**
 * Runs that took heap snapshots and did not end `ok`, named as such: a snapshot pauses the whole
 * process for as long as it takes to write, and a pause longer than the soak's own timeouts (Node's
 * 5 s keep-alive timeout, a client's request timeout) breaks the soak it measures.
 */
export function describeBrokenSnapshotRuns(side: Side, runs: Pick<SoakRunResult, 'outcome' | 'snapshotPoints'>[]): string[] {
  const notes: string[] = []
  runs.forEach((run, i) => {
    const outcome = run.outcome ?? 'ok'
    if (outcome === 'ok' || run.snapshotPoints.length === 0) return
    const others = runs.filter((r, j) => j !== i && r.snapshotPoints.length === 0)
    const othersOk = others.length > 0 && others.every((r) => (r.outcome ?? 'ok') === 'ok')
    const pause = Math.max(...run.snapshotPoints.map((p) => p.pauseMs ?? 0))
    notes.push(
      `${side} run ${i + 1}, the one that took heap snapshots, ended \`${outcome}\` ` +
        (othersOk
          ? `where the ${side} runs without snapshots did not: a snapshot paused it for up to ${(pause / 1000).toFixed(1)} s, which can outlast the soak's own timeouts (Node's keep-alive closes idle sockets after 5 s). `
          : `after a snapshot paused it for up to ${(pause / 1000).toFixed(1)} s. `) +
        'Its snapshots are not used for suspects.'
    )
  })
  return notes
}

function toSide(side: Side, runs: SoakRunResult[], install: InstallResult): SideResult {
  // A run that crashed is no evidence of what grows: its snapshots are never used for suspects.
  const snapshotRunResult = runs.find((r) => r.snapshotFiles.length >= 2 && (r.outcome ?? 'ok') === 'ok')
  return {
    samples: toSamples(side, runs),
    snapshots: snapshotRunResult?.snapshotFiles ?? [],
    snapshotPoints: snapshotRunResult?.snapshotPoints ?? [],
    notes: [...runs.flatMap((r, i) => r.notes.map((n) => `${side} run ${i + 1}: ${n}`)), ...describeBrokenSnapshotRuns(side, runs)],
    install: {
      ...install,
      manager: install.manager ? `${install.manager.name}${install.manager.version ? `@${install.manager.version}` : ''}` : undefined
    },
    length: runs.find((r) => r.length)?.length,
    runs: runs.map((r, i) => ({
      run: i + 1,
      outcome: r.outcome ?? 'ok',
      durationMs: r.durationMs ?? 0,
      samples: r.samples.length,
      unit: r.unit,
      source: r.source,
      pid: r.pid,
      processes: r.processes,
      samplesFile: r.samplesFile,
      log: r.log ?? '',
      throughput: r.throughput,
      stopped: r.stopped,
      warmupDropped: r.warmupDropped,
      snapshots: r.snapshotFiles
    }))
  }
}
