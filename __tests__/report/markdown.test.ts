import { describe, expect, it } from '@jest/globals'
import { buildReport, type MemgateReport } from '../../src/report/build.js'
import { capMarkdown, commentMarker, extractReport, MAX_COMMENT_LENGTH, renderComment, renderReport } from '../../src/report/markdown.js'
import { renderText } from '../../src/report/text.js'
import type { Bump, StatsResult } from '../../src/types.js'
import { MEMGATE_VERSION } from '../../src/version.js'

const BASE = '1'.repeat(40)
const HEAD = '2'.repeat(40)
const context = { statusContext: 'memgate', runUrl: 'https://github.com/acme/service/actions/runs/7', soakCommand: 'npm run soak', runs: 5, artifactName: 'memgate' }

const stats: StatsResult & { notes: string[]; throughput: { base: number; head: number } } = {
  verdict: 'leak',
  unit: 'bytes/iteration',
  base: { estimate: 3, low: -5, high: 9 },
  head: { estimate: 1480, low: 1300, high: 1620 },
  difference: { estimate: 1477, low: 1290, high: 1615, pValue: 0.004 },
  reason: 'Head retains about 1.4 KiB more per iteration than base.',
  test: 'Theil–Sen per run, Mann–Whitney across runs',
  notes: ['Throughput fell by 12% on head.'],
  throughput: { base: 5400.4, head: 4750 }
}

function leakReport(bumps: Bump[], extra: Partial<MemgateReport> = {}): MemgateReport {
  return {
    ...buildReport({
      baseSha: BASE,
      headSha: HEAD,
      bumps,
      baseRuns: 5,
      headRuns: 5,
      stats,
      suspects: [{ name: 'Listener', count: 8000, bytes: 640000, retainerPath: ['(GC roots)', 'hub', 'listeners', 'Listener'], package: 'event-hub' }],
      series: { unit: 'iteration', x: [0, 4000, 8000], base: [5_000_000, 5_010_000, 5_020_000], head: [5_000_000, 11_000_000, 17_000_000] }
    }),
    ...extra
  }
}

const direct: Bump = { name: 'event-hub', from: '1.0.0', to: '2.0.0', type: 'major', direct: true, dependencyType: 'dependencies', manifest: 'package.json' }
const transitive: Bump = { name: '@scope/deep', from: '3.1.0', to: '3.2.0', type: 'minor', direct: false, manifest: 'package-lock.json' }

