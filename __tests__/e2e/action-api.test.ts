// End to end: how dist/index.js (and dist/post.js) behave when the GitHub API or the runner gets in
// the way — 5xx, rate limits, read-only tokens, cancellation, a killed step. These runs end early
// (a PR without dependency changes, or a soak that only sleeps), so the soak is never the point.

import type { ChildProcess } from 'node:child_process'
import * as fs from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { type FakeGitHub, startFakeGitHub } from '../support/github-server.js'
import { isRunning } from '../support/process.js'
import { type ActionRunOptions, createTwoCommitRepo, pullRequestEvent, runAction } from '../support/run-action.js'

const TOKEN = 'ghs_memgateApiTestToken0123456789'

let github: FakeGitHub
let root: string
type Repo = { dir: string; baseSha: string; headSha: string }
let quiet: Repo
let sleepy: Repo

beforeAll(async () => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'memgate-api-'))
  github = await startFakeGitHub('acme', 'service')
  quiet = await createTwoCommitRepo(
    path.join(root, 'quiet'),
    { 'package.json': { name: 'svc', private: true, dependencies: {} }, 'README.md': 'v1\n' },
    { 'README.md': 'v2\n' }
  )
  // A real bump (manifest only) and a soak that sleeps: the run is busy when the runner stops it.
  sleepy = await createTwoCommitRepo(
    path.join(root, 'sleepy'),
    { 'package.json': { name: 'svc', private: true, dependencies: { ms: '2.1.2' } } },
    { 'package.json': { name: 'svc', private: true, dependencies: { ms: '2.1.3' } } }
  )
})

afterAll(async () => {
  await github?.close()
  fs.rmSync(root, { recursive: true, force: true })
})

function act(repo: Repo, number: number, extra: Partial<ActionRunOptions> = {}) {
  github.pulls.set(number, { headSha: repo.headSha, baseSha: repo.baseSha })
  return runAction({
    inputs: { 'github-token': TOKEN, 'soak-command': SOAK, 'install-command': 'true', runs: '2' },
    eventName: 'pull_request',
    payload: pullRequestEvent({ number, baseSha: repo.baseSha, headSha: repo.headSha }),
    workspace: repo.dir,
    apiUrl: github.url,
    ...extra
  })
}

// Each soak process leaves its pid, so that a test can wait for one to start and check it is gone.
const PIDS = fs.mkdtempSync(path.join(os.tmpdir(), 'memgate-soak-pids-'))
const SOAK = `echo $$ > "${PIDS}/$$"; exec sleep 8`
const soakPids = () => fs.readdirSync(PIDS).map(Number)

const statusesOf = (sha: string, since: number) => github.statuses.slice(since).filter((s) => s.sha === sha)
const countRequests = (method: string, pattern: RegExp, since: number) =>
  github.requests.slice(since).filter((r) => r.method === method && pattern.test(r.path)).length

