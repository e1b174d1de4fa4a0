// `memgate bisect` as users run it (node dist/cli.js), against Verdaccio: one JSON document on
// stdout, the exit status of the verdict, one line on stderr for an error.

import { spawn } from 'node:child_process'
import * as fs from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { createDemoRepo } from '../../src/demo.js'
import { makeProject, type Project } from '../support/bisect-project.js'
import { type Registry, rowCache, startRegistry } from '../support/registry.js'

const cli = path.resolve('dist', 'cli.js')
let registry: Registry

function memgate(args: string[], cwd: string): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [cli, ...args], {
      cwd,
      env: { ...process.env, GITHUB_TOKEN: '', MEMGATE_PROBE_BUDGET: '1000', MEMGATE_SAMPLE_EVERY: '100' }
    })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (d) => (stdout += d))
    child.stderr.on('data', (d) => (stderr += d))
    child.on('exit', (status) => resolve({ status, stdout, stderr }))
  })
}

beforeAll(async () => {
  registry = await startRegistry()
  for (const v of ['1.2.0', '1.3.1', '1.4.0', '1.5.0']) await registry.publish(rowCache('row-cache', v, v >= '1.4.0'))
  for (const v of ['1.0.0', '1.1.0']) await registry.publish(rowCache('a-lib', v, false))
})
afterAll(() => registry.stop())

async function project(base: Record<string, string>, head: Record<string, string>): Promise<Project> {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'memgate-bisect-cli-'))
  return makeProject(path.join(root, 'repo'), { manager: 'npm', registry: registry.url, base, head })
}

const common = [
  '--base',
  'main',
  '--head',
  'bump',
  '--soak',
  'node soak.js',
  '--runs',
  '3',
  '--alpha',
  '0.05',
  '--threshold',
  '64',
  // The test registry's versions were published seconds ago: the newest one is tried all the same.
  '--minimum-release-age',
  '0',
  '--json'
]

describe('memgate bisect', () => {
  it('exits 1 and prints memgate-bisect/1 when to leaks', async () => {
    const p = await project({ 'row-cache': '1.3.1' }, { 'row-cache': '1.4.0' })
    const { status, stdout, stderr } = await memgate(['bisect', ...common], p.dir)
    expect(stderr).toMatch(/bisect took [\d.]+ s: \d+ soak runs, \d+ installs/)
    expect(status).toBe(1)
    const doc = JSON.parse(stdout)
    expect(doc).toMatchObject({
      format: 'memgate-bisect/1',
      package: 'row-cache',
      from: '1.3.1',
      to: '1.4.0',
      firstLeaking: '1.4.0',
      lastClean: '1.3.1',
      tested: [
        { version: '1.4.0', verdict: 'leak', growth: { estimate: expect.any(Number), pValue: expect.any(Number) } },
        { version: '1.5.0', verdict: 'leak' }
      ],
      newest: { version: '1.5.0', verdict: 'leak' },
      suggestion: { version: '1.3.1', manifest: 'package.json', change: '"row-cache": "1.3.1"' },
      alpha: 0.05
    })
  }, 300000)

  it('exits 0 when to does not leak', async () => {
    const p = await project({ 'row-cache': '1.2.0' }, { 'row-cache': '1.3.1' })
    const { status, stdout } = await memgate(['bisect', ...common], p.dir)
    expect(status).toBe(0)
    expect(JSON.parse(stdout)).toMatchObject({ firstLeaking: null, lastClean: '1.3.1', suggestion: null })
  }, 300000)

  it.each([
    [
      ['--package', 'left-pad'],
      /^memgate: left-pad did not change between base [0-9a-f]{7} and head [0-9a-f]{7} \(changed: row-cache, a-lib\)\n$/
    ],
    [['--runs', 'many'], /^memgate: runs is "many"; expected a whole number from 2 to 100\n$/]
  ])(
    'exits 2 with one line for %j',
    async (extra, line) => {
      const p = await project({ 'row-cache': '1.2.0', 'a-lib': '1.0.0' }, { 'row-cache': '1.3.1', 'a-lib': '1.1.0' })
      const { status, stdout, stderr } = await memgate(['bisect', ...common, ...extra], p.dir)
      expect(status).toBe(2)
      // --json: the error as a report too (src/cli.ts does that for every command)
      expect(JSON.parse(stdout)).toMatchObject({ verdict: 'error' })
      expect(stderr).toMatch(line)
    },
    300000
  )

  it('refuses a package that does not come from a registry, before installing anything', async () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'memgate-bisect-cli-'))
    const demo = await createDemoRepo(path.join(root, 'demo'), 'leaky')
    const { status, stderr } = await memgate(['bisect', ...common.filter((a) => a !== '--json')], demo.dir)
    expect(status).toBe(2)
    expect(stderr).toMatch(
      /^memgate: event-hub comes from 'file:vendor\/event-hub-2\.0\.0\.tgz' in package\.json, not from a registry; only published versions can be bisected\n$/
    )
  }, 300000)

  it('takes the options of run through the same parser (pass-env, heap-max-bytes, include), and refuses a bad one', async () => {
    const repo = await createDemoRepo(fs.mkdtempSync(path.join(os.tmpdir(), 'memgate-bisect-flags-')), 'leaky')
    const bad = await memgate(
      ['bisect', '--base', 'main', '--head', 'bump', '--soak', 'node soak.js', '--pass-env', 'NOT-A-NAME'],
      repo.dir
    )
    expect(bad.status).toBe(2)
    expect(bad.stderr).toMatch(/^memgate: Invalid pass-env 'NOT-A-NAME'\. Expected environment variable names, comma-separated\./)
    // include selects no bump: nothing is installed, and bisect says so.
    const none = await memgate(
      [
        'bisect',
        '--base',
        'main',
        '--head',
        'bump',
        '--soak',
        'node soak.js',
        '--heap-max-bytes',
        '64',
        '--include',
        'no-such-*',
        '--json'
      ],
      repo.dir
    )
    expect(none.status).toBe(2)
    expect(JSON.parse(none.stdout)).toMatchObject({ format: 'memgate-report/1', verdict: 'error' })
    expect(none.stderr).toMatch(/No dependency changed between base \w{7} and head \w{7}/)
  })
})
