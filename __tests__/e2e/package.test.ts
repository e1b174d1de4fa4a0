// The package as npm publishes it: `npm pack` of this repository, run with `npx ./memgate-<version>.tgz`.

import { spawnSync } from 'node:child_process'
import * as fs from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

interface PackResult {
  name: string
  version: string
  filename: string
  files: { path: string; mode: number }[]
}

const root = path.resolve('.')
let dir: string
let pack: PackResult

function run(command: 'npm' | 'npx', args: string[], cwd: string) {
  // A cache of its own: whatever npx needs must come from the tarball, not from an earlier install.
  const result = spawnSync(command, args, {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, npm_config_cache: path.join(dir, 'cache'), npm_config_update_notifier: 'false', GITHUB_TOKEN: '' }
  })
  return { status: result.status, stdout: result.stdout, stderr: result.stderr }
}

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'memgate-pack-'))
  // --ignore-scripts: prepack's build would rewrite dist/ while other test files run it; `npm test`
  // builds before the tests and CI's dist check proves the committed dist/ is that build.
  const result = run('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', dir], root)
  expect(result.stderr).not.toMatch(/npm (error|ERR)/)
  expect(result.status).toBe(0)
  pack = (JSON.parse(result.stdout) as PackResult[])[0]!
})

afterAll(() => fs.rmSync(dir, { recursive: true, force: true }))

describe('npm pack', () => {
  it('holds the CLI, its probe, the demo project and the license, and nothing of the action or the sources', () => {
    const files = pack.files.map((f) => f.path).sort()
    expect(pack.filename).toBe(`memgate-${pack.version}.tgz`)
    expect(files).toEqual(
      expect.arrayContaining([
        'LICENSE',
        'README.md',
        'package.json',
        'dist/cli.js',
        'dist/probe.cjs',
        'examples/service/package.json',
        'examples/service/soak.js',
        'examples/event-hub/1.0.0/package.json',
        'examples/event-hub/2.0.0-leaky/index.js',
        'examples/event-hub/2.0.0-clean/index.js'
      ])
    )
    expect(
      files.filter((f) => /^(src|__tests__|bench|scripts|\.github)\//.test(f) || f === 'dist/index.js' || f === 'dist/post.js')
    ).toEqual([])
  })

  it('ships the bin executable, with a shebang', () => {
    const cli = pack.files.find((f) => f.path === 'dist/cli.js')!
    expect(cli.mode & 0o111).toBe(0o111)
    expect(fs.readFileSync(path.join(root, 'dist', 'cli.js'), 'utf8').split('\n', 1)[0]).toBe('#!/usr/bin/env node')
  })

  it('is publishable and needs nothing beyond its bundle', () => {
    const manifest = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'))
    expect(manifest.private).toBeUndefined()
    expect(manifest.name).toBe(pack.name)
    expect(manifest.bin).toEqual({ memgate: 'dist/cli.js' })
    // dist/cli.js bundles every module it imports: a user's npx downloads one tarball.
    expect(manifest.dependencies ?? {}).toEqual({})
    expect(manifest.scripts.prepack).toMatch(/\bbuild\b/)
  })
})

describe('npx ./memgate-<version>.tgz', () => {
  it('runs the demo from the tarball and finds the leak (exit 1, memgate-report/1)', () => {
    // --offline: a package that needed anything from a registry fails here.
    const { status, stdout, stderr } = run('npx', ['--yes', '--offline', `./${pack.filename}`, 'demo', '--json'], dir)
    expect(stderr).toContain('Building the demo repository')
    const report = JSON.parse(stdout)
    expect(report.format).toBe('memgate-report/1')
    expect(report.verdict).toBe('leak')
    expect(report.bumps).toEqual([expect.objectContaining({ name: 'event-hub', from: '1.0.0', to: '2.0.0' })])
    expect(status).toBe(1)
  })
})
