import { describe, expect, it } from '@jest/globals'
import { MemgateError } from '../../src/errors.js'
import { buildReport, errorReport } from '../../src/report/build.js'
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

  it('reads a report of an older memgate, without durationMs and memgate', () => {
    const { memgate: _, ...old } = good()
    const report = checkReport(JSON.stringify(old), 'r.json')
    expect(report).not.toHaveProperty('memgate')
    expect(report).not.toHaveProperty('durationMs')
  })

  it('keeps every optional field memgate writes', () => {
    const full = {
      ...good(),
      verdict: 'leak',
      reason: 'Head retains more.\nlog line 1\nlog line 2',
      unit: 'bytes/iteration',
      base: { sha: 'b'.repeat(40), runs: 5, used: 4, growth: { estimate: 1, low: -2, high: 3 } },
      head: { sha: SHA, runs: 6, growth: { estimate: 900, low: 800, high: 1000 } },
      difference: { estimate: 899, low: 790, high: 1001, pValue: 0.004 },
      alpha: 0.004,
      minimumEffect: 3.7,
      durationMs: 168000,
      memgate: '0.2.0-rc.1',
      bumps: [
        {
          name: 'hub',
          from: 'file:a.tgz',
          to: 'file:b.tgz',
          type: 'other',
          direct: true,
          dependencyType: 'dependencies',
          manifest: 'package.json',
          change: 'file:a.tgz → file:b.tgz'
        },
        {
          name: 'deep',
          from: '^1.0.0',
          to: '^2.0.0',
          type: 'major',
          direct: false,
          manifest: 'package-lock.json',
          unresolved: true,
          via: ['dependencies', 'devDependencies']
        }
      ],
      suspects: [
        {
          name: 'Listener',
          count: 4000,
          bytes: 320000,
          retainerPath: ['(GC roots)', '.listeners Array @41', '[0] Listener @4567 (a\nb)'],
          package: 'hub',
          className: 'Listener',
          site: 'node_modules/hub/index.js:12',
          selfBytes: 160000,
          retainedBytes: 320000,
          nodeId: 4567,
          growth: { count: [10, 2010, 4010], bytes: [800, 160800, 320800] },
          bumped: true
        }
      ],
      test: 'Theil–Sen per run',
      detail: 'npm ERR! code E404\nnpm ERR! 404 Not Found',
      throughput: { base: 5400.5, head: null },
      notes: ['Throughput fell by 12% on head.'],
      series: { unit: 'iteration', x: [0, 10], base: [1, 2], head: [1, 3] },
      grouping: { tool: 'dependabot', group: 'dev-dependencies', directory: '/api' }
    }
    expect(checkReport(JSON.stringify(full), 'r.json')).toEqual(full)
  })

  it('keeps the empty SHAs of a report that never resolved its commits', () => {
    const report = errorReport('Could not read the event')
    expect(report.base.sha).toBe('')
    expect(checkReport(JSON.stringify(report), 'r.json')).toEqual(report)
  })

  // Only a `/memgate accept` that memgate itself answered may turn a leak green.
  it('never takes `accepted` from its input', () => {
    const text = JSON.stringify({ ...good(), verdict: 'leak', accepted: { by: 'octocat', reason: 'fine' } })
    const report = checkReport(text, 'r.json')
    expect(report.verdict).toBe('leak')
    expect(report).not.toHaveProperty('accepted')
  })

  it("keeps `accepted` only when told the text is memgate's own record, and checks it", () => {
    const text = (accepted: unknown) => JSON.stringify({ ...good(), verdict: 'leak', accepted })
    expect(checkReport(text({ by: 'ada', reason: 'fixed upstream' }), 'comment', { keepAccepted: true }).accepted).toEqual({
      by: 'ada',
      reason: 'fixed upstream'
    })
    expect(checkReport(text({ by: 'github-actions[bot]', reason: '' }), 'comment', { keepAccepted: true }).accepted).toEqual({
      by: 'github-actions[bot]',
      reason: ''
    })
    expect(() => checkReport(text({ by: 'ada\n## x', reason: '' }), 'comment', { keepAccepted: true })).toThrow(
      /accepted\.by holds a line break/
    )
    expect(() => checkReport(text({ by: '<img src=x>', reason: '' }), 'comment', { keepAccepted: true })).toThrow(
      /accepted\.by is "<img src=x>", not a GitHub login/
    )
    expect(() => checkReport(text({ by: 'ada', reason: 1 }), 'comment', { keepAccepted: true })).toThrow(/accepted\.reason is not a string/)
    expect(checkReport(text({ by: 'ada', reason: 'x' }), 'artifact')).not.toHaveProperty('accepted')
  })

  it('drops fields the format does not define', () => {
    const report = checkReport(JSON.stringify({ ...good(), html: '<img>', bumps: [{ ...good().bumps[0], extra: '<b>' }] }), 'r.json')
    expect(report).not.toHaveProperty('html')
    expect(report.bumps[0]).not.toHaveProperty('extra')
  })

  it.each([
    ['not JSON', () => '{', /r\.json is not JSON/],
    ['an array', () => '[]', /not an object/],
    ['another format', () => JSON.stringify({ ...good(), format: 'x' }), /format is "x"/],
    ['an unknown verdict', () => JSON.stringify({ ...good(), verdict: 'ok' }), /verdict is "ok"/],
    [
      'a head that is not a SHA',
      () => JSON.stringify({ ...good(), head: { sha: 'main', runs: 1, growth: null } }),
      /head\.sha is "main", not a commit SHA/
    ],
    [
      'a growth of strings',
      () => JSON.stringify({ ...good(), base: { sha: SHA, runs: 1, growth: { estimate: '1', low: 0, high: 2 } } }),
      /base\.growth/
    ],
    [
      'a bump without a name',
      () => JSON.stringify({ ...good(), bumps: [{ from: null, to: '1', type: 'added', direct: true, manifest: 'p' }] }),
      /bumps/
    ],
    [
      'a bump whose aliased package is not a name',
      () =>
        JSON.stringify({
          ...good(),
          bumps: [{ name: 'a', package: ['ms'], from: null, to: '1', type: 'added', direct: true, manifest: 'p' }]
        }),
      /bumps/
    ],
    [
      'a suspect path of numbers',
      () => JSON.stringify({ ...good(), suspects: [{ name: 'X', count: 1, bytes: 1, retainerPath: [1] }] }),
      /suspects/
    ],
    [
      'a PR number that is text',
      () => JSON.stringify({ ...good(), pullRequest: { repository: 'a/b', number: '4', headSha: SHA } }),
      /pullRequest/
    ],
    [
      'a memgate version that is markdown',
      () => JSON.stringify({ ...good(), memgate: '1.0.0 **x**' }),
      /memgate is "1\.0\.0 \*\*x\*\*", not a version/
    ],
    ['a negative duration', () => JSON.stringify({ ...good(), durationMs: -1 }), /durationMs is -1, not a finite number ≥ 0/],
    ['an alpha above 1', () => JSON.stringify({ ...good(), alpha: 2 }), /alpha is 2, not a probability/],
    ['more runs used than run', () => JSON.stringify({ ...good(), base: { ...good().base, used: good().base.runs + 1 } }), /base\.used/],
    [
      'curves of different lengths',
      () => JSON.stringify({ ...good(), series: { unit: 'iteration', x: [0, 1], base: [1], head: [1, 2] } }),
      /series/
    ],
    // Every field, optional ones too: what an artifact from a PR's job could carry to the comment.
    [
      'a unit that is markdown',
      () => JSON.stringify({ ...good(), unit: 'bytes/iteration\n## Approved <img src=x>' }),
      /^r\.json is not a valid memgate-report\/1: unit is "bytes\/iteration\\n## Approved <img src=x…, not one of bytes\/iteration, bytes\/ms$/
    ],
    [
      'a bump type outside the enum',
      () => JSON.stringify({ ...good(), bumps: [{ ...good().bumps[0], type: '[x](https://e.vil)' }] }),
      /bumps\[0\]\.type is/
    ],
    [
      'a dependency type outside the enum',
      () => JSON.stringify({ ...good(), bumps: [{ ...good().bumps[0], dependencyType: '@team' }] }),
      /bumps\[0\]\.dependencyType/
    ],
    [
      'a bump name with a line break',
      () => JSON.stringify({ ...good(), bumps: [{ ...good().bumps[0], name: 'a\n# b' }] }),
      /bumps\[0\]\.name holds a line break/
    ],
    ['an empty bump name', () => JSON.stringify({ ...good(), bumps: [{ ...good().bumps[0], name: '' }] }), /bumps\[0\]\.name is empty/],
    [
      'a version of 5000 characters',
      () => JSON.stringify({ ...good(), bumps: [{ ...good().bumps[0], to: 'x'.repeat(5000) }] }),
      /bumps\[0\]\.to is 5000 characters long, more than 4096/
    ],
    [
      'a change that is not text',
      () => JSON.stringify({ ...good(), bumps: [{ ...good().bumps[0], change: 1 }] }),
      /bumps\[0\]\.change is not a string/
    ],
    [
      'unresolved that is not true',
      () => JSON.stringify({ ...good(), bumps: [{ ...good().bumps[0], unresolved: 'yes' }] }),
      /bumps\[0\]\.unresolved/
    ],
    [
      'via outside the enum',
      () => JSON.stringify({ ...good(), bumps: [{ ...good().bumps[0], via: ['dependencies', 'x'] }] }),
      /bumps\[0\]\.via\[1\]/
    ],
    [
      'too many bumps',
      () => JSON.stringify({ ...good(), bumps: Array(20_001).fill(good().bumps[0]) }),
      /bumps has 20001 entries, more than 20000/
    ],
    [
      'a direct flag that is text',
      () => JSON.stringify({ ...good(), bumps: [{ ...good().bumps[0], direct: 'true' }] }),
      /bumps\[0\]\.direct/
    ],
    [
      'a count that is infinite',
      () =>
        '{"format":"memgate-report/1","verdict":"pass","reason":"","base":{"sha":"","runs":0,"growth":null},"head":{"sha":"","runs":0,"growth":null},"unit":null,"difference":null,"bumps":[],"suspects":[{"name":"X","count":1e999,"bytes":1,"retainerPath":[]}]}',
      /suspects\[0\]\.count/
    ],
    [
      'negative bytes',
      () => JSON.stringify({ ...good(), suspects: [{ name: 'X', count: 1, bytes: -1, retainerPath: [] }] }),
      /suspects\[0\]\.bytes/
    ],
    [
      'a suspect package with a line break',
      () => JSON.stringify({ ...good(), suspects: [{ name: 'X', count: 1, bytes: 1, retainerPath: [], package: 'a\nb' }] }),
      /suspects\[0\]\.package/
    ],
    [
      'a suspect site that is a number',
      () => JSON.stringify({ ...good(), suspects: [{ name: 'X', count: 1, bytes: 1, retainerPath: [], site: 3 }] }),
      /suspects\[0\]\.site/
    ],
    [
      'a suspect growth of text',
      () =>
        JSON.stringify({ ...good(), suspects: [{ name: 'X', count: 1, bytes: 1, retainerPath: [], growth: { count: ['1'], bytes: [] } }] }),
      /suspects\[0\]\.growth\.count\[0\]/
    ],
    [
      'a retainer path of 1001 hops',
      () => JSON.stringify({ ...good(), suspects: [{ name: 'X', count: 1, bytes: 1, retainerPath: Array(1001).fill('a') }] }),
      /retainerPath has 1001 entries/
    ],
    ['a reason of 70000 characters', () => JSON.stringify({ ...good(), reason: 'x'.repeat(70_000) }), /reason is 70000 characters long/],
    ['no reason', () => JSON.stringify({ ...good(), reason: undefined }), /reason is missing/],
    ['runs that are not a count', () => JSON.stringify({ ...good(), base: { sha: SHA, runs: 1.5, growth: null } }), /base\.runs/],
    ['a SHA in capitals', () => JSON.stringify({ ...good(), base: { sha: 'A'.repeat(40), runs: 1, growth: null } }), /base\.sha/],
    [
      'a p-value above 1',
      () => JSON.stringify({ ...good(), unit: 'bytes/ms', difference: { estimate: 1, low: 0, high: 2, pValue: 2 } }),
      /difference\.pValue is 2, not a probability/
    ],
    ['a test with a line break', () => JSON.stringify({ ...good(), test: 'a\n# b' }), /test holds a line break/],
    ['a detail that is a list', () => JSON.stringify({ ...good(), detail: ['x'] }), /detail is not a string/],
    ['throughput of text', () => JSON.stringify({ ...good(), throughput: { base: '1', head: null } }), /throughput\.base/],
    ['a note that is a number', () => JSON.stringify({ ...good(), notes: ['a', 2] }), /notes\[1\] is not a string/],
    [
      'a series unit outside the enum',
      () => JSON.stringify({ ...good(), series: { unit: 'x', x: [0, 1], base: [1, 2], head: [1, 2] } }),
      /series\.unit/
    ],
    [
      'a repository that is not owner/name',
      () => JSON.stringify({ ...good(), pullRequest: { repository: 'a/b/../c', number: 4, headSha: SHA } }),
      /pullRequest\.repository/
    ],
    [
      'a PR head that is empty',
      () => JSON.stringify({ ...good(), pullRequest: { repository: 'a/b', number: 4, headSha: '' } }),
      /pullRequest\.headSha/
    ],
    ['a grouping tool outside the enum', () => JSON.stringify({ ...good(), grouping: { tool: 'me' } }), /grouping\.tool/],
    [
      'a grouping directory with a line break',
      () => JSON.stringify({ ...good(), grouping: { tool: 'renovate', directory: 'a\n## b' } }),
      /grouping\.directory/
    ],
    ['a text of 17 MB', () => ' '.repeat(17 * 1024 * 1024), /it is 17825792 characters long/]
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
