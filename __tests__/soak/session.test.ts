// The whole soak stage on real git repositories: worktrees, a detected install, runs of both sides.

import * as fs from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { DemoRepo } from '../../src/demo.js'
import type { MemgateError } from '../../src/errors.js'
import { commitAll, createGit, initRepo } from '../../src/git.js'
import { describeSoakEvent, type SoakEvent } from '../../src/soak/progress.js'
import { type RunInfo, type SoakOptions, snapshotPlan, soakBothSides, unplannedRuns } from '../../src/soak/session.js'
import { demoRepo } from '../support/demo-repo.js'
import { isRunning } from '../support/process.js'
import { createTwoCommitRepo } from '../support/run-action.js'

const probePath = path.resolve('dist', 'probe.cjs')
let root: string

beforeAll(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'memgate-session-'))
})
afterAll(() => fs.rmSync(root, { recursive: true, force: true }))

async function options(
  repo: { dir: string; baseSha: string; headSha: string },
  extra: Partial<SoakOptions>
): Promise<SoakOptions & { lines: string[] }> {
  const lines: string[] = []
  return {
    git: await createGit(repo.dir),
    baseSha: repo.baseSha,
    headSha: repo.headSha,
    workDir: fs.mkdtempSync(path.join(root, 'work-')),
    soakCommand: 'npm run -s soak',
    workingDirectory: '.',
    runs: 2,
    timeoutMs: 60000,
    probePath,
    secrets: [],
    log: (line) => lines.push(line),
    lines,
    ...extra
  }
}

