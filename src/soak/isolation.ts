// The install and the soak are the PR's code. Run as memgate's own user, they could read memgate's
// environment (the token among it) from /proc/<pid>/environ, whatever their own environment holds.
// Where memgate runs as root it runs them as an unprivileged user of their own instead: its own HOME
// and TMPDIR, the worktrees and its run directories its own, nothing else of memgate's writable.
import * as fs from 'node:fs'
import * as path from 'node:path'
import { type ProcessUser, runProcess } from '../process.js'

/** The account the PR's code runs as: a system user without a login shell or a home of its own. */
export const SOAK_USER_NAME = 'memgate-soak'

/** Where the PR's code runs: as `user`, or (where the machine does not allow it) as memgate itself. */
export interface Isolation {
  user?: ProcessUser
  /** Said once in the log and the summary when there is no user: what the soak can read. */
  warning?: string
}

export const NO_ISOLATION_WARNING =
  'The install and the soak run as memgate’s own user (memgate is not root): they can read memgate’s environment, the token among it, ' +
  'through /proc. Run the PR’s code only in a job whose token cannot write (docs/security.md, the two-workflow setup).'

let pending: Promise<Isolation> | undefined

/**
 * The isolation this machine allows: as root, the `memgate-soak` user (created once with useradd);
 * otherwise none, with the warning to show. Never throws: a user that cannot be made is a warning.
 */
export function soakIsolation(): Promise<Isolation> {
  pending ??= findIsolation()
  return pending
}

async function findIsolation(): Promise<Isolation> {
  if (process.getuid?.() !== 0) return { warning: NO_ISOLATION_WARNING }
  const existing = await lookUpUser()
  if (existing) return { user: existing }
  const env = { PATH: process.env.PATH ?? '/usr/sbin:/usr/bin:/sbin:/bin' }
  // A user that another memgate created in between is as good (useradd exits 9).
  await runProcess({
    command: 'useradd',
    args: ['--system', '--no-create-home', '--home-dir', '/nonexistent', '--shell', '/usr/sbin/nologin', '--user-group', SOAK_USER_NAME],
    cwd: '/',
    env
  })
  const created = await lookUpUser()
  if (created) return { user: created }
  return { warning: `${NO_ISOLATION_WARNING} (useradd ${SOAK_USER_NAME} failed)` }
}

async function lookUpUser(): Promise<ProcessUser | undefined> {
  const env = { PATH: process.env.PATH ?? '/usr/bin:/bin' }
  const uid = await runProcess({ command: 'id', args: ['-u', SOAK_USER_NAME], cwd: '/', env })
  const gid = await runProcess({ command: 'id', args: ['-g', SOAK_USER_NAME], cwd: '/', env })
  if (uid.code !== 0 || gid.code !== 0) return undefined
  const user = { uid: Number(uid.stdout.trim()), gid: Number(gid.stdout.trim()) }
  // uid 0 would be no isolation at all.
  return Number.isInteger(user.uid) && Number.isInteger(user.gid) && user.uid > 0 ? user : undefined
}

/**
 * Gives `user` the tree at `dir` (without following links) and lets it reach `dir`: each directory
 * above gets the search bit for others, never the read or write bit.
 */
export function grantTree(dir: string, user: ProcessUser): void {
  openPath(path.dirname(path.resolve(dir)))
  chownTree(dir, user)
}

function chownTree(target: string, user: ProcessUser): void {
  const stat = fs.lstatSync(target)
  fs.lchownSync(target, user.uid, user.gid)
  if (!stat.isDirectory()) return
  for (const name of fs.readdirSync(target)) chownTree(path.join(target, name), user)
}

// What the PR's code left is memgate's again, as plain files and directories only: a link would
// make memgate's later reads and writes land elsewhere, a FIFO would block them.
function reclaimEntry(target: string): void {
  const stat = fs.lstatSync(target)
  if (!stat.isDirectory() && !stat.isFile()) {
    fs.rmSync(target, { force: true })
    return
  }
  fs.lchownSync(target, 0, 0)
  if (stat.isDirectory()) for (const name of fs.readdirSync(target)) reclaimEntry(path.join(target, name))
}

function openPath(dir: string): void {
  for (let at = dir; ; at = path.dirname(at)) {
    const mode = fs.statSync(at).mode
    if ((mode & 0o001) === 0) fs.chmodSync(at, (mode & 0o7777) | 0o001)
    if (path.dirname(at) === at) return
  }
}

/**
 * Takes the tree at `dir` back for memgate before memgate reads or writes in it again: owned by
 * root, without links, FIFOs, sockets or devices.
 */
export function reclaimTree(dir: string): void {
  if (!fs.existsSync(dir)) return
  reclaimEntry(dir)
}
