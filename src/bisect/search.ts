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
import semver from 'semver'
import { detectPackageManager, LOCKFILES } from '../package-manager.js'
import { filterBumps } from '../bumps/filter.js'
import { readBumps } from '../bumps/read.js'
import type { BumpDetail } from '../bumps/diff.js'
import { MemgateError } from '../errors.js'
import { scrubEnv, withProbe } from '../soak/env.js'
import { createGit, type Git } from '../git.js'
import type { Options, StatsOptions } from '../options.js'
import type { Growth } from '../types.js'
import type { Hold } from './hold.js'
import { runsFor, Soaks, type Comparison, type StepVerdict } from './measure.js'
import { fetchPublishedVersions, loadRegistryConfigAt } from './registry.js'
import { describeHolds, Trees, type Tree, type TreeSpec } from './trees.js'
import { planVersions } from './versions.js'

export interface BisectOptions {
  repoDir: string
  /** The PR's base: the measured base is the merge-base of this and head. */
  base: string
  head: string
  /** The package to bisect; absent: the only bump, or the culprit the search finds. */
  package?: string
  /**
   * What to measure and how, as for the gate. `installCommand` installs trees as committed; trees
   * with a package held use the package manager's own updating install (a frozen one refuses the edit).
   */
  options: Options
  /** Worktrees, runs and logs; a new temp dir when absent (removed at the end unless `keep`). */
  workDir?: string
  keep?: boolean
  probePath: string
  /** Values that must never reach the soak's environment (the token). */
  secrets?: string[]
  /** Fetch `base` and `head` from this remote when they are missing, with `token` on that git command only. */
  remote?: string
  token?: string
  /** The bumps, when the caller read them already. */
  bumps?: BumpDetail[]
  /**
   * Head already measured leaking against base (the action's verdict): the culprit search starts
   * from there instead of measuring it again.
   */
  headLeaks?: boolean
  signal?: AbortSignal
  log: (line: string) => void
}

export interface Tested {
  version: string
  verdict: StepVerdict
  /** Growth of this version's tree minus the reference's (difference, bytes per unit). */
  growth: (Growth & { pValue: number; unit: string }) | null
  runs: { reference: number; candidate: number }
  alpha: number
  reason: string
}

export interface Suggestion {
  version: string
  /** The package.json to change, from the repository root. */
  manifest: string
  /** The entry as it reads after the change. */
  change: string
  /** Where the entry sits: `dependencies`, `overrides`, `resolutions`, `pnpm.overrides`, … */
  field: string
}

export interface Verification {
  version: string
  verdict: StepVerdict
  pValue: number | null
  reason: string
  /** "with row-cache 1.3.1 the head passes against base (p = 0.91)". */
  summary: string
}

export interface CulpritSearch {
  /** Bumps whose holding back removes the leak. */
  culprits: { name: string; from: string; to: string }[]
  /** Bumps measured clean (bumped in a tree that passed). */
  clean: string[]
  /** Bumps that cannot be held back (added, removed, not a version), left bumped throughout. */
  unheld: string[]
  tested: { bumped: string[]; verdict: StepVerdict; growth: (Growth & { pValue: number }) | null; alpha: number }[]
  /** Head against base, when measured here. */
  head: StepVerdict | null
  alpha: number
  reason: string
}

export interface BisectReport {
  format: 'memgate-bisect/1'
  package: string | null
  from: string | null
  to: string | null
  firstLeaking: string | null
  lastClean: string | null
  /** False when a step stayed inconclusive: firstLeaking and lastClean are then the narrowest range known. */
  exact: boolean
  tested: Tested[]
  /** The newest published version after `to`, when there is one, and its verdict. */
  newest: { version: string; verdict: StepVerdict } | null
  suggestion: Suggestion | null
  verification: Verification | null
  /** The false-alarm rate of the whole bisect. */
  alpha: number
  /** How it is held: each of `comparisons` comparisons at `alphaPerComparison`. */
  alphaPerComparison: number
  comparisons: number
  culprit: CulpritSearch | null
  verdict: 'leak' | 'pass' | 'inconclusive' | 'error'
  reason: string
  figures: { wallMs: number; soaks: number; soakMs: number; installs: number; installMs: number; worktrees: number }
}

