// Runs one soak process: its own process group, a log file, a duration after which it is asked to
// stop, and a timeout that kills the whole tree.
import * as fs from 'node:fs'
import * as path from 'node:path'
import { DEFAULT_HEAP_MAX_BYTES } from '../options.js'
import { type ExpectedLength, PROBE_ENV, type SnapshotPlan, withoutProbeEnv } from '../probe/protocol.js'
import { killGroup, type ProcessUser, startProcess, waitForGroupExit } from '../process.js'
import { readGroupRss } from '../rss.js'
import type { Run, RunOutcome, Sample } from '../types.js'
import { grantTree, reclaimTree } from './isolation.js'
import { type ProcessInfo, parseSampleLines, type SampleSource, type Warmup } from './samples.js'

export type { ExpectedLength, SnapshotPlan } from '../probe/protocol.js'

export interface SoakRunOptions {
  command: string
  cwd: string
  /** Already scrubbed of credentials. */
  env: Record<string, string>
  /** Directory for this run's samples file, log and snapshots. */
  outDir: string
  /** Kill the process group (SIGKILL) and record a timeout after this long. */
  timeoutMs: number
  /** Stop a soak that runs on by itself after this long: SIGINT, then SIGTERM, then SIGKILL. */
  durationMs?: number
  /** Wait between the stop signals. */
  stopGraceMs?: number
  /** Ask the probe for heap snapshots in this run. */
  snapshots: boolean | SnapshotPlan
  warmup?: Warmup
  /** The length of an earlier run of the same soak, so that the probe spreads its samples evenly over this one. */
  expected?: ExpectedLength
  /** Aborted when memgate is cancelled: the process group is killed at once. */
  signal?: AbortSignal
  /** How often the process group's RSS is read from /proc (the measure for a soak without the probe). */
  rssIntervalMs?: number
  /** Run as this user, which gets `outDir` for the run and gives it back after (soak/isolation.ts). */
  user?: ProcessUser
}

/** A heap snapshot the probe wrote, with what it measured when it took it. */
export interface SnapshotPoint {
  file: string
  /** `warmup`, `middle`, `late` or `end`. */
  label: string
  /** Post-GC heap when it was taken, bytes (absent from probes before memgate 0.2). */
  heap?: number
  /** How long taking it paused the soak, ms. */
  pauseMs?: number
}

export interface SoakRunResult extends Run {
  unit: 'iteration' | 'ms'
  snapshotFiles: string[]
  /** The same snapshots with the heap each held and the pause it cost, oldest first. */
  snapshotPoints: SnapshotPoint[]
  /** Why snapshots were skipped (size cap, write errors). */
  notes: string[]
  samplesFile: string
  source: SampleSource
  /** The process whose samples were taken. */
  pid?: number
  processes: ProcessInfo[]
  /** Stopped by us after `durationMs`, with the last signal it took. */
  stopped?: NodeJS.Signals
  /** Iterations per second of the picked process (unit iteration only). */
  throughput?: number
  warmupDropped: number
  /** The run's length in its unit (last x seen), to place the next run's snapshots. */
  lastX?: number
  /** What the next run of this soak may expect, when this one went well. */
  length?: ExpectedLength
}

const STDERR_TAIL_LINES = 20
const DEFAULT_STOP_GRACE_MS = 5000
const DEFAULT_RSS_INTERVAL_MS = 250

interface RunFiles {
  samples: string
  log: string
  snapshots: string
}

/** What happened to the soak's process group while it ran. */
interface Supervised {
  code: number | null
  signal: NodeJS.Signals | null
  timedOut: boolean
  /** The last stop signal memgate sent after `durationMs`. */
  stopped?: NodeJS.Signals
  /** The group's RSS, read from /proc while it ran. */
  rss: Sample[]
  durationMs: number
}

export async function runSoak(options: SoakRunOptions): Promise<SoakRunResult> {
  const files: RunFiles = {
    samples: path.join(options.outDir, 'samples.jsonl'),
    log: path.join(options.outDir, 'soak.log'),
    snapshots: path.join(options.outDir, 'snapshots')
  }
  fs.mkdirSync(options.outDir, { recursive: true })
  fs.rmSync(files.samples, { force: true })
  fs.rmSync(files.snapshots, { recursive: true, force: true })
  if (options.user) grantTree(options.outDir, options.user)
  const log = fs.openSync(files.log, 'w')
  let run: Supervised
  try {
    run = await supervise(options, probeEnv(options, files), log)
  } finally {
    fs.closeSync(log)
    if (options.user) reclaimTree(options.outDir)
  }
  return collectRun(options, files, run)
}