describe('soakBothSides', () => {
  let demo: DemoRepo
  beforeAll(async () => {
    demo = await demoRepo(path.join(root, 'demo'), 'leaky')
  })

  it('installs with the detected npm, runs one base and one head at once, and snapshots the second run', async () => {
    process.env.SOAK_ITERATIONS = '6000'
    // A soak of a fraction of a second: the probe's budget would allow a first run only a few samples.
    process.env.MEMGATE_PROBE_BUDGET = '1000'
    const opts = await options(demo, { parallel: true, passEnv: ['SOAK_ITERATIONS'] })
    const result = await soakBothSides(opts).finally(() => {
      delete process.env.SOAK_ITERATIONS
      delete process.env.MEMGATE_PROBE_BUDGET
    })

    expect(result.parallel).toBe(true)
    for (const side of [result.base, result.head]) {
      expect(side.install).toMatchObject({ manager: 'npm', command: 'npm ci --no-audit --no-fund', description: 'npm, package-lock.json' })
      expect(side.samples.unit).toBe('iteration')
      expect(side.samples.runs.map((r) => r.outcome)).toEqual(['ok', 'ok'])
      for (const run of side.runs) {
        expect(run.source).toBe('probe')
        expect(run.samples).toBeGreaterThanOrEqual(10)
        expect(run.processes.find((p) => p.pid === run.pid)).toMatchObject({ wrapper: false, script: expect.stringMatching(/soak\.js$/) })
        expect(run.processes.some((p) => p.wrapper)).toBe(true) // npm, measured but not picked
        expect(fs.existsSync(run.samplesFile)).toBe(true)
        expect(run.throughput).toBeGreaterThan(0)
      }
      expect(side.snapshots.map((f) => path.basename(f).replace(/^\d+-/, ''))).toEqual([
        '0-warmup.heapsnapshot',
        '1-middle.heapsnapshot',
        '2-late.heapsnapshot'
      ])
      // Each with the post-GC heap it held: which ones show growth is decided on these.
      expect(side.snapshotPoints.map((p) => p.label)).toEqual(['warmup', 'middle', 'late'])
      for (const p of side.snapshotPoints) expect(p).toMatchObject({ heap: expect.any(Number), pauseMs: expect.any(Number) })
      expect(side.runs[1]!.snapshots).toEqual(side.snapshots)
      expect(side.runs[0]!.snapshots).toEqual([])
    }
    // The leaky head keeps ~300 bytes per request; base keeps nothing.
    const growth = (s: typeof result.base) => s.samples.runs[1]!.samples.at(-1)!.heap - s.samples.runs[1]!.samples[0]!.heap
    expect(growth(result.head) - growth(result.base)).toBeGreaterThan(1_000_000)
    for (const side of ['base', 'head']) {
      for (const i of [1, 2])
        expect(opts.lines).toContainEqual(
          expect.stringMatching(new RegExp(`^${side}: run ${i}/2 ok in \\d+ (ms|s), \\d+ samples, heap [\\d.]+ (KiB|MiB)$`))
        )
    }
    expect(fs.existsSync(path.join(opts.workDir, 'base'))).toBe(false) // worktrees removed
  }, 120000)

  it('gives a side one more run when its first, of unknown length, could afford too few samples', async () => {
    // A soak of a fraction of a second: at the probe's default budget its first run gets a few samples.
    process.env.SOAK_ITERATIONS = '6000'
    const opts = await options(demo, { parallel: true, soakCommand: 'node soak.js', passEnv: ['SOAK_ITERATIONS'] })
    const result = await soakBothSides(opts).finally(() => delete process.env.SOAK_ITERATIONS)
    for (const side of [result.base, result.head]) {
      expect(side.runs.map((r) => r.outcome)).toEqual(['ok', 'ok', 'ok'])
      expect(side.runs[0]!.samples).toBeLessThan(10)
      // Later runs know the length and take their minimum of 12 evenly spread samples, plus one at exit.
      for (const run of side.runs.slice(1)) expect(run.samples).toBeGreaterThanOrEqual(12)
      expect(side.length).toMatchObject({ unit: 'iteration', x: 6000 })
    }
    expect(opts.lines).toContainEqual(
      expect.stringMatching(
        /^head: run 1\/3 ok in .*, too few for a trend: it sets the pace of the later runs, and head gets one more run$/
      )
    )

    // A later look knows the lengths: no run goes in blind, and no snapshots are taken again.
    process.env.SOAK_ITERATIONS = '6000'
    const later = await options(demo, {
      parallel: true,
      soakCommand: 'node soak.js',
      passEnv: ['SOAK_ITERATIONS'],
      runs: 1,
      expected: { base: result.base.length, head: result.head.length },
      snapshots: false
    })
    const more = await soakBothSides(later).finally(() => delete process.env.SOAK_ITERATIONS)
    for (const side of [more.base, more.head]) {
      expect(side.runs).toHaveLength(1)
      expect(side.runs[0]!.samples).toBeGreaterThanOrEqual(12)
      expect(side.snapshots).toEqual([])
    }
  }, 120000)

  it('runs base while head installs when installs go one at a time, and a failed install stops the runs', async () => {
    // The head install can only end once the base soak has started, then fails; the base soak
    // would run for a minute unless stopped.
    const dir = path.join(root, 'pipeline-repo')
    const marks = path.join(root, 'pipeline-marks')
    fs.mkdirSync(dir)
    fs.mkdirSync(marks)
    fs.chmodSync(marks, 0o777) // the PR's code writes here, as memgate-soak where memgate is root
    fs.writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ name: 'pipeline', private: true }))
    fs.writeFileSync(
      path.join(dir, 'install.js'),
      `const fs = require('fs'); const side = process.argv[2]
       if (side === 'base') process.exit(0)
       setInterval(() => { if (fs.existsSync(process.env.MARKS + '/base.pid')) { console.error('head: no such package'); process.exit(3) } }, 20)
       setTimeout(() => process.exit(4), 30000)`
    )
    fs.writeFileSync(
      path.join(dir, 'soak.js'),
      `require('fs').writeFileSync(process.env.MARKS + '/' + process.argv[2] + '.pid', String(process.pid))
       setInterval(() => process.emit('memgate:iteration'), 10); setTimeout(() => process.exit(0), 60000)`
    )
    await initRepo(dir)
    const sha = await commitAll(dir, 'pipeline')
    process.env.MARKS = marks
    const opts = await options(
      { dir, baseSha: sha, headSha: sha },
      {
        parallel: true,
        passEnv: ['MARKS'],
        installCommand: 'node install.js "$(basename "$PWD")"',
        soakCommand: 'node soak.js "$(basename "$PWD")"'
      }
    )
    const failed = soakBothSides(opts).finally(() => delete process.env.MARKS)
    const error = (await failed.catch((e: unknown) => e)) as MemgateError
    expect(error.reason).toMatch(/^Install failed on head \('node install\.js .*' in .* exited with 3\); the end of its log:$/)
    expect(error.detail).toBe('head: no such package')
    const basePid = Number(fs.readFileSync(path.join(marks, 'base.pid'), 'utf8'))
    expect(isRunning(basePid)).toBe(false)
    expect(opts.lines).toContain('base: run 1/2 stopped')
    expect(fs.existsSync(path.join(marks, 'head.pid'))).toBe(false)
  }, 60000)

  it('reports its progress as events: installs with their time, each run as it starts and ends', async () => {
    process.env.SOAK_ITERATIONS = '3000'
    const events: SoakEvent[] = []
    const opts = await options(demo, { parallel: true, runs: 1, soakCommand: 'node soak.js', progress: (e) => events.push(e) })
    await soakBothSides(opts).finally(() => delete process.env.SOAK_ITERATIONS)
    expect(opts.lines.filter((l) => /install|run \d/.test(l))).toEqual([]) // the entry prints them, not the stage
    for (const side of ['base', 'head'] as const) {
      const mine = events.filter((e) => 'side' in e && e.side === side)
      expect(mine[0]).toMatchObject({ kind: 'install-start', command: 'npm ci --no-audit --no-fund (npm, package-lock.json)' })
      expect(mine[1]).toMatchObject({ kind: 'install-end', durationMs: expect.any(Number) })
      expect(mine[2]).toEqual({ kind: 'run-start', side, run: 1, of: 1 })
      const end = mine.find((e) => e.kind === 'run-end')
      expect(end).toMatchObject({ outcome: 'ok', samples: expect.any(Number), heap: expect.any(Number) })
      expect(describeSoakEvent(end!)).toMatch(new RegExp(`^${side}: run 1/\\d ok in .+, \\d+ samples, heap .+`))
    }
  }, 120000)

  it('stops a soak that fails on both sides after two failed runs a side', async () => {
    const opts = await options(demo, { parallel: true, runs: 6, soakCommand: 'node -e "process.exit(1)"' })
    const result = await soakBothSides(opts)
    for (const side of [result.base, result.head]) {
      expect(side.runs.every((r) => r.outcome !== 'ok')).toBe(true)
      // Two a side, and at most the one the other slot had started meanwhile.
      expect(side.runs.length).toBeGreaterThanOrEqual(2)
      expect(side.runs.length).toBeLessThanOrEqual(3)
    }
    expect(opts.lines).toContainEqual(
      expect.stringMatching(/^The soak failed in every run on both sides \(base 2, head 2\): no more runs are started\.$/)
    )
  }, 120000)

  it('fails naming the side when the working directory does not exist there', async () => {
    const opts = await options(demo, { workingDirectory: 'services/api', runs: 1 })
    await expect(soakBothSides(opts)).rejects.toThrow(/^working-directory 'services\/api' does not exist at base [0-9a-f]{7}$/)
  })
})

