import { describe, expect, it } from '@jest/globals'
import { MemgateError } from '../../src/errors.js'
import { buildReport } from '../../src/report/build.js'
import { checkReport } from '../../src/report/check.js'

const SHA = 'a'.repeat(40)
const good = () =>
  ({
    ...buildReport({
      baseSha: 'b'.repeat(40),
      headSha: SHA,
      bumps: [{ name: 'foo', from: '1.0.0', to: '2.0.0', type: 'major', direct: true, manifest: 'package.json' }],
      verdict: 'pass',
      reason: 'fine'
    }),
    pullRequest: { repository: 'acme/service', number: 4, headSha: SHA }
  }) as Record<string, any>

describe('checkReport', () => {
  it('returns a valid report as it is', () => {
    expect(checkReport(JSON.stringify(good()), 'r.json')).toEqual(good())
  })

  it.each([
    ['not JSON', () => '{', /r\.json is not JSON/],
    ['an array', () => '[]', /not an object/],
    ['another format', () => JSON.stringify({ ...good(), format: 'x' }), /format is "x"/],
    ['an unknown verdict', () => JSON.stringify({ ...good(), verdict: 'ok' }), /verdict is "ok"/],
    ['a head that is not a SHA', () => JSON.stringify({ ...good(), head: { sha: 'main', runs: 1, growth: null } }), /head\.sha is not a commit SHA/],
    ['a growth of strings', () => JSON.stringify({ ...good(), base: { sha: SHA, runs: 1, growth: { estimate: '1', low: 0, high: 2 } } }), /base\.growth/],
    ['a bump without a name', () => JSON.stringify({ ...good(), bumps: [{ from: null, to: '1', type: 'added', direct: true, manifest: 'p' }] }), /bumps/],
    ['a bump whose aliased package is not a name', () => JSON.stringify({ ...good(), bumps: [{ name: 'a', package: ['ms'], from: null, to: '1', type: 'added', direct: true, manifest: 'p' }] }), /bumps/],
    ['a suspect path of numbers', () => JSON.stringify({ ...good(), suspects: [{ name: 'X', count: 1, bytes: 1, retainerPath: [1] }] }), /suspects/],
    ['a PR number that is text', () => JSON.stringify({ ...good(), pullRequest: { repository: 'a/b', number: '4', headSha: SHA } }), /pullRequest/],
    ['curves of different lengths', () => JSON.stringify({ ...good(), series: { unit: 'iteration', x: [0, 1], base: [1], head: [1, 2] } }), /series/]
  ])('rejects %s with a one-line reason', (_, text, reason) => {
    let error: unknown
    try {
      checkReport(text(), 'r.json')
    } catch (e) {
      error = e
    }
    expect(error).toBeInstanceOf(MemgateError)
    expect((error as MemgateError).reason).toMatch(reason)
    expect((error as MemgateError).reason).not.toContain('\n')
  })
})
