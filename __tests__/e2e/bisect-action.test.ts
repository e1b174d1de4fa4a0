// End to end through dist/index.js: a PR that bumps row-cache into a leak, packages from the test's
// Verdaccio, GitHub a loopback stand-in. The status is final before the search starts; then the
// comment gets "Cause and fix" and the manifest line a review suggestion.

import { execFileSync } from 'node:child_process'
import * as fs from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { type FakeResults, startFakeResults } from '../support/artifact-server.js'
import { makeProject, type Project } from '../support/bisect-project.js'
import { type FakeGitHub, startFakeGitHub } from '../support/github-server.js'
import { type Registry, rowCache, startRegistry } from '../support/registry.js'
import { issueCommentEvent, pullRequestEvent, runAction } from '../support/run-action.js'

const TOKEN = 'ghs_memgateBisectToken0123456789'
let registry: Registry
let github: FakeGitHub
let project: Project
let results: FakeResults

beforeAll(async () => {
  registry = await startRegistry()
  for (const v of ['1.2.0', '1.3.1', '1.4.0', '2.0.0']) await registry.publish(rowCache('row-cache', v, v === '1.4.0' || v === '2.0.0'))
  github = await startFakeGitHub('acme', 'service')
  results = await startFakeResults()
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'memgate-bisect-action-'))
  project = await makeProject(path.join(root, 'repo'), {
    manager: 'npm',
    registry: registry.url,
    base: { 'row-cache': '1.2.0' },
    head: { 'row-cache': '2.0.0' }
  })
})
afterAll(async () => {
  await github?.close()
  await results?.close()
  await registry?.stop()
})

const INPUTS = {
  'github-token': TOKEN,
  'soak-command': 'MEMGATE_PROBE_BUDGET=1000 MEMGATE_SAMPLE_EVERY=100 node soak.js',
  runs: '3',
  alpha: '0.05',
  threshold: '64'
}

function run(pr: number, inputs: Record<string, string> = {}, env: Record<string, string> = {}) {
  github.pulls.set(pr, { headSha: project.head, baseSha: project.base })
  // GitHub's patch: the diff without its file header.
  const diff = execFileSync('git', ['diff', project.base, project.head, '--', 'package.json'], { cwd: project.dir }).toString()
  github.pullFiles.set(pr, [{ filename: 'package.json', patch: diff.slice(diff.indexOf('@@')) }])
  return runAction({
    inputs: { ...INPUTS, ...inputs },
    eventName: 'pull_request',
    payload: pullRequestEvent({ number: pr, baseSha: project.base, headSha: project.head, title: 'Bump row-cache from 1.2.0 to 2.0.0' }),
    workspace: project.dir,
    apiUrl: github.url,
    env
  })
}

