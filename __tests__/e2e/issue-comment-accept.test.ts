// End to end through dist/index.js: a rerun on a same-repository PR needs no SHA; `/memgate accept`
// trusts only a report in memgate's own comment, never one another bot wrote with memgate's marker.

import * as fs from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { buildReport } from '../../src/report/build.js'
import { renderComment } from '../../src/report/markdown.js'
import { type FakeGitHub, startFakeGitHub } from '../support/github-server.js'
import { createTwoCommitRepo, issueCommentEvent, runAction } from '../support/run-action.js'

const TOKEN = 'ghs_memgateCommandToken0123456789'

let github: FakeGitHub
let root: string
let docs: { dir: string; baseSha: string; headSha: string }

beforeAll(async () => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'memgate-command-'))
  github = await startFakeGitHub('acme', 'service')
  // A PR that changes no dependency: a rerun of it is quick (verdict skipped); what matters is that it runs.
  docs = await createTwoCommitRepo(
    path.join(root, 'docs'),
    { 'package.json': { name: 'docs', version: '1.0.0' }, 'README.md': 'one\n' },
    { 'README.md': 'two\n' }
  )
  github.permissions.set('maintainer', 'write')
})

afterAll(async () => {
  await github?.close()
  fs.rmSync(root, { recursive: true, force: true })
})

let nextId = 600
const command = (number: number, body: string) =>
  runAction({
    inputs: { 'github-token': TOKEN, 'install-command': 'echo MEMGATE-INSTALL-RAN; exit 1' },
    eventName: 'issue_comment',
    payload: issueCommentEvent({ number, body, login: 'maintainer', id: nextId++ }),
    workspace: docs.dir,
    apiUrl: github.url
  })

describe('/memgate rerun on a same-repository PR', () => {
  it('runs without a SHA', async () => {
    github.pulls.set(60, { headSha: docs.headSha, baseSha: docs.baseSha })
    const run = await command(60, '/memgate rerun')
    expect(run.exitCode).toBe(0)
    expect(github.statuses.filter((s) => s.sha === docs.headSha).map((s) => s.state)).toEqual(['pending', 'success'])
  })

  it('runs nothing when the SHA it names is not the head', async () => {
    const before = github.statuses.length
    const run = await command(60, '/memgate rerun abcdef0')
    expect(run.exitCode).toBe(0)
    expect(github.statuses.length).toBe(before)
    expect(github.comments.get(60)!.at(-1)!.body).toContain(`\n/memgate rerun ${docs.headSha}\n`)
  })
})

describe('/memgate accept', () => {
  it("does not accept a report from another bot's comment that carries memgate's marker", async () => {
    github.pulls.set(61, { headSha: docs.headSha, baseSha: docs.baseSha })
    const leak = {
      ...buildReport({ baseSha: docs.baseSha, headSha: docs.headSha, bumps: [], verdict: 'leak', reason: 'grows' }),
      pullRequest: { repository: 'acme/service', number: 61, headSha: docs.headSha }
    }
    github.comments.set(61, [
      { id: 7001, body: renderComment(leak, { statusContext: 'memgate' }), user: { login: 'evil-app[bot]', type: 'Bot' } }
    ])
    const before = github.statuses.length
    const run = await command(61, '/memgate accept it is fine')
    expect(run.exitCode).toBe(0)
    expect(github.statuses.length).toBe(before)
    expect(github.comments.get(61)!.at(-1)!.body).toContain(
      `there is no measurement of the current head ${docs.headSha.slice(0, 7)} to accept`
    )
    expect(github.comments.get(61)![0]!.body).toBe(renderComment(leak, { statusContext: 'memgate' }))
  })
})
