import { describe, expect, it } from '@jest/globals'
import { parseTriggerInputs } from '../../src/trigger/options.js'

describe('parseTriggerInputs', () => {
  it.each([
    [{}, { skipDrafts: false, skipLabel: 'memgate:skip' }],
    [
      { 'skip-drafts': '', 'skip-label': '' },
      { skipDrafts: false, skipLabel: 'memgate:skip' }
    ],
    [{ 'skip-drafts': 'true' }, { skipDrafts: true, skipLabel: 'memgate:skip' }],
    [{ 'skip-drafts': ' False ' }, { skipDrafts: false, skipLabel: 'memgate:skip' }],
    [{ 'skip-label': ' no soak ' }, { skipDrafts: false, skipLabel: 'no soak' }],
    [{ 'skip-label': 'none' }, { skipDrafts: false, skipLabel: '' }]
  ])('reads %j', (inputs, options) => {
    expect(parseTriggerInputs(inputs)).toEqual(options)
  })

  it.each([
    [{ 'skip-drafts': 'yes' }, "Invalid skip-drafts 'yes'. Expected true or false."],
    [{ 'skip-label': 'x'.repeat(51) }, /at most 50 characters/],
    [{ 'skip-label': 'a\tb' }, /at most 50 characters/]
  ])('refuses %j', (inputs, reason) => {
    expect(() => parseTriggerInputs(inputs)).toThrow(
      expect.objectContaining({ reason: typeof reason === 'string' ? reason : expect.stringMatching(reason) })
    )
  })
})
