import { describe, expect, it } from '@jest/globals'
import { buildReport, type Report } from '../../src/report/build.js'
import { decideReuse, type ReuseCandidate } from '../../src/report/reuse.js'
import type { Bump, Verdict } from '../../src/types.js'

const HEAD = 'b'.repeat(40)
const OTHER = 'd'.repeat(40)
const options = { repository: 'acme/service', failOn: ['leak', 'inconclusive'] }

const eventHub: Bump = {
  name: 'event-hub',
  from: '1.0.0',
  to: '1.1.0',
  type: 'minor',
  direct: true,
  dependencyType: 'dependencies',
  manifest: 'package.json'
}
const ms: Bump = {
  name: 'ms',
  from: '2.1.2',
  to: '2.1.3',
  type: 'patch',
  direct: false,
  manifest: 'package-lock.json',
  via: ['dependencies']
}

function report(
  over: { verdict?: Verdict; bumps?: Bump[]; headSha?: string; number?: number; accepted?: { by: string; reason: string } } = {}
): Report {
  const headSha = over.headSha ?? HEAD
  return {
    ...buildReport({
      baseSha: 'a'.repeat(40),
      headSha,
      bumps: over.bumps ?? [eventHub, ms],
      verdict: over.verdict ?? 'pass',
      reason: 'why'
    }),
    pullRequest: { repository: 'acme/service', number: over.number ?? 12, headSha },
    ...(over.accepted ? { accepted: over.accepted } : {})
  }
}

const candidate = (r: Report | null, pullNumber = 12, headSha = HEAD): ReuseCandidate => ({ pullNumber, headSha, report: r })

describe('decideReuse', () => {
  it("reuses a passing report with exactly the group's bumps, in any order", () => {
    const decision = decideReuse([ms, eventHub], [candidate(report())], options)
    expect(decision).toEqual({
      reuse: true,
      pullNumber: 12,
      report: expect.any(Object),
      description: 'pass: same dependency changes as #12, measured at bbbbbbb'
    })
  })

  it('reuses an accepted leak, naming who accepted it', () => {
    const decision = decideReuse(
      [eventHub, ms],
      [candidate(report({ verdict: 'leak', accepted: { by: 'ada', reason: 'known' } }))],
      options
    )
    expect(decision.reuse && decision.description).toBe('accepted in #12 by @ada (same dependency changes, measured at bbbbbbb)')
  })

  it('reuses an inconclusive verdict that fail-on does not fail', () => {
    const decision = decideReuse([eventHub, ms], [candidate(report({ verdict: 'inconclusive' }))], { ...options, failOn: ['leak'] })
    expect(decision.reuse).toBe(true)
  })

  it('takes the first candidate that fits', () => {
    const decision = decideReuse([eventHub], [candidate(report()), candidate(report({ bumps: [eventHub], number: 15 }), 15)], options)
    expect(decision).toMatchObject({ reuse: true, pullNumber: 15 })
  })

  it.each([
    ['no report', candidate(null), '#12: no memgate report in its comment'],
    ['a leak', candidate(report({ verdict: 'leak' })), '#12: its verdict is leak'],
    ['an inconclusive fail-on fails', candidate(report({ verdict: 'inconclusive' })), '#12: its verdict is inconclusive'],
    ['an error', candidate(report({ verdict: 'error' })), '#12: its verdict is error'],
    ['a skipped report', candidate(report({ verdict: 'skipped' })), '#12: its verdict is skipped'],
    ['an old head', candidate(report({ headSha: OTHER })), "#12: the report is of ddddddd, the PR's head is bbbbbbb"],
    ["another PR's report", candidate(report({ number: 13 })), '#12: the report is not for this PR'],
    [
      'one bump more',
      candidate(report({ bumps: [eventHub, ms, { ...ms, name: 'debug' }] })),
      '#12: it measured other dependency changes (event-hub 1.0.0 → 1.1.0, ms 2.1.2 → 2.1.3, debug 2.1.2 → 2.1.3)'
    ],
    ['one bump less', candidate(report({ bumps: [eventHub] })), '#12: it measured other dependency changes (event-hub 1.0.0 → 1.1.0)'],
    ['another target version', candidate(report({ bumps: [{ ...eventHub, to: '1.2.0' }, ms] })), expect.stringContaining('1.0.0 → 1.2.0')],
    [
      'another starting version (the base moved)',
      candidate(report({ bumps: [{ ...eventHub, from: '0.9.0' }, ms] })),
      expect.stringContaining('0.9.0 → 1.1.0')
    ],
    [
      'the same version resolved elsewhere',
      candidate(report({ bumps: [eventHub, { ...ms, type: 'other', change: 'npm:ms@2.1.3 → git+https://x/ms' }] })),
      expect.stringContaining('other dependency changes')
    ],
    [
      'the same versions fetched from another host',
      candidate(
        report({
          bumps: [
            eventHub,
            {
              ...ms,
              origin: 'https://registry.npmjs.org/ms/-/ms-2.1.2.tgz sha512-a → https://registry.npmjs.org/ms/-/ms-2.1.3.tgz sha512-b'
            }
          ]
        })
      ),
      expect.stringContaining('other dependency changes')
    ],
    [
      'another manifest',
      candidate(report({ bumps: [{ ...eventHub, manifest: 'packages/a/package.json' }, ms] })),
      expect.stringContaining('other dependency changes')
    ],
    [
      'another dependency type',
      candidate(report({ bumps: [{ ...eventHub, dependencyType: 'devDependencies' }, ms] })),
      expect.stringContaining('other dependency changes')
    ]
  ])('measures the group when the PR has %s', (_, c, reason) => {
    expect(decideReuse([eventHub, ms], [c], options)).toEqual({ reuse: false, reasons: [reason] })
  })

  it('gives one reason per candidate', () => {
    const decision = decideReuse([eventHub, ms], [candidate(null, 3), candidate(report({ verdict: 'leak' }))], options)
    expect(decision).toEqual({ reuse: false, reasons: ['#3: no memgate report in its comment', '#12: its verdict is leak'] })
  })

  it('never reuses for a group without bumps, without candidates, or with range-only bumps', () => {
    expect(decideReuse([], [candidate(report())], options)).toEqual({ reuse: false, reasons: ['the group changes no dependency'] })
    expect(decideReuse([eventHub], [], options)).toEqual({ reuse: false, reasons: ['no PR of the group is known'] })
    const range: Bump = { ...eventHub, from: '^1.0.0', to: '^1.1.0', type: 'other', unresolved: true }
    expect(decideReuse([range], [candidate(report({ bumps: [range] }))], options)).toEqual({
      reuse: false,
      reasons: ['event-hub changes as a range only (no lockfile pins what installs)']
    })
  })
})
