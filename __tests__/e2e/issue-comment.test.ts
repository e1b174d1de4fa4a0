// End to end: `/memgate …` commands in PR comments (issue_comment events) through dist/index.js.
// The rerun measures a real demo project from a shallow checkout of the default branch, the way
// an issue_comment workflow's actions/checkout leaves it: the PR head must be fetched.

import { execFileSync } from 'node:child_process'
import * as fs from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { DemoRepo } from '../../src/demo.js'
import { demoRepo } from '../support/demo-repo.js'
import { type FakeGitHub, startFakeGitHub } from '../support/github-server.js'
import { issueCommentEvent, runAction } from '../support/run-action.js'

const TOKEN = 'ghs_memgateCommandToken0123456789'
const PR = 9

let github: FakeGitHub
let root: string
let origin: DemoRepo
let checkout: string

beforeAll(async () => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'memgate-cmd-'))
  github = await startFakeGitHub('acme', 'service')
  origin = await demoRepo(path.join(root, 'origin'), 'clean')
  // Like a fork's PR: the head is reachable only through refs/pull/N/head on the base repository.
  const git = (cwd: string, ...args: string[]) => execFileSync('git', args, { cwd, stdio: 'pipe' }).toString()
  git(origin.dir, 'update-ref', `refs/pull/${PR}/head`, origin.headSha)
  git(origin.dir, 'switch', '--quiet', 'main')
  git(origin.dir, 'branch', '--quiet', '-D', 'bump')
  checkout = path.join(root, 'checkout')
  git(root, 'clone', '--quiet', '--depth', '1', '--branch', 'main', `file://${origin.dir}`, checkout)
  github.pulls.set(PR, { headSha: origin.headSha, baseSha: origin.baseSha, headRepository: 'stranger/service' })
  github.permissions.set('writer', 'write')
  github.permissions.set('owner', 'admin')
  github.permissions.set('triager', 'triage')
})

afterAll(async () => {
  await github?.close()
  fs.rmSync(root, { recursive: true, force: true })
})

let nextCommentId = 900
function comment(body: string, login: string, extra: Partial<Parameters<typeof issueCommentEvent>[0]> = {}) {
  const id = nextCommentId++
  return {
    id,
    run: runAction({
      inputs: {
        'github-token': TOKEN,
        'soak-command': 'SOAK_ITERATIONS=8000 MEMGATE_PROBE_BUDGET=1000 MEMGATE_SAMPLE_EVERY=250 node soak.js',
        'install-command': 'npm ci --no-audit --no-fund',
        runs: '7'
      },
      eventName: 'issue_comment',
      payload: issueCommentEvent({ number: PR, body, login, id, ...extra }),
      workspace: checkout,
      apiUrl: github.url
    })
  }
}

const reactionsOn = (id: number) => github.reactions.filter((r) => r.commentId === id).map((r) => r.content)
const replies = () => (github.comments.get(PR) ?? []).filter((c) => !c.body.includes('memgate-comment'))

