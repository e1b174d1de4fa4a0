// What the soak stage reports while it works, for the entries to show (the action's log, the CLI's
// progress line): the stage emits events and never decides how they are printed.
import * as fs from 'node:fs'
import { formatBytes, formatDuration } from '../bytes.js'
import type { Side } from '../types.js'

export type SoakEvent =
  | { kind: 'install-start'; side: Side; command: string; dir: string }
  | { kind: 'install-end'; side: Side; command: string; durationMs: number; log: string }
  | { kind: 'run-start'; side: Side; run: number; of: number }
  /** At least every PROGRESS_INTERVAL_MS while a run goes on. */
  | { kind: 'run-progress'; side: Side; run: number; of: number; elapsedMs: number; samples: number; heap: number | null }
  | {
      kind: 'run-end'
      side: Side
      run: number
      of: number
      outcome: string
      durationMs: number
      samples: number
      /** The last post-GC heap sample, bytes. */
      heap: number | null
      /** Why this run does not count, or what it changed (a pilot run, a log to read). */
      note?: string
    }
  | { kind: 'run-stopped'; side: Side; run: number; of: number }
  /** Both sides failed every run so far: the remaining runs are not started. */
  | { kind: 'fail-fast'; failures: Record<Side, number> }

/** A line at least this often while a run goes on: a silent log reads as a hung job. */
export const PROGRESS_INTERVAL_MS = 30_000

/** The event as one log line. Pure. */
export function describeSoakEvent(e: SoakEvent): string {
  const heap = (bytes: number | null) => (bytes === null ? '' : `, heap ${formatBytes(bytes)}`)
  switch (e.kind) {
    case 'install-start':
      return `${e.side}: installing with ${e.command} in ${e.dir}`
    case 'install-end':
      return `${e.side}: installed in ${formatDuration(e.durationMs)} (log ${e.log})`
    case 'run-start':
      return `${e.side}: run ${e.run}/${e.of} started`
    case 'run-progress':
      return `${e.side}: run ${e.run}/${e.of} running for ${formatDuration(e.elapsedMs)}, ${e.samples} samples${heap(e.heap)}`
    case 'run-end':
      return `${e.side}: run ${e.run}/${e.of} ${e.outcome} in ${formatDuration(e.durationMs)}, ${e.samples} samples${heap(e.heap)}${e.note ? `, ${e.note}` : ''}`
    case 'run-stopped':
      return `${e.side}: run ${e.run}/${e.of} stopped`
    case 'fail-fast':
      return `The soak failed in every run on both sides (base ${e.failures.base}, head ${e.failures.head}): no more runs are started.`
  }
}

/** Bytes read from the end of a samples file for the latest sample: lines are short. */
const TAIL_BYTES = 4096

/**
 * How many lines a samples file holds and the heap of its last sample line, read while the soak
 * writes it; zero and null for a file not there yet. Never throws.
 */
export function peekSamples(file: string): { samples: number; heap: number | null } {
  let fd: number | undefined
  try {
    fd = fs.openSync(file, 'r')
    const size = fs.fstatSync(fd).size
    const length = Math.min(size, TAIL_BYTES)
    const buffer = Buffer.alloc(length)
    fs.readSync(fd, buffer, 0, length, size - length)
    const lines = buffer.toString('utf8').split('\n')
    let heap: number | null = null
    for (let i = lines.length - 1; i >= 0 && heap === null; i--) {
      try {
        const value = (JSON.parse(lines[i] ?? '') as { heap?: unknown }).heap
        if (typeof value === 'number' && Number.isFinite(value)) heap = value
      } catch {
        // a half-written last line, or the first line cut by the tail
      }
    }
    // A large file's count is estimated from the tail's line length: a glance needs no more.
    const samples =
      size <= TAIL_BYTES ? lines.filter((l) => l.includes('"heap"')).length : Math.round((size * Math.max(0, lines.length - 1)) / length)
    return { samples, heap }
  } catch {
    return { samples: 0, heap: null }
  } finally {
    if (fd !== undefined) fs.closeSync(fd)
  }
}

/**
 * How long the runs still to go take, from the runs that ended: each side's mean run length times
 * its runs left, the two sides at once when they run side by side. Undefined until both sides
 * have finished a run. Feed it every event.
 */
export class RemainingTime {
  private readonly ended: Record<Side, number[]> = { base: [], head: [] }
  private readonly planned: Record<Side, number> = { base: 0, head: 0 }

  constructor(private readonly parallel: boolean) {}

  update(e: SoakEvent): number | undefined {
    if (e.kind === 'run-start' || e.kind === 'run-end') this.planned[e.side] = Math.max(this.planned[e.side], e.of)
    if (e.kind === 'run-end') this.ended[e.side].push(e.durationMs)
    return this.remainingMs()
  }

  remainingMs(): number | undefined {
    const left = (['base', 'head'] as const).map((side) => {
      const runs = this.ended[side]
      if (runs.length === 0) return undefined
      const mean = runs.reduce((a, b) => a + b, 0) / runs.length
      return Math.max(0, this.planned[side] - runs.length) * mean
    })
    if (left[0] === undefined || left[1] === undefined) return undefined
    return this.parallel ? Math.max(left[0], left[1]) : left[0] + left[1]
  }
}
