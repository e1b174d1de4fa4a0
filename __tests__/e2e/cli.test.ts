// The CLI as users run it: node dist/cli.js, on real git repositories.

import { spawnSync } from 'node:child_process'
import * as fs from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { COMMAND_HELP } from '../../src/cli/help.js'
import type { DemoRepo } from '../../src/demo.js'
import { demoRepo } from '../support/demo-repo.js'

const cli = path.resolve('dist', 'cli.js')
let root: string
let repo: DemoRepo

function memgate(args: string[], cwd = repo.dir, env: NodeJS.ProcessEnv = {}) {
  const result = spawnSync(process.execPath, [cli, ...args], { cwd, encoding: 'utf8', env: { ...process.env, GITHUB_TOKEN: '', ...env } })
  return { status: result.status, stdout: result.stdout, stderr: result.stderr }
}

beforeAll(async () => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'memgate-cli-'))
  repo = await demoRepo(path.join(root, 'repo'), 'leaky')
})

afterAll(() => fs.rmSync(root, { recursive: true, force: true }))

describe('memgate bumps', () => {
  it('prints the dependency changes as one JSON document', () => {
    const { status, stdout } = memgate(['bumps', '--base', 'main', '--head', 'bump', '--json'])
    expect(status).toBe(0)
    const document = JSON.parse(stdout)
    expect(document).toMatchObject({ format: 'memgate-bumps/1', base: repo.baseSha, head: repo.headSha })
    expect(document.bumps).toEqual([
      expect.objectContaining({
        name: 'event-hub',
        from: '1.0.0',
        to: '2.0.0',
        direct: true,
        dependencyType: 'dependencies',
        manifest: 'package.json'
      })
    ])
  })

  it('finds nothing between a commit and itself', () => {
    const { status, stdout } = memgate(['bumps', '--base', 'main', '--head', 'main', '--json'])
    expect(status).toBe(0)
    expect(JSON.parse(stdout)).toMatchObject({ format: 'memgate-bumps/1', bumps: [] })
  })
})

describe('memgate run', () => {
  it('says leak for the leaky bump, names the objects and the package, and exits 1', () => {
    const { status, stdout } = memgate([
      'run',
      '--base',
      'main',
      '--head',
      'bump',
      '--soak',
      'SOAK_ITERATIONS=12000 MEMGATE_PROBE_BUDGET=1000 MEMGATE_SAMPLE_EVERY=250 node soak.js',
      '--json'
    ])
    const report = JSON.parse(stdout)
    expect(report.verdict).toBe('leak')
    expect(status).toBe(1)
    expect(report.suspects[0]).toMatchObject({ name: 'Listener', package: 'event-hub' })
    expect(report.head.growth.low).toBeGreaterThan(report.base.growth.high)
  })

  it('skips without installing when base and head have the same dependencies', () => {
    const { status, stdout } = memgate(['run', '--base', 'main', '--head', 'main', '--install', 'exit 9', '--json'])
    expect(status).toBe(0)
    expect(JSON.parse(stdout)).toMatchObject({ verdict: 'skipped', suspects: [] })
  })
})

describe('memgate analyze', () => {
  const fixture = (name: string) => path.resolve('__tests__', 'fixtures', 'stats', `${name}.json`)

  it.each([
    ['steady', 'leak', 1, 'leak'],
    ['steady', 'steady', 0, 'pass'],
    ['steady', 'lru', 0, 'pass']
  ])('%s against %s: exit %i, %s', (base, head, exit, verdict) => {
    const { status, stdout } = memgate(['analyze', '--base', fixture(base), '--head', fixture(head), '--json'])
    expect(status).toBe(exit)
    const report = JSON.parse(stdout)
    expect(report).toMatchObject({ format: 'memgate-report/1', verdict, base: { runs: expect.any(Number) } })
    expect(report.difference.pValue).toBeGreaterThanOrEqual(0)
  })

  it('takes the statistics flags: too few runs for the alpha asked is inconclusive, exit 3', () => {
    const { status, stdout } = memgate(['analyze', '--base', fixture('steady'), '--head', fixture('leak'), '--alpha', '0.000001'])
    expect(status).toBe(3)
    expect(stdout).toMatch(/^inconclusive: /)
  })
})

