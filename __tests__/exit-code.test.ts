import { describe, expect, it } from '@jest/globals'
import { exitCodeFor } from '../src/exit-code.js'
import type { Verdict } from '../src/types.js'

describe('exitCodeFor', () => {
  // docs/design.md's table of exit codes.
  it.each<[Verdict, number]>([
    ['pass', 0],
    ['skipped', 0],
    ['leak', 1],
    ['error', 2],
    ['inconclusive', 3]
  ])('%s exits %d', (verdict, code) => {
    expect(exitCodeFor(verdict)).toBe(code)
  })
})
