// End to end: the fork-safe pair. `mode: measure` runs the PR's code with a read-only token and
// writes nothing to GitHub; `mode: report`, in a workflow_run workflow, checks the artifact it is
// handed against the API and the measure run's own head SHA, then posts.

import { execFileSync } from 'node:child_process'
import * as fs from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { DemoRepo } from '../../src/demo.js'
import { MEMGATE_VERSION } from '../../src/version.js'
import { demoRepo } from '../support/demo-repo.js'
import { type FakeGitHub, startFakeGitHub } from '../support/github-server.js'
import { pullRequestEvent, runAction, workflowRunEvent } from '../support/run-action.js'

const TOKEN = 'ghs_memgateForkToken0123456789abc'
const PR = 41

let github: FakeGitHub
let root: string
let clean: DemoRepo
let artifactDir: string
let measured: Record<string, unknown>

beforeAll(async () => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'memgate-fork-'))
  github = await startFakeGitHub('acme', 'service')
  clean = await demoRepo(path.join(root, 'clean'), 'clean')
  github.pulls.set(PR, { headSha: clean.headSha, baseSha: clean.baseSha, headRepository: 'stranger/service' })
})

afterAll(async () => {
  await github?.close()
  fs.rmSync(root, { recursive: true, force: true })
})

/** The report workflow: the artifact downloaded to a directory, memgate in mode report. */
function report(dir: string, event: Parameters<typeof workflowRunEvent>[0]) {
  return runAction({
    inputs: { 'github-token': TOKEN, mode: 'report', 'report-path': dir },
    eventName: 'workflow_run',
    payload: workflowRunEvent(event),
    workspace: root,
    apiUrl: github.url
  })
}

function tamperedArtifact(name: string, change: (r: Record<string, any>) => void): string {
  const dir = path.join(root, name)
  fs.mkdirSync(dir, { recursive: true })
  const copy = structuredClone(measured) as Record<string, any>
  change(copy)
  fs.writeFileSync(path.join(dir, 'memgate-report.json'), JSON.stringify(copy))
  return dir
}

