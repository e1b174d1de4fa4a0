// memgate's probe, preloaded into every Node.js process of the soak with NODE_OPTIONS=--require.
// It runs inside the user's code: node:* modules only, no globals left behind, and it does nothing
// at all unless memgate set MEMGATE_SAMPLES_FILE.
//
// Each line it appends to MEMGATE_SAMPLES_FILE is one post-GC sample of this process:
//   {"x":…,"heap":…,"rss":…,"external":…,"arrayBuffers":…,"pid":…,"unit":"iteration"|"ms","t":…}
// Lines without "pid" were written by the soak itself (DESIGN.md: any program may feed memgate).
import * as fs from 'node:fs'
import * as path from 'node:path'
import * as v8 from 'node:v8'
import * as vm from 'node:vm'

const samplesFile = process.env.MEMGATE_SAMPLES_FILE
if (samplesFile && !(globalThis as Record<string, unknown>).__memgateProbe) {
  ;(globalThis as Record<string, unknown>).__memgateProbe = true
  startProbe(samplesFile)
}

function startProbe(file: string): void {
  // --expose-gc from inside: the flag only takes effect for contexts created after it is set,
  // so the gc function comes from a fresh context. The user's flags stay as they were.
  v8.setFlagsFromString('--expose-gc')
  const gc = vm.runInNewContext('gc') as () => void
  const every = positive(process.env.MEMGATE_SAMPLE_EVERY, 50)
  const intervalMs = positive(process.env.MEMGATE_SAMPLE_MS, 200)
  const snapshotDir = process.env.MEMGATE_SNAPSHOT_DIR
  const started = Date.now()
  let unit: 'ms' | 'iteration' = 'ms'
  let iterations = 0
  let taken = 0
  let snapshots = 0

  const sample = (x: number): void => {
    gc()
    const heap = v8.getHeapStatistics().used_heap_size
    const { rss, external, arrayBuffers } = process.memoryUsage()
    const line = { x, heap, rss, external, arrayBuffers, pid: process.pid, unit, t: Date.now() - started }
    try {
      fs.appendFileSync(file, JSON.stringify(line) + '\n')
    } catch {
      // The soak may have changed directory or closed descriptors; a lost sample is not worth a crash.
    }
    taken++
  }

  const snapshot = (label: string): void => {
    if (!snapshotDir) return
    try {
      fs.mkdirSync(snapshotDir, { recursive: true })
      gc()
      v8.writeHeapSnapshot(path.join(snapshotDir, `${process.pid}-${snapshots++}-${label}.heapsnapshot`))
    } catch {
      // A snapshot that cannot be written leaves the samples intact.
    }
  }

  const timer = setInterval(() => {
    sample(Date.now() - started)
    if (taken === 3) snapshot('early')
  }, intervalMs)
  timer.unref()

  process.on('memgate:iteration' as 'exit', () => {
    if (unit === 'ms') {
      // The soak counts its iterations: from now on x is the iteration number.
      unit = 'iteration'
      clearInterval(timer)
    }
    iterations++
    if (iterations % every === 0) {
      sample(iterations)
      if (taken === 3) snapshot('early')
    }
  })

  process.on('exit', () => {
    sample(unit === 'iteration' ? iterations : Date.now() - started)
    if (taken > 3) snapshot('end')
  })
}

function positive(value: string | undefined, fallback: number): number {
  const n = Number(value)
  return Number.isFinite(n) && n > 0 ? n : fallback
}
