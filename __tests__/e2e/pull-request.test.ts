// End to end: the pull_request events a required check meets besides a push — drafts, labels,
// Dependabot's read-only token, pull_request_target from a fork — through dist/index.js against the
// loopback GitHub API, with payloads shaped like GitHub's.

import * as fs from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { createDemoRepo, type DemoRepo } from '../../src/demo.js'
import { type FakeGitHub, startFakeGitHub } from '../support/github-server.js'
import { type PullOptions, pullRequestPayload } from '../support/payloads.js'
import { createTwoCommitRepo, runAction } from '../support/run-action.js'

const TOKEN = 'ghs_memgatePullToken0123456789abcd'
const SOAK = 'SOAK_ITERATIONS=12000 MEMGATE_PROBE_BUDGET=1000 MEMGATE_SAMPLE_EVERY=250 node soak.js'
const NO_INSTALL = 'echo MEMGATE-INSTALL-RAN; exit 1'

let github: FakeGitHub
let root: string
let leaky: DemoRepo
/** A PR that changes no dependency: measuring it is quick (verdict skipped), so what matters is whether it was measured. */
let docs: { dir: string; baseSha: string; headSha: string }
let fresh = 0

/** Another PR without dependency changes, on commits no status has been set on yet. */
function freshDocs() {
  fresh++
  return createTwoCommitRepo(
    path.join(root, `docs-${fresh}`),
    { 'package.json': { name: `docs-${fresh}`, version: '1.0.0' }, 'README.md': 'one\n' },
    { 'README.md': `two ${fresh}\n` }
  )
}

beforeAll(async () => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'memgate-pr-'))
  github = await startFakeGitHub('acme', 'service')
  leaky = await createDemoRepo(path.join(root, 'leaky'), 'leaky')
  docs = await createTwoCommitRepo(
    path.join(root, 'docs'),
    { 'package.json': { name: 'docs', version: '1.0.0' }, 'README.md': 'one\n' },
    { 'README.md': 'two\n' }
  )
  github.permissions.set('maintainer', 'write')
  github.permissions.set('triager', 'triage')
})

afterAll(async () => {
  await github?.close()
  fs.rmSync(root, { recursive: true, force: true })
})

function pull(
  repo: { dir: string; baseSha: string; headSha: string },
  o: Omit<PullOptions, 'baseSha' | 'headSha'>,
  inputs: Record<string, string> = {},
  eventName = 'pull_request'
) {
  github.pulls.set(o.number ?? 12, {
    headSha: repo.headSha,
    baseSha: repo.baseSha,
    headRepository: o.headRepository ?? undefined,
    draft: o.draft,
    labels: o.labels
  })
  return runAction({
    inputs: { 'github-token': TOKEN, 'soak-command': SOAK, 'install-command': NO_INSTALL, runs: '5', ...inputs },
    eventName,
    payload: pullRequestPayload({ ...o, baseSha: repo.baseSha, headSha: repo.headSha }),
    workspace: repo.dir,
    apiUrl: github.url
  })
}

/** Statuses set on `sha` since `from` (an index into github.statuses). */
const newStatuses = (sha: string, from: number) =>
  github.statuses
    .slice(from)
    .filter((s) => s.sha === sha)
    .map((s) => `${s.state}: ${s.description}`)

describe('drafts', () => {
  it('gives a draft "draft: not measured" with skip-drafts, installing nothing', async () => {
    const from = github.statuses.length
    const run = await pull(leaky, { action: 'opened', number: 40, draft: true }, { 'skip-drafts': 'true' })
    expect({ exitCode: run.exitCode, verdict: run.outputs.verdict }).toEqual({ exitCode: 0, verdict: 'skipped' })
    expect(newStatuses(leaky.headSha, from)).toEqual(['success: draft: not measured'])
    expect(run.stdout + run.stderr).not.toContain('MEMGATE-INSTALL-RAN')
    expect(JSON.parse(fs.readFileSync(run.outputs['report-file']!, 'utf8')).reason).toMatch(/^draft: not measured\. /)
  })

  it('measures a draft when it is ready for review', async () => {
    const from = github.statuses.length
    const run = await pull(docs, { action: 'ready_for_review', number: 41, draft: false }, { 'skip-drafts': 'true' })
    expect(run.exitCode).toBe(0)
    expect(newStatuses(docs.headSha, from)).toEqual([
      expect.stringMatching(/^pending: Measuring/),
      expect.stringMatching(/^success: skipped: No dependency changed/)
    ])
  })

  it('measures drafts by default', async () => {
    const from = github.statuses.length
    await pull(docs, { action: 'opened', number: 42, draft: true })
    expect(newStatuses(docs.headSha, from)).toEqual([
      expect.stringMatching(/^pending: Measuring/),
      expect.stringMatching(/^success: skipped: No dependency/)
    ])
  })
})

