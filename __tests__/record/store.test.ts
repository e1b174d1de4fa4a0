import * as fs from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { buildRecord, type RecordKey } from '../../src/record/record.js'
import { listRecords, pruneStore, writeRecord } from '../../src/record/store.js'
import type { Samples } from '../../src/types.js'

const demo = JSON.parse(fs.readFileSync('__tests__/fixtures/stats/demo-aa-base.json', 'utf8')) as Samples
const samples: Samples = { ...demo, runs: demo.runs.slice(1, 4) }
const key: RecordKey = { soak: 'node soak.js', install: '', workingDirectory: '.', os: 'ubuntu-24.04', arch: 'x64', node: '24' }
const sha = (i: number) => i.toString(16).padStart(40, '0')
const record = (i: number, k = key) =>
  buildRecord({ commit: sha(i), key: k, samples, measuredAt: new Date(Date.UTC(2026, 0, 1) + i * 60_000), memgate: '0.1.0' })

let store: string
beforeEach(() => {
  store = fs.mkdtempSync(path.join(os.tmpdir(), 'memgate-store-'))
})
afterEach(() => fs.rmSync(store, { recursive: true, force: true }))

describe('the store', () => {
  it('writes one file per commit and series and never rewrites one', () => {
    const first = writeRecord(store, record(1))
    expect(first.outcome).toBe('written')
    const before = fs.readFileSync(first.file, 'utf8')
    const again = writeRecord(store, { ...record(1), measuredAt: '2027-01-01T00:00:00.000Z' })
    expect(again).toEqual({ file: first.file, outcome: 'kept' })
    expect(fs.readFileSync(first.file, 'utf8')).toBe(before)
    writeRecord(store, record(1, { ...key, node: '22' }))
    expect(listRecords(store).records).toHaveLength(2)
  })

  it('reads records anywhere under it and lists the files it cannot use without counting them', () => {
    writeRecord(store, record(1))
    fs.mkdirSync(path.join(store, 'elsewhere/deep'), { recursive: true })
    fs.writeFileSync(path.join(store, 'elsewhere/deep/x.json'), JSON.stringify(record(2)))
    fs.writeFileSync(path.join(store, 'elsewhere/broken.json'), '{"format":"memgate-record/1","commit":"abc"}')
    fs.writeFileSync(path.join(store, 'index.html'), '<html></html>')
    const { records, skipped } = listRecords(store)
    expect(records.map((r) => r.record.commit).sort()).toEqual([sha(1), sha(2)])
    expect(skipped).toHaveLength(1)
    expect(skipped[0]).toMatch(/broken\.json is not a usable memgate-record\/1: commit/)
    expect(listRecords(path.join(store, 'none'))).toEqual({ records: [], skipped: [] })
  })

  it('keeps the newest records of each series and says which went', () => {
    for (let i = 1; i <= 5; i++) writeRecord(store, record(i))
    writeRecord(store, record(1, { ...key, node: '22' }))
    const removed = pruneStore(store, 3)
    expect(removed.map((r) => r.record.commit).sort()).toEqual([sha(1), sha(2)])
    const left = listRecords(store).records.map((r) => `${r.record.key.node}:${r.record.commit.slice(-1)}`)
    expect(left.sort()).toEqual(['22:1', '24:3', '24:4', '24:5'])
    expect(() => pruneStore(store, 0)).toThrow('record-keep')
  })
})
