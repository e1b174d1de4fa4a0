import { describe, expect, it } from '@jest/globals'
import { buildReport } from '../../src/report/build.js'
import { MAX_STATUS_DESCRIPTION, pendingDescription, rangeWords, rateWords, statusDescription } from '../../src/report/headline.js'
import type { Bump } from '../../src/types.js'

const bump: Bump = { name: 'event-hub', from: '1.0.0', to: '2.0.0', type: 'major', direct: true, manifest: 'package.json' }
const stats = (verdict: 'leak' | 'pass' | 'inconclusive', estimate: number, high: number) => ({
  verdict,
  unit: 'bytes/iteration',
  base: { estimate: 0, low: -1, high: 1 },
  head: { estimate, low: estimate - 1, high },
  difference: { estimate, low: estimate - 1, high, pValue: 0.004 },
  reason: verdict === 'inconclusive' ? 'too few usable runs to decide: base has 2 and head 2.' : 'r',
  test: 't'
})
const report = (verdict: 'leak' | 'pass' | 'inconclusive', estimate: number, high: number, bumps = [bump]) => ({
  ...buildReport({ baseSha: 'b'.repeat(40), headSha: 'a'.repeat(40), bumps, stats: stats(verdict, estimate, high) }),
  durationMs: 168_000
})

describe('statusDescription', () => {
  it.each([
    [report('leak', 281, 296), 'leak: event-hub 1.0.0 → 2.0.0 +281 B/iteration (2 min 48 s)'],
    [report('pass', 0.1, 0.2), 'pass: event-hub 1.0.0 → 2.0.0 within 0.20 B/iteration of base (2 min 48 s)'],
    [report('pass', -0.3, -0.1), 'pass: event-hub 1.0.0 → 2.0.0 grows no faster than base (2 min 48 s)'],
    [
      report('inconclusive', 3, 9),
      'inconclusive: event-hub 1.0.0 → 2.0.0: too few usable runs to decide: base has 2 and head 2. (2 min 48 s)'
    ],
    [report('leak', 2048, 3000, [bump, { ...bump, name: 'other' }]), 'leak: 2 bumps +2.0 KiB/iteration (2 min 48 s)']
  ])('leads with the package and the effect: %#', (r, text) => {
    expect(statusDescription(r)).toBe(text)
  })

  it("names the culprit bisect found in a group, and stays within GitHub's 140 characters with the time kept", () => {
    const grouped = report('leak', 281, 296, [bump, { ...bump, name: 'x'.repeat(200) }])
    expect(statusDescription(grouped, 'event-hub')).toBe('leak: event-hub 1.0.0 → 2.0.0 +281 B/iteration (2 min 48 s)')
    const long = statusDescription(grouped, 'x'.repeat(200))
    expect(long.length).toBe(MAX_STATUS_DESCRIPTION)
    expect(long).toMatch(/^leak: x+… \(2 min 48 s\)$/)
  })

  it('says what runs and about how long while pending', () => {
    expect(pendingDescription('measuring 3 bumps: 5 runs a side', 170_000)).toBe('measuring 3 bumps: 5 runs a side, about 2 min 50 s')
    expect(pendingDescription('measuring', undefined)).toBe('measuring')
  })
})

describe('rateWords and rangeWords', () => {
  it.each([
    [281, '+281 B per iteration'],
    [-0.001, '0.00 B per iteration'],
    [-3, '−3.00 B per iteration'],
    [2048, '+2.0 KiB per iteration']
  ])('%p reads %p', (v, text) => {
    expect(rateWords(v, 'bytes/iteration')).toBe(text)
  })

  it('puts both ends of a range in one unit, never −0', () => {
    expect(rangeWords(-0.001, 0.2, 'bytes/iteration')).toBe('0.00 to 0.20 B per iteration')
    expect(rangeWords(900, 1600, 'bytes/ms')).toBe('0.9 to 1.6 KiB per ms')
  })
})