/** The bisect's exit status (DESIGN.md): 1 leak named, 0 `to` clean, 2 error, 3 inconclusive. */
export function bisectExitCode(report: Pick<BisectReport, 'verdict'>): 0 | 1 | 2 | 3 {
  return report.verdict === 'leak' ? 1 : report.verdict === 'pass' ? 0 : report.verdict === 'inconclusive' ? 3 : 2
}

interface Context {
  git: Git
  baseSha: string
  headSha: string
  trees: Trees
  soaks: Soaks
  stats: StatsOptions
  log: (line: string) => void
}

export async function runBisect(options: BisectOptions): Promise<BisectReport> {
  const started = Date.now()
  const workDir = options.workDir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'memgate-bisect-'))
  fs.mkdirSync(workDir, { recursive: true })
  const git = await createGit(options.repoDir, { token: options.token })
  if (options.remote) await git.ensureCommits([options.base, options.head], options.remote)
  const headSha = await git.resolve(options.head)
  const baseSha = await git.mergeBase(await git.resolve(options.base), headSha)
  const { soakCommand, installCommand, workingDirectory, timeoutMs, durationMs } = options.options
  if (!soakCommand.trim()) throw new MemgateError('No soak command: set --soak to the script that exercises the service')
  const stats: StatsOptions = { ...options.options.stats, maxRuns: Math.max(options.options.stats.maxRuns, options.options.stats.runs) }

  const env = scrubEnv(process.env, options.secrets ?? [])
  for (const name of ['MEMGATE_SAMPLES_FILE', 'MEMGATE_SNAPSHOT_DIR', 'MEMGATE_SNAPSHOT_PLAN', 'MEMGATE_EXPECT']) delete env[name]
  const trees = new Trees({
    git,
    workDir,
    workingDirectory,
    installCommand: installCommand || undefined,
    env,
    signal: options.signal,
    log: options.log
  })
  const soaks = new Soaks({
    soakCommand,
    env: { ...env, NODE_OPTIONS: withProbe(env.NODE_OPTIONS, options.probePath) },
    timeoutMs,
    durationMs,
    workDir,
    signal: options.signal,
    log: options.log
  })
  const ctx: Context = { git, baseSha, headSha, trees, soaks, stats, log: options.log }
  const figures = (): BisectReport['figures'] => ({
    wallMs: Date.now() - started,
    soaks: soaks.soaks,
    soakMs: soaks.soakMs,
    installs: trees.installs,
    installMs: trees.installMs,
    worktrees: trees.worktrees
  })
  try {
    const bumps = options.bumps ?? filterBumps(await readBumps(git, baseSha, headSha, { workingDirectory }), options.options.bumps)
    const names = [...new Set(bumps.map((b) => b.name))]
    let name = options.package
    let culprit: CulpritSearch | null = null
    if (name !== undefined) {
      if (!names.includes(name)) {
        throw new MemgateError(
          `${name} did not change between base ${baseSha.slice(0, 7)} and head ${headSha.slice(0, 7)}${names.length ? ` (changed: ${list(names)})` : ' (no dependency changed)'}`
        )
      }
    } else if (names.length === 0) {
      throw new MemgateError(
        `No dependency changed between base ${baseSha.slice(0, 7)} and head ${headSha.slice(0, 7)}, so there is nothing to bisect`
      )
    } else if (names.length === 1) {
      name = names[0]!
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
            figures()
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
        return finish(emptyReport(culprit, stats.alpha, verdict, reason, figures()), options, trees, workDir)
      }
      name = culprit.culprits[0]!.name
    }
    const report = await bisectPackage(
      ctx,
      bumps.filter((b) => b.name === name),
      workingDirectory
    )
    return finish({ ...report, culprit, figures: figures() }, options, trees, workDir)
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
  figures: BisectReport['figures']
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
    figures
  }
}