/** The soak's environment: the protocol variables of this run, and nothing left from another. */
function probeEnv(options: SoakRunOptions, files: RunFiles): Record<string, string> {
  const env = withoutProbeEnv(options.env)
  env[PROBE_ENV.samplesFile] = files.samples
  if (options.expected) env[PROBE_ENV.expect] = JSON.stringify(options.expected)
  if (options.snapshots) {
    const plan: SnapshotPlan = typeof options.snapshots === 'object' ? { ...options.snapshots } : {}
    plan.maxBytes ??= DEFAULT_HEAP_MAX_BYTES
    env[PROBE_ENV.snapshotDir] = files.snapshots
    env[PROBE_ENV.snapshotPlan] = JSON.stringify(plan)
  }
  return env
}

/**
 * Starts the soak in its own process group and watches it: RSS from /proc, the timeout (SIGKILL),
 * the duration (SIGINT, SIGTERM, SIGKILL a grace apart), cancellation. Returns once no process of
 * the group is left.
 */
async function supervise(options: SoakRunOptions, env: Record<string, string>, log: number): Promise<Supervised> {
  const started = Date.now()
  const rss: Sample[] = []
  let timedOut = false
  let stopped: NodeJS.Signals | undefined
  const child = startProcess({ command: options.command, shell: true, cwd: options.cwd, env, output: log, user: options.user })
  const pgid = child.pid
  const grace = options.stopGraceMs ?? DEFAULT_STOP_GRACE_MS
  const timers: NodeJS.Timeout[] = []
  const later = (ms: number, fn: () => void) => timers.push(setTimeout(fn, ms))
  if (pgid) {
    const readRss = () => {
      const group = readGroupRss(pgid)
      if (group.processes > 0) rss.push({ x: Date.now() - started, heap: group.rss, rss: group.rss })
    }
    timers.push(setInterval(readRss, options.rssIntervalMs ?? DEFAULT_RSS_INTERVAL_MS))
  }
  later(options.timeoutMs, () => {
    timedOut = true
    killGroup(pgid, 'SIGKILL')
  })
  if (options.durationMs !== undefined) {
    const stop = (sig: NodeJS.Signals) => () => {
      stopped = sig
      killGroup(pgid, sig)
    }
    // SIGINT first: the probe takes its last sample and snapshot, a server closes its sockets.
    later(options.durationMs, stop('SIGINT'))
    later(options.durationMs + grace, stop('SIGTERM'))
    later(options.durationMs + 2 * grace, stop('SIGKILL'))
  }
  const onAbort = () => killGroup(pgid, 'SIGKILL')
  options.signal?.addEventListener('abort', onAbort, { once: true })
  if (options.signal?.aborted) onAbort()
  const exit = await child.exited
  if (!exit.spawnError) {
    // Once asked to stop, the rest of the group gets its grace (the probe is writing its last
    // snapshot); otherwise orphans of the soak (workers, servers it forgot) go with it now.
    if (stopped === undefined || timedOut) killGroup(pgid, 'SIGKILL')
    await waitForGroupExit(pgid, stopped ? 2 * grace : GROUP_EXIT_WAIT_MS)
    killGroup(pgid, 'SIGKILL')
    await waitForGroupExit(pgid, GROUP_EXIT_WAIT_MS)
  }
  for (const t of timers) clearTimeout(t)
  options.signal?.removeEventListener('abort', onAbort)
  return { code: exit.code, signal: exit.signal, timedOut, stopped, rss, durationMs: Date.now() - started }
}

