// End to end: dist/index.js as the Actions runner runs it, on real git repositories with real
// npm installs and soaks, against a loopback HTTP stand-in for the GitHub API.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import * as fs from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import { createDemoRepo, type DemoRepo } from '../src/demo.js'
import { startFakeGitHub, seedComments, type FakeGitHub } from './support/github-server.js'
import { findFiles, runAction } from './support/run-action.js'

const TOKEN = 'ghs_memgateTestToken0123456789abcdef'
const PR = 7

let github: FakeGitHub
let leaky: DemoRepo
let clean: DemoRepo
let root: string

beforeAll(async () => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'memgate-e2e-'))
  github = await startFakeGitHub('acme', 'service')
  ;[leaky, clean] = await Promise.all([
    createDemoRepo(path.join(root, 'leaky'), 'leaky'),
    createDemoRepo(path.join(root, 'clean'), 'clean')
  ])
})

afterAll(async () => {
  await github?.close()
  fs.rmSync(root, { recursive: true, force: true })
})

function pullRequestEvent(repo: DemoRepo, number: number) {
  return {
    action: 'synchronize',
    number,
    pull_request: {
      number,
      base: { sha: repo.baseSha, ref: 'main', repo: { full_name: 'acme/service' } },
      head: { sha: repo.headSha, ref: 'bump', repo: { full_name: 'acme/service' } }
    },
    repository: { full_name: 'acme/service' }
  }
}

function act(repo: DemoRepo, number: number, soak = 'SOAK_ITERATIONS=12000 MEMGATE_PROBE_BUDGET=1000 MEMGATE_SAMPLE_EVERY=250 node soak.js') {
  github.pulls.set(number, { headSha: repo.headSha, baseSha: repo.baseSha })
  return runAction({
    inputs: { 'github-token': TOKEN, 'soak-command': soak, 'install-command': 'npm ci --no-audit --no-fund', runs: '5' },
    eventName: 'pull_request',
    payload: pullRequestEvent(repo, number),
    workspace: repo.dir,
    apiUrl: github.url,
    env: { GITHUB_TOKEN: TOKEN, MY_DEPLOY_KEY: `prefix-${TOKEN}` }
  })
}

describe('pull_request', () => {
  it('fails the status and posts one comment for a leaky bump, and never shows the token to the soak', async () => {
    seedComments(github, PR, 120) // memgate's comment must be found past the first page
    const run = await act(leaky, PR, 'env && SOAK_ITERATIONS=12000 MEMGATE_PROBE_BUDGET=1000 MEMGATE_SAMPLE_EVERY=250 node soak.js')

    expect(run.outputs.verdict).toBe('leak')
    expect(run.exitCode).toBe(1)
    const mine = github.statuses.filter((s) => s.sha === leaky.headSha)
    expect(mine.map((s) => s.state)).toEqual(['pending', 'failure'])
    expect(mine[1].context).toBe('memgate')
    expect(mine[1].target_url).toBe('https://github.com/acme/service/actions/runs/4242')
    expect(mine[1].description.length).toBeLessThanOrEqual(140)

    const comments = github.comments.get(PR)!.filter((c) => c.body.includes('memgate-comment'))
    expect(comments).toHaveLength(1)
    expect(comments[0].body).toContain('memgate: leak')
    expect(comments[0].body).toContain('event-hub')
    expect(comments[0].body).toContain('Listener')

    const report = JSON.parse(fs.readFileSync(run.outputs['report-file'], 'utf8'))
    expect(report).toMatchObject({ format: 'memgate-report/1', verdict: 'leak', head: { sha: leaky.headSha, runs: 5 } })
    expect(report.bumps).toEqual([expect.objectContaining({ name: 'event-hub', from: '1.0.0', to: '2.0.0', direct: true })])
    expect(report.suspects[0]).toMatchObject({ name: 'Listener', package: 'event-hub' })
    expect(run.summary).toContain('memgate: leak')

    const requests = github.requests.filter((r) => r.authorization)
    expect(requests.length).toBeGreaterThan(0)
    expect(requests.every((r) => r.authorization === `token ${TOKEN}`)).toBe(true)

    const logs = findFiles(run.tempDir, /^(soak|install-.*)\.log$/).map((f) => fs.readFileSync(f, 'utf8'))
    expect(logs.length).toBe(12) // 5 runs per side and two installs
    const dumps = logs.filter((text) => text.includes('MEMGATE_SAMPLES_FILE='))
    expect(dumps).toHaveLength(10)
    for (const text of logs) {
      expect(text).not.toContain(TOKEN)
      expect(text).not.toMatch(/^INPUT_/m)
    }
  })

  it('edits the same comment on the next run instead of adding one', async () => {
    const before = github.requests.length
    const run = await act(leaky, PR)
    expect(run.outputs.verdict).toBe('leak')
    const comments = github.comments.get(PR)!.filter((c) => c.body.includes('memgate-comment'))
    expect(comments).toHaveLength(1)
    const mine = github.requests.slice(before)
    expect(mine.filter((r) => r.method === 'PATCH' && /\/issues\/comments\/\d+$/.test(r.path))).toHaveLength(1)
    expect(mine.filter((r) => r.method === 'POST' && /\/issues\/\d+\/comments$/.test(r.path))).toHaveLength(0)
  })

  it('passes a clean bump', async () => {
    const run = await act(clean, PR + 1)
    expect(run.outputs.verdict).toBe('pass')
    expect(run.exitCode).toBe(0)
    expect(github.statuses.filter((s) => s.sha === clean.headSha).map((s) => s.state)).toEqual(['pending', 'success'])
    expect(github.comments.get(PR + 1)!.map((c) => c.body)).toEqual([expect.stringContaining('memgate: pass')])
  })
})
