// Turns the JSON lines of a MEMGATE_SAMPLES_FILE into one run's samples. Pure.
import type { Sample } from '../types.js'

export interface ProbeLine extends Sample {
  pid?: number
  unit?: 'iteration' | 'ms'
  t?: number
}

export interface ParsedRun {
  unit: 'iteration' | 'ms'
  samples: Sample[]
  /** The process whose samples were taken (undefined when the soak wrote its own lines). */
  pid?: number
  /** Lines of other processes (npm, shells, workers), kept for inspection. */
  others: Record<string, number>
}

/**
 * Picks the workload's samples among the lines of every process that wrote some.
 * Rule: lines the soak wrote itself (no pid) win; then the process that counted iterations;
 * then the process with the most samples (the longest-lived), ties to the larger heap.
 * Malformed lines are skipped: a soak killed mid-write leaves half a line.
 */
export function parseSampleLines(text: string): ParsedRun {
  const own: Sample[] = []
  const byPid = new Map<number, ProbeLine[]>()
  for (const raw of text.split('\n')) {
    if (!raw.trim()) continue
    let line: ProbeLine
    try {
      line = JSON.parse(raw) as ProbeLine
    } catch {
      continue
    }
    if (typeof line.x !== 'number' || typeof line.heap !== 'number') continue
    if (line.pid === undefined) {
      own.push(pick(line))
      continue
    }
    const list = byPid.get(line.pid) ?? []
    list.push(line)
    byPid.set(line.pid, list)
  }
  const others = (except?: number): Record<string, number> =>
    Object.fromEntries([...byPid].filter(([pid]) => pid !== except).map(([pid, lines]) => [String(pid), lines.length]))

  if (own.length > 0) return { unit: 'iteration', samples: own, others: others() }

  let best: { pid: number; lines: ProbeLine[]; counted: boolean; peak: number } | undefined
  for (const [pid, lines] of byPid) {
    const counted = lines.some((l) => l.unit === 'iteration')
    const kept = counted ? lines.filter((l) => l.unit === 'iteration') : lines
    const peak = Math.max(...kept.map((l) => l.heap))
    const better =
      !best ||
      (counted && !best.counted) ||
      (counted === best.counted && (kept.length > best.lines.length || (kept.length === best.lines.length && peak > best.peak)))
    if (better) best = { pid, lines: kept, counted, peak }
  }
  if (!best) return { unit: 'ms', samples: [], others: {} }
  return {
    unit: best.counted ? 'iteration' : 'ms',
    samples: best.lines.map(pick),
    pid: best.pid,
    others: others(best.pid)
  }
}

function pick(line: ProbeLine): Sample {
  const sample: Sample = { x: line.x, heap: line.heap }
  if (typeof line.rss === 'number') sample.rss = line.rss
  if (typeof line.external === 'number') sample.external = line.external
  if (typeof line.arrayBuffers === 'number') sample.arrayBuffers = line.arrayBuffers
  return sample
}
