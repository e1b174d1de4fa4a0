// Which bump leaks, which published version started it, and a fix shown to pass.
//
// 1. Culprit search (several bumps): head with subsets of the bumps held back at `from`, each
//    against base, by binary splitting: about log2(k) comparisons for one culprit among k bumps,
//    then one more that holds the culprits back and must pass ("the others were measured clean").
// 2. Bisect of one package's published versions: the reference is head with the package held at
//    `from`, measured once; `to` (head as committed) first; then a binary search of the versions
//    in between, each held in head's tree; then the newest version after `to`.
// 3. Verification: the suggested version in head's tree (the change a user would make) against
//    base, with fresh runs; only a suggestion that passes is offered.
// False alarms: every comparison of the bisect gets alpha / m (Bonferroni over the m comparisons it
// can make at most), so the chance that any version is called leaking wrongly is at most alpha.
import * as fs from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import { readBumpsBetween } from '../bumps/between.js'
import { filterBumps } from '../bumps/filter.js'
import { MemgateError } from '../errors.js'
import type { StatsOptions } from '../options.js'
import { shortSha } from '../sha.js'
import { isolatedEnvironments } from '../soak/session.js'
import { findCulprits } from './culprit.js'
import { bisectPackage } from './package.js'
import { type BisectOptions, type BisectReport, type Context, type CulpritSearch, list } from './report.js'
import { Soaks } from './tree-soaks.js'
import { Trees } from './trees.js'

export type { BisectOptions, BisectReport, CulpritSearch, Fix, Suggestion, Tested, Verification } from './report.js'

export async function runBisect(options: BisectOptions): Promise<BisectReport> {
  const started = Date.now()
  const workDir = options.workDir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'memgate-bisect-'))
  fs.mkdirSync(workDir, { recursive: true })
  const { soakCommand, installCommand, workingDirectory, timeoutMs, durationMs } = options.options
  if (!soakCommand.trim()) throw new MemgateError('No soak command: set --soak to the script that exercises the service')
  // The gate's prologue: the same merge-base, cancellation, and the parsers' warnings for the notes.
  const between = await readBumpsBetween({
    repoDir: options.repoDir,
    base: options.base,
    head: options.head,
    token: options.token,
    remote: options.remote,
    workingDirectory,
    signal: options.signal,
    warn: options.log
  })
  const { git, baseSha, headSha, warnings: notes } = between
  const stats: StatsOptions = { ...options.options.stats, maxRuns: Math.max(options.options.stats.maxRuns, options.options.stats.runs) }

  // The gate's own environments: a private registry's token named by pass-env reaches the installs here too.
  // Isolated as the gate's are: as memgate-soak where memgate is root (soak/isolation.ts).
  const env = await isolatedEnvironments({
    workDir,
    secrets: options.secrets,
    passEnv: options.options.passEnv,
    probePath: options.probePath
  })
  const trees = new Trees({
    user: env.user,
    git,
    workDir,
    workingDirectory,
    installCommand: installCommand || undefined,
    env: env.install,
    signal: options.signal,
    log: options.log
  })
  const soaks = new Soaks({
    user: env.user,
    soakCommand,
    env: env.soak,
    timeoutMs,
    durationMs,
    workDir,
    signal: options.signal,
    log: options.log
  })
  const ctx: Context = {
    git,
    baseSha,
    headSha,
    trees,
    soaks,
    stats,
    passEnv: options.options.passEnv,
    minimumReleaseAgeMs: options.options.minimumReleaseAgeMs,
    log: options.log
  }
  const figures = (): BisectReport['figures'] => ({
    wallMs: Date.now() - started,
    soaks: soaks.soaks,
    soakMs: soaks.soakMs,
    installs: trees.installs,
    installMs: trees.installMs,
    worktrees: trees.worktrees
  })
  try {
    const bumps = filterBumps(between.bumps, options.options.bumps)
    const names = [...new Set(bumps.map((b) => b.name))]
    let name = options.package
    let culprit: CulpritSearch | null = null
    if (name !== undefined) {
      if (!names.includes(name)) {
        throw new MemgateError(
          `${name} did not change between base ${shortSha(baseSha)} and head ${shortSha(headSha)}${names.length ? ` (changed: ${list(names)})` : ' (no dependency changed)'}`
        )
      }
    } else if (names.length === 0) {
      throw new MemgateError(
        `No dependency changed between base ${shortSha(baseSha)} and head ${shortSha(headSha)}, so there is nothing to bisect`
      )
    } else if (names.length === 1) {
      name = names[0]
    } else {
      options.log(`${names.length} packages changed (${list(names)}): looking for the bump that leaks`)
      culprit = await findCulprits(ctx, bumps, options.headLeaks === true)
      if (culprit.head === 'pass' || (culprit.culprits.length === 0 && culprit.head !== 'leak' && culprit.head !== null)) {
        return finish(
          emptyReport(
            culprit,
            stats.alpha,
            culprit.head === 'pass' ? 'pass' : culprit.head === 'inconclusive' ? 'inconclusive' : 'error',
            culprit.reason,
            figures(),
            notes
          ),
          options,
          trees,
          workDir
        )
      }
      if (culprit.culprits.length !== 1) {
        const verdict =
          culprit.culprits.length > 1 ? 'error' : culprit.tested.some((t) => t.verdict === 'inconclusive') ? 'inconclusive' : 'error'
        const reason =
          culprit.culprits.length > 1
            ? `Several bumps leak (${culprit.culprits.map((c) => c.name).join(', ')}); bisect them one at a time with --package`
            : culprit.reason
        return finish(emptyReport(culprit, stats.alpha, verdict, reason, figures(), notes), options, trees, workDir)
      }
      name = culprit.culprits[0]?.name
    }
    const report = await bisectPackage(
      ctx,
      bumps.filter((b) => b.name === name),
      workingDirectory
    )
    return finish({ ...report, culprit, notes: [...notes, ...report.notes], figures: figures() }, options, trees, workDir)
  } catch (error) {
    await trees.cleanup()
    if (!options.keep && !options.workDir) fs.rmSync(workDir, { recursive: true, force: true })
    throw error
  }
}

async function finish(report: BisectReport, options: BisectOptions, trees: Trees, workDir: string): Promise<BisectReport> {
  await trees.cleanup()
  if (!options.keep && !options.workDir) fs.rmSync(workDir, { recursive: true, force: true })
  options.log(
    `bisect took ${(report.figures.wallMs / 1000).toFixed(1)} s: ${report.figures.soaks} soak runs, ${report.figures.installs} installs`
  )
  return report
}

function emptyReport(
  culprit: CulpritSearch,
  alpha: number,
  verdict: BisectReport['verdict'],
  reason: string,
  figures: BisectReport['figures'],
  notes: string[]
): BisectReport {
  return {
    format: 'memgate-bisect/1',
    package: null,
    from: null,
    to: null,
    firstLeaking: null,
    lastClean: null,
    exact: verdict !== 'inconclusive',
    tested: [],
    newest: null,
    suggestion: null,
    verification: null,
    alpha,
    alphaPerComparison: culprit.alpha,
    comparisons: culprit.tested.length,
    culprit,
    verdict,
    reason,
    notes,
    figures
  }
}
