// The soak stage: a worktree per side, an install in each, then the runs, base and head interleaved
// (or side by side, one base and one head at once, where there are cores for both). A session keeps
// its worktrees and installs for the whole decision: open → soak (a look) → soak more → close.
import * as fs from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import { MemgateError } from '../errors.js'
import type { Samples, Side } from '../types.js'
import { withoutProbeEnv } from '../probe/protocol.js'
import { scrubEnv, withProbe } from './env.js'
import type { Git } from '../git.js'
import type { Options } from '../options.js'
import { planInstall, runInstall, type InstallPlan, type InstallResult } from './install.js'
import { runQueue } from './queue.js'
import { runSoak, type ExpectedLength, type SnapshotPlan, type SoakRunResult } from './runner.js'
import type { Warmup } from './samples.js'

/** What a session needs: the user's options as they are, and where and what to measure. */
export interface SessionOptions
  extends Pick<Options, 'soakCommand' | 'workingDirectory' | 'timeoutMs'>,
    Partial<Pick<Options, 'installCommand' | 'durationMs' | 'parallel'>> {
  git: Git
  baseSha: string
  headSha: string
  /** Scratch directory for worktrees, install logs, and (per look) samples, logs and snapshots. */
  workDir: string
  /** Wait between the stop signals of a soak that runs on by itself; 5 s by default. */
  stopGraceMs?: number
  /** Leading part of every run left out of the samples (x in the soak's unit, or ms). */
  warmup?: Warmup
  /** Heap snapshots larger than this are skipped with a note; 512 MiB by default. */
  snapshotMaxBytes?: number
  /** Aborted when memgate is cancelled: runs and installs are killed with their process groups, no new one starts. */
  signal?: AbortSignal
  probePath: string
  /** Values that must never reach the soak's environment (the token). */
  secrets: string[]
  log: (line: string) => void
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
  /** Snapshots of the run that took them, oldest first (after warm-up, middle, end). */
  snapshots: string[]
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

/** Adds a worktree per side and plans each side's install; nothing runs until the first look. */
export async function openSession(options: SessionOptions): Promise<SoakSession> {
  const baseEnv = withoutProbeEnv(scrubEnv(process.env, options.secrets))
  const env = { ...baseEnv, NODE_OPTIONS: withProbe(baseEnv.NODE_OPTIONS, options.probePath) }
  const parallel = options.parallel ?? availableCores() >= 2
  const dirs: Record<Side, string> = { base: path.join(options.workDir, 'base'), head: path.join(options.workDir, 'head') }
  const shas: Record<Side, string> = { base: options.baseSha, head: options.headSha }
  const added: Side[] = []
  const close = async () => {
    for (const side of added) await options.git.removeWorktree(dirs[side])
  }
  const projectDir = (side: Side) => path.join(dirs[side], options.workingDirectory)
  let plans: InstallPlan[]
  try {
    for (const side of SIDES) {
      fs.rmSync(dirs[side], { recursive: true, force: true })
      await options.git.addWorktree(dirs[side], shas[side])
      added.push(side)
    }
    plans = SIDES.map((side) => {
      if (!fs.existsSync(projectDir(side))) {
        throw new MemgateError(`working-directory '${options.workingDirectory}' does not exist at ${side} ${shas[side].slice(0, 7)}`)
      }
      return planInstall(dirs[side], projectDir(side), options.installCommand || undefined)
    })
  } catch (error) {
    await close()
    throw error
  }
  // Yarn 1's cache is not safe for two installs at once, and an install-command may be anything:
  // then one side installs while the other side's runs already go.
  const concurrentInstalls = parallel && plans.every((p) => p.manager && p.manager.name !== 'yarn')
  const installs: Partial<Record<Side, InstallResult>> = {}

  const soak = async (look: LookOptions): Promise<SoakResult> => {
    const started = Date.now()
    const outDir = look.outDir ?? options.workDir
    // Aborted when a job fails, so that the runs still going stop with it.
    const stop = new AbortController()
    const signal = options.signal ? AbortSignal.any([options.signal, stop.signal]) : stop.signal
    const installOne = async (side: Side): Promise<void> => {
      const plan = plans[SIDES.indexOf(side)]!
      options.log(`${side}: installing with ${plan.command} (${plan.description}) in ${path.relative(dirs[side], plan.dir) || '.'}`)
      // Install scripts are the PR's code as well: the same scrubbed environment, without the probe.
      installs[side] = await runInstall(side, plan, baseEnv, path.join(options.workDir, `install-${side}.log`), signal)
    }
    let runsStarted: number | undefined
    const results: Record<Side, SoakRunResult[]> = { base: [], head: [] }
    const runs: Record<Side, number> = { base: look.runs, head: look.runs }
    const runOne = async (side: Side, i: number): Promise<void> => {
      runsStarted ??= Date.now()
      const first = results[side][0]
      const known = first?.length ?? look.expected?.[side]
      const run = await runSoak({
        command: options.soakCommand,
        cwd: projectDir(side),
        env,
        outDir: path.join(outDir, 'runs', `${side}-${i + 1}`),
        timeoutMs: options.timeoutMs,
        durationMs: options.durationMs,
        stopGraceMs: options.stopGraceMs,
        warmup: options.warmup,
        signal,
        // Later runs spread the probe's samples over the length the first one had.
        expected: known,
        snapshots: look.snapshots !== false && snapshotRun(i, look.runs) ? snapshotPlan(options, first) : false
      })
      if (signal.aborted) {
        options.log(`${side}: run ${i + 1}/${runs[side]} stopped`)
        return
      }
      results[side][i] = run // runs of a side may finish out of order
      // A run of unknown length gets the samples the probe's budget pays for; a short soak's first
      // run may get too few for a trend. It still tells the later runs how long they are (they get
      // their minimum whatever it costs), and the side gets one more run in its place.
      const pilot = i === 0 && !known && run.outcome === 'ok' && run.source === 'probe' && run.samples.length < MIN_RUN_SAMPLES
      if (pilot) runs[side]++
      options.log(
        `${side}: run ${i + 1}/${runs[side]} ${run.outcome} in ${(run.durationMs! / 1000).toFixed(1)} s, ${run.samples.length} samples` +
          (run.source === 'rss' ? ' (process RSS)' : '') +
          (run.outcome === 'ok' ? '' : `, log ${run.log}`) +
          (pilot ? `, too few for a trend: it sets the pace of the later runs, and ${side} gets one more run` : '')
      )
    }
    await runQueue({
      runs: (side) => runs[side],
      slots: parallel ? 2 : 1,
      concurrentInstalls,
      install: installOne,
      run: runOne,
      installed: (side) => installs[side] !== undefined,
      firstMs: (side) => results[side][0]?.durationMs,
      stop,
      signal: options.signal
    })
    if (options.signal?.aborted) throw new MemgateError('Cancelled: the soak runs were stopped and their processes killed')
    const runsWallMs = Date.now() - (runsStarted ?? Date.now())
    return {
      base: toSide('base', results.base, installs.base!),
      head: toSide('head', results.head, installs.head!),
      parallel,
      wallMs: Date.now() - started,
      runsWallMs
    }
  }
  return { soak, close }
}

const SIDES: Side[] = ['base', 'head']

/** Samples the first run of a side needs to count on its own: 8 after the statistics' warm-up fifth. */
const MIN_RUN_SAMPLES = 10

/** Snapshots are taken in one run per side: the second, placed by the length of the first; the only one when runs is 1. */
function snapshotRun(i: number, runs: number): boolean {
  return runs >= 2 ? i === 1 : i === 0
}

function snapshotPlan(options: SessionOptions, first: SoakRunResult | undefined): SnapshotPlan {
  const plan: SnapshotPlan = { maxBytes: options.snapshotMaxBytes }
  if (options.warmup) plan.warmup = { ...options.warmup }
  if (first?.lastX !== undefined && first.outcome === 'ok') {
    // Half way through, in the unit of the first run; past the warm-up when none is set.
    plan.warmup ??= { x: Math.max(1, Math.round(first.lastX * 0.1)) }
    plan.middle = { x: Math.round(first.lastX / 2) }
  } else if (options.durationMs !== undefined) {
    plan.middle = { ms: Math.round(options.durationMs / 2) }
  }
  return plan
}

function availableCores(): number {
  return typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length
}

function toSide(side: Side, runs: SoakRunResult[], install: InstallResult): SideResult {
  const unit = runs.some((r) => r.unit === 'iteration') ? 'iteration' : 'ms'
  const snapshotRunResult = runs.find((r) => r.snapshotFiles.length >= 2)
  return {
    samples: {
      format: 'memgate-samples/1',
      side,
      unit,
      runs: runs.map(({ exitCode, signal, outcome, durationMs, samples, stderrTail, log }) => ({
        exitCode,
        signal,
        outcome,
        durationMs,
        samples,
        stderrTail,
        log
      }))
    },
    snapshots: snapshotRunResult?.snapshotFiles ?? [],
    notes: runs.flatMap((r, i) => r.notes.map((n) => `${side} run ${i + 1}: ${n}`)),
    install: { ...install, manager: install.manager ? `${install.manager.name}${install.manager.version ? `@${install.manager.version}` : ''}` : undefined },
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
