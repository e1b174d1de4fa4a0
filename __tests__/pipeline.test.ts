// The pipeline on real repositories and real soak processes: the sequential looks (one install a
// side for every look), head running out of memory, and a failed stage that still reports what it knew.

import * as fs from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { parseOptions, type RawOptions } from '../src/options.js'
import { runPipeline } from '../src/pipeline.js'
import { createTwoCommitRepo } from './support/run-action.js'

const probePath = path.resolve('dist', 'probe.cjs')
let root: string

beforeAll(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'memgate-pipeline-'))
})
afterAll(() => fs.rmSync(root, { recursive: true, force: true }))

// A soak that leaks `bytes` per iteration when package.json names lib 2.0.0 (head), none otherwise.
const SOAK = `
const leaky = require('./package.json').dependencies.lib === '2.0.0'
const kept = []
const n = Number(process.env.ITERATIONS || 3000)
for (let i = 0; i < n; i++) {
  const work = new Array(64).fill(i)
  if (leaky) kept.push(Buffer.alloc(Number(process.env.LEAK_BYTES || 2048), 1).toString('latin1'))
  process.emit('memgate:iteration')
  if (work.length === 0) console.log('never')
}
`

async function project(name: string) {
  const files = (version: string) => ({
    'package.json': { name, version: '1.0.0', dependencies: { lib: version } },
    'soak.js': SOAK,
    'install.sh': 'echo "$(basename "$PWD")" >> "$INSTALL_MARKS"\n'
  })
  return createTwoCommitRepo(path.join(root, name), files('1.0.0'), files('2.0.0'))
}

async function run(repo: { dir: string }, raw: RawOptions) {
  const lines: string[] = []
  // The install writes here, as memgate-soak where memgate is root.
  const marksDir = fs.mkdtempSync(path.join(os.tmpdir(), 'memgate-marks-'))
  fs.chmodSync(marksDir, 0o777)
  const marks = path.join(marksDir, 'marks')
  process.env.INSTALL_MARKS = marks
  const result = await runPipeline(parseOptions({ 'install-command': 'sh install.sh', 'pass-env': 'INSTALL_MARKS', ...raw }), {
    repoDir: repo.dir,
    base: 'main',
    head: 'bump',
    workDir: path.join(root, `work-${path.basename(repo.dir)}`),
    probePath,
    log: (line) => lines.push(line)
  }).finally(() => delete process.env.INSTALL_MARKS)
  const installs = fs.existsSync(marks) ? fs.readFileSync(marks, 'utf8').trim().split('\n') : []
  return { ...result, lines, installs }
}

describe('runPipeline', () => {
  it('adds runs while the verdict is inconclusive, on the same worktrees and installs', async () => {
    const repo = await project('looks')
    // Two runs a side cannot reach alpha 0.01 (the smallest exact p of 2 + 2 runs is 1/6): look 2 adds runs.
    const { report, lines, installs } = await run(repo, { 'soak-command': 'node soak.js', runs: '2', 'max-runs': '4', alpha: '0.01' })
    expect(lines.some((l) => /^Inconclusive after \d runs a side .*; adding \d more\.$/.test(l))).toBe(true)
    expect(report.head.runs).toBeGreaterThanOrEqual(4)
    expect(report.base.runs).toBeGreaterThanOrEqual(4)
    expect(installs.sort()).toEqual(['base', 'head'])
    expect(report.bumps).toEqual([expect.objectContaining({ name: 'lib', from: '1.0.0', to: '2.0.0', direct: true })])
  })

  it('calls head running out of memory where base does not a leak, before any statistics', async () => {
    const repo = await project('oom')
    const { report } = await run(repo, {
      'soak-command': 'ITERATIONS=1000000 LEAK_BYTES=65536 node --max-old-space-size=24 soak.js',
      runs: '2',
      'max-runs': '2'
    })
    expect(report.verdict).toBe('leak')
    expect(report.reason).toMatch(/^Head ran out of memory in 2 of 2 runs where base never did\.$/)
    expect(report.difference).toBeNull()
  })

  it('returns an error report that keeps the SHAs and the bumps when the soak fails on both sides', async () => {
    const repo = await project('fails')
    const { report } = await run(repo, { 'soak-command': 'echo "boom: no database" >&2; exit 3', runs: '2' })
    expect(report).toMatchObject({ format: 'memgate-report/1', verdict: 'error', base: { runs: 2 }, head: { runs: 2 } })
    expect(report.reason).toBe('The soak failed on both sides: it exited with 3 on head and exited with 3 on base.')
    expect(report.detail).toContain('boom: no database')
    expect(report.head.sha).toMatch(/^[0-9a-f]{40}$/)
    expect(report.base.sha).toMatch(/^[0-9a-f]{40}$/)
    expect(report.bumps.map((b) => b.name)).toEqual(['lib'])
  })

  it('returns an error report, not an exception, for a failed install, and names the side', async () => {
    const repo = await project('install')
    const { report } = await run(repo, { 'install-command': 'echo "E404 lib@2.0.0" >&2; exit 1', runs: '2' })
    expect(report.verdict).toBe('error')
    expect(report.reason).toMatch(/^Install failed on (base|head) \('echo .*' in .* exited with 1\); the end of its log:$/)
    expect(report.detail).toContain('E404 lib@2.0.0')
    expect(report.bumps.map((b) => b.name)).toEqual(['lib'])
  })
})
