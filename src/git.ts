// The only module that runs git. Every other stage talks to a repository through `Git`; every git
// command goes through `runGit`, with one environment builder (`gitEnv`).
import { randomUUID } from 'node:crypto'
import { closeSync, existsSync, openSync, rmSync, statSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { MemgateError } from './errors.js'
import { runProcess, startProcess, stringEnv } from './process.js'
import { shortSha } from './sha.js'

export interface Git {
  readonly repoDir: string
  /** Full SHA of a ref; a MemgateError naming the ref when it does not resolve to a commit. */
  resolve(ref: string): Promise<string>
  mergeBase(a: string, b: string): Promise<string>
  /** The commit and its first parents, newest first, at most `max` of them. */
  firstParents(sha: string, max: number): Promise<string[]>
  /** The file's text at a commit, or null when the commit has no such file. */
  showFile(sha: string, path: string): Promise<string | null>
  /** Every file path (from the repo root) in the commit's tree. */
  listFiles(sha: string): Promise<string[]>
  /** Paths that differ between two commits. */
  changedFiles(base: string, head: string): Promise<string[]>
  /** The subjects of the commits in base..head, newest first, at most `max`; empty when git cannot list them. */
  subjects(base: string, head: string, max: number): Promise<string[]>
  /** Make sure the commits are present, fetching them (with the token, never stored) if not. */
  ensureCommits(shas: string[], remote?: string): Promise<void>
  addWorktree(dir: string, sha: string): Promise<void>
  removeWorktree(dir: string): Promise<void>
}

export interface GitOptions {
  /**
   * Passed to fetches only, as an http.extraheader in git's environment (GIT_CONFIG_COUNT), never
   * on the command line (readable in /proc/<pid>/cmdline) and never written to disk.
   */
  token?: string
}

interface GitResult {
  exitCode: number
  stdout: string
  stderr: string
}

/** The base64 credential git sends for `token`: a secret as much as the token. */
export function basicCredential(token: string): string {
  return Buffer.from(`x-access-token:${token}`).toString('base64')
}

/** The Authorization header git sends to GitHub for `token`; callers mask it as a secret too. */
export function authHeader(token: string): string {
  return `AUTHORIZATION: basic ${basicCredential(token)}`
}

// What git needs of the process's environment: where it runs and for whom, its own settings
// (GIT_*, without tracing), locale, proxies and CA certificates, an SSH agent for ssh remotes.
// Nothing else: a hook or helper git starts inherits it.
const GIT_ENV_NAMES = new Set(
  [
    'PATH',
    'HOME',
    'USER',
    'LOGNAME',
    'SHELL',
    'TMPDIR',
    'LANG',
    'TZ',
    'TERM',
    'SSH_AUTH_SOCK',
    'SSL_CERT_FILE',
    'SSL_CERT_DIR',
    'HTTP_PROXY',
    'HTTPS_PROXY',
    'NO_PROXY',
    'ALL_PROXY',
    'CURL_CA_BUNDLE'
  ].map((name) => name.toUpperCase())
)
const GIT_ENV_PREFIXES = /^(GIT_|XDG_|LC_)/i

/**
 * Settings every git memgate runs gets, above any file's (GIT_CONFIG_COUNT entries rank with
 * `-c`): no hook and no fsmonitor command runs, whatever a repository's or worktree's config says
 * (a worktree the PR's code owned may point git at a config of its own).
 */
const GIT_SAFE_CONFIG: [string, string][] = [
  ['core.hooksPath', '/dev/null'],
  ['core.fsmonitor', 'false']
]

/**
 * git's environment: the process's git-related variables only (see GIT_ENV_NAMES), without tracing
 * (GIT_TRACE* would write the auth header to a file or stderr), never prompting, in the C locale
 * whose messages memgate reads, hooks and fsmonitor off; with `token`, the auth header as one more
 * config entry through GIT_CONFIG_COUNT, scoped to `remoteUrl`'s https origin (and not sent at all
 * to a remote that is not https).
 */
export function gitEnv(base: NodeJS.ProcessEnv, token?: string, remoteUrl?: string): Record<string, string> {
  const env: Record<string, string> = {}
  for (const [name, value] of Object.entries(stringEnv(base))) {
    if (/^GIT_TRACE/i.test(name)) continue
    if (GIT_ENV_NAMES.has(name.toUpperCase()) || GIT_ENV_PREFIXES.test(name)) env[name] = value
  }
  env.GIT_TERMINAL_PROMPT = '0'
  env.LC_ALL = 'C'
  const count = Number(env.GIT_CONFIG_COUNT)
  let n = Number.isInteger(count) && count > 0 ? count : 0
  const add = (key: string, value: string) => {
    env[`GIT_CONFIG_KEY_${n}`] = key
    env[`GIT_CONFIG_VALUE_${n}`] = value
    n++
  }
  for (const [key, value] of GIT_SAFE_CONFIG) add(key, value)
  const origin = token ? httpsOrigin(remoteUrl) : undefined
  if (token && origin) add(`http.${origin}/.extraheader`, authHeader(token))
  env.GIT_CONFIG_COUNT = String(n)
  return env
}

/** `https://host[:port]` of a remote URL, or undefined when it is not an https URL. */
export function httpsOrigin(url: string | undefined): string | undefined {
  if (!url) return undefined
  try {
    const parsed = new URL(url)
    return parsed.protocol === 'https:' ? parsed.origin : undefined
  } catch {
    return undefined
  }
}

/** Runs git in `dir`; a non-zero exit is a MemgateError with git's last line unless `allowFail`. */
export async function runGit(
  dir: string,
  args: string[],
  options: { allowFail?: boolean; token?: string; remoteUrl?: string } = {}
): Promise<GitResult> {
  const exit = await runProcess({ command: 'git', args, cwd: dir, env: gitEnv(process.env, options.token, options.remoteUrl) })
  if (exit.spawnError) throw new MemgateError(`Could not run git in ${dir}: ${exit.spawnError.message}`, 2, { cause: exit.spawnError })
  const result = { exitCode: exit.code ?? 128, stdout: exit.stdout, stderr: exit.stderr }
  if (result.exitCode !== 0 && !options.allowFail) {
    const message = result.stderr.trim().split('\n').pop() ?? ''
    throw new MemgateError(`git ${args[0]} failed in ${dir}: ${message}`)
  }
  return result
}

export async function createGit(repoDir: string, options: GitOptions = {}): Promise<Git> {
  const git = (args: string[], allowFail = false): Promise<GitResult> => runGit(repoDir, args, { allowFail })

  // Spawning in a missing directory fails as "spawn git ENOENT", which reads as "git is not installed".
  if (!existsSync(repoDir)) throw new MemgateError(`The repository directory ${repoDir} does not exist`)
  if (!statSync(repoDir).isDirectory()) throw new MemgateError(`The repository directory ${repoDir} is not a directory`)
  const top = await git(['rev-parse', '--show-toplevel'], true)
  if (top.exitCode !== 0) throw new MemgateError(`${repoDir} is not a git repository`)
  const root = top.stdout.trim()

  return {
    repoDir: root,
    async resolve(ref) {
      const result = await git(['rev-parse', '--verify', '--quiet', `${ref}^{commit}`], true)
      if (result.exitCode !== 0) throw new MemgateError(`Unknown git ref '${ref}' in ${root}`)
      return result.stdout.trim()
    },
    async mergeBase(a, b) {
      const result = await git(['merge-base', a, b], true)
      if (result.exitCode !== 0) {
        throw new MemgateError(`${shortSha(a)} and ${shortSha(b)} have no common ancestor in ${root}`)
      }
      return result.stdout.trim()
    },
    async firstParents(sha, max) {
      const result = await git(['rev-list', '--first-parent', `--max-count=${Math.max(1, Math.floor(max))}`, sha])
      return result.stdout.split('\n').filter(Boolean)
    },
    showFile: (sha, path) => readBlob(root, sha, path),
    async listFiles(sha) {
      const result = await git(['ls-tree', '-r', '--name-only', '-z', sha])
      return result.stdout.split('\0').filter(Boolean)
    },
    async changedFiles(base, head) {
      const result = await git(['diff', '--name-only', '-z', '--no-renames', base, head])
      return result.stdout.split('\0').filter(Boolean)
    },
    async subjects(base, head, max) {
      const result = await git(['log', '--format=%s', `--max-count=${max}`, `${base}..${head}`], true)
      return result.exitCode === 0 ? result.stdout.split('\n').filter(Boolean) : []
    },
    ensureCommits: (shas, remote = 'origin') => fetchMissing(root, shas, remote, options.token),
    async addWorktree(dir, sha) {
      await git(['worktree', 'add', '--detach', '--force', dir, sha])
    },
    async removeWorktree(dir) {
      await git(['worktree', 'remove', '--force', dir], true)
      await git(['worktree', 'prune'], true)
    }
  }
}

/** Fetches the commits the repository lacks from `remote`, deepening a shallow clone. */
async function fetchMissing(root: string, shas: string[], remote: string, token?: string): Promise<void> {
  const missing: string[] = []
  for (const sha of shas) {
    const present = await runGit(root, ['cat-file', '-e', `${sha}^{commit}`], { allowFail: true })
    if (present.exitCode !== 0) missing.push(sha)
  }
  if (missing.length === 0) return
  // The token goes only to the host the remote names, over https.
  const named = await runGit(root, ['remote', 'get-url', remote], { allowFail: true })
  const remoteUrl = named.exitCode === 0 ? named.stdout.trim() : remote
  // A shallow checkout (actions/checkout's default depth 1) lacks the merge-base: deepen it.
  const result = await runGit(root, ['fetch', '--no-tags', '--quiet', '--unshallow', remote, ...missing], {
    allowFail: true,
    token,
    remoteUrl
  })
  if (result.exitCode !== 0) await runGit(root, ['fetch', '--no-tags', '--quiet', remote, ...missing], { token, remoteUrl })
}

/** The file's text at a commit, or null when the commit has no such file. */
async function readBlob(root: string, sha: string, path: string): Promise<string | null> {
  // Lockfiles run to tens of MB. Through a pipe, Node takes 64 KB chunks, copies them into one
  // buffer and decodes that: three times git's own time. Written to a file of our own (created
  // exclusively, so no link can be planted there), the blob is read and decoded once.
  const file = join(tmpdir(), `memgate-blob-${randomUUID()}`)
  let fd: number
  try {
    fd = openSync(file, 'wx', 0o600)
  } catch (error) {
    throw new MemgateError(`Could not read ${path} at ${shortSha(sha)}: ${(error as Error).message}`, 2, { cause: error })
  }
  try {
    const { code, stderr, spawnError } = await startProcess({
      command: 'git',
      args: ['cat-file', 'blob', `${sha}:${path}`],
      cwd: root,
      env: gitEnv(process.env),
      stdoutFd: fd
    }).exited
    if (spawnError) throw new MemgateError(`Could not run git in ${root}: ${spawnError.message}`, 2, { cause: spawnError })
    if (code === 0) {
      // Read off the main thread, so that two blobs read at once overlap.
      return (await readFile(file)).toString('utf8')
    }
    // Only a path the commit does not have is "no such file"; anything else (a full disk, a
    // corrupt object) must not pass for an absent lockfile.
    if (/does not exist in|exists on disk, but not in/.test(stderr)) return null
    const reason = stderr.trim().split('\n').pop() || `exit code ${code}`
    throw new MemgateError(`Could not read ${path} at ${shortSha(sha)}: ${reason}`)
  } finally {
    closeSync(fd)
    rmSync(file, { force: true })
  }
}

/** A new repository with one identity for commits (the demo and the tests build theirs with it). */
export async function initRepo(dir: string, branch = 'main'): Promise<void> {
  for (const args of [
    ['init', '--quiet', '--initial-branch', branch],
    ['config', 'user.name', 'memgate'],
    ['config', 'user.email', 'memgate@example.invalid'],
    ['config', 'commit.gpgsign', 'false']
  ]) {
    await runGit(dir, args)
  }
}

/** Stage everything and commit; returns the new commit's SHA. */
export async function commitAll(dir: string, message: string): Promise<string> {
  await runGit(dir, ['add', '--all'])
  await runGit(dir, ['commit', '--quiet', '--allow-empty', '-m', message])
  return (await runGit(dir, ['rev-parse', 'HEAD'])).stdout.trim()
}

/** Create a branch at the current commit and switch to it. */
export async function switchToNewBranch(dir: string, branch: string): Promise<void> {
  await runGit(dir, ['switch', '--quiet', '-c', branch])
}