/** Bumps by name, with the holds that put every copy back at `from` (or at another version). */
function holdsFor(entries: BumpDetail[], version: string): Hold[] {
  return entries.map((e) => ({
    name: e.name,
    version,
    direct: e.direct,
    manifest: e.direct ? e.manifest : undefined,
    dependencyType: e.dependencyType,
    replaces: e.to ?? undefined
  }))
}

function holdable(entries: BumpDetail[], specs: Map<string, string>): boolean {
  return entries.every(
    (e) =>
      e.from !== null &&
      e.to !== null &&
      semver.valid(e.from) !== null &&
      semver.valid(e.to) !== null &&
      e.from !== e.to &&
      !e.unresolved &&
      fromRegistry(e, specs)
  )
}

/** A direct dependency whose head spec is a semver range comes from a registry; `file:`, git, `npm:` aliases and the like do not. */
function fromRegistry(e: BumpDetail, specs: Map<string, string>): boolean {
  if (!e.direct) return true
  const spec = specs.get(`${e.manifest}\0${e.name}`)
  return spec === undefined || semver.validRange(spec) !== null
}

/** The head specs of the direct bumps (`manifest\0name` → spec), to tell registry packages from the rest. */
async function readSpecs(git: Git, sha: string, bumps: BumpDetail[]): Promise<Map<string, string>> {
  const specs = new Map<string, string>()
  for (const manifest of new Set(bumps.filter((b) => b.direct).map((b) => b.manifest))) {
    let json: Record<string, Record<string, unknown> | undefined>
    try {
      json = JSON.parse((await git.showFile(sha, manifest)) ?? '{}')
    } catch {
      continue
    }
    for (const section of ['dependencies', 'optionalDependencies', 'devDependencies', 'peerDependencies']) {
      for (const [name, spec] of Object.entries(json?.[section] ?? {})) {
        if (typeof spec === 'string' && !specs.has(`${manifest}\0${name}`)) specs.set(`${manifest}\0${name}`, spec)
      }
    }
  }
  return specs
}

/**
 * Adaptive group testing over the bumps: the tree with only a subset A bumped (the rest held back
 * at `from`) is compared with base; a leak puts a culprit in A, a pass puts it in the other half.
 * One culprit found, the tree with it held back (everything else bumped) must pass; if it leaks,
 * the search goes on among the rest. Alpha: 90% spread over the comparisons one culprit needs, the
 * rest halved for each comparison beyond them.
 */
