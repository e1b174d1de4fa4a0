import type { Bump } from '../types.js'
import { alphaBudget, type Context, type CulpritSearch, compareAt, fmtAlpha, holdsFor, list, movable, readSpecs } from './report.js'
import type { TreeComparison } from './tree-soaks.js'
import type { Tree } from './trees.js'

/**
 * Adaptive group testing over the bumps: the tree with only a subset A bumped (the rest held back
 * at `from`) is compared with base; a leak puts a culprit in A, a pass puts it in the other half.
 * One culprit found, the tree with it held back (everything else bumped) must pass; if it leaks,
 * the search goes on among the rest. Alpha: 90% spread over the comparisons one culprit needs, the
 * rest halved for each comparison beyond them.
 */
export async function findCulprits(ctx: Context, bumps: Bump[], headKnownToLeak: boolean): Promise<CulpritSearch> {
  const byName = new Map<string, Bump[]>()
  for (const b of bumps) byName.set(b.name, [...(byName.get(b.name) ?? []), b])
  const names = [...byName.keys()]
  const specs = await readSpecs(ctx.git, ctx.headSha, bumps)
  const held = new Map<string, NonNullable<ReturnType<typeof movable>>>()
  for (const [name, entries] of byName) {
    const m = movable(entries, specs)
    if (m) held.set(name, m)
  }
  const movableNames = [...held.keys()]
  const unheld = names.filter((n) => !held.has(n))
  const planned = (headKnownToLeak ? 0 : 1) + Math.ceil(Math.log2(Math.max(1, movableNames.length))) + 1
  const budget = alphaBudget(ctx.stats.alpha, planned)
  const search: CulpritSearch = { culprits: [], clean: [], unheld, tested: [], head: null, alpha: budget.first, reason: '' }
  const base = await ctx.trees.get({ side: 'base', sha: ctx.baseSha, holds: [] })
  const treeWith = (bumped: string[]): Promise<Tree> =>
    ctx.trees.get({
      side: 'head',
      sha: ctx.headSha,
      holds: [...held].filter(([n]) => !bumped.includes(n)).flatMap(([, m]) => holdsFor(m.entries, m.from))
    })
  const test = async (bumped: string[]): Promise<TreeComparison> => {
    const alpha = budget.next()
    ctx.log(
      `culprit search: head with only ${bumped.length === names.length ? 'every bump' : list(bumped)} bumped, against base (alpha ${fmtAlpha(alpha)})`
    )
    const cmp = await compareAt(ctx, base, await treeWith(bumped), alpha)
    ctx.log(`  → ${cmp.verdict}: ${cmp.reason}`)
    search.tested.push({ bumped, verdict: cmp.verdict, growth: cmp.growth, alpha })
    return cmp
  }

  if (headKnownToLeak) {
    search.head = 'leak'
  } else {
    search.head = (await test(names)).verdict
    if (search.head !== 'leak') {
      search.reason =
        search.head === 'pass' ? 'head does not leak against base, so no bump is to blame' : `head against base is ${search.head}`
      return search
    }
  }
  let candidates = [...movableNames]
  while (candidates.length > 0) {
    while (candidates.length > 1) {
      const half = candidates.slice(0, Math.ceil(candidates.length / 2))
      const cmp = await test([...half, ...unheld])
      const verdict = cmp.verdict
      if (verdict === 'leak') candidates = half
      else if (verdict === 'pass') {
        search.clean.push(...half.filter((n) => !search.clean.includes(n)))
        candidates = candidates.slice(half.length)
      } else {
        // Never the other half by elimination: an inconclusive half may hold the culprit as well.
        // The runs it took say whether more were measured (up to max-runs) or the failure judgement ended it.
        search.reason = `a step of the culprit search stayed ${verdict} after ${cmp.runs.candidate} runs a side (${list(half)} bumped: ${cmp.reason}): memgate cannot tell which of ${list(candidates)} leaks`
        return search
      }
    }
    const [found] = candidates
    const entry = found === undefined ? undefined : held.get(found)
    if (found === undefined || !entry) break
    search.culprits.push({ name: found, from: entry.from, to: entry.to })
    const culprits = search.culprits.map((c) => c.name)
    const rest = names.filter((n) => !culprits.includes(n))
    const { verdict } = await test(rest)
    if (verdict === 'pass') {
      search.clean = rest.filter((n) => !unheld.includes(n))
      search.reason = `${list(culprits)} ${culprits.length === 1 ? 'is' : 'are'} the culprit${culprits.length === 1 ? '' : 's'}: with ${culprits.length === 1 ? 'it' : 'them'} held back, head passes against base with the other ${rest.length} bump(s)`
      return search
    }
    if (verdict !== 'leak') {
      // Unverified, a culprit found by elimination is not named.
      search.culprits = []
      search.reason = `holding back ${list(culprits)} left head ${verdict} against base: memgate cannot tell whether ${culprits.length === 1 ? 'it is' : 'they are'} the culprit${culprits.length === 1 ? '' : 's'}`
      return search
    }
    search.clean = search.clean.filter((n) => !rest.includes(n))
    candidates = movableNames.filter((n) => !culprits.includes(n))
  }
  search.reason = `head still leaks with every bump that can be held back held back; the leak is in ${unheld.length ? list(unheld) : 'a change that is not a dependency bump'}`
  return search
}