describe('mode: measure, then mode: report', () => {
  it('measures a fork PR without writing to GitHub and keeps the report for the artifact', async () => {
    const run = await runAction({
      inputs: {
        'github-token': TOKEN,
        mode: 'measure',
        'soak-command': 'SOAK_ITERATIONS=8000 MEMGATE_PROBE_BUDGET=1000 MEMGATE_SAMPLE_EVERY=250 node soak.js',
        'install-command': 'npm ci --no-audit --no-fund',
        runs: '5'
      },
      eventName: 'pull_request',
      payload: pullRequestEvent({ number: PR, baseSha: clean.baseSha, headSha: clean.headSha, headRepository: 'stranger/service' }),
      workspace: clean.dir,
      apiUrl: github.url
    })
    if (process.env.MEMGATE_DEBUG_OUT) fs.writeFileSync(process.env.MEMGATE_DEBUG_OUT, run.stdout + run.stderr)
    expect({ exitCode: run.exitCode, verdict: run.outputs.verdict }).toEqual({ exitCode: 0, verdict: 'pass' })
    expect(github.requests.filter((r) => r.method !== 'GET')).toEqual([])
    expect(run.summary).toMatch(/^## 🟢 no leak in /m)
    expect(run.stdout).toContain('were not uploaded as an artifact')
    measured = JSON.parse(fs.readFileSync(run.outputs['report-file']!, 'utf8'))
    expect(measured).toMatchObject({ verdict: 'pass', pullRequest: { repository: 'acme/service', number: PR, headSha: clean.headSha } })
    artifactDir = path.join(root, 'artifact')
    fs.mkdirSync(artifactDir)
    fs.copyFileSync(run.outputs['report-file']!, path.join(artifactDir, 'memgate-report.json'))
  })

  it('posts the checked report: status on the measured head, one comment linking the measure run', async () => {
    const run = await report(artifactDir, { headSha: clean.headSha })
    expect(run.exitCode).toBe(0)
    expect(run.outputs.verdict).toBe('pass')
    expect(github.statuses).toEqual([
      expect.objectContaining({
        sha: clean.headSha,
        state: 'success',
        context: 'memgate',
        target_url: 'https://github.com/acme/service/actions/runs/99'
      })
    ])
    const comments = github.comments.get(PR) ?? []
    expect(comments).toHaveLength(1)
    expect(comments[0]!.body).toMatch(/^## 🟢 no leak in /m)
    expect(comments[0]!.body).toContain('[workflow run and artifacts](https://github.com/acme/service/actions/runs/99)')
    // This workflow's soak-command input is not the measure run's: the runbook does not guess it,
    // and takes the runs the report measured (an early look may have decided at 2 or 3).
    expect(comments[0]!.body).toContain(
      `npx -y memgate@${MEMGATE_VERSION} run --base ${clean.baseSha} --head ${clean.headSha} --runs ${(measured.head as { runs: number }).runs} --work-dir memgate-work`
    )
  })

  it('sets pending when the measure run starts', async () => {
    const before = github.statuses.length
    const run = await report(path.join(root, 'nothing-yet'), { headSha: clean.headSha, action: 'requested', conclusion: null })
    expect(run.exitCode).toBe(0)
    expect(github.statuses.slice(before)).toEqual([expect.objectContaining({ sha: clean.headSha, state: 'pending' })])
    expect(run.state['memgate-pending-status'] ?? '').toBe('') // the completed event ends it, not a post step
  })

  it.each([
    [
      'a head the measure run did not run on',
      (r: Record<string, any>) => {
        r.head.sha = 'a'.repeat(40)
        r.pullRequest.headSha = 'a'.repeat(40)
      },
      /claims head aaaaaaa, but the measure run ran on/
    ],
    [
      'a report whose head and PR head disagree',
      (r: Record<string, any>) => {
        r.pullRequest.headSha = 'b'.repeat(40)
      },
      /measured .* but claims PR head bbbbbbb/
    ],
    [
      'another repository',
      (r: Record<string, any>) => {
        r.pullRequest.repository = 'evil/service'
      },
      /is for evil\/service/
    ],
    [
      'another format',
      (r: Record<string, any>) => {
        r.format = 'memgate-report/9'
      },
      /not a valid memgate-report\/1: format/
    ],
    [
      'a verdict that does not exist',
      (r: Record<string, any>) => {
        r.verdict = 'fine'
      },
      /verdict is "fine"/
    ]
  ])('rejects %s: error status, no comment', async (name, change, reason) => {
    const before = github.statuses.length
    const comments = (github.comments.get(PR) ?? []).map((c) => c.body)
    const run = await report(tamperedArtifact(name.replace(/\W+/g, '-'), change), { headSha: clean.headSha })
    expect(run.exitCode).toBe(1)
    expect(run.outputs.verdict).toBe('error')
    expect(run.stdout).toMatch(reason)
    expect(github.statuses.slice(before)).toEqual([
      expect.objectContaining({ sha: clean.headSha, state: 'error', description: expect.stringMatching(/^Report rejected: /) })
    ])
    expect((github.comments.get(PR) ?? []).map((c) => c.body)).toEqual(comments)
  })

  // Only memgate's answer to `/memgate accept` turns a leak green; an artifact saying so does not.
  it('never takes an acceptance from the artifact', async () => {
    const before = github.statuses.length
    const dir = tamperedArtifact('self-accepted', (r) => {
      r.verdict = 'leak'
      r.reason = 'Head retains more per iteration than base.'
      r.accepted = { by: 'maintainer', reason: 'looks fine' }
    })
    const run = await report(dir, { headSha: clean.headSha })
    expect(run.exitCode).toBe(1)
    expect(run.outputs.verdict).toBe('leak')
    expect(github.statuses.slice(before)).toEqual([expect.objectContaining({ sha: clean.headSha, state: 'failure' })])
    const body = (github.comments.get(PR) ?? []).find((c) => c.body.includes('memgate-comment'))!.body
    expect(body).toMatch(/^## 🔴 .* leaks memory/m)
    expect(body).not.toContain('Accepted')
  })

  it('does not comment on a PR whose head is not the measured commit', async () => {
    github.pulls.set(42, { headSha: 'c'.repeat(40), baseSha: clean.baseSha })
    const before = github.statuses.length
    const run = await report(
      tamperedArtifact('other-pr', (r) => {
        r.pullRequest.number = 42
      }),
      { headSha: clean.headSha }
    )
    expect(run.exitCode).toBe(0)
    // The status is true of the measured commit; PR 42 gets nothing.
    expect(github.statuses.slice(before)).toEqual([expect.objectContaining({ sha: clean.headSha, state: 'success' })])
    expect(github.comments.get(42) ?? []).toEqual([])
  })

  it('ends the check as error when the measure run was cancelled and left no report', async () => {
    const before = github.statuses.length
    const run = await report(path.join(root, 'no-artifact'), { headSha: clean.headSha, conclusion: 'cancelled' })
    expect(run.exitCode).toBe(1)
    expect(github.statuses.slice(before)).toEqual([
      expect.objectContaining({ sha: clean.headSha, state: 'error', description: expect.stringMatching(/^cancelled/) })
    ])
  })

  // The artifact is the PR's job's: whatever it holds, the pending status the requested run set
  // ends, and a final status that cannot be written fails the step.
  it.each([
    [
      'a directory where the report file should be',
      (dir: string) => fs.mkdirSync(path.join(dir, 'memgate-report.json')),
      /memgate-report\.json is not a file/
    ],
    [
      'a FIFO where the report file should be',
      (dir: string) => execFileSync('mkfifo', [path.join(dir, 'memgate-report.json')]),
      /memgate-report\.json is not a file/
    ],
    [
      'an unreadable report file',
      (dir: string) => fs.symlinkSync(path.join(dir, 'nowhere'), path.join(dir, 'memgate-report.json')),
      /memgate-report\.json cannot be read \(ENOENT\)|left no report/
    ]
  ])('ends the check as error for %s', async (name, make, reason) => {
    const dir = path.join(root, `odd-${name.replace(/\W+/g, '-')}`)
    fs.mkdirSync(dir, { recursive: true })
    make(dir)
    const comments = (github.comments.get(PR) ?? []).map((c) => c.body)
    const before = github.statuses.length
    const run = await report(dir, { headSha: clean.headSha })
    expect(run.exitCode).toBe(1)
    expect(run.outputs.verdict).toBe('error')
    expect(run.stdout).toMatch(reason)
    expect(github.statuses.slice(before)).toEqual([
      expect.objectContaining({ sha: clean.headSha, state: 'error', description: expect.stringMatching(reason) })
    ])
    expect((github.comments.get(PR) ?? []).map((c) => c.body)).toEqual(comments)
    expect(run.state['memgate-pending-status'] ?? '').toBe('')
  })

  it('fails the step when the final status cannot be written, and leaves the status to the post step', async () => {
    github.failNext('POST', /\/statuses\//, 403, 2)
    const before = github.requests.length
    const run = await report(artifactDir, { headSha: clean.headSha })
    expect(run.exitCode).toBe(1)
    expect(run.stdout).toContain(
      `The final memgate status (success) could not be written on ${clean.headSha.slice(0, 7)}; the check would stay pending`
    )
    expect(github.requests.slice(before).filter((r) => r.method === 'POST' && r.path.includes('/statuses/'))).toHaveLength(2)
    // The post step gets the status this run owed.
    expect(JSON.parse(run.state['memgate-pending-status']!)).toMatchObject({ owner: 'acme', repo: 'service', sha: clean.headSha })
    const post = await runAction({
      inputs: { 'github-token': TOKEN, mode: 'report' },
      eventName: 'workflow_run',
      payload: {},
      workspace: root,
      apiUrl: github.url,
      entry: 'post.js',
      state: { 'memgate-pending-status': run.state['memgate-pending-status']! }
    })
    expect(post.exitCode).toBe(0)
    expect(github.statuses.at(-1)).toEqual(expect.objectContaining({ sha: clean.headSha, state: 'error' }))
  })
})
