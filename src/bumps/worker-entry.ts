// The bumps worker (dist/bumps-worker.js): diffs one project and posts the result, or the one-line
// reason of a malformed lockfile. bumps/worker.ts starts it and ends it at its time limit.
import { parentPort, workerData } from 'node:worker_threads'
import { MemgateError } from '../errors.js'
import { diffProject, type ProjectInput } from './project.js'

/** What the worker posts back: the diff, a MemgateError's reason, or another error's message. */
export type WorkerAnswer = { diff: ReturnType<typeof diffProject> } | { reason: string } | { crash: string }

function answer(): WorkerAnswer {
  try {
    return { diff: diffProject(workerData as ProjectInput) }
  } catch (error) {
    if (error instanceof MemgateError) return { reason: error.reason }
    return { crash: error instanceof Error ? (error.stack ?? error.message) : String(error) }
  }
}

parentPort?.postMessage(answer())
