// End to end: dist/index.js as the Actions runner runs it, on real git repositories with real
// npm installs and soaks, against a loopback HTTP stand-in for the GitHub API.

import * as fs from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { DemoRepo } from '../../src/demo.js'
import { MEMGATE_VERSION } from '../../src/version.js'
import { demoRepo } from '../support/demo-repo.js'
import { linkedText, renderGfm } from '../support/gfm.js'
import { type FakeGitHub, seedComments, startFakeGitHub } from '../support/github-server.js'
import { createTwoCommitRepo, findFiles, issueCommentEvent, pullRequestEvent, runAction } from '../support/run-action.js'

const TOKEN = 'ghs_memgateTestToken0123456789abcdef'
const PR = 7

let github: FakeGitHub
let leaky: DemoRepo
let root: string

beforeAll(async () => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'memgate-e2e-'))
  github = await startFakeGitHub('acme', 'service')
  leaky = await demoRepo(path.join(root, 'leaky'), 'leaky')
})

afterAll(async () => {
  await github?.close()
  fs.rmSync(root, { recursive: true, force: true })
})

type Repo = { dir: string; baseSha: string; headSha: string }

function act(repo: Repo, number: number, inputs: Record<string, string> = {}) {
  return runAction({
    inputs: {
      'github-token': TOKEN,
      'soak-command': 'SOAK_ITERATIONS=12000 MEMGATE_PROBE_BUDGET=1000 MEMGATE_SAMPLE_EVERY=250 node soak.js',
      'install-command': 'npm ci --no-audit --no-fund',
      runs: '5',
      ...inputs
    },
    eventName: 'pull_request',
    // Dependabot's title for a grouped update: the comment shows the group, the bumps come from the files.
    payload: pullRequestEvent({ number, baseSha: repo.baseSha, headSha: repo.headSha, title: 'Bump the hub-libs group with 1 update' }),
    workspace: repo.dir,
    apiUrl: github.url,
    env: { GITHUB_TOKEN: TOKEN, MY_DEPLOY_KEY: `prefix-${TOKEN}` }
  })
}

function command(number: number, body: string, login: string, id: number) {
  return runAction({
    inputs: { 'github-token': TOKEN },
    eventName: 'issue_comment',
    payload: issueCommentEvent({ number, body, login, id }),
    workspace: leaky.dir,
    apiUrl: github.url
  })
}

const memgateComments = (pr: number) =>
  (github.comments.get(pr) ?? []).filter((c) => c.body.includes('memgate-comment') && c.user.type === 'Bot')