describe('a heap snapshot that breaks the soak', () => {
  // A lease the soak renews every 50 ms and loses after a pause of a second (as a keep-alive socket
  // closes after Node's 5 s): a run that pauses for a snapshot of ~600k objects crashes, the others do not.
  const SOAK = `const held = Array.from({ length: 600000 }, (_, i) => ({ i }))
let renewed = Date.now()
const lease = setInterval(() => {
  if (Date.now() - renewed > 1000) throw new Error('read ECONNRESET: the lease was lost after ' + (Date.now() - renewed) + ' ms')
  renewed = Date.now()
}, 50)
let i = 0
const step = () => {
  process.emit('memgate:iteration')
  if (++i < 400) setTimeout(step, 2)
  else { clearInterval(lease); console.log(held.length) }
}
step()
`

  it("is named, and the crashed run's snapshots are never used", async () => {
    const files = { 'package.json': { name: 'lease', version: '1.0.0', dependencies: {} }, 'soak.js': SOAK }
    const repo = await createTwoCommitRepo(path.join(root, 'lease'), files, {
      ...files,
      'package.json': { ...files['package.json'], version: '1.0.1' }
    })
    const result = await soakBothSides(
      await options(repo, { soakCommand: 'node soak.js', installCommand: 'true', runs: 3, parallel: false })
    )
    for (const side of [result.base, result.head] as const) {
      const name = side.samples.side
      // Run 2 takes the snapshots (a short first run may earn its side one more run).
      expect(side.runs.map((r) => r.outcome)).toEqual(side.runs.map((_, i) => (i === 1 ? 'crash' : 'ok')))
      expect(side.runs[1]!.snapshots.length).toBeGreaterThan(0)
      expect(side.snapshots).toEqual([])
      expect(side.snapshotPoints).toEqual([])
      expect(side.notes).toEqual(
        expect.arrayContaining([
          expect.stringMatching(
            new RegExp(
              `^${name} run 2, the one that took heap snapshots, ended \`crash\` where the ${name} runs without snapshots did not: a snapshot paused it for up to \\d+\\.\\d s, .*Its snapshots are not used for suspects\\.$`
            )
          )
        ])
      )
    }
  }, 120_000)
})

