// Real soak processes: each outcome a run can have, as runSoak records it.
import { describe, expect, it } from '@jest/globals'
import * as fs from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import { withProbe } from '../../src/soak/env.js'
import { classifyExit, runSoak } from '../../src/soak/runner.js'

const probe = path.resolve('dist', 'probe.cjs')

function soak(command: string, extra: Partial<Parameters<typeof runSoak>[0]> = {}, files: Record<string, string> = {}) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'memgate-runner-'))
  for (const [name, text] of Object.entries(files)) fs.writeFileSync(path.join(dir, name), text)
  return runSoak({
    command,
    cwd: dir,
    env: { PATH: process.env.PATH ?? '', NODE_OPTIONS: withProbe(undefined, probe), MEMGATE_SAMPLE_EVERY: '50' },
    outDir: path.join(dir, 'out'),
    timeoutMs: 20000,
    snapshots: false,
    ...extra
  })
}

const loop = (n: number) => `node -e "for (let i = 0; i < ${n}; i++) process.emit('memgate:iteration')"`

describe('runSoak', () => {
  it('records the workload through npm run and a shell, not the wrappers', async () => {
    const run = await soak('npm run -s soak', {}, { 'package.json': JSON.stringify({ scripts: { soak: loop(500) } }) })
    expect(run.outcome).toBe('ok')
    expect(run.unit).toBe('iteration')
    expect(run.samples.map((s) => s.x)).toEqual([50, 100, 150, 200, 250, 300, 350, 400, 450, 500, 500])
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

  it('tells out of memory from a crash', async () => {
    const run = await soak(`node --max-old-space-size=24 -e "const a = []; for (;;) a.push({ s: 'x'.repeat(64) + a.length })"`)
    expect(run.outcome).toBe('oom')
    expect(run.exitCode).not.toBe(0)
  })

  it('reads samples that the soak writes itself, and ignores a half-written last line', async () => {
    const run = await soak(`printf '{"x":1,"heap":100}\\n{"x":2,"heap":120}\\n{"x":3,"he' >> "$MEMGATE_SAMPLES_FILE"`)
    expect(run.samples).toEqual([{ x: 1, heap: 100 }, { x: 2, heap: 120 }])
  })
})

/** A zombie waiting for a reaper that never comes (PID 1 in a container) is not running. */
function isRunning(pid: number): boolean {
  try {
    return !/^State:\s+Z/m.test(fs.readFileSync(`/proc/${pid}/status`, 'utf8'))
  } catch {
    return false
  }
}

describe('classifyExit', () => {
  it.each([
    [0, null, false, '', 'ok'],
    [1, null, false, 'Error: x', 'crash'],
    [null, 'SIGKILL', true, '', 'timeout'],
    [134, null, false, 'FATAL ERROR: Reached heap limit Allocation failed - JavaScript heap out of memory', 'oom'],
    [null, 'SIGSEGV', false, '', 'crash']
  ] as const)('exit %s signal %s timedOut %s → %s', (code, signal, timedOut, output, outcome) => {
    expect(classifyExit(code, signal, timedOut, output)).toBe(outcome)
  })
})
