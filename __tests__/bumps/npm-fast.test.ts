import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from '@jest/globals'
import { diffLocks } from '../../src/bumps/diff.js'
import type { Manifest } from '../../src/bumps/manifest.js'
import { parseManifest } from '../../src/bumps/manifest.js'
import { parseNpmLock } from '../../src/bumps/npm.js'
import { commonPrefix, commonSuffix, pruneNpmLocks, splitLock } from '../../src/bumps/npm-fast.js'
import type { Bump } from '../../src/types.js'
import { FIXTURES } from './repo.js'

/** The bumps the whole-file parsers give, and the ones the pruned lockfiles give. */
function both(
  baseText: string,
  headText: string,
  base: Manifest[],
  head: Manifest[]
): { full: Bump[]; fast: Bump[] | null; kept: number; all: number } {
  const fullBase = parseNpmLock(baseText, 'base')
  const fullHead = parseNpmLock(headText, 'head')
  const full = diffLocks({ lock: fullBase, manifests: base }, { lock: fullHead, manifests: head }, 'package-lock.json')
  const pruned = pruneNpmLocks({ text: baseText, file: 'base' }, { text: headText, file: 'head' }, { base, head })
  if (!pruned) return { full, fast: null, kept: 0, all: 0 }
  const fast = diffLocks({ lock: pruned.base, manifests: base }, { lock: pruned.head, manifests: head }, 'package-lock.json').filter(
    (b) => b.direct || pruned.names.has(b.name)
  )
  return {
    full,
    fast,
    kept: pruned.base.packages.length + pruned.head.packages.length,
    all: fullBase.packages.length + fullHead.packages.length
  }
}

function manifestsOf(dir: string): Manifest[] {
  const read = (path: string): string => readFileSync(join(FIXTURES, dir, path), 'utf8')
  const root = parseManifest(read('package.json'), 'package.json')
  return [
    root,
    ...(root.workspaces.length ? [parseManifest(read('packages/app/package.json'), 'packages/app/package.json', 'packages/app')] : [])
  ]
}

describe('pruneNpmLocks on lockfiles made by npm', () => {
  it.each([
    ['npm/v3', 'project', 'package-lock.json'],
    ['npm/v2', 'project', 'package-lock.json'],
    ['npm/shrinkwrap', 'project', 'npm-shrinkwrap.json'],
    ['exotic/npm', 'exotic/project', 'package-lock.json']
  ])('%s gives the bumps of the whole-file diff', (dir, project, file) => {
    const text = (side: string): string => readFileSync(join(FIXTURES, dir, side, file), 'utf8')
    const { full, fast } = both(text('base'), text('head'), manifestsOf(`${project}/base`), manifestsOf(`${project}/head`))
    expect(full.length).toBeGreaterThan(0)
    expect(fast).toEqual(full)
  })

  it('leaves lockfile v1 to the whole-file parser', () => {
    const text = readFileSync(join(FIXTURES, 'npm/v1/base/package-lock.json'), 'utf8')
    expect(splitLock(text)).toBeNull()
    expect(pruneNpmLocks({ text, file: 'a' }, { text, file: 'b' }, { base: [], head: [] })).toBeNull()
  })
})

describe('splitLock', () => {
  const lock = {
    name: 'x',
    lockfileVersion: 3,
    requires: true,
    packages: { '': { name: 'x' }, 'node_modules/a': { version: '1.0.0' }, 'node_modules/e': {} }
  }

  it.each([
    ['two spaces', 2],
    ['four spaces', 4],
    ['tabs', '\t']
  ])('splits a lockfile indented with %s', (_label, indent) => {
    const split = splitLock(`${JSON.stringify(lock, null, indent)}\n`)
    expect(split?.keys).toEqual(['', 'node_modules/a', 'node_modules/e'])
    expect(split?.lockfileVersion).toBe('3')
    expect(JSON.parse(`{${split!.raw.get('node_modules/a')!}}`)).toEqual({ 'node_modules/a': { version: '1.0.0' } })
  })

  it.each([
    ['CRLF line ends', (t: string) => t.replace(/\n/g, '\r\n')],
    ['one line', (t: string) => JSON.stringify(JSON.parse(t))],
    ['an unknown version', (t: string) => t.replace('"lockfileVersion": 3', '"lockfileVersion": 4')],
    ['a truncated file', (t: string) => t.slice(0, t.indexOf('"node_modules/e"'))],
    ['a duplicate key', (t: string) => t.replace('"node_modules/e"', '"node_modules/a"')]
  ])('returns null for %s', (_label, spoil) => {
    const text = `${JSON.stringify(lock, null, 2)}\n`
    expect(splitLock(text)).not.toBeNull()
    expect(splitLock(spoil(text))).toBeNull()
  })
})