async function findCulprits(ctx: Context, bumps: BumpDetail[], headKnownToLeak: boolean): Promise<CulpritSearch> {
  const byName = new Map<string, BumpDetail[]>()
  for (const b of bumps) byName.set(b.name, [...(byName.get(b.name) ?? []), b])
  const names = [...byName.keys()]
  const specs = await readSpecs(ctx.git, ctx.headSha, bumps)
  const movable = names.filter((n) => holdable(byName.get(n)!, specs))
  const unheld = names.filter((n) => !movable.includes(n))
  const planned = (headKnownToLeak ? 0 : 1) + Math.ceil(Math.log2(Math.max(1, movable.length))) + 1
  const budget = alphaBudget(ctx.stats.alpha, planned)
  const search: CulpritSearch = { culprits: [], clean: [], unheld, tested: [], head: null, alpha: budget.first, reason: '' }
  const base = await ctx.trees.get({ side: 'base', sha: ctx.baseSha, holds: [] })
  const treeWith = (bumped: string[]): Promise<Tree> =>
    ctx.trees.get({
      side: 'head',
      sha: ctx.headSha,
      holds: movable.filter((n) => !bumped.includes(n)).flatMap((n) => holdsFor(byName.get(n)!, byName.get(n)![0]!.from!))
    })
  const test = async (bumped: string[]): Promise<StepVerdict> => {
    const alpha = budget.next()
    ctx.log(
      `culprit search: head with only ${bumped.length === names.length ? 'every bump' : list(bumped)} bumped, against base (alpha ${fmtAlpha(alpha)})`
    )
    const cmp = await compareAt(ctx, base, await treeWith(bumped), alpha)
    ctx.log(`  → ${cmp.verdict}: ${cmp.reason}`)
    search.tested.push({ bumped, verdict: cmp.verdict, growth: cmp.growth, alpha })
    return cmp.verdict
  }

  if (headKnownToLeak) {
    search.head = 'leak'
  } else {
    search.head = await test(names)
    if (search.head !== 'leak') {
      search.reason =
        search.head === 'pass' ? 'head does not leak against base, so no bump is to blame' : `head against base is ${search.head}`
      return search
    }
  }
  let candidates = [...movable]
  while (candidates.length > 0) {
    while (candidates.length > 1) {
      const half = candidates.slice(0, Math.ceil(candidates.length / 2))
      const verdict = await test([...half, ...unheld])
      if (verdict === 'leak') candidates = half
      else if (verdict === 'pass') {
        search.clean.push(...half.filter((n) => !search.clean.includes(n)))
        candidates = candidates.slice(half.length)
      } else {
        search.reason = `a step of the culprit search stayed ${verdict} (${list(half)} bumped); the culprit is among ${list(candidates)}`
        return search
      }
    }
    const found = candidates[0]!
    const entry = byName.get(found)![0]!
    search.culprits.push({ name: found, from: entry.from!, to: entry.to! })
    const held = search.culprits.map((c) => c.name)
    const rest = names.filter((n) => !held.includes(n))
    const verdict = await test(rest)
    if (verdict === 'pass') {
      search.clean = rest.filter((n) => !unheld.includes(n))
      search.reason = `${list(held)} ${held.length === 1 ? 'is' : 'are'} the culprit${held.length === 1 ? '' : 's'}: with ${held.length === 1 ? 'it' : 'them'} held back, head passes against base with the other ${rest.length} bump(s)`
      return search
    }
    if (verdict !== 'leak') {
      search.reason = `holding back ${list(held)} left head ${verdict} against base`
      return search
    }
    search.clean = search.clean.filter((n) => !rest.includes(n))
    candidates = movable.filter((n) => !held.includes(n))
  }
  search.reason = `head still leaks with every bump that can be held back held back; the leak is in ${unheld.length ? list(unheld) : 'a change that is not a dependency bump'}`
  return search
}

/** Planned comparisons share 90% of alpha; each one beyond gets half of what is left. */
function alphaBudget(alpha: number, planned: number): { first: number; next(): number } {
  let used = 0
  const per = (0.9 * alpha) / Math.max(1, planned)
  return {
    first: per,
    next() {
      used++
      return used <= planned ? per : 0.1 * alpha * 0.5 ** (used - planned)
    }
  }
}

async function compareAt(
  ctx: Context,
  reference: Tree,
  candidate: Tree,
  alpha: number,
  labels: { reference?: string; candidate?: string } = {}
): Promise<Comparison> {
  const runs = Math.max(ctx.stats.runs, runsFor(alpha))
  const stats = { ...ctx.stats, runs, maxRuns: Math.max(ctx.stats.maxRuns, runs) }
  return ctx.soaks.compare({ tree: reference, label: labels.reference }, { tree: candidate, label: labels.candidate }, alpha, stats)
}

