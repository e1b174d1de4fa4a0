// The `include` / `exclude` / `dependency-types` inputs, applied to bumps before any install. Pure.
import type { BumpFilter } from '../options.js'
import type { Bump, DependencyType } from '../types.js'

export type { BumpFilter } from '../options.js'

/**
 * The bumps the inputs keep, in their order. Globs match the whole name: `*` any run of characters
 * but `/`, `**` any run, `?` one character (`@types/*`, `eslint-*`). Empty lists filter nothing.
 * Never throws.
 */
export function filterBumps<T extends Bump & { via?: DependencyType[] }>(bumps: T[], filter: BumpFilter = {}): T[] {
  const include = (filter.include ?? []).filter(Boolean).map(compileGlob)
  const exclude = (filter.exclude ?? []).filter(Boolean).map(compileGlob)
  const types = filter.dependencyTypes?.length ? new Set(filter.dependencyTypes) : null
  return bumps.filter((bump) => {
    if (include.length && !include.some((re) => re.test(bump.name))) return false
    if (exclude.some((re) => re.test(bump.name))) return false
    if (types) {
      if (bump.dependencyType) return types.has(bump.dependencyType)
      if (bump.via?.length) return bump.via.some((t) => types.has(t))
    }
    return true
  })
}

/**
 * A workspace glob as package managers read it: without a leading `./` or trailing slashes. By hand:
 * `/\/+$/` is quadratic on a long run of slashes that does not end the text.
 */
export function trimWorkspaceGlob(glob: string): string {
  const start = glob.startsWith('./') ? 2 : 0
  let end = glob.length
  while (end > start && glob[end - 1] === '/') end--
  return glob.slice(start, end)
}

/** A glob compiled by compileGlob: `test` says whether it matches a whole name or path. */
export interface Glob {
  test(text: string): boolean
}

/**
 * Globs come from the PR too (its package.json and pnpm-workspace.yaml `workspaces`), and are matched
 * against its paths: a longer one is no workspace pattern anyone writes, and matches nothing.
 */
export const MAX_GLOB_LENGTH = 1024

const enum G {
  Char,
  One, // `?`: one character but `/`
  Star, // `*`: any run without `/`
  Globstar // `**`: any run
}

/**
 * A glob (`*` any run of characters but `/`, `**` any run, `?` one character but `/`, anchored at
 * both ends) as a matcher that runs in time linear in the text times the glob's length: a RegExp
 * built from `*a*a*a…` backtracks exponentially. Globs over MAX_GLOB_LENGTH match nothing.
 * Never throws.
 */
export function compileGlob(glob: string): Glob {
  if (glob.length > MAX_GLOB_LENGTH) return { test: () => false }
  const kinds: G[] = []
  const chars: string[] = []
  const push = (kind: G, char = '') => {
    kinds.push(kind)
    chars.push(char)
  }
  for (let i = 0; i < glob.length; i++) {
    const c = glob.charAt(i)
    if (c === '*' && glob[i + 1] === '*') {
      i++
      if (kinds.at(-1) !== G.Globstar) push(G.Globstar)
    } else if (c === '*') {
      if (kinds.at(-1) !== G.Star && kinds.at(-1) !== G.Globstar) push(G.Star)
    } else if (c === '?') push(G.One)
    else push(G.Char, c)
  }
  const end = kinds.length
  return {
    test(text: string): boolean {
      // The set of glob positions reached so far (a position before a star also reaches past it).
      let now = new Uint8Array(end + 1)
      let next = new Uint8Array(end + 1)
      const close = (set: Uint8Array) => {
        for (let p = 0; p < end; p++) if (set[p] && (kinds[p] === G.Star || kinds[p] === G.Globstar)) set[p + 1] = 1
      }
      now[0] = 1
      close(now)
      for (let i = 0; i < text.length; i++) {
        const c = text.charAt(i)
        next.fill(0)
        let any = false
        for (let p = 0; p < end; p++) {
          if (!now[p]) continue
          const k = kinds[p]
          if (k === G.Char ? chars[p] === c : k === G.One ? c !== '/' : false) {
            next[p + 1] = 1
            any = true
          } else if (k === G.Globstar || (k === G.Star && c !== '/')) {
            next[p] = 1
            any = true
          }
        }
        if (!any) return false
        close(next)
        ;[now, next] = [next, now]
      }
      return now[end] === 1
    }
  }
}
