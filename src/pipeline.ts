// trigger → bumps → soak → stats → heap → report. Both front doors (action, CLI) call runPipeline.
import * as fs from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import { readBumps, type BumpOptions } from './bumps/read.js'
import { MemgateError } from './errors.js'
import { diffSnapshotFiles } from './heap/analyze.js'
import { buildReport } from './report/build.js'
import { createGit } from './soak/git.js'
import { soakBothSides, type SideResult } from './soak/session.js'
import { analyzeSamples, type StatsOptions } from './stats/analyze.js'
import type { Report, Suspect } from './types.js'

export interface Options {
  repoDir: string
  /** The PR's base: the measured base is the merge-base of this and head. */
  base: string
  head: string
  soakCommand: string
  installCommand: string
  /** The project's directory inside the repository ('.' for its root). */
  workingDirectory: string
  runs: number
  timeoutMs: number
  /** Where worktrees, samples, logs and snapshots go; a new temp dir when absent. */
  workDir?: string
  token?: string
  bumps?: Omit<BumpOptions, 'workingDirectory'>
  stats?: Partial<StatsOptions>
  probePath: string
  /**
   * The remote to fetch `base` and `head` from when they are missing (a shallow checkout, a fork's
   * PR head that only `refs/pull/N/head` reaches); the token goes to that git command only.
   * Unset (the CLI): nothing is fetched.
   */
  remote?: string
  /**
   * Aborted when the action is cancelled (SIGINT/SIGTERM): the soak stage stops its runs and kills
   * their process groups. For the integrator: pass it on to soakBothSides.
   */
  signal?: AbortSignal
  log: (line: string) => void
}

export interface PipelineResult {
  report: Report
  workDir: string
}

export async function runPipeline(options: Options): Promise<PipelineResult> {
  const workDir = options.workDir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'memgate-'))
  fs.mkdirSync(workDir, { recursive: true })
  const git = await createGit(options.repoDir, { token: options.token })
  if (options.remote) await git.ensureCommits([options.base, options.head], options.remote)
  const headSha = await git.resolve(options.head)
  const baseSha = await git.mergeBase(await git.resolve(options.base), headSha)

  const bumps = await readBumps(git, baseSha, headSha, {
    ...options.bumps,
    workingDirectory: options.workingDirectory
  })
  if (bumps.length === 0) {
    const report = buildReport({
      baseSha,
      headSha,
      bumps,
      verdict: 'skipped',
      reason: 'No dependency changed between base and head, so there is nothing to measure.'
    })
    return { report, workDir }
  }
  options.log(`${bumps.length} dependency change(s): ${bumps.map((b) => `${b.name} ${b.from ?? '∅'} → ${b.to ?? '∅'}`).join(', ')}`)

  if (!options.soakCommand.trim()) {
    throw new MemgateError('No soak command: set the soak-command input (or --soak) to the script that exercises the service')
  }
  const soak = await soakBothSides({
    git,
    baseSha,
    headSha,
    workDir,
    soakCommand: options.soakCommand,
    installCommand: options.installCommand,
    workingDirectory: options.workingDirectory,
    runs: options.runs,
    timeoutMs: options.timeoutMs,
    probePath: options.probePath,
    secrets: options.token ? [options.token] : [],
    log: options.log
  })
  fs.writeFileSync(path.join(workDir, 'samples-base.json'), JSON.stringify(soak.base.samples, null, 2))
  fs.writeFileSync(path.join(workDir, 'samples-head.json'), JSON.stringify(soak.head.samples, null, 2))

  const common = { baseSha, headSha, bumps, baseRuns: options.runs, headRuns: options.runs }
  const failure = judgeFailures(soak.base, soak.head)
  if (failure?.verdict === 'error') throw new MemgateError(failure.reason)

  const stats = failure ? undefined : analyzeSamples(soak.base.samples, soak.head.samples, options.stats)
  const verdict = failure?.verdict ?? stats!.verdict
  const suspects = verdict === 'leak' ? await findSuspects(soak.head, bumps.map((b) => b.name), options.log) : []
  const report = buildReport({ ...common, stats, suspects, verdict, reason: failure?.reason })
  return { report, workDir }
}

/**
 * Runs that did not finish decide the verdict before any statistics: head running out of memory
 * where base does not is a leak; a side whose every run failed leaves nothing to compare.
 */
export function judgeFailures(base: SideResult, head: SideResult): { verdict: 'leak' | 'error'; reason: string } | null {
  const ok = (s: SideResult) => s.samples.runs.filter((r) => r.outcome === 'ok').length
  const oom = (s: SideResult) => s.samples.runs.filter((r) => r.outcome === 'oom').length
  const total = head.samples.runs.length
  const tail = (s: SideResult) => s.samples.runs.find((r) => r.outcome !== 'ok')?.stderrTail ?? ''
  const describe = (s: SideResult) => {
    const run = s.samples.runs.find((r) => r.outcome !== 'ok')
    return run?.outcome === 'timeout' ? 'timed out' : run?.outcome === 'oom' ? 'ran out of memory' : `exited with ${run?.exitCode ?? run?.signal}`
  }
  if (oom(head) > 0 && oom(base) === 0 && ok(base) > 0) {
    return { verdict: 'leak', reason: `Head ran out of memory in ${oom(head)} of ${total} runs where base never did.` }
  }
  if (ok(base) === 0 && ok(head) === 0) {
    return { verdict: 'error', reason: `The soak failed on both sides: it ${describe(head)} on head and ${describe(base)} on base.\n${tail(head)}` }
  }
  for (const [name, side] of [['base', base], ['head', head]] as const) {
    if (ok(side) === 0) {
      return { verdict: 'error', reason: `The soak failed in every ${name} run: it ${describe(side)}.\n${tail(side)}` }
    }
  }
  return null
}

async function findSuspects(head: SideResult, packages: string[], log: (line: string) => void): Promise<Suspect[]> {
  if (head.snapshots.length < 2) {
    log('No pair of heap snapshots from a head run: suspects are not named.')
    return []
  }
  try {
    return (await diffSnapshotFiles(head.snapshots, { packages, top: 5 })).suspects
  } catch (error) {
    // The verdict stands on the samples; a snapshot that cannot be read only costs the suspects.
    log(`Heap snapshots could not be analysed: ${error instanceof MemgateError ? error.reason : String(error)}`)
    return []
  }
}
