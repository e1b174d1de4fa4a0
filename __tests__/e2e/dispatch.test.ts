// End to end: workflow_dispatch through dist/index.js against the loopback GitHub API. By PR
// number it measures as pull_request does (status and comment) — and keeps an acceptance given on
// the same head; by refs it leaves the verdict in the summary and the outputs only.

import * as fs from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { createDemoRepo, type DemoRepo } from '../../src/demo.js'
import { type FakeGitHub, startFakeGitHub } from '../support/github-server.js'
import { pullRequestPayload, workflowDispatchPayload } from '../support/payloads.js'
import { issueCommentEvent, runAction } from '../support/run-action.js'

const TOKEN = 'ghs_memgateDispatchToken0123456789'
const SOAK = 'SOAK_ITERATIONS=12000 MEMGATE_PROBE_BUDGET=1000 MEMGATE_SAMPLE_EVERY=250 node soak.js'
const INPUTS = { 'github-token': TOKEN, 'soak-command': SOAK, 'install-command': 'npm ci --no-audit --no-fund', runs: '5' }
const PR = 31

let github: FakeGitHub
let root: string
let leaky: DemoRepo

beforeAll(async () => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'memgate-dispatch-'))
  github = await startFakeGitHub('acme', 'service')
  leaky = await createDemoRepo(path.join(root, 'leaky'), 'leaky')
  github.pulls.set(PR, { headSha: leaky.headSha, baseSha: leaky.baseSha })
  github.permissions.set('maintainer', 'maintain')
  github.refs.set('main', leaky.baseSha)
  github.refs.set('bump', leaky.headSha)
})

afterAll(async () => {
  await github?.close()
  fs.rmSync(root, { recursive: true, force: true })
})

const dispatch = (inputs: Record<string, unknown> | null, extra: Record<string, string> = {}) =>
  runAction({
    inputs: { ...INPUTS, ...extra },
    eventName: 'workflow_dispatch',
    payload: workflowDispatchPayload(inputs),
    workspace: leaky.dir,
    apiUrl: github.url
  })
const memgateComments = () => (github.comments.get(PR) ?? []).filter((c) => c.user.login === 'github-actions[bot]')

describe('workflow_dispatch by PR number', () => {
  it('measures the PR as pull_request does, and keeps an acceptance of the same head', async () => {
    // The PR's own run finds the leak; a maintainer accepts it.
    const first = await runAction({
      inputs: INPUTS,
      eventName: 'pull_request',
      payload: pullRequestPayload({ action: 'opened', number: PR, baseSha: leaky.baseSha, headSha: leaky.headSha }),
      workspace: leaky.dir,
      apiUrl: github.url
    })
    expect(first.outputs.verdict).toBe('leak')
    const accept = await runAction({
      inputs: { 'github-token': TOKEN },
      eventName: 'issue_comment',
      payload: issueCommentEvent({ number: PR, body: '/memgate accept fixed upstream in 2.0.1', login: 'maintainer', id: 700 }),
      workspace: leaky.dir,
      apiUrl: github.url
    })
    expect(accept.exitCode).toBe(0)
    const before = github.statuses.length

    const run = await dispatch({ 'pull-request': String(PR), base: '', head: '' })
    expect(run.outputs.verdict).toBe('leak')
    expect(run.exitCode).toBe(0)
    expect(github.statuses.slice(before).map((s) => `${s.state}: ${s.description}`)).toEqual([
      expect.stringMatching(/^pending: Measuring [0-9a-f]{7} against its base/),
      'success: accepted by @maintainer: fixed upstream in 2.0.1'
    ])
    expect(memgateComments()).toHaveLength(1)
    expect(memgateComments()[0]!.body).toContain('the acceptance holds')
  })

  it("runs a fork's PR only on the head the person named", async () => {
    github.pulls.set(32, { headSha: leaky.headSha, baseSha: leaky.baseSha, headRepository: 'stranger/service' })
    const before = github.requests.length
    const unnamed = await dispatch({ 'pull-request': '32' })
    expect(unnamed.exitCode).toBe(1)
    expect(unnamed.stdout).toContain(
      `::error::This PR comes from a fork, so memgate runs only a head you name by its full SHA after reviewing it; its head is ${leaky.headSha}. Nothing was run. Run the workflow again with pull-request 32 and head ${leaky.headSha}`
    )
    const short = await dispatch({ 'pull-request': '32', head: leaky.headSha.slice(0, 7) })
    expect(short.exitCode).toBe(1)
    expect(short.stdout).toContain(`This PR comes from a fork: name its head by the full SHA, ${leaky.headSha}`)
    const moved = await dispatch({ 'pull-request': '32', head: 'deadbee' })
    expect(moved.exitCode).toBe(1)
    expect(moved.stdout).toContain('deadbee is not the head of this PR any more')
    // Nothing was written, and nothing installed or soaked (no work directory).
    expect(github.requests.slice(before).filter((r) => r.method !== 'GET')).toEqual([])
    for (const run of [unnamed, moved, short]) expect(fs.readdirSync(run.tempDir).filter((f) => f.startsWith('memgate-'))).toEqual([])
  })
})

describe('workflow_dispatch by refs', () => {
  it('measures the pair, resolved through the API, with the verdict in the summary and outputs only', async () => {
    const before = github.requests.length
    const run = await dispatch({ base: 'main', head: 'bump' }, { runs: '5' })
    expect(run.outputs.verdict).toBe('leak')
    expect(run.exitCode).toBe(1)
    expect(run.summary).toMatch(/^## 🔴 .* leaks memory/m)
    const writes = github.requests.slice(before).filter((r) => r.method !== 'GET')
    expect(writes).toEqual([])
    expect(JSON.parse(fs.readFileSync(run.outputs['report-file']!, 'utf8'))).toMatchObject({
      base: { sha: leaky.baseSha },
      head: { sha: leaky.headSha }
    })
  })

  it.each([
    [{ base: '--upload-pack=touch /tmp/pwned', head: 'bump' }, 'Invalid base "--upload-pack=touch /tmp/pwned": it starts with "-"'],
    [{ base: 'main' }, 'Only base is set'],
    [
      { base: 'main', head: 'no-such-branch' },
      "head 'no-such-branch' is not a branch or tag of acme/service, nor the full SHA of a commit (HTTP 422)"
    ],
    // A short SHA may name a fork's commit (GitHub resolves it in the whole network): only full ones.
    [{ base: 'main', head: () => leaky.headSha.slice(0, 7) }, 'is not a branch or tag of acme/service, nor the full SHA of a commit'],
    [{ base: 'main', head: 'refs/pull/7/head' }, 'it names a ref that is not a branch or tag']
  ])('refuses %j with a clear reason and no measurement', async (given, reason) => {
    const inputs = Object.fromEntries(Object.entries(given).map(([k, v]) => [k, typeof v === 'function' ? v() : v]))
    const run = await dispatch(inputs)
    expect(run.exitCode).toBe(1)
    expect(run.outputs.verdict).toBe('error')
    expect(run.stdout).toContain(reason)
  })
})
