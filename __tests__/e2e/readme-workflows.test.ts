// The README's workflows are the tested ones: each YAML block is read from README.md, checked for
// what keeps a required check honest (a concurrency group per workflow, at job level; the
// fork-safe pair's permissions), and its event sequence is run end to end through dist/index.js
// with the `with:` inputs as documented, against the loopback GitHub API.

import { execFileSync } from 'node:child_process'
import * as fs from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import yaml from 'js-yaml'
import { createDemoRepo, type DemoRepo } from '../../src/demo.js'
import { type FakeGitHub, startFakeGitHub } from '../support/github-server.js'
import { issueCommentEvent, pullRequestEvent, runAction, workflowRunEvent } from '../support/run-action.js'

interface Step {
  uses?: string
  if?: string
  with?: Record<string, string>
}
interface Job {
  if?: string
  concurrency?: { group: string; 'cancel-in-progress'?: boolean }
  steps: Step[]
}
interface Workflow {
  name: string
  on: Record<string, unknown>
  permissions?: Record<string, string>
  concurrency?: unknown
  jobs: Record<string, Job>
}

const README = fs.readFileSync(path.resolve('README.md'), 'utf8')
const workflows = new Map<string, Workflow>(
  [...README.matchAll(/^```yaml\n([\s\S]*?)^```$/gm)]
    .map((m) => yaml.load(m[1]!) as Workflow)
    .filter((w) => w && typeof w === 'object' && 'jobs' in w)
    .map((w) => [w.name, w])
)
const ACTION_INPUTS = Object.keys(
  (yaml.load(fs.readFileSync(path.resolve('action.yml'), 'utf8')) as { inputs: Record<string, unknown> }).inputs
)

function workflow(name: string): Workflow {
  const w = workflows.get(name)
  if (!w) throw new Error(`README.md has no workflow named ${name}`)
  return w
}

/** The job that runs memgate, and memgate's `with:` inputs as the README writes them. */
function memgateJob(name: string): { job: Job; inputs: Record<string, string> } {
  const jobs = Object.values(workflow(name).jobs)
  const job = jobs.find((j) => j.steps.some((s) => s.uses?.startsWith('memgate/memgate')))!
  const step = job.steps.find((s) => s.uses?.startsWith('memgate/memgate'))!
  return { job, inputs: Object.fromEntries(Object.entries(step.with ?? {}).map(([k, v]) => [k, String(v)])) }
}

const NAMES = ['memgate', 'memgate-measure', 'memgate-report', 'memgate-commands', 'memgate-record']

describe('the workflows of the README', () => {
  it('are all there, and name only inputs action.yml has', () => {
    expect([...workflows.keys()].sort()).toEqual([...NAMES].sort())
    for (const name of NAMES)
      for (const input of Object.keys(memgateJob(name).inputs)) expect([name, ACTION_INPUTS.includes(input)]).toEqual([name, true])
  })

  // One group shared by two workflows lets any comment cancel a measurement (the required check
  // then ends as error); a group at workflow level is joined even by events the job skips.
  it('each have a concurrency group of their own, at job level', () => {
    const groups = NAMES.map((name) => {
      expect([name, workflow(name).concurrency]).toEqual([name, undefined])
      const group = memgateJob(name).job.concurrency?.group
      expect([name, typeof group]).toEqual([name, 'string'])
      return group!.replace(/\$\{\{.*?\}\}/g, '…')
    })
    expect(new Set(groups).size).toBe(groups.length)
    // Neither a non-command comment nor a later command cancels a command's run.
    expect(memgateJob('memgate-commands').job.if).toContain("startsWith(github.event.comment.body, '/memgate')")
    expect(memgateJob('memgate-commands').job.concurrency!['cancel-in-progress']).toBe(false)
    // The requested run's pending status must not land after the completed run's verdict.
    expect(memgateJob('memgate-report').job.concurrency!['cancel-in-progress']).toBe(false)
  })

  it('answer every event a required check meets: pushes, drafts, labels, merge queues, manual runs', () => {
    const on = workflow('memgate').on as Record<string, { types?: string[]; paths?: unknown; inputs?: Record<string, unknown> } | null>
    expect(Object.keys(on).sort()).toEqual(['merge_group', 'pull_request', 'workflow_dispatch'])
    expect(on.pull_request?.types).toEqual(['opened', 'synchronize', 'reopened', 'ready_for_review', 'labeled', 'unlabeled'])
    // A paths filter leaves a required check (and the merge queue) waiting for a status never set.
    expect(Object.values(on).filter((e) => e && 'paths' in e)).toEqual([])
    // The inputs memgate reads from the workflow_dispatch event (src/trigger/dispatch.ts).
    expect(Object.keys(on.workflow_dispatch?.inputs ?? {}).sort()).toEqual(['base', 'head', 'pull-request'])
    expect(workflow('memgate').permissions).toEqual({ contents: 'read', statuses: 'write', 'pull-requests': 'write', issues: 'read' })
  })

  it("keep the PR's code away from a token that can write, in the fork-safe pair", () => {
    // Reads only (contents; the skip label's setter and a stale status need issues and statuses).
    const permissions = workflow('memgate-measure').permissions ?? {}
    expect(permissions.contents).toBe('read')
    expect(Object.entries(permissions).filter(([, level]) => level !== 'read')).toEqual([])
    expect(memgateJob('memgate-measure').inputs.mode).toBe('measure')
    const report = memgateJob('memgate-report')
    expect(report.inputs.mode).toBe('report')
    expect(report.job.steps.some((s) => s.uses?.startsWith('actions/checkout'))).toBe(false)
    expect(Object.keys(workflow('memgate-report').on)).toEqual(['workflow_run'])
  })
})