describe('renderReport', () => {
  const md = renderReport(leakReport([direct, transitive]), context)

  it('leads with the verdict, the difference with its interval, and the reason', () => {
    expect(md.split('\n').slice(0, 3)).toEqual([
      '## 🔴 memgate: leak · head +1.4 KiB/iteration over base (1.3 KiB … 1.6 KiB)',
      '',
      'Head retains about 1.4 KiB more per iteration than base.'
    ])
  })

  it('tables the bumps with links to the release', () => {
    expect(md).toContain('| <code>event-hub</code> | 1.0.0 → 2.0.0 | major | direct (dependencies, package.json) | [2.0.0](https://www.npmjs.com/package/event-hub/v/2.0.0) · [versions](https://www.npmjs.com/package/event-hub?activeTab=versions) |')
    expect(md).toContain('| <code>&#64;scope/deep</code> | 3.1.0 → 3.2.0 | minor | transitive (package-lock.json) | [3.2.0](https://www.npmjs.com/package/@scope/deep/v/3.2.0)')
  })

  it('shows growth and throughput per side', () => {
    expect(md).toContain(`| base <code>1111111</code> | 5 | 3.00 B/iteration | -5.00 B/iteration … 9.00 B/iteration | 5,400 iterations/s |`)
    expect(md).toContain('| **head − base** |  | 1.4 KiB/iteration | 1.3 KiB/iteration … 1.6 KiB/iteration | p = 0.0040 |')
  })

  it('draws both median curves in MiB', () => {
    expect(md).toContain(['```mermaid', 'xychart-beta', '  x-axis "iterations" 0 --> 8000', '  y-axis "heap (MiB)" 4.52 --> 17.03', '  line [4.77, 4.78, 4.79]', '  line [4.77, 10.49, 16.21]', '```'].join('\n'))
  })

  it('collapses the suspects and the runbook', () => {
    expect(md).toContain('<details><summary><b>Suspects</b>: <code>Listener</code> from <code>event-hub</code> and 0 more</summary>')
    expect(md).toContain('| <code>Listener</code> | 8,000 | 625.0 KiB | <code>event-hub</code> | &#40;GC roots&#41; → hub → listeners → Listener |')
    expect(md).toContain(`npx -y memgate@${MEMGATE_VERSION} run --base ${BASE} --head ${HEAD} --soak 'npm run soak' --runs 5 --work-dir memgate-work`)
    expect(md).toContain('"dependencies": {\n       "event-hub": "1.0.0"\n     },\n     "overrides": {\n       "@scope/deep": "3.1.0"\n     }')
    expect(md).toContain('- Throughput fell by 12% on head.')
    expect(md).toContain('[workflow run and artifacts](https://github.com/acme/service/actions/runs/7)')
  })

  it('shows an npm alias with both names, links the package it installs and pins the alias', () => {
    // As readBumps gives it for `"ms-legacy": "npm:ms@2.1.2"` → `"npm:ms@2.1.3"` (see bumps/read.test.ts).
    const alias = { name: 'ms-legacy', package: 'ms', from: '2.1.2', to: '2.1.3', type: 'patch', direct: true, dependencyType: 'dependencies', manifest: 'package.json' } as Bump
    const out = renderReport(leakReport([alias]), context)
    expect(out).toContain('| <code>ms-legacy</code> → <code>ms</code> | 2.1.2 → 2.1.3 | patch | direct (dependencies, package.json) | [2.1.3](https://www.npmjs.com/package/ms/v/2.1.3) · [versions](https://www.npmjs.com/package/ms?activeTab=versions) |')
    expect(out).toContain('"dependencies": {\n       "ms-legacy": "npm:ms@2.1.2"\n     }')
    expect(renderText(leakReport([alias]))).toContain('  ms-legacy → ms 2.1.2 -> 2.1.3 (patch, direct, package.json)')
    // A report read back keeps the field, and a wrong one is refused.
    expect(extractReport(renderComment(leakReport([alias]), context))?.bumps[0]).toMatchObject({ package: 'ms' })
  })

  it('shows the specifier change of an `other` bump and pins the old specifier', () => {
    const file: Bump & { change: string } = { ...direct, type: 'other', change: 'file:vendor/hub-1.0.0.tgz → file:vendor/hub-2.0.0.tgz' }
    const out = renderReport(leakReport([file]), context)
    expect(out).toContain('| 1.0.0 → 2.0.0 | other, file&#58;vendor/hub-1.0.0.tgz → file&#58;vendor/hub-2.0.0.tgz | direct (dependencies, package.json) | — |')
    expect(out).toContain('"event-hub": "file:vendor/hub-1.0.0.tgz"')
  })

  it('shortens a long retainer path to its root and last hops', () => {
    const path = ['(GC roots)', 'a', 'b', 'c', 'd', 'e', 'f', 'g', 'Listener']
    const out = renderReport(leakReport([direct], { suspects: [{ name: 'Listener', count: 1, bytes: 10, retainerPath: path }] }), context)
    expect(out).toContain('| &#40;GC roots&#41; → … → d → e → f → g → Listener |')
  })

  it("starts a path through Node's module cache at the module, escaped", () => {
    const path = [
      'global @1',
      '.process process @2',
      '.$Module Module() @3',
      '._cache Object @4',
      '["/home/runner/work/app/node_modules/<b>hub</b>/index.js"] Module @5',
      '.exports Object @6',
      '.allListeners Array @7',
      '[12] Listener @8'
    ]
    const out = renderReport(leakReport([direct], { suspects: [{ name: 'Listener', count: 1, bytes: 10, retainerPath: path }] }), context)
    expect(out).toContain(
      '| module node&#95;modules/&#60;b&#62;hub&#60;/b&#62;/index.js → .exports Object &#64;6 → .allListeners Array &#64;7 → &#91;12&#93; Listener &#64;8 |'
    )
    expect(out).not.toContain('<b>hub')
  })

  it('escapes everything that comes from the PR', () => {
    const evil = '<img src=x onerror=alert(1)>'
    const report = leakReport(
      [{ ...direct, name: `a${evil}`, from: `[x](http://e.vil)`, to: '**2**', manifest: `p/${evil}/package.json` }],
      {
        reason: `line ${evil}\n\`\`\`\n<script>log</script>`,
        suspects: [{ name: evil, count: 1, bytes: 1, retainerPath: [evil, '@here'], package: evil }],
        notes: [evil],
        accepted: { by: 'ada', reason: `ok ${evil}` },
        grouping: { tool: 'renovate', group: evil, directory: evil }
      }
    )
    const out = renderReport(report, context)
    const visible = out.replace(/^\s*```[a-z]*\n[\s\S]*?^\s*```$/gm, '').replace(/<\/?(code|details|summary|sub|b)>/g, '')
    expect(visible).not.toMatch(/<[a-z!/]/i)
    expect(visible).not.toMatch(/\]\(http:\/\/e\.vil/)
    expect(visible).not.toMatch(/(^|\s)@here/)
    expect(out).not.toContain('](https://www.npmjs.com/package/a<')
    // The log stays in its fence: one fence opens and closes it.
    expect(out.match(/```text\n[\s\S]*?\n```/)![0]).not.toMatch(/\n```\n[\s\S]/)
  })
})

describe('the bot\'s grouping', () => {
  it.each([
    [{ tool: 'dependabot', group: 'dev-dependencies', directory: '/api' } as const, 'Opened by Dependabot as the group <code>dev-dependencies</code> in <code>/api</code>'],
    [{ tool: 'renovate' } as const, 'Opened by Renovate;']
  ])('shows %j beside the bumps', (grouping, line) => {
    const out = renderReport(leakReport([direct], { grouping }), context)
    expect(out).toContain(line)
    expect(out.indexOf('Opened by')).toBeLessThan(out.indexOf('| Package |'))
  })

  it('says nothing of a PR no bot opened', () => {
    expect(renderReport(leakReport([direct], { grouping: null }), context)).not.toContain('Opened by')
  })
})

describe('renderComment', () => {
  it('carries its marker and the report, which extractReport reads back', () => {
    const report = leakReport([direct])
    const body = renderComment(report, context)
    expect(body.startsWith(commentMarker('memgate'))).toBe(true)
    expect(extractReport(body)).toEqual(report)
    expect(extractReport(body.replace(/memgate-data:[A-Za-z0-9+/=]{8}/, 'memgate-data:AAAAAAAA'))).toBeNull()
    expect(extractReport('no data here')).toBeNull()
  })

  it('has one marker per status context', () => {
    expect(commentMarker('memgate')).not.toBe(commentMarker('memgate (node 24)'))
    expect(commentMarker('a"-->b')).toBe('<!-- memgate-comment context="a___b" -->')
  })

  it('stays under GitHub\'s limit with a note when cut, with its blocks closed', () => {
    const bumps = Array.from({ length: 3000 }, (_, i): Bump => ({ ...transitive, name: `package-number-${i}` }))
    const body = renderComment(leakReport(bumps), context)
    expect(body.length).toBeLessThanOrEqual(MAX_COMMENT_LENGTH)
    expect(body).toMatch(/cut to fit GitHub's limit of 65536 characters/)
    expect(body.startsWith(commentMarker('memgate'))).toBe(true)
    expect((body.match(/^\s*```/gm) ?? []).length % 2).toBe(0)
    expect((body.match(/<details>/g) ?? []).length).toBe((body.match(/<\/details>/g) ?? []).length)
  })
})

describe('capMarkdown', () => {
  it('leaves a body that fits as it is', () => {
    expect(capMarkdown('short', 100)).toBe('short')
  })

  it('closes an open code fence before the note', () => {
    const text = `intro\n\`\`\`text\n${'log line\n'.repeat(100)}\`\`\``
    const out = capMarkdown(text, 400)
    expect(out.length).toBeLessThanOrEqual(400)
    expect((out.match(/^```/gm) ?? []).length % 2).toBe(0)
  })
})