describe('commonPrefix and commonSuffix', () => {
  it.each([
    ['abcdef', 'abcxef', 3, 2],
    ['abc', 'abc', 3, 0],
    ['', 'abc', 0, 0],
    ['abc', 'abcd', 3, 0],
    ['xbc', 'abc', 0, 2]
  ])('%j and %j share %i at the start and %i more at the end', (a, b, start, end) => {
    expect(commonPrefix(a, b)).toBe(start)
    expect(commonSuffix(a, b, Math.min(a.length, b.length) - start)).toBe(end)
  })

  it('finds one changed character in strings of several compare chunks', () => {
    const a = 'a'.repeat(200_003)
    for (const at of [0, 65_535, 65_536, 150_000, 200_002]) {
      const b = `${a.slice(0, at)}b${a.slice(at + 1)}`
      expect(commonPrefix(a, b)).toBe(at)
      expect(commonSuffix(a, b, a.length - at)).toBe(a.length - at - 1)
    }
  })
})

/** A deterministic pseudo-random stream (mulberry32). */
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

type Entry = Record<string, unknown> & { dependencies?: Record<string, string> }

/**
 * A random lockfile v3 with what real ones have: names installed in several versions at several
 * depths, a workspace and its link, an alias, dev/optional flags, a git dependency.
 */
function generate(rand: () => number, count = 12): { packages: Record<string, Entry>; names: string[] } {
  const pick = <T>(items: T[]): T => items[Math.floor(rand() * items.length)]!
  const names = Array.from({ length: count }, (_, i) => (i % 4 === 0 ? `@s/p${i}` : `p${i}`))
  const version = (): string => `${Math.floor(rand() * 3)}.${Math.floor(rand() * 3)}.${Math.floor(rand() * 3)}`
  const deps = (): Record<string, string> => {
    const out: Record<string, string> = {}
    for (let i = Math.floor(rand() * 3); i > 0; i--) out[pick(names)] = `^${version()}`
    return out
  }
  const entry = (name: string): Entry => {
    const e: Entry = { version: version(), resolved: `https://registry.npmjs.org/${name}/-/x.tgz`, dependencies: deps() }
    if (rand() < 0.2) e.dev = true
    if (rand() < 0.1) e.optional = true
    if (rand() < 0.05) e.resolved = `git+ssh://git@github.com/o/${name}.git#${Math.floor(rand() * 1e6).toString(16)}`
    return e
  }
  const rootDeps: Record<string, string> = { v: 'file:vendor/v' }
  for (const name of names) if (rand() < 0.4) rootDeps[name] = `^${version()}`
  const packages: Record<string, Entry> = {
    '': { name: 'root', workspaces: ['packages/*'], dependencies: rootDeps },
    'packages/w': { name: 'w', version: '1.0.0', dependencies: deps() },
    'vendor/v': { name: 'v', version: '1.0.0', dependencies: deps() },
    'node_modules/v': { resolved: 'vendor/v', link: true },
    'node_modules/w': { resolved: 'packages/w', link: true },
    'node_modules/alias': { name: pick(names), version: version(), resolved: 'https://registry.npmjs.org/x/-/x.tgz' }
  }
  for (const name of names) if (rand() < 0.85) packages[`node_modules/${name}`] = entry(name)
  for (let i = 0; i < Math.max(8, count / 2); i++) {
    const parent = pick(Object.keys(packages).filter((k) => k.includes('node_modules/') && k !== 'node_modules/w'))
    packages[`${parent}/node_modules/${pick(names)}`] = entry(pick(names))
  }
  packages[`packages/w/node_modules/${pick(names)}`] = entry(pick(names))
  return { packages, names }
}

