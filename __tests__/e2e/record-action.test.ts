// mode: record as the runner runs it (node dist/index.js): a push to the default branch measured
// from a shallow checkout and recorded on a branch of a real remote (git http-backend on 127.0.0.1).

import { execFile, execFileSync } from 'node:child_process'
import * as fs from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import { promisify } from 'node:util'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { DemoRepo } from '../../src/demo.js'
import { demoRepo } from '../support/demo-repo.js'
import { type GitHttpServer, startGitHttpServer } from '../support/git-http-server.js'
import { runAction } from '../support/run-action.js'

// The remote is served from this process: git commands that reach it must not block its event loop.
const git = promisify(execFile)
let root: string
let server: GitHttpServer
let demo: DemoRepo
let bare: string
let checkout: string
const TOKEN = 'ghs_record_token_1234'

beforeAll(async () => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'memgate-record-action-'))
  server = await startGitHttpServer(path.join(root, 'remote'))
  demo = await demoRepo(path.join(root, 'demo'), 'leaky')
  bare = server.createRepo('acme/service.git')
  await git('git', ['-C', demo.dir, 'push', '--quiet', `${server.url}/acme/service.git`, 'bump:main'])
  checkout = path.join(root, 'checkout')
  await git('git', ['clone', '--quiet', '--depth=1', `${server.url}/acme/service.git`, checkout])
})
afterAll(async () => {
  await server.close()
  fs.rmSync(root, { recursive: true, force: true })
})

const push = (ref: string, after: string) => ({ ref, after, repository: { full_name: 'acme/service', default_branch: 'main' } })
const run = (eventName: string, payload: unknown, inputs: Record<string, string> = {}) =>
  runAction({
    // The record alone, with no GitHub API to write to: creep and rollback have suites of their own (record-creep, record-rollback).
    inputs: { mode: 'record', 'soak-command': 'node soak.js', runs: '2', 'github-token': TOKEN, creep: 'off', rollback: 'off', ...inputs },
    eventName,
    payload,
    workspace: checkout,
    apiUrl: 'http://127.0.0.1:9',
    env: { GITHUB_SERVER_URL: server.url }
  })

describe('mode: record', () => {
  it('records a push to the default branch on record-branch, with the page, the summary and the token only in a header', async () => {
    const before = server.requests.length
    const result = await run('push', push('refs/heads/main', demo.headSha), { 'record-branch': 'memory' })
    expect(result.stderr).toBe('')
    expect(result.exitCode).toBe(0)
    expect(Number(result.outputs.growth)).toBeGreaterThan(8)
    expect(result.summary).toContain('## memgate: memory record')
    expect(result.summary).toContain(`Recorded \`${demo.headSha.slice(0, 7)}\``)
    const files = execFileSync('git', ['--git-dir', bare, 'ls-tree', '-r', '--name-only', 'memory'], { encoding: 'utf8' })
    expect(files).toContain(`${demo.headSha}.json`)
    expect(files).toContain('index.html')
    // Masked by the runner, and never written anywhere else.
    expect(
      result.stdout
        .split('\n')
        .filter((line) => !line.startsWith('::add-mask::'))
        .join('\n')
    ).not.toContain(TOKEN)
    const pushes = server.requests.slice(before).filter((r) => r.path.endsWith('git-receive-pack'))
    expect(pushes.length).toBeGreaterThan(0)
    expect(pushes.every((r) => r.authorization === `basic ${Buffer.from(`x-access-token:${TOKEN}`).toString('base64')}`)).toBe(true)
  })

  it('records nothing for a push to another branch', async () => {
    const result = await run('push', push('refs/heads/feature', demo.headSha), { 'record-branch': 'other' })
    expect(result.exitCode).toBe(0)
    expect(result.stdout).toContain('this push is to refs/heads/feature: nothing recorded')
    expect(() => execFileSync('git', ['--git-dir', bare, 'rev-parse', '--verify', '--quiet', 'other'], { stdio: 'ignore' })).toThrow()
  })

  it('fails with the reason on a pull_request event', async () => {
    const result = await run('pull_request', { number: 1 })
    expect(result.exitCode).toBe(1)
    expect(result.stdout).toContain(
      '::error::mode: record runs on push to the default branch, schedule or workflow_dispatch; this is a pull_request event.'
    )
  })
})
