// memgate's probe, preloaded into every Node.js process of the soak with NODE_OPTIONS=--require.
// It runs inside the user's code: node:* modules only, no globals left behind but its guard, and it
// does nothing at all unless memgate set MEMGATE_SAMPLES_FILE.
//
// The protocol (environment, lines written) is in ./protocol.ts.
import * as fs from 'node:fs'
import * as path from 'node:path'
import * as v8 from 'node:v8'
import * as vm from 'node:vm'
import { isMainThread } from 'node:worker_threads'
import { type ExpectedLength, type Point, PROBE_ENV, type SnapshotPlan } from './protocol.js'
import { isWrapperScript } from './wrappers.js'

const samplesFile = process.env[PROBE_ENV.samplesFile]
// A worker thread shares the pid and the process's memory figures: only the main thread reports.
if (samplesFile && isMainThread && !(globalThis as Record<string, unknown>).__memgateProbe) {
  Object.defineProperty(globalThis, '__memgateProbe', { value: true, enumerable: false })
  startProbe(path.resolve(samplesFile))
}

function startProbe(file: string): void {
  // --expose-gc from inside: the flag only takes effect for contexts created after it is set,
  // so the gc function comes from a fresh context. The user's global scope gets no `gc`.
  v8.setFlagsFromString('--expose-gc')
  const gc = vm.runInNewContext('gc') as () => void
  const script = process.argv[1] ?? ''
  const append = (line: object, target = file): void => {
    try {
      fs.appendFileSync(target, JSON.stringify(line) + '\n')
    } catch {
      // The soak may have closed descriptors or filled the disk; a lost line is not worth a crash.
    }
  }
  append({ pid: process.pid, ppid: process.ppid, script, meta: true })

  const started = Date.now()
  const sampler = createSampler(gc, append, started)
  const snapshotEnv = process.env[PROBE_ENV.snapshotDir]
  // Wrappers (npm, corepack) are not the workload: they sample, but take no snapshots.
  const snapshots =
    snapshotEnv && !isWrapperScript(script) ? createSnapshots(path.resolve(snapshotEnv), gc, append, started, sampler) : null
  const firstEvery = Math.round(positive(process.env[PROBE_ENV.sampleEvery], 50))
  const firstIntervalMs = positive(process.env[PROBE_ENV.sampleMs], 200)
  let nextAt = firstEvery
  let iterations = 0

  let timer: NodeJS.Timeout | undefined
  const tick = (intervalMs: number): void => {
    timer = setTimeout(() => {
      const x = Date.now() - started
      sampler.sample(x)
      snapshots?.due(x)
      tick(sampler.nextGap(firstIntervalMs, 1, 'ms'))
    }, intervalMs)
    timer.unref()
  }
  tick(firstIntervalMs)

  process.on('memgate:iteration' as 'exit', () => {
    if (sampler.unit === 'ms') {
      // The soak counts its iterations: from now on x is the iteration number.
      sampler.unit = 'iteration'
      clearTimeout(timer)
    }
    iterations++
    // Checked every iteration: the late snapshot must come before the soak's teardown, which may
    // follow its last iteration at once, long before the next sample.
    if (snapshots?.pending) snapshots.due(iterations)
    if (iterations < nextAt) return
    sampler.sample(iterations)
    const rate = iterations / Math.max(performance.now() - sampler.loadedAt - sampler.spent, 1e-3)
    // Strides stay multiples of the first one: evenly spaced x where the budget allows it.
    const gap = sampler.nextGap(firstEvery, rate, 'iteration')
    nextAt = (Math.floor(iterations / firstEvery) + Math.max(1, Math.round(gap / firstEvery))) * firstEvery
  })

  let ended = false
  const finish = (): void => {
    if (ended) return
    ended = true
    sampler.sample(sampler.unit === 'iteration' ? iterations : Date.now() - started)
    // The late snapshot already holds what the workload grew by, before any teardown: at exit the
    // heap is at its largest and its snapshot the slowest, and it adds nothing to compare.
    if (sampler.taken > 1 && !snapshots?.tookLate) snapshots?.take('end')
  }
  process.on('exit', finish)

  // memgate stops a soak that runs on by itself with SIGINT. A process that does not listen for it
  // would die without an 'exit' event: take the last sample and snapshot, then die of it as before.
  const onSigint = (): void => {
    // Listeners run in the order they were added, and the probe's came first: the soak's own
    // handler (server.close(), agent.destroy()) has not freed anything yet.
    snapshots?.beforeTeardown()
    if (process.listenerCount('SIGINT') > 1) return // the soak's own handler decides; 'exit' finishes
    finish()
    process.removeListener('SIGINT', onSigint)
    process.kill(process.pid, 'SIGINT')
  }
  process.on('SIGINT', onSigint)
}

type Append = (line: object, target?: string) => void

