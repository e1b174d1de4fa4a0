// memgate's probe, preloaded into every Node.js process of the soak with NODE_OPTIONS=--require.
// It runs inside the user's code: node:* modules only, no globals left behind but its guard, and it
// does nothing at all unless memgate set MEMGATE_SAMPLES_FILE.
//
// Lines it appends to MEMGATE_SAMPLES_FILE (read by src/soak/samples.ts):
//   {"pid":…,"ppid":…,"script":…,"meta":true}         once, to introduce the process
//   {"x":…,"heap":…,"rss":…,"external":…,"arrayBuffers":…,"pid":…,"unit":"iteration"|"ms","t":…}
//                                                      one post-GC sample
// Lines without "pid" were written by the soak itself (DESIGN.md: any program may feed memgate).
//
// Environment: MEMGATE_SAMPLE_EVERY (iterations between samples, 50), MEMGATE_SAMPLE_MS (ms between
// samples of a soak that counts no iterations, 200), MEMGATE_PROBE_BUDGET (largest share of the
// soak's time the probe may take, 0.03), MEMGATE_SNAPSHOT_DIR and MEMGATE_SNAPSHOT_PLAN (JSON
// {"warmup":{"x"|"ms":n},"middle":{"x"|"ms":n},"maxBytes":n}) for heap snapshots.
import * as fs from 'node:fs'
import * as path from 'node:path'
import * as v8 from 'node:v8'
import * as vm from 'node:vm'
import { isMainThread } from 'node:worker_threads'
import { WRAPPER_SCRIPT } from './wrappers.js'

interface Point {
  x?: number
  ms?: number
}

interface SnapshotPlan {
  warmup?: Point
  middle?: Point
  maxBytes?: number
}

const samplesFile = process.env.MEMGATE_SAMPLES_FILE
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
  const budget = positive(process.env.MEMGATE_PROBE_BUDGET, 0.03)
  const script = process.argv[1] ?? ''
  const wrapper = WRAPPER_SCRIPT.test(script)
  const snapshotDir = process.env.MEMGATE_SNAPSHOT_DIR && !wrapper ? path.resolve(process.env.MEMGATE_SNAPSHOT_DIR) : undefined
  const plan = readPlan(process.env.MEMGATE_SNAPSHOT_PLAN)
  const started = Date.now()
  const minEvery = positive(process.env.MEMGATE_SAMPLE_EVERY, 50)
  let every = minEvery
  let intervalMs = positive(process.env.MEMGATE_SAMPLE_MS, 200)
  let unit: 'ms' | 'iteration' = 'ms'
  let iterations = 0
  let taken = 0
  let snapshots = 0
  let firstSampleAt = performance.now()
  const pending = new Set<'warmup' | 'middle'>(plan.middle ? ['warmup', 'middle'] : ['warmup'])
  let ended = false

  const append = (line: object, target = file): void => {
    try {
      fs.appendFileSync(target, JSON.stringify(line) + '\n')
    } catch {
      // The soak may have closed descriptors or filled the disk; a lost line is not worth a crash.
    }
  }

  append({ pid: process.pid, ppid: process.ppid, script, meta: true })

  // Returns the share of the soak's time that sampling has cost so far. Cumulative, so that one
  // sample slowed by a busy machine does not thin out the rest of the run.
  let probeMs = 0
  const sample = (x: number): number => {
    const begin = performance.now()
    gc()
    const heap = v8.getHeapStatistics().used_heap_size
    const { rss, external, arrayBuffers } = process.memoryUsage()
    append({ x, heap, rss, external, arrayBuffers, pid: process.pid, unit, t: Date.now() - started })
    taken++
    const end = performance.now()
    probeMs += end - begin
    return probeMs / Math.max(end - firstSampleAt, 1e-3)
  }

  const reached = (point: Point | undefined, x: number): boolean => {
    if (!point) return taken >= 3 // no plan: after the first few samples, past start-up
    if (point.x !== undefined) return x >= point.x
    if (point.ms !== undefined) return Date.now() - started >= point.ms
    return false
  }

  const snapshotsDue = (x: number): void => {
    if (!snapshotDir) return
    for (const label of pending) {
      if (!reached(label === 'warmup' ? plan.warmup : plan.middle, x)) continue
      pending.delete(label)
      snapshot(label)
    }
  }

  const snapshot = (label: string): void => {
    if (!snapshotDir) return
    const name = `${process.pid}-${snapshots++}-${label}.heapsnapshot`
    const note = (text: string) => append({ pid: process.pid, label, note: text }, path.join(snapshotDir, 'notes.jsonl'))
    try {
      fs.mkdirSync(snapshotDir, { recursive: true })
      gc()
      const heap = v8.getHeapStatistics().used_heap_size
      // A snapshot file is larger than the heap it describes: a heap over the cap cannot fit.
      if (plan.maxBytes && heap > plan.maxBytes) {
        note(`${label} heap snapshot skipped: the heap holds ${mb(heap)}, over the ${mb(plan.maxBytes)} cap`)
        return
      }
      // Written under a temporary name, so that a process killed mid-write leaves no truncated snapshot.
      const partial = path.join(snapshotDir, `${name}.partial`)
      v8.writeHeapSnapshot(partial)
      const size = fs.statSync(partial).size
      if (plan.maxBytes && size > plan.maxBytes) {
        fs.rmSync(partial, { force: true })
        note(`${label} heap snapshot skipped: ${mb(size)}, over the ${mb(plan.maxBytes)} cap`)
        return
      }
      fs.renameSync(partial, path.join(snapshotDir, name))
    } catch (error) {
      note(`${label} heap snapshot failed: ${(error as Error).message}`)
    }
  }

  let timer: NodeJS.Timeout | undefined
  const tick = (): void => {
    const share = sample(Date.now() - started)
    // Full GCs of a large heap take long: sample less often rather than slow the soak down.
    if (share > budget) intervalMs *= 2
    snapshotsDue(Date.now() - started)
    timer = setTimeout(tick, intervalMs)
    timer.unref()
  }
  timer = setTimeout(tick, intervalMs)
  timer.unref()

  process.on('memgate:iteration' as 'exit', () => {
    if (unit === 'ms') {
      // The soak counts its iterations: from now on x is the iteration number.
      unit = 'iteration'
      clearTimeout(timer)
      firstSampleAt = performance.now()
      probeMs = 0
    }
    iterations++
    if (iterations % every === 0) {
      // Doubling and halving keep every sampled x a multiple of the stride.
      const share = sample(iterations)
      if (share > budget) every *= 2
      else if (share < budget / 4 && every > minEvery) every /= 2
      snapshotsDue(iterations)
    }
  })

  const finish = (): void => {
    if (ended) return
    ended = true
    sample(unit === 'iteration' ? iterations : Date.now() - started)
    if (taken > 1) snapshot('end')
  }
  process.on('exit', finish)

  // memgate stops a soak that runs on by itself with SIGINT. A process that does not listen for it
  // would die without an 'exit' event: take the last sample and snapshot, then die of it as before.
  const onSigint = (): void => {
    if (process.listenerCount('SIGINT') > 1) return // the soak's own handler decides; 'exit' finishes
    finish()
    process.removeListener('SIGINT', onSigint)
    process.kill(process.pid, 'SIGINT')
  }
  process.on('SIGINT', onSigint)
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