describe('bad input: one line on stderr, exit status 2', () => {
  const cases = [
    ['not a git repository', () => ['run', '--repo', os.tmpdir(), '--base', 'main', '--head', 'bump'], /is not a git repository/],
    ['an unknown ref', () => ['run', '--base', 'main', '--head', 'no-such-branch'], /Unknown git ref 'no-such-branch'/],
    ['a missing --base', () => ['run', '--head', 'bump'], /Missing --base/],
    ['an unknown command', () => ['frobnicate'], /Unknown command 'frobnicate'/],
    [
      'a repository directory that does not exist',
      () => ['run', '--repo', '/no/such/dir', '--base', 'main', '--head', 'bump'],
      /(^memgate: |^)The repository directory \/no\/such\/dir does not exist$/
    ],
    [
      'a bad --runs, named as the flag',
      () => ['run', '--base', 'main', '--head', 'bump', '--runs', '1'],
      /(^memgate: |^)--runs is "1"; expected a whole number from 2 to 100$/
    ],
    [
      'a soak command that does not exist',
      () => ['run', '--base', 'main', '--head', 'bump', '--runs', '2', '--install', 'true', '--soak', 'no-such-soak-command'],
      /failed on both sides/
    ],
    [
      'a soak that crashes on both sides',
      () => ['run', '--base', 'main', '--head', 'bump', '--runs', '2', '--install', 'true', '--soak', 'node -e "process.exit(4)"'],
      /failed on both sides: it exited with 4/
    ],
    [
      'a samples file that is not one',
      () => ['analyze', '--base', cli, '--head', cli],
      /is not a memgate-samples\/1 file|Cannot read samples file/
    ]
  ] as const
  it.each(cases)('%s', (_name, args, reason) => {
    const { status, stderr, stdout } = memgate([...args()])
    expect(status).toBe(2)
    // Nothing, or the error report as text: never a verdict that is not one.
    if (stdout) expect(stdout).toMatch(/^error: [^\n]+\n/)
    expect(stderr.split('\n').find((l) => l.startsWith('memgate: '))).toMatch(reason)
    // Said once.
    expect(stderr.split('\n').filter((l) => l.startsWith('memgate: '))).toHaveLength(1)
  })

  // --json: every outcome is one memgate-report/1 on stdout, with what was known.
  it.each(cases)('%s, with --json', (_name, args, reason) => {
    const { status, stdout } = memgate([...args(), '--json'])
    expect(status).toBe(2)
    const report = JSON.parse(stdout)
    expect(report).toMatchObject({ format: 'memgate-report/1', verdict: 'error' })
    expect(report.reason).toMatch(reason)
    expect(report.reason).not.toMatch(/\n/)
    if (/failed on both sides/.test(report.reason)) {
      expect(report.bumps.map((b: { name: string }) => b.name)).toEqual(['event-hub'])
      expect(report.head).toMatchObject({ sha: repo.headSha, runs: 2 })
      expect(report.base).toMatchObject({ sha: repo.baseSha, runs: 2 })
    }
  })
})

