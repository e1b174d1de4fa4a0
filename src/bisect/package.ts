import * as path from 'node:path'
import semver from 'semver'
import { MemgateError } from '../errors.js'
import { DEFAULT_MINIMUM_RELEASE_AGE_DAYS } from '../options.js'
import { detectPackageManager, LOCKFILES } from '../package-manager.js'
import type { Bump } from '../types.js'
import { type FixCandidate, planFix } from './fix.js'
import { findDependentRanges } from './hold.js'
import { fetchPublished, loadRegistryConfigAt } from './registry.js'
import {
  type BisectFacts,
  type BisectReport,
  barFor,
  type Context,
  compareAt,
  type Fix,
  fmtAlpha,
  fmtBar,
  fromRegistry,
  holdsFor,
  movable,
  readSpecs,
  type Suggestion,
  type Tested,
  type Verification
} from './report.js'
import { runsFor, type TreeComparison } from './tree-soaks.js'
import { describeHolds, type Tree, type TreeSpec } from './trees.js'
import { planVersions, type VersionPlan } from './versions.js'

/** What a bisect of one package measures: the package, its versions, the trees and the alpha of each comparison. */
interface PackagePlan {
  name: string
  from: string
  to: string
  entries: Bump[]
  /** Published versions after `from` up to `to`, oldest first, and the newest after `to`. */
  versions: VersionPlan
  comparisons: number
  /** Alpha of each comparison: the whole search's alpha over `comparisons` (Bonferroni). */
  per: number
  /** The direct entry's spec in head's manifest (`^1.15.1`); null for a transitive package (held by an override). */
  range: string | null
  /** head with the package at `version` (as committed for `to`). */
  spec(version: string): TreeSpec
}

/** What the version search learnt, before any fix is verified. */
type SearchResult =
  | { done: true; report: Partial<BisectFacts> & Pick<BisectFacts, 'verdict' | 'reason'> }
  | {
      done: false
      firstLeaking: string
      lastClean: string
      newest: BisectReport['newest']
      newestInLine: BisectReport['newest']
    }

type PackageReport = Omit<BisectFacts, 'culprit' | 'figures'> & Fix

/** Which published version of one bumped package started the leak, and a fix verified against base. */
export async function bisectPackage(ctx: Context, entries: Bump[], workingDirectory: string): Promise<PackageReport> {
  const plan = await planPackage(ctx, entries, workingDirectory)
  const tested: Tested[] = []
  const base: PackageReport = {
    format: 'memgate-bisect/1',
    package: plan.name,
    from: plan.from,
    to: plan.to,
    firstLeaking: null,
    lastClean: null,
    exact: true,
    tested,
    newest: null,
    suggestion: null,
    verification: null,
    alpha: ctx.stats.alpha,
    alphaPerComparison: plan.per,
    comparisons: plan.comparisons,
    verdict: 'leak',
    reason: '',
    notes: []
  }
  const found = await searchVersions(ctx, plan, tested)
  if (found.done) return { ...base, ...found.report }
  const { firstLeaking, lastClean, newest, newestInLine } = found
  const measuredClean = [newest, newestInLine].flatMap((n) => (n?.verdict === 'pass' ? [n.version] : []))
  const direct = plan.entries.some((e) => e.direct)
  // A transitive package may need an older clean version, inside every dependent's range.
  const clean = direct
    ? [...measuredClean, lastClean]
    : [...measuredClean, ...tested.filter((t) => t.verdict === 'pass').map((t) => t.version), plan.from]
  const candidates = planFix({ name: plan.name, to: plan.to, firstLeaking, clean, range: plan.range })
  const allowed = await admittedVersions(ctx, plan, candidates)
  const fix: Fix = allowed.candidates.length
    ? await verifyFix(ctx, plan, allowed.candidates.slice(0, 2))
    : { suggestion: null, verification: null }
  const { suggestion, verification } = fix
  const upgrade = allowed.candidates.find((c) => c.kind === 'major-upgrade')
  const alternative =
    upgrade && suggestion?.version !== upgrade.version
      ? suggestionFor(await ctx.trees.get(plan.spec(upgrade.version)), plan.name, upgrade)
      : null
  return {
    ...base,
    ...fix,
    firstLeaking,
    lastClean,
    newest,
    newestInLine,
    alternative,
    verdict: 'leak',
    notes: allowed.notes,
    reason:
      `${plan.name} leaks from ${firstLeaking} on (${lastClean} is clean)` +
      (newest
        ? `; the newest, ${newest.version}, ${newest.verdict === 'pass' ? 'is clean again' : newest.verdict === 'leak' ? 'still leaks' : `is ${newest.verdict}`}`
        : '') +
      (suggestion
        ? `; ${verification.summary}: ${suggestion.why}` + (alternative ? `; ${alternative.version} is clean too, ${alternative.why}` : '')
        : verification
          ? `; no suggestion passed against base (${verification.summary})`
          : `; no clean version is inside the range every dependent declares, so none is suggested (${allowed.notes.join('; ')})`)
  }
}

