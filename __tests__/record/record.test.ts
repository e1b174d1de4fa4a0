import * as fs from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import { describe, expect, it } from '@jest/globals'
import {
  buildRecord,
  describeMachine,
  findRecord,
  parseRecord,
  type RecordKey,
  recordPath,
  sameKey,
  seriesId
} from '../../src/record/record.js'
import type { Samples } from '../../src/types.js'

// Real runs: the demo service soaked by memgate's own session (bench/demo-aa.ts).
const demo = JSON.parse(fs.readFileSync('__tests__/fixtures/stats/demo-aa-base.json', 'utf8')) as Samples
const samples: Samples = { ...demo, runs: demo.runs.slice(1, 6) }
const key: RecordKey = { soak: 'node soak.js', install: '', workingDirectory: '.', os: 'ubuntu-24.04', arch: 'x64', node: '24' }
const commit = 'a'.repeat(40)
const build = () => buildRecord({ commit, key, samples, measuredAt: new Date('2026-12-06T12:00:00Z'), memgate: '0.1.0' })

describe('buildRecord', () => {
  it('holds the commit, key, unit and every run, and its growth is the median of the runs with their range', () => {
    const record = build()
    expect(record).toMatchObject({
      format: 'memgate-record/1',
      commit,
      key,
      measuredAt: '2026-12-06T12:00:00.000Z',
      unit: 'bytes/iteration'
    })
    expect(record.samples.side).toBe('record')
    expect(record.samples.runs).toHaveLength(5)
    const growth = record.growth!
    expect(growth.low).toBeLessThanOrEqual(growth.estimate)
    expect(growth.estimate).toBeLessThanOrEqual(growth.high)
    // The demo grows about 2 bytes per iteration on its own (bench/results/stats.md).
    expect(growth.estimate).toBeGreaterThan(0.5)
    expect(growth.estimate).toBeLessThan(5)
  })

  it('keeps no log path or stderr of the runner', () => {
    const withLogs: Samples = { ...samples, runs: samples.runs.map((r) => ({ ...r, log: '/home/runner/x.log', stderrTail: 'secret-ish' })) }
    const record = buildRecord({ commit, key, samples: withLogs, measuredAt: new Date(), memgate: '0.1.0' })
    expect(JSON.stringify(record)).not.toMatch(/runner\/x\.log|secret-ish/)
  })

  it('has no growth when no run could be measured', () => {
    const crashed: Samples = { ...samples, runs: samples.runs.map((r) => ({ ...r, exitCode: 1, outcome: 'crash' as const })) }
    expect(buildRecord({ commit, key, samples: crashed, measuredAt: new Date(), memgate: '0.1.0' }).growth).toBeNull()
  })

  it('refuses a short SHA', () => {
    expect(() => buildRecord({ commit: 'abc1234', key, samples, measuredAt: new Date(), memgate: '0.1.0' })).toThrow('40-hex')
  })
})

describe('the key', () => {
  it('is one series only when every field is equal; a new Node.js major starts a new series', () => {
    expect(sameKey(key, { ...key })).toBe(true)
    expect(sameKey(key, { ...key, node: '22' })).toBe(false)
    expect(seriesId(key)).toBe(seriesId({ ...key }))
    expect(seriesId(key)).not.toBe(seriesId({ ...key, node: '22' }))
    // Field boundaries count: moving a character from one field to the next is another series.
    expect(seriesId({ ...key, soak: 'node soak.j', install: 's' })).not.toBe(seriesId({ ...key, soak: 'node soak.js', install: '' }))
  })

  it.each([
    [{ ImageOS: 'ubuntu24' }, 'ubuntu24'],
    [{}, undefined]
  ])('names the machine from ImageOS when the runner sets it (%j)', (env, os) => {
    const machine = describeMachine(env)
    expect(machine.arch).toBe(process.arch)
    if (os) expect(machine.os).toBe(os)
    else expect(machine.os.length).toBeGreaterThan(0)
  })
})

describe('parseRecord', () => {
  const text = JSON.stringify(build())

  it('reads back what buildRecord wrote, ignoring fields it does not know', () => {
    const extra = JSON.stringify({ ...build(), future: { x: 1 }, key: { ...key, cpu: 'something' } })
    expect(parseRecord(text, 'r.json')).toEqual(build())
    expect(parseRecord(extra, 'r.json')).toEqual(build())
  })

  it("keeps the suspects that check as a report's do, and leaves out a list that does not, with the record", () => {
    const suspects = [{ name: 'Listener', count: 3, bytes: 300, package: 'event-hub', retainerPath: ['global', '.listeners'] }]
    expect(parseRecord(JSON.stringify({ ...build(), suspects }), 'r.json').suspects).toEqual(suspects)
    const forged = parseRecord(JSON.stringify({ ...build(), suspects: [{ name: 7, count: -1 }] }), 'r.json')
    expect(forged).toEqual(build())
  })

  const bad: [string, (r: Record<string, unknown>) => unknown][] = [
    ['format is "memgate-report/1"', (r) => ({ ...r, format: 'memgate-report/1' })],
    ['commit is not a 40-hex SHA', (r) => ({ ...r, commit: 'abc1234' })],
    ['key must hold the strings', (r) => ({ ...r, key: { ...key, node: 24 } })],
    ['growth is not', (r) => ({ ...r, growth: { estimate: 'NaN', low: 0, high: 1 } })],
    ['growth is not', (r) => ({ ...r, growth: { estimate: 5, low: 6, high: 7 } })],
    ['samples are not memgate-samples/1', (r) => ({ ...r, samples: { runs: [] } })],
    ['does not match samples', (r) => ({ ...r, unit: 'bytes/ms' })],
    [
      'run 1 of its samples',
      (r) => ({ ...r, samples: { ...(r.samples as object), runs: [{ exitCode: 0, samples: [{ x: 'a', heap: 1 }] }] } })
    ],
    ['measuredAt is not a date', (r) => ({ ...r, measuredAt: 'yesterday' })],
    ['not a JSON object', () => [1, 2]]
  ]
  it.each(bad)('refuses a record whose %s', (message, change) => {
    const changed = JSON.stringify(change(JSON.parse(text) as Record<string, unknown>))
    expect(() => parseRecord(changed, 'r.json')).toThrow(message)
  })

  it('refuses text that is not JSON, naming the file', () => {
    expect(() => parseRecord('{"format":', 'store/x.json')).toThrow(/^store\/x\.json is not JSON/)
  })
})

describe('findRecord', () => {
  it('finds the record of a commit in its series only, and says null where there is none', () => {
    const store = fs.mkdtempSync(path.join(os.tmpdir(), 'memgate-store-'))
    try {
      expect(findRecord(store, commit, key)).toBeNull()
      const file = recordPath(store, key, commit)
      fs.mkdirSync(path.dirname(file), { recursive: true })
      fs.writeFileSync(file, JSON.stringify(build()))
      expect(findRecord(store, commit, key)?.growth).toEqual(build().growth)
      expect(findRecord(store, commit, { ...key, node: '22' })).toBeNull()
      expect(findRecord(store, 'b'.repeat(40), key)).toBeNull()
      // A file under the commit's name that holds another commit does not pass for it.
      fs.writeFileSync(file, JSON.stringify({ ...build(), commit: 'c'.repeat(40) }))
      expect(findRecord(store, commit, key)).toBeNull()
      fs.writeFileSync(file, '{"format":"memgate-record/1"}')
      expect(() => findRecord(store, commit, key)).toThrow('not a usable memgate-record/1')
    } finally {
      fs.rmSync(store, { recursive: true, force: true })
    }
  })
})
