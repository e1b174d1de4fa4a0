// trigger → bumps → soak → stats → heap → report. Both front doors (action, CLI) call runPipeline,
// and it always returns a report: a stage that fails gives verdict `error` with everything known.
import * as fs from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import { readBumpsBetween } from './bumps/between.js'
import { filterBumps } from './bumps/filter.js'
import { formatBytes, formatDuration } from './bytes.js'
import { MemgateError } from './errors.js'
import type { Git } from './git.js'
import { diffSnapshotFiles } from './heap/analyze.js'
import { selectGrowingSnapshots } from './heap/select.js'
import type { Options } from './options.js'
import { buildReport, type Report, type ReportInput, reportOfError } from './report/build.js'
import { medianSeries } from './report/series.js'
import { soakIsolation } from './soak/isolation.js'
import type { SoakEvent } from './soak/progress.js'
import { openSession, type SideResult, type SoakResult } from './soak/session.js'
import { analyzeSamples } from './stats/analyze.js'
import { type Failure, judgeFailures } from './stats/failures.js'
import { nextStep } from './stats/sequential.js'
import type { Bump, Suspect } from './types.js'

/** Which commits of which repository to measure, and where (beside the user's options); not the PR target of trigger/event.ts. */
export interface Commits {
  repoDir: string
  /** The PR's base: the measured base is the merge-base of this and head. */
  base: string
  head: string
  /** Where worktrees, samples, logs and snapshots go; a new temp dir when absent. */
  workDir?: string
  /** For fetching missing commits only; never reaches the soak. */
  token?: string
  /**
   * The remote to fetch `base` and `head` from when they are missing (a shallow checkout, a fork's
   * PR head that only `refs/pull/N/head` reaches). Unset (the CLI): nothing is fetched.
   */
  remote?: string
  /** Aborted when the action is cancelled: the soak stage stops its runs and kills their process groups. */
  signal?: AbortSignal
  probePath: string
  log: (line: string) => void
  /** The soak stage's progress; without it each event is a line of `log`. */
  progress?: (event: SoakEvent) => void
}

export interface PipelineResult {
  report: Report
  workDir: string
}

export async function runPipeline(options: Options, target: Commits): Promise<PipelineResult> {
  const workDir = target.workDir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'memgate-'))
  fs.mkdirSync(workDir, { recursive: true })
  // What is known so far goes into the report, whichever stage fails.
  const known: Partial<ReportInput> = {}
  const started = Date.now()
  let report: Report
  try {
    report = await measure(options, target, workDir, known)
  } catch (error) {
    if (!(error instanceof MemgateError)) throw error
    report = reportOfError(error, known)
  }
  report.durationMs = Date.now() - started
  return { report, workDir }
}

async function measure(options: Options, target: Commits, workDir: string, known: Partial<ReportInput>): Promise<Report> {
  // A lockfile of a newer format than memgate knows, read by its structure, is said in the log and the report.
  const {
    git,
    baseSha,
    headSha,
    bumps: changes,
    warnings
  } = await readBumpsBetween({
    ...target,
    workingDirectory: options.workingDirectory,
    warn: (line) => target.log(`warning: ${line}`),
    known
  })
  if (warnings.length) known.notes = warnings
  const bumps = (known.bumps = filterBumps(changes, options.bumps))
  if (bumps.length === 0) {
    const names = changes.map((b) => b.name)
    const reason =
      changes.length === 0
        ? 'No dependency changed between base and head, so there is nothing to measure.'
        : `${changes.length} dependency change(s) (${names.slice(0, 5).join(', ')}${names.length > 5 ? ', …' : ''}), none selected by include, exclude and dependency-types, so there is nothing to measure.`
    return buildReport({ baseSha, headSha, bumps, verdict: 'skipped', reason, notes: warnings })
  }
  target.log(`${bumps.length} dependency change(s): ${bumps.map((b) => `${b.name} ${b.from ?? '∅'} → ${b.to ?? '∅'}`).join(', ')}`)
  if (!options.soakCommand.trim()) {
    throw new MemgateError('No soak command: set the soak-command input (or --soak) to the script that exercises the service')
  }
  // Where the soak cannot run as a user of its own, the log and the report say so once.
  const { warning: unisolated } = await soakIsolation()
  if (unisolated) {
    target.log(`warning: ${unisolated}`)
    warnings.push(unisolated)
  }
  const decided = await soakUntilDecided(options, target, git, { baseSha, headSha, workDir }, known)
  for (const side of ['base', 'head'] as const) {
    fs.writeFileSync(path.join(workDir, `samples-${side}.json`), JSON.stringify(decided.soak[side].samples, null, 2))
  }
  const report = await judge(decided, bumps, { baseSha, headSha }, options.heapMaxBytes, target.log)
  report.suspects = report.suspects.map((s) => repositoryRelative(s, path.join(workDir, 'head')))
  // The runbook names these files: they are in the work dir and in the artifact, at the same paths.
  const snapshots = decided.soak.head.snapshots.map((file) => path.relative(workDir, file).split(path.sep).join('/'))
  if (snapshots.length) report.snapshots = snapshots
  if (warnings.length) report.notes = [...warnings, ...(report.notes ?? [])]
  return report
}

/** The last look: either its runs failed (and were not analysed) or their statistics decide. */
type Decided =
  | { soak: SoakResult; failure: Failure; stats?: undefined }
  | { soak: SoakResult; failure: null; stats: ReturnType<typeof analyzeSamples> }

