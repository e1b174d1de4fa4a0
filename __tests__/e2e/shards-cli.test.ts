// Shards as users run them: `node dist/cli.js run --shard I/N` in N processes, then `merge`, on the
// real demo repository. The merged verdict and statistics are those of one analysis over the same runs.

import { spawn, spawnSync } from 'node:child_process'
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
const files: string[] = []

function memgate(args: string[]) {
  const result = spawnSync(process.execPath, [cli, ...args], { cwd: repo.dir, encoding: 'utf8', env: { ...process.env, GITHUB_TOKEN: '' } })
  return { status: result.status, stdout: result.stdout, stderr: result.stderr }
}

/** The N shards at once, as N runners would measure them. */
function shard(index: number, count: number): Promise<{ status: number | null; stdout: string }> {
  return new Promise((resolve) => {
    const args = ['run', '--base', 'main', '--head', 'bump', '--runs', '6', '--soak', SOAK, '--shard', `${index}/${count}`, '--json']
    args.push('--work-dir', path.join(root, `work-${index}`))
    const child = spawn(process.execPath, [cli, ...args], { cwd: repo.dir, env: { ...process.env, GITHUB_TOKEN: '' } })
    let stdout = ''
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString()
    })
    child.stderr.resume()
    child.on('close', (status) => resolve({ status, stdout }))
  })
}

const write = (name: string, document: unknown): string => {
  const file = path.join(root, name)
  fs.writeFileSync(file, JSON.stringify(document))
  return file
}

beforeAll(async () => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'memgate-shards-'))
  repo = await demoRepo(path.join(root, 'repo'), 'leaky')
  const results = await Promise.all([shard(1, 2), shard(2, 2)])
  for (const [i, result] of results.entries()) {
    expect(result.status).toBe(0)
    files.push(write(`shard-${i + 1}.json`, JSON.parse(result.stdout)))
  }
})

afterAll(() => fs.rmSync(root, { recursive: true, force: true }))

const read = (file: string) => JSON.parse(fs.readFileSync(file, 'utf8'))

describe('memgate run --shard and memgate merge', () => {
  it('each shard measures its share of both sides, no verdict, and the first takes the snapshots', () => {
    const [one, two] = files.map(read)
    expect(one).toMatchObject({ format: 'memgate-shard/1', shard: { index: 1, count: 2 }, baseSha: repo.baseSha, headSha: repo.headSha })
    expect(two.shard).toEqual({ index: 2, count: 2 })
    expect(one.key).toEqual(two.key)
    expect(one.key.soak).toBe(SOAK)
    expect(one.stats.runs).toBe(6)
    // 3 runs a side each (a short soak's pilot run may come first).
    for (const doc of [one, two]) for (const side of ['base', 'head']) expect(doc.samples[side].runs.length).toBeGreaterThanOrEqual(3)
    expect(one.snapshots.length).toBeGreaterThanOrEqual(2)
    expect(two.snapshots).toEqual([])
    expect(one.verdict).toBeUndefined()
  })

  it('merges to the verdict and statistics of one analysis over all the runs', () => {
    const merged = memgate(['merge', ...files, '--json'])
    const report = JSON.parse(merged.stdout)
    expect(report.format).toBe('memgate-report/1')
    expect({ verdict: report.verdict, reason: report.reason }).toMatchObject({ verdict: 'leak' })
    expect(merged.status).toBe(1)
    expect(report.suspects[0]).toMatchObject({ name: 'Listener', package: 'event-hub' })

    const [one, two] = files.map(read)
    const side = (name: 'base' | 'head') =>
      write(`all-${name}.json`, { ...one.samples[name], runs: [...one.samples[name].runs, ...two.samples[name].runs] })
    const single = memgate(['analyze', '--base', side('base'), '--head', side('head'), '--runs', '6', '--json'])
    const alone = JSON.parse(single.stdout)
    expect(alone.verdict).toBe(report.verdict)
    expect(report.difference).toEqual(alone.difference)
    expect(report.base.growth).toEqual(alone.base.growth)
    expect(report.head.growth).toEqual(alone.head.growth)
    expect(report.head.runs).toBe(one.samples.head.runs.length + two.samples.head.runs.length)
  })

  it.each([
    ['a duplicated shard', () => [files[0]!, files[0]!], /Shard 1\/2 is there twice/],
    ['a missing shard', () => [files[0]!], /Shard 2\/2 missing: all 2 are needed/],
    [
      'a foreign shard (another head commit)',
      () => [files[0]!, write('foreign.json', { ...read(files[1]!), headSha: repo.baseSha })],
      /differs from .* in its head commit/
    ],
    [
      'a shard with other statistics options',
      () => [files[0]!, write('alpha.json', { ...read(files[1]!), stats: { ...read(files[1]!).stats, alpha: 0.05 } })],
      /differs from .* in its statistics options/
    ],
    [
      'a shard of another count',
      () => [files[0]!, write('three.json', { ...read(files[1]!), shard: { index: 2, count: 3 } })],
      /is shard 2\/3, but .* is of 2 shards/
    ],
    [
      'a file that is not a shard',
      () => [files[0]!, write('report.json', { format: 'memgate-report/1' })],
      /is not a usable memgate-shard\/1: format is "memgate-report\/1"/
    ]
  ])('refuses %s with a reason and exit 2', (_name, args, reason) => {
    const { status, stdout, stderr } = memgate(['merge', ...args()])
    expect(status).toBe(2)
    expect(stdout).toBe('')
    expect(stderr).toMatch(reason)
  })

  it('makes up the runs the statistics leave out, so that the merge decides on all it asked for', async () => {
    // The probe's default budget: a short soak's first runs, of unknown length, get too few samples.
    const soak = 'SOAK_ITERATIONS=12000 node soak.js'
    const measured = await Promise.all(
      [1, 2].map((i) => {
        const args = ['run', '--base', 'main', '--head', 'bump', '--max-runs', '5', '--soak', soak, '--shard', `${i}/2`, '--json']
        return new Promise<string>((resolve) => {
          const child = spawn(process.execPath, [cli, ...args, '--work-dir', path.join(root, `short-${i}`)], {
            cwd: repo.dir,
            env: { ...process.env, GITHUB_TOKEN: '' }
          })
          let stdout = ''
          child.stdout.on('data', (chunk: Buffer) => {
            stdout += chunk.toString()
          })
          child.stderr.resume()
          child.on('close', () => resolve(stdout))
        })
      })
    )
    const merged = memgate(['merge', ...measured.map((text, i) => write(`short-${i + 1}.json`, JSON.parse(text))), '--json'])
    const report = JSON.parse(merged.stdout)
    expect({ verdict: report.verdict, reason: report.reason }).toMatchObject({ verdict: 'leak' })
    expect(report.base.used).toBeGreaterThanOrEqual(5)
    expect(report.head.used).toBeGreaterThanOrEqual(5)
  })

  it('refuses a bad --shard before measuring anything', () => {
    const { status, stderr } = memgate(['run', '--base', 'main', '--head', 'bump', '--shard', '3/2'])
    expect(status).toBe(2)
    expect(stderr).toMatch(/Invalid shard '3\/2'. Expected I\/N/)
  })
})
