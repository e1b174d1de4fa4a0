// creep: issue as the runner runs it (node dist/index.js): pushes to main of a real remote recorded
// through real soaks (support/record-history.ts), GitHub's issues API a loopback stand-in. A flat
// history opens nothing; a step up opens one issue; the next push updates it; a step reported
// once is not announced again.

import * as fs from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { type FakeGitHub, startFakeGitHub } from '../support/github-server.js'
import { git, type RecordHistory, recordHistory } from '../support/record-history.js'
import { type Registry, rowCache, startRegistry } from '../support/registry.js'

let root: string
let registry: Registry
let github: FakeGitHub
let h: RecordHistory

// Six commits of the new level (11…16) make a step the trend calls at alpha 0.001.
const record = (i: number, inputs: Record<string, string> = {}) =>
  h.pushMain(h.commits[i]!).then((sha) => h.record(sha, github.url, { rollback: 'off', ...inputs }))
const issueWrites = (from: number) => github.requests.slice(from).filter((r) => r.method !== 'GET' && /\/issues/.test(r.path))

beforeAll(async () => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'memgate-record-creep-'))
  registry = await startRegistry()
  for (const v of ['1.2.0', '2.0.0']) await registry.publish(rowCache('row-cache', v, v === '2.0.0'))
  github = await startFakeGitHub('acme', 'service')
  h = await recordHistory(root, registry.url, 8)
  await h.seed(h.flat, h.commits.slice(0, 10))
}, 300_000)
afterAll(async () => {
  await github?.close()
  await h?.close()
  await registry?.stop()
  if (root) fs.rmSync(root, { recursive: true, force: true })
})

describe('creep: issue', () => {
  it('measures the rows of the service as different levels (the fixture works)', () => {
    expect(h.leaky.growth!.estimate - h.flat.growth!.estimate).toBeGreaterThan(256)
  })

  it('opens no issue while main is flat', async () => {
    const result = await record(10)
    expect(result.stderr).toBe('')
    expect(result.exitCode).toBe(0)
    expect(result.summary).toContain('No lasting step up over 11 commits')
    expect(github.requests.filter((r) => /\/issues/.test(r.path))).toEqual([])
    expect(github.issues.size).toBe(0)
  })

  it('warns, and keeps the record and the summary, when the issue cannot be opened', async () => {
    await h.seed(h.leaky, h.commits.slice(11, 16))
    github.failNext('POST', /\/issues$/, 403, 1, { message: 'Resource not accessible by integration' })
    const result = await record(16)
    expect(result.exitCode).toBe(0)
    expect(result.stdout).toContain('Could not open or update the creep issue (HTTP 403)')
    expect(result.stdout).toContain('::warning::memgate could not open the creep issue: the token lacks `issues: write`')
    expect(result.summary).toContain(`| \`${h.commits[11]!.slice(0, 7)}\` | \`${h.commits[10]!.slice(0, 7)}\``)
    const files = await git(h.bare, 'ls-tree', '-r', '--name-only', 'memgate-records')
    expect(files).toContain(`${h.commits[16]}.json`)
    expect(github.issues.size).toBe(0)
  })

  it('opens one issue for a step up: the range with full SHAs in its links, the chart, the bump', async () => {
    const before = github.requests.length
    const result = await record(17)
    expect(result.stderr).toBe('')
    expect(result.exitCode).toBe(0)
    expect(issueWrites(before).map((r) => `${r.method} ${r.path}`)).toEqual(['POST /repos/acme/service/issues'])
    expect(github.issues.size).toBe(1)
    const [issue] = [...github.issues.values()]
    const [step, lastBefore] = [h.commits[11]!, h.commits[10]!]
    const repoUrl = `${h.server.url}/acme/service`
    expect(issue!.user.login).toBe('github-actions[bot]')
    expect(issue!.title).toContain(`stepped up at ${step.slice(0, 7)}`)
    expect(issue!.body.split('\n')[0]).toBe('<!-- memgate:creep -->')
    expect(issue!.body).toContain(`${repoUrl}/compare/${lastBefore}...${step}`)
    expect(issue!.body).toContain(`[\`${step.slice(0, 7)}\`](${repoUrl}/commit/${step})`)
    expect(issue!.body).toContain(`[\`${lastBefore.slice(0, 7)}\`](${repoUrl}/commit/${lastBefore})`)
    expect(issue!.body).toMatch(/\| `row-cache` \| `1\.2\.0` \| `2\.0\.0` \| dependencies \|/)
    expect(issue!.body).toContain('```mermaid\nxychart-beta')
    // The step's first commit holds the leaky record (seeded from a real record run): what grows in it.
    expect(issue!.body).toContain(`What grows in \`${step.slice(0, 7)}\`'s heap`)
    expect(issue!.body).toMatch(
      /\| what \| new \| size \| package \|\n\| --- \| --- \| --- \| --- \|\n\| .+ \| \d+ \| .+ \| `row-cache` \|/
    )
    expect(result.stdout).toMatch(/Opened memgate's creep issue #\d+ for the step up at/)
    expect(result.summary).toContain(`Opened the creep issue [#${issue!.number}](${h.server.url}/acme/service/issues/${issue!.number}).`)
  })

  it('updates that issue on the next push, never opening a second one', async () => {
    const [issue] = [...github.issues.values()]
    const before = github.requests.length
    const result = await record(18)
    expect(result.exitCode).toBe(0)
    expect(issueWrites(before).map((r) => `${r.method} ${r.path}`)).toEqual([`PATCH /repos/acme/service/issues/${issue!.number}`])
    expect(github.issues.size).toBe(1)
    expect(issue!.body).toContain(h.commits[18]!.slice(0, 7)) // the chart and the last recorded commit moved on
    expect(issue!.body.match(/<!-- memgate:creep-steps (.*) -->/)?.[1]?.split(' ')).toHaveLength(1)
  })

  it('opens no new issue for a step it reported once the issue is closed', async () => {
    const [issue] = [...github.issues.values()]
    issue!.state = 'closed'
    const before = github.requests.length
    const result = await record(19, { runs: '2' })
    expect(result.exitCode).toBe(0)
    expect(issueWrites(before)).toEqual([])
    expect(result.stdout).toContain('Every step up in the trend was reported before')
  })
})