async function bisectPackage(
  ctx: Context,
  entries: BumpDetail[],
  workingDirectory: string
): Promise<Omit<BisectReport, 'culprit' | 'figures'>> {
  const main = entries.find((e) => e.direct) ?? entries[0]!
  const name = main.name
  const specs = await readSpecs(ctx.git, ctx.headSha, entries)
  const local = entries.find((e) => !fromRegistry(e, specs))
  if (local) {
    throw new MemgateError(
      `${name} comes from '${specs.get(`${local.manifest}\0${name}`)}' in ${local.manifest}, not from a registry; only published versions can be bisected`
    )
  }
  if (!holdable(entries, specs)) {
    throw new MemgateError(
      `${name} changed from ${main.from ?? '(none)'} to ${main.to ?? '(none)'}, which is not a move between two published versions; only those can be bisected`
    )
  }
  const from = main.from!
  const to = main.to!
  const moved = entries.filter((e) => e.from !== from || e.to !== to)
  if (moved.length > 0) ctx.log(`${name} also moved ${moved[0]!.from} → ${moved[0]!.to} elsewhere in the tree; every copy is held together`)

  const dirs = [workingDirectory, '', path.posix.dirname(main.manifest)]
  const files = (await ctx.git.listFiles(ctx.headSha)).filter((f) =>
    dirs.some((d) => path.posix.dirname(f) === (d === '' || d === '.' ? '.' : d.replace(/\/$/, '')))
  )
  const lockDir = path.posix.dirname(
    entries.find((e) => !e.direct)?.manifest ?? files.find((f) => LOCKFILES.some(([l]) => f.endsWith(l))) ?? 'package.json'
  )
  const rootManifest = await ctx.git.showFile(ctx.headSha, lockDir === '.' ? 'package.json' : `${lockDir}/package.json`)
  const manager = detectPackageManager(
    files.filter((f) => path.posix.dirname(f) === lockDir).map((f) => path.posix.basename(f)),
    rootManifest ?? undefined
  )
  const config = await loadRegistryConfigAt(ctx.git, ctx.headSha, [workingDirectory, lockDir, ''], manager.name)
  const published = await fetchPublishedVersions(config, name)
  const plan = planVersions(published, from, to, name)
  const between = plan.versions.slice(0, -1)
  const comparisons = 1 + Math.ceil(Math.log2(plan.versions.length)) + (plan.newer ? 1 : 0)
  const alpha = ctx.stats.alpha
  const per = alpha / comparisons
  ctx.log(
    `${name} ${from} → ${to}: ${between.length} published version(s) in between (${between.join(', ') || 'none'})` +
      `${plan.newer ? `, ${plan.newer} after` : ''}; at most ${comparisons} comparisons at alpha ${fmtAlpha(per)} each (${fmtAlpha(alpha)} in all), ${Math.max(ctx.stats.runs, runsFor(per))} runs a side`
  )

  const spec = (version: string): TreeSpec => ({ side: 'head', sha: ctx.headSha, holds: version === to ? [] : holdsFor(entries, version) })
  const reference = await ctx.trees.get(spec(from))
  const tested: Tested[] = []
  const measure = async (version: string): Promise<StepVerdict> => {
    ctx.log(`${name}@${version} against the reference (head ${describeHolds(spec(from).holds)})`)
    const cmp = await compareAt(ctx, reference, await ctx.trees.get(spec(version)), per)
    ctx.log(`  → ${cmp.verdict}: ${cmp.reason}`)
    tested.push({
      version,
      verdict: cmp.verdict,
      growth: cmp.growth && cmp.unit ? { ...cmp.growth, unit: cmp.unit } : null,
      runs: cmp.runs,
      alpha: per,
      reason: cmp.reason
    })
    return cmp.verdict
  }
  const base: Omit<BisectReport, 'culprit' | 'figures'> = {
    format: 'memgate-bisect/1',
    package: name,
    from,
    to,
    firstLeaking: null,
    lastClean: null,
    exact: true,
    tested,
    newest: null,
    suggestion: null,
    verification: null,
    alpha,
    alphaPerComparison: per,
    comparisons,
    verdict: 'leak',
    reason: ''
  }

  const toVerdict = await measure(to)
  if (toVerdict === 'pass') {
    return {
      ...base,
      lastClean: to,
      verdict: 'pass',
      reason: `${name}@${to} does not leak against head with ${name}@${from}: nothing to bisect`
    }
  }
  if (toVerdict !== 'leak') {
    return {
      ...base,
      exact: false,
      verdict: toVerdict,
      reason: `${name}@${to} against head with ${name}@${from} is ${toVerdict}: ${tested[0]!.reason}`
    }
  }
  // Invariant: versions[lo] (or `from` at -1) is clean, versions[hi] leaks.
  const versions = plan.versions
  let lo = -1
  let hi = versions.length - 1
  let stuck: StepVerdict | null = null
  while (hi - lo > 1) {
    const mid = Math.floor((lo + hi) / 2)
    const verdict = await measure(versions[mid]!)
    if (verdict === 'leak') hi = mid
    else if (verdict === 'pass') lo = mid
    else {
      stuck = verdict
      break
    }
  }
  const firstLeaking = versions[hi]!
  const lastClean = lo >= 0 ? versions[lo]! : from
  if (stuck) {
    const step = tested[tested.length - 1]!
    return {
      ...base,
      firstLeaking,
      lastClean,
      exact: false,
      verdict: stuck,
      reason: `${name}@${step.version} stayed ${stuck} (${step.reason}); the leak starts after ${lastClean} and by ${firstLeaking}`
    }
  }
  let newest: BisectReport['newest'] = null
  if (plan.newer) newest = { version: plan.newer, verdict: await measure(plan.newer) }

  // The newest version, when clean, is the better fix: the user moves forward instead of back.
  const candidates = [...(newest?.verdict === 'pass' ? [newest.version] : []), lastClean]
  let verification: Verification | null = null
  let suggestion: Suggestion | null = null
  const baseTree = await ctx.trees.get({ side: 'base', sha: ctx.baseSha, holds: [] })
  for (const version of candidates) {
    const tree = await ctx.trees.get(spec(version))
    ctx.log(`verification: head with ${name}@${version} against base, fresh runs (alpha ${fmtAlpha(alpha)})`)
    const cmp = await compareAt(ctx, baseTree, tree, alpha, { candidate: `verify:${tree.key}` })
    const p = cmp.growth?.pValue ?? null
    verification = {
      version,
      verdict: cmp.verdict,
      pValue: p,
      reason: cmp.reason,
      summary:
        cmp.verdict === 'pass'
          ? `with ${name} ${version} the head passes against base (p = ${p === null ? 'n/a' : p.toPrecision(2)})`
          : `with ${name} ${version} the head does not pass against base (${cmp.verdict}: ${cmp.reason})`
    }
    ctx.log(`  → ${verification.summary}`)
    if (cmp.verdict === 'pass') {
      suggestion = suggestionFor(tree, name, version)
      break
    }
  }
  return {
    ...base,
    firstLeaking,
    lastClean,
    newest,
    suggestion,
    verification,
    verdict: 'leak',
    reason:
      `${name} leaks from ${firstLeaking} on (${lastClean} is clean)` +
      (newest
        ? `; the newest, ${newest.version}, ${newest.verdict === 'pass' ? 'is clean again' : newest.verdict === 'leak' ? 'still leaks' : `is ${newest.verdict}`}`
        : '') +
      (suggestion ? `; ${verification!.summary}` : verification ? `; no suggestion passed against base (${verification.summary})` : '')
  }
}

function suggestionFor(tree: Tree, name: string, version: string): Suggestion {
  const change = `${JSON.stringify(name)}: ${JSON.stringify(version)}`
  const edit =
    tree.edits.find((e) => e.key[e.key.length - 1] === name && !['overrides', 'resolutions', 'pnpm'].includes(e.key[0]!)) ?? tree.edits[0]
  if (!edit) {
    // `to` itself (no edit): cannot happen for a leak, but say what it would be.
    return { version, manifest: 'package.json', change, field: 'dependencies' }
  }
  return { version, manifest: edit.file, change, field: edit.key.slice(0, -1).join('.') }
}

function list(names: string[]): string {
  return names.length > 6 ? `${names.slice(0, 6).join(', ')}, …` : names.join(', ')
}

function fmtAlpha(alpha: number): string {
  return String(Number(alpha.toPrecision(2)))
}