describe('the soak environment', () => {
  const TOKEN = 'ghs_memgateTestToken0123456789'
  const planted: Record<string, string> = {
    GITHUB_TOKEN: TOKEN,
    'INPUT_GITHUB-TOKEN': TOKEN,
    INPUT_RUNS: '3',
    ACTIONS_RUNTIME_TOKEN: 'runtime-token-value',
    ACTIONS_ID_TOKEN_REQUEST_URL: 'https://token.actions.example/x',
    ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'id-token-request-value',
    MY_COPY_OF_IT: `Bearer ${TOKEN}`,
    // Secrets whose names a denylist misses: only an allowlist keeps them out.
    GH_PAT: 'ghp_personalAccessToken',
    GPG_KEY: 'gpg-private-key',
    PGPASSWORD: 'postgres-password',
    DEPLOY_KEY: 'ssh-deploy-key',
    DATABASE_URL: 'postgres://u:p@db/x',
    RUNNER_TEMP: '/home/runner/work/_temp',
    MEMGATE_TEST_KEEP: 'kept'
  }
  afterAll(() => {
    for (const name of Object.keys(planted)) delete process.env[name]
  })

  it('holds no credential, in the install or in the soak, and the soak has the probe', async () => {
    const dir = path.join(root, 'env-repo')
    const dumps = path.join(root, 'dumps')
    fs.mkdirSync(dir)
    fs.mkdirSync(dumps)
    fs.chmodSync(dumps, 0o777) // the PR's code writes here, as memgate-soak where memgate is root
    fs.writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ name: 'env-dump', private: true }))
    fs.writeFileSync(path.join(dir, 'dump.js'), `require('fs').writeFileSync(process.argv[2], JSON.stringify(process.env))`)
    await initRepo(dir)
    const sha = await commitAll(dir, 'env dump')
    Object.assign(process.env, planted, { DUMP_DIR: dumps })
    const opts = await options(
      { dir, baseSha: sha, headSha: sha },
      {
        runs: 1,
        parallel: false,
        installCommand: 'node dump.js "$DUMP_DIR/install-$(basename "$PWD").json"',
        soakCommand: 'node dump.js "$DUMP_DIR/soak-$(basename "$PWD").json"',
        passEnv: ['DUMP_DIR'],
        secrets: [TOKEN]
      }
    )
    await soakBothSides(opts)
    delete process.env.DUMP_DIR
    const files = fs.readdirSync(dumps).sort()
    expect(files).toEqual(['install-base.json', 'install-head.json', 'soak-base.json', 'soak-head.json'])
    for (const file of files) {
      const env = JSON.parse(fs.readFileSync(path.join(dumps, file), 'utf8')) as Record<string, string>
      for (const name of Object.keys(planted).filter((n) => n !== 'MEMGATE_TEST_KEEP' && n !== 'RUNNER_TEMP'))
        expect(env).not.toHaveProperty([name])
      expect(env.RUNNER_TEMP).toBe(path.join(opts.workDir, 'tmp'))
      expect(env.TMPDIR).toBe(path.join(opts.workDir, 'tmp'))
      expect(Object.values(env).filter((v) => v.includes(TOKEN) || v.includes('runtime-token-value'))).toEqual([])
      expect(Object.keys(env).filter((n) => /^INPUT_/i.test(n))).toEqual([])
      expect(env.MEMGATE_TEST_KEEP).toBe('kept')
      // As memgate-soak the probe is a copy the soak's user can read, beside the worktrees.
      const probe = /--require "([^"]+)"/.exec(env.NODE_OPTIONS ?? '')?.[1]
      if (file.startsWith('soak')) expect(fs.readFileSync(probe!, 'utf8')).toBe(fs.readFileSync(probePath, 'utf8'))
      else expect(env.NODE_OPTIONS ?? '').not.toContain('probe.cjs')
    }
  }, 60000)
})