describe('GitHub API trouble', () => {
  it('retries a 500 and then succeeds', async () => {
    const since = github.requests.length
    const statuses = github.statuses.length
    github.failNext('POST', /\/statuses\//, 500, 1)
    github.failNext('GET', /\/pulls\/\d+$/, 502, 1)
    const run = await act(quiet, 50)
    expect(run.exitCode).toBe(0)
    expect(statusesOf(quiet.headSha, statuses).map((s) => s.state)).toEqual(['pending', 'success'])
    expect(countRequests('POST', /\/statuses\//, since)).toBe(3) // the failed one, its retry, the final one
    expect(countRequests('GET', /\/pulls\/50$/, since)).toBe(2)
    expect(run.stdout).not.toContain('::warning::Could not')
  })

  it('waits out a secondary rate limit', async () => {
    const since = github.requests.length
    const statuses = github.statuses.length
    github.failNext('POST', /\/statuses\//, 403, 1, {
      message: 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.',
      headers: { 'retry-after': '1' }
    })
    const run = await act(quiet, 51)
    expect(run.exitCode).toBe(0)
    expect(statusesOf(quiet.headSha, statuses).map((s) => s.state)).toEqual(['pending', 'success'])
    expect(countRequests('POST', /\/statuses\//, since)).toBe(3)
    expect(run.stdout).toContain('GitHub secondary rate limit on POST')
  })

  it('turns 403 (a read-only token) and 404 into warnings; the verdict, outputs and summary stand', async () => {
    const since = github.requests.length
    github.failNext('POST', /\/statuses\//, 403, 2)
    github.failNext('GET', /\/issues\/52\/comments$/, 403, 1)
    github.pulls.set(52, { headSha: quiet.headSha, baseSha: quiet.baseSha })
    const run = await act(quiet, 52)
    expect(run.exitCode).toBe(0)
    expect(run.outputs.verdict).toBe('skipped')
    expect(JSON.parse(fs.readFileSync(run.outputs['report-file']!, 'utf8')).verdict).toBe('skipped')
    expect(run.summary).toContain('## ⚪ nothing to measure')
    expect(run.stdout).toContain('Could not set the pending status (HTTP 403)')
    expect(run.stdout).toContain('Could not set the success status (HTTP 403)')
    expect(run.stdout).toContain('Could not update the PR comment (HTTP 403)')
    // One warning for every refused write: which permissions, and where to grant them.
    expect(run.stdout.split('\n').filter((l) => l.startsWith('::warning::') && !l.includes('artifact'))).toEqual([
      expect.stringMatching(
        /^::warning::memgate could not set the commit status and write the PR comment: the token lacks `statuses: write` and `pull-requests: write`; add them under the job's `permissions:` .*read-only/
      )
    ])
    expect(countRequests('POST', /\/statuses\//, since)).toBe(2) // a 403 is never retried

    github.pulls.delete(53)
    const missing = await runAction({
      inputs: { 'github-token': TOKEN },
      eventName: 'pull_request',
      payload: pullRequestEvent({ number: 53, baseSha: quiet.baseSha, headSha: quiet.headSha }),
      workspace: quiet.dir,
      apiUrl: github.url
    })
    expect(missing.exitCode).toBe(0)
    expect(missing.outputs.verdict).toBe('skipped')
    expect(missing.stdout).toContain('::warning::Could not update the PR comment (HTTP 404)')
  })
})

describe('a run that does not finish', () => {
  async function startAndStop(number: number, signal: NodeJS.Signals) {
    const since = github.statuses.length
    let child: ChildProcess | undefined
    const running = act(sleepy, number, { onSpawn: (c) => (child = c) })
    const deadline = Date.now() + 60_000
    while (!statusesOf(sleepy.headSha, since).some((s) => s.state === 'pending') && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 100))
    }
    // Worktrees and installs come first: wait for a soak to start.
    const before = new Set(soakPids())
    while (!soakPids().some((pid) => !before.has(pid)) && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 100))
    }
    const soaks = soakPids().filter((pid) => !before.has(pid))
    expect(soaks.length).toBeGreaterThan(0)
    child!.kill(signal)
    return { run: await running, since, soaks }
  }

  it('ends the status as error "cancelled" on SIGTERM instead of leaving it pending', async () => {
    const { run, since, soaks } = await startAndStop(60, 'SIGTERM')
    expect(run.exitCode).toBe(1)
    expect(soaks.filter(isRunning)).toEqual([]) // no soak outlives the cancelled action
    const states = statusesOf(sleepy.headSha, since)
    expect(states.map((s) => s.state)).toEqual(['pending', 'error'])
    expect(states[1]!.description).toMatch(/^cancelled/)
    expect(run.outputs.verdict).toBe('error')
    expect(run.state['memgate-pending-status']).toBe('')
  })

  it('leaves the post step to end the status when the step is killed outright', async () => {
    const { run, since } = await startAndStop(61, 'SIGKILL')
    expect(statusesOf(sleepy.headSha, since).map((s) => s.state)).toEqual(['pending'])
    const saved = JSON.parse(run.state['memgate-pending-status']!)
    expect(saved).toMatchObject({ owner: 'acme', repo: 'service', sha: sleepy.headSha })

    const post = await act(sleepy, 61, { entry: 'post.js', state: run.state })
    expect(post.exitCode).toBe(0)
    const states = statusesOf(sleepy.headSha, since)
    expect(states.map((s) => s.state)).toEqual(['pending', 'error'])
    expect(states[1]).toMatchObject({ context: 'memgate', target_url: 'https://github.com/acme/service/actions/runs/4242' })
    expect(states[1]!.description).toMatch(/did not finish/)

    // A state the main step did not write (another repository, a SHA that is not one) is refused.
    for (const forged of [
      { ...saved, owner: 'evil' },
      { ...saved, sha: 'refs/heads/main' },
      { ...saved, targetUrl: 'https://evil.example/x' }
    ]) {
      const count = github.requests.length
      const refused = await act(sleepy, 61, { entry: 'post.js', state: { 'memgate-pending-status': JSON.stringify(forged) } })
      expect(refused.exitCode).toBe(0)
      expect(refused.stdout).toContain("::warning::The saved pending status was not left by memgate's main step")
      expect(github.requests.length).toBe(count)
    }

    // After a step that finished, the post step has nothing to do.
    const before = github.requests.length
    const idle = await act(sleepy, 61, { entry: 'post.js', state: { 'memgate-pending-status': '' } })
    expect(idle.exitCode).toBe(0)
    expect(github.requests.length).toBe(before)
  })
})

describe('inputs', () => {
  it('refuses a bad fail-on with a one-line reason before touching GitHub', async () => {
    const before = github.requests.length
    const run = await act(quiet, 70, { inputs: { 'github-token': TOKEN, 'fail-on': 'leak, sometimes' } })
    expect(run.exitCode).toBe(1)
    expect(run.stdout).toContain("::error::Invalid fail-on 'sometimes'. Expected leak, inconclusive (comma-separated) or none.")
    expect(run.outputs.verdict).toBe('error')
    expect(github.requests.length).toBe(before)
  })
})
