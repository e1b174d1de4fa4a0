import { beforeAll, describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { parseHeapSnapshot } from '../../src/heap/parse.js'
import { summarizeGraph } from '../../src/heap/summary.js'
import { diffGraphs } from '../../src/heap/diff.js'
import { makeSnapshots } from './snapshots.js'

function load(file: string, edges = true) {
  return parseHeapSnapshot(readFileSync(file), { edges })
}

describe('diffGraphs on a listener-array leak in node_modules/leaky-lib', () => {
  let files: string[]
  beforeAll(() => {
    files = makeSnapshots('listeners', 1000)
  })

  it('names Listener first, blames leaky-lib and shows the path through its module (three snapshots)', () => {
    const earlier = files.slice(0, 2).map((f) => summarizeGraph(load(f, false), { retained: false }))
    const diff = diffGraphs(earlier, load(files[2]), { packages: ['leaky-lib'] })
    expect(diff.technique).toBe('three-snapshot')
    const top = diff.suspects[0]
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
    expect(diff.suspects[0].name).toBe('Listener')
    expect(diff.suspects[0].count).toBe(2000)
    expect(diff.suspects[0].package).toBe('leaky-lib')
  })
})
