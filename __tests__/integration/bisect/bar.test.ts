// The version search on a noisy soak, against a real registry (Verdaccio), real npm installs and
// real soak runs: each run of the service keeps a different amount per request of its own, so
// runs spread by hundreds of bytes per iteration while the configured bar is 8. Asked whether a
// version carries the leak `to` has (half of `to`'s measured effect), the search settles every
// step; asked whether a clean version is within 8 bytes of the reference, it could not.

import * as fs from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { runBisect } from '../../../src/bisect/search.js'
import { exitCodeFor } from '../../../src/exit-code.js'
import { parseOptions } from '../../../src/options.js'
import { CORE_ENV, makeProject } from '../../support/bisect-project.js'
import { NOISY_SOAK, noisyCache } from '../../support/noisy-soak.js'
import { type Registry, startRegistry } from '../../support/registry.js'

let registry: Registry
const log: string[] = []

beforeAll(async () => {
  Object.assign(process.env, CORE_ENV, { MEMGATE_PROBE_BUDGET: '1000', MEMGATE_SAMPLE_EVERY: '100', SOAK_ITERATIONS: '5000' })
  registry = await startRegistry()
  // noisy-cache keeps about 2 KiB per call from 1.2.0 on.
  for (const v of ['1.0.0', '1.1.0', '1.2.0', '1.3.0']) await registry.publish(noisyCache(v))
})
afterAll(() => registry.stop())

describe('the version search on a noisy soak', () => {
  it('judges each version against half of the leak to has: the clean version passes, the first leaking one is named', async () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'memgate-bar-'))
    const p = await makeProject(path.join(root, 'repo'), {
      manager: 'npm',
      registry: registry.url,
      base: { 'noisy-cache': '1.0.0' },
      head: { 'noisy-cache': '1.3.0' },
      soak: NOISY_SOAK
    })
    // The configured bar stays the default (8 bytes per iteration).
    const options = parseOptions({
      'soak-command': 'node soak.js',
      'pass-env': 'SOAK_ITERATIONS',
      alpha: '0.02',
      runs: '3',
      'max-runs': '8',
      timeout: '30'
    })
    // A clean version passes a bar far inside its runs' spread about as often as passAlpha lets a
    // leak of that bar pass; a stricter passAlpha keeps that chance out of this test's verification.
    options.stats.passAlpha = 0.005
    const report = await runBisect({
      repoDir: p.dir,
      base: 'main',
      head: 'bump',
      options,
      probePath: path.resolve('dist', 'probe.cjs'),
      log: (line) => log.push(line)
    })
    expect({ verdict: report.verdict, reason: report.reason }).toMatchObject({ verdict: 'leak' })
    expect(report).toMatchObject({ package: 'noisy-cache', firstLeaking: '1.2.0', lastClean: '1.1.0', exact: true })
    expect(report.tested.map((t) => `${t.version} ${t.verdict}`)).toEqual(['1.3.0 leak', '1.1.0 pass', '1.2.0 leak'])
    const [to, ...later] = report.tested
    // to is measured against the configured bar; every later step against half of to's leak.
    expect(to!.bar).not.toBeNull()
    expect(to!.bar!).toBeLessThanOrEqual(8)
    for (const step of later) {
      expect(step.bar).toBe(later[0]!.bar)
      expect(step.bar!).toBeGreaterThanOrEqual(to!.growth!.estimate / 2)
    }
    // The clean version's runs spread far beyond 8 bytes: within the bar only because the bar is to's leak.
    const clean = report.tested[1]!
    expect(clean.growth!.high - clean.growth!.low).toBeGreaterThan(8)
    expect(clean.growth!.high).toBeLessThan(clean.bar!)
    // The verification asks the gate's own question at the configured bar: the same clean
    // version against base (also clean) stays inconclusive after max-runs on this soak, which is
    // what every step of the search used to ask. No fix is offered unverified.
    expect(report.verification).toMatchObject({ version: '1.1.0', verdict: 'inconclusive' })
    expect(report.verification!.reason).toMatch(/^too noisy to decide: /)
    expect(report.suggestion).toBeNull()
    expect(exitCodeFor(report.verdict)).toBe(1)
  }, 600000)
})
