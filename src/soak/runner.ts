// Runs one soak process: its own process group, a log file, a timeout that kills the whole tree.
import { spawn } from 'node:child_process'
import * as fs from 'node:fs'
import * as path from 'node:path'
import type { Run, RunOutcome } from '../types.js'
import { parseSampleLines } from './samples.js'

export interface SoakRunOptions {
  command: string
  cwd: string
  /** Already scrubbed of credentials. */
  env: Record<string, string>
  /** Directory for this run's samples file, log and snapshots. */
  outDir: string
  timeoutMs: number
  /** Ask the probe for heap snapshots in this run. */
  snapshots: boolean
}

export interface SoakRunResult extends Run {
  unit: 'iteration' | 'ms'
  snapshotFiles: string[]
}

const STDERR_TAIL_LINES = 20

export async function runSoak(options: SoakRunOptions): Promise<SoakRunResult> {
  fs.mkdirSync(options.outDir, { recursive: true })
  const samplesFile = path.join(options.outDir, 'samples.jsonl')
  const logFile = path.join(options.outDir, 'soak.log')
  const snapshotDir = path.join(options.outDir, 'snapshots')
  fs.rmSync(samplesFile, { force: true })
  const env: Record<string, string> = { ...options.env, MEMGATE_SAMPLES_FILE: samplesFile }
  if (options.snapshots) env.MEMGATE_SNAPSHOT_DIR = snapshotDir

  const log = fs.openSync(logFile, 'w')
  const started = Date.now()
  let timedOut = false
  const { code, signal } = await new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => {
    const child = spawn('/bin/sh', ['-c', options.command], {
      cwd: options.cwd,
      env,
      stdio: ['ignore', log, log],
      detached: true // its own process group, so a timeout kills every process it started
    })
    const timer = setTimeout(() => {
      timedOut = true
      killGroup(child.pid, 'SIGKILL')
    }, options.timeoutMs)
    child.on('error', () => {
      clearTimeout(timer)
      resolve({ code: 127, signal: null })
    })
    child.on('exit', async (code, signal) => {
      clearTimeout(timer)
      // Orphans of the soak (workers, servers it forgot) go with it.
      killGroup(child.pid, 'SIGKILL')
      await waitForGroupExit(child.pid)
      resolve({ code, signal })
    })
  })
  fs.closeSync(log)
  const durationMs = Date.now() - started

  const text = fs.existsSync(samplesFile) ? fs.readFileSync(samplesFile, 'utf8') : ''
  const parsed = parseSampleLines(text)
  const logText = fs.readFileSync(logFile, 'utf8')
  const stderrTail = logText.trimEnd().split('\n').slice(-STDERR_TAIL_LINES).join('\n')
  const outcome = classifyExit(code, signal, timedOut, logText)
  const snapshotFiles = fs.existsSync(snapshotDir)
    ? fs
        .readdirSync(snapshotDir)
        .filter((f) => f.endsWith('.heapsnapshot') && (parsed.pid === undefined || f.startsWith(`${parsed.pid}-`)))
        .sort((a, b) => Number(a.split('-')[1]) - Number(b.split('-')[1]))
        .map((f) => path.join(snapshotDir, f))
    : []
  return {
    exitCode: code,
    signal,
    outcome,
    durationMs,
    samples: parsed.samples,
    unit: parsed.unit,
    stderrTail: outcome === 'ok' ? undefined : stderrTail,
    log: logFile,
    snapshotFiles
  }
}

/** What happened to a finished soak process. Pure. */
export function classifyExit(
  code: number | null,
  signal: string | null,
  timedOut: boolean,
  output: string
): RunOutcome {
  if (timedOut) return 'timeout'
  if (/JavaScript heap out of memory|Reached heap limit|allocation failed/i.test(output)) return 'oom'
  if (code === 0) return 'ok'
  return 'crash'
}

const GROUP_EXIT_WAIT_MS = 2000

/** SIGKILL is asynchronous: wait (bounded) until no process of the group is left. */
async function waitForGroupExit(pid: number | undefined): Promise<void> {
  if (!pid) return
  const deadline = Date.now() + GROUP_EXIT_WAIT_MS
  while (Date.now() < deadline) {
    try {
      process.kill(-pid, 0)
    } catch {
      return
    }
    await new Promise((resolve) => setTimeout(resolve, 20))
  }
}

function killGroup(pid: number | undefined, signal: NodeJS.Signals): void {
  if (!pid) return
  try {
    process.kill(-pid, signal)
  } catch {
    // The group is already gone.
  }
}