interface Sampler {
  unit: 'ms' | 'iteration'
  taken: number
  /** The probe's own time so far, in ms. */
  spent: number
  /** The post-GC heap of the last sample. */
  lastHeap?: number
  loadedAt: number
  sample(x: number): void
  /** The next gap between samples in x, for a soak that does `rate` x per ms of its own time, no less than `floor`. */
  nextGap(floor: number, rate: number, unit: 'ms' | 'iteration'): number
}

/**
 * Samples and their pacing. The probe's own time (its full GCs above all) may be `budget` of the
 * soak's time, and it is spent evenly: in a run of unknown length the next sample comes when the
 * time since start pays for what the probe has spent plus one more sample, so samples are spaced
 * cost ÷ budget apart from start to end (a front-loaded allowance would buy samples the statistics
 * drop as warm-up). With the length of an earlier run of the same soak (MEMGATE_EXPECT), the
 * affordable samples are spread evenly over it instead, and never fewer than MIN_EVEN_SAMPLES.
 */
function createSampler(gc: () => void, append: Append, started: number): Sampler {
  const budget = positive(process.env[PROBE_ENV.budget], 0.04)
  const expect = readExpect(process.env[PROBE_ENV.expect])
  let costs = 0
  let lastCost = 0
  const sampler: Sampler = {
    unit: 'ms',
    taken: 0,
    spent: 0,
    loadedAt: performance.now(),
    sample(x) {
      const begin = performance.now()
      gc()
      const heap = v8.getHeapStatistics().used_heap_size
      const code = codeBytes()
      const { rss, external, arrayBuffers } = process.memoryUsage()
      // probeMs: the probe's own time so far, before this sample, for inspection and the benchmark.
      const t = Date.now() - started
      append({ x, heap, code, rss, external, arrayBuffers, pid: process.pid, unit: sampler.unit, t, probeMs: Math.round(sampler.spent) })
      sampler.lastHeap = heap
      sampler.taken++
      lastCost = performance.now() - begin
      sampler.spent += lastCost
      costs++
    },
    nextGap(floor, rate, unit) {
      const cost = Math.max(lastCost, sampler.spent / Math.max(costs, 1))
      const expectedX = expect?.unit === unit ? expect.x : undefined
      if (expectedX !== undefined && expect?.ms) {
        const affordable = (budget * expect.ms) / Math.max(cost, 0.01)
        const samples = Math.min(MAX_EVEN_SAMPLES, Math.max(MIN_EVEN_SAMPLES, affordable))
        return Math.max(floor, expectedX / samples)
      }
      // Until then the probe takes no time, so all of the wait is the soak's.
      const waitMs = (sampler.spent + cost) / budget - (performance.now() - sampler.loadedAt)
      return Math.max(floor, waitMs * rate)
    }
  }
  return sampler
}

