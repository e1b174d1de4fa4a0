import { describe, expect, it } from '@jest/globals'
import { checkReviewedHead } from '../../src/trigger/reviewed-head.js'

const HEAD = '1a2b3c4d5e6f708192a3b4c5d6e7f8091a2b3c4d'

describe('checkReviewedHead', () => {
  it.each([
    ['a same-repository PR without a SHA', { fork: false, headSha: HEAD }],
    ['a same-repository PR naming its head', { fork: false, headSha: HEAD, named: '1a2b3c4' }],
    ['a same-repository PR naming its full head', { fork: false, headSha: HEAD, named: HEAD }],
    ['a fork naming its full head', { fork: true, headSha: HEAD, named: HEAD }]
  ])('runs %s', (_, o) => {
    expect(checkReviewedHead(o)).toEqual({ run: true })
  })

  it.each([
    ['a fork without a SHA', { fork: true, headSha: HEAD }, 'unnamed', new RegExp(`comes from a fork.*full SHA.*its head is ${HEAD}\\.`)],
    // A commit matching 7 (or 39) hex digits of the reviewed head can be ground: only all 40 name it.
    ['a fork naming its head by 7 digits', { fork: true, headSha: HEAD, named: '1a2b3c4' }, 'short', new RegExp(`full SHA, ${HEAD} `)],
    ['a fork naming its head by 39 digits', { fork: true, headSha: HEAD, named: HEAD.slice(0, 39) }, 'short', /full SHA/],
    [
      'a fork naming an old head',
      { fork: true, headSha: HEAD, named: 'deadbee' },
      'moved',
      new RegExp(`deadbee is not the head.*its head is ${HEAD}\\.`)
    ],
    ['a same-repository PR naming an old head', { fork: false, headSha: HEAD, named: 'deadbee' }, 'moved', /not the head/],
    ['a prefix shorter than 7 digits', { fork: true, headSha: HEAD, named: '1a2b3c' }, 'moved', /not the head/]
  ])('does not run %s', (_, o, why, sentence) => {
    expect(checkReviewedHead(o)).toEqual({ run: false, why, headSha: HEAD, sentence: expect.stringMatching(sentence) })
  })
})
