// rollback: pr as the runner runs it (node dist/index.js): a step up on main whose range bumps
// row-cache (from the test's Verdaccio) into a leak. The record run finds the culprit with bisect's
// search (the commit before the step as base), pushes the verified fix on a branch of a real remote
// (git http-backend on 127.0.0.1), never main, and opens one pull request on the loopback API; the
// next push opens no second one; a later step of the same culprit updates it; a main that
// recovered closes it. Before any of that, two lines of history off commit 10 (main forced onto
// each in turn) show the steps that get no pull request: one whose range bumps nothing (the
// project's own code leaks) and one whose bisect finds no fix that passes.

import { execFile } from 'node:child_process'
import * as fs from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import { promisify } from 'node:util'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { SOAK } from '../support/bisect-project.js'
import { type FakeGitHub, startFakeGitHub } from '../support/github-server.js'
import { git, type RecordHistory, recordHistory } from '../support/record-history.js'
import { type Registry, rowCache, startRegistry } from '../support/registry.js'

let root: string
let registry: Registry
let github: FakeGitHub
let h: RecordHistory
const BRANCH = 'memgate/rollback-row-cache'
// The bisect's statistics, as the bisect e2e tests measure row-cache.
const INPUTS = { alpha: '0.05', threshold: '64' }

const record = (sha: string, inputs: Record<string, string> = {}) =>
  h.pushMain(sha).then((pushed) => h.record(pushed, github.url, { ...INPUTS, ...inputs }))
const pullWrites = (from: number) => github.requests.slice(from).filter((r) => r.method !== 'GET' && /\/pulls/.test(r.path))
const short = (sha: string) => sha.slice(0, 7)
const exec = promisify(execFile)
/** The remote's rollback branches (memgate pushes nothing else there but the record branch). */
const rollbackRefs = () => git(h.bare, 'for-each-ref', '--format=%(refname) %(objectname)', 'refs/heads/memgate/')

// The service keeps every order it handles in a list of its own: the same 2 KiB row per request
// that row-cache 2.0.0 keeps, so the step it makes is the size of the recorded leaky level.
const OWN_LEAK = SOAK.replace('const gets = []', 'const gets = []\nconst orders = []').replace(
  "for (const get of gets) get('k' + i)",
  "for (const get of gets) get('k' + i)\n  orders.push({ key: 'k' + i, data: 'r'.repeat(2048) + i })"
)

// (A longer row would not do: 'r'.repeat builds a rope, whose size grows with the log of its length.)
const FOUR_ROWS = {
  ...rowCache('row-cache', '2.1.0', true),
  files: {
    'index.js': `'use strict'
// row-cache@2.1.0: every row is cached four times over and never evicted.
const kept = []
exports.version = '2.1.0'
exports.get = function get(key) {
  for (let i = 0; i < 4; i++) kept.push({ key, data: 'r'.repeat(2048) + key })
  return kept[kept.length - 1]
}
`
  }
}

/** `count` empty commits on `parent`, oldest first. */
async function work(parent: string, count: number): Promise<string[]> {
  const made: string[] = []
  for (let i = 0; i < count; i++) made.push(await h.commit(made[i - 1] ?? parent, `work ${i + 1} after ${short(parent)}`))
  return made
}

/** A commit on `parent` that writes soak.js, or the dependencies with the lockfile npm writes for them. */
async function change(parent: string, message: string, edit: { soak?: string; dependencies?: Record<string, string> }) {
  const dir = h.project.dir
  await git(dir, 'checkout', '--quiet', '--force', '--detach', parent)
  if (edit.soak !== undefined) fs.writeFileSync(path.join(dir, 'soak.js'), edit.soak)
  if (edit.dependencies) {
    const file = path.join(dir, 'package.json')
    const manifest = JSON.parse(fs.readFileSync(file, 'utf8'))
    fs.writeFileSync(file, `${JSON.stringify({ ...manifest, dependencies: edit.dependencies }, null, 2)}\n`)
    await exec('npm', ['install', '--no-audit', '--no-fund', '--silent'], { cwd: dir })
  }
  await git(dir, 'add', '--all')
  await git(dir, 'commit', '--quiet', '-m', message)
  return git(dir, 'rev-parse', 'HEAD')
}

