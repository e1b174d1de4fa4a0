// `record`'s measurement: one commit soaked on its own (one side of the soak session, `runs` runs,
// no base), written into a store as memgate-record/1, the store pruned to `keep` per series.

import * as fs from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import { MemgateError } from '../errors.js'
import type { Git } from '../git.js'
import { findSuspects, repositoryRelative } from '../heap/suspects.js'
import type { Options } from '../options.js'
import { runProcess } from '../process.js'
import { shortSha } from '../sha.js'
import { scrubEnv } from '../soak/env.js'
import { openSession } from '../soak/session.js'
import type { Samples, Suspect } from '../types.js'
import { MEMGATE_VERSION } from '../version.js'
import { buildRecord, describeMachine, type MemoryRecord, type RecordKey } from './record.js'
import { pruneStore, type StoredRecord, type WriteOutcome, writeRecord } from './store.js'

export interface RecordCommitOptions {
  options: Options
  git: Git
  /** The commit to measure (any ref; the record holds its full SHA). */
  ref: string
  storeDir: string
  /** Records kept per series; unset keeps them all. */
  keep?: number
  /** Scratch directory for the worktree and the runs; a temporary one (removed after) by default. */
  workDir?: string
  probePath: string
  /** Values that must never reach the soak's environment (the token). */
  secrets: string[]
  signal?: AbortSignal
  log: (line: string) => void
  /** false: no heap snapshots, so the record names no suspects (a benchmark's records). */
  snapshots?: boolean
}

export interface RecordCommitResult {
  record: MemoryRecord
  file: string
  /** `kept`: the store already held a record of this commit and series, which stands. */
  outcome: WriteOutcome
  /** Records pruned beyond `keep`. */
  removed: StoredRecord[]
  wallMs: number
}

/** The major version of the `node` the soak will find on PATH, or `none`. */
async function soakNodeMajor(cwd: string, passEnv: string[]): Promise<string> {
  const exit = await runProcess({ command: 'node', args: ['--version'], cwd, env: scrubEnv(process.env, { passEnv }) })
  return /^v(\d+)\./.exec(exit.stdout.trim())?.[1] ?? 'none'
}

/** The key of records made with these options on this machine. */
export async function recordKeyFor(options: Options, cwd: string): Promise<RecordKey> {
  return {
    soak: options.soakCommand,
    install: options.installCommand,
    workingDirectory: options.workingDirectory,
    ...describeMachine(),
    node: await soakNodeMajor(cwd, options.passEnv)
  }
}

/**
 * Measures `ref` on its own. A commit none of whose runs could be measured (every run crashed,
 * timed out, or had too few samples) is a MemgateError: a record says what a commit's growth is,
 * never that it is unknown.
 */
export async function measureCommit(o: Omit<RecordCommitOptions, 'storeDir' | 'keep'>): Promise<{ record: MemoryRecord; wallMs: number }> {
  const started = Date.now()
  const sha = await o.git.resolve(o.ref)
  const key = await recordKeyFor(o.options, o.git.repoDir)
  const workDir = o.workDir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'memgate-record-'))
  const session = await openSession({
    ...o.options,
    git: o.git,
    baseSha: sha,
    headSha: sha,
    sides: ['head'],
    workDir,
    probePath: o.probePath,
    secrets: o.secrets,
    signal: o.signal,
    log: (line) => o.log(line.replace(/^head: /, 'record: ').replace('and head gets', 'and the record gets'))
  })
  let samples: Samples
  let suspects: Suspect[] = []
  try {
    // One run takes heap snapshots, as a PR's head does: the creep issue names what grows at a step.
    const { head } = await session.soak({ runs: o.options.stats.runs, snapshots: o.snapshots !== false })
    samples = head.samples
    if (head.snapshots.length >= 2) {
      suspects = (await findSuspects(head, [], o.options.heapMaxBytes, o.log)).suspects.map((s) =>
        repositoryRelative(s, path.join(workDir, 'head'))
      )
    }
  } finally {
    await session.close()
    if (!o.workDir) fs.rmSync(workDir, { recursive: true, force: true })
  }
  const record = buildRecord({ commit: sha, key, samples, measuredAt: new Date(), memgate: MEMGATE_VERSION, suspects })
  if (!record.growth) {
    const outcomes = samples.runs.map((r) => r.outcome ?? (r.exitCode === 0 ? 'ok' : 'crash')).join(', ')
    throw new MemgateError(`No run of the soak at ${shortSha(sha)} could be measured (runs: ${outcomes || 'none'}); nothing recorded`)
  }
  return { record, wallMs: Date.now() - started }
}

/** Measures `ref` and writes its record into the store, pruned to `keep` records per series. */
export async function recordCommit(o: RecordCommitOptions): Promise<RecordCommitResult> {
  const { record, wallMs } = await measureCommit(o)
  const { file, outcome } = writeRecord(o.storeDir, record)
  const removed = o.keep ? pruneStore(o.storeDir, o.keep) : []
  return { record, file, outcome, removed, wallMs }
}
