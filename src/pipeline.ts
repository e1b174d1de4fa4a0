// trigger → bumps → soak → stats → heap → report. Both front doors (action, CLI) call runPipeline.
import * as fs from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import { filterBumps } from './bumps/filter.js'
import { readBumps, type BumpOptions } from './bumps/read.js'
import { MemgateError } from './errors.js'
import { diffSnapshotFiles } from './heap/analyze.js'
import { buildReport, type MemgateReport } from './report/build.js'
import { medianSeries } from './report/series.js'
import { createGit } from './soak/git.js'
import { soakBothSides, type SideResult, type SoakResult } from './soak/session.js'
import { analyzeSamples, defaultStatsOptions, type StatsOptions } from './stats/analyze.js'
import { nextStep } from './stats/sequential.js'
import type { Suspect } from './types.js'

export interface Options {
  repoDir: string
  /** The PR's base: the measured base is the merge-base of this and head. */
  base: string
  head: string
  soakCommand: string
  /** Empty: the install command of the package manager the project uses. */
  installCommand: string
  /** The project's directory inside the repository ('.' for its root). */
  workingDirectory: string
  runs: number
  timeoutMs: number
  /** Stop a soak that runs on by itself after this long (SIGINT, then SIGTERM, then SIGKILL). */
  durationMs?: number
  /** Run one base and one head at once (default: when the machine has 2+ cores). */
  parallel?: boolean
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
   * their process groups.
   */
  signal?: AbortSignal
  log: (line: string) => void
}

export interface PipelineResult {
  report: MemgateReport
  workDir: string
}

export async function runPipeline(options: Options): Promise<PipelineResult> {
  const workDir = options.workDir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'memgate-'))
  fs.mkdirSync(workDir, { recursive: true })
  const git = await createGit(options.repoDir, { token: options.token })
  if (options.remote) await git.ensureCommits([options.base, options.head], options.remote)
  const headSha = await git.resolve(options.head)
  const baseSha = await git.mergeBase(await git.resolve(options.base), headSha)

  const changes = await readBumps(git, baseSha, headSha, { workingDirectory: options.workingDirectory })
  const bumps = filterBumps(changes, options.bumps)
  if (bumps.length === 0) {
    const reason =
      changes.length === 0
        ? 'No dependency changed between base and head, so there is nothing to measure.'
        : `${changes.length} dependency change(s) (${changes.map((b) => b.name).slice(0, 5).join(', ')}${changes.length > 5 ? ', …' : ''}), none selected by include, exclude and dependency-types, so there is nothing to measure.`
    return { report: buildReport({ baseSha, headSha, bumps, verdict: 'skipped', reason }), workDir }
  }
  options.log(`${bumps.length} dependency change(s): ${bumps.map((b) => `${b.name} ${b.from ?? '∅'} → ${b.to ?? '∅'}`).join(', ')}`)

  if (!options.soakCommand.trim()) {
    throw new MemgateError('No soak command: set the soak-command input (or --soak) to the script that exercises the service')
  }
  const statsOptions: StatsOptions = { ...defaultStatsOptions, ...options.stats, runs: options.runs }
  statsOptions.maxRuns = Math.max(statsOptions.maxRuns, statsOptions.runs)
  // A later look knows how long the runs are, and keeps the first look's snapshots.
  const soakOnce = (runs: number, dir: string, earlier?: SoakResult) =>
    soakBothSides({
      git,
      baseSha,
      headSha,
      workDir: dir,
      soakCommand: options.soakCommand,
      installCommand: options.installCommand || undefined,
      workingDirectory: options.workingDirectory,
      runs,
      timeoutMs: options.timeoutMs,
      durationMs: options.durationMs,
      parallel: options.parallel,
      signal: options.signal,
      probePath: options.probePath,
      expected: earlier && { base: earlier.base.length, head: earlier.head.length },
      snapshots: !earlier,
      secrets: options.token ? [options.token] : [],
      log: options.log
    })

  let soak = await soakOnce(statsOptions.runs, workDir)
  let failure = judgeFailures(soak.base, soak.head)
  if (failure?.verdict === 'error') throw new MemgateError(failure.reason)
  let stats = failure ? undefined : analyzeSamples(soak.base.samples, soak.head.samples, statsOptions)
  // Sequential looks: an inconclusive verdict earns more runs, up to max-runs; analyzeSamples spends
  // only its look's share of alpha, so the false-alarm rate holds over all looks.
  for (let look = 2; stats; look++) {
    const runsSoFar = soak.head.samples.runs.length
    const step = nextStep(stats, runsSoFar, statsOptions.maxRuns)
    if (step.done) break
    options.log(`Inconclusive after ${runsSoFar} runs a side (${stats.reason}); adding ${step.addRuns} more.`)
    soak = appendRuns(soak, await soakOnce(step.addRuns, path.join(workDir, `look-${look}`), soak))
    failure = judgeFailures(soak.base, soak.head)
    stats = failure ? undefined : analyzeSamples(soak.base.samples, soak.head.samples, statsOptions)
  }
  fs.writeFileSync(path.join(workDir, 'samples-base.json'), JSON.stringify(soak.base.samples, null, 2))
  fs.writeFileSync(path.join(workDir, 'samples-head.json'), JSON.stringify(soak.head.samples, null, 2))

  const verdict = failure?.verdict ?? stats!.verdict
  const suspects = verdict === 'leak' ? await findSuspects(soak.head, bumps.map((b) => b.name), options.log) : []
  const report = buildReport({
    baseSha,
    headSha,
    bumps,
    baseRuns: soak.base.samples.runs.length,
    headRuns: soak.head.samples.runs.length,
    stats,
    suspects,
    verdict,
    reason: failure?.reason,
    series: medianSeries(soak.base.samples, soak.head.samples),
    notes: [...soak.base.notes.map((n) => `base: ${n}`), ...soak.head.notes.map((n) => `head: ${n}`)]
  })
  return { report, workDir }
}

/** The runs of a later look appended to the earlier ones; snapshots stay those of the first look. */
function appendRuns(first: SoakResult, more: SoakResult): SoakResult {
  const join = (a: SideResult, b: SideResult): SideResult => ({
    ...a,
    samples: { ...a.samples, runs: [...a.samples.runs, ...b.samples.runs] },
    notes: [...a.notes, ...b.notes],
    runs: [...a.runs, ...b.runs]
  })
  return { ...first, base: join(first.base, more.base), head: join(first.head, more.head), wallMs: first.wallMs + more.wallMs }
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
