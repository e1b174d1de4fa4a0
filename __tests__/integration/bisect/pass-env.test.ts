// A project that installs from a private registry (Verdaccio that serves logged-in users only),
// its .npmrc reading the token from NPM_TOKEN, and `pass-env: NPM_TOKEN`: the gate and bisect both
// install through the one environment builder, so what passes the gate can be bisected.

import * as fs from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { runBisect } from '../../../src/bisect/search.js'
import { MemgateError } from '../../../src/errors.js'
import { parseOptions } from '../../../src/options.js'
import { runPipeline } from '../../../src/pipeline.js'
import { CORE_ENV, makeProject, type Project } from '../../support/bisect-project.js'
import { type Registry, rowCache, startRegistry } from '../../support/registry.js'

let registry: Registry
let project: Project
const saved = { ...process.env }

beforeAll(async () => {
  Object.assign(process.env, CORE_ENV, { MEMGATE_PROBE_BUDGET: '1000', MEMGATE_SAMPLE_EVERY: '100', SOAK_ITERATIONS: '5000' })
  registry = await startRegistry({ private: true })
  // The token lives where a workflow's `env: NPM_TOKEN: ${{ secrets.… }}` puts it.
  process.env.NPM_TOKEN = registry.token
  for (const [version, leaks] of [
    ['1.2.0', false],
    ['1.3.0', false],
    ['1.4.0', true]
  ] as const)
    await registry.publish(rowCache('row-cache', version, leaks))
  const host = registry.url.replace(/^http:/, '')
  project = await makeProject(path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'memgate-pass-env-')), 'repo'), {
    manager: 'npm',
    registry: registry.url,
    npmrc: `${host}:_authToken=\${NPM_TOKEN}\n`,
    base: { 'row-cache': '1.2.0' },
    head: { 'row-cache': '1.4.0' }
  })
})
afterAll(async () => {
  process.env = saved
  await registry.stop()
})

const options = (passEnv?: string) =>
  parseOptions({
    'soak-command': 'node soak.js',
    threshold: '64',
    alpha: '0.05',
    runs: '3',
    'max-runs': '12',
    timeout: '30',
    ...(passEnv ? { 'pass-env': passEnv } : {})
  })
const probePath = path.resolve('dist', 'probe.cjs')

describe('pass-env with a private registry', () => {
  it('the registry refuses a request without the token (the fixture is private)', async () => {
    const anonymous = await fetch(`${registry.url}row-cache`)
    expect(anonymous.status).toBeGreaterThanOrEqual(401)
    const withToken = await fetch(`${registry.url}row-cache`, { headers: { authorization: `Bearer ${registry.token}` } })
    expect(withToken.status).toBe(200)
  })

  it('the gate installs both sides with the token and finds the leak', async () => {
    const { report } = await runPipeline(options('NPM_TOKEN'), {
      repoDir: project.dir,
      base: 'main',
      head: 'bump',
      probePath,
      log: () => {}
    })
    expect(report).toMatchObject({ verdict: 'leak', bumps: [{ name: 'row-cache', from: '1.2.0', to: '1.4.0' }] })
  })

  it('bisect installs every tree with the token and names the first leaking version', async () => {
    const report = await runBisect({
      repoDir: project.dir,
      base: 'main',
      head: 'bump',
      options: options('NPM_TOKEN'),
      probePath,
      log: () => {}
    })
    expect(report).toMatchObject({ package: 'row-cache', firstLeaking: '1.4.0', lastClean: '1.3.0', verdict: 'leak' })
    expect(report.verification).toMatchObject({ version: '1.3.0', verdict: 'pass' })
  })

  it("without pass-env the token is scrubbed, and bisect's own lookup of the versions sends none either", async () => {
    const failed = runBisect({ repoDir: project.dir, base: 'main', head: 'bump', options: options(), probePath, log: () => {} })
    await expect(failed).rejects.toThrow(MemgateError)
    // memgate's registry lookups expand only the variables pass-env names: NPM_TOKEN is not one here.
    await expect(failed).rejects.toThrow(
      /^The registry http:\/\/127\.0\.0\.1:\d+\/ refused to list row-cache's versions \(401, no token is configured for it\)$/
    )
  })
})
