import { readFileSync } from 'node:fs'
import { beforeAll, describe, expect, it } from '@jest/globals'
import { diffGraphs } from '../../src/heap/diff.js'
import { parseHeapSnapshot } from '../../src/heap/parse.js'
import { summarizeGraph } from '../../src/heap/summary.js'
import { makeSnapshots } from './snapshots.js'

function load(file: string, edges = true) {
  return parseHeapSnapshot(readFileSync(file), { edges })
}

describe('diffGraphs on a listener-array leak in node_modules/leaky-lib', () => {
  let files: [string, string, string]
  beforeAll(() => {
    files = makeSnapshots('listeners', 1000)
  })

  it('names Listener first, blames leaky-lib and shows the path through its module (three snapshots)', () => {
    const earlier = files.slice(0, 2).map((f) => summarizeGraph(parseHeapSnapshot(readFileSync(f), { totalsOnly: true })))
    const diff = diffGraphs(earlier, load(files[2]), { packages: ['leaky-lib'] })
    expect(diff.technique).toBe('three-snapshot')
    const top = diff.suspects[0]!
    expect(top.name).toBe('Listener')
    expect(top.package).toBe('leaky-lib')
    expect(top.bumped).toBe(true)
    // allocated between snapshots 1 and 2 (1000 steps), still alive at 3
    expect(top.count).toBe(1000)
    expect(top.site).toMatch(/node_modules\/leaky-lib\/index\.js:\d+$/)
    expect(top.growth.count).toEqual([200, 1200, 2200])
    expect(top.retainerPath.length).toBeGreaterThan(2)
    expect(top.retainerPath.some((step) => step.includes('node_modules/leaky-lib/index.js'))).toBe(true)
    expect(top.retainerPath.some((step) => step.startsWith('.listeners Array'))).toBe(true)
    expect(top.retainerPath.at(-1)).toMatch(/^\[\d+\] Listener @\d+$/)
    expect(top.bytes).toBeGreaterThan(top.selfBytes)
  })

  it('with two snapshots counts everything allocated after the first', () => {
    const diff = diffGraphs([summarizeGraph(load(files[0], false), { retained: false })], load(files[2]))
    expect(diff.technique).toBe('two-snapshot')
    expect(diff.suspects[0]!.name).toBe('Listener')
    expect(diff.suspects[0]!.count).toBe(2000)
    expect(diff.suspects[0]!.package).toBe('leaky-lib')
  })
})

// The accuracy fixtures: each leaks through a package under node_modules that the PR bumped.
describe.each([
  // scenario, bumped package, leaked type, a step of the path that goes through the package's module
  ['map-cache', 'cache-lib', 'CacheEntry', /^\.cache Map @\d+$/],
  ['timer', 'poller-lib', 'poll()', /^\._onTimeout poll\(\) @\d+ \(node_modules\/poller-lib\/index\.js:\d+\)$/],
  ['buffers', 'chunk-lib', 'Buffer', /^\.backlog Array @\d+$/]
])('diffGraphs on the %s leak', (scenario, pkg, leaked, step) => {
  it(`ranks ${leaked} first, from ${pkg}, with a path through its module`, () => {
    const files = makeSnapshots(scenario, 1000)
    const earlier = files.slice(0, 2).map((f) => summarizeGraph(parseHeapSnapshot(readFileSync(f), { totalsOnly: true })))
    const diff = diffGraphs(earlier, load(files[2]), { packages: [pkg, 'unrelated-lib'] })
    const top = diff.suspects[0]!
    expect(top.name).toBe(leaked)
    expect(top.package).toBe(pkg)
    expect(top.count).toBe(1000)
    expect(top.retainerPath.some((s) => step.test(s))).toBe(true)
    expect(top.retainerPath.some((s) => s.includes(`node_modules/${pkg}/index.js`))).toBe(true)
    expect(top.growth.count[2]! - top.growth.count[1]!).toBe(1000)
  })
})

describe('diffGraphs on a full LRU that turns over (500 entries replaced by 500 new ones)', () => {
  let files: [string, string, string]
  beforeAll(() => {
    files = makeSnapshots('lru', 1000)
  })

  it('with two snapshots reports nothing: every entry is new, but the class did not grow', () => {
    const diff = diffGraphs([summarizeGraph(load(files[0], false), { retained: false })], load(files[2]))
    expect(diff.technique).toBe('two-snapshot')
    // What the id test alone would have blamed: 500 new LruEntry objects and their payloads.
    expect(diff.newObjects.count).toBeGreaterThanOrEqual(1000)
    expect(diff.newObjects.bytes).toBeGreaterThan(500 * 32)
    expect(diff.snapshots[0]!.nodeCount).toBeGreaterThan(0)
    expect(diff.suspects).toEqual([])
    // …still the groups are there once the class does grow: the same snapshots with LruEntry's count doubled.
    const before = summarizeGraph(load(files[0], false), { retained: false })
    const halved = {
      ...before,
      groups: before.groups.map((g) => (g.name === 'LruEntry' ? { ...g, count: g.count / 2, bytes: g.bytes / 2 } : g))
    }
    const grown = diffGraphs([halved], load(files[2]), { minBytes: 1 })
    expect(grown.suspects.find((s) => s.name === 'LruEntry')).toMatchObject({
      count: 250,
      package: 'lru-lib',
      growth: { count: [250, 500] }
    })
  })

  it('with three snapshots reports nothing either', () => {
    const earlier = files.slice(0, 2).map((f) => summarizeGraph(parseHeapSnapshot(readFileSync(f), { totalsOnly: true })))
    expect(diffGraphs(earlier, load(files[2])).suspects).toEqual([])
  })
})

describe('diffGraphs with two snapshots on a cache that grows', () => {
  it('counts the net growth of the class: every new entry', () => {
    const files = makeSnapshots('map-cache', 1000)
    const diff = diffGraphs([summarizeGraph(load(files[0], false), { retained: false })], load(files[2]), { packages: ['cache-lib'] })
    const top = diff.suspects[0]!
    expect(top).toMatchObject({ name: 'CacheEntry', package: 'cache-lib', count: 2000 })
    expect(top.growth.count[1]! - top.growth.count[0]!).toBe(2000)
  })
})

describe('diffGraphs on a clean workload', () => {
  it('reports no suspect above the noise threshold', () => {
    const files = makeSnapshots('clean', 1000)
    const earlier = files.slice(0, 2).map((f) => summarizeGraph(parseHeapSnapshot(readFileSync(f), { totalsOnly: true })))
    const diff = diffGraphs(earlier, load(files[2]), { packages: ['tidy-lib'] })
    expect(diff.suspects).toEqual([])
    // the same work without the bound would have kept 1000 entries
    expect(diff.newObjects.count).toBeLessThan(100)
  })
})