/**
 * The fix candidates that may be suggested, in planFix's order. A transitive package is pinned by
 * an override, which the packages that depend on it do not see: only a version every dependent's
 * declared range admits is suggested; a clean one outside a range, tried before any admitted one,
 * is named in a note instead.
 */
async function admittedVersions(
  ctx: Context,
  plan: PackagePlan,
  candidates: FixCandidate[]
): Promise<{ candidates: FixCandidate[]; notes: string[] }> {
  if (plan.entries.some((e) => e.direct)) return { candidates, notes: [] }
  const head = await ctx.trees.get(plan.spec(plan.to))
  const ranges = findDependentRanges([head.projectDir, head.dir], plan.name).filter((r) => semver.validRange(r.range) !== null)
  const admitted: FixCandidate[] = []
  const notes: string[] = []
  for (const candidate of candidates) {
    const refused = ranges.filter((r) => !semver.satisfies(candidate.version, r.range, { includePrerelease: true }))
    if (refused.length === 0) admitted.push(candidate)
    else if (admitted.length === 0)
      notes.push(
        `${plan.name} ${candidate.version} is clean but outside the range ${refused.map((r) => `${r.dependent} declares (${r.range})`).join(', ')}; it is not suggested`
      )
  }
  for (const note of notes) ctx.log(note)
  return { candidates: admitted, notes }
}

