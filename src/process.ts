// The only module that starts child processes. Each runs in its own process group, so that a
// timeout, a cancellation or the end of a soak takes every process it started with it.
import { spawn } from 'node:child_process'
import { readGroupRss } from './rss.js'

export interface ProcessSpec {
  /** The program, or a shell command line when `shell` is set. */
  command: string
  args?: string[]
  /** Run `command` with /bin/sh -c (the user's soak and install commands). */
  shell?: boolean
  cwd: string
  env: Record<string, string>
  /** Where stdout and stderr go: a file descriptor both share, or 'capture' (the default) to get them back. */
  output?: number | 'capture'
  /** Standard output only to this file descriptor; stderr is captured. */
  stdoutFd?: number
  /** Killed (the whole group, SIGKILL) when aborted. */
  signal?: AbortSignal
  /** Run as this user (memgate as root drops to it; see soak/isolation.ts). */
  user?: ProcessUser
}

export interface ProcessUser {
  uid: number
  gid: number
}

export interface ProcessExit {
  code: number | null
  signal: NodeJS.Signals | null
  stdout: string
  stderr: string
  /** Set when the program could not be started at all (ENOENT, EACCES). */
  spawnError?: Error
}

export interface StartedProcess {
  pid: number | undefined
  /** Resolves when the process (not necessarily its group) has exited. */
  exited: Promise<ProcessExit>
}

/** Starts a process in its own group. Never rejects: a failure to start is `spawnError` with code 127. */
export function startProcess(spec: ProcessSpec): StartedProcess {
  const [file, args] = spec.shell ? ['/bin/sh', ['-c', spec.command]] : [spec.command, spec.args ?? []]
  const out = spec.output ?? 'capture'
  const stdout = spec.stdoutFd ?? (out === 'capture' ? 'pipe' : out)
  const stderr = out === 'capture' ? 'pipe' : out
  // libuv drops the supplementary groups as well when it sets uid and gid.
  const child = spawn(file, args, {
    cwd: spec.cwd,
    env: spec.env,
    stdio: ['ignore', stdout, stderr],
    detached: true,
    ...(spec.user ? { uid: spec.user.uid, gid: spec.user.gid } : {})
  })
  const pid = child.pid
  let stdoutText = ''
  let stderrText = ''
  child.stdout?.setEncoding('utf8').on('data', (chunk: string) => (stdoutText += chunk))
  child.stderr?.setEncoding('utf8').on('data', (chunk: string) => (stderrText += chunk))
  const onAbort = () => killGroup(pid, 'SIGKILL')
  spec.signal?.addEventListener('abort', onAbort, { once: true })
  if (spec.signal?.aborted) onAbort()
  const exited = new Promise<ProcessExit>((resolve) => {
    let settled = false
    const settle = (exit: ProcessExit) => {
      if (settled) return
      settled = true
      spec.signal?.removeEventListener('abort', onAbort)
      resolve(exit)
    }
    child.on('error', (error) => settle({ code: 127, signal: null, stdout: stdoutText, stderr: stderrText, spawnError: error }))
    // 'close' waits for the pipes as well, so captured output is whole.
    child.on('close', (code, signal) => settle({ code, signal, stdout: stdoutText, stderr: stderrText }))
  })
  return { pid, exited }
}

/** Runs a process to its end and returns its exit and captured output. */
export function runProcess(spec: ProcessSpec): Promise<ProcessExit> {
  return startProcess(spec).exited
}

/** Sends `signal` to the process group `pid` leads; a group already gone is not an error. */
export function killGroup(pid: number | undefined, signal: NodeJS.Signals): void {
  if (!pid) return
  try {
    process.kill(-pid, signal)
  } catch {
    // The group is already gone.
  }
}

/** Signals are asynchronous: waits (bounded) until no process of the group is left. */
export async function waitForGroupExit(pid: number | undefined, limitMs: number): Promise<void> {
  if (!pid) return
  const deadline = Date.now() + limitMs
  while (Date.now() < deadline) {
    if (!groupAlive(pid)) return
    await new Promise((resolve) => setTimeout(resolve, 20))
  }
}

/** True while a process of the group runs; zombies (exited, not yet reaped by a PID 1 that never reaps) do not count. */
function groupAlive(pgid: number): boolean {
  try {
    process.kill(-pgid, 0)
  } catch {
    return false
  }
  return readGroupRss(pgid).processes > 0
}

/** The environment as plain strings (process.env may hold undefined values). */
export function stringEnv(env: NodeJS.ProcessEnv): Record<string, string> {
  const out: Record<string, string> = {}
  for (const [key, value] of Object.entries(env)) if (value !== undefined) out[key] = value
  return out
}
