import { describe, expect, it } from '@jest/globals'
import { judgeFailures } from '../../src/stats/failures.js'
import type { Samples } from '../../src/types.js'

type Run = Samples['runs'][number]
const ok: Run = { exitCode: 0, outcome: 'ok', samples: [{ x: 0, heap: 1 }] }
const oom: Run = { exitCode: 134, outcome: 'oom', samples: [], stderrTail: 'FATAL ERROR: heap out of memory' }
const crash: Run = { exitCode: 3, outcome: 'crash', samples: [] }
const timeout: Run = { exitCode: null as unknown as number, outcome: 'timeout', signal: 'SIGKILL', samples: [] }
// memgate-samples/1 from an older memgate: no outcome, the exit code says it.
const bare: Run = { exitCode: 7, samples: [] }
const samples = (side: 'base' | 'head', runs: Run[]): Samples => ({ format: 'memgate-samples/1', side, unit: 'iteration', runs })

describe('judgeFailures', () => {
  it.each([
    ['runs that all ended well', [ok, ok], [ok, ok], null],
    [
      'head out of memory where base never was',
      [ok, ok],
      [ok, oom],
      { verdict: 'leak', reason: 'Head ran out of memory in 1 of 2 runs where base never did.' }
    ],
    ['both out of memory (not a difference)', [oom, ok], [oom, ok], null],
    ['every head run crashed', [ok], [crash, crash], { verdict: 'error', reason: 'The soak failed in every head run: it exited with 3.' }],
    ['every base run timed out', [timeout], [ok], { verdict: 'error', reason: 'The soak failed in every base run: it timed out.' }],
    [
      'both sides failed',
      [bare],
      [crash],
      { verdict: 'error', reason: 'The soak failed on both sides: it exited with 3 on head and exited with 7 on base.' }
    ]
  ] as const)('%s', (_, base, head, expected) => {
    expect(judgeFailures(samples('base', [...base]), samples('head', [...head]))).toEqual(
      expected === null ? null : expect.objectContaining(expected)
    )
  })

  it('names the sides as the caller does (bisect: reference and candidate), and keeps the failed run’s tail', () => {
    expect(judgeFailures(samples('head', [ok]), samples('head', [oom, oom]), { base: 'the reference', head: 'the candidate' })).toEqual({
      verdict: 'leak',
      reason: 'The candidate ran out of memory in 2 of 2 runs where the reference never did.'
    })
    expect(judgeFailures(samples('base', [ok]), samples('head', [oom]), { base: 'reference', head: 'candidate' })).toMatchObject({
      verdict: 'leak'
    })
    expect(judgeFailures(samples('base', [crash]), samples('head', [oom]))?.detail).toBe('FATAL ERROR: heap out of memory')
  })
})
