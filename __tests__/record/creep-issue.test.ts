// The creep issue's text: the marker that finds it, the steps it reported, escaping of what
// records and lockfiles hold.
import { describe, expect, it } from '@jest/globals'
import { CREEP_MARKER, newSteps, readReportedSteps, renderChart, renderCreepIssue, stepId } from '../../src/record/creep-issue.js'
import type { TrendSeries } from '../../src/record/trend.js'
import type { Bump } from '../../src/types.js'

const sha = (i: number) => i.toString(16).padStart(2, '0').repeat(20)
const key = { soak: 'node soak.js', install: '', workingDirectory: '.', os: 'ubuntu-24.04', arch: 'x64', node: '24' }

function series(values: number[], stepAt: number | null, bumps: Bump[] = []): TrendSeries {
  const points = values.map((estimate, i) => ({
    commit: sha(i),
    estimate,
    low: estimate - 1,
    high: estimate + 1,
    runs: 3,
    bumps: i === stepAt ? bumps : []
  }))
  return {
    key,
    unit: 'bytes/iteration',
    points,
    changes:
      stepAt === null
        ? []
        : [{ commit: sha(stepAt), lastBefore: sha(stepAt - 1), before: { estimate: 1 }, after: { estimate: 400 }, pValue: 0.0004, bumps }]
  }
}

const REPO = 'https://github.com/acme/service'

describe('renderCreepIssue', () => {
  it('gives nothing for a series without a step up', () => {
    expect(
      renderCreepIssue({ series: series([1, 2, 1], null), reported: [], repoUrl: REPO, branch: 'memgate-records', recorded: sha(2) })
    ).toBeNull()
  })

  it('starts with the marker, lists the step it reports, links the range by full SHAs', () => {
    const s = series([1, 1, 1, 400, 400, 400], 3)
    const issue = renderCreepIssue({ series: s, reported: [], repoUrl: REPO, branch: 'memgate-records', recorded: sha(5) })!
    expect(issue.body.split('\n')[0]).toBe(CREEP_MARKER)
    expect(readReportedSteps(issue.body)).toEqual([stepId(s, s.changes[0]!)])
    expect(issue.body).toContain(`${REPO}/compare/${sha(2)}...${sha(3)}`)
    expect(issue.body).toContain(`[\`${sha(3).slice(0, 7)}\`](${REPO}/commit/${sha(3)})`)
    expect(issue.title).toBe(`memgate: main's memory growth stepped up at ${sha(3).slice(0, 7)} (1.00 B/iteration → 400 B/iteration)`)
    expect(issue.body).toContain('No dependency changed in this range')
  })

  it('escapes what a lockfile or a record could smuggle in', () => {
    const evil: Bump = {
      name: 'x`|@admin <img src=x>',
      from: '1.0.0\n# heading',
      to: '2.0.0 [link](http://evil)',
      type: 'major',
      direct: true,
      dependencyType: 'dependencies',
      manifest: 'package.json'
    }
    const s = { ...series([1, 1, 1, 400, 400, 400], 3, [evil]), key: { ...key, os: '@team #12 <b>' } }
    const { body } = renderCreepIssue({ series: s, reported: [], repoUrl: REPO, branch: 'memgate-records', recorded: sha(5) })!
    // In code, where GitHub renders no HTML, link or mention; plain text escaped.
    expect(body).toContain('| ``x`\\|@admin <img src=x>`` | `1.0.0 # heading` | `2.0.0 [link](http://evil)` |')
    expect(body).toContain('\\<b>')
    expect(body).not.toMatch(/\n# heading/)
    expect(body).not.toContain('@team')
    // A table row stays one row: the name's pipe is inside code, escaped.
    const row = body.split('\n').find((line) => line.includes('img'))!
    expect(row.split(/(?<!\\)\|/).length).toBe(6)
  })
})

describe('the heap suspects of the step', () => {
  const render = (s: TrendSeries) =>
    renderCreepIssue({ series: s, reported: [], repoUrl: REPO, branch: 'memgate-records', recorded: sha(5) })!
  it("names what grows at the step's first commit from its record, escaped", () => {
    const s = series([1, 1, 1, 400, 400, 400], 3)
    s.points[3]!.suspects = [
      { name: 'Listener|<img src=x>', count: 80000, bytes: 21_800_000, package: 'event-hub', retainerPath: ['global'] }
    ]
    const { body } = render(s)
    expect(body).toContain("What grows in `0303030`'s heap")
    expect(body).toContain('| Listener\\|\\<img src=x> | 80000 | 20.8 MiB | `event-hub` |')
  })

  it('says how to find them when the record has none', () => {
    expect(render(series([1, 1, 1, 400, 400, 400], 3)).body).toContain('names no heap suspects')
  })
})

describe('newSteps', () => {
  it('takes a step reported a commit away as the same step', () => {
    const s = series([1, 1, 1, 1, 400, 400, 400], 4)
    expect(newSteps(s, [])).toHaveLength(1)
    expect(newSteps(s, [stepId(s, { commit: sha(3) })])).toEqual([])
    expect(newSteps(s, [stepId(s, { commit: sha(0) })])).toHaveLength(1)
    expect(newSteps(s, [`0000000000000000@${sha(4)}`])).toHaveLength(1) // another series' step
  })

  it('reads no step from a body without the line, or from a forged one', () => {
    expect(readReportedSteps('hello')).toEqual([])
    expect(readReportedSteps('<!-- memgate:creep-steps abc@def -->')).toEqual([])
  })
})

describe('renderChart', () => {
  it('is a mermaid line chart of the last points, labelled by short SHA', () => {
    const chart = renderChart(series([1, 2.345678, 3], null))
    expect(chart).toBe(
      [
        '```mermaid',
        'xychart-beta',
        `  x-axis ["${sha(0).slice(0, 7)}", "${sha(1).slice(0, 7)}", "${sha(2).slice(0, 7)}"]`,
        '  y-axis "bytes/iteration"',
        '  line [1, 2.346, 3]',
        '```'
      ].join('\n')
    )
  })
})
