// Installs one side's dependencies with the package manager the project uses.
import * as fs from 'node:fs'
import * as path from 'node:path'
import { MemgateError } from '../errors.js'
import { detectPackageManager, LOCKFILES, type PackageManager } from '../package-manager.js'
import { type ProcessUser, runProcess } from '../process.js'
import type { Side } from '../types.js'
import { installCommandFor } from './install-command.js'
import { logTail } from './log-tail.js'

export interface InstallPlan {
  /** Where the install runs: the working directory, or the workspace root above it that holds the lockfile. */
  dir: string
  command: string
  /** Set when the command was detected rather than given. */
  manager?: PackageManager
  description: string
}

export interface InstallResult extends InstallPlan {
  durationMs: number
  log: string
}

const INSTALL_LOG_TAIL = 15

/**
 * The install for a project at `projectDir` inside the worktree `rootDir`. A given command runs in
 * the project's directory; a detected one runs where the lockfile is, which in a monorepo is the
 * workspace root above the project (the nearest directory, walking up to `rootDir`, that holds a
 * lockfile or pins a `packageManager`).
 */
export function planInstall(rootDir: string, projectDir: string, installCommand?: string): InstallPlan {
  if (installCommand?.trim()) return { dir: projectDir, command: installCommand, description: 'install-command' }
  const root = path.resolve(rootDir)
  let dir = path.resolve(projectDir)
  let pinned: string | undefined
  for (;;) {
    const files = listTopFiles(dir)
    const manifest = files.includes('package.json') ? readText(path.join(dir, 'package.json')) : undefined
    if (files.some((f) => LOCKFILES.some(([name]) => name === f))) return detected(dir, files, manifest)
    if (!pinned && manifest && /"packageManager"\s*:/.test(manifest)) pinned = dir
    if (dir === root || !dir.startsWith(root + path.sep)) break
    dir = path.dirname(dir)
  }
  const at = pinned ?? path.resolve(projectDir)
  const files = listTopFiles(at)
  return detected(at, files, files.includes('package.json') ? readText(path.join(at, 'package.json')) : undefined)
}

function detected(dir: string, files: string[], manifest: string | undefined): InstallPlan {
  const manager = detectPackageManager(files, manifest)
  const { command, description } = installCommandFor(manager)
  return { dir, command, manager, description }
}

/** Names in `dir`, plus `.yarn/releases/*` which tells Yarn Berry from Yarn 1. */
function listTopFiles(dir: string): string[] {
  const files = safeReaddir(dir)
  if (files.includes('.yarn')) files.push(...safeReaddir(path.join(dir, '.yarn', 'releases')).map((f) => `.yarn/releases/${f}`))
  return files
}

function safeReaddir(dir: string): string[] {
  try {
    return fs.readdirSync(dir)
  } catch {
    return []
  }
}

function readText(file: string): string | undefined {
  try {
    return fs.readFileSync(file, 'utf8')
  } catch {
    return undefined
  }
}

/**
 * Runs the plan with the (scrubbed) environment, output to `logFile`. A failure is a MemgateError
 * that names the side, the command and its exit status, with the tail of the log.
 */
export async function runInstall(
  side: Side,
  plan: InstallPlan,
  env: Record<string, string>,
  logFile: string,
  signal?: AbortSignal,
  user?: ProcessUser
): Promise<InstallResult> {
  const started = Date.now()
  const log = fs.openSync(logFile, 'w')
  const installEnv: Record<string, string> = {
    ...env,
    // corepack must neither stop to ask before downloading the pinned manager nor pin one into package.json.
    COREPACK_ENABLE_DOWNLOAD_PROMPT: '0',
    COREPACK_ENABLE_AUTO_PIN: '0',
    CI: env.CI ?? 'true'
  }
  // Its own process group, so that a cancelled install takes its children with it.
  const { code, signal: killedBy } = await runProcess({
    command: plan.command,
    shell: true,
    cwd: plan.dir,
    env: installEnv,
    output: log,
    signal,
    user
  })
  fs.closeSync(log)
  if (signal?.aborted) throw new MemgateError(`Cancelled while installing ${side}`)
  if (code !== 0) {
    const tail = logTail(fs.readFileSync(logFile, 'utf8'), INSTALL_LOG_TAIL)
    const status = killedBy ? `was killed by ${killedBy}` : `exited with ${code}`
    throw new MemgateError(`Install failed on ${side} ('${plan.command}' in ${plan.dir} ${status}); the end of its log:\n${tail}`)
  }
  return { ...plan, durationMs: Date.now() - started, log: logFile }
}
