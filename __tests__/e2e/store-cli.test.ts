// `memgate run --store` as users run it: base's record written by `memgate record` through real
// soaks of the demo service, then head alone soaked and compared with the stored runs.

import { spawnSync } from 'node:child_process'
import * as fs from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { DemoRepo } from '../../src/demo.js'
import { demoRepo } from '../support/demo-repo.js'

const cli = path.resolve('dist', 'cli.js')
const SOAK = 'SOAK_ITERATIONS=12000 MEMGATE_PROBE_BUDGET=1000 MEMGATE_SAMPLE_EVERY=250 node soak.js'
let root: string
let repo: DemoRepo
let store: string

function memgate(args: string[]) {
  const result = spawnSync(process.execPath, [cli, ...args], { cwd: repo.dir, encoding: 'utf8', env: { ...process.env, GITHUB_TOKEN: '' } })
  return { status: result.status, stdout: result.stdout, stderr: result.stderr }
}

/** `memgate run` of the bump against base's record in `storeDir`, at one look of 5 runs a side when base is soaked after all. */
const runStored = (storeDir: string, soak = SOAK) =>
  memgate(['run', '--base', 'main', '--head', 'bump', '--soak', soak, '--store', storeDir, '--runs', '5', '--max-runs', '5', '--json'])

beforeAll(async () => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'memgate-store-cli-'))
  repo = await demoRepo(path.join(root, 'demo'), 'leaky')
  store = path.join(root, 'store')
  const recorded = memgate(['record', '--commit', 'main', '--store', store, '--soak', SOAK, '--runs', '5', '--json'])
  expect(recorded.status).toBe(0)
})
afterAll(() => fs.rmSync(root, { recursive: true, force: true }))

describe('memgate run --store', () => {
  it("soaks head alone and compares it with base's stored runs, and says so", () => {
    const { status, stdout, stderr } = memgate(['run', '--base', 'main', '--head', 'bump', '--soak', SOAK, '--store', store, '--json'])
    const report = JSON.parse(stdout)
    expect({ verdict: report.verdict, reason: report.reason }).toMatchObject({ verdict: 'leak' })
    expect(status).toBe(1)
    expect(stderr).toMatch(/Base [0-9a-f]{7} is not soaked: \d+ runs from its record/)
    expect(stderr).not.toMatch(/base: run 1\//)
    expect(report.notes.join('\n')).toMatch(
      new RegExp(`base was not soaked: its \\d+ runs are those of the record of ${repo.baseSha.slice(0, 7)}`)
    )
    expect(report.base.runs).toBeGreaterThanOrEqual(5)
  })

  it("tells head's first run how long the stored runs were: it spreads its samples over them and is no pilot", () => {
    // The probe's default budget: a first run of half a second, of unknown length, affords too few samples.
    const soak = 'SOAK_ITERATIONS=12000 node soak.js'
    const own = path.join(root, 'store-default-budget')
    const recorded = memgate(['record', '--commit', 'main', '--store', own, '--soak', soak, '--runs', '5', '--json'])
    expect(recorded.stderr).toMatch(/record: run 1\/\d ok .*too few for a trend/)
    const { stdout, stderr } = memgate(['run', '--base', 'main', '--head', 'bump', '--soak', soak, '--store', own, '--json'])
    expect(JSON.parse(stdout).verdict).toBe('leak')
    expect(stderr).toMatch(/head: run 1\/\d ok in [^,]+, \d+ samples, heap [^,]+ MiB$/m)
    expect(stderr).not.toMatch(/head: .*too few for a trend/)
  })

  it('soaks base when the store holds no record of it in this series (another soak command)', () => {
    const { stdout, stderr } = runStored(store, `OTHER=1 ${SOAK}`)
    expect(stderr).toMatch(/holds no record of base [0-9a-f]{7} for this soak and machine: base is soaked/)
    expect(stderr).toMatch(/base: run 1\//)
    expect(JSON.parse(stdout).notes?.join('\n') ?? '').not.toMatch(/base was not soaked/)
  })

  it('ignores a record measured more than a week ago, days after now or by another memgate, with a log line, and soaks base', () => {
    const files = (fs.readdirSync(store, { recursive: true }) as string[]).filter((f) => f.endsWith('.json'))
    const day = 24 * 3600 * 1000
    for (const [label, patch, said] of [
      [
        'old',
        { measuredAt: new Date(Date.now() - 8 * day).toISOString() },
        /measured .*, 8 days ago, and a base is reused for 7 days at most/
      ],
      [
        'future',
        { measuredAt: new Date(Date.now() + 2 * day).toISOString() },
        /measured .*, after now, and a base is reused for 7 days at most/
      ],
      ['version', { memgate: '0.0.9' }, /measured by memgate 0\.0\.9, not \d+\.\d+\.\d+, whose probe may sample otherwise/]
    ] as const) {
      const aged = path.join(root, `aged-${label}`)
      fs.cpSync(store, aged, { recursive: true })
      const file = path.join(aged, files[0]!)
      fs.writeFileSync(file, JSON.stringify({ ...JSON.parse(fs.readFileSync(file, 'utf8')), ...patch }))
      const { stdout, stderr } = runStored(aged)
      expect(stderr).toMatch(/record of base [0-9a-f]{7} is ignored: measured /)
      expect(stderr).toMatch(said)
      expect(stderr).toMatch(/base: run 1\//)
      expect(JSON.parse(stdout).notes.join('\n')).not.toMatch(/base was not soaked/)
    }
  })

  it('ignores an unreadable record with a log line and soaks base', () => {
    const files = (fs.readdirSync(store, { recursive: true }) as string[]).filter((f) => f.endsWith('.json'))
    const broken = path.join(root, 'broken')
    fs.cpSync(store, broken, { recursive: true })
    fs.writeFileSync(path.join(broken, files[0]!), '{"format": "memgate-record/1", "commit": "nope"}')
    const { stdout, stderr } = runStored(broken)
    expect(stderr).toMatch(/record of base [0-9a-f]{7} is ignored: .*not a usable memgate-record\/1/)
    expect(stderr).toMatch(/base: run 1\//)
    expect(JSON.parse(stdout).verdict).toBe('leak')
  })
})
