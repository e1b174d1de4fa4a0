import { describe, expect, it } from '@jest/globals'
import { logTail } from '../../src/soak/log-tail.js'

const lines = (n: number, prefix = 'line') => Array.from({ length: n }, (_, i) => `${prefix} ${i + 1}`)

describe('logTail', () => {
  it.each([
    ['a short log whole', lines(3).join('\n') + '\n', 5, 'line 1\nline 2\nline 3'],
    ['the last lines of a long one', lines(10).join('\n'), 3, 'line 8\nline 9\nline 10'],
    [
      'its first error line when it scrolled away',
      ['npm error `npm ci` can only install in sync', ...lines(10, 'npm error usage')].join('\n'),
      2,
      'npm error `npm ci` can only install in sync\n…\nnpm error usage 9\nnpm error usage 10'
    ],
    ['no repeat of an error line already in the tail', [...lines(5), 'Error: boom'].join('\n'), 2, 'line 5\nError: boom']
  ])('shows %s', (_, text, n, expected) => {
    expect(logTail(text, n)).toBe(expected)
  })
})
