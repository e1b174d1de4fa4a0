// `memgate record` and `memgate trend` as users run them: node dist/cli.js on real git repositories,
// `record` through real soaks of the demo service.

import { spawnSync } from 'node:child_process'
import * as fs from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { DemoRepo } from '../../src/demo.js'
import { commitAll, initRepo } from '../../src/git.js'
import { buildRecord, type RecordKey } from '../../src/record/record.js'
import { writeRecord } from '../../src/record/store.js'
import type { Run, Samples } from '../../src/types.js'
import { demoRepo } from '../support/demo-repo.js'

const cli = path.resolve('dist', 'cli.js')
let root: string
let repo: DemoRepo

function memgate(args: string[], cwd: string) {
  const result = spawnSync(process.execPath, [cli, ...args], { cwd, encoding: 'utf8', env: { ...process.env, GITHUB_TOKEN: '' } })
  return { status: result.status, stdout: result.stdout, stderr: result.stderr }
}

beforeAll(async () => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'memgate-record-cli-'))
  repo = await demoRepo(path.join(root, 'demo'), 'leaky')
})
afterAll(() => fs.rmSync(root, { recursive: true, force: true }))

describe('memgate record', () => {
  it('measures one commit through real soaks and writes its memgate-record/1 once', () => {
    const store = path.join(root, 'store')
    const first = memgate(['record', '--commit', 'main', '--store', store, '--soak', 'node soak.js', '--runs', '3', '--json'], repo.dir)
    expect(first.stderr).toMatch(/record: run 1\//)
    expect(first.status).toBe(0)
    const record = JSON.parse(first.stdout)
    expect(record).toMatchObject({ format: 'memgate-record/1', commit: repo.baseSha, unit: 'bytes/iteration' })
    expect(record.key).toMatchObject({
      soak: 'node soak.js',
      install: '',
      workingDirectory: '.',
      arch: process.arch,
      node: process.versions.node.split('.')[0]
    })
    expect(record.samples.runs.length).toBeGreaterThanOrEqual(3)
    // event-hub 1.0.0 holds nothing per event: the service's own growth is small.
    expect(Math.abs(record.growth.estimate)).toBeLessThan(16)
    const files = fs.readdirSync(store, { recursive: true }).filter((f) => String(f).endsWith('.json'))
    expect(files).toEqual([expect.stringContaining(`${repo.baseSha}.json`)])

    const again = memgate(['record', '--commit', repo.baseSha, '--store', store, '--soak', 'node soak.js', '--runs', '2'], repo.dir)
    expect(again.status).toBe(0)
    expect(again.stdout).toMatch(/already holds a record of .* it stands/)
  })

  it("names what grows in a leaking commit's heap, from the heap snapshots of one of its runs", () => {
    const store = path.join(root, 'store-leaky')
    const { status, stdout } = memgate(
      ['record', '--commit', 'bump', '--store', store, '--soak', 'node soak.js', '--runs', '3', '--json'],
      repo.dir
    )
    expect(status).toBe(0)
    const record = JSON.parse(stdout)
    expect(record.growth.estimate).toBeGreaterThan(100)
    expect(record.suspects[0]).toMatchObject({ name: 'Listener', package: 'event-hub' })
    // Paths inside the repository, not the runner's scratch folder.
    expect(JSON.stringify(record.suspects)).not.toContain(os.tmpdir())
  })

  it('exits 2 with the reason, and writes nothing, when no run can be measured', () => {
    const store = path.join(root, 'store-crash')
    const { status, stderr } = memgate(
      ['record', '--commit', 'main', '--store', store, '--soak', 'node -e "process.exit(3)"', '--runs', '2'],
      repo.dir
    )
    expect(status).toBe(2)
    expect(stderr).toMatch(/memgate: No run of the soak at [0-9a-f]{7} could be measured \(runs: crash, crash\); nothing recorded/)
    expect(fs.existsSync(store)).toBe(false)
  })

  it('refuses a missing --store', () => {
    const { status, stderr } = memgate(['record', '--commit', 'main'], repo.dir)
    expect(status).toBe(2)
    expect(stderr).toMatch(/Missing --store/)
  })
})

describe('memgate trend', () => {
  // Real runs of the demo (bench/demo-aa.ts), a leak added to the commits from the step on.
  const demo = JSON.parse(fs.readFileSync('__tests__/fixtures/stats/demo-aa-base.json', 'utf8')) as Samples
  const leak = (run: Run, perUnit: number): Run => ({
    ...run,
    samples: run.samples.map((s) => ({ ...s, heap: s.heap + Math.round(perUnit * (s.x - run.samples[0]!.x)) }))
  })
  const key: RecordKey = { soak: 'node soak.js', install: '', workingDirectory: '.', os: 'test-os', arch: 'x64', node: '24' }

  async function history(dir: string, commits: number, stepAt: number | null): Promise<string[]> {
    fs.mkdirSync(dir, { recursive: true })
    await initRepo(dir)
    const shas: string[] = []
    for (let i = 0; i < commits; i++) {
      const version = stepAt !== null && i >= stepAt ? '2.0.0' : '1.0.0'
      fs.writeFileSync(
        path.join(dir, 'package.json'),
        JSON.stringify({ name: 'app', version: `0.0.${i}`, dependencies: { 'event-hub': version } })
      )
      shas.push(await commitAll(dir, `commit ${i}`))
    }
    return shas
  }

  function record(store: string, shas: string[], stepAt: number | null): void {
    shas.forEach((commit, i) => {
      const runs = demo.runs.slice(1 + 5 * i, 6 + 5 * i).map((run) => leak(run, stepAt !== null && i >= stepAt ? 64 : 0))
      writeRecord(
        store,
        buildRecord({ commit, key, samples: { ...demo, runs }, measuredAt: new Date(Date.UTC(2026, 0, 1, i)), memgate: '0.1.0' })
      )
    })
  }

  it('finds the step up at its commit with the bump that came with it, and exits 1', async () => {
    const dir = path.join(root, 'step')
    const store = path.join(root, 'step-store')
    const shas = await history(dir, 18, 9)
    record(store, shas.slice(0, 17), 9) // the newest commit has no record: skipped, not an error
    const page = path.join(root, 'page.html')
    const { status, stdout, stderr } = memgate(['trend', '--store', store, '--json', '--page', page], dir)
    expect(stderr).toBe('')
    expect(status).toBe(1)
    const trend = JSON.parse(stdout)
    expect(trend).toMatchObject({ format: 'memgate-trend/1', ref: shas[17] })
    expect(trend.series).toHaveLength(1)
    const [series] = trend.series
    expect(series.points.map((p: { commit: string }) => p.commit)).toEqual(shas.slice(0, 17))
    expect(series.points[9].bumps).toEqual([expect.objectContaining({ name: 'event-hub', from: '1.0.0', to: '2.0.0' })])
    expect(series.changes).toEqual([
      expect.objectContaining({ commit: shas[9], lastBefore: shas[8], bumps: [expect.objectContaining({ name: 'event-hub' })] })
    ])
    expect(series.changes[0].after.estimate - series.changes[0].before.estimate).toBeGreaterThan(50)
    const html = fs.readFileSync(page, 'utf8')
    expect(html).toContain('<svg')
    expect(html).toContain(shas[9]!.slice(0, 7))
    expect(html).not.toMatch(/<script|src=|href="http/)

    const text = memgate(['trend', '--store', store, '--last', '5'], dir)
    expect(text.status).toBe(0) // five commits are too few to call a step
    expect(text.stdout).toMatch(/no lasting step up/)
  })

  it('says nothing on a flat history and exits 0', async () => {
    const dir = path.join(root, 'flat')
    const store = path.join(root, 'flat-store')
    const shas = await history(dir, 15, null)
    record(store, shas, null)
    const { status, stdout } = memgate(['trend', '--store', store, '--json'], dir)
    expect(status).toBe(0)
    expect(JSON.parse(stdout).series[0].changes).toEqual([])
  })
})