describe('the skip label', () => {
  const PR = 43
  const events = () => github.issueEvents.get(PR) ?? []
  const label = (event: string, name: string, login: string) => {
    github.issueEvents.set(PR, [...events(), { event, actor: { login }, label: { name } }])
  }

  it('does not skip for a user without write permission; a head without a status is measured', async () => {
    label('labeled', 'memgate:skip', 'triager')
    const repo = await freshDocs()
    const run = await pull(repo, { action: 'labeled', number: PR, label: 'memgate:skip', labels: ['memgate:skip'], sender: 'triager' })
    expect(run.stdout).toContain('@triager set the memgate:skip label with triage permission')
    expect(newStatuses(repo.headSha, 0)).toEqual([
      expect.stringMatching(/^pending: Measuring/),
      expect.stringMatching(/^success: skipped: No dependency/)
    ])
  })

  it('does not skip for a user without write permission; a head with a finished status keeps it', async () => {
    const from = github.statuses.length
    const run = await pull(docs, { action: 'labeled', number: PR, label: 'memgate:skip', labels: ['memgate:skip'], sender: 'triager' })
    expect(run.exitCode).toBe(0)
    expect(newStatuses(docs.headSha, from)).toEqual([])
  })

  it('gives "skipped by label" when a user with write permission sets it', async () => {
    label('labeled', 'memgate:skip', 'maintainer')
    const from = github.statuses.length
    const run = await pull(leaky, { action: 'labeled', number: PR, label: 'memgate:skip', labels: ['memgate:skip'], sender: 'maintainer' })
    expect(run.exitCode).toBe(0)
    expect(newStatuses(leaky.headSha, from)).toEqual(['success: skipped by label'])
    expect(run.stdout + run.stderr).not.toContain('MEMGATE-INSTALL-RAN')
  })

  it('keeps skipping later pushes while the label stays, reading who set it', async () => {
    const from = github.statuses.length
    const run = await pull(leaky, { action: 'synchronize', number: PR, labels: ['memgate:skip'] })
    expect(newStatuses(leaky.headSha, from)).toEqual(['success: skipped by label'])
    expect(github.requests.some((r) => r.path.startsWith(`/repos/acme/service/issues/${PR}/events`))).toBe(true)
    expect(run.stdout + run.stderr).not.toContain('MEMGATE-INSTALL-RAN')
  })

  it("measures a head pushed after a writer's label: the skip was for the head it was set on", async () => {
    label('labeled', 'memgate:skip', 'maintainer')
    const repo = await freshDocs()
    const run = await pull(repo, { action: 'synchronize', number: PR, labels: ['memgate:skip'] })
    expect(run.stdout).toContain(
      `The memgate:skip label was set for an earlier head; ${repo.headSha.slice(0, 7)} was pushed since, so it is measured`
    )
    expect(newStatuses(repo.headSha, 0)).toEqual([
      expect.stringMatching(/^pending: Measuring/),
      expect.stringMatching(/^success: skipped: No dependency/)
    ])
  })

  it('does not count the label when the token may not read who set it, and says which permission is missing', async () => {
    github.failNext('GET', /\/issues\/\d+\/events$/, 403, 1, { message: 'Resource not accessible by integration' })
    const repo = await freshDocs()
    // The label's own run skipped this head; a later event on it reads who set the label.
    github.statuses.push({ sha: repo.headSha, state: 'success', context: 'memgate', description: 'skipped by label' })
    const from = github.statuses.length
    const run = await pull(repo, { action: 'synchronize', number: PR, labels: ['memgate:skip'] })
    expect(run.stdout).toContain('::warning::Could not read who set the memgate:skip label (HTTP 403): the token lacks `issues: read`')
    expect(newStatuses(repo.headSha, from)).toEqual([
      expect.stringMatching(/^pending: Measuring/),
      expect.stringMatching(/^success: skipped: No dependency/)
    ])
  })

  it('measures again when the label is removed', async () => {
    label('unlabeled', 'memgate:skip', 'maintainer')
    const from = github.statuses.length
    await pull(docs, { action: 'unlabeled', number: PR, label: 'memgate:skip', labels: [] })
    expect(newStatuses(docs.headSha, from)).toEqual([
      expect.stringMatching(/^pending: Measuring/),
      expect.stringMatching(/^success: skipped: No dependency/)
    ])
  })

  it('leaves a finished status alone when another label comes or goes', async () => {
    const from = github.statuses.length
    const run = await pull(docs, { action: 'labeled', number: PR, label: 'bug', labels: ['bug'] })
    expect(run.exitCode).toBe(0)
    expect(newStatuses(docs.headSha, from)).toEqual([])
    expect(run.stdout).toMatch(/the success status of [0-9a-f]{7} stands/)
  })

  it("measures again on another label when the head's status was left as an error (a cancelled run)", async () => {
    github.statuses.push({
      sha: docs.headSha,
      state: 'error',
      context: 'memgate',
      description: 'cancelled: the workflow run was cancelled or timed out'
    })
    const from = github.statuses.length
    await pull(docs, { action: 'unlabeled', number: PR, label: 'bug', labels: [] })
    expect(newStatuses(docs.headSha, from)).toEqual([
      expect.stringMatching(/^pending: Measuring/),
      expect.stringMatching(/^success: skipped: No dependency/)
    ])
  })
})

