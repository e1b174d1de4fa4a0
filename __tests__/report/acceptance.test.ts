import { describe, expect, it } from '@jest/globals'
import { carryAcceptance, readAcceptance } from '../../src/report/acceptance.js'
import { buildReport, type Report } from '../../src/report/build.js'
import { renderComment } from '../../src/report/markdown.js'
import type { Verdict } from '../../src/types.js'

const HEAD = 'b'.repeat(40)
const NEW_HEAD = 'e'.repeat(40)

function report(verdict: Verdict, headSha = HEAD, number = 12, accepted?: { by: string; reason: string }): Report {
  return {
    ...buildReport({ baseSha: 'a'.repeat(40), headSha, bumps: [], verdict, reason: 'why' }),
    pullRequest: { repository: 'acme/service', number, headSha },
    ...(accepted ? { accepted } : {})
  }
}

const accepted = report('leak', HEAD, 12, { by: 'ada', reason: 'fixed upstream' })

describe('carryAcceptance', () => {
  it.each(['leak', 'inconclusive'] as const)('keeps the acceptance of the same head on a new %s, and says so', (verdict) => {
    const next = report(verdict)
    const carried = carryAcceptance(accepted, next)
    expect(carried.accepted).toEqual({ by: 'ada', reason: 'fixed upstream' })
    expect(carried.notes).toEqual(['Accepted earlier by @ada for bbbbbbb; this run measured the same head again, so the acceptance holds.'])
    expect(next.accepted).toBeUndefined()
  })

  it.each([
    ['another head', accepted, report('leak', NEW_HEAD)],
    ['a pass', accepted, report('pass')],
    ['an error', accepted, report('error')],
    ['another PR', accepted, report('leak', HEAD, 13)],
    ['a report after one without acceptance', report('leak'), report('leak')],
    ['the first report', null, report('leak')]
  ])('does not carry it to %s', (_, previous, next) => {
    expect(carryAcceptance(previous, next)).toBe(next)
  })

  it('leaves a report that has its own acceptance alone', () => {
    const next = report('leak', HEAD, 12, { by: 'bob', reason: 'newer' })
    expect(carryAcceptance(accepted, next)).toBe(next)
  })

  it('does not carry an acceptance to a report without a head', () => {
    const next = { ...report('leak'), head: { sha: '', runs: 0, growth: null } }
    expect(carryAcceptance({ ...accepted, head: { sha: '', runs: 0, growth: null } }, next)).toBe(next)
  })
})

describe('readAcceptance', () => {
  // A comment memgate rendered, with its embedded copy replaced by `report` as JSON.
  const body = (report: unknown) =>
    renderComment(accepted, { statusContext: 'memgate' }).replace(
      /<!-- memgate-data:[^ ]* -->/,
      `<!-- memgate-data:${Buffer.from(JSON.stringify(report)).toString('base64')} -->`
    )

  it('reads the acceptance memgate recorded in its comment', () => {
    expect(readAcceptance(renderComment(accepted, { statusContext: 'memgate' }))).toEqual({ by: 'ada', reason: 'fixed upstream' })
    expect(readAcceptance(body(accepted))).toEqual({ by: 'ada', reason: 'fixed upstream' })
  })

  it.each([
    ['no acceptance', report('leak')],
    ['a login that is not one', { ...accepted, accepted: { by: 'ada <b>', reason: 'x' } }],
    ['a bot', { ...accepted, accepted: { by: 'evil[bot]', reason: 'x' } }],
    ['a long reason', { ...accepted, accepted: { by: 'ada', reason: 'x'.repeat(201) } }],
    ['a reason that is not text', { ...accepted, accepted: { by: 'ada', reason: 42 } }]
  ])('reads none from %s', (_, r) => {
    expect(readAcceptance(body(r))).toBeNull()
  })

  it('reads none from a body without an embedded report, or a broken one', () => {
    expect(readAcceptance('just text')).toBeNull()
    expect(readAcceptance('<!-- memgate-data:bm90IGpzb24= -->')).toBeNull()
  })
})
