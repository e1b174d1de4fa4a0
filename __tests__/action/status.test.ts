// The commit status each verdict gets, given fail-on and an acceptance: a table, as the rest of
// the action's behaviour is tested end to end through dist/index.js.
import { describe, expect, it } from '@jest/globals'
import { checkPendingState, statusFor } from '../../src/action/status.js'
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

// The post step writes where the saved state says: that state must be what the main step saved.
describe('checkPendingState', () => {
  const env = { repository: 'acme/service', serverUrl: 'https://github.com' }
  const sha = 'c'.repeat(40)
  const good = { owner: 'acme', repo: 'service', sha, targetUrl: 'https://github.com/acme/service/actions/runs/4242' }

  it('returns what the main step saved', () => {
    expect(checkPendingState(JSON.stringify(good), env)).toEqual(good)
    expect(checkPendingState(JSON.stringify({ owner: 'Acme', repo: 'service', sha }), env)).toEqual({ owner: 'Acme', repo: 'service', sha })
  })

  it.each([
    ['text', 'pending', 'it is not JSON'],
    ['a list', '[]', 'it is not an object'],
    ['another repository', JSON.stringify({ ...good, owner: 'evil' }), "it names evil/service, not this workflow's acme/service"],
    ['a path in the owner', JSON.stringify({ ...good, owner: 'acme/../../orgs/x' }), 'it names no owner/repository'],
    ['a short SHA', JSON.stringify({ ...good, sha: 'cccccccc' }), 'its SHA is not 40 hex characters'],
    ['a ref for a SHA', JSON.stringify({ ...good, sha: 'main' }), 'its SHA is not 40 hex characters'],
    [
      'a link elsewhere',
      JSON.stringify({ ...good, targetUrl: 'https://evil.example/acme/service/actions/runs/1' }),
      'its target URL is not a run of this repository'
    ],
    [
      'a link with markup',
      JSON.stringify({ ...good, targetUrl: 'https://github.com/acme/service/actions/runs/1"><img>' }),
      'its target URL is not a run of this repository'
    ]
  ])('refuses %s', (_, saved, reason) => {
    expect(checkPendingState(saved, env)).toBe(reason)
  })
})
