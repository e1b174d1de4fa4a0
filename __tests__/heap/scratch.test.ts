// Scratch: the pool of work arrays the heap analysis hands from one pass to the next.
import { describe, expect, it } from '@jest/globals'
import { Scratch } from '../../src/heap/scratch.js'

describe('Scratch', () => {
  it('hands out arrays of its length, filled when asked', () => {
    const scratch = new Scratch(5)
    const a = scratch.take(7)
    expect(a).toHaveLength(5)
    expect([...a]).toEqual([7, 7, 7, 7, 7])
  })

  it('reuses an array given back instead of allocating another', () => {
    const scratch = new Scratch(4)
    const a = scratch.take(1)
    scratch.give(a)
    const b = scratch.take(0)
    expect(b).toBe(a)
    expect([...b]).toEqual([0, 0, 0, 0])
    expect(scratch.take()).not.toBe(a)
  })

  it('keeps no array of another length', () => {
    const scratch = new Scratch(3)
    const other = new Uint32Array(8)
    scratch.give(other)
    expect(scratch.take()).not.toBe(other)
  })
})
