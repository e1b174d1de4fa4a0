import * as path from 'node:path'
import semver from 'semver'
import { MemgateError } from '../errors.js'
import { DEFAULT_MINIMUM_RELEASE_AGE_DAYS } from '../options.js'
import { detectPackageManager, LOCKFILES } from '../package-manager.js'
import type { Bump } from '../types.js'
import { findDependentRanges } from './hold.js'
import { fetchPublished, loadRegistryConfigAt } from './registry.js'
import {
  type BisectFacts,
  type BisectReport,
  type Context,
  compareAt,
  type Fix,
  fmtAlpha,
  fromRegistry,
  holdsFor,
  movable,
  readSpecs,
  type Suggestion,
  type Tested,
  type Verification
} from './report.js'
import { runsFor } from './tree-soaks.js'
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
  /** head with the package at `version` (as committed for `to`). */
  spec(version: string): TreeSpec
}

/** What the version search learnt, before any fix is verified. */
type SearchResult =
  | { done: true; report: Partial<BisectFacts> & Pick<BisectFacts, 'verdict' | 'reason'> }
  | { done: false; firstLeaking: string; lastClean: string; newest: BisectReport['newest'] }

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
  const { firstLeaking, lastClean, newest } = found
  const allowed = await admittedVersions(ctx, plan, newest?.verdict === 'pass' ? [newest.version, lastClean] : [lastClean], tested)
  const fix: Fix = allowed.versions.length ? await verifyFix(ctx, plan, allowed.versions) : { suggestion: null, verification: null }
  const { suggestion, verification } = fix
  return {
    ...base,
    ...fix,
    firstLeaking,
    lastClean,
    newest,
    verdict: 'leak',
    notes: allowed.notes,
    reason:
      `${plan.name} leaks from ${firstLeaking} on (${lastClean} is clean)` +
      (newest
        ? `; the newest, ${newest.version}, ${newest.verdict === 'pass' ? 'is clean again' : newest.verdict === 'leak' ? 'still leaks' : `is ${newest.verdict}`}`
        : '') +
      (suggestion
        ? `; ${verification.summary}`
        : verification
          ? `; no suggestion passed against base (${verification.summary})`
          : `; no clean version is inside the range every dependent declares, so none is suggested (${allowed.notes.join('; ')})`)
  }
}

/**
 * The clean versions that may be suggested, newest first. A transitive package is pinned by an
 * override, which the packages that depend on it do not see: only a version every dependent's
 * declared range admits is suggested; a clean one outside a range is named in a note instead.
 */
async function admittedVersions(
  ctx: Context,
  plan: PackagePlan,
  preferred: string[],
  tested: Tested[]
): Promise<{ versions: string[]; notes: string[] }> {
  if (plan.entries.some((e) => e.direct)) return { versions: preferred, notes: [] }
  const head = await ctx.trees.get(plan.spec(plan.to))
  const ranges = findDependentRanges([head.projectDir, head.dir], plan.name).filter((r) => semver.validRange(r.range) !== null)
  // Every version known clean (measured passing, or `from`, the reference), newest first.
  const clean = [...new Set([...preferred, ...tested.filter((t) => t.verdict === 'pass').map((t) => t.version), plan.from])].sort((a, b) =>
    semver.rcompare(a, b)
  )
  const versions: string[] = []
  const notes: string[] = []
  for (const version of clean) {
    const refused = ranges.filter((r) => !semver.satisfies(version, r.range, { includePrerelease: true }))
    if (refused.length === 0) versions.push(version)
    else if (versions.length === 0)
      notes.push(
        `${plan.name} ${version} is clean but outside the range ${refused.map((r) => `${r.dependent} declares (${r.range})`).join(', ')}; it is not suggested`
      )
  }
  for (const note of notes) ctx.log(note)
  return { versions: versions.slice(0, 2), notes }
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
  const comparisons = 1 + Math.ceil(Math.log2(versions.versions.length)) + (versions.newer ? 1 : 0)
  const alpha = ctx.stats.alpha
  const per = alpha / comparisons
  ctx.log(
    `${name} ${from} → ${to}: ${between.length} published version(s) in between (${between.join(', ') || 'none'})` +
      `${versions.newer ? `, ${versions.newer} after` : ''}; at most ${comparisons} comparisons at alpha ${fmtAlpha(per)} each (${fmtAlpha(alpha)} in all), ${Math.max(ctx.stats.runs, runsFor(per))} runs a side`
  )
  return {
    name,
    from,
    to,
    entries,
    versions,
    comparisons,
    per,
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
  const measure = async (version: string): Promise<Tested> => {
    ctx.log(`${name}@${version} against the reference (head ${describeHolds(plan.spec(from).holds)})`)
    const cmp = await compareAt(ctx, reference, await ctx.trees.get(plan.spec(version)), plan.per)
    ctx.log(`  → ${cmp.verdict}: ${cmp.reason}`)
    const step: Tested = {
      version,
      verdict: cmp.verdict,
      growth: cmp.growth && cmp.unit ? { ...cmp.growth, unit: cmp.unit } : null,
      runs: cmp.runs,
      alpha: plan.per,
      reason: cmp.reason
    }
    tested.push(step)
    return step
  }
  const toStep = await measure(to)
  const toVerdict = toStep.verdict
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
  const newer = plan.versions.newer
  return {
    done: false,
    firstLeaking: at(hi),
    lastClean: at(lo),
    newest: newer ? { version: newer, verdict: (await measure(newer)).verdict } : null
  }
}

/**
 * Verification of the fix: each candidate version (the newest clean one first: the user moves
 * forward instead of back) in head's tree against base, with fresh runs at the whole alpha; the
 * first that passes is the suggestion.
 */
async function verifyFix(ctx: Context, plan: PackagePlan, candidates: string[]): Promise<Fix> {
  const alpha = ctx.stats.alpha
  let verification: Verification | null = null
  const baseTree = await ctx.trees.get({ side: 'base', sha: ctx.baseSha, holds: [] })
  for (const version of candidates) {
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
      return { suggestion: suggestionFor(tree, plan.name, version), verification: { ...verification, verdict: 'pass' }, package: plan.name }
    }
  }
  return { suggestion: null, verification }
}

function suggestionFor(tree: Tree, name: string, version: string): Suggestion {
  const change = `${JSON.stringify(name)}: ${JSON.stringify(version)}`
  const edit =
    tree.edits.find((e) => e.key[e.key.length - 1] === name && !['overrides', 'resolutions', 'pnpm'].includes(e.key[0] ?? '')) ??
    tree.edits[0]
  if (!edit) {
    // `to` itself (no edit): cannot happen for a leak, but say what it would be.
    return { version, manifest: 'package.json', change, field: 'dependencies' }
  }
  return { version, manifest: edit.file, change, field: edit.key.slice(0, -1).join('.') }
}
