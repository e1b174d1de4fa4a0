// main's history for the mode: record suites: a service whose row-cache comes from the test's
// Verdaccio, on a real remote (git http-backend on 127.0.0.1) with a shallow checkout as
// actions/checkout leaves it. Commits 0…10 are on row-cache 1.2.0, 11 bumps it to 2.0.0 (leaky),
// `after` more follow. Records of earlier commits are put on the record branch from real
// measurements (`memgate record` of commit 0 and commit 11), so that the action measures only the
// pushed commit.

import { execFile } from 'node:child_process'
import * as fs from 'node:fs'
import * as path from 'node:path'
import { promisify } from 'node:util'
import type { MemoryRecord } from '../../src/record/record.js'
import { recordPath } from '../../src/record/record.js'
import { makeProject, type Project } from './bisect-project.js'
import { type GitHttpServer, startGitHttpServer } from './git-http-server.js'
import { type ActionRun, runAction } from './run-action.js'

// The remote is served from this process: git commands that reach it must not block its event loop.
const exec = promisify(execFile)
export const git = (cwd: string, ...args: string[]) => exec('git', ['-C', cwd, ...args]).then((r) => r.stdout.trim())

export const SOAK = 'MEMGATE_PROBE_BUDGET=1000 MEMGATE_SAMPLE_EVERY=100 node soak.js'
/** The OS part of the records' key, the same for the CLI and the action. */
const MACHINE = { ImageOS: 'record-test-os' }

export interface RecordHistory {
  project: Project
  server: GitHttpServer
  remote: string
  /** The bare repository behind the remote. */
  bare: string
  checkout: string
  /** main's first-parent history, oldest first (more are added by `commit`). */
  commits: string[]
  flat: MemoryRecord
  leaky: MemoryRecord
  /** A real measurement of `sha` (`memgate record`, 3 runs, the records' key), in a store of its own (not on the record branch). */
  measure(sha: string): Promise<MemoryRecord>
  /** Puts `source`'s measurement on the record branch as the record of each commit. */
  seed(source: MemoryRecord, at: string[]): Promise<void>
  /** Moves the remote's main to `sha` and the checkout with it. */
  pushMain(sha: string): Promise<string>
  /** An empty commit on `parent`, added to `commits`. */
  commit(parent: string, message: string): Promise<string>
  /** node dist/index.js with mode: record on a push of `sha` to main. */
  record(sha: string, apiUrl: string, inputs?: Record<string, string>): Promise<ActionRun>
  close(): Promise<void>
}

export async function recordHistory(root: string, registryUrl: string, after: number): Promise<RecordHistory> {
  const server = await startGitHttpServer(path.join(root, 'remote'))
  const bare = server.createRepo('acme/service.git')
  const remote = `${server.url}/acme/service.git`
  const project = await makeProject(path.join(root, 'repo'), {
    manager: 'npm',
    registry: registryUrl,
    base: { 'row-cache': '1.2.0' },
    head: { 'row-cache': '2.0.0' }
  })
  const commits: string[] = [project.base]
  const commit = async (parent: string, message: string) => {
    await git(project.dir, 'checkout', '--quiet', '--detach', parent)
    await git(project.dir, 'commit', '--quiet', '--allow-empty', '-m', message)
    const sha = await git(project.dir, 'rev-parse', 'HEAD')
    commits.push(sha)
    return sha
  }
  for (let i = 1; i <= 10; i++) await commit(commits[i - 1]!, `work ${i}`)
  await git(project.dir, 'checkout', '--quiet', project.head, '--', 'package.json', 'package-lock.json')
  await git(project.dir, 'commit', '--quiet', '-m', 'Bump row-cache from 1.2.0 to 2.0.0')
  commits.push(await git(project.dir, 'rev-parse', 'HEAD'))
  for (let i = 12; i < 12 + after; i++) await commit(commits[i - 1]!, `work ${i}`)

  const measure = async (sha: string): Promise<MemoryRecord> => {
    const store = path.join(root, `measure-${sha}`)
    await exec(
      process.execPath,
      [path.resolve('dist', 'cli.js'), 'record', '--commit', sha, '--store', store, '--soak', SOAK, '--runs', '3'],
      {
        cwd: project.dir,
        env: { ...process.env, ...MACHINE, GITHUB_TOKEN: '' }
      }
    )
    const file = fs.readdirSync(store, { recursive: true }).find((f) => String(f).endsWith('.json'))
    return JSON.parse(fs.readFileSync(path.join(store, String(file)), 'utf8'))
  }
  const flat = await measure(commits[0]!)
  const leaky = await measure(commits[11]!)
  await git(project.dir, 'push', '--quiet', remote, `${commits[0]}:refs/heads/main`)
  const checkout = path.join(root, 'checkout')
  await exec('git', ['clone', '--quiet', '--depth=1', remote, checkout])

  return {
    project,
    server,
    remote,
    bare,
    checkout,
    commits,
    flat,
    leaky,
    measure,
    commit,
    async seed(source, at) {
      const dir = fs.mkdtempSync(path.join(root, 'seed-'))
      await exec('git', ['init', '--quiet', dir])
      await git(dir, 'config', 'user.email', 'seed@example.com')
      await git(dir, 'config', 'user.name', 'seed')
      const fetched = await exec('git', ['-C', dir, 'fetch', '--quiet', remote, 'memgate-records']).then(
        () => true,
        () => false
      )
      if (fetched) await git(dir, 'checkout', '--quiet', 'FETCH_HEAD')
      for (const sha of at) {
        const file = recordPath(dir, source.key, sha)
        fs.mkdirSync(path.dirname(file), { recursive: true })
        fs.writeFileSync(file, `${JSON.stringify({ ...source, commit: sha })}\n`)
      }
      await git(dir, 'add', '--all')
      await git(dir, 'commit', '--quiet', '-m', 'seed')
      await git(dir, 'push', '--quiet', remote, 'HEAD:refs/heads/memgate-records')
    },
    async pushMain(sha) {
      await git(project.dir, 'push', '--quiet', '--force', remote, `${sha}:refs/heads/main`)
      await git(checkout, 'fetch', '--quiet', '--depth=1', 'origin', sha)
      await git(checkout, 'checkout', '--quiet', '--force', sha)
      return sha
    },
    record(sha, apiUrl, inputs = {}) {
      return runAction({
        inputs: { mode: 'record', 'soak-command': SOAK, runs: '3', 'github-token': 'ghs_record_history_token', ...inputs },
        eventName: 'push',
        payload: { ref: 'refs/heads/main', after: sha, repository: { full_name: 'acme/service', default_branch: 'main' } },
        workspace: checkout,
        apiUrl,
        env: { GITHUB_SERVER_URL: server.url, ...MACHINE }
      })
    },
    close: () => server.close()
  }
}