describe('/memgate commands', () => {
  it('answers help from a writer with the list of commands', async () => {
    const before = replies().length
    const { id, run } = comment('/memgate help\nthanks!', 'writer')
    expect((await run).exitCode).toBe(0)
    expect(replies().slice(before)).toEqual([
      expect.objectContaining({ body: expect.stringContaining('| `/memgate rerun [<sha>] [runs=N]` |') })
    ])
    expect(reactionsOn(id)).toEqual(['eyes', 'rocket'])
    expect(github.statuses).toEqual([])
  })

  it.each(['reader', 'triager'])('politely refuses a rerun from %s and runs nothing', async (login) => {
    const before = replies().length
    const { id, run } = comment('/memgate rerun', login)
    const result = await run
    expect(result.exitCode).toBe(0)
    expect(
      replies()
        .slice(before)
        .map((c) => c.body)
    ).toEqual([expect.stringMatching(new RegExp(`^@${login} thanks — memgate takes commands only from people with write access`))])
    expect(reactionsOn(id)).toEqual(['confused'])
    expect(github.statuses).toEqual([])
    expect(github.requests.some((r) => r.path.includes(`/collaborators/${login}/permission`))).toBe(true)
    expect(github.requests.some((r) => r.method === 'GET' && r.path.endsWith(`/pulls/${PR}`))).toBe(false)
  })

  it('explains a malformed command', async () => {
    const { id, run } = comment('/memgate rerun runs=lots', 'writer')
    expect((await run).exitCode).toBe(0)
    expect(replies().at(-1)!.body).toContain('and `runs=N` with N from 2 to 100')
    expect(reactionsOn(id)).toEqual(['eyes', 'confused'])
  })

  it.each([
    ['an edited comment', { action: 'edited' }, '/memgate rerun'],
    ['a bot', { type: 'Bot', login: 'renovate[bot]' }, '/memgate rerun'],
    ['an issue that is not a PR', { onPull: false }, '/memgate rerun'],
    ['a command that is not on the first line', {}, 'see below\n/memgate rerun'],
    ['another bot command', {}, '/otherbot rerun']
  ])('ignores %s', async (_, extra, body) => {
    const before = github.requests.length
    const { run } = comment(body, (extra as { login?: string }).login ?? 'owner', extra)
    const result = await run
    expect(result.exitCode).toBe(0)
    expect(github.requests.length).toBe(before)
  })

  it.each([
    [
      'without a SHA',
      '/memgate rerun runs=5',
      'This PR comes from a fork, so memgate runs only a head you name by its full SHA after reviewing it'
    ],
    ["naming a head that is not the PR's any more", '/memgate rerun 0123abc runs=5', '0123abc is not the head of this PR any more'],
    // A commit matching a short prefix can be ground by the fork's author: only the full SHA runs.
    [
      'naming its head by a short SHA',
      () => `/memgate rerun ${origin.headSha.slice(0, 12)} runs=5`,
      'This PR comes from a fork: name its head by the full SHA'
    ]
  ])("runs nothing for a fork's PR %s, and replies with the full head and the exact command", async (_, body, sentence) => {
    const before = github.requests.length
    const { id, run } = comment(typeof body === 'function' ? body() : body, 'owner')
    const result = await run
    expect(result.exitCode).toBe(0)
    const reply = replies().at(-1)!.body
    expect(reply).toContain(`@owner ${sentence}`)
    expect(reply).toContain(origin.headSha)
    expect(reply).toContain(`\n/memgate rerun ${origin.headSha} runs=5\n`)
    expect(reactionsOn(id)).toEqual(['eyes', 'confused'])
    expect(github.statuses).toEqual([])
    expect(github.requests.slice(before).filter((r) => r.method === 'POST' && r.path.includes('/statuses/'))).toEqual([])
  })

  it("runs no bisect for a fork's PR without the reviewed head, and replies with the exact command", async () => {
    const before = github.requests.length
    const { id, run } = comment('/memgate bisect', 'owner')
    const result = await run
    expect(result.exitCode).toBe(0)
    const reply = replies().at(-1)!.body
    expect(reply).toContain('@owner This PR comes from a fork, so memgate runs only a head you name by its full SHA after reviewing it')
    expect(reply).toContain(`\n/memgate bisect ${origin.headSha}\n`)
    expect(reactionsOn(id)).toEqual(['eyes', 'confused'])
    expect(
      github.requests.slice(before).filter((r) => r.method !== 'GET' && !r.path.includes('/reactions') && !r.path.endsWith('/comments'))
    ).toEqual([])
  })

  it('reruns for a writer on the head the command named, with runs=N', async () => {
    // A fork's PR: the maintainer names the head they reviewed by its full SHA (upper case is fine).
    const { id, run } = comment(`/MEMGATE Rerun ${origin.headSha.toUpperCase()} runs=5`, 'owner')
    const result = await run
    expect(result.exitCode).toBe(0)
    expect(result.outputs.verdict).toBe('pass')
    expect(github.statuses.map((s) => [s.sha, s.state])).toEqual([
      [origin.headSha, 'pending'],
      [origin.headSha, 'success']
    ])
    const report = JSON.parse(fs.readFileSync(result.outputs['report-file']!, 'utf8'))
    expect(report).toMatchObject({ verdict: 'pass', base: { sha: origin.baseSha }, head: { sha: origin.headSha } })
    // A clear pass is decided at an early look (2 runs a side, 3 when the first was a pilot); else runs=5 sets
    // the first full look (the workflow's input says 7), and an inconclusive one goes on to 8, then 10.
    expect(report.head.runs).toBe(report.base.runs)
    expect([2, 3, 5, 8, 10]).toContain(report.head.runs)
    const sticky = (github.comments.get(PR) ?? []).filter((c) => c.body.includes('memgate-comment'))
    expect(sticky).toHaveLength(1)
    expect(sticky[0]!.body).toMatch(/^## 🟢 no leak in /m)
    expect(sticky[0]!.body).toContain('--runs 5')
    expect(reactionsOn(id)).toEqual(['eyes', 'rocket'])
    // The token reached git only on the command line: nothing of it is in the checkout's config.
    expect(fs.readFileSync(path.join(checkout, '.git', 'config'), 'utf8')).not.toContain(TOKEN)
  })
})
