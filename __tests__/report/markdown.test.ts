import { describe, expect, it } from '@jest/globals'
import { buildReport, type Report } from '../../src/report/build.js'
import { ZWJ } from '../../src/report/escape.js'
import { capMarkdown, commentMarker, extractReport, MAX_COMMENT_LENGTH, renderComment, renderReport } from '../../src/report/markdown.js'
import { renderText } from '../../src/report/text.js'
import type { Bump, StatsResult } from '../../src/types.js'
import { MEMGATE_VERSION } from '../../src/version.js'
import { linkedText, renderGfm } from '../support/gfm.js'

const BASE = '1'.repeat(40)
const HEAD = '2'.repeat(40)
const context = {
  statusContext: 'memgate',
  runUrl: 'https://github.com/acme/service/actions/runs/7',
  soakCommand: 'npm run soak',
  runs: 5,
  artifactName: 'memgate'
}

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

function leakReport(bumps: Bump[], extra: Partial<Report> = {}): Report {
  return {
    ...buildReport({
      baseSha: BASE,
      headSha: HEAD,
      bumps,
      baseRuns: 5,
      headRuns: 5,
      stats,
      suspects: [
        { name: 'Listener', count: 8000, bytes: 640000, retainerPath: ['(GC roots)', 'hub', 'listeners', 'Listener'], package: 'event-hub' }
      ],
      series: { unit: 'iteration', x: [0, 4000, 8000], base: [5_000_000, 5_010_000, 5_020_000], head: [5_000_000, 11_000_000, 17_000_000] }
    }),
    ...extra
  }
}

const direct: Bump = {
  name: 'event-hub',
  from: '1.0.0',
  to: '2.0.0',
  type: 'major',
  direct: true,
  dependencyType: 'dependencies',
  manifest: 'package.json'
}
const transitive: Bump = { name: '@scope/deep', from: '3.1.0', to: '3.2.0', type: 'minor', direct: false, manifest: 'package-lock.json' }