beforeAll(async () => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'memgate-record-rollback-'))
  registry = await startRegistry()
  for (const v of ['1.2.0', '1.3.1', '1.4.0', '2.0.0']) await registry.publish(rowCache('row-cache', v, v === '1.4.0' || v === '2.0.0'))
  github = await startFakeGitHub('acme', 'service')
  h = await recordHistory(root, registry.url, 7)
  await h.seed(h.flat, h.commits.slice(0, 11))
  await h.seed(h.leaky, h.commits.slice(11, 17))
}, 300_000)
afterAll(async () => {
  await github?.close()
  await h?.close()
  await registry?.stop()
  if (root) fs.rmSync(root, { recursive: true, force: true })
})

describe('rollback: pr without a pull request to open', () => {
  it('neither bisects nor opens a pull request for a step whose range bumps nothing; the creep issue reports it, the summary says why', async () => {
    expect(OWN_LEAK).toContain('orders.push')
    const leak = await change(h.commits[10]!, 'Keep every order in memory', { soak: OWN_LEAK })
    // Seven commits at the new level, as many as the first step has when the next suite finds it: with
    // six after eleven, the rank test's p (0.00095) would sit right at the trend's alpha of 0.001.
    const next = await work(leak, 6)
    await h.seed(h.leaky, [leak, ...next.slice(0, -1)])
    const before = github.requests.length
    const result = await record(next[5]!, { runs: '2' })
    expect(result.stderr).toBe('')
    expect(result.exitCode).toBe(0)
    const reason = `no dependency changed between ${short(h.commits[10]!)} and ${short(leak)}; nothing to roll back.`
    expect(result.stdout).toContain(`rollback: ${reason}`)
    expect(result.stdout).not.toContain('rollback: looking for the culprit')
    expect(result.stdout).not.toContain('::warning::')
    expect(result.summary).toContain(`No rollback pull request for the step up at \`${short(leak)}\`: ${reason}`)
    const [issue] = [...github.issues.values()]
    expect(github.issues.size).toBe(1)
    expect(issue!.state).toBe('open')
    expect(issue!.body).toContain(`@${leak}`)
    expect(issue!.body).toContain('No dependency changed in this range')
    expect(pullWrites(before)).toEqual([])
    expect(github.openedPulls.size).toBe(0)
    expect(await rollbackRefs()).toBe('')
  })

  it('opens no pull request and pushes no branch when no rollback of the culprit passes; the record job succeeds', async () => {
    // The same range bumps row-cache into its leak and adds the service's own: row-cache 1.3.1 is
    // clean against its held-back version, yet no row-cache passes against the commit before the step.
    const both = await change(h.commits[10]!, 'Bump row-cache to 2.0.0 and keep every order in memory', {
      soak: OWN_LEAK,
      dependencies: { 'row-cache': '2.0.0' }
    })
    const twice = await h.measure(both)
    expect(twice.growth!.estimate).toBeGreaterThan(h.leaky.growth!.estimate)
    const next = await work(both, 6)
    await h.seed(twice, [both, ...next.slice(0, -1)])
    const before = github.requests.length
    const result = await record(next[5]!, { runs: '2' })
    expect(result.stderr).toBe('')
    expect(result.exitCode).toBe(0)
    expect(result.stdout).toContain(`rollback: looking for the culprit of the step up at ${short(both)} (base ${short(h.commits[10]!)})`)
    const reason = 'no verified fix to open a pull request with (leak): row-cache leaks from 1.4.0 on (1.3.1 is clean)'
    expect(result.stdout).toContain(`rollback: ${reason}`)
    expect(result.stdout).toMatch(/no suggestion passed against base \(with row-cache 1\.3\.1 the head does not pass against base \(leak/)
    expect(result.stdout).not.toContain('::warning::')
    expect(result.summary).toContain(`No rollback pull request for the step up at \`${short(both)}\`: ${reason}`)
    const [issue] = [...github.issues.values()]
    expect(github.issues.size).toBe(1)
    expect(issue!.state).toBe('open')
    expect(issue!.body).toContain(`@${both}`)
    expect(pullWrites(before)).toEqual([])
    expect(github.openedPulls.size).toBe(0)
    expect(await rollbackRefs()).toBe('')
  })

  it('opens no pull request when the culprit was added in the range and every published version of it leaks', async () => {
    for (const v of ['1.0.0', '1.1.0']) await registry.publish(rowCache('blob-cache', v, true))
    const added = await change(h.commits[10]!, 'Add blob-cache', { dependencies: { 'row-cache': '1.2.0', 'blob-cache': '^1.0.0' } })
    const next = await work(added, 6)
    await h.seed(h.leaky, [added, ...next.slice(0, -1)])
    const before = github.requests.length
    const result = await record(next[5]!, { runs: '2' })
    expect(result.stderr).toBe('')
    expect(result.exitCode).toBe(0)
    const reason =
      'no verified fix to open a pull request with (error): blob-cache changed from (none) to 1.1.0, which is not a move between two published versions; only those can be bisected'
    expect(result.stdout).toContain(`rollback: ${reason}`)
    expect(result.stdout).not.toContain('::warning::')
    expect(result.summary).toContain(`No rollback pull request for the step up at \`${short(added)}\`: ${reason}`)
    expect(github.issues.size).toBe(1)
    expect([...github.issues.values()][0]!.body).toContain(`@${added}`)
    expect(pullWrites(before)).toEqual([])
    expect(await rollbackRefs()).toBe('')
  })
})

describe('rollback: pr', () => {
  it('opens one pull request from memgate/rollback-row-cache that pins the verified fix on main, never pushing main', async () => {
    const tip = h.commits[17]!
    const result = await record(tip)
    expect(result.stderr).toBe('')
    expect(result.exitCode).toBe(0)
    expect(result.stdout).toContain(`rollback: looking for the culprit of the step up at ${h.commits[11]!.slice(0, 7)}`)
    expect(github.issues.size).toBe(1)
    expect([...github.openedPulls.values()]).toEqual([
      expect.objectContaining({ head: BRANCH, base: 'main', state: 'open', user: { login: 'github-actions[bot]', type: 'Bot' } })
    ])
    const [pull] = [...github.openedPulls.values()]
    expect(pull!.title).toBe(`memgate: roll back row-cache to 1.3.1 (main's memory growth stepped up at ${h.commits[11]!.slice(0, 7)})`)
    expect(pull!.body.split('\n')[0]).toBe('<!-- memgate:rollback -->')
    expect(pull!.body).toContain(`Reported in #${[...github.issues.keys()][0]}.`)
    expect(pull!.body).toContain('### Cause and fix')
    expect(pull!.body).toMatch(/1\.4\.0/) // the first version that leaks
    expect(pull!.body).toContain(`${h.server.url}/acme/service/compare/${h.commits[10]}...${h.commits[11]}`)
    expect(pull!.body).toContain('```mermaid')
    expect(result.summary).toContain(
      `Opened rollback pull request [#${pull!.number}](${h.server.url}/acme/service/pull/${pull!.number}) from branch \`${BRANCH}\`.`
    )
    // The branch: one commit on main's tip, changing the manifest and the lockfile only.
    expect(await git(h.bare, 'rev-parse', 'main')).toBe(tip)
    const fix = await git(h.bare, 'rev-parse', BRANCH)
    expect(await git(h.bare, 'rev-parse', `${fix}^`)).toBe(tip)
    expect((await git(h.bare, 'diff', '--name-only', tip, fix)).split('\n')).toEqual(['package-lock.json', 'package.json'])
    expect(JSON.parse(await git(h.bare, 'show', `${fix}:package.json`)).dependencies).toEqual({ 'row-cache': '1.3.1' })
    expect(JSON.parse(await git(h.bare, 'show', `${fix}:package-lock.json`)).packages['node_modules/row-cache'].version).toBe('1.3.1')
    // The token went to the remote in a header only, never into the log.
    expect(result.stdout.split('\n').filter((l) => l.includes('ghs_record_history_token') && !l.startsWith('::add-mask::'))).toEqual([])
  })

  it('does not bisect again nor open a second pull request on the next push', async () => {
    const before = github.requests.length
    const result = await record(h.commits[18]!, { runs: '2' })
    expect(result.exitCode).toBe(0)
    expect(result.stdout).not.toContain('rollback: looking for the culprit')
    expect(pullWrites(before)).toEqual([])
    expect(github.openedPulls.size).toBe(1)
  })

  it('updates the open pull request on a later step of the same culprit: its branch force-pushed, its title and body rewritten, no second one', async () => {
    // row-cache 2.1.0 keeps four of 2.0.0's rows per get: a step up from the level the open pull request rolls back.
    await registry.publish(FOUR_ROWS)
    const tip = await git(h.bare, 'rev-parse', 'main')
    const bump = await change(tip, 'Bump row-cache from 2.0.0 to 2.1.0', { dependencies: { 'row-cache': '2.1.0' } })
    const steeper = await h.measure(bump)
    expect(steeper.growth!.estimate).toBeGreaterThan(h.leaky.growth!.estimate)
    const next = await work(bump, 5)
    await h.seed(steeper, [bump, ...next.slice(0, -1)])
    const { number, body } = [...github.openedPulls.values()].find((p) => p.state === 'open')!
    const earlier = { fix: await git(h.bare, 'rev-parse', BRANCH), body }
    const before = github.requests.length
    const result = await record(next[4]!, { runs: '2' })
    expect(result.stderr).toBe('')
    expect(result.exitCode).toBe(0)
    expect(result.stdout).toContain(`rollback: looking for the culprit of the step up at ${short(bump)} (base ${short(tip)})`)
    expect(pullWrites(before).map((r) => `${r.method} ${r.path}`)).toEqual([`PATCH /repos/acme/service/pulls/${number}`])
    expect(github.openedPulls.size).toBe(1)
    const open = github.openedPulls.get(number)!
    expect(open.state).toBe('open')
    expect(open.title).toBe(`memgate: roll back row-cache to 2.0.0 (main's memory growth stepped up at ${short(bump)})`)
    expect(open.body).not.toBe(earlier.body)
    expect(open.body.split('\n')[0]).toBe('<!-- memgate:rollback -->')
    expect(open.body.split('\n')[1]).toMatch(new RegExp(`^<!-- memgate:rollback-step [0-9a-f]{16}@${bump} before=`))
    expect(open.body).toContain(`${h.server.url}/acme/service/compare/${tip}...${bump}`)
    expect(result.stdout).toContain(`rollback: updated pull request #${open.number} from ${BRANCH} (row-cache 2.0.0).`)
    expect(result.summary).toContain(
      `Updated rollback pull request [#${open.number}](${h.server.url}/acme/service/pull/${open.number}) from branch \`${BRANCH}\`.`
    )
    // The branch: force-pushed to one new commit on main's new tip; main untouched.
    const fix = await git(h.bare, 'rev-parse', BRANCH)
    expect(fix).not.toBe(earlier.fix)
    expect(await git(h.bare, 'rev-parse', `${fix}^`)).toBe(next[4])
    expect(await git(h.bare, 'rev-parse', 'main')).toBe(next[4])
    expect(JSON.parse(await git(h.bare, 'show', `${fix}:package.json`)).dependencies).toEqual({ 'row-cache': '2.0.0' })
    expect(JSON.parse(await git(h.bare, 'show', `${fix}:package-lock.json`)).packages['node_modules/row-cache'].version).toBe('2.0.0')
  })

  it('closes the pull request once main recovered (the fix merged)', async () => {
    await git(h.project.dir, 'fetch', '--quiet', h.remote, BRANCH)
    const merged = await git(h.project.dir, 'rev-parse', 'FETCH_HEAD')
    const after = [merged, await h.commit(merged, 'work after the fix')]
    // The pull request now rolls back the later step only (row-cache 2.0.0): main recovers to the first leaky level.
    await h.seed(h.leaky, after)
    const recoveredAt = await h.commit(after[1]!, 'more work')
    const before = github.requests.length
    const result = await record(recoveredAt, { runs: '2' })
    expect(result.exitCode).toBe(0)
    const [pull] = [...github.openedPulls.values()]
    expect(pullWrites(before).map((r) => `${r.method} ${r.path}`)).toEqual([`PATCH /repos/acme/service/pulls/${pull!.number}`])
    expect(pull!.state).toBe('closed')
    expect(pull!.body).toContain('**Closed by memgate:** main recovered')
    expect(result.stdout).toContain('rollback: closed pull request')
    expect(result.summary).toContain(`Closed rollback pull request [#${pull!.number}]`)
  })
})