/** One to four random edits of the kinds lockfile updates make. */
function mutate(rand: () => number, packages: Record<string, Entry>, names: string[]): Record<string, Entry> {
  const out = structuredClone(packages)
  const pick = <T>(items: T[]): T => items[Math.floor(rand() * items.length)]!
  const installed = (): string[] => Object.keys(out).filter((k) => k.includes('node_modules/') && !out[k]!.link)
  for (let edits = 1 + Math.floor(rand() * 4); edits > 0; edits--) {
    const key = pick(installed())
    const e = out[key]!
    switch (Math.floor(rand() * 9)) {
      case 0:
        e.version = `${Math.floor(rand() * 4)}.${Math.floor(rand() * 3)}.9`
        break
      case 1:
        delete out[key]
        break
      case 2:
        out[`${key}/node_modules/${pick(names)}`] = { version: '5.0.0', dependencies: { [pick(names)]: '^1.0.0' } }
        break
      case 3:
        e.dependencies = { ...e.dependencies, [pick(names)]: '^2.0.0' }
        break
      case 4:
        e.dependencies = {}
        break
      case 5:
        e.dev = !e.dev
        break
      case 6: {
        const name = Object.keys(e.dependencies ?? {})[0]
        if (name) e.dependencies![name] = '^7.0.0'
        break
      }
      case 7:
        out['vendor/v']!.version = `1.${Math.floor(rand() * 9)}.0`
        break
      default: {
        const root = out['']!
        root.dependencies = { ...root.dependencies, [pick(names)]: '^9.0.0' }
        out[`node_modules/${pick(names)}`] = { version: '9.0.0' }
      }
    }
  }
  return out
}

function manifests(packages: Record<string, Entry>): Manifest[] {
  const root = packages['']!
  const w = packages['packages/w']
  return [
    parseManifest(JSON.stringify({ name: 'root', workspaces: ['packages/*'], dependencies: root.dependencies }), 'package.json'),
    ...(w ? [parseManifest(JSON.stringify({ name: 'w', dependencies: w.dependencies }), 'packages/w/package.json', 'packages/w')] : [])
  ]
}

describe('pruneNpmLocks against the whole-file diff', () => {
  it('gives the same bumps on 300 random lockfile updates, parsing a part of the entries', () => {
    const rand = random(7)
    let kept = 0
    let all = 0
    let bumps = 0
    for (let i = 0; i < 300; i++) {
      const { packages, names } = generate(rand)
      const headPackages = mutate(rand, packages, names)
      const indent = [2, 4, '\t'][i % 3]!
      const text = (p: Record<string, Entry>): string =>
        `${JSON.stringify({ name: 'root', version: '1.0.0', lockfileVersion: 2 + (i % 2), requires: true, packages: p }, null, indent)}\n`
      const result = both(text(packages), text(headPackages), manifests(packages), manifests(headPackages))
      expect(result.fast).not.toBeNull()
      expect({ case: i, bumps: result.fast }).toEqual({ case: i, bumps: result.full })
      kept += result.kept
      all += result.all
      bumps += result.full.length
    }
    expect(bumps).toBeGreaterThan(300)
    expect(kept).toBeLessThan(all * 0.9)
  })

  it('gives the same bumps on lockfiles larger than a compare chunk, edited in a few places', () => {
    const rand = random(11)
    let kept = 0
    let all = 0
    for (let i = 0; i < 12; i++) {
      const { packages, names } = generate(rand, 1500)
      const headPackages = mutate(rand, packages, names)
      const text = (p: Record<string, Entry>): string =>
        `${JSON.stringify({ name: 'root', version: '1.0.0', lockfileVersion: 3, requires: true, packages: p }, null, 2)}\n`
      expect(text(packages).length).toBeGreaterThan(4 * 65536)
      const result = both(text(packages), text(headPackages), manifests(packages), manifests(headPackages))
      expect({ case: i, bumps: result.fast }).toEqual({ case: i, bumps: result.full })
      kept += result.kept
      all += result.all
    }
    expect(kept).toBeLessThan(all * 0.5)
  })
})