describe('renderReport', () => {
  const md = renderReport(leakReport([direct, transitive]), context)

  it('leads with the verdict, the package and the effect in words, then what grows and how sure', () => {
    expect(md.split('\n').slice(0, 5)).toEqual([
      '## 🔴 one of 2 dependency bumps leaks memory: +1.4 KiB per iteration (about +11.3 MiB over the 8,000-iteration soak)',
      '',
      '**What grows:** 8,000 `Listener` objects (625.0 KiB) kept in `listeners` (package `event-hub`).',
      '',
      "Head's heap grows 1.3 to 1.6 KiB per iteration more than base's; p = 0.0040 with 5 + 5 runs."
    ])
    const one = renderReport(leakReport([direct]), context)
    expect(one.split('\n')[0]).toBe(
      '## 🔴 event-hub 1.0.0 → 2.0.0 leaks memory: +1.4 KiB per iteration (about +11.3 MiB over the 8,000-iteration soak)'
    )
  })

  it('tables the bumps with links to the release', () => {
    expect(md).toContain(
      '| `event-hub` | 1.0.0 → 2.0.0 | major | direct (dependencies, package.json) | [2.0.0](https://www.npmjs.com/package/event-hub/v/2.0.0) · [versions](https://www.npmjs.com/package/event-hub?activeTab=versions) |'
    )
    expect(md).toContain(
      '| `@scope/deep` | 3.1.0 → 3.2.0 | minor | transitive (package-lock.json) | [3.2.0](https://www.npmjs.com/package/@scope/deep/v/3.2.0)'
    )
  })

  it('shows growth per side in the unit of its header, throughput as a change, and no −0', () => {
    expect(md).toContain('| Side | Runs used | Heap growth (B/iteration) | Interval (B/iteration) | Throughput (iterations/s) |')
    expect(md).toContain('| base <code>1111111</code> | 5 | 3.00 | −5.00 … 9.00 | 5,400 |')
    expect(md).toContain('| head <code>2222222</code> | 5 | 1,480 | 1,300 … 1,620 | 4,750 (−12.0%) |')
    expect(md).toContain('| **head − base** |  | 1,477 | 1,290 … 1,615 | p = 0.0040 |')
    const tiny = renderReport(
      leakReport([direct], { base: { sha: BASE, runs: 5, used: 4, growth: { estimate: -0.001, low: -0.002, high: 0.003 } } }),
      context
    )
    expect(tiny).toContain('| base <code>1111111</code> | 4 of 5 | 0.00 | 0.00 … 0.00 | 5,400 |')
    expect(tiny).not.toMatch(/[-−]0\.00/)
  })

  it('draws both median curves from zero, a third of the height, in two colours with a legend', () => {
    expect(md).toContain(
      [
        'xychart-beta',
        '  x-axis "iterations" 0 --> 8000',
        '  y-axis "heap (MiB)" 0 --> 17.03',
        '  line [4.77, 4.78, 4.79]',
        '  line [4.77, 10.49, 16.21]',
        '```'
      ].join('\n')
    )
    expect(md).toContain('    height: 180')
    expect(md).toContain('plotColorPalette: "#1f77b4, #ff7f0e"')
    expect(md).toContain('🟦 base · 🟧 head')
  })

  it('collapses the suspects and the runbook', () => {
    expect(md).toContain('<details><summary><b>Suspects</b>: <code>Listener</code> from <code>event-hub</code> and 0 more</summary>')
    expect(md).toContain('| `Listener` | 8,000 | 625.0 KiB | `event-hub` | (GC roots) → hub → listeners → Listener |')
    expect(md.indexOf('<details><summary><b>Suspects</b>')).toBeGreaterThan(md.indexOf('**What grows:**'))
    expect(md).toContain(
      `npx -y memgate@${MEMGATE_VERSION} run --base ${BASE} --head ${HEAD} --soak 'npm run soak' --runs 5 --work-dir memgate-work`
    )
    expect(md).toContain(
      '"dependencies": {\n       "event-hub": "1.0.0"\n     },\n     "overrides": {\n       "@scope/deep": "3.1.0"\n     }'
    )
    expect(md).toContain('- Throughput fell by 12% on head.')
    expect(md).toContain('[workflow run and artifacts](https://github.com/acme/service/actions/runs/7)')
  })

  it('shows an npm alias with both names, links the package it installs and pins the alias', () => {
    // As readBumps gives it for `"ms-legacy": "npm:ms@2.1.2"` → `"npm:ms@2.1.3"` (see bumps/read.test.ts).
    const alias = {
      name: 'ms-legacy',
      package: 'ms',
      from: '2.1.2',
      to: '2.1.3',
      type: 'patch',
      direct: true,
      dependencyType: 'dependencies',
      manifest: 'package.json'
    } as Bump
    const out = renderReport(leakReport([alias]), context)
    expect(out).toContain(
      '| `ms-legacy` → `ms` | 2.1.2 → 2.1.3 | patch | direct (dependencies, package.json) | [2.1.3](https://www.npmjs.com/package/ms/v/2.1.3) · [versions](https://www.npmjs.com/package/ms?activeTab=versions) |'
    )
    expect(out).toContain('"dependencies": {\n       "ms-legacy": "npm:ms@2.1.2"\n     }')
    expect(renderText(leakReport([alias]))).toContain('  ms-legacy → ms 2.1.2 -> 2.1.3 (patch, direct, package.json)')
    // A report read back keeps the field, and a wrong one is refused.
    expect(extractReport(renderComment(leakReport([alias]), context))?.bumps[0]).toMatchObject({ package: 'ms' })
  })

  it('shows the specifier change of an `other` bump and pins the old specifier', () => {
    const file: Bump & { change: string } = { ...direct, type: 'other', change: 'file:vendor/hub-1.0.0.tgz → file:vendor/hub-2.0.0.tgz' }
    const out = renderReport(leakReport([file]), context)
    expect(out).toContain(
      '| 1.0.0 → 2.0.0 | other, file:vendor/hub-1.0.0.tgz → file:vendor/hub-2.0.0.tgz | direct (dependencies, package.json) | — |'
    )
    expect(out).toContain('"event-hub": "file:vendor/hub-1.0.0.tgz"')
  })

  it('shortens a long retainer path to its root and last hops', () => {
    const path = ['(GC roots)', 'a', 'b', 'c', 'd', 'e', 'f', 'g', 'Listener']
    const out = renderReport(leakReport([direct], { suspects: [{ name: 'Listener', count: 1, bytes: 10, retainerPath: path }] }), context)
    expect(out).toContain('| (GC roots) → … → d → e → f → g → Listener |')
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
    expect(out).toContain('| module node_modules/\\<b>hub\\</b>/index.js → .exports Object → .allListeners Array → \\[12\\] Listener |')
    expect(renderGfm(out)).not.toContain('<b>hub')
    // The line under the headline names the holder and the module, no heap node ids.
    expect(out).toContain(
      '**What grows:** 1 `Listener` objects (10 B) kept in `.allListeners` (Array) of the module `node_modules/<b>hub</b>/index.js`.'
    )
  })

  // Every string of the report that reaches the comment, hostile at once: in the rendered comment
  // none of it is a heading, image, link, mention, reference or HTML of its own.
  it.each(['leak', 'inconclusive', 'error', 'pass'] as const)(
    'renders nothing that comes from the PR or an artifact as markup (%s)',
    (verdict) => {
      const evil =
        '<img src=x onerror=alert(1)> [x](https://e.vil) ![i](https://e.vil/i.png) @octocat #12 www.e.vil https://e.vil/p **b** `c`'
      const line = `x\n## Approved\n${evil}`
      const report = leakReport(
        [
          { ...direct, name: `a${line}`, from: line, to: line, manifest: `p/${line}/package.json` },
          { ...transitive, type: 'other', change: line } as Bump
        ],
        {
          reason: `${line}\n\`\`\`\n<script>log</script>\n@octocat`,
          suspects: [{ name: line, count: 1, bytes: 1, retainerPath: [line, line], package: line }],
          notes: [line, `# ${evil}`],
          accepted: verdict === 'leak' ? { by: 'ada', reason: line } : null,
          grouping: { tool: verdict === 'leak' ? 'dependabot' : 'renovate', group: line, directory: line },
          verdict
        }
      )
      // A registry's answer names the culprit and the pinned version bisect verified.
      const cause = { markdown: '### Cause and fix', culprit: `a${line}`, pin: { name: `a${line}`, version: line } }
      const source = renderComment(report, { ...context, artifactName: line, ...(verdict === 'leak' ? { cause } : {}) })
      const html = renderGfm(source)
      expect(html).not.toMatch(/<(img|script|h[14-6]|blockquote|del)\b/)
      expect(html).not.toContain('<strong>b</strong>')
      expect(html).not.toContain('<code>c</code>')
      expect(html.match(/<h2>/g)).toHaveLength(1)
      expect(html.match(/<h3>.*<\/h3>/g)).toEqual(verdict === 'leak' ? ['<h3>Cause and fix</h3>'] : null)
      // memgate's own links only: the run, and npm for a package name npm allows (none here).
      const links = linkedText(html)
      expect(links.length).toBeGreaterThan(0)
      for (const link of links) expect(link).toMatch(/^<a href="https:\/\/github\.com\/acme\/service\/actions\/runs\/7">$/)
      if (verdict === 'leak' || verdict === 'pass') return // their reason gives way to the confidence sentence
      // The log stays in its fence: one fence opens and closes it.
      expect(source.match(/```text\n[\s\S]*?\n```/)![0]).not.toMatch(/\n```\n[\s\S]/)
      expect(html).toContain('&lt;script&gt;log&lt;/script&gt;')
    }
  )

  // The renderer does not rely on checkReport: a report built some other way cannot inject either.
  it('prints no unit, bump type or dependency type it does not know as markup', () => {
    const hostile = 'bytes/x\n## Approved <img src=x> @octocat'
    const bump = { ...direct, type: `major\n## Approved <img src=x>`, dependencyType: '<img src=x>' } as unknown as Bump
    const html = renderGfm(renderReport(leakReport([bump], { unit: hostile }), context))
    expect(html).not.toMatch(/<img\b|<h2>Approved/)
    expect(html.match(/<h2>/g)).toHaveLength(1)
    expect(linkedText(html).filter((a) => !a.includes('npmjs.com') && !a.includes('actions/runs/7'))).toEqual([])
  })

  it("keeps memgate's own words readable in the source", () => {
    const reason = "Head ran out of memory in 2 of 5 runs where base never did: event-hub's listeners."
    const md = renderReport(leakReport([direct], { reason, difference: null }), context)
    expect(md).toContain(`\n${reason}\n`)
    expect(md).not.toMatch(/&#\d+;/)
    expect(md).toContain('| (GC roots) → hub → listeners → Listener |')
  })
})

describe('what a reviewer reads first', () => {
  const verdictReport = (verdict: Report['verdict'], extra: Partial<Report> = {}) =>
    leakReport([direct], { verdict, suspects: verdict === 'leak' ? leakReport([direct]).suspects : [], durationMs: 168_000, ...extra })
  const visible = (md: string) => md.replace(/<details>[\s\S]*<\/details>/g, '<details/>')

  it('keeps a pass to a few lines, its details folded, and says how long it took and which memgate measured', () => {
    const pass = verdictReport('pass', { difference: { estimate: 0.1, low: -0.9, high: 0.2, pValue: 0.9 } })
    const md = renderReport(pass, context)
    expect(md.split('\n')[0]).toBe(
      "## 🟢 no leak in event-hub 1.0.0 → 2.0.0: head's heap grows at most 0.20 B per iteration more than base's"
    )
    expect(
      visible(md)
        .split('\n')
        .filter((l) => l.trim()).length
    ).toBeLessThanOrEqual(5)
    expect(md).not.toContain('mermaid')
    expect(md).not.toMatch(/accept|bisect/)
    expect(md).toContain(`in 2 min 48 s by memgate ${MEMGATE_VERSION}`)
  })

  it("offers a leak the bisect, the pin of the last clean version, accept and the bot's ignore command", () => {
    const md = renderReport(verdictReport('leak', { grouping: { tool: 'dependabot' } }), context)
    expect(md).toContain('comment `/memgate bisect`')
    expect(md).toContain('Hold `event-hub` at the last clean version, `1.0.0`')
    expect(md).toContain('comment `/memgate accept <reason>`')
    expect(md).toContain('Stop Dependabot proposing it: comment `@dependabot ignore this major version`.')
    expect(md.indexOf('**Next step**')).toBeLessThan(md.indexOf('| Package |'))
  })

  it("puts bisect's cause right under the headline and pins the version it verified", () => {
    const cause = {
      markdown: '### Cause and fix\n\nevent-hub leaks from 1.3.0 on.',
      culprit: 'event-hub',
      pin: { name: 'event-hub', version: '1.2.4' }
    }
    const md = renderReport(verdictReport('leak'), { ...context, cause })
    const lines = md.split('\n')
    expect(lines.indexOf('### Cause and fix')).toBe(4) // headline, what grows, then the cause
    expect(md).toContain('Hold `event-hub` at `1.2.4`, measured to pass')
    expect(md).toContain('"event-hub": "1.2.4"')
    expect(md).not.toContain('"event-hub": "1.0.0"')
    expect(md).not.toContain('/memgate bisect')
  })

  it.each([
    ['same-line', 'Update `event-hub` to `^2.1.0`, the newest clean version of its line, measured to pass'],
    ['major-upgrade', 'Upgrade `event-hub` to `^3.0.0`, a major upgrade, measured to pass'],
    ['rollback', 'Hold `event-hub` at `1.2.4`, measured to pass']
  ] as const)('says how to apply a %s fix in the next step', (kind, step) => {
    const version = { 'same-line': '2.1.0', 'major-upgrade': '3.0.0', rollback: '1.2.4' }[kind]
    const spec = kind === 'rollback' ? version : `^${version}`
    const cause = { markdown: '### Cause and fix', culprit: 'event-hub', pin: { name: 'event-hub', version, spec, kind } }
    expect(renderReport(verdictReport('leak'), { ...context, cause })).toContain(step)
  })

  it('names the culprit of a grouped PR once bisect knows it, else one of N bumps', () => {
    const grouped = leakReport([direct, transitive])
    expect(renderReport(grouped, context).split('\n')[0]).toMatch(/^## 🔴 one of 2 dependency bumps leaks memory/)
    const md = renderReport(grouped, { ...context, cause: { markdown: '### Cause and fix', culprit: '@scope/deep' } })
    // The scope's @ cannot become a mention.
    expect(md.split('\n')[0]).toMatch(new RegExp(`^## 🔴 @${ZWJ}scope/deep 3\\.1\\.0 → 3\\.2\\.0 leaks memory`))
  })

  it('tells an inconclusive how to get a decision, with the chart', () => {
    const md = renderReport(verdictReport('inconclusive', { reason: 'too few usable runs to decide: base has 2 and head 2.' }), context)
    expect(md.split('\n')[0]).toBe('## 🟡 undecided: memgate could not tell whether event-hub 1.0.0 → 2.0.0 leaks memory')
    expect(md).toContain('**To get a decision:** comment `/memgate rerun runs=10` for more runs a side.')
    expect(md).toContain('Too few usable runs to decide')
    expect(md).toContain('xychart-beta')
  })

  it('gives a soak that fails on base too no rollback and no accept', () => {
    const error = verdictReport('error', {
      reason: 'The soak failed on both sides: it exited with 1 on head and exited with 1 on base.',
      difference: null,
      series: null
    })
    const md = renderReport(error, context)
    expect(md).toContain('the soak fails on base too, so this is not the bump')
    expect(md).not.toMatch(/accept|Hold the previous|"dependencies"/)
    expect(md).not.toContain('mermaid')
    const headOnly = renderReport({ ...error, reason: 'The soak failed in every head run: it timed out.' }, context)
    expect(headOnly).toContain('**What to fix:** the cause above, then comment `/memgate rerun`.')
  })

  it('shows a report of an older memgate without time or version', () => {
    const { durationMs: _, memgate: __, ...old } = verdictReport('leak')
    expect(renderReport(old as Report, context)).toMatch(/<sub>measured head <code>2222222<\/code> · \[workflow run/)
  })
})

describe("the bot's grouping", () => {
  it.each([
    [
      { tool: 'dependabot', group: 'dev-dependencies', directory: '/api' } as const,
      'Opened by Dependabot as the group `dev-dependencies` in `/api`'
    ],
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

  it('reads the report only at its place: the line after the marker that starts the body', () => {
    const report = leakReport([direct])
    const body = renderComment(report, context)
    const [marker, data] = body.split('\n')
    // Another workflow's comment (same bot login) that echoes the PR's text, marker and data included.
    for (const forged of [`Echo of the PR:\n${body}`, `${marker}\nsome text\n${data}`, `${data}\n${marker}`, `${marker} ${data}`]) {
      expect(extractReport(forged)).toBeNull()
    }
    expect(extractReport(body.replace('\n', '\r\n'))).toEqual(report)
  })

  it('keeps `<!--` out of every value it renders, so that the PR cannot open a comment of its own', () => {
    const hostile = '<!-- memgate-data:AAAA -->'
    const report = leakReport([{ ...direct, name: hostile, from: hostile }], {
      reason: hostile,
      detail: `log line ${hostile}`,
      notes: [hostile]
    })
    const body = renderComment(report, context)
    // memgate's marker and data block only.
    expect(body.split('<!--')).toHaveLength(3)
    expect(extractReport(body)?.bumps[0]?.name).toBe(hostile)
  })

  it('never drops the report for its length: the prose gives way', () => {
    const long = 'x'.repeat(4000)
    const bumps = Array.from({ length: 200 }, (_, i): Bump => ({ ...transitive, name: `package-${i}-${long}` }))
    const body = renderComment(leakReport(bumps, { reason: long, detail: long }), context)
    expect(body.length).toBeLessThanOrEqual(MAX_COMMENT_LENGTH)
    const read = extractReport(body)
    expect(read).toMatchObject({ verdict: 'leak', head: { sha: leakReport(bumps).head.sha } })
  })

  it('has one marker per status context', () => {
    expect(commentMarker('memgate')).not.toBe(commentMarker('memgate (node 24)'))
    expect(commentMarker('a"-->b')).toBe('<!-- memgate-comment context="a___b" -->')
  })

  it("stays under GitHub's limit with a note when cut, with its blocks closed", () => {
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

  // A log tail in the reason can be megabytes of blank lines: `^\s*```` crossed them all from every
  // line. jest's timeout stops a cut that is not linear.
  it('counts fences in linear time over a run of blank lines', () => {
    const body = `\`\`\`text\n${'\n'.repeat(2_000_000)}x`
    const cut = capMarkdown(body, MAX_COMMENT_LENGTH)
    expect(cut.length).toBeLessThanOrEqual(MAX_COMMENT_LENGTH)
    expect(cut).toMatch(/\n```\n\n> ✂️ This comment was cut/)
  }, 10_000)

  it('closes an open code fence before the note', () => {
    const text = `intro\n\`\`\`text\n${'log line\n'.repeat(100)}\`\`\``
    const out = capMarkdown(text, 400)
    expect(out.length).toBeLessThanOrEqual(400)
    expect((out.match(/^```/gm) ?? []).length % 2).toBe(0)
  })
})
