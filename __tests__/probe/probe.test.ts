// The probe as it runs for real: preloaded with NODE_OPTIONS=--require into a Node.js process.
import { describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import * as fs from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'

const probe = path.resolve('dist', 'probe.cjs')

function runNode(code: string, env: Record<string, string>): string {
  return execFileSync(process.execPath, ['-e', code], {
    env: { PATH: process.env.PATH ?? '', NODE_OPTIONS: `--require "${probe}"`, ...env },
    encoding: 'utf8'
  })
}

function lines(file: string) {
  return fs.readFileSync(file, 'utf8').trim().split('\n').map((l) => JSON.parse(l))
}

describe('probe', () => {
  it('samples post-GC heap every K iterations, sees a leak grow, and snapshots early and at the end', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'memgate-probe-'))
    const file = path.join(dir, 'samples.jsonl')
    runNode(
      `const kept = []; globalThis.kept = kept
       for (let i = 0; i < 3000; i++) { kept.push({ i, s: 'x'.repeat(100) + i }); process.emit('memgate:iteration') }`,
      { MEMGATE_SAMPLES_FILE: file, MEMGATE_SAMPLE_EVERY: '100', MEMGATE_SNAPSHOT_DIR: path.join(dir, 'snaps') }
    )
    const samples = lines(file)
    expect(samples.map((s) => s.x)).toEqual([...Array.from({ length: 30 }, (_, i) => (i + 1) * 100), 3000])
    expect(new Set(samples.map((s) => s.unit))).toEqual(new Set(['iteration']))
    for (const s of samples) {
      expect(s.pid).toBeGreaterThan(0)
      expect(s.rss).toBeGreaterThan(s.heap)
      expect(typeof s.external).toBe('number')
    }
    // ~200 bytes kept per iteration: the last post-GC heap is well above the first.
    expect(samples.at(-1).heap - samples[0].heap).toBeGreaterThan(2900 * 150)
    const snaps = fs.readdirSync(path.join(dir, 'snaps')).sort()
    expect(snaps).toEqual([expect.stringMatching(/^\d+-0-early\.heapsnapshot$/), expect.stringMatching(/^\d+-1-end\.heapsnapshot$/)])
    expect(JSON.parse(fs.readFileSync(path.join(dir, 'snaps', snaps[0]), 'utf8')).snapshot.meta.node_fields).toContain('id')
  })

  it('samples by time, in ms since start, when the soak counts no iterations', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'memgate-probe-'))
    const file = path.join(dir, 'samples.jsonl')
    runNode(`const end = Date.now() + 600; const t = setInterval(() => { if (Date.now() > end) clearInterval(t) }, 10)`, {
      MEMGATE_SAMPLES_FILE: file,
      MEMGATE_SAMPLE_MS: '100'
    })
    const samples = lines(file)
    expect(samples.length).toBeGreaterThanOrEqual(4)
    expect(samples.every((s) => s.unit === 'ms')).toBe(true)
    expect(samples.at(-1).x).toBeGreaterThanOrEqual(500)
  })

  it('does nothing, not even expose gc, without MEMGATE_SAMPLES_FILE', () => {
    const out = runNode(`process.emit('memgate:iteration'); console.log(typeof gc, typeof globalThis.__memgateProbe)`, {})
    expect(out.trim()).toBe('undefined undefined')
  })
})