/** The run as memgate reads it afterwards: its samples, outcome, snapshots and pace. */
function collectRun(options: SoakRunOptions, files: RunFiles, run: Supervised): SoakRunResult {
  const text = fs.existsSync(files.samples) ? fs.readFileSync(files.samples, 'utf8') : ''
  const parsed = parseSampleLines(text, { rss: run.rss, warmup: options.warmup })
  fs.writeFileSync(path.join(options.outDir, 'rss.jsonl'), run.rss.map((s) => JSON.stringify(s)).join('\n') + (run.rss.length ? '\n' : ''))
  const logText = fs.readFileSync(files.log, 'utf8')
  const stderrTail = logText.trimEnd().split('\n').slice(-STDERR_TAIL_LINES).join('\n')
  const outcome = classifyExit(run.code, run.signal, run.timedOut, logText, run.stopped !== undefined)
  const { files: snapshotFiles, points: snapshotPoints, notes } = collectSnapshots(files.snapshots, parsed.pid)
  const picked = parsed.processes.find((p) => p.pid === parsed.pid)
  const lifetimeMs = picked?.lifetimeMs ?? 0
  const throughput =
    parsed.unit === 'iteration' && parsed.source === 'probe' && lifetimeMs > 0 && parsed.lastX !== undefined
      ? (parsed.lastX / lifetimeMs) * 1000
      : undefined
  return {
    exitCode: run.code,
    signal: run.signal,
    outcome,
    durationMs: run.durationMs,
    samples: parsed.samples,
    unit: parsed.unit,
    stderrTail: outcome === 'ok' ? undefined : stderrTail,
    log: files.log,
    snapshotFiles,
    snapshotPoints,
    notes,
    samplesFile: files.samples,
    source: parsed.source,
    pid: parsed.pid,
    processes: parsed.processes,
    stopped: run.stopped,
    throughput,
    warmupDropped: parsed.warmupDropped,
    lastX: parsed.lastX,
    length:
      outcome === 'ok' && parsed.lastX && parsed.source === 'probe' && lifetimeMs > 0
        ? { unit: parsed.unit, x: parsed.lastX, ms: lifetimeMs }
        : undefined
  }
}

/** The picked process's snapshots, oldest first, and the probe's notes about the ones it skipped. */
function collectSnapshots(dir: string, pid: number | undefined): { files: string[]; points: SnapshotPoint[]; notes: string[] } {
  if (!fs.existsSync(dir)) return { files: [], points: [], notes: [] }
  const names = fs.readdirSync(dir)
  const files = names
    .filter((f) => f.endsWith('.heapsnapshot') && (pid === undefined || f.startsWith(`${pid}-`)))
    .sort((a, b) => Number(a.split('-')[1]) - Number(b.split('-')[1]))
    .map((f) => path.join(dir, f))
  const notes: string[] = []
  const taken = new Map<string, { heap?: number; pauseMs?: number }>()
  if (names.includes('notes.jsonl')) {
    for (const raw of fs.readFileSync(path.join(dir, 'notes.jsonl'), 'utf8').split('\n')) {
      try {
        const note = JSON.parse(raw) as { pid?: number; note?: unknown; file?: unknown; heap?: unknown; pauseMs?: unknown }
        if (pid !== undefined && note.pid !== pid) continue
        if (typeof note.note === 'string') notes.push(note.note)
        if (typeof note.file === 'string') {
          taken.set(note.file, { heap: finite(note.heap), pauseMs: finite(note.pauseMs) })
        }
      } catch {
        // a half-written note of a killed process
      }
    }
  }
  const points = files.map((file) => {
    const name = path.basename(file)
    return { file, label: name.replace(/^\d+-\d+-/, '').replace(/\.heapsnapshot$/, ''), ...taken.get(name) }
  })
  return { files, points, notes }
}

/**
 * What happened to a finished soak process. `stopped`: memgate stopped it after the duration.
 * Out of memory is V8's fatal "heap out of memory", or a SIGKILL memgate did not send, which is
 * how the kernel's OOM killer ends a process (exit status 137 when a shell reports it). Pure.
 */
export function classifyExit(code: number | null, signal: string | null, timedOut: boolean, output: string, stopped = false): RunOutcome {
  if (timedOut) return 'timeout'
  if (/JavaScript heap out of memory|Reached heap limit|allocation failed/i.test(output)) return 'oom'
  if (code === 0 || stopped) return 'ok'
  if (signal === 'SIGKILL' || code === 128 + 9) return 'oom'
  return 'crash'
}

const GROUP_EXIT_WAIT_MS = 2000

function finite(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined
}
