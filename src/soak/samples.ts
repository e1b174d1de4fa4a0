// Turns the JSON lines of a samples file (see ../probe/protocol.ts) into one run's samples. Pure.
//
// Lines, one JSON object each (memgate-samples/1, docs/design.md):
//   {"x":…,"heap":…}                                  written by the soak itself (no "pid")
//   {"x":…,"heap":…,"code":…,"rss":…,"external":…,"arrayBuffers":…,"pid":…,"unit":"iteration"|"ms","t":…}
//                                                      a post-GC sample by the probe, t = ms since that process started
//   {"pid":…,"ppid":…,"script":…,"meta":true}         the probe introducing its process
// Anything else (a half-written last line of a killed soak, notes) is skipped.
import { isWrapperScript } from '../probe/wrappers.js'
import type { Sample } from '../types.js'

export interface ProbeLine extends Sample {
  pid?: number
  unit?: 'iteration' | 'ms'
}

/** Leading part of a run left out of the samples: the first `x` units, or the first `ms` milliseconds. */
export interface Warmup {
  x?: number
  ms?: number
}

/** One process that wrote samples, as the picking rule saw it. */
export interface ProcessInfo {
  pid: number
  ppid?: number
  /** process.argv[1]: the script it ran. */
  script?: string
  unit: 'iteration' | 'ms'
  samples: number
  /** ms from its start to its last sample. */
  lifetimeMs: number
  peakHeap: number
  /** A package manager or corepack, never the workload while another process is there. */
  wrapper: boolean
}

export type SampleSource = 'soak' | 'probe' | 'rss' | 'none'

export interface ParsedRun {
  unit: 'iteration' | 'ms'
  samples: Sample[]
  /** Whose samples these are: the soak's own lines, the probe in one process, or the process group's RSS. */
  source: SampleSource
  /** The process whose samples were taken (source 'probe'). */
  pid?: number
  /** Every process the probe saw, the picked one among them. */
  processes: ProcessInfo[]
  /** Samples left out as warm-up. */
  warmupDropped: number
  /** The last x seen before warm-up was dropped (the run's length in its unit). */
  lastX?: number
}

/**
 * Picks the workload's samples among the lines of every process that wrote some. The rule:
 * 1. lines the soak wrote itself (no pid) win, and the probe's lines are then not counted twice;
 * 2. else among the probe's processes, those that emitted `memgate:iteration`, the one with the most
 *    samples (ties: the larger peak heap);
 * 3. else the non-wrapper process (not npm, npx, yarn, pnpm, corepack) with the largest
 *    lifetime × median heap: the longest-lived one with the most heap, so a forking soak is measured
 *    in the worker that holds the data, and a master that forks a short helper keeps its place;
 * 4. else `rss`, the process group's RSS sampled from /proc (unit ms): a soak that is not Node.js.
 * Samples with x (or, for probe lines, t) inside the warm-up are dropped.
 */
export function parseSampleLines(text: string, options: { rss?: Sample[]; warmup?: Warmup } = {}): ParsedRun {
  const own: Sample[] = []
  const byPid = new Map<number, ProbeLine[]>()
  const meta = new Map<number, { ppid?: number; script?: string }>()
  for (const raw of text.split('\n')) {
    if (!raw.trim()) continue
    let line: ProbeLine & { meta?: unknown; ppid?: unknown; script?: unknown }
    try {
      line = JSON.parse(raw)
    } catch {
      continue
    }
    if (!line || typeof line !== 'object') continue
    if (line.meta === true && typeof line.pid === 'number') {
      meta.set(line.pid, {
        ppid: typeof line.ppid === 'number' ? line.ppid : undefined,
        script: typeof line.script === 'string' ? line.script : undefined
      })
      continue
    }
    if (typeof line.x !== 'number' || typeof line.heap !== 'number') continue
    if (typeof line.pid !== 'number') {
      own.push(pick(line))
      continue
    }
    const list = byPid.get(line.pid) ?? []
    list.push(line)
    byPid.set(line.pid, list)
  }

  const processes: (ProcessInfo & { lines: ProbeLine[]; median: number })[] = []
  for (const [pid, all] of byPid) {
    const counted = all.some((l) => l.unit === 'iteration')
    const lines = counted ? all.filter((l) => l.unit === 'iteration') : all
    const heaps = lines.map((l) => l.heap).sort((a, b) => a - b)
    const info = meta.get(pid)
    // Never empty: every pid has a line, an iteration one when `counted`.
    const peakHeap = heaps[heaps.length - 1]
    const median = heaps[heaps.length >> 1]
    if (peakHeap === undefined || median === undefined) continue
    processes.push({
      pid,
      ppid: info?.ppid,
      script: info?.script,
      unit: counted ? 'iteration' : 'ms',
      samples: lines.length,
      lifetimeMs: Math.max(0, ...all.map((l) => l.t ?? 0)),
      peakHeap,
      wrapper: typeof info?.script === 'string' && isWrapperScript(info.script),
      lines,
      median
    })
  }
  const publicInfo = processes.map(({ lines: _lines, median: _median, ...rest }) => rest)
  const finish = (source: SampleSource, unit: 'iteration' | 'ms', lines: ProbeLine[], pid?: number): ParsedRun => {
    const kept = lines.filter((l) => !inWarmup(l, options.warmup))
    return {
      unit,
      samples: kept.map(pick),
      source,
      pid,
      processes: publicInfo,
      warmupDropped: lines.length - kept.length,
      lastX: lines.at(-1)?.x
    }
  }

  if (own.length > 0) return finish('soak', 'iteration', own)

  const counting = processes.filter((p) => p.unit === 'iteration')
  if (counting.length > 0) {
    const best = counting.reduce((a, b) => (b.samples > a.samples || (b.samples === a.samples && b.peakHeap > a.peakHeap) ? b : a))
    return finish('probe', 'iteration', best.lines, best.pid)
  }
  const workloads = processes.filter((p) => !p.wrapper)
  const candidates = workloads.length > 0 ? workloads : processes
  if (candidates.length > 0) {
    const score = (p: (typeof candidates)[number]) => Math.max(p.lifetimeMs, 1) * p.median
    const best = candidates.reduce((a, b) => (score(b) > score(a) ? b : a))
    return finish('probe', 'ms', best.lines, best.pid)
  }
  if (options.rss && options.rss.length > 0) {
    return finish(
      'rss',
      'ms',
      options.rss.map((s) => ({ ...s, t: s.x }))
    )
  }
  return finish('none', 'ms', [])
}

function inWarmup(line: ProbeLine, warmup: Warmup | undefined): boolean {
  if (!warmup) return false
  if (warmup.x !== undefined && line.x < warmup.x) return true
  if (warmup.ms !== undefined && line.t !== undefined && line.t < warmup.ms) return true
  return false
}

function pick(line: ProbeLine): Sample {
  const sample: Sample = { x: line.x, heap: line.heap }
  if (typeof line.code === 'number') sample.code = line.code
  if (typeof line.t === 'number') sample.t = line.t
  if (typeof line.rss === 'number') sample.rss = line.rss
  if (typeof line.external === 'number') sample.external = line.external
  if (typeof line.arrayBuffers === 'number') sample.arrayBuffers = line.arrayBuffers
  return sample
}
