import * as fs from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import { afterAll, describe, expect, it } from '@jest/globals'
import { describeSoakEvent, peekSamples, RemainingTime } from '../../src/soak/progress.js'

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'memgate-progress-'))
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }))

describe('peekSamples', () => {
  it('counts the samples and reads the last heap of a file the soak is still writing', () => {
    const file = path.join(dir, 'samples.jsonl')
    fs.writeFileSync(file, '{"pid":1,"meta":true}\n{"x":0,"heap":100,"pid":1}\n{"x":50,"heap":250,"pid":1}\n{"x":100,"he')
    expect(peekSamples(file)).toEqual({ samples: 2, heap: 250 })
  })

  it('estimates the count of a large file from its tail', () => {
    const file = path.join(dir, 'large.jsonl')
    const line = (i: number) => `${JSON.stringify({ x: i, heap: 1000 + (i % 10), pid: 1 })}\n`
    fs.writeFileSync(file, Array.from({ length: 5000 }, (_, i) => line(i)).join(''))
    const peek = peekSamples(file)
    expect(peek.heap).toBe(1000 + (4999 % 10))
    expect(peek.samples).toBeGreaterThan(4500)
    expect(peek.samples).toBeLessThan(5500)
  })

  it('answers zero samples for a file not written yet', () => {
    expect(peekSamples(path.join(dir, 'none.jsonl'))).toEqual({ samples: 0, heap: null })
  })
})

describe('describeSoakEvent', () => {
  it.each([
    [
      { kind: 'install-end', side: 'base', command: 'npm ci', durationMs: 12_400, log: '/w/install-base.log' },
      'base: installed in 12 s (log /w/install-base.log)'
    ],
    [
      { kind: 'run-progress', side: 'head', run: 2, of: 5, elapsedMs: 90_000, samples: 410, heap: 12 * 1024 * 1024 },
      'head: run 2/5 running for 1 min 30 s, 410 samples, heap 12.0 MiB'
    ],
    [
      { kind: 'run-end', side: 'head', run: 2, of: 5, outcome: 'crash', durationMs: 800, samples: 0, heap: null, note: 'log /w/soak.log' },
      'head: run 2/5 crash in 800 ms, 0 samples, log /w/soak.log'
    ]
  ] as const)('%j reads %p', (event, line) => {
    expect(describeSoakEvent(event)).toBe(line)
  })
})

describe('RemainingTime', () => {
  const end = (side: 'base' | 'head', run: number, durationMs: number) =>
    ({ kind: 'run-end', side, run, of: 5, outcome: 'ok', durationMs, samples: 30, heap: 1 }) as const

  it('knows nothing until both sides ended a run, then counts the runs left at each side’s pace', () => {
    const serial = new RemainingTime(false)
    expect(serial.update({ kind: 'run-start', side: 'base', run: 1, of: 5 })).toBeUndefined()
    expect(serial.update(end('base', 1, 10_000))).toBeUndefined()
    expect(serial.update(end('head', 1, 20_000))).toBe(4 * 10_000 + 4 * 20_000)
    const parallel = new RemainingTime(true)
    parallel.update(end('base', 1, 10_000))
    expect(parallel.update(end('head', 1, 20_000))).toBe(4 * 20_000)
  })
})