// The install and the soak are the PR's code. A runner gives a step file commands (GITHUB_ENV and
// the like: one appended line changes later steps, the post step's state or the summary) and a
// workflow often gives it registry tokens: the PR's scripts must get none of them.
describe("soakBothSides and the runner's file commands", () => {
  const files = ['GITHUB_ENV', 'GITHUB_PATH', 'GITHUB_OUTPUT', 'GITHUB_STATE', 'GITHUB_STEP_SUMMARY']
  const credentials: Record<string, string> = {
    ACTIONS_RUNTIME_TOKEN: 'runtime-token-value',
    ACTIONS_ID_TOKEN_REQUEST_URL: 'https://token.example/oidc',
    ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'oidc-request-token',
    NODE_AUTH_TOKEN: 'npm-token-from-setup-node',
    NPM_TOKEN: 'npm-token',
    YARN_NPM_AUTH_TOKEN: 'yarn-token',
    'npm_config_//registry.example/:_authToken': 'npmrc-token',
    SSH_AUTH_SOCK: '/tmp/ssh-agent.sock',
    AWS_SECRET_ACCESS_KEY: 'aws-secret'
  }
  const planted: string[] = []
  afterAll(() => {
    for (const name of planted) delete process.env[name]
  })

  it('get none of them, nor a credential unless pass-env names it', async () => {
    const dir = path.join(root, 'file-commands-repo')
    const out = path.join(root, 'file-commands-out')
    fs.mkdirSync(dir)
    fs.mkdirSync(out)
    fs.chmodSync(out, 0o777) // the PR's code writes here, as memgate-soak where memgate is root
    // Both scripts try every file command they can see and record what they were given.
    fs.writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ name: 'file-commands', private: true }))
    fs.writeFileSync(
      path.join(dir, 'attack.js'),
      [
        "const fs = require('fs')",
        `for (const name of ${JSON.stringify(files)}) {`,
        '  const file = process.env[name]',
        "  if (file) fs.appendFileSync(file, name === 'GITHUB_PATH' ? '/tmp/evil-bin\\n' : 'PWNED=1\\n')",
        '}',
        "fs.appendFileSync(process.argv[2], JSON.stringify(process.env) + '\\n')"
      ].join('\n')
    )
    await initRepo(dir)
    const sha = await commitAll(dir, 'file commands')
    const runner = fs.mkdtempSync(path.join(root, 'runner-'))
    for (const name of files) {
      process.env[name] = path.join(runner, name.toLowerCase())
      fs.writeFileSync(process.env[name]!, '')
    }
    Object.assign(process.env, credentials, { PRIVATE_REGISTRY_TOKEN: 'needed-by-the-install', MEMGATE_TEST_OUT: out })
    planted.push(...files, ...Object.keys(credentials), 'PRIVATE_REGISTRY_TOKEN', 'MEMGATE_TEST_OUT')
    const opts = await options(
      { dir, baseSha: sha, headSha: sha },
      {
        runs: 1,
        parallel: false,
        installCommand: 'node attack.js "$MEMGATE_TEST_OUT/install.jsonl"',
        soakCommand: 'node attack.js "$MEMGATE_TEST_OUT/soak.jsonl"',
        // A name the workflow passes on purpose; the file commands cannot be passed at all.
        passEnv: ['PRIVATE_REGISTRY_TOKEN', 'GITHUB_ENV', 'ACTIONS_RUNTIME_TOKEN']
      }
    )
    await soakBothSides(opts)

    for (const name of files) expect([name, fs.readFileSync(process.env[name]!, 'utf8')]).toEqual([name, ''])
    const read = (f: string) =>
      fs
        .readFileSync(path.join(out, f), 'utf8')
        .trim()
        .split('\n')
        .map((line) => JSON.parse(line) as Record<string, string>)
    const installs = read('install.jsonl')
    const runs = read('soak.jsonl')
    expect(installs).toHaveLength(2)
    // One run a side, and one more where the first was too short to count.
    expect(runs.length).toBeGreaterThanOrEqual(2)
    for (const env of [...installs, ...runs]) {
      expect(Object.keys(env).filter((n) => files.includes(n) || n in credentials || /^ACTIONS_/.test(n))).toEqual([])
      expect(env.PRIVATE_REGISTRY_TOKEN).toBe('needed-by-the-install')
      expect(env.MEMGATE_TEST_OUT).toBe(out)
    }
  }, 60000)
})

