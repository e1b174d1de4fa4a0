// base-from-record: on, as the runner runs it (node dist/index.js): main's record, written by
// mode: record onto record-branch of a real remote (git http-backend on 127.0.0.1), stands for
// base's runs when a PR is measured; without a record, or with the input off, base is soaked.

import { execFile } from 'node:child_process'
import * as fs from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import { promisify } from 'node:util'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { DemoRepo } from '../../src/demo.js'
import { demoRepo } from '../support/demo-repo.js'
import { type GitHttpServer, startGitHttpServer } from '../support/git-http-server.js'
import { type FakeGitHub, startFakeGitHub } from '../support/github-server.js'
import { pullRequestEvent, runAction } from '../support/run-action.js'

// The remote is served from this process: git commands that reach it must not block its event loop.
const git = promisify(execFile)
const TOKEN = 'ghs_record_base_token_1234'
const SOAK = 'SOAK_ITERATIONS=8000 node soak.js'
const PR = 61
let root: string
let server: GitHttpServer
let github: FakeGitHub
let demo: DemoRepo
let checkout: string

beforeAll(async () => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'memgate-record-base-'))
  server = await startGitHttpServer(path.join(root, 'remote'))
  github = await startFakeGitHub('acme', 'service')
  demo = await demoRepo(path.join(root, 'demo'), 'leaky')
  server.createRepo('acme/service.git')
  await git('git', ['-C', demo.dir, 'push', '--quiet', `${server.url}/acme/service.git`, 'main:main', 'bump:bump'])
  checkout = path.join(root, 'checkout')
  await git('git', ['clone', '--quiet', `${server.url}/acme/service.git`, checkout])
  await git('git', ['-C', checkout, 'fetch', '--quiet', 'origin', 'bump:bump'])
  github.pulls.set(PR, { headSha: demo.headSha, baseSha: demo.baseSha })
})
afterAll(async () => {
  await github?.close()
  await server?.close()
  fs.rmSync(root, { recursive: true, force: true })
})

const action = (inputs: Record<string, string>, eventName: string, payload: unknown) =>
  runAction({
    inputs: { 'github-token': TOKEN, 'soak-command': SOAK, creep: 'off', rollback: 'off', ...inputs },
    eventName,
    payload,
    workspace: checkout,
    apiUrl: github.url,
    env: { GITHUB_SERVER_URL: server.url }
  })
const measurePr = (inputs: Record<string, string>) =>
  action(inputs, 'pull_request', pullRequestEvent({ number: PR, baseSha: demo.baseSha, headSha: demo.headSha }))
const report = (run: { outputs: Record<string, string> }) => JSON.parse(fs.readFileSync(run.outputs['report-file']!, 'utf8'))

describe('base-from-record', () => {
  it('soaks base, with a log line, while record-branch does not exist yet', async () => {
    const run = await measurePr({ 'base-from-record': 'on' })
    expect(run.outputs.verdict).toBe('leak')
    expect(run.stdout).toContain('base-from-record: the repository has no memgate-records branch yet')
    expect(run.stdout).toMatch(/base: run 1\//)
  })

  it("compares head with main's record once mode: record has written it, and says so", async () => {
    const recorded = await action({ mode: 'record', runs: '5' }, 'push', {
      ref: 'refs/heads/main',
      after: demo.baseSha,
      repository: { full_name: 'acme/service', default_branch: 'main' }
    })
    expect({ exitCode: recorded.exitCode, stderr: recorded.stderr }).toEqual({ exitCode: 0, stderr: '' })
    const run = await measurePr({ 'base-from-record': 'on' })
    expect(run.outputs.verdict).toBe('leak')
    expect(run.stdout).toMatch(/Base [0-9a-f]{7} is not soaked: \d+ runs from its record/)
    expect(run.stdout).not.toMatch(/base: run 1\//)
    expect(report(run).notes.join('\n')).toMatch(/base was not soaked: its \d+ runs are those of the record of/)
  })

  it('soaks base when the input is off, as by default, whatever the branch holds', async () => {
    const run = await measurePr({})
    expect(run.outputs.verdict).toBe('leak')
    expect(run.stdout).toMatch(/base: run 1\//)
    expect(report(run).notes?.join('\n') ?? '').not.toMatch(/base was not soaked/)
  })
})
