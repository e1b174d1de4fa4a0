// Real-world leak shapes, published into a real registry (Verdaccio) and measured by the whole
// pipeline on real soak processes: each soak tears down what it leaked before it exits, as a tidy
// service does, and the report must still name what grew.

import * as fs from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { parseOptions } from '../../src/options.js'
import { runPipeline } from '../../src/pipeline.js'
import { makeProject } from '../support/bisect-project.js'
import { brokenLinkLru, forgetfulRegistry, keepAliveClient, largeLeak, type RealWorldCase } from '../support/real-world.js'
import { type Registry, startRegistry } from '../support/registry.js'

const probePath = path.resolve('dist', 'probe.cjs')
let root: string
let registry: Registry
const cases = [keepAliveClient(), brokenLinkLru(), forgetfulRegistry()]
const large = largeLeak()

beforeAll(async () => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'memgate-real-world-'))
  registry = await startRegistry()
  for (const c of [...cases, large]) for (const pkg of c.packages) await registry.publish(pkg)
}, 120_000)
afterAll(async () => {
  await registry?.stop()
  fs.rmSync(root, { recursive: true, force: true })
})

async function measure(c: RealWorldCase, raw: Record<string, string> = { runs: '4', alpha: '0.05' }, lines: string[] = []) {
  const dir = path.join(root, c.name)
  const project = await makeProject(dir, {
    manager: 'npm',
    registry: registry.url,
    base: { [c.name]: c.clean },
    head: { [c.name]: c.leaky },
    soak: c.soak
  })
  return runPipeline(parseOptions({ 'soak-command': 'node soak.js', ...raw }), {
    repoDir: project.dir,
    base: 'main',
    head: 'bump',
    workDir: path.join(root, `work-${c.name}`),
    probePath,
    log: (line) => lines.push(line)
  })
}

describe('a soak that tears down what it leaked', () => {
  it.each(cases.map((c) => [c.name, c] as const))(
    '%s: the leak is found and its package named',
    async (_name, c) => {
      const started = Date.now()
      const { report } = await measure(c)
      expect({ verdict: report.verdict, reason: report.reason }).toMatchObject({ verdict: 'leak' })
      expect(report.bumps).toEqual([expect.objectContaining({ name: c.name, from: c.clean, to: c.leaky })])
      // The teardown frees what leaked (the run's last sample, at exit, holds less than the late
      // snapshot): the snapshots were taken before it, and none at exit.
      const run = path.join(root, `work-${c.name}`, 'runs', 'head-2')
      const taken = fs
        .readFileSync(path.join(run, 'snapshots', 'notes.jsonl'), 'utf8')
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l))
        .filter((n) => n.file)
      expect(taken.map((n) => n.label)).toEqual(['warmup', 'middle', 'late'])
      const samples = fs
        .readFileSync(path.join(run, 'samples.jsonl'), 'utf8')
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l))
      expect(samples.at(-1).heap).toBeLessThan(taken[2].heap)
      expect(report.suspects?.length).toBeGreaterThan(0)
      expect({ suspect: report.suspects![0], notes: report.notes }).toMatchObject({ suspect: { package: c.name } })
      if (process.env.MEMGATE_CASES_LOG) {
        const s = report.suspects![0]!
        fs.appendFileSync(
          process.env.MEMGATE_CASES_LOG,
          `${c.name}: ${report.verdict}, ${report.difference?.estimate?.toFixed(0)} ${report.unit}, suspect ${s.name} x${s.count} ${s.bytes} B (${s.package}), ${Date.now() - started} ms\n`
        )
      }
    },
    300_000
  )
})

describe('a leak so large that its runs get few samples', () => {
  it('is decided at the first look, with the default settings, and named', async () => {
    const started = Date.now()
    const lines: string[] = []
    const { report } = await measure(large, {}, lines)
    expect({ verdict: report.verdict, reason: report.reason }).toMatchObject({ verdict: 'leak' })
    expect(lines.filter((l) => l.startsWith('Inconclusive after'))).toEqual([])
    expect(report.difference!.estimate).toBeGreaterThan(14_000)
    expect({ suspect: report.suspects?.[0], notes: report.notes }).toMatchObject({ suspect: { package: 'response-cache' } })
    if (process.env.MEMGATE_CASES_LOG) {
      const s = report.suspects![0]!
      fs.appendFileSync(
        process.env.MEMGATE_CASES_LOG,
        `${large.name}: ${report.verdict}, ${report.difference?.estimate?.toFixed(0)} ${report.unit}, ${report.head.runs} head runs, suspect ${s.name} x${s.count} ${s.bytes} B (${s.package}), ${Date.now() - started} ms\n`
      )
    }
  }, 300_000)
})