describe('unplannedRuns', () => {
  const run = (samples: number, outcome = 'ok', source: 'probe' | 'rss' = 'probe', snapshots: string[] = []) =>
    ({ samples, outcome, source, snapshots }) as unknown as RunInfo
  it.each([
    ['a first probe run with 6 samples', [run(6), run(14)], 1],
    ['a first run with enough samples', [run(14), run(14)], 0],
    ['a first run that crashed', [run(3, 'crash'), run(14)], 0],
    ['a first run measured by RSS', [run(3, 'ok', 'rss'), run(14)], 0],
    ['a later run the snapshots left short', [run(14), run(6, 'ok', 'probe', ['a.heapsnapshot']), run(14)], 1],
    ['a pilot and a run the snapshots left short', [run(6), run(6, 'ok', 'probe', ['a.heapsnapshot']), run(14)], 2],
    ['a later short run without snapshots', [run(14), run(6), run(14)], 0],
    ['no run', [], 0]
  ])('%s → %i', (_name, runs, extra) => {
    expect(unplannedRuns({ runs })).toBe(extra)
  })
})

describe('snapshotPlan', () => {
  // A first run of 200,000 iterations in 4 s, sampled every 20,000, growing `perX` bytes an iteration.
  const first = (perX: number) => ({
    outcome: 'ok' as const,
    lastX: 200_000,
    length: { unit: 'iteration' as const, x: 200_000, ms: 4000 },
    samples: Array.from({ length: 11 }, (_, i) => ({
      x: i * 20_000,
      heap: 3_000_000 + perX * i * 20_000,
      rss: 0,
      external: 0,
      arrayBuffers: 0
    }))
  })

  it('places the snapshots at a tenth, half and 85% of a run that grows little', () => {
    expect(snapshotPlan({ heapMaxBytes: 1 << 29 }, first(16))).toEqual({
      maxBytes: 1 << 29,
      warmup: { x: 20_000 },
      middle: { x: 100_000 },
      late: { x: 170_000, ms: 3400 }
    })
  })

  it('spans only 8 MiB of growth past the warm-up in a large leak, so that no snapshot holds the whole run', () => {
    const plan = snapshotPlan({}, first(280))
    const span = (8 * 1024 * 1024) / 280
    expect(plan.warmup).toEqual({ x: 20_000 })
    expect(plan.middle).toEqual({ x: Math.round(20_000 + span / 2) })
    expect(plan.late).toEqual({ x: Math.round(20_000 + span), ms: Math.round((4000 * Math.round(20_000 + span)) / 200_000) })
  })

  it("places by a known length when run 2 starts beside the first, and leaves a large leak's span to the probe", () => {
    expect(snapshotPlan({}, undefined, { unit: 'iteration', x: 200_000, ms: 4000 })).toEqual({
      warmup: { x: 20_000 },
      middle: { x: 100_000 },
      late: { x: 170_000, ms: 3400 },
      growth: 8 * 1024 * 1024
    })
    // A first run, once there is one, places them as before.
    expect(snapshotPlan({}, first(16), { unit: 'iteration', x: 1, ms: 1 }).growth).toBeUndefined()
  })

  it('places by the clock alone without a first run', () => {
    expect(snapshotPlan({ durationMs: 10_000 }, undefined)).toEqual({ middle: { ms: 5000 }, late: { ms: 8500 } })
  })
})
