// Runs one soak process: its own process group, a log file, a duration after which it is asked to
// stop, and a timeout that kills the whole tree.
import * as fs from 'node:fs'
import * as path from 'node:path'
import type { Run, RunOutcome, Sample } from '../types.js'
import { readGroupRss } from '../proc.js'
import { PROBE_ENV, withoutProbeEnv, type ExpectedLength, type SnapshotPlan } from '../probe/protocol.js'
import { killGroup, startProcess, waitForGroupExit } from '../process.js'
import { parseSampleLines, type ProcessInfo, type SampleSource, type Warmup } from './samples.js'

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
}

export interface SoakRunResult extends Run {
  unit: 'iteration' | 'ms'
  snapshotFiles: string[]
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
/** Larger snapshots cost the heap stage more memory than a runner has to spare. */
export const DEFAULT_SNAPSHOT_MAX_BYTES = 512 * 1024 * 1024

export async function runSoak(options: SoakRunOptions): Promise<SoakRunResult> {
  fs.mkdirSync(options.outDir, { recursive: true })
  const samplesFile = path.join(options.outDir, 'samples.jsonl')
  const logFile = path.join(options.outDir, 'soak.log')
  const snapshotDir = path.join(options.outDir, 'snapshots')
  fs.rmSync(samplesFile, { force: true })
  fs.rmSync(snapshotDir, { recursive: true, force: true })
  const env = withoutProbeEnv(options.env)
  env[PROBE_ENV.samplesFile] = samplesFile
  if (options.expected) env[PROBE_ENV.expect] = JSON.stringify(options.expected)
  if (options.snapshots) {
    const plan: SnapshotPlan = typeof options.snapshots === 'object' ? { ...options.snapshots } : {}
    plan.maxBytes ??= DEFAULT_SNAPSHOT_MAX_BYTES
    env[PROBE_ENV.snapshotDir] = snapshotDir
    env[PROBE_ENV.snapshotPlan] = JSON.stringify(plan)
  }

  const log = fs.openSync(logFile, 'w')
  const started = Date.now()
  const rss: Sample[] = []
  let timedOut = false
  let stopped: NodeJS.Signals | undefined
  const child = startProcess({ command: options.command, shell: true, cwd: options.cwd, env, output: log })
  const pgid = child.pid
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
    const grace = options.stopGraceMs ?? DEFAULT_STOP_GRACE_MS
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
    await waitForGroupExit(pgid, stopped ? 2 * (options.stopGraceMs ?? DEFAULT_STOP_GRACE_MS) : GROUP_EXIT_WAIT_MS)
    killGroup(pgid, 'SIGKILL')
    await waitForGroupExit(pgid, GROUP_EXIT_WAIT_MS)
  }
  for (const t of timers) clearTimeout(t)
  options.signal?.removeEventListener('abort', onAbort)
  const { code, signal } = exit
  fs.closeSync(log)
  const durationMs = Date.now() - started

  const text = fs.existsSync(samplesFile) ? fs.readFileSync(samplesFile, 'utf8') : ''
  const parsed = parseSampleLines(text, { rss, warmup: options.warmup })
  fs.writeFileSync(path.join(options.outDir, 'rss.jsonl'), rss.map((s) => JSON.stringify(s)).join('\n') + (rss.length ? '\n' : ''))
  const logText = fs.readFileSync(logFile, 'utf8')
  const stderrTail = logText.trimEnd().split('\n').slice(-STDERR_TAIL_LINES).join('\n')
  const outcome = classifyExit(code, signal, timedOut, logText, stopped !== undefined)
  const { files: snapshotFiles, notes } = collectSnapshots(snapshotDir, parsed.pid)
  const picked = parsed.processes.find((p) => p.pid === parsed.pid)
  const throughput =
    parsed.unit === 'iteration' && parsed.source === 'probe' && picked && picked.lifetimeMs > 0 && parsed.lastX !== undefined
      ? (parsed.lastX / picked.lifetimeMs) * 1000
      : undefined
  return {
    exitCode: code,
    signal,
    outcome,
    durationMs,
    samples: parsed.samples,
    unit: parsed.unit,
    stderrTail: outcome === 'ok' ? undefined : stderrTail,
    log: logFile,
    snapshotFiles,
    notes,
    samplesFile,
    source: parsed.source,
    pid: parsed.pid,
    processes: parsed.processes,
    stopped,
    throughput,
    warmupDropped: parsed.warmupDropped,
    lastX: parsed.lastX,
    length:
      outcome === 'ok' && parsed.lastX && parsed.source === 'probe' && picked?.lifetimeMs
        ? { unit: parsed.unit, x: parsed.lastX, ms: picked.lifetimeMs }
        : undefined
  }
}

/** The picked process's snapshots, oldest first, and the probe's notes about the ones it skipped. */
function collectSnapshots(dir: string, pid: number | undefined): { files: string[]; notes: string[] } {
  if (!fs.existsSync(dir)) return { files: [], notes: [] }
  const names = fs.readdirSync(dir)
  const files = names
    .filter((f) => f.endsWith('.heapsnapshot') && (pid === undefined || f.startsWith(`${pid}-`)))
    .sort((a, b) => Number(a.split('-')[1]) - Number(b.split('-')[1]))
    .map((f) => path.join(dir, f))
  const notes: string[] = []
  if (names.includes('notes.jsonl')) {
    for (const raw of fs.readFileSync(path.join(dir, 'notes.jsonl'), 'utf8').split('\n')) {
      try {
        const note = JSON.parse(raw) as { pid?: number; note?: string }
        if (typeof note.note === 'string' && (pid === undefined || note.pid === pid)) notes.push(note.note)
      } catch {
        // a half-written note of a killed process
      }
    }
  }
  return { files, notes }
}

/**
 * What happened to a finished soak process. `stopped`: memgate stopped it after the duration.
 * Out of memory is V8's fatal "heap out of memory", or a SIGKILL memgate did not send, which is
 * how the kernel's OOM killer ends a process (exit status 137 when a shell reports it). Pure.
 */
export function classifyExit(
  code: number | null,
  signal: string | null,
  timedOut: boolean,
  output: string,
  stopped = false
): RunOutcome {
  if (timedOut) return 'timeout'
  if (/JavaScript heap out of memory|Reached heap limit|allocation failed/i.test(output)) return 'oom'
  if (code === 0 || stopped) return 'ok'
  if (signal === 'SIGKILL' || code === 128 + 9) return 'oom'
  return 'crash'
}

const GROUP_EXIT_WAIT_MS = 2000
