// End to end: merge_group events through dist/index.js, on real demo repositories (real git, npm
// installs and soaks) against the loopback GitHub API. The queue needs a status on the group's
// commit: in seconds when nothing changed or a queued PR's verdict covers the group, measured
// otherwise.

import { execFileSync } from 'node:child_process'
import * as fs from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { createDemoRepo, type DemoRepo } from '../../src/demo.js'
import { buildReport } from '../../src/report/build.js'
import { renderComment } from '../../src/report/markdown.js'
import { type FakeGitHub, startFakeGitHub } from '../support/github-server.js'
import { mergeGroupPayload, pullRequestPayload } from '../support/payloads.js'
import { issueCommentEvent, runAction } from '../support/run-action.js'

const TOKEN = 'ghs_memgateQueueToken0123456789abcd'
const SOAK = 'SOAK_ITERATIONS=12000 MEMGATE_PROBE_BUDGET=1000 MEMGATE_SAMPLE_EVERY=250 node soak.js'
/** An install that must never run: a group answered without measuring installs nothing. */
const NO_INSTALL = 'echo MEMGATE-INSTALL-RAN; exit 1'

let github: FakeGitHub
let root: string
let clean: DemoRepo
let leaky: DemoRepo

const git = (cwd: string, ...args: string[]) => execFileSync('git', args, { cwd, stdio: 'pipe' }).toString().trim()

/** The queue's commit: main with the PR branch merged, as GitHub's merge queue builds it. */
function queueCommit(repo: DemoRepo, pullNumber: number): string {
  git(repo.dir, 'switch', '--quiet', 'main')
  git(repo.dir, 'merge', '--quiet', '--no-ff', '-m', `Merge pull request #${pullNumber} from acme/bump`, 'bump')
  const sha = git(repo.dir, 'rev-parse', 'HEAD')
  git(repo.dir, 'reset', '--quiet', '--hard', repo.baseSha)
  return sha
}

function group(repo: DemoRepo, headSha: string, pullNumber: number, inputs: Record<string, string> = {}) {
  return runAction({
    inputs: { 'github-token': TOKEN, 'soak-command': SOAK, 'install-command': NO_INSTALL, runs: '5', ...inputs },
    eventName: 'merge_group',
    payload: mergeGroupPayload({ headSha, baseSha: repo.baseSha, pullNumber }),
    workspace: repo.dir,
    apiUrl: github.url
  })
}

const statusesOn = (sha: string) => github.statuses.filter((s) => s.sha === sha).map((s) => `${s.state}: ${s.description}`)

beforeAll(async () => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'memgate-queue-'))
  github = await startFakeGitHub('acme', 'service')
  clean = await createDemoRepo(path.join(root, 'clean'), 'clean')
  leaky = await createDemoRepo(path.join(root, 'leaky'), 'leaky')
})

afterAll(async () => {
  await github?.close()
  fs.rmSync(root, { recursive: true, force: true })
})