/** Planning: the bump can be held, where its manager and registry are, which versions are published, the alpha per comparison. */
async function planPackage(ctx: Context, entries: Bump[], workingDirectory: string): Promise<PackagePlan> {
  const main = entries.find((e) => e.direct) ?? entries[0]
  if (!main) throw new MemgateError('No bump to bisect')
  const name = main.name
  const specs = await readSpecs(ctx.git, ctx.headSha, entries)
  const local = entries.find((e) => !fromRegistry(e, specs))
  if (local) {
    throw new MemgateError(
      `${name} comes from '${specs.get(`${local.manifest}\0${name}`)}' in ${local.manifest}, not from a registry; only published versions can be bisected`
    )
  }
  const moves = movable(entries, specs)
  if (!moves) {
    throw new MemgateError(
      `${name} changed from ${main.from ?? '(none)'} to ${main.to ?? '(none)'}, which is not a move between two published versions; only those can be bisected`
    )
  }
  // The direct entry's versions when there is one (what the user sees in the manifest).
  const from = main.from ?? moves.from
  const to = main.to ?? moves.to
  const [moved] = entries.filter((e) => e.from !== from || e.to !== to)
  if (moved) ctx.log(`${name} also moved ${moved.from} → ${moved.to} elsewhere in the tree; every copy is held together`)

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
  // The base commit's registry configuration, never the PR's: a PR's .npmrc would choose where
  // memgate's requests (and the credentials configured for that host) go.
  const config = await loadRegistryConfigAt(ctx.git, ctx.baseSha, [workingDirectory, lockDir, ''], manager.name, process.env, ctx.passEnv)
  const published = await fetchPublished(config, name)
  const versions = planVersions(published.versions, from, to, name, {
    time: published.time,
    minimumAgeMs: ctx.minimumReleaseAgeMs ?? DEFAULT_MINIMUM_RELEASE_AGE_DAYS * 86_400_000,
    now: Date.now()
  })
  const between = versions.versions.slice(0, -1)
  const comparisons = 1 + Math.ceil(Math.log2(versions.versions.length)) + (versions.newer ? 1 : 0) + (versions.newerInLine ? 1 : 0)
  const alpha = ctx.stats.alpha
  const per = alpha / comparisons
  ctx.log(
    `${name} ${from} → ${to}: ${between.length} published version(s) in between (${between.join(', ') || 'none'})` +
      `${versions.newer ? `, ${versions.newer} after` : ''}${versions.newerInLine ? ` (and ${versions.newerInLine}, the newest of ${to}'s line)` : ''}; at most ${comparisons} comparisons at alpha ${fmtAlpha(per)} each (${fmtAlpha(alpha)} in all), ${Math.max(ctx.stats.runs, runsFor(per))} runs a side`
  )
  return {
    name,
    from,
    to,
    entries,
    versions,
    comparisons,
    per,
    range: main.direct ? (specs.get(`${main.manifest}\0${name}`) ?? null) : null,
    spec: (version) => ({ side: 'head', sha: ctx.headSha, holds: version === to ? [] : holdsFor(entries, version) })
  }
}

/**
 * The search: `to` against the reference (head with the package at `from`), then a binary search
 * of the versions in between, then the newest after `to`. Each step is recorded in `tested`.
 */
async function searchVersions(ctx: Context, plan: PackagePlan, tested: Tested[]): Promise<SearchResult> {
  const { name, from, to } = plan
  const reference = await ctx.trees.get(plan.spec(from))
  // After `to`, each step asks whether the version carries the leak `to` has (barFor), not whether
  // it is within the configured bar of the reference: on a noisy soak only the former settles.
  let bar: number | null = null
  const measure = async (version: string): Promise<Tested & { comparison: TreeComparison }> => {
    ctx.log(
      `${name}@${version} against the reference (head ${describeHolds(plan.spec(from).holds)})${bar === null ? '' : `, leaking above ${fmtBar(bar)}`}`
    )
    const cmp = await compareAt(ctx, reference, await ctx.trees.get(plan.spec(version)), plan.per, {}, bar)
    ctx.log(`  → ${cmp.verdict}: ${cmp.reason}`)
    const step: Tested = {
      version,
      verdict: cmp.verdict,
      growth: cmp.growth && cmp.unit ? { ...cmp.growth, unit: cmp.unit } : null,
      runs: cmp.runs,
      alpha: plan.per,
      bar: cmp.minimumEffect,
      reason: cmp.reason
    }
    tested.push(step)
    return { ...step, comparison: cmp }
  }
  const toStep = await measure(to)
  const toVerdict = toStep.verdict
  bar = barFor(toStep.comparison)
  if (toVerdict === 'pass') {
    return {
      done: true,
      report: { lastClean: to, verdict: 'pass', reason: `${name}@${to} does not leak against head with ${name}@${from}: nothing to bisect` }
    }
  }
  if (toVerdict !== 'leak') {
    return {
      done: true,
      report: {
        exact: false,
        verdict: toVerdict,
        reason: `${name}@${to} against head with ${name}@${from} is ${toVerdict}: ${toStep.reason}`
      }
    }
  }
  // Invariant: versions[lo] (or `from` at -1) is clean, versions[hi] leaks.
  const versions = plan.versions.versions
  // versions ends with `to`; -1 stands for `from`.
  const at = (i: number): string => (i < 0 ? from : (versions[i] ?? to))
  let lo = -1
  let hi = versions.length - 1
  while (hi - lo > 1) {
    const mid = Math.floor((lo + hi) / 2)
    const step = await measure(at(mid))
    const verdict = step.verdict
    if (verdict === 'leak') hi = mid
    else if (verdict === 'pass') lo = mid
    else {
      const firstLeaking = at(hi)
      const lastClean = at(lo)
      return {
        done: true,
        report: {
          firstLeaking,
          lastClean,
          exact: false,
          verdict,
          reason: `${name}@${step.version} stayed ${verdict} (${step.reason}); the leak starts after ${lastClean} and by ${firstLeaking}`
        }
      }
    }
  }
  const { newer, newerInLine } = plan.versions
  return {
    done: false,
    firstLeaking: at(hi),
    lastClean: at(lo),
    newest: newer ? { version: newer, verdict: (await measure(newer)).verdict } : null,
    newestInLine: newerInLine ? { version: newerInLine, verdict: (await measure(newerInLine)).verdict } : null
  }
}

/**
 * Verification of the fix: each candidate (planFix's order: a maintainer's first choice first) in
 * head's tree against base, with fresh runs at the whole alpha and the configured bar; the first
 * that passes is the suggestion.
 */
async function verifyFix(ctx: Context, plan: PackagePlan, candidates: FixCandidate[]): Promise<Fix> {
  const alpha = ctx.stats.alpha
  let verification: Verification | null = null
  const baseTree = await ctx.trees.get({ side: 'base', sha: ctx.baseSha, holds: [] })
  for (const candidate of candidates) {
    const version = candidate.version
    const tree = await ctx.trees.get(plan.spec(version))
    ctx.log(`verification: head with ${plan.name}@${version} against base, fresh runs (alpha ${fmtAlpha(alpha)})`)
    const cmp = await compareAt(ctx, baseTree, tree, alpha, { candidate: `verify:${tree.key}` })
    const p = cmp.growth?.pValue ?? null
    verification = {
      version,
      verdict: cmp.verdict,
      pValue: p,
      reason: cmp.reason,
      summary:
        cmp.verdict === 'pass'
          ? `with ${plan.name} ${version} the head passes against base (p = ${p === null ? 'n/a' : p.toPrecision(2)})`
          : `with ${plan.name} ${version} the head does not pass against base (${cmp.verdict}: ${cmp.reason})`
    }
    ctx.log(`  → ${verification.summary}`)
    if (cmp.verdict === 'pass') {
      return {
        suggestion: suggestionFor(tree, plan.name, candidate),
        verification: { ...verification, verdict: 'pass' },
        package: plan.name
      }
    }
  }
  return { suggestion: null, verification }
}

/** The manifest change a candidate is: in the entry the tree's hold edited (the direct one before an override). */
function suggestionFor(tree: Tree, name: string, candidate: FixCandidate): Suggestion {
  const { version, spec, kind, why } = candidate
  const change = `${JSON.stringify(name)}: ${JSON.stringify(spec)}`
  const edit =
    tree.edits.find((e) => e.key[e.key.length - 1] === name && !['overrides', 'resolutions', 'pnpm'].includes(e.key[0] ?? '')) ??
    tree.edits[0]
  // No edit is `to` itself: cannot happen for a leak, but say what it would be.
  const where = edit ? { manifest: edit.file, field: edit.key.slice(0, -1).join('.') } : { manifest: 'package.json', field: 'dependencies' }
  return { version, spec, kind, why, change, ...where }
}