describe('help, version and flags', () => {
  it('prints its version', () => {
    const { status, stdout } = memgate(['--version'])
    expect(status).toBe(0)
    expect(stdout).toBe(`memgate ${JSON.parse(fs.readFileSync('package.json', 'utf8')).version}\n`)
  })

  it.each(COMMAND_HELP.map((c) => [c.name, c] as const))('prints the help of %s on stdout with --help and -h', (name, command) => {
    for (const flag of ['--help', '-h']) {
      const { status, stdout, stderr } = memgate([name, flag])
      expect(status).toBe(0)
      expect(stderr).toBe('')
      expect(stdout.split('\n')[0]).toBe(`memgate ${name}: ${command.summary}`)
      for (const f of command.flags) expect(stdout).toMatch(new RegExp(`^  --${f.name}\\b.*${f.default ? '\\(default: ' : ''}`, 'm'))
      expect(
        stdout
          .split('Examples:\n')[1]!
          .split('\n')
          .filter((l) => l.startsWith('  memgate '))
      ).toHaveLength(2)
    }
  })

  it('answers an unknown flag with one line naming the nearest and the help', () => {
    const { status, stdout, stderr } = memgate(['run', '--bsae', 'main', '--head', 'bump'])
    expect(status).toBe(2)
    expect(stdout).toBe('')
    expect(stderr).toBe("memgate: Unknown flag --bsae: did you mean --base? See 'memgate run --help'.\n")
    expect(memgate(['bumps', '--frobnicate']).stderr).toBe("memgate: Unknown flag --frobnicate. See 'memgate bumps --help'.\n")
  })

  it('leaves no temporary directory behind without --work-dir, and names no snapshot in it', () => {
    const tmp = fs.mkdtempSync(path.join(root, 'tmp-'))
    const { status, stdout, stderr } = memgate(['run', '--base', 'main', '--head', 'bump', '--runs', '2', '--json'], repo.dir, {
      TMPDIR: tmp,
      SOAK_ITERATIONS: '3000'
    })
    expect([0, 1, 3]).toContain(status)
    expect(fs.readdirSync(tmp)).toEqual([])
    expect(JSON.parse(stdout)).not.toHaveProperty('snapshots')
    expect(JSON.parse(stdout)).toMatchObject({ memgate: expect.any(String), durationMs: expect.any(Number) })
    expect(stderr).toContain('The work directory was removed; --work-dir DIR keeps')
  }, 120000)
})

describe('every outcome is a report: memgate run --json', () => {
  const run = (...extra: string[]) => {
    const { status, stdout, stderr } = memgate(['run', '--base', 'main', '--head', 'bump', '--runs', '2', '--json', ...extra])
    return { status, report: JSON.parse(stdout), stderr }
  }
  const knows = (report: { bumps: { name: string }[]; base: { sha: string }; head: { sha: string } }) => {
    expect(report.bumps.map((b) => b.name)).toEqual(['event-hub'])
    expect(report.base.sha).toBe(repo.baseSha)
    expect(report.head.sha).toBe(repo.headSha)
  }

  it('the head crashes in every run', () => {
    const { status, report } = run(
      '--soak',
      'case "$PWD" in */head) echo "boom: head cannot start" >&2; exit 5;; esac; SOAK_ITERATIONS=2000 node soak.js'
    )
    expect(status).toBe(2)
    expect(report).toMatchObject({
      format: 'memgate-report/1',
      verdict: 'error',
      reason: 'The soak failed in every head run: it exited with 5.'
    })
    expect(report.detail).toContain('boom: head cannot start')
    expect(report.head.runs).toBe(2)
    expect(report.base.runs).toBeGreaterThanOrEqual(2)
    knows(report)
  })

  it('a soak hangs past its timeout', () => {
    const { status, report } = run('--install', 'true', '--timeout', '1', '--soak', 'sleep 30')
    expect(status).toBe(2)
    expect(report).toMatchObject({ verdict: 'error', reason: 'The soak failed on both sides: it timed out on head and timed out on base.' })
    knows(report)
  })

  it('an install fails', () => {
    const { status, report, stderr } = run('--install', 'echo "E404 no such package" >&2; exit 7')
    expect(status).toBe(2)
    expect(report.verdict).toBe('error')
    expect(report.reason).toMatch(/^Install failed on (base|head) \('echo .*' in .* exited with 7\); the end of its log:$/)
    expect(report.detail).toContain('E404 no such package')
    expect(stderr).toContain('E404 no such package')
    knows(report)
  })
})