/** Heap snapshots at the plan's warm-up, middle and late points (or its growth), and at the end; each under the size cap. */
function createSnapshots(dir: string, gc: () => void, append: Append, started: number, sampler: Sampler) {
  const plan = readPlan(process.env[PROBE_ENV.snapshotPlan])
  const pending = new Set<'warmup' | 'middle' | 'late'>([
    'warmup',
    ...(plan.middle ? ['middle' as const] : []),
    ...(plan.late ? ['late' as const] : [])
  ])
  let count = 0
  // Without a warm-up point, a fifth of the way to the middle one, or else after the first few samples.
  const warmupPoint: Point | undefined =
    plan.warmup ??
    (plan.middle?.x !== undefined ? { x: plan.middle.x / 5 } : plan.middle?.ms !== undefined ? { ms: plan.middle.ms / 5 } : undefined)
  const points = { warmup: warmupPoint, middle: plan.middle, late: plan.late }
  // x when the last snapshot was taken: the clock alone does not make the next one due before the soak has moved on.
  let lastX: number | undefined
  // The post-GC heap at the warm-up snapshot and at the last one, for the plan's growth.
  let warmupHeap: number | undefined
  let lastHeap: number | undefined
  const grown = (label: 'warmup' | 'middle' | 'late'): boolean => {
    const { growth } = plan
    if (!growth || label === 'warmup' || warmupHeap === undefined || lastHeap === undefined || sampler.lastHeap === undefined) return false
    // Since the last snapshot as well: a sample that jumps past both marks takes one snapshot, not two alike.
    return sampler.lastHeap - warmupHeap >= (label === 'middle' ? growth / 2 : growth) && sampler.lastHeap - lastHeap >= growth / 4
  }
  const reached = (label: 'warmup' | 'middle' | 'late', x: number): boolean => {
    const point = points[label]
    if (!point) return sampler.taken >= 3 // no plan: after the first few samples, past start-up
    if (grown(label)) return true
    // x in the soak's unit, or the clock: whichever comes first.
    if (point.x !== undefined && x >= point.x) return true
    if (point.ms === undefined || Date.now() - started < point.ms) return false
    // The clock is a deadline for a soak that ends on its own clock. A soak that counts iterations
    // falls behind it by the snapshots' own pauses; taken at once after a long one, the next
    // snapshot would hold what the last one held, and cost as much. A quarter of the way is enough.
    return point.x === undefined || lastX === undefined || x - lastX >= (point.x - lastX) / 4
  }
  const take = (label: string, x?: number): void => {
    const name = `${process.pid}-${count++}-${label}.heapsnapshot`
    const notesFile = path.join(dir, 'notes.jsonl')
    const note = (text: string) => append({ pid: process.pid, label, note: text }, notesFile)
    const begin = performance.now()
    try {
      fs.mkdirSync(dir, { recursive: true })
      gc()
      const heap = v8.getHeapStatistics().used_heap_size
      if (label === 'warmup') warmupHeap = heap
      lastHeap = heap
      // A snapshot file is larger than the heap it describes: a heap over the cap cannot fit.
      if (plan.maxBytes && heap > plan.maxBytes) {
        note(`${label} heap snapshot skipped: the heap holds ${mb(heap)}, over the ${mb(plan.maxBytes)} cap`)
        return
      }
      // Written under a temporary name, so that a process killed mid-write leaves no truncated snapshot.
      const partial = path.join(dir, `${name}.partial`)
      v8.writeHeapSnapshot(partial)
      const size = fs.statSync(partial).size
      if (plan.maxBytes && size > plan.maxBytes) {
        fs.rmSync(partial, { force: true })
        note(`${label} heap snapshot skipped: ${mb(size)}, over the ${mb(plan.maxBytes)} cap`)
        return
      }
      fs.renameSync(partial, path.join(dir, name))
      // The heap it holds tells memgate which snapshots show growth; the pause, whether a snapshot broke the soak.
      append(
        { pid: process.pid, label, file: name, heap, pauseMs: Math.round(performance.now() - begin), t: Date.now() - started, x },
        notesFile
      )
    } catch (error) {
      note(`${label} heap snapshot failed: ${(error as Error).message}`)
    }
  }
  return {
    take,
    get tookLate(): boolean {
      return plan.late !== undefined && !pending.has('late')
    },
    get pending(): boolean {
      return pending.size > 0
    },
    /** The late snapshot, when it is the only one left: memgate is stopping the soak, whose teardown comes next. */
    beforeTeardown(): void {
      if (pending.size !== 1 || !pending.has('late')) return
      pending.delete('late')
      take('late')
    },
    /** Takes the snapshots whose point x (or the clock) has reached. */
    due(x: number): void {
      // In order: the one pending first goes first, whichever point the clock reached.
      for (const label of pending) {
        if (!reached(label, x)) return
        pending.delete(label)
        take(label, x)
        lastX = x
      }
    }
  }
}

// A per-run trend needs this many samples whatever they cost (memgate's statistics drop the first
// fifth of a run as warm-up and want 8 after it); on a soak of seconds they cost a few percent.
// 16, not 12: a run that does fewer iterations than the first (a soak on its own clock, slowed by
// a loaded machine, snapshot pauses or the full GCs of a large leak) still gets 12.
const MIN_EVEN_SAMPLES = 16
// More evenly spread samples than this add nothing to a per-run trend (the statistics thin them).
const MAX_EVEN_SAMPLES = 200

// The spaces that hold what V8 compiles, not what the program keeps: machine code (code_space and
// its large-object space) and, from V8 12 (Node.js 22) on, bytecode and deoptimisation data
// (trusted_space and its large-object space). They grow with the clock while functions get hot.
const CODE_SPACE = /^(code|trusted|shared_trusted)(_large_object)?_space$/

/** Bytes in the code spaces after the GC (docs/statistics.md, "Churn is not growth"). */
function codeBytes(): number {
  let bytes = 0
  for (const space of v8.getHeapSpaceStatistics()) if (CODE_SPACE.test(space.space_name)) bytes += space.space_used_size
  return bytes
}

function readExpect(text: string | undefined): ExpectedLength | undefined {
  if (!text) return undefined
  try {
    const value = JSON.parse(text) as { unit?: unknown; x?: unknown; ms?: unknown }
    if ((value.unit === 'iteration' || value.unit === 'ms') && typeof value.x === 'number' && typeof value.ms === 'number' && value.x > 0) {
      return { unit: value.unit, x: value.x, ms: value.ms }
    }
  } catch {
    // no hint
  }
  return undefined
}

function readPlan(text: string | undefined): SnapshotPlan {
  if (!text) return {}
  try {
    const plan = JSON.parse(text) as SnapshotPlan
    return plan && typeof plan === 'object' ? plan : {}
  } catch {
    return {}
  }
}

function mb(bytes: number): string {
  return `${(bytes / 1048576).toFixed(1)} MB`
}

function positive(value: string | undefined, fallback: number): number {
  const n = Number(value)
  return Number.isFinite(n) && n > 0 ? n : fallback
}
