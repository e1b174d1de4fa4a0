// The fix a bisect offers, against a real registry (Verdaccio), real npm installs and real soak
// runs, in tiny-lru's shape (tiny-lru#134): 11.1.2 leaks, 11.2.2 of the same line is clean again,
// and so is 13.1.0, two majors up. The maintainer's fix is 11.2.2 with the manifest's ^ kept; the
// later major is offered only as an alternative, marked as a major upgrade.

import * as fs from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { runBisect } from '../../../src/bisect/search.js'
import { renderBisect } from '../../../src/cli/bisect-text.js'
import { parseOptions } from '../../../src/options.js'
import { CORE_ENV, makeProject, type Project } from '../../support/bisect-project.js'
import { type Registry, rowCache, startRegistry } from '../../support/registry.js'

let registry: Registry
let project: Project

beforeAll(async () => {
  Object.assign(process.env, CORE_ENV, { MEMGATE_PROBE_BUDGET: '1000', MEMGATE_SAMPLE_EVERY: '100', SOAK_ITERATIONS: '5000' })
  registry = await startRegistry()
  for (const v of ['11.1.1', '11.1.2']) await registry.publish(rowCache('lru-line', v, v === '11.1.2'))
  // The PR was opened before the fixes were published: head's lockfile holds 11.1.2 for `^11.1.2`.
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'memgate-fix-'))
  project = await makeProject(path.join(root, 'repo'), {
    manager: 'npm',
    registry: registry.url,
    base: { 'lru-line': '11.1.1' },
    head: { 'lru-line': '^11.1.2' }
  })
  // 12.0.0 still leaks; 11.2.2 and 13.1.0 are clean.
  for (const [v, leaks] of [
    ['11.2.2', false],
    ['12.0.0', true],
    ['13.1.0', false]
  ] as const)
    await registry.publish(rowCache('lru-line', v, leaks))
}, 120000)
afterAll(() => registry.stop())

describe('the fix a maintainer would take', () => {
  it("offers the newest clean version of to's line with the manifest's ^ kept, and the later major only as an alternative", async () => {
    const log: string[] = []
    const report = await runBisect({
      repoDir: project.dir,
      base: 'main',
      head: 'bump',
      options: parseOptions({
        'soak-command': 'node soak.js',
        'pass-env': 'SOAK_ITERATIONS',
        // The test registry's versions were published seconds ago: newer ones are tried all the same.
        'minimum-release-age': '0',
        threshold: '64',
        alpha: '0.05',
        runs: '3',
        'max-runs': '12',
        timeout: '30'
      }),
      probePath: path.resolve('dist', 'probe.cjs'),
      log: (line) => log.push(line)
    })
    expect({ verdict: report.verdict, reason: report.reason }).toMatchObject({ verdict: 'leak' })
    expect(report).toMatchObject({
      package: 'lru-line',
      from: '11.1.1',
      to: '11.1.2',
      firstLeaking: '11.1.2',
      lastClean: '11.1.1',
      newest: { version: '13.1.0', verdict: 'pass' },
      newestInLine: { version: '11.2.2', verdict: 'pass' },
      suggestion: {
        version: '11.2.2',
        spec: '^11.2.2',
        kind: 'same-line',
        manifest: 'package.json',
        field: 'dependencies',
        change: '"lru-line": "^11.2.2"'
      },
      verification: { version: '11.2.2', verdict: 'pass' },
      alternative: { version: '13.1.0', spec: '^13.1.0', kind: 'major-upgrade', change: '"lru-line": "^13.1.0"' }
    })
    // to, then the newest published, then the newest of to's line; 12.0.0 is never installed
    expect(report.tested.map((t) => `${t.version} ${t.verdict}`)).toEqual(['11.1.2 leak', '13.1.0 pass', '11.2.2 pass'])
    expect(report.comparisons).toBe(3)
    // only the first choice is verified against base: the rollback is not needed
    expect(log.filter((l) => l.startsWith('verification:'))).toEqual([
      'verification: head with lru-line@11.2.2 against base, fresh runs (alpha 0.05)'
    ])
    expect(report.suggestion!.why).toBe(
      "the newest clean lru-line of the 11.x line, newer than the leak (11.1.2); the manifest's ^ range is kept"
    )
    expect(report.alternative!.why).toMatch(/^a major upgrade from 11\.1\.2: lru-line 13\.1\.0 is of the 13\.x line/)
    expect(renderBisect(report)).toContain('Alternative, a major upgrade: in package.json (dependencies): "lru-line": "^13.1.0"')
  }, 600000)
})
