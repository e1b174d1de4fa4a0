// creep: issue as the runner runs it (node dist/index.js): pushes to main of a real remote (git
// http-backend on 127.0.0.1) recorded through real soaks of a service whose row-cache comes from
// the test's Verdaccio, the records of the earlier commits already on the record branch, and
// GitHub's issues API a loopback stand-in. A flat history opens nothing; a step up opens one issue;
// the next push updates it.

import { execFile } from 'node:child_process'
import * as fs from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import { promisify } from 'node:util'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { MemoryRecord } from '../../src/record/record.js'
import { recordPath } from '../../src/record/record.js'
import { makeProject, type Project } from '../support/bisect-project.js'
import { type GitHttpServer, startGitHttpServer } from '../support/git-http-server.js'
import { type FakeGitHub, startFakeGitHub } from '../support/github-server.js'
import { type Registry, rowCache, startRegistry } from '../support/registry.js'
import { runAction } from '../support/run-action.js'

// The remote is served from this process: git commands that reach it must not block its event loop.
const exec = promisify(execFile)
const git = (cwd: string, ...args: string[]) => exec('git', ['-C', cwd, ...args]).then((r) => r.stdout.trim())
const TOKEN = 'ghs_creep_token_5678'
const SOAK = 'MEMGATE_PROBE_BUDGET=1000 MEMGATE_SAMPLE_EVERY=100 node soak.js'
const MACHINE = { ImageOS: 'creep-test-os' }

let root: string
let registry: Registry
let github: FakeGitHub
let server: GitHttpServer
let project: Project
let remote: string
let checkout: string
/**
 * main's first-parent history, oldest first: 0…10 on row-cache 1.2.0, 11 bumps it to 2.0.0 (leaky),
 * 12…19 on top. Six commits of the new level make a step the trend calls at alpha 0.001.
 */
const commits: string[] = []
let flat: MemoryRecord
let leaky: MemoryRecord

/** A record of `commit` as `memgate record` measured it (real soaks), in a store of its own. */
async function measure(commit: string): Promise<MemoryRecord> {
  const store = path.join(root, `measure-${commit}`)
  await exec(
    process.execPath,
    [path.resolve('dist', 'cli.js'), 'record', '--commit', commit, '--store', store, '--soak', SOAK, '--runs', '3'],
    {
      cwd: project.dir,
      env: { ...process.env, ...MACHINE, GITHUB_TOKEN: '' }
    }
  )
  const file = fs.readdirSync(store, { recursive: true }).find((f) => String(f).endsWith('.json'))
  return JSON.parse(fs.readFileSync(path.join(store, String(file)), 'utf8'))
}

/** Adds records to the record branch: `source`'s measurement, as the record of each commit. */
async function seed(source: MemoryRecord, at: string[]): Promise<void> {
  const dir = fs.mkdtempSync(path.join(root, 'seed-'))
  await exec('git', ['init', '--quiet', dir])
  await git(dir, 'config', 'user.email', 'seed@example.com')
  await git(dir, 'config', 'user.name', 'seed')
  const fetched = await exec('git', ['-C', dir, 'fetch', '--quiet', remote, 'memgate-records']).then(
    () => true,
    () => false
  )
  if (fetched) await git(dir, 'checkout', '--quiet', 'FETCH_HEAD')
  for (const commit of at) {
    const file = recordPath(dir, source.key, commit)
    fs.mkdirSync(path.dirname(file), { recursive: true })
    fs.writeFileSync(file, `${JSON.stringify({ ...source, commit })}\n`)
  }
  await git(dir, 'add', '--all')
  await git(dir, 'commit', '--quiet', '-m', 'seed')
  await git(dir, 'push', '--quiet', remote, 'HEAD:refs/heads/memgate-records')
}

/** Moves the remote's main to commits[i] and the shallow checkout (actions/checkout's) with it. */
async function pushMain(i: number): Promise<string> {
  const sha = commits[i]!
  await git(project.dir, 'push', '--quiet', '--force', remote, `${sha}:refs/heads/main`)
  await git(checkout, 'fetch', '--quiet', '--depth=1', 'origin', sha)
  await git(checkout, 'checkout', '--quiet', '--force', sha)
  return sha
}

const push = (sha: string) => ({ ref: 'refs/heads/main', after: sha, repository: { full_name: 'acme/service', default_branch: 'main' } })
const record = (sha: string, inputs: Record<string, string> = {}) =>
  runAction({
    inputs: { mode: 'record', 'soak-command': SOAK, runs: '3', 'github-token': TOKEN, rollback: 'off', ...inputs },
    eventName: 'push',
    payload: push(sha),
    workspace: checkout,
    apiUrl: github.url,
    env: { GITHUB_SERVER_URL: server.url, ...MACHINE }
  })
const issueRequests = () => github.requests.filter((r) => /\/issues(\/\d+)?(\?|$)/.test(r.path))