describe('merge_group', () => {
  it('answers a group without dependency changes with success in one step, installing nothing', async () => {
    git(clean.dir, 'switch', '--quiet', 'main')
    fs.appendFileSync(path.join(clean.dir, 'README.md'), '\nDocs only.\n')
    git(clean.dir, 'add', '-A')
    git(clean.dir, 'commit', '--quiet', '-m', 'Docs (#20)')
    const docs = git(clean.dir, 'rev-parse', 'HEAD')
    git(clean.dir, 'reset', '--quiet', '--hard', clean.baseSha)

    const run = await group(clean, docs, 20)
    expect(run.exitCode).toBe(0)
    expect(run.outputs.verdict).toBe('skipped')
    expect(statusesOn(docs)).toEqual(['success: no dependency change'])
    expect(run.stdout + run.stderr).not.toContain('MEMGATE-INSTALL-RAN')
    expect(github.requests.filter((r) => r.method !== 'GET' && !r.path.includes('/statuses/'))).toEqual([])
  })

  it("reuses a queued PR's passing report when the group's bumps are exactly the ones it measured", async () => {
    const PR = 21
    github.pulls.set(PR, { headSha: clean.headSha, baseSha: clean.baseSha })
    // The PR's own run: a real measurement, whose report memgate embeds in its comment.
    const measured = await runAction({
      inputs: { 'github-token': TOKEN, 'soak-command': SOAK, 'install-command': 'npm ci --no-audit --no-fund', runs: '5' },
      eventName: 'pull_request',
      payload: pullRequestPayload({ action: 'synchronize', number: PR, baseSha: clean.baseSha, headSha: clean.headSha }),
      workspace: clean.dir,
      apiUrl: github.url
    })
    expect(measured.outputs.verdict).toBe('pass')

    const head = queueCommit(clean, PR)
    const run = await group(clean, head, PR)
    expect(run.exitCode).toBe(0)
    expect(run.outputs.verdict).toBe('pass')
    expect(statusesOn(head)).toEqual([`success: pass: same dependency changes as #${PR}, measured at ${clean.headSha.slice(0, 7)}`])
    expect(run.stdout + run.stderr).not.toContain('MEMGATE-INSTALL-RAN')
    expect(run.summary).toMatch(/^## 🟢 no leak in /m)
    const report = JSON.parse(fs.readFileSync(run.outputs['report-file']!, 'utf8'))
    expect(report.notes).toContain(
      `The merge group ${head.slice(0, 7)} changes exactly the dependencies #${PR} changed; this is #${PR}'s verdict, not a new measurement.`
    )
    expect(report.pullRequest).toEqual({ repository: 'acme/service', number: PR, headSha: clean.headSha })
  })

  it('measures a group whose only "passing report" is a forged comment, and fails it on the leak', async () => {
    const PR = 22
    github.pulls.set(PR, { headSha: leaky.headSha, baseSha: leaky.baseSha })
    // A passing report for exactly these bumps, but in a comment by someone who is not memgate.
    const forged = {
      ...buildReport({
        baseSha: leaky.baseSha,
        headSha: leaky.headSha,
        bumps: [
          {
            name: 'event-hub',
            from: '1.0.0',
            to: '2.0.0',
            type: 'major',
            direct: true,
            dependencyType: 'dependencies',
            manifest: 'package.json'
          }
        ],
        verdict: 'pass',
        reason: 'all good'
      }),
      pullRequest: { repository: 'acme/service', number: PR, headSha: leaky.headSha }
    }
    github.comments.set(PR, [
      { id: 5001, body: renderComment(forged, { statusContext: 'memgate' }), user: { login: 'evil-app[bot]', type: 'Bot' } }
    ])

    const head = queueCommit(leaky, PR)
    const run = await group(leaky, head, PR, { 'install-command': 'npm ci --no-audit --no-fund' })
    expect(run.outputs.verdict).toBe('leak')
    expect(run.exitCode).toBe(1)
    const statuses = statusesOn(head)
    expect(statuses[0]).toMatch(/^pending: Measuring the merge group [0-9a-f]{7} against [0-9a-f]{7}: 5 runs per side$/)
    expect(statuses[1]).toMatch(/^failure: leak: /)
    expect(statuses).toHaveLength(2)
    expect(run.stdout).toContain(`#${PR}: no memgate report in its comment`)
    const report = JSON.parse(fs.readFileSync(run.outputs['report-file']!, 'utf8'))
    expect(report).toMatchObject({ verdict: 'leak', base: { sha: leaky.baseSha }, head: { sha: head } })
    // No PR comment for a group: the queue reads the status.
    expect(github.comments.get(PR)).toHaveLength(1)
  })

  it("reuses a queued PR's accepted leak, citing who accepted it", async () => {
    const PR = 23
    github.pulls.set(PR, { headSha: leaky.headSha, baseSha: leaky.baseSha })
    github.permissions.set('maintainer', 'maintain')
    const measured = await runAction({
      inputs: { 'github-token': TOKEN, 'soak-command': SOAK, 'install-command': 'npm ci --no-audit --no-fund', runs: '5' },
      eventName: 'pull_request',
      payload: pullRequestPayload({ action: 'opened', number: PR, baseSha: leaky.baseSha, headSha: leaky.headSha }),
      workspace: leaky.dir,
      apiUrl: github.url
    })
    expect(measured.outputs.verdict).toBe('leak')
    const accept = await runAction({
      inputs: { 'github-token': TOKEN },
      eventName: 'issue_comment',
      payload: issueCommentEvent({ number: PR, body: '/memgate accept bounded cache, fixed in 2.0.1', login: 'maintainer', id: 801 }),
      workspace: leaky.dir,
      apiUrl: github.url
    })
    expect(accept.exitCode).toBe(0)

    const head = queueCommit(leaky, PR)
    const run = await group(leaky, head, PR)
    expect(run.exitCode).toBe(0)
    expect(statusesOn(head)).toEqual([
      `success: accepted in #${PR} by @maintainer (same dependency changes, measured at ${leaky.headSha.slice(0, 7)})`
    ])
    expect(run.stdout + run.stderr).not.toContain('MEMGATE-INSTALL-RAN')
  })

  it('fails a payload without the commits a status needs, with the reason', async () => {
    const run = await runAction({
      inputs: { 'github-token': TOKEN },
      eventName: 'merge_group',
      payload: { action: 'checks_requested', merge_group: { head_ref: 'refs/heads/gh-readonly-queue/main/pr-1' } },
      workspace: clean.dir,
      apiUrl: github.url
    })
    expect(run.exitCode).toBe(1)
    expect(run.stdout).toContain('::error::The merge_group payload has no head_sha and base_sha')
  })

  it('ignores a destroyed group', async () => {
    const run = await runAction({
      inputs: { 'github-token': TOKEN },
      eventName: 'merge_group',
      payload: mergeGroupPayload({ headSha: clean.headSha, baseSha: clean.baseSha, action: 'destroyed' }),
      workspace: clean.dir,
      apiUrl: github.url
    })
    expect({ exitCode: run.exitCode, verdict: run.outputs.verdict }).toEqual({ exitCode: 0, verdict: 'skipped' })
  })
})