/**
 * The sequential plan: a first look of `runs` runs a side, then, while the verdict is inconclusive,
 * more runs up to max-runs (analyzeSamples spends only its look's share of alpha, so the false-alarm
 * rate holds over all looks). The worktrees and installs serve every look.
 */
async function soakUntilDecided(
  options: Options,
  target: Commits,
  git: Git,
  where: { baseSha: string; headSha: string; workDir: string },
  known: Partial<ReportInput>
): Promise<Decided> {
  const session = await openSession({
    ...options,
    ...where,
    git,
    probePath: target.probePath,
    signal: target.signal,
    log: target.log,
    progress: target.progress,
    secrets: target.token ? [target.token] : []
  })
  try {
    let soak = await session.soak({ runs: options.stats.runs })
    for (let look = 2; ; look++) {
      known.baseRuns = soak.base.samples.runs.length
      known.headRuns = soak.head.samples.runs.length
      const failure = judgeFailures(soak.base.samples, soak.head.samples)
      if (failure) return { soak, failure }
      const stats = analyzeSamples(soak.base.samples, soak.head.samples, options.stats)
      const step = nextStep(stats, soak.head.samples.runs.length, options.stats.maxRuns)
      if (!step || step.done) return { soak, failure, stats }
      target.log(`Inconclusive after ${soak.head.samples.runs.length} runs a side (${stats.reason}); adding ${step.addRuns} more.`)
      // A later look knows how long the runs are, and keeps the first look's snapshots.
      const more = await session.soak({
        runs: step.addRuns,
        outDir: path.join(where.workDir, `look-${look}`),
        expected: { base: soak.base.length, head: soak.head.length },
        snapshots: false
      })
      soak = appendRuns(soak, more)
    }
  } finally {
    await session.close()
  }
}

async function judge(
  decided: Decided,
  bumps: Bump[],
  shas: { baseSha: string; headSha: string },
  heapMaxBytes: number,
  log: (line: string) => void
): Promise<Report> {
  const { soak, failure, stats } = decided
  const verdict = failure ? failure.verdict : stats.verdict
  const { suspects, notes: heapNotes } =
    verdict === 'leak'
      ? await findSuspects(
          soak.head,
          bumps.map((b) => b.name),
          heapMaxBytes,
          log
        )
      : { suspects: [], notes: [] }
  return buildReport({
    ...shas,
    bumps,
    baseRuns: soak.base.samples.runs.length,
    headRuns: soak.head.samples.runs.length,
    stats,
    suspects,
    verdict,
    reason: failure?.reason,
    detail: failure?.detail,
    series: medianSeries(soak.base.samples, soak.head.samples),
    notes: [...soak.base.notes.map((n) => `base: ${n}`), ...soak.head.notes.map((n) => `head: ${n}`), ...heapNotes]
  })
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
 * A suspect with the head worktree's absolute paths (in retainer paths and creation sites) made
 * relative to the repository: the reader knows the repository, not the runner's scratch folder.
 */
function repositoryRelative(suspect: Suspect, headDir: string): Suspect {
  const prefixes = [`${headDir}${path.sep}`, `${headDir.split(path.sep).join('/')}/`]
  const strip = (text: string) => prefixes.reduce((t, p) => t.split(p).join(''), text)
  const { site } = suspect as Suspect & { site?: string | null }
  return {
    ...suspect,
    retainerPath: suspect.retainerPath.map(strip),
    ...(typeof site === 'string' ? { site: strip(site) } : {})
  }
}

/** Suspects from the head run's snapshots that show growth, and, when none is named, a note that says why. */
async function findSuspects(
  head: SideResult,
  packages: string[],
  maxBytes: number,
  log: (line: string) => void
): Promise<{ suspects: Suspect[]; notes: string[] }> {
  if (head.snapshots.length < 2) {
    const why = 'No pair of heap snapshots from a head run that ended ok: suspects are not named.'
    log(why)
    return { suspects: [], notes: [why] }
  }
  const points =
    head.snapshotPoints.length === head.snapshots.length ? head.snapshotPoints : head.snapshots.map((file) => ({ file, label: '' }))
  const chosen = selectGrowingSnapshots(points)
  for (const note of chosen.notes) log(note)
  if (chosen.files.length < 2) return { suspects: [], notes: chosen.notes }
  const sizes = chosen.files.map((file) => formatBytes(fs.statSync(file).size))
  log(`Heap analysis: ${chosen.files.length} snapshots of a head run (${sizes.join(', ')})`)
  const started = Date.now()
  try {
    const diff = await diffSnapshotFiles(chosen.files, { packages, top: 5, maxBytes })
    const { suspects } = diff
    log(
      `Heap analysis took ${formatDuration(Date.now() - started)}: ${suspects.length} suspect${suspects.length === 1 ? '' : 's'}${suspects[0] ? `, first ${suspects[0].name}` : ''}`
    )
    const notes = [...chosen.notes]
    if (suspects.length === 0) {
      notes.push(
        `The heap snapshots name no suspect: nothing allocated after the warm-up snapshot and still alive at the last one compared ` +
          `retains ${Math.round(diff.threshold.bytes / 1024)} KiB or more.`
      )
    }
    return { suspects, notes }
  } catch (error) {
    // The verdict stands on the samples; a snapshot that cannot be read only costs the suspects.
    const why = `Heap snapshots could not be analysed: ${error instanceof MemgateError ? error.reason : String(error)}`
    log(why)
    return { suspects: [], notes: [...chosen.notes, why] }
  }
}
