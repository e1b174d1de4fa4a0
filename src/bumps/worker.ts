// Runs diffProject in a worker thread with a time limit: a lockfile no package manager wrote can
// make a parser (ours or a library's) run for minutes, and a parse holds its thread; the worker is
// ended at the limit instead of waited for.
import * as fs from 'node:fs'
import { fileURLToPath } from 'node:url'
import { Worker } from 'node:worker_threads'
import { MemgateError } from '../errors.js'
import type { ProjectDiff, ProjectInput } from './project.js'
import type { WorkerAnswer } from './worker-entry.js'

/**
 * How long one project's lockfiles may take to read: a real lockfile of 5 MB reads in well under a
 * second, so a parse that takes longer is being fed something no package manager wrote.
 */
export const DEFAULT_LOCK_PARSE_LIMIT_MS = 4_000

/** What a parse may hold: a YAML alias expanded thousands of times would take the runner's memory. */
const WORKER_HEAP_MB = 1024

/** The worker's bundle: beside this one in dist/, or dist/ itself when memgate runs from its sources. */
export function workerPath(): string {
  const beside = fileURLToPath(new URL('./bumps-worker.js', import.meta.url))
  if (fs.existsSync(beside)) return beside
  return fileURLToPath(new URL('../../dist/bumps-worker.js', import.meta.url))
}

/**
 * diffProject(input) in a worker, ended after `limitMs` (or at once when `signal` aborts, with its
 * reason when that is a MemgateError) with a MemgateError that says so; a malformed lockfile is the
 * parser's own MemgateError.
 */
export function diffProjectInWorker(input: ProjectInput, limitMs: number, signal?: AbortSignal): Promise<ProjectDiff> {
  return new Promise<ProjectDiff>((resolve, reject) => {
    const worker = new Worker(workerPath(), { workerData: input, resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB } })
    let settled = false
    const finish = (settle: () => void) => {
      if (settled) return
      settled = true
      clearTimeout(timer)
      signal?.removeEventListener('abort', onAbort)
      void worker.terminate()
      settle()
    }
    const files = [input.base.lock?.label, input.head.lock?.label].filter(Boolean).join(' and ') || input.lockPath
    const timer = setTimeout(
      () =>
        finish(() =>
          reject(
            new MemgateError(
              `Reading ${files} took longer than ${formatSeconds(limitMs)}, memgate's limit for one project's lockfiles: ` +
                'no lockfile a package manager writes takes that long, so the parse was stopped'
            )
          )
        ),
      limitMs
    )
    const onAbort = () =>
      finish(() =>
        reject(signal?.reason instanceof MemgateError ? signal.reason : new MemgateError('Cancelled while reading the dependency changes'))
      )
    signal?.addEventListener('abort', onAbort, { once: true })
    if (signal?.aborted) onAbort()
    worker.once('message', (answer: WorkerAnswer) =>
      finish(() => {
        if ('diff' in answer) resolve(answer.diff)
        else if ('reason' in answer) reject(new MemgateError(answer.reason))
        else reject(new Error(`The bumps worker failed: ${answer.crash}`))
      })
    )
    worker.once('error', (error: Error & { code?: string }) =>
      finish(() =>
        reject(
          error.code === 'ERR_WORKER_OUT_OF_MEMORY'
            ? new MemgateError(`Reading ${files} took more than ${WORKER_HEAP_MB} MiB of memory, so the parse was stopped`)
            : error
        )
      )
    )
    worker.once('exit', (code) => finish(() => reject(new Error(`The bumps worker exited with ${code} before it answered`))))
  })
}

function formatSeconds(ms: number): string {
  return `${ms / 1000} s`
}