describe('the action after a leak', () => {
  it('finishes the status first, then adds the cause, the versions and a verified fix as a suggestion on the manifest line', async () => {
    const result = await run(1, {}, results.env)
    expect(result.outputs.verdict).toBe('leak')
    const statuses = github.statuses.filter((s) => s.sha === project.head)
    expect(statuses.map((s) => s.state)).toEqual(['pending', 'failure'])
    // the final status went out before the first request of the search (the pending section)
    const finalStatus = github.requests.findIndex(
      (r) => r.method === 'POST' && r.path.includes('/statuses/') && (r.body as { state: string }).state === 'failure'
    )
    const firstSection = github.requests.findIndex((r) => JSON.stringify(r.body ?? '').includes('Cause and fix'))
    expect(finalStatus).toBeGreaterThanOrEqual(0)
    expect(firstSection).toBeGreaterThan(finalStatus)

    const [comment] = github.comments.get(1)!
    expect(comment!.body).toContain('### Cause and fix')
    expect(comment!.body).toContain('| First leaking | `1.4.0` |')
    expect(comment!.body).toContain('| Last clean | `1.3.1` |')
    expect(comment!.body).toMatch(/\*\*Fix, verified:\*\* with row-cache 1\.3\.1 the head passes against base/)
    expect(comment!.body).toMatch(/\[Apply the suggested change\]\(https:\/\/github\.com\/acme\/service\/pull\/1#discussion_r\d+\)/)
    expect(comment!.body).toMatch(/Took \d+ s: \d+ soak runs, \d+ installs/)
    expect(result.stdout).toMatch(/Cause and fix took [\d.]+ s/)

    expect(github.reviewComments).toEqual([
      expect.objectContaining({
        pullNumber: 1,
        commit_id: project.head,
        path: 'package.json',
        line: 6,
        side: 'RIGHT',
        body: expect.stringContaining('```suggestion\n    "row-cache": "1.3.1"\n```')
      })
    ])
    // one artifact, uploaded after the search: the report and memgate-bisect/1 side by side
    expect([...results.artifacts.keys()]).toEqual(['memgate'])
    const files = results.files('memgate')
    expect(JSON.parse(String(files.get('memgate-report.json')))).toMatchObject({ format: 'memgate-report/1', verdict: 'leak' })
    expect(JSON.parse(String(files.get('memgate-bisect.json')))).toMatchObject({
      format: 'memgate-bisect/1',
      package: 'row-cache',
      firstLeaking: '1.4.0',
      suggestion: { version: '1.3.1', field: 'dependencies' }
    })
    expect(result.stdout).not.toContain('were not uploaded as an artifact')
    // the token is masked, and appears nowhere else in the log
    expect(result.stdout.split('\n').filter((l) => l.includes(TOKEN) && !l.startsWith('::add-mask::'))).toEqual([])
  }, 300000)

  it('leaves the cause out with bisect: off', async () => {
    const result = await run(2, { bisect: 'off' })
    expect(result.outputs.verdict).toBe('leak')
    expect(github.comments.get(2)![0]!.body).not.toContain('Cause and fix')
    expect(github.reviewComments.filter((c) => c.pullNumber === 2)).toEqual([])
  }, 300000)

  it('adds the cause on /memgate bisect from a writer, to the measured comment, without measuring head again', async () => {
    github.permissions.set('writer', 'write')
    // a run of its own, with an artifact of its own
    const commentRun = await startFakeResults()
    const result = await runAction({
      inputs: INPUTS,
      eventName: 'issue_comment',
      payload: issueCommentEvent({ number: 2, body: '/memgate bisect', login: 'writer', id: 77 }),
      workspace: project.dir,
      apiUrl: github.url,
      env: commentRun.env
    }).finally(() => commentRun.close())
    expect(result.exitCode).toBe(0)
    const files = commentRun.files('memgate')
    expect([...files.keys()]).toEqual(['memgate-bisect.json'])
    expect(JSON.parse(String(files.get('memgate-bisect.json')))).toMatchObject({ format: 'memgate-bisect/1', firstLeaking: '1.4.0' })
    const body = github.comments.get(2)!.find((c) => c.user.type === 'Bot' && c.body.includes('memgate-comment'))!.body
    expect(body).toMatch(/^## 🔴 .* leaks memory/m)
    expect(body).toContain('| First leaking | `1.4.0` |')
    expect(github.reactions.filter((r) => r.commentId === 77).map((r) => r.content)).toEqual(['eyes', 'rocket'])
    // no new measurement of head against base: no status of its own
    expect(github.statuses.filter((s) => s.sha === project.head).length).toBe(4) // two runs' pending + failure, none more
  }, 300000)

  it('takes /memgate bisect only from people with write access', async () => {
    const result = await runAction({
      inputs: INPUTS,
      eventName: 'issue_comment',
      payload: issueCommentEvent({ number: 2, body: '/memgate bisect', login: 'stranger', id: 78 }),
      workspace: project.dir,
      apiUrl: github.url
    })
    expect(result.exitCode).toBe(0)
    expect(github.reactions.filter((r) => r.commentId === 78).map((r) => r.content)).toEqual(['confused'])
    expect(result.stdout).not.toContain('installing')
  }, 300000)
})
