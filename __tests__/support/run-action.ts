// Runs `node dist/index.js` the way the Actions runner does: INPUT_* variables, the event file,
// GITHUB_OUTPUT and GITHUB_STEP_SUMMARY files, and nothing of the test's own environment but PATH.
import { type ChildProcess, spawn } from 'node:child_process'
import * as fs from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'

export interface ActionRun {
  exitCode: number | null
  stdout: string
  stderr: string
  outputs: Record<string, string>
  summary: string
  /** What the step saved with core.saveState, for its post: step. */
  state: Record<string, string>
  tempDir: string
}

export interface ActionRunOptions {
  inputs: Record<string, string>
  eventName: string
  payload: unknown
  workspace: string
  apiUrl: string
  repository?: string
  env?: Record<string, string>
  /** The entry to run: the main step or the post: step. */
  entry?: 'index.js' | 'post.js'
  /** STATE_* variables, as the runner passes a main step's saved state to its post: step. */
  state?: Record<string, string>
  /** Called with the running process (a test may signal it). */
  onSpawn?: (child: ChildProcess) => void
}

const distDir = path.resolve(import.meta.dirname ?? path.dirname(new URL(import.meta.url).pathname), '..', '..', 'dist')

export async function runAction(options: ActionRunOptions): Promise<ActionRun> {
  const tempDir = fs.mkdtempSync(path.join(os.tmpdir(), 'memgate-runner-'))
  const eventPath = path.join(tempDir, 'event.json')
  const outputPath = path.join(tempDir, 'output')
  const summaryPath = path.join(tempDir, 'summary.md')
  const statePath = path.join(tempDir, 'state')
  fs.writeFileSync(eventPath, JSON.stringify(options.payload))
  fs.writeFileSync(statePath, '')
  fs.writeFileSync(outputPath, '')
  fs.writeFileSync(summaryPath, '')
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? tempDir,
    GITHUB_ACTIONS: 'true',
    CI: 'true',
    GITHUB_API_URL: options.apiUrl,
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_REPOSITORY: options.repository ?? 'acme/service',
    GITHUB_EVENT_NAME: options.eventName,
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_WORKSPACE: options.workspace,
    GITHUB_OUTPUT: outputPath,
    GITHUB_STEP_SUMMARY: summaryPath,
    GITHUB_STATE: statePath,
    GITHUB_RUN_ID: '4242',
    RUNNER_TEMP: tempDir,
    ...options.env
  }
  for (const [name, value] of Object.entries(options.inputs)) env[`INPUT_${name.toUpperCase()}`] = value
  for (const [name, value] of Object.entries(options.state ?? {})) env[`STATE_${name}`] = value
  const child = spawn(process.execPath, [path.join(distDir, options.entry ?? 'index.js')], { cwd: options.workspace, env })
  options.onSpawn?.(child)
  let stdout = ''
  let stderr = ''
  child.stdout.on('data', (d) => (stdout += d))
  child.stderr.on('data', (d) => (stderr += d))
  const exitCode = await new Promise<number | null>((resolve) => child.on('close', resolve))
  return {
    exitCode,
    stdout,
    stderr,
    outputs: parseOutputs(fs.readFileSync(outputPath, 'utf8')),
    summary: fs.readFileSync(summaryPath, 'utf8'),
    state: parseOutputs(fs.readFileSync(statePath, 'utf8')),
    tempDir
  }
}

/** GITHUB_OUTPUT's heredoc form: `name<<DELIMITER\nvalue\nDELIMITER`. */
function parseOutputs(text: string): Record<string, string> {
  const outputs: Record<string, string> = {}
  const lines = text.split('\n')
  for (let i = 0; i < lines.length; i++) {
    const m = lines[i]!.match(/^([^<=]+)<<(.+)$/)
    if (!m) continue
    const value: string[] = []
    for (i++; i < lines.length && lines[i] !== m[2]; i++) value.push(lines[i]!)
    outputs[m[1]!] = value.join('\n')
  }
  return outputs
}

/** Every file below `dir` whose name matches. */
export function findFiles(dir: string, name: RegExp): string[] {
  const found: string[] = []
  for (const entry of fs.readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile() && name.test(entry.name)) found.push(path.join(entry.parentPath, entry.name))
  }
  return found
}

/** A pull_request event as GitHub sends it for a push to the PR branch. */
export function pullRequestEvent(pr: {
  number: number
  baseSha: string
  headSha: string
  headRepository?: string
  title?: string
  body?: string
}) {
  return {
    action: 'synchronize',
    number: pr.number,
    pull_request: {
      number: pr.number,
      title: pr.title ?? 'Update event-hub',
      body: pr.body ?? '',
      base: { sha: pr.baseSha, ref: 'main', repo: { full_name: 'acme/service' } },
      head: { sha: pr.headSha, ref: 'bump', repo: { full_name: pr.headRepository ?? 'acme/service' } }
    },
    repository: { full_name: 'acme/service' }
  }
}

/** An issue_comment event: a new comment on a pull request (an issue with `pull_request`). */
export function issueCommentEvent(c: {
  number: number
  body: string
  login: string
  id: number
  action?: string
  type?: string
  onPull?: boolean
}) {
  return {
    action: c.action ?? 'created',
    issue: {
      number: c.number,
      ...(c.onPull === false ? {} : { pull_request: { url: `https://api.github.com/repos/acme/service/pulls/${c.number}` } })
    },
    comment: { id: c.id, body: c.body, user: { login: c.login, type: c.type ?? 'User' } },
    repository: { full_name: 'acme/service' }
  }
}

/** A workflow_run event for the measure workflow. */
export function workflowRunEvent(w: { headSha: string; action?: string; conclusion?: string | null; pullNumbers?: number[] }) {
  return {
    action: w.action ?? 'completed',
    workflow_run: {
      id: 99,
      head_sha: w.headSha,
      conclusion: w.conclusion === undefined ? 'success' : w.conclusion,
      html_url: 'https://github.com/acme/service/actions/runs/99',
      pull_requests: (w.pullNumbers ?? []).map((number) => ({ number }))
    },
    repository: { full_name: 'acme/service' }
  }
}

/**
 * A git repository with a `main` commit and a `bump` commit on top, each with the given files
 * (contents as text, or JSON for objects), made with real git.
 */
export async function createTwoCommitRepo(
  dir: string,
  base: Record<string, string | object>,
  head: Record<string, string | object>
): Promise<{ dir: string; baseSha: string; headSha: string }> {
  const { commitAll, initRepo, switchToNewBranch } = await import('../../src/git.js')
  const write = (files: Record<string, string | object>) => {
    for (const [name, content] of Object.entries(files)) {
      fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true })
      fs.writeFileSync(path.join(dir, name), typeof content === 'string' ? content : JSON.stringify(content, null, 2) + '\n')
    }
  }
  fs.mkdirSync(dir, { recursive: true })
  await initRepo(dir)
  write(base)
  const baseSha = await commitAll(dir, 'base')
  await switchToNewBranch(dir, 'bump')
  write(head)
  const headSha = await commitAll(dir, 'head')
  return { dir, baseSha, headSha }
}
