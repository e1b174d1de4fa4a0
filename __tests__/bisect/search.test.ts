// The whole search against a real registry, real installs and real soak runs. Soaks are tiny
// (2000 iterations, well under a second), so the comparisons stay cheap.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import * as fs from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import { runBisect, type BisectOptions } from '../../src/bisect/search.js'
import { makeProject, type ProjectSpec } from '../support/bisect-project.js'
import { rowCache, startRegistry, wrapper, type Registry } from '../support/registry.js'

const LEAKY = new Set(['1.4.0', '1.5.0', '2.0.0'])
let registry: Registry
const lines: string[] = []

beforeAll(async () => {
  process.env.MEMGATE_PROBE_BUDGET = '1000'
  process.env.MEMGATE_SAMPLE_EVERY = '100'
  registry = await startRegistry()
  for (const v of ['1.2.0', '1.2.1', '1.3.0', '1.3.1', '1.4.0', '1.5.0', '2.0.0']) await registry.publish(rowCache('row-cache', v, LEAKY.has(v)))
})
afterAll(() => registry.stop())

async function bisect(spec: Omit<ProjectSpec, 'registry'>, extra: Partial<BisectOptions> = {}) {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'memgate-search-'))
  const project = await makeProject(path.join(root, 'repo'), { ...spec, registry: registry.url })
  return runBisect({
    repoDir: project.dir,
    base: 'main',
    head: 'bump',
    soakCommand: 'node soak.js',
    workingDirectory: '.',
    stats: { alpha: 0.05, runs: 3, maxRuns: 5 },
    timeoutMs: 30000,
    probePath: path.resolve('dist', 'probe.cjs'),
    log: (line) => lines.push(line),
    ...extra
  })
}

describe('runBisect', () => {
  it('names the first leaking version of a direct bump and a verified fix', async () => {
    const report = await bisect({ manager: 'npm', base: { 'row-cache': '1.2.0' }, head: { 'row-cache': '2.0.0' } })

    expect(report).toMatchObject({ format: 'memgate-bisect/1', package: 'row-cache', from: '1.2.0', to: '2.0.0', firstLeaking: '1.4.0', lastClean: '1.3.1', verdict: 'leak' })
  })
})
