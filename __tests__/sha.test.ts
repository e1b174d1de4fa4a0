import { describe, expect, it } from '@jest/globals'
import { ABBREVIATED_SHA, FULL_SHA, shortSha } from '../src/sha.js'

const full = '0123456789abcdef0123456789abcdef01234567'

describe('FULL_SHA', () => {
  it.each([
    [full, true],
    [full.toUpperCase(), false],
    [full.slice(0, 39), false],
    [`${full}0`, false],
    [`${full}\n`, false],
    [full.replace('0', 'g'), false]
  ])('%j → %s', (text, ok) => {
    expect(FULL_SHA.test(text)).toBe(ok)
  })
})

describe('ABBREVIATED_SHA', () => {
  it.each([
    ['abc1234', true],
    ['ABC1234', true],
    [full, true],
    ['abc123', false],
    [`${full}0`, false],
    ['main', false],
    ['abc1234 ', false]
  ])('%j → %s', (text, ok) => {
    expect(ABBREVIATED_SHA.test(text)).toBe(ok)
  })
})

describe('shortSha', () => {
  it('is the first 7 characters, as git abbreviates', () => {
    expect(shortSha(full)).toBe('0123456')
    expect(shortSha('')).toBe('')
  })
})
