import * as path from 'node:path'
import { detectPackageManager, LOCKFILES } from '../package-manager.js'
import type { BumpDetail } from '../bumps/diff.js'
import { MemgateError } from '../errors.js'
import { runsFor, type StepVerdict } from './measure.js'
import { DEFAULT_MINIMUM_RELEASE_AGE_DAYS } from '../options.js'
import { fetchPublished, loadRegistryConfigAt } from './registry.js'
import { describeHolds, type Tree, type TreeSpec } from './trees.js'
import { planVersions } from './versions.js'
import {
  compareAt,
  fromRegistry,
  holdable,
  readSpecs,
  fmtAlpha,
  holdsFor,
  type BisectReport,
  type Context,
  type Suggestion,
  type Tested,
  type Verification
} from './report.js'

export async function bisectPackage(
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
  // The base commit's registry configuration, never the PR's: a PR's .npmrc would choose where
  // memgate's requests (and the credentials configured for that host) go.
  const config = await loadRegistryConfigAt(ctx.git, ctx.baseSha, [workingDirectory, lockDir, ''], manager.name, process.env, ctx.passEnv)
  const published = await fetchPublished(config, name)
  const plan = planVersions(published.versions, from, to, name, {
    time: published.time,
    minimumAgeMs: ctx.minimumReleaseAgeMs ?? DEFAULT_MINIMUM_RELEASE_AGE_DAYS * 86_400_000,
    now: Date.now()
  })
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
