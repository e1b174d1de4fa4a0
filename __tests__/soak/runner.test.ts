// Real soak processes: each kind of soak and each outcome a run can have, as runSoak records it.

import * as fs from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import { describe, expect, it } from '@jest/globals'
import { withProbe } from '../../src/soak/env.js'
import { classifyExit, runSoak } from '../../src/soak/runner.js'
import { isRunning } from '../support/process.js'

const probe = path.resolve('dist', 'probe.cjs')

function soak(command: string, extra: Partial<Parameters<typeof runSoak>[0]> = {}, files: Record<string, string> = {}) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'memgate-runner-'))
  for (const [name, text] of Object.entries(files)) fs.writeFileSync(path.join(dir, name), text)
  return runSoak({
    command,
    cwd: dir,
    env: {
      PATH: process.env.PATH ?? '',
      NODE_OPTIONS: withProbe(undefined, probe),
      MEMGATE_SAMPLE_EVERY: '50',
      MEMGATE_PROBE_BUDGET: '1000'
    },
    outDir: path.join(dir, 'out'),
    timeoutMs: 20000,
    snapshots: false,
    ...extra
  })
}

const loop = (n: number) => `node -e "for (let i = 0; i < ${n}; i++) process.emit('memgate:iteration')"`

describe('runSoak', () => {
  it('measures the workload started through npm run and a shell, not the wrappers, and snapshots only it', async () => {
    const run = await soak('npm run -s soak', { snapshots: true }, { 'package.json': JSON.stringify({ scripts: { soak: loop(500) } }) })
    expect(run.outcome).toBe('ok')
    expect(run.unit).toBe('iteration')
    expect(run.source).toBe('probe')
    expect(run.samples.map((s) => s.x)).toEqual([50, 100, 150, 200, 250, 300, 350, 400, 450, 500, 500])
    const npm = run.processes.find((p) => /npm(-cli\.js)?$/.test(p.script ?? ''))
    expect(npm).toMatchObject({ wrapper: true })
    expect(run.processes.find((p) => p.pid === run.pid)).toMatchObject({ wrapper: false, script: '', unit: 'iteration' })
    expect(run.snapshotFiles.map((f) => path.basename(f))).toEqual([`${run.pid}-0-warmup.heapsnapshot`, `${run.pid}-1-end.heapsnapshot`])
    const written = fs.readdirSync(path.dirname(run.snapshotFiles[0]!)).filter((f) => f.endsWith('.heapsnapshot'))
    expect(written.every((f) => f.startsWith(`${run.pid}-`))).toBe(true)
  })

  it('measures the worker of a forking soak that holds the data, not the idle parent', async () => {
    const parent = `const { fork } = require('node:child_process')
const w = fork('worker.js')
w.on('exit', () => setTimeout(() => {}, 300))`
    const worker = `const kept = (globalThis.kept = [])
const end = Date.now() + 1500
const t = setInterval(() => { for (let i = 0; i < 2000; i++) kept.push('x'.repeat(50) + i); if (Date.now() > end) { clearInterval(t); process.disconnect() } }, 20)`
    const run = await soak(
      'node parent.js',
      {
        env: {
          PATH: process.env.PATH ?? '',
          NODE_OPTIONS: withProbe(undefined, probe),
          MEMGATE_SAMPLE_MS: '100',
          MEMGATE_PROBE_BUDGET: '1000'
        }
      },
      {
        'parent.js': parent,
        'worker.js': worker
      }
    )
    expect(run.outcome).toBe('ok')
    expect(run.processes).toHaveLength(2)
    const picked = run.processes.find((p) => p.pid === run.pid)!
    const idle = run.processes.find((p) => p.pid !== run.pid)!
    expect(picked.script).toMatch(/worker\.js$/)
    expect(picked.ppid).toBe(idle.pid)
    expect(run.unit).toBe('ms')
    expect(run.samples.at(-1)!.heap - run.samples[0]!.heap).toBeGreaterThan(5_000_000)
  })

  it('samples the RSS of the process group from /proc for a soak that is not Node.js', async () => {
    const run = await soak(`awk 'BEGIN { for (i = 0; i < 1500000; i++) a[i] = i " padding" }' && sleep 0.5`, { rssIntervalMs: 100 })
    expect(run.outcome).toBe('ok')
    expect(run.source).toBe('rss')
    expect(run.unit).toBe('ms')
    expect(run.processes).toEqual([])
    expect(run.samples.length).toBeGreaterThanOrEqual(3)
    expect(Math.max(...run.samples.map((s) => s.heap))).toBeGreaterThan(50_000_000)
    expect(
      fs
        .readFileSync(path.join(path.dirname(run.samplesFile), 'rss.jsonl'), 'utf8')
        .trim()
        .split('\n')
    ).toHaveLength(run.samples.length)
  })

  it('reads samples that the soak writes itself, not the probe lines of the same process twice', async () => {
    const run = await soak(
      `node -e "const fs = require('fs'); for (let i = 1; i <= 200; i++) { process.emit('memgate:iteration'); if (i % 100 === 0) fs.appendFileSync(process.env.MEMGATE_SAMPLES_FILE, JSON.stringify({ x: i, heap: 1000 + i }) + '\\n') }"`
    )
    expect(run.source).toBe('soak')
    expect(run.samples).toEqual([
      { x: 100, heap: 1100 },
      { x: 200, heap: 1200 }
    ])
    expect(run.processes).toHaveLength(1) // the probe's lines stay in the file for inspection
  })

  it('reads lines of a soak that is not Node.js, and ignores a half-written last line', async () => {
    const run = await soak(`printf '{"x":1,"heap":100}\\n{"x":2,"heap":120}\\n{"x":3,"he' >> "$MEMGATE_SAMPLES_FILE"`)
    expect(run.samples).toEqual([
      { x: 1, heap: 100 },
      { x: 2, heap: 120 }
    ])
  })

  it('leaves the warm-up out of the samples', async () => {
    const run = await soak(loop(500), { warmup: { x: 200 } })
    expect(run.samples.map((s) => s.x)).toEqual([200, 250, 300, 350, 400, 450, 500, 500])
    expect(run.warmupDropped).toBe(3)
  })

  it('stops a soak that runs on by itself after the duration with SIGINT: last sample, end snapshot, outcome ok', async () => {
    const run = await soak(`node -e "const kept = []; setInterval(() => kept.push('x'.repeat(1000)), 5)"`, {
      durationMs: 1200,
      stopGraceMs: 10000,
      snapshots: { middle: { ms: 600 } },
      env: {
        PATH: process.env.PATH ?? '',
        NODE_OPTIONS: withProbe(undefined, probe),
        MEMGATE_SAMPLE_MS: '100',
        MEMGATE_PROBE_BUDGET: '1000'
      }
    })
    expect(run).toMatchObject({ outcome: 'ok', stopped: 'SIGINT', signal: 'SIGINT' })
    expect(run.samples.at(-1)!.x).toBeGreaterThanOrEqual(900) // ms since the probe loaded, a little after the spawn
    expect(run.snapshotFiles.map((f) => path.basename(f).replace(/^\d+-/, ''))).toEqual([
      '0-warmup.heapsnapshot',
      '1-middle.heapsnapshot',
      '2-end.heapsnapshot'
    ])
  })

  it('escalates to SIGTERM and SIGKILL when the soak ignores SIGINT', async () => {
    const run = await soak(`trap '' INT TERM; while :; do sleep 0.1; done`, { durationMs: 300, stopGraceMs: 300 })
    expect(run).toMatchObject({ outcome: 'ok', stopped: 'SIGKILL' })
  })

  it('records a crash with the tail of its output', async () => {
    const run = await soak(`node -e "console.error('boom: bad config'); process.exit(3)"`)
    expect(run).toMatchObject({ outcome: 'crash', exitCode: 3 })
    expect(run.stderrTail).toContain('boom: bad config')
  })

  it('kills a hanging soak and everything it started', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'memgate-hang-'))
    const pidFile = path.join(dir, 'child.pid')
    const run = await soak(`sleep 300 & echo $! > ${pidFile}; node -e "setInterval(() => {}, 1000)"`, { timeoutMs: 1500 })
    expect(run.outcome).toBe('timeout')
    const orphan = Number(fs.readFileSync(pidFile, 'utf8'))
    expect(isRunning(orphan)).toBe(false)
  })

  it('kills the whole soak at once when memgate is cancelled', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'memgate-abort-'))
    const pidFile = path.join(dir, 'child.pid')
    const controller = new AbortController()
    setTimeout(() => controller.abort(), 800)
    const run = await soak(`sleep 300 & echo $! > ${pidFile}; sleep 300`, { signal: controller.signal, timeoutMs: 60000 })
    expect(run.signal).toBe('SIGKILL')
    expect(isRunning(Number(fs.readFileSync(pidFile, 'utf8')))).toBe(false)
  })

  it('tells out of memory from a crash', async () => {
    const run = await soak(`node --max-old-space-size=24 -e "const a = []; for (;;) a.push({ s: 'x'.repeat(64) + a.length })"`)
    expect(run.outcome).toBe('oom')
    expect(run.exitCode).not.toBe(0)
    expect(run.stderrTail).toMatch(/heap out of memory|Reached heap limit/)
  })
})

describe('classifyExit', () => {
  it.each([
    [0, null, false, '', false, 'ok'],
    [1, null, false, 'Error: x', false, 'crash'],
    [null, 'SIGKILL', true, '', false, 'timeout'],
    [134, null, false, 'FATAL ERROR: Reached heap limit Allocation failed - JavaScript heap out of memory', false, 'oom'],
    [null, 'SIGSEGV', false, '', false, 'crash'],
    [null, 'SIGKILL', false, '', false, 'oom'],
    [137, null, false, 'Killed', false, 'oom'],
    [null, 'SIGKILL', false, '', true, 'ok'],
    [null, 'SIGINT', false, '', true, 'ok'],
    [130, null, false, '', true, 'ok']
  ] as const)('exit %s signal %s timedOut %s output %j stopped %s → %s', (code, signal, timedOut, output, stopped, outcome) => {
    expect(classifyExit(code, signal, timedOut, output, stopped)).toBe(outcome)
  })
})
