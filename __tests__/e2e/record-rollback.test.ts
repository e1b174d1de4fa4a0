// rollback: pr as the runner runs it (node dist/index.js): a step up on main whose range bumps
// row-cache (from the test's Verdaccio) into a leak. The record run finds the culprit with bisect's
// search (the commit before the step as base), pushes the verified fix on a branch of a real remote
// (git http-backend on 127.0.0.1), never main, and opens one pull request on the loopback API; the
// next push opens no second one; a main that recovered closes it.

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
const BRANCH = 'memgate/rollback-row-cache'
// The bisect's statistics, as the bisect e2e tests measure row-cache.
const INPUTS = { alpha: '0.05', threshold: '64' }

const record = (sha: string, inputs: Record<string, string> = {}) =>
  h.pushMain(sha).then((pushed) => h.record(pushed, github.url, { ...INPUTS, ...inputs }))
const pullWrites = (from: number) => github.requests.slice(from).filter((r) => r.method !== 'GET' && /\/pulls/.test(r.path))

beforeAll(async () => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'memgate-record-rollback-'))
  registry = await startRegistry()
  for (const v of ['1.2.0', '1.3.1', '1.4.0', '2.0.0']) await registry.publish(rowCache('row-cache', v, v === '1.4.0' || v === '2.0.0'))
  github = await startFakeGitHub('acme', 'service')
  h = await recordHistory(root, registry.url, 7)
  await h.seed(h.flat, h.commits.slice(0, 11))
  await h.seed(h.leaky, h.commits.slice(11, 17))
}, 300_000)
afterAll(async () => {
  await github?.close()
  await h?.close()
  await registry?.stop()
  if (root) fs.rmSync(root, { recursive: true, force: true })
})

describe('rollback: pr', () => {
  it('opens one pull request from memgate/rollback-row-cache that pins the verified fix on main, never pushing main', async () => {
    const tip = h.commits[17]!
    const result = await record(tip)
    expect(result.stderr).toBe('')
    expect(result.exitCode).toBe(0)
    expect(result.stdout).toContain(`rollback: looking for the culprit of the step up at ${h.commits[11]!.slice(0, 7)}`)
    expect(github.issues.size).toBe(1)
    expect([...github.openedPulls.values()]).toEqual([
      expect.objectContaining({ head: BRANCH, base: 'main', state: 'open', user: { login: 'github-actions[bot]', type: 'Bot' } })
    ])
    const [pull] = [...github.openedPulls.values()]
    expect(pull!.title).toBe(`memgate: roll back row-cache to 1.3.1 (main's memory growth stepped up at ${h.commits[11]!.slice(0, 7)})`)
    expect(pull!.body.split('\n')[0]).toBe('<!-- memgate:rollback -->')
    expect(pull!.body).toContain(`Reported in #${[...github.issues.keys()][0]}.`)
    expect(pull!.body).toContain('### Cause and fix')
    expect(pull!.body).toMatch(/1\.4\.0/) // the first version that leaks
    expect(pull!.body).toContain(`${h.server.url}/acme/service/compare/${h.commits[10]}...${h.commits[11]}`)
    expect(pull!.body).toContain('```mermaid')
    expect(result.summary).toContain(
      `Opened rollback pull request [#${pull!.number}](${h.server.url}/acme/service/pull/${pull!.number}) from branch \`${BRANCH}\`.`
    )
    // The branch: one commit on main's tip, changing the manifest and the lockfile only.
    expect(await git(h.bare, 'rev-parse', 'main')).toBe(tip)
    const fix = await git(h.bare, 'rev-parse', BRANCH)
    expect(await git(h.bare, 'rev-parse', `${fix}^`)).toBe(tip)
    expect((await git(h.bare, 'diff', '--name-only', tip, fix)).split('\n')).toEqual(['package-lock.json', 'package.json'])
    expect(JSON.parse(await git(h.bare, 'show', `${fix}:package.json`)).dependencies).toEqual({ 'row-cache': '1.3.1' })
    expect(JSON.parse(await git(h.bare, 'show', `${fix}:package-lock.json`)).packages['node_modules/row-cache'].version).toBe('1.3.1')
    // The token went to the remote in a header only, never into the log.
    expect(result.stdout.split('\n').filter((l) => l.includes('ghs_record_history_token') && !l.startsWith('::add-mask::'))).toEqual([])
  })

  it('does not bisect again nor open a second pull request on the next push', async () => {
    const before = github.requests.length
    const result = await record(h.commits[18]!, { runs: '2' })
    expect(result.exitCode).toBe(0)
    expect(result.stdout).not.toContain('rollback: looking for the culprit')
    expect(pullWrites(before)).toEqual([])
    expect(github.openedPulls.size).toBe(1)
  })

  it('closes the pull request once main recovered (the fix merged)', async () => {
    await git(h.project.dir, 'fetch', '--quiet', h.remote, BRANCH)
    const merged = await git(h.project.dir, 'rev-parse', 'FETCH_HEAD')
    const after = [merged, await h.commit(merged, 'work after the fix')]
    await h.seed(h.flat, after)
    const recoveredAt = await h.commit(after[1]!, 'more work')
    const before = github.requests.length
    const result = await record(recoveredAt, { runs: '2' })
    expect(result.exitCode).toBe(0)
    const [pull] = [...github.openedPulls.values()]
    expect(pullWrites(before).map((r) => `${r.method} ${r.path}`)).toEqual([`PATCH /repos/acme/service/pulls/${pull!.number}`])
    expect(pull!.state).toBe('closed')
    expect(pull!.body).toContain('**Closed by memgate:** main recovered')
    expect(result.stdout).toContain('rollback: closed pull request')
    expect(result.summary).toContain(`Closed rollback pull request [#${pull!.number}]`)
  })
})
