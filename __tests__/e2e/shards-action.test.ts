// End to end: a matrix of `mode: measure` jobs with `shard: I/N` (two runs of `node dist/index.js`
// at once, standing in for two runners), then `mode: report` on workflow_run with both artifacts
// downloaded, each into its own directory as actions/download-artifact puts them. The report job
// decides once over all the runs; a missing, duplicated or foreign shard is an error status, never
// a verdict on part of the runs.

import * as fs from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { DemoRepo } from '../../src/demo.js'
import { demoRepo } from '../support/demo-repo.js'
import { type FakeGitHub, startFakeGitHub } from '../support/github-server.js'
import { pullRequestEvent, runAction, workflowRunEvent } from '../support/run-action.js'

const TOKEN = 'ghs_memgateShardToken0123456789ab'
const PR = 52
const SOAK = 'SOAK_ITERATIONS=12000 MEMGATE_PROBE_BUDGET=1000 MEMGATE_SAMPLE_EVERY=250 node soak.js'

let github: FakeGitHub
let root: string
let repo: DemoRepo
/** Each shard's work directory: what its artifact holds. */
const artifacts: string[] = []

function measureShard(index: number) {
  return runAction({
    inputs: { 'github-token': TOKEN, mode: 'measure', 'soak-command': SOAK, runs: '6', shard: `${index}/2` },
    eventName: 'pull_request',
    payload: pullRequestEvent({ number: PR, baseSha: repo.baseSha, headSha: repo.headSha }),
    workspace: repo.dir,
    apiUrl: github.url
  })
}

/** The report workflow's download: each artifact in a directory named after it. */
interface Download {
  /** The directory's number (memgate-<index>-of-2). */
  index: number
  /** Whose artifact goes there: shard `from`'s (default: its own). */
  from?: number
  change?: (shard: Record<string, any>) => void
  /** A folder of the downloaded artifact that is a link. */
  link?: { name: string; to: string }
}

function download(name: string, shards: Download[]): string {
  const dir = path.join(root, name)
  for (const { index, from = index, change, link } of shards) {
    const into = path.join(dir, `memgate-${index}-of-2`)
    fs.cpSync(artifacts[from - 1]!, into, { recursive: true, filter: (file) => !/[/\\](base|head)$/.test(file) })
    if (link) fs.symlinkSync(link.to, path.join(into, link.name))
    if (change) {
      const file = path.join(into, 'memgate-shard.json')
      const shard = JSON.parse(fs.readFileSync(file, 'utf8'))
      change(shard)
      fs.writeFileSync(file, JSON.stringify(shard))
    }
  }
  return dir
}

function report(dir: string) {
  return runAction({
    inputs: { 'github-token': TOKEN, mode: 'report', 'report-path': dir },
    eventName: 'workflow_run',
    payload: workflowRunEvent({ headSha: repo.headSha, pullNumbers: [PR] }),
    workspace: root,
    apiUrl: github.url
  })
}

beforeAll(async () => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'memgate-shards-action-'))
  github = await startFakeGitHub('acme', 'service')
  repo = await demoRepo(path.join(root, 'repo'), 'leaky')
  github.pulls.set(PR, { headSha: repo.headSha, baseSha: repo.baseSha })
  const runs = await Promise.all([measureShard(1), measureShard(2)])
  for (const run of runs) {
    expect({ exitCode: run.exitCode, stderr: run.stderr }).toEqual({ exitCode: 0, stderr: '' })
    artifacts.push(path.dirname(run.outputs['report-file']!))
  }
})

afterAll(async () => {
  await github?.close()
  fs.rmSync(root, { recursive: true, force: true })
})

const shardOf = (i: number) => JSON.parse(fs.readFileSync(path.join(artifacts[i]!, 'memgate-shard.json'), 'utf8'))

describe('shard: I/N in mode measure, merged by mode report', () => {
  it('each job measures its share, writes nothing to GitHub, and names its own artifact', () => {
    const [one, two] = [shardOf(0), shardOf(1)]
    expect(one).toMatchObject({
      format: 'memgate-shard/1',
      shard: { index: 1, count: 2 },
      pullRequest: { number: PR, headSha: repo.headSha }
    })
    expect(two).toMatchObject({ shard: { index: 2, count: 2 }, snapshots: [] })
    expect([one.samples.head.runs.length, two.samples.head.runs.length]).toEqual([3, 3])
    // Shard 1's snapshots are named inside its artifact, not by an absolute path of its runner.
    expect(one.snapshots.length).toBeGreaterThanOrEqual(2)
    for (const file of one.snapshots) {
      expect(path.isAbsolute(file)).toBe(false)
      expect(fs.existsSync(path.join(artifacts[0]!, file))).toBe(true)
    }
    expect(github.requests.filter((r) => r.method !== 'GET')).toEqual([])
  })

  it('decides once over both shards: one status and one comment on the measured head', async () => {
    const run = await report(download('both', [{ index: 1 }, { index: 2 }]))
    expect(run.outputs.verdict).toBe('leak')
    const measured = JSON.parse(fs.readFileSync(run.outputs['report-file']!, 'utf8'))
    expect(measured).toMatchObject({ verdict: 'leak', base: { runs: 6 }, head: { runs: 6, sha: repo.headSha } })
    expect(measured.suspects.length).toBeGreaterThan(0)
    expect(github.statuses.at(-1)).toMatchObject({ sha: repo.headSha, state: 'failure', context: 'memgate' })
    expect(github.comments.get(PR) ?? []).toHaveLength(1)
  })

  it.each<[string, Download[], RegExp]>([
    ['a missing shard', [{ index: 1 }], /Shard 2\/2 missing: all 2 are needed for a verdict/],
    ['a shard twice', [{ index: 1 }, { index: 2, from: 1 }], /Shard 1\/2 is there twice/],
    [
      "another head's shard",
      [{ index: 1 }, { index: 2, change: (s: Record<string, any>) => (s.headSha = 'c'.repeat(40)) }],
      /differs from .* in its head commit/
    ],
    [
      'a snapshot reached through a linked folder',
      [
        {
          index: 1,
          change: (s: Record<string, any>) => (s.snapshots = ['linked/passwd', ...s.snapshots]),
          link: { name: 'linked', to: '/etc' }
        },
        { index: 2 }
      ],
      /names a snapshot outside its artifact: linked\/passwd/
    ],
    [
      'a snapshot outside its artifact',
      [{ index: 1, change: (s: Record<string, any>) => (s.snapshots = ['../../../etc/passwd', ...s.snapshots]) }, { index: 2 }],
      /names a snapshot outside its artifact/
    ]
  ])('refuses %s with an error status, not a verdict', async (name, shards, reason) => {
    const before = github.statuses.length
    const run = await report(download(name.replace(/\W+/g, '-'), shards))
    expect(run.outputs.verdict).toBe('error')
    expect(run.exitCode).not.toBe(0)
    const [status] = github.statuses.slice(before)
    expect(status).toMatchObject({ sha: repo.headSha, state: 'error' })
    expect(status!.description).toMatch(/^Report rejected: /)
    expect(run.stdout + run.stderr).toMatch(reason)
  })
})
