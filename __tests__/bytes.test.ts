import { describe, expect, it } from '@jest/globals'
import { formatBytes } from '../src/bytes.js'

describe('formatBytes', () => {
  it.each([
    [0, '0 B'],
    [512, '512 B'],
    [1023, '1023 B'],
    [1024, '1.0 KiB'],
    [1536, '1.5 KiB'],
    [-2 * 1024 * 1024, '-2.0 MiB'],
    [3.25 * 1024 ** 3, '3.3 GiB'],
    // GiB is the largest unit: a TiB reads as 1024 GiB, not as a unit the reader must look up.
    [1024 ** 4, '1024.0 GiB']
  ])('%d bytes read as %s', (bytes, text) => {
    expect(formatBytes(bytes)).toBe(text)
  })
})
