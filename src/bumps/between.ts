// The prologue every measurement repeats: resolve head, take the merge-base with base as the measured
// base, read the bumps between them with the parsers' warnings kept and cancellation honoured. Used
// by the pipeline, merge groups, bisect and `memgate bumps`, so none of them drifts.
import { createGit, type Git } from '../git.js'
import type { Bump } from '../types.js'
import { readBumps } from './read.js'

export interface BumpsBetweenRequest {
  repoDir: string
  /** The PR's base (a branch's tip): the measured base is its merge-base with head. */
  base: string
  head: string
  /** For fetching missing commits only. */
  token?: string
  /** The remote to fetch `base` and `head` from when they are missing; unset: nothing is fetched. */
  remote?: string
  workingDirectory?: string
  signal?: AbortSignal
  /** Each parser warning as it comes (a lockfile of a newer format read by its structure). */
  warn?: (line: string) => void
  /** Filled as the commits resolve, so a later failure still reports the commits it knew. */
  known?: { baseSha?: string; headSha?: string }
}

export interface BumpsBetween {
  git: Git
  baseSha: string
  headSha: string
  /** Every dependency change, before include, exclude and dependency-types. */
  bumps: Bump[]
  /** The parsers' warnings, for the report's notes. */
  warnings: string[]
}

export async function readBumpsBetween(request: BumpsBetweenRequest): Promise<BumpsBetween> {
  const known = request.known ?? {}
  const git = await createGit(request.repoDir, { token: request.token })
  if (request.remote) await git.ensureCommits([request.base, request.head], request.remote)
  const headSha = (known.headSha = await git.resolve(request.head))
  const baseSha = (known.baseSha = await git.mergeBase(await git.resolve(request.base), headSha))
  const warnings: string[] = []
  const bumps = await readBumps(git, baseSha, headSha, {
    workingDirectory: request.workingDirectory,
    signal: request.signal,
    warn: (line) => {
      warnings.push(line)
      request.warn?.(line)
    }
  })
  return { git, baseSha, headSha, bumps, warnings }
}
