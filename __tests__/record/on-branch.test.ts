// mode: record's work below the action: a real soak of the demo, the record pushed to a branch of a
// real remote (git http-backend on 127.0.0.1) from a shallow checkout, the page and the summary.

import { execFile, execFileSync } from 'node:child_process'
import * as fs from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import { promisify } from 'node:util'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { createGit } from '../../src/git.js'
import { parseOptions } from '../../src/options.js'
import { recordToBranch } from '../../src/record/on-branch.js'
import { parseRecord } from '../../src/record/record.js'
import { demoRepo } from '../support/demo-repo.js'
import { type GitHttpServer, startGitHttpServer } from '../support/git-http-server.js'

let root: string
let server: GitHttpServer
beforeAll(async () => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'memgate-on-branch-'))
  server = await startGitHttpServer(path.join(root, 'remote'))
})
afterAll(async () => {
  await server.close()
  fs.rmSync(root, { recursive: true, force: true })
})

// The remote is served from this process: git commands that reach it must not block its event loop.
const git$ = promisify(execFile)
const show = (bare: string, spec: string): string => execFileSync('git', ['--git-dir', bare, 'show', spec], { encoding: 'utf8' })

describe('recordToBranch', () => {
  it('measures the pushed commit from a shallow checkout, keeps its record and the page on the branch, and prunes to record-keep', async () => {
    const demo = await demoRepo(path.join(root, 'demo'), 'leaky')
    const bare = server.createRepo('acme/service.git')
    const remote = `${server.url}/acme/service.git`
    await git$('git', ['-C', demo.dir, 'push', '--quiet', remote, 'bump:main'])
    const checkout = path.join(root, 'checkout')
    await git$('git', ['clone', '--quiet', '--depth=1', remote, checkout])
    const options = parseOptions({ 'soak-command': 'node soak.js', runs: '2' })
    const logs: string[] = []
    const git = await createGit(checkout)
    const result = await recordToBranch({
      options,
      git,
      sha: demo.headSha,
      remote,
      branch: 'memgate-records',
      keep: 1,
      probePath: path.resolve('dist/probe.cjs'),
      secrets: [],
      log: (l) => logs.push(l),
      commitUrl: (sha) => `https://github.com/acme/service/commit/${sha}`
    })
    expect(result.outcome).toBe('written')
    expect(result.record.commit).toBe(demo.headSha)
    // The leaky event-hub 2.0.0 keeps every listener: far above the gate's 8 bytes per iteration.
    expect(result.record.growth!.estimate).toBeGreaterThan(8)
    const files = execFileSync('git', ['--git-dir', bare, 'ls-tree', '-r', '--name-only', 'memgate-records'], { encoding: 'utf8' })
      .split('\n')
      .filter(Boolean)
    expect(files.sort()).toEqual([
      '.nojekyll',
      'index.html',
      expect.stringMatching(new RegExp(`^records/[0-9a-f]{16}/${demo.headSha}\\.json$`))
    ])
    const stored = parseRecord(show(bare, `memgate-records:${files.find((f) => f.endsWith('.json'))}`), 'stored')
    expect(stored.growth).toEqual(result.record.growth)
    const page = show(bare, 'memgate-records:index.html')
    expect(page).toContain(`https://github.com/acme/service/commit/${demo.headSha}`)
    expect(page).not.toMatch(/<script/)
    expect(result.summary).toContain(`Recorded \`${demo.headSha.slice(0, 7)}\``)
    expect(result.summary).toContain('into branch `memgate-records`')
    expect(result.trend.series[0]!.points.map((p) => p.commit)).toEqual([demo.headSha])

    // The checkout now holds the history: the parent is measured too, and keep = 1 prunes the older record.
    const parent = await recordToBranch({
      options,
      git,
      sha: demo.baseSha,
      remote,
      branch: 'memgate-records',
      keep: 1,
      probePath: path.resolve('dist/probe.cjs'),
      secrets: [],
      log: (l) => logs.push(l)
    })
    expect(parent.removed).toEqual([demo.headSha])
    expect(parent.summary).toMatch(/record-keep is 1: 1 older record removed/)
    const left = execFileSync('git', ['--git-dir', bare, 'ls-tree', '-r', '--name-only', 'memgate-records'], { encoding: 'utf8' })
    expect(left).toContain(`${demo.baseSha}.json`)
    expect(left).not.toContain(`${demo.headSha}.json`)
  })
})
