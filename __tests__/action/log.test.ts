import { describe, expect, it } from '@jest/globals'
import { inertCommands } from '../../src/action/log.js'

describe('inertCommands', () => {
  it.each([
    ['::warning::pwned', ':\u200b:warning::pwned'],
    ['a\n::save-state name=x::y\r\n  ::set-output name=v::pass', 'a\n:\u200b:save-state name=x::y\r\n  :\u200b:set-output name=v::pass'],
    ['##[warning]old', '#\u200b#[warning]old'],
    ['1 dependency change(s): a ::b → c', '1 dependency change(s): a ::b → c']
  ])('%j cannot start a workflow command', (text, inert) => {
    expect(inertCommands(text)).toBe(inert)
    expect(inertCommands(text)).not.toMatch(/^\s*(::|##\[)/m)
  })

  it('is linear on a line of blanks', () => {
    expect(inertCommands(`\n${' '.repeat(4_000_000)}x`)).toHaveLength(4_000_002)
  }, 10_000)
})
