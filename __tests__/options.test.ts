import { describe, expect, it } from '@jest/globals'
import { MemgateError } from '../src/errors.js'
import { parseStatsInputs } from '../src/options.js'

describe('parseStatsInputs', () => {
  it.each([
    [{}, {}],
    [{ runs: '', alpha: ' ' }, {}],
    [{ runs: '6' }, { runs: 6, maxRuns: 12 }],
    [
      { runs: '5', 'max-runs': '5' },
      { runs: 5, maxRuns: 5 }
    ],
    [{ alpha: '0.05' }, { alpha: 0.05 }],
    [{ alpha: '1%' }, { alpha: 0.01 }],
    [{ warmup: '25%' }, { warmup: 0.25 }],
    [{ threshold: '128' }, { threshold: 128, thresholdMs: 128, thresholdShare: 0 }],
    [{ threshold: '5%' }, { thresholdShare: 0.05 }],
    [{ threshold: '256 bytes, 2%' }, { threshold: 256, thresholdMs: 256, thresholdShare: 0.02 }]
  ])('%j → %j', (inputs, options) => {
    expect(parseStatsInputs(inputs)).toEqual(options)
  })

  it.each([
    [{ runs: 'five' }, /runs is "five"; expected a whole number from 2 to 100/],
    [{ runs: '2.5' }, /runs is "2.5"/],
    [{ runs: '6', 'max-runs': '4' }, /max-runs is 4; expected at least runs \(6\)/],
    [{ alpha: '0.9' }, /alpha is "0.9"/],
    [{ threshold: 'lots' }, /threshold is "lots"/]
  ])('rejects %j', (inputs, reason) => {
    expect(() => parseStatsInputs(inputs)).toThrow(MemgateError)
    expect(() => parseStatsInputs(inputs)).toThrow(reason)
  })
})

describe('minimum-release-age', () => {
  it('is 3 days unless given, in whole days from 0 to 365', async () => {
    const { parseOptions } = await import('../src/options.js')
    expect(parseOptions({}).minimumReleaseAgeMs).toBe(3 * 86_400_000)
    expect(parseOptions({ 'minimum-release-age': '0' }).minimumReleaseAgeMs).toBe(0)
    expect(parseOptions({ 'minimum-release-age': '14' }).minimumReleaseAgeMs).toBe(14 * 86_400_000)
    for (const bad of ['-1', '2.5', '366', 'three']) {
      expect(() => parseOptions({ 'minimum-release-age': bad })).toThrow(
        `Invalid minimum-release-age '${bad}'. Expected whole days from 0 to 365.`
      )
    }
  })
})