describe('pull_request with a leaky bump', () => {
  it('fails the status, posts one comment with the chart, suspects and runbook, and never shows the token to the soak', async () => {
    seedComments(github, PR, 120) // memgate's comment must be found past the first page
    // A person who pastes the marker does not get their comment taken over.
    const forged = {
      id: 99_999,
      body: '<!-- memgate-comment context="memgate" -->\nall good, merge it',
      user: { login: 'mallory', type: 'User' }
    }
    github.comments.get(PR)!.splice(3, 0, forged)
    github.pulls.set(PR, { headSha: leaky.headSha, baseSha: leaky.baseSha })
    const run = await act(leaky, PR, {
      'soak-command': 'env && SOAK_ITERATIONS=12000 MEMGATE_PROBE_BUDGET=1000 MEMGATE_SAMPLE_EVERY=250 node soak.js'
    })

    expect(run.outputs.verdict).toBe('leak')
    expect(Number(run.outputs.growth)).toBeGreaterThan(0)
    expect(run.exitCode).toBe(1)
    const mine = github.statuses.filter((s) => s.sha === leaky.headSha)
    expect(mine.map((s) => s.state)).toEqual(['pending', 'failure'])
    expect(mine[0]!.description).toMatch(/^Measuring [0-9a-f]{7} against its base: 5 runs per side$/)
    // The final status leads with the package and the effect, with how long it took.
    expect(mine[1]!.description).toMatch(/^leak: event-hub 1\.0\.0 → 2\.0\.0 \+\d+ B\/iteration \((\d+ s|\d+ min \d+ s)\)$/)
    expect(mine[1]!.context).toBe('memgate')
    expect(mine[1]!.target_url).toBe('https://github.com/acme/service/actions/runs/4242')
    expect(mine[1]!.description.length).toBeLessThanOrEqual(140)
    expect(run.state['memgate-pending-status']).toBe('')

    const comments = memgateComments(PR)
    expect(comments).toHaveLength(1)
    expect(forged.body).toBe('<!-- memgate-comment context="memgate" -->\nall good, merge it')
    const body = comments[0]!.body
    // MEMGATE_COMMENT_OUT=file keeps the rendered comment, to read it as a maintainer would.
    if (process.env.MEMGATE_COMMENT_OUT) fs.writeFileSync(process.env.MEMGATE_COMMENT_OUT, body)
    expect(body).toMatch(/^## 🔴 .* leaks memory/m)
    expect(body).toContain('Opened by Dependabot as the group `hub-libs`')
    expect(body).toMatch(
      /## 🔴 event-hub 1\.0\.0 → 2\.0\.0 leaks memory: \+\d+ B per iteration \(about \+[\d.]+ (KiB|MiB) over the 12,000-iteration soak\)\n/
    )
    expect(body).toMatch(/\*\*What grows:\*\* [\d,]+ `Listener` objects \([\d.]+ (KiB|MiB)\)/)
    expect(body).toMatch(/^Head's heap grows [\d.]+ to [\d.]+ B per iteration more than base's; p = [\d.e-]+ with [23] \+ [23] runs/m)
    // The demo's bump is a file: tarball change, which has no semver level for Dependabot to ignore.
    expect(body).toContain('Stop Dependabot proposing it: comment `@dependabot ignore this dependency`.')
    expect(body).toMatch(/ in \d+ (s|min \d+ s) by memgate \d+\.\d+\.\d+/)
    // The demo installs event-hub from tarballs: the bump is 1.0.0 → 2.0.0 with a specifier change.
    expect(body).toMatch(/\| `event-hub` \| 1\.0\.0 → 2\.0\.0 \| [a-z]+[^|]* \| direct \(dependencies, package\.json\) \|/)
    expect(body).toMatch(
      /xychart-beta\n {2}x-axis "iterations" \d+ --> \d+\n {2}y-axis "heap \((KiB|MiB)\)" 0 --> [\d.]+\n {2}line \[[\d., ]+\]\n {2}line \[[\d., ]+\]\n```/
    )
    expect(body).toMatch(/<details><summary><b>Suspects<\/b>: <code>Listener<\/code> from <code>event-hub<\/code>/)
    expect(body).toContain(
      `npx -y memgate@${MEMGATE_VERSION} run --base ${leaky.baseSha} --head ${leaky.headSha} --soak 'env && SOAK_ITERATIONS=12000 MEMGATE_PROBE_BUDGET=1000 MEMGATE_SAMPLE_EVERY=250 node soak.js'`
    )
    expect(body).toMatch(/```json\n\s*\{\n\s*"dependencies": \{\n\s*"event-hub": "(1\.0\.0|file:vendor\/event-hub-1\.0\.0\.tgz)"/)
    expect(body).toContain('[workflow run and artifacts](https://github.com/acme/service/actions/runs/4242)')

    const report = JSON.parse(fs.readFileSync(run.outputs['report-file']!, 'utf8'))
    expect(report).toMatchObject({
      format: 'memgate-report/1',
      verdict: 'leak',
      head: { sha: leaky.headSha },
      pullRequest: { repository: 'acme/service', number: PR, headSha: leaky.headSha }
    })
    // A clear leak is decided at an early look: 2 runs a side (3 when the first was a pilot), not 5.
    expect([2, 3]).toContain(report.head.runs)
    expect(report.bumps).toEqual([expect.objectContaining({ name: 'event-hub', from: '1.0.0', to: '2.0.0', direct: true })])
    expect(report.suspects[0]).toMatchObject({ name: 'Listener', package: 'event-hub' })
    // The runbook's snapshot paths are files of this run, beside the report (as in the artifact).
    const named = [...body.matchAll(/load `([^`]+\.heapsnapshot)` and `([^`]+\.heapsnapshot)`/g)].flatMap((m) => [m[1]!, m[2]!])
    expect(named).toHaveLength(2)
    expect(named[0]).toMatch(/^runs\/head-2\/snapshots\//)
    for (const file of named) expect(fs.statSync(path.join(path.dirname(run.outputs['report-file']!), file)).size).toBeGreaterThan(1000)
    // The median curves: head ends higher above its start than base does.
    const rise = (c: number[]) => c[c.length - 1]! - c[0]!
    expect(report.series.x).toHaveLength(24)
    expect(rise(report.series.head)).toBeGreaterThan(rise(report.series.base) + 100_000)
    expect(run.summary).toMatch(/^## 🔴 .* leaks memory/m)
    expect(run.stdout).toMatch(/::warning::The \d+ files of this run were not uploaded as an artifact \(the Actions runtime/)

    const requests = github.requests.filter((r) => r.authorization)
    expect(requests.length).toBeGreaterThan(0)
    expect(requests.every((r) => r.authorization === `token ${TOKEN}`)).toBe(true)

    const logs = findFiles(run.tempDir, /^(soak|install-.*)\.log$/).map((f) => fs.readFileSync(f, 'utf8'))
    expect(logs.length).toBe(2 * report.head.runs + 2) // the runs of both sides and two installs
    expect(logs.filter((text) => text.includes('MEMGATE_SAMPLES_FILE='))).toHaveLength(2 * report.head.runs)
    for (const text of logs) {
      expect(text).not.toContain(TOKEN)
      expect(text).not.toMatch(/^INPUT_/m)
    }
  })

  it('lets a maintainer accept the leak for this head only, recorded in the same comment', async () => {
    github.permissions.set('maintainer', 'maintain')
    const before = github.statuses.length
    const run = await command(PR, '/memgate ACCEPT the upstream fix ships in 2.0.1', 'maintainer', 501)
    expect(run.exitCode).toBe(0)
    const added = github.statuses.slice(before)
    expect(added).toEqual([
      expect.objectContaining({
        sha: leaky.headSha,
        state: 'success',
        context: 'memgate',
        description: 'accepted by @maintainer: the upstream fix ships in 2.0.1'
      })
    ])
    const comments = memgateComments(PR)
    expect(comments).toHaveLength(1)
    // Named, not mentioned: an edit of memgate's comment pings no one.
    expect(comments[0]!.body).toContain('✅ **Accepted** by @\u200dmaintainer for <code>')
    expect(comments[0]!.body).toContain('the upstream fix ships in 2.0.1')
    expect(comments[0]!.body).toMatch(/^## 🔴 .* leaks memory/m) // the measurement itself is unchanged
    expect(github.reactions.filter((r) => r.commentId === 501).map((r) => r.content)).toEqual(['eyes', 'rocket'])

    // A push moves the head: the acceptance does not carry over, and there is nothing to accept yet.
    const moved = 'e'.repeat(40)
    github.pulls.set(PR, { headSha: moved, baseSha: leaky.baseSha })
    const again = await command(PR, '/memgate accept still fine', 'maintainer', 502)
    expect(again.exitCode).toBe(0)
    expect(github.statuses.slice(before + 1)).toEqual([])
    expect(github.comments.get(PR)!.at(-1)!.body).toMatch(/no measurement of the current head eeeeeee to accept .*\/memgate rerun/)
    expect(github.reactions.filter((r) => r.commentId === 502).map((r) => r.content)).toEqual(['eyes', 'confused'])
    expect(memgateComments(PR)[0]!.body).toContain('the upstream fix ships in 2.0.1')
  })
})

describe('comment safety', () => {
  const EVIL = 'evil<img src=x onerror=alert(1)>'
  const LINK = '[pwn](https://evil.example)'
  // A name that starts lines of workflow commands in the job log, were memgate to print it as is.
  const COMMAND = 'cmd\n::warning::pwned\n::save-state name=memgate-pending-status::{}\n##[warning]old-style'
  let injected: Repo
  let quiet: Repo

  beforeAll(async () => {
    // npm refuses such names, so no lockfile can hold them: the manifest alone says what changed.
    const soak = "for (let i = 0; i < 3000; i++) { globalThis.x = [i]; process.emit('memgate:iteration') }\n"
    injected = await createTwoCommitRepo(
      path.join(root, 'injected'),
      {
        'package.json': { name: 'svc', private: true, dependencies: { [EVIL]: '1.0.0', [LINK]: '^1.0.0', [COMMAND]: '1.0.0' } },
        'soak.js': soak
      },
      {
        'package.json': {
          name: 'svc',
          private: true,
          dependencies: { [EVIL]: '2.0.0', [LINK]: '^2.0.0 <script>alert(2)</script>', [COMMAND]: '2.0.0' }
        }
      }
    )
    quiet = await createTwoCommitRepo(
      path.join(root, 'quiet'),
      { 'package.json': { name: 'svc', private: true, dependencies: {} }, 'README.md': 'v1\n' },
      { 'README.md': 'v2\n' }
    )
  })

  it('escapes markdown and HTML from package names and ranges', async () => {
    github.pulls.set(30, { headSha: injected.headSha, baseSha: injected.baseSha })
    const run = await act(injected, 30, { 'install-command': 'true', 'soak-command': 'MEMGATE_SAMPLE_EVERY=50 node soak.js' })
    const report = JSON.parse(fs.readFileSync(run.outputs['report-file']!, 'utf8'))
    expect(report.verdict).not.toBe('error')
    expect(report.bumps.map((b: { name: string }) => b.name).sort()).toEqual([EVIL, LINK, COMMAND].sort())

    const comment = memgateComments(30)[0]!
    // Values as code, readable in the source; rendered, nothing of them is markup or a link.
    expect(comment.body).toContain('| `evil<img src=x onerror=alert(1)>` |')
    expect(comment.body).toContain('| `[pwn](https://evil.example)` |')
    const html = renderGfm(comment.body)
    expect(html).not.toMatch(/<(img|script)\b/)
    expect(
      linkedText(html).filter(
        (a) => !/^<a href="https:\/\/(github\.com\/acme\/service\/actions\/runs\/4242|www\.npmjs\.com\/package\/)/.test(a)
      )
    ).toEqual([])
    expect(html).toContain('^2.0.0 &lt;script&gt;alert(2)&lt;/script&gt;')
    // The job log names every bump, and no line of it is a workflow command from the PR.
    expect(run.stdout).toContain('cmd')
    expect(run.stdout).not.toMatch(/^\s*(::warning::pwned|::save-state|##\[warning\]old-style)/m)
    expect(run.state['memgate-pending-status']).toBe('')
    // The pin snippet is in a code block, where GitHub renders no HTML.
    expect(comment.body).toMatch(/```json\n[^`]*"evil<img src=x onerror=alert\(1\)>": "1\.0\.0"/)
    expect(renderGfm(run.summary)).not.toMatch(/<(img|script)\b/)
  })

  it('does not overwrite the comment from a run whose head is no longer the PR head', async () => {
    const before = memgateComments(30)[0]!.body
    // PR 30's head is still `injected`; this run measures another commit.
    const run = await act(quiet, 30)
    expect(run.outputs.verdict).toBe('skipped')
    expect(github.statuses.filter((s) => s.sha === quiet.headSha).map((s) => s.state)).toEqual(['pending', 'success'])
    expect(memgateComments(30)).toHaveLength(1)
    expect(memgateComments(30)[0]!.body).toBe(before)
    expect(run.stdout).toContain("The PR's head moved to")
  })

  it('with comment: on-failure, writes no comment for a green status but edits the one a failure left', async () => {
    const inputs = { 'install-command': 'true', 'soak-command': 'MEMGATE_SAMPLE_EVERY=50 node soak.js', 'fail-on': 'none', runs: '2' }
    github.pulls.set(32, { headSha: injected.headSha, baseSha: injected.baseSha })
    const quietRun = await act(injected, 32, { ...inputs, comment: 'on-failure' })
    expect(quietRun.exitCode).toBe(0)
    expect(github.comments.get(32) ?? []).toEqual([])
    expect(quietRun.stdout).toMatch(
      /^memgate: \w+: .*; \d+ (ms|s|min \d+ s) in all; the comment is on https:\/\/github\.com\/acme\/service\/pull\/32$/m
    )

    // An earlier head's comment (here one written with comment: always) is edited, never left stale.
    await act(injected, 32, { ...inputs, comment: 'always' })
    expect(memgateComments(32)).toHaveLength(1)
    const earlier = memgateComments(32)[0]!.body
    await act(injected, 32, { ...inputs, comment: 'on-failure', runs: '3' })
    expect(memgateComments(32)).toHaveLength(1)
    expect(memgateComments(32)[0]!.body).not.toBe(earlier)
  }, 120000)

  it('edits an existing comment to "skipped" but never creates one for a skip', async () => {
    github.pulls.set(30, { headSha: quiet.headSha, baseSha: quiet.baseSha })
    const edited = await act(quiet, 30)
    expect(edited.exitCode).toBe(0)
    expect(memgateComments(30)).toHaveLength(1)
    expect(memgateComments(30)[0]!.body).toContain('## ⚪ nothing to measure')
    expect(memgateComments(30)[0]!.body).not.toContain('evil')

    github.pulls.set(31, { headSha: quiet.headSha, baseSha: quiet.baseSha })
    const fresh = await act(quiet, 31)
    expect(fresh.outputs.verdict).toBe('skipped')
    expect(github.comments.get(31) ?? []).toEqual([])
    expect(github.requests.filter((r) => r.method === 'POST' && r.path.endsWith('/issues/31/comments'))).toEqual([])
  })
})
