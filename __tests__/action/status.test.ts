// The commit status each verdict gets, given fail-on and an acceptance: a table, as the rest of
// the action's behaviour is tested end to end through dist/index.js.
import { describe, expect, it } from '@jest/globals'
import { statusFor } from '../../src/action/status.js'
import { buildReport } from '../../src/report/build.js'
import type { Verdict } from '../../src/types.js'

const report = (verdict: Verdict, accepted?: { by: string; reason: string }) => ({
  ...buildReport({ baseSha: 'a'.repeat(40), headSha: 'b'.repeat(40), bumps: [], verdict, reason: `why ${verdict}\nlog line` }),
  ...(accepted ? { accepted } : {})
})

describe('statusFor', () => {
  it.each([
    ['pass', ['leak', 'inconclusive'], 'success', 'pass: why pass'],
    ['skipped', ['leak', 'inconclusive'], 'success', 'skipped: why skipped'],
    ['leak', ['leak', 'inconclusive'], 'failure', 'leak: why leak'],
    ['inconclusive', ['leak', 'inconclusive'], 'failure', 'inconclusive: why inconclusive'],
    ['inconclusive', ['leak'], 'success', 'inconclusive (not failing: fail-on): why inconclusive'],
    ['leak', [], 'success', 'leak (not failing: fail-on): why leak'],
    ['error', [], 'error', 'error: why error']
  ] as const)('%s with fail-on %j is %s', (verdict, failOn, state, description) => {
    expect(statusFor(report(verdict), failOn)).toEqual({ state, description })
  })

  it('turns an accepted leak into success, naming who and why', () => {
    expect(statusFor(report('leak', { by: 'ada', reason: 'fixed upstream in 2.0.1' }), ['leak'])).toEqual({
      state: 'success',
      description: 'accepted by @ada: fixed upstream in 2.0.1'
    })
  })

  it('never accepts an error', () => {
    expect(statusFor(report('error', { by: 'ada', reason: 'meh' }), ['leak']).state).toBe('error')
  })
})
