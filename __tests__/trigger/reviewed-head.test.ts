import { describe, expect, it } from '@jest/globals'
import { checkReviewedHead } from '../../src/trigger/reviewed-head.js'

const HEAD = '1a2b3c4d5e6f708192a3b4c5d6e7f8091a2b3c4d'

describe('checkReviewedHead', () => {
  it.each([
    ['a same-repository PR without a SHA', { fork: false, headSha: HEAD }],
    ['a same-repository PR naming its head', { fork: false, headSha: HEAD, named: '1a2b3c4' }],
    ['a fork naming its head by 7 digits', { fork: true, headSha: HEAD, named: '1a2b3c4' }],
    ['a fork naming its full head', { fork: true, headSha: HEAD, named: HEAD }]
  ])('runs %s', (_, o) => {
    expect(checkReviewedHead(o)).toEqual({ run: true })
  })

  it.each([
    ['a fork without a SHA', { fork: true, headSha: HEAD }, 'unnamed', /comes from a fork.*its head is 1a2b3c4/],
    ['a fork naming an old head', { fork: true, headSha: HEAD, named: 'deadbee' }, 'moved', /deadbee is not the head.*its head is 1a2b3c4/],
    ['a same-repository PR naming an old head', { fork: false, headSha: HEAD, named: 'deadbee' }, 'moved', /not the head/],
    ['a prefix shorter than 7 digits', { fork: true, headSha: HEAD, named: '1a2b3c' }, 'moved', /not the head/]
  ])('does not run %s', (_, o, why, sentence) => {
    expect(checkReviewedHead(o)).toEqual({ run: false, why, headSha: HEAD, sentence: expect.stringMatching(sentence) })
  })
})