describe("the README's event sequences, end to end", () => {
  const TOKEN = 'ghs_memgateReadmeToken0123456789ab'
  // Short soaks: the demo's soak reads these, and memgate passes them on (SOAK_ITERATIONS through pass-env).
  const FAST = { SOAK_ITERATIONS: '8000', MEMGATE_PROBE_BUDGET: '1000', MEMGATE_SAMPLE_EVERY: '250' }
  let github: FakeGitHub
  let root: string
  let demo: DemoRepo

  beforeAll(async () => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'memgate-readme-'))
    github = await startFakeGitHub('acme', 'service')
    demo = await createDemoRepo(path.join(root, 'demo'), 'clean')
  })
  afterAll(async () => {
    await github?.close()
    fs.rmSync(root, { recursive: true, force: true })
  })

  const run = (name: string, eventName: string, payload: unknown, workspace: string, extra: Record<string, string> = {}) =>
    runAction({
      // The soak's settings are not on memgate's allowlist: the workflow passes them.
      inputs: { 'github-token': TOKEN, 'pass-env': 'SOAK_ITERATIONS', ...memgateJob(name).inputs, ...extra },
      eventName,
      payload,
      workspace,
      apiUrl: github.url,
      env: FAST
    })
  const statuses = (sha: string, since: number) =>
    github.statuses
      .slice(since)
      .filter((s) => s.sha === sha)
      .map((s) => s.state)
  const sticky = (pr: number) => (github.comments.get(pr) ?? []).filter((c) => c.body.includes('memgate-comment'))

  it('memgate: pull_request → pending, then the verdict and one comment', async () => {
    github.pulls.set(1, { headSha: demo.headSha, baseSha: demo.baseSha })
    const since = github.statuses.length
    const result = await run(
      'memgate',
      'pull_request',
      pullRequestEvent({ number: 1, baseSha: demo.baseSha, headSha: demo.headSha }),
      demo.dir
    )
    expect({ exitCode: result.exitCode, verdict: result.outputs.verdict }).toEqual({ exitCode: 0, verdict: 'pass' })
    expect(statuses(demo.headSha, since)).toEqual(['pending', 'success'])
    expect(sticky(1)).toHaveLength(1)
  })

  it('memgate-measure, then memgate-report requested and completed → pending, then the verdict and one comment', async () => {
    github.pulls.set(2, { headSha: demo.headSha, baseSha: demo.baseSha, headRepository: 'stranger/service' })
    const since = github.statuses.length
    const writes = () => github.requests.filter((r) => r.method !== 'GET').length
    const before = writes()
    const measured = await run(
      'memgate-measure',
      'pull_request',
      pullRequestEvent({ number: 2, baseSha: demo.baseSha, headSha: demo.headSha, headRepository: 'stranger/service' }),
      demo.dir
    )
    expect({ exitCode: measured.exitCode, verdict: measured.outputs.verdict }).toEqual({ exitCode: 0, verdict: 'pass' })
    expect(writes()).toBe(before)

    // The report workflow's job: no checkout, the artifact downloaded to `report-path` in its workspace.
    const workspace = fs.mkdtempSync(path.join(root, 'report-job-'))
    const requested = await run(
      'memgate-report',
      'workflow_run',
      workflowRunEvent({ headSha: demo.headSha, action: 'requested', conclusion: null, pullNumbers: [2] }),
      workspace
    )
    expect(requested.exitCode).toBe(0)
    const artifact = path.join(workspace, memgateJob('memgate-report').inputs['report-path']!)
    fs.mkdirSync(artifact)
    fs.copyFileSync(measured.outputs['report-file']!, path.join(artifact, 'memgate-report.json'))
    const completed = await run('memgate-report', 'workflow_run', workflowRunEvent({ headSha: demo.headSha, pullNumbers: [2] }), workspace)
    expect({ exitCode: completed.exitCode, verdict: completed.outputs.verdict }).toEqual({ exitCode: 0, verdict: 'pass' })
    expect(statuses(demo.headSha, since)).toEqual(['pending', 'success'])
    expect(sticky(2)).toHaveLength(1)
    expect(sticky(2)[0]!.body).toContain('https://github.com/acme/service/actions/runs/99')
  })

  it('memgate-commands: /memgate rerun from a writer → pending, then the verdict, in the one comment', async () => {
    // The command workflow checks out the default branch, shallow; the PR head is fetched by memgate.
    const origin = path.join(root, 'origin')
    const git = (cwd: string, ...args: string[]) => execFileSync('git', args, { cwd, stdio: 'pipe' }).toString()
    git(root, 'clone', '--quiet', '--bare', demo.dir, origin)
    git(origin, 'update-ref', 'refs/pull/3/head', demo.headSha)
    const checkout = path.join(root, 'command-checkout')
    git(root, 'clone', '--quiet', '--depth', '1', '--branch', 'main', `file://${origin}`, checkout)
    github.pulls.set(3, { headSha: demo.headSha, baseSha: demo.baseSha })
    github.permissions.set('maintainer', 'write')
    const since = github.statuses.length
    const result = await run(
      'memgate-commands',
      'issue_comment',
      issueCommentEvent({ number: 3, body: '/memgate rerun', login: 'maintainer', id: 7001 }),
      checkout
    )
    expect({ exitCode: result.exitCode, verdict: result.outputs.verdict }).toEqual({ exitCode: 0, verdict: 'pass' })
    expect(statuses(demo.headSha, since)).toEqual(['pending', 'success'])
    expect(sticky(3)).toHaveLength(1)
  })
})