beforeAll(async () => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'memgate-record-creep-'))
  registry = await startRegistry()
  for (const v of ['1.2.0', '2.0.0']) await registry.publish(rowCache('row-cache', v, v === '2.0.0'))
  github = await startFakeGitHub('acme', 'service')
  server = await startGitHttpServer(path.join(root, 'remote'))
  server.createRepo('acme/service.git')
  remote = `${server.url}/acme/service.git`
  project = await makeProject(path.join(root, 'repo'), {
    manager: 'npm',
    registry: registry.url,
    base: { 'row-cache': '1.2.0' },
    head: { 'row-cache': '2.0.0' }
  })
  // main: the base, ten more commits, the bump's manifest and lockfile as one commit, eight more.
  await git(project.dir, 'checkout', '--quiet', '-b', 'line', project.base)
  commits.push(project.base)
  const empty = async (message: string) => {
    await git(project.dir, 'commit', '--quiet', '--allow-empty', '-m', message)
    commits.push(await git(project.dir, 'rev-parse', 'HEAD'))
  }
  for (let i = 1; i <= 10; i++) await empty(`work ${i}`)
  await git(project.dir, 'checkout', '--quiet', project.head, '--', 'package.json', 'package-lock.json')
  await git(project.dir, 'commit', '--quiet', '-m', 'Bump row-cache from 1.2.0 to 2.0.0')
  commits.push(await git(project.dir, 'rev-parse', 'HEAD'))
  for (let i = 12; i <= 19; i++) await empty(`work ${i}`)
  flat = await measure(commits[0]!)
  leaky = await measure(commits[11]!)
  await seed(flat, commits.slice(0, 10))
  await git(project.dir, 'push', '--quiet', remote, `${commits[10]}:refs/heads/main`)
  checkout = path.join(root, 'checkout')
  await exec('git', ['clone', '--quiet', '--depth=1', remote, checkout])
}, 300_000)
afterAll(async () => {
  await github?.close()
  await server?.close()
  await registry?.stop()
  if (root) fs.rmSync(root, { recursive: true, force: true })
})

describe('creep: issue', () => {
  it('measures the rows of the service as different levels (the fixture works)', () => {
    expect(leaky.growth!.estimate - flat.growth!.estimate).toBeGreaterThan(256)
  })

  it('opens no issue while main is flat', async () => {
    const result = await record(await pushMain(10))
    expect(result.stderr).toBe('')
    expect(result.exitCode).toBe(0)
    expect(result.summary).toContain('No lasting step up over 11 commits')
    expect(issueRequests()).toEqual([])
    expect(github.issues.size).toBe(0)
  })

  it('warns, and keeps the record and the summary, when the issue cannot be opened', async () => {
    await seed(leaky, commits.slice(11, 16))
    github.failNext('POST', /\/issues$/, 403, 1, { message: 'Resource not accessible by integration' })
    const result = await record(await pushMain(16))
    expect(result.exitCode).toBe(0)
    expect(result.stdout).toMatch(/::warning::Could not open or update the creep issue \(HTTP 403\)/)
    expect(result.summary).toContain(`| \`${commits[11]!.slice(0, 7)}\` | \`${commits[10]!.slice(0, 7)}\``)
    const files = await git(path.join(server.root, 'acme/service.git'), 'ls-tree', '-r', '--name-only', 'memgate-records')
    expect(files).toContain(`${commits[16]}.json`)
    expect(github.issues.size).toBe(0)
  })

  it('opens one issue for a step up: the range with full SHAs in its links, the chart, the bump', async () => {
    const before = github.requests.length
    const result = await record(await pushMain(17))
    expect(result.stderr).toBe('')
    expect(result.exitCode).toBe(0)
    expect(github.requests.slice(before).filter((r) => r.method === 'POST' && r.path.endsWith('/issues'))).toHaveLength(1)
    expect(github.issues.size).toBe(1)
    const [issue] = [...github.issues.values()]
    const [step, lastBefore] = [commits[11]!, commits[10]!]
    expect(issue!.user.login).toBe('github-actions[bot]')
    expect(issue!.title).toContain(`stepped up at ${step.slice(0, 7)}`)
    expect(issue!.body.split('\n')[0]).toBe('<!-- memgate:creep -->')
    expect(issue!.body).toContain(`${server.url}/acme/service/compare/${lastBefore}...${step}`)
    expect(issue!.body).toContain(`[\`${step.slice(0, 7)}\`](${server.url}/acme/service/commit/${step})`)
    expect(issue!.body).toContain(`[\`${lastBefore.slice(0, 7)}\`](${server.url}/acme/service/commit/${lastBefore})`)
    expect(issue!.body).toMatch(/\| `row-cache` \| `1\.2\.0` \| `2\.0\.0` \| dependencies \|/)
    expect(issue!.body).toContain('```mermaid\nxychart-beta')
    expect(issue!.body).toContain('Records hold no heap snapshots yet')
    expect(result.stdout).toMatch(/Opened memgate's creep issue #\d+ for the step up at/)
  })

  it('updates that issue on the next push, never opening a second one', async () => {
    const [issue] = [...github.issues.values()]
    const before = github.requests.length
    const result = await record(await pushMain(18))
    expect(result.exitCode).toBe(0)
    const writes = github.requests.slice(before).filter((r) => r.method !== 'GET' && /\/issues/.test(r.path))
    expect(writes.map((r) => `${r.method} ${r.path}`)).toEqual([`PATCH /repos/acme/service/issues/${issue!.number}`])
    expect(github.issues.size).toBe(1)
    expect(issue!.body).toContain(commits[18]!.slice(0, 7)) // the chart and the last recorded commit moved on
    expect(issue!.body.match(/<!-- memgate:creep-steps (.*) -->/)?.[1]?.split(' ')).toHaveLength(1)
  })

  it('opens no new issue for a step it reported once the issue is closed', async () => {
    const [issue] = [...github.issues.values()]
    issue!.state = 'closed'
    const before = github.requests.length
    const result = await record(await pushMain(19), { runs: '2' })
    expect(result.exitCode).toBe(0)
    expect(github.requests.slice(before).filter((r) => r.method !== 'GET' && /\/issues/.test(r.path))).toEqual([])
    expect(result.stdout).toContain('Every step up in the trend was reported before')
  })
})
