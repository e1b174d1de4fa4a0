// The probe as it runs for real: preloaded with NODE_OPTIONS=--require into a Node.js process.

import { execFileSync } from 'node:child_process'
import * as fs from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import { describe, expect, it } from '@jest/globals'

const probe = path.resolve('dist', 'probe.cjs')

function runNode(code: string, env: Record<string, string>): string {
  return execFileSync(process.execPath, ['-e', code], {
    env: { PATH: process.env.PATH ?? '', NODE_OPTIONS: `--require "${probe}"`, ...env },
    encoding: 'utf8'
  })
}

function lines(file: string) {
  return fs
    .readFileSync(file, 'utf8')
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l))
}

const samplesOf = (file: string) => lines(file).filter((l) => 'x' in l)
const tmp = () => fs.mkdtempSync(path.join(os.tmpdir(), 'memgate probe '))

describe('probe', () => {
  it('samples post-GC heap every K iterations, sees a leak grow, and snapshots after warm-up, in the middle and at the end', () => {
    const dir = tmp()
    const file = path.join(dir, 'samples.jsonl')
    const snaps = path.join(dir, 'snaps')
    runNode(
      `const kept = []; globalThis.kept = kept
       for (let i = 0; i < 3000; i++) { kept.push({ i, s: 'x'.repeat(100) + i }); process.emit('memgate:iteration') }`,
      {
        MEMGATE_SAMPLES_FILE: file,
        MEMGATE_SAMPLE_EVERY: '100',
        MEMGATE_PROBE_BUDGET: '1000', // never thin out: this test pins the stride
        MEMGATE_SNAPSHOT_DIR: snaps,
        MEMGATE_SNAPSHOT_PLAN: JSON.stringify({ warmup: { x: 500 }, middle: { x: 1500 } })
      }
    )
    const all = lines(file)
    expect(all[0]).toMatchObject({ meta: true, pid: expect.any(Number), ppid: process.pid, script: '' })
    const samples = samplesOf(file)
    expect(samples.map((s) => s.x)).toEqual([...Array.from({ length: 30 }, (_, i) => (i + 1) * 100), 3000])
    expect(new Set(samples.map((s) => s.unit))).toEqual(new Set(['iteration']))
    for (const s of samples) {
      expect(s.pid).toBe(all[0].pid)
      expect(s.rss).toBeGreaterThan(s.heap)
      expect(typeof s.external).toBe('number')
      expect(typeof s.arrayBuffers).toBe('number')
      // V8's code spaces: part of the heap, never where kept objects live.
      expect(s.code).toBeGreaterThan(0)
      expect(s.code).toBeLessThan(s.heap)
    }
    // ~200 bytes kept per iteration: the last post-GC heap is well above the first; what V8 compiled meanwhile is a small part.
    const grown = samples.at(-1).heap - samples[0].heap
    expect(grown).toBeGreaterThan(2900 * 150)
    expect(samples.at(-1).code - samples[0].code).toBeLessThan(grown / 10)
    const names = fs
      .readdirSync(snaps)
      .filter((f) => f.endsWith('.heapsnapshot'))
      .sort()
    expect(names).toEqual([
      expect.stringMatching(/^\d+-0-warmup\.heapsnapshot$/),
      expect.stringMatching(/^\d+-1-middle\.heapsnapshot$/),
      expect.stringMatching(/^\d+-2-end\.heapsnapshot$/)
    ])
    expect(JSON.parse(fs.readFileSync(path.join(snaps, names[0]!), 'utf8')).snapshot.meta.node_fields).toContain('id')
  })

  it('thins out its samples when a full GC costs more than its budget of the soak time', () => {
    const dir = tmp()
    const file = path.join(dir, 'samples.jsonl')
    // Iterations of a few µs for about a second against a full GC of a few ms: a fixed stride of 10
    // would take most of the time.
    runNode(
      `const end = Date.now() + 1000; const a = []
       while (Date.now() < end) { for (let k = 0; k < 20; k++) a.push({ k }); a.length = 0; process.emit('memgate:iteration') }`,
      { MEMGATE_SAMPLES_FILE: file, MEMGATE_SAMPLE_EVERY: '10' }
    )
    const xs = samplesOf(file).map((s) => s.x)
    expect(xs.length).toBeGreaterThanOrEqual(3)
    expect(xs.length).toBeLessThan(xs.at(-1) / 1000)
    expect(xs.slice(0, -1).every((x) => x % 10 === 0)).toBe(true) // the last is taken at exit
    const gaps = xs.slice(1, -1).map((x, i) => x - xs[i])
    expect(gaps[0]).toBeGreaterThan(10)
  })

  it('spreads its samples evenly over the length an earlier run had', () => {
    const dir = tmp()
    const file = path.join(dir, 'samples.jsonl')
    runNode(`let s = 0; for (let i = 0; i < 100000; i++) { s += i; process.emit('memgate:iteration') }`, {
      MEMGATE_SAMPLES_FILE: file,
      MEMGATE_SAMPLE_EVERY: '10',
      // So little time that only the minimum of 16 samples is taken.
      MEMGATE_PROBE_BUDGET: '0.0001',
      MEMGATE_EXPECT: JSON.stringify({ unit: 'iteration', x: 100000, ms: 50 })
    })
    const xs = samplesOf(file).map((s) => s.x)
    expect(xs.at(-1)).toBe(100000) // the sample at exit
    const gaps = xs.slice(1, -1).map((x, i) => x - xs[i])
    expect(new Set(gaps)).toEqual(new Set([6250])) // 100000 / 16, a multiple of the first stride
    expect(xs.length).toBe(17) // the first, 16 strides (the last at 100000) and the one at exit
  })

  it('samples by time, in ms since start, when the soak counts no iterations', () => {
    const dir = tmp()
    const file = path.join(dir, 'samples.jsonl')
    runNode(`const end = Date.now() + 600; const t = setInterval(() => { if (Date.now() > end) clearInterval(t) }, 10)`, {
      MEMGATE_SAMPLES_FILE: file,
      MEMGATE_SAMPLE_MS: '100',
      MEMGATE_PROBE_BUDGET: '1000' // this test pins the interval
    })
    const samples = samplesOf(file)
    expect(samples.length).toBeGreaterThanOrEqual(3)
    expect(samples.every((s) => s.unit === 'ms')).toBe(true)
    expect(samples.at(-1).x).toBeGreaterThanOrEqual(500)
  })

  it('skips a snapshot over the size cap and says so', () => {
    const dir = tmp()
    const snaps = path.join(dir, 'snaps')
    runNode(`for (let i = 0; i < 400; i++) process.emit('memgate:iteration')`, {
      MEMGATE_SAMPLES_FILE: path.join(dir, 'samples.jsonl'),
      MEMGATE_SAMPLE_EVERY: '100',
      MEMGATE_PROBE_BUDGET: '1000', // a sample every 100: the warm-up point (3 samples) comes at 300
      MEMGATE_SNAPSHOT_DIR: snaps,
      MEMGATE_SNAPSHOT_PLAN: JSON.stringify({ maxBytes: 100000 })
    })
    expect(fs.readdirSync(snaps)).toEqual(['notes.jsonl'])
    const notes = lines(path.join(snaps, 'notes.jsonl'))
    expect(notes.map((n) => n.label)).toEqual(['warmup', 'end'])
    expect(notes[0].note).toMatch(/^warmup heap snapshot skipped: .* over the 0\.1 MB cap$/)
  })

  it('takes the late snapshot at its x, before the soak tears down what it leaked, and records the heap of each', () => {
    const dir = tmp()
    const snaps = path.join(dir, 'snaps')
    // Leaks 1 KiB per iteration, then frees it all after the last one, as a tidy soak's teardown does.
    runNode(
      `let kept = []
       for (let i = 0; i < 2000; i++) { kept.push(Buffer.alloc(1024, i % 251).toString('latin1')); process.emit('memgate:iteration') }
       kept = null`,
      {
        MEMGATE_SAMPLES_FILE: path.join(dir, 'samples.jsonl'),
        MEMGATE_SAMPLE_EVERY: '500',
        MEMGATE_PROBE_BUDGET: '1000',
        MEMGATE_SNAPSHOT_DIR: snaps,
        MEMGATE_SNAPSHOT_PLAN: JSON.stringify({ warmup: { x: 200 }, middle: { x: 1000 }, late: { x: 1999 } })
      }
    )
    const taken = lines(path.join(snaps, 'notes.jsonl')).filter((n) => n.file)
    // No snapshot at exit: the late one holds what grew, and the heap at exit is its largest.
    expect(taken.map((n) => n.label)).toEqual(['warmup', 'middle', 'late'])
    const heap = Object.fromEntries(taken.map((n) => [n.label, n.heap]))
    // 1,799 KiB more at the late point than at warm-up; the last sample, after teardown, holds none of it.
    expect(heap.late - heap.warmup).toBeGreaterThan(1500 * 1024)
    expect(lines(path.join(dir, 'samples.jsonl')).at(-1).heap).toBeLessThan(heap.warmup + 200 * 1024)
    for (const n of taken) expect(fs.existsSync(path.join(snaps, n.file))).toBe(true)
  })

  it('takes a snapshot the clock makes due only once the soak has moved on from the last one', () => {
    const dir = tmp()
    const snaps = path.join(dir, 'snaps')
    // The late point's clock (1 ms) has long passed when the middle snapshot is done: a soak that
    // counts its iterations is behind the clock by the snapshots' pauses.
    runNode(
      `let kept = []
       for (let i = 0; i < 2000; i++) { kept.push(Buffer.alloc(512, i % 251).toString('latin1')); process.emit('memgate:iteration') }`,
      {
        MEMGATE_SAMPLES_FILE: path.join(dir, 'samples.jsonl'),
        MEMGATE_SAMPLE_EVERY: '100',
        MEMGATE_PROBE_BUDGET: '1000',
        MEMGATE_SNAPSHOT_DIR: snaps,
        MEMGATE_SNAPSHOT_PLAN: JSON.stringify({ warmup: { x: 100 }, middle: { x: 200 }, late: { x: 1800, ms: 1 } })
      }
    )
    const taken = lines(path.join(snaps, 'notes.jsonl')).filter((n) => n.file)
    expect(taken.map((n) => [n.label, n.x])).toEqual([
      ['warmup', 100],
      ['middle', 200],
      // A quarter of the way from the middle one to the late point, not at once after the middle one.
      ['late', 600]
    ])
  })

  it("takes the middle and late snapshots once the heap grew the plan's growth past warm-up, before their points", () => {
    const dir = tmp()
    const snaps = path.join(dir, 'snaps')
    // Keeps over 1 KiB an iteration: 256 KiB of growth after some 250 iterations past warm-up, far before x 1000.
    runNode(
      `let kept = []
       for (let i = 0; i < 2000; i++) { kept.push(Buffer.alloc(1024, i % 251).toString('latin1')); process.emit('memgate:iteration') }`,
      {
        MEMGATE_SAMPLES_FILE: path.join(dir, 'samples.jsonl'),
        MEMGATE_SAMPLE_EVERY: '50',
        MEMGATE_PROBE_BUDGET: '1000',
        MEMGATE_SNAPSHOT_DIR: snaps,
        MEMGATE_SNAPSHOT_PLAN: JSON.stringify({ warmup: { x: 200 }, middle: { x: 1000 }, late: { x: 1800 }, growth: 256 * 1024 })
      }
    )
    const taken = lines(path.join(snaps, 'notes.jsonl')).filter((n) => n.file)
    expect(taken.map((n) => n.label)).toEqual(['warmup', 'middle', 'late'])
    const [warmup, middle, late] = taken
    expect(warmup.x).toBe(200)
    expect(middle.x).toBeGreaterThan(200)
    expect(late.x).toBeGreaterThan(middle.x)
    expect(late.x).toBeLessThan(1000)
    expect(middle.heap - warmup.heap).toBeGreaterThanOrEqual(128 * 1024)
    expect(late.heap - warmup.heap).toBeGreaterThanOrEqual(256 * 1024)
    // Due by growth, not long after it: the late one holds well under twice the growth.
    expect(late.heap - warmup.heap).toBeLessThan(512 * 1024)
  })

  it("takes a pending late snapshot when memgate stops the soak, before the soak's own SIGINT handler runs", () => {
    const dir = tmp()
    const snaps = path.join(dir, 'snaps')
    const out = runNode(
      `let kept = []
       process.on('SIGINT', () => { kept = null; console.log('teardown'); process.exit(0) })
       let i = 0
       const t = setInterval(() => {
         kept.push(Buffer.alloc(4096, i % 251).toString('latin1')); process.emit('memgate:iteration')
         if (++i === 300) process.kill(process.pid, 'SIGINT')
       }, 1)`,
      {
        MEMGATE_SAMPLES_FILE: path.join(dir, 'samples.jsonl'),
        MEMGATE_SAMPLE_EVERY: '50',
        MEMGATE_PROBE_BUDGET: '1000',
        MEMGATE_SNAPSHOT_DIR: snaps,
        MEMGATE_SNAPSHOT_PLAN: JSON.stringify({ warmup: { x: 20 }, middle: { x: 150 }, late: { x: 100000 } })
      }
    )
    expect(out).toContain('teardown')
    const taken = lines(path.join(snaps, 'notes.jsonl')).filter((n) => n.file)
    expect(taken.map((n) => n.label)).toEqual(['warmup', 'middle', 'late'])
    const heap = Object.fromEntries(taken.map((n) => [n.label, n.heap]))
    expect(heap.late - heap.warmup).toBeGreaterThan(250 * 4096)
    expect(lines(path.join(dir, 'samples.jsonl')).at(-1).heap).toBeLessThan(heap.late - 250 * 4096)
  })

  it('reports from the main thread only: a worker thread shares its pid', () => {
    const dir = tmp()
    const file = path.join(dir, 'samples.jsonl')
    runNode(
      `const { Worker } = require('node:worker_threads')
       const w = new Worker("for (let i = 0; i < 300; i++) process.emit('memgate:iteration')", { eval: true })
       w.on('exit', () => {})`,
      { MEMGATE_SAMPLES_FILE: file, MEMGATE_SAMPLE_EVERY: '100' }
    )
    const all = lines(file)
    expect(all.filter((l) => l.meta)).toHaveLength(1)
    expect(all.filter((l) => l.unit === 'iteration')).toHaveLength(0)
  })

  it('does nothing, not even expose gc, without MEMGATE_SAMPLES_FILE', () => {
    const out = runNode(
      `process.emit('memgate:iteration'); console.log(typeof gc, typeof globalThis.__memgateProbe, process.listenerCount('SIGINT'))`,
      {}
    )
    expect(out.trim()).toBe('undefined undefined 0')
  })

  it('leaves no gc function in the soak when it runs', () => {
    const dir = tmp()
    const out = runNode(`console.log(typeof gc, Object.keys(globalThis).includes('__memgateProbe'))`, {
      MEMGATE_SAMPLES_FILE: path.join(dir, 'samples.jsonl')
    })
    expect(out.trim()).toBe('undefined false')
  })
})
