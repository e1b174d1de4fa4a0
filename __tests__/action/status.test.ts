// The commit status each verdict gets, given fail-on and an acceptance: a table, as the rest of
// the action's behaviour is tested end to end through dist/index.js.
import { describe, expect, it } from '@jest/globals'
import { statusFor } from '../../src/action/status.js'
import { buildReport } from '../../src/report/build.js'
import type { Bump, Verdict } from '../../src/types.js'

const bump: Bump = { name: 'event-hub', from: '1.0.0', to: '2.0.0', type: 'major', direct: true, manifest: 'package.json' }
const report = (verdict: Verdict, accepted?: { by: string; reason: string }) => ({
  ...buildReport({ baseSha: 'a'.repeat(40), headSha: 'b'.repeat(40), bumps: [bump], verdict, reason: `why ${verdict}\nlog line` }),
  ...(accepted ? { accepted } : {})
})

describe('statusFor', () => {
  it.each([
    ['pass', ['leak', 'inconclusive'], 'success', 'pass: event-hub 1.0.0 → 2.0.0'],
    ['skipped', ['leak', 'inconclusive'], 'success', 'skipped: why skipped'],
    ['leak', ['leak', 'inconclusive'], 'failure', 'leak: event-hub 1.0.0 → 2.0.0: why leak'],
    ['inconclusive', ['leak', 'inconclusive'], 'failure', 'inconclusive: event-hub 1.0.0 → 2.0.0: why inconclusive'],
    ['inconclusive', ['leak'], 'success', 'inconclusive (not failing: fail-on): event-hub 1.0.0 → 2.0.0: why inconclusive'],
    ['leak', [], 'success', 'leak (not failing: fail-on): event-hub 1.0.0 → 2.0.0: why leak'],
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
