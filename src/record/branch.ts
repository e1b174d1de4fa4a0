// A store kept on a branch of the repository (`record-branch`, default `memgate-records`): fetched
// at its tip only (depth 1: a clone never carries the history of the records), changed by adding one
// file per commit and series, and pushed without force. When another writer pushed first, the push
// is refused as not a fast-forward; the change is made again on the new tip and pushed again. Two
// writers never touch one file, so the second attempt cannot conflict.
import * as fs from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import { MemgateError } from '../errors.js'
import { runGit } from '../git.js'

export const DEFAULT_RECORD_BRANCH = 'memgate-records'

export interface BranchStoreOptions {
  /** The remote's URL (the action's: `${GITHUB_SERVER_URL}/${GITHUB_REPOSITORY}.git`). */
  remote: string
  branch: string
  /** Sent as git's auth header through its environment, never on a command line or on disk. */
  token?: string
  /** Commit message of the change. */
  message: string
  /** Makes the change in the store's directory (the branch's tip checked out); called once per attempt. */
  change: (storeDir: string) => Promise<void> | void
  /** Attempts before giving up when other writers keep winning the race. */
  attempts?: number
  /** Called after the change is committed and before it is pushed (tests order two writers with it). */
  beforePush?: (attempt: number) => Promise<void>
  log: (line: string) => void
}

export interface BranchStoreResult {
  /** The branch's new tip, or the old one when the change changed nothing. */
  sha: string
  attempts: number
  /** False when the change left the store as it was (nothing pushed). */
  pushed: boolean
}

const BRANCH = /^(?!\/|.*(?:\/\/|\/\.|\.\.|@\{|\.lock$|\/$))[A-Za-z0-9._/-]{1,200}$/

/** Checks a branch name as git would take it, before it reaches a command line. */
export function checkBranchName(branch: string): string {
  if (!BRANCH.test(branch) || branch.startsWith('-')) throw new MemgateError(`record-branch '${branch}' is not a usable branch name`)
  return branch
}

/**
 * Applies `change` to the branch's tip and pushes it, again on the new tip while another writer's
 * push wins (up to `attempts`, 5 by default). A branch that does not exist yet starts empty
 * (an orphan: it shares no history with the code).
 */
export async function updateBranchStore(o: BranchStoreOptions): Promise<BranchStoreResult> {
  const branch = checkBranchName(o.branch)
  const attempts = o.attempts ?? 5
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'memgate-records-'))
  const git = gitIn(dir, o)
  try {
    await initStore(git, o.remote)
    for (let attempt = 1; attempt <= attempts; attempt++) {
      if (!(await checkoutTip(git, branch))) {
        await git(['checkout', '--quiet', '--orphan', branch])
        await git(['rm', '-r', '--quiet', '--cached', '--ignore-unmatch', '.'])
        await git(['clean', '--quiet', '-fdx'])
      }
      await o.change(dir)
      await git(['add', '--all'])
      const staged = await git(['diff', '--cached', '--quiet'], true)
      if (staged.exitCode === 0) {
        const tip = await git(['rev-parse', '--verify', '--quiet', 'HEAD'], true)
        return { sha: tip.stdout.trim(), attempts: attempt, pushed: false }
      }
      await git(['commit', '--quiet', '-m', o.message])
      await o.beforePush?.(attempt)
      const pushed = await git(['push', '--quiet', '--porcelain', 'origin', `HEAD:refs/heads/${branch}`], true)
      const sha = (await git(['rev-parse', 'HEAD'])).stdout.trim()
      if (pushed.exitCode === 0) return { sha, attempts: attempt, pushed: true }
      const why = `${pushed.stdout}\n${pushed.stderr}`
      if (!/non-fast-forward|fetch first|rejected|cannot lock ref|failed to update ref/i.test(why)) {
        throw new MemgateError(`Cannot push branch ${branch}: ${pushed.stderr.trim().split('\n').pop() ?? `git exit ${pushed.exitCode}`}`)
      }
      o.log(`Another run updated ${branch} first; making the change again on its new tip (attempt ${attempt + 1} of ${attempts}).`)
    }
    throw new MemgateError(`Could not push branch ${branch}: other runs kept updating it (${attempts} attempts)`)
  } finally {
    fs.rmSync(dir, { recursive: true, force: true })
  }
}

/**
 * The store on `branch` at its tip, checked out into a new temporary directory (the caller removes
 * it), or null when the branch does not exist yet. Read only: what it holds is checked record by
 * record when read (src/record/record.ts), as anyone who can push to the branch wrote it.
 */
export async function fetchBranchStore(o: { remote: string; branch: string; token?: string }): Promise<string | null> {
  const branch = checkBranchName(o.branch)
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'memgate-records-'))
  try {
    const git = gitIn(dir, o)
    await initStore(git, o.remote)
    if (await checkoutTip(git, branch)) return dir
  } catch (error) {
    fs.rmSync(dir, { recursive: true, force: true })
    throw error
  }
  fs.rmSync(dir, { recursive: true, force: true })
  return null
}

type StoreGit = (args: string[], allowFail?: boolean) => ReturnType<typeof runGit>

function gitIn(dir: string, o: { remote: string; token?: string }): StoreGit {
  return (args, allowFail = false) => runGit(dir, args, { allowFail, token: o.token, remoteUrl: o.remote })
}

async function initStore(git: StoreGit, remote: string): Promise<void> {
  await git(['init', '--quiet'])
  for (const [name, value] of [
    ['user.name', 'memgate'],
    ['user.email', 'memgate@users.noreply.github.com'],
    ['commit.gpgsign', 'false']
  ] as const) {
    await git(['config', name, value])
  }
  await git(['remote', 'add', 'origin', remote])
}

/** Fetches the branch's tip (depth 1) and checks it out clean; false when the remote has no such branch. */
async function checkoutTip(git: StoreGit, branch: string): Promise<boolean> {
  const fetched = await git(
    ['fetch', '--quiet', '--no-tags', '--depth=1', 'origin', `+refs/heads/${branch}:refs/remotes/origin/${branch}`],
    true
  )
  if (fetched.exitCode !== 0) {
    if (/couldn't find remote ref|not our ref|no such ref/i.test(fetched.stderr)) return false
    throw new MemgateError(`Cannot fetch branch ${branch}: ${fetched.stderr.trim().split('\n').pop() ?? `git exit ${fetched.exitCode}`}`)
  }
  await git(['checkout', '--quiet', '--force', '-B', branch, `refs/remotes/origin/${branch}`])
  await git(['clean', '--quiet', '-fdx'])
  return true
}