describe('a Dependabot PR with a read-only token', () => {
  it('keeps the verdict in the summary and outputs, fails the step by fail-on, and says in one line which permissions are missing', async () => {
    // Exactly the writes the run makes: the pending and the final status, the new comment.
    github.failNext('POST', /\/statuses\//, 403, 2, { message: 'Resource not accessible by integration' })
    github.failNext('POST', /\/issues\/\d+\/comments$/, 403, 1, { message: 'Resource not accessible by integration' })
    const run = await pull(
      leaky,
      { action: 'opened', number: 44, sender: 'dependabot[bot]', title: 'Bump event-hub from 1.0.0 to 2.0.0' },
      { 'install-command': 'npm ci --no-audit --no-fund' }
    )
    expect(run.outputs.verdict).toBe('leak')
    expect(run.exitCode).toBe(1)
    expect(run.summary).toMatch(/^## 🔴 .* leaks memory/m)
    const lines = run.stdout.split('\n').filter((l) => l.includes('the token lacks'))
    expect(lines).toEqual([
      expect.stringMatching(
        /^::warning::memgate could not set the commit status and write the PR comment: the token lacks `statuses: write` and `pull-requests: write`; add them under the job's `permissions:`/
      )
    ])
  })
})

describe('pull_request_target', () => {
  it("refuses to install or run a fork's head, and says why in the log, the summary and the status", async () => {
    const from = github.statuses.length
    const run = await pull(leaky, { action: 'opened', number: 45, headRepository: 'stranger/service' }, {}, 'pull_request_target')
    expect(run.exitCode).toBe(1)
    expect(run.stdout).toMatch(
      /::error::pull_request_target runs with a write token and the repository's secrets, so memgate does not install or run the head of a fork \(stranger\/service at [0-9a-f]{7}\)/
    )
    expect(run.summary).toContain('mode: measure on pull_request and mode: report on workflow_run')
    expect(newStatuses(leaky.headSha, from)).toEqual([
      expect.stringMatching(/^error: refused: pull_request_target does not run a fork's head/)
    ])
    expect(run.stdout + run.stderr).not.toContain('MEMGATE-INSTALL-RAN')
    expect(fs.readdirSync(run.tempDir).filter((f) => f.startsWith('memgate-'))).toEqual([])
  })

  it('measures a head from the same repository', async () => {
    const from = github.statuses.length
    const run = await pull(docs, { action: 'synchronize', number: 46 }, {}, 'pull_request_target')
    expect(run.exitCode).toBe(0)
    expect(newStatuses(docs.headSha, from)).toEqual([
      expect.stringMatching(/^pending: Measuring/),
      expect.stringMatching(/^success: skipped: No dependency/)
    ])
  })
})
