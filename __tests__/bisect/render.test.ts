import { describe, expect, it } from '@jest/globals'
import { planFix } from '../../src/bisect/fix.js'
import { findManifestLine, lineInPatch, renderCause, renderCauseFailed, suggestedLine } from '../../src/bisect/render.js'
import type { BisectReport } from '../../src/bisect/search.js'
import { renderBisect } from '../../src/cli/bisect-text.js'
import { linkedText, renderGfm } from '../support/gfm.js'

// The rollback planFix makes of this search (an exact manifest entry, 1.3.1 the last clean version).
const [rollback] = planFix({ name: 'row-cache', to: '2.0.0', firstLeaking: '1.4.0', clean: ['1.3.1'], range: '2.0.0' })
const why = rollback!.why

const report: BisectReport = {
  format: 'memgate-bisect/1',
  notes: [],
  package: 'row-cache',
  from: '1.2.0',
  to: '2.0.0',
  firstLeaking: '1.4.0',
  lastClean: '1.3.1',
  exact: true,
  tested: [],
  newest: { version: '2.0.1', verdict: 'leak' },
  suggestion: { ...rollback!, manifest: 'package.json', change: '"row-cache": "1.3.1"', field: 'dependencies' },
  verification: {
    version: '1.3.1',
    verdict: 'pass',
    pValue: 0.9,
    reason: '',
    summary: 'with row-cache 1.3.1 the head passes against base (p = 0.90)'
  },
  alpha: 0.01,
  alphaPerComparison: 0.0025,
  comparisons: 4,
  culprit: {
    culprits: [{ name: 'row-cache', from: '1.2.0', to: '2.0.0' }],
    clean: ['a-lib', 'b-lib'],
    unheld: [],
    tested: [],
    head: 'leak',
    alpha: 0.003,
    reason: ''
  },
  verdict: 'leak',
  reason: 'row-cache leaks from 1.4.0 on',
  figures: { wallMs: 95000, soaks: 40, soakMs: 30000, installs: 6, installMs: 20000, worktrees: 6 }
}

describe('renderCause', () => {
  it('names the culprit, the versions and the verified change, and how long it took', () => {
    const text = renderCause(report, { durationMs: 95000 })
    expect(text).toContain('### Cause and fix')
    expect(text).toContain('**Culprit:** `row-cache` `1.2.0` → `2.0.0`')
    expect(text).toContain('the other 2 bumps were measured clean (`a-lib`, `b-lib`)')
    expect(text).toContain('| First leaking | `1.4.0` |')
    expect(text).toContain('| Last clean | `1.3.1` |')
    expect(text).toContain('| Newest published | `2.0.1` (leak) |\n| Newest clean | `1.3.1` |')
    expect(text).toContain(
      '**Fix, verified:** with row-cache 1.3.1 the head passes against base (p = 0.90); a rollback to 1.3.1, below the leak, pinned exactly: a range such as ^1.3.1 would let 1.4.0, which leaks, back in.'
    )
    expect(text).toContain('```json\n"row-cache": "1.3.1"\n```')
    expect(text).toContain(
      'Took 1 min 35 s: 40 soak runs, 6 installs. False-alarm rate 0.01 for the whole bisect (4 comparisons at 0.0025 each).'
    )
  })

  it('names the newest published version as the newest clean one when it is clean again', () => {
    const text = renderCause({ ...report, newest: { version: '2.1.0', verdict: 'pass' } }, { durationMs: 1 })
    expect(text).toContain('| Newest published | `2.1.0` (clean) |\n| Newest clean | `2.1.0` |')
  })

  it("names the newest of to's line and offers a clean later major only as an alternative", () => {
    const [sameLine, , upgrade] = planFix({
      name: 'tiny-lru',
      to: '11.1.2',
      firstLeaking: '11.1.2',
      clean: ['11.2.2', '11.1.1', '13.1.0'],
      range: '^11.1.2'
    })
    const text = renderCause(
      {
        ...report,
        package: 'tiny-lru',
        from: '11.1.1',
        to: '11.1.2',
        firstLeaking: '11.1.2',
        lastClean: '11.1.1',
        culprit: null,
        newest: { version: '13.1.0', verdict: 'pass' },
        newestInLine: { version: '11.2.2', verdict: 'pass' },
        suggestion: { ...sameLine!, manifest: 'package.json', field: 'dependencies', change: '"tiny-lru": "^11.2.2"' },
        alternative: { ...upgrade!, manifest: 'package.json', field: 'dependencies', change: '"tiny-lru": "^13.1.0"' }
      },
      { durationMs: 1 }
    )
    expect(text).toContain("| Newest published | `13.1.0` (clean) |\n| Newest of `11.1.2`'s line | `11.2.2` (clean) |")
    expect(text).toContain('```json\n"tiny-lru": "^11.2.2"\n```')
    expect(text).toContain(
      '**Alternative, a major upgrade:** `"tiny-lru": "^13.1.0"` in `package.json`, under `dependencies`: a major upgrade from 11.1.2: tiny-lru 13.1.0 is of the 13.x line, whose breaking changes the project must take; the manifest\'s ^ range is kept (measured clean in the search, not verified against base).'
    )
  })

  it('says which bar the versions after to were judged against', () => {
    const step = (version: string, verdict: 'leak' | 'pass', bar: number) => ({
      version,
      verdict,
      growth: { estimate: 0, low: 0, high: 0, pValue: 1, unit: 'bytes/iteration' },
      runs: { reference: 5, candidate: 5 },
      alpha: 0.0025,
      bar,
      reason: ''
    })
    const text = renderCause({ ...report, tested: [step('2.0.0', 'leak', 8), step('1.3.1', 'pass', 1050.4)] }, { durationMs: 1 })
    expect(text).toContain(
      'The versions after 2.0.0 were asked whether they carry its leak: leaking above 1,050 bytes/iteration, half of what 2.0.0 adds (its own bar was 8).</sub>'
    )
    // one bar throughout: nothing to say
    expect(renderCause({ ...report, tested: [step('2.0.0', 'leak', 8), step('1.3.1', 'pass', 8)] }, { durationMs: 1 })).not.toContain(
      'asked whether'
    )
  })

  it('links the review suggestion instead of a code block when there is one', () => {
    const text = renderCause(report, { durationMs: 1000, suggestionUrl: 'https://github.com/acme/service/pull/1#discussion_r1' })
    // The field is named either way, so that nobody pastes an override into `dependencies`.
    expect(text).toContain(
      '[Apply the suggested change](https://github.com/acme/service/pull/1#discussion_r1) in `package.json`, under `dependencies`.'
    )
    expect(text).not.toContain('```json')
  })

  it('names the override field of a transitive fix and the clean versions outside a dependent range', () => {
    const note = 'row-cache 2.1.0 is clean but outside the range orm-lite@1.1.0 declares (<=2.0.0); it is not suggested'
    const text = renderCause(
      { ...report, suggestion: { ...report.suggestion, field: 'pnpm.overrides' }, notes: [note, 'a <b>warning</b>'] },
      { durationMs: 1 }
    )
    expect(text).toContain('In `package.json`, under `pnpm.overrides`:')
    // (an @ gets a zero-width joiner: no mention)
    expect(renderGfm(text)).toMatch(
      /<li>row-cache 2\.1\.0 is clean but outside the range orm-lite@\u200d?1\.1\.0 declares \(&lt;=2\.0\.0\); it is not suggested<\/li>/
    )
    expect(renderGfm(text)).not.toMatch(/<b>/)
  })

  it('escapes what comes from the PR', () => {
    const evil = { ...report, culprit: { ...report.culprit!, culprits: [{ name: '<img src=x onerror=alert(1)>', from: '1', to: '2' }] } }
    const text = renderCause(evil, { durationMs: 1 })
    expect(text).toContain('`<img src=x onerror=alert(1)>`')
    expect(renderGfm(text)).not.toMatch(/<img\b/)
    const failed = renderCauseFailed('`x` <b>bold</b> @team', 2000)
    expect(failed).toMatch(/^### Cause and fix\n\n⚠️ The cause could not be found: .*\n\n<sub>Took 2 s<\/sub>$/)
    expect(renderGfm(failed)).not.toMatch(/<b>|<code>x/)
    expect(linkedText(renderGfm(failed))).toEqual([])
  })
})

describe('suggestion placement', () => {
  const manifest =
    '{\n  "name": "svc",\n  "dependencies": {\n    "a-lib": "1.1.0",\n    "row-cache": "2.0.0"\n  },\n  "pnpm": {\n    "overrides": {\n      "row-cache": "2.0.0"\n    }\n  }\n}\n'

  it.each([
    ['row-cache', 'dependencies', 5],
    ['a-lib', 'dependencies', 4],
    ['row-cache', 'pnpm.overrides', 9],
    ['row-cache', 'overrides', null],
    ['left-pad', 'dependencies', null]
  ])('finds %s under %s on line %p', (name, field, line) => {
    expect(findManifestLine(manifest, name, field)).toBe(line)
  })

  it('tells lines inside a hunk from lines outside', () => {
    const patch = '@@ -2,4 +2,4 @@\n   "dependencies": {\n-    "row-cache": "1.2.0"\n+    "row-cache": "2.0.0"\n   }\n@@ -20 +20 @@\n-x\n+y'
    expect([1, 2, 5, 6, 20, 21].map((l) => lineInPatch(patch, l))).toEqual([false, true, true, false, true, false])
  })

  it('replaces only the version, keeping indentation and comma', () => {
    expect(suggestedLine('    "row-cache": "^2.0.0",', '1.3.1')).toBe('    "row-cache": "1.3.1",')
    expect(suggestedLine('    "row-cache": "^2.0.0"', '^2.1.0')).toBe('    "row-cache": "^2.1.0"')
  })
})

describe('renderBisect (the CLI without --json)', () => {
  it('lists the culprit, each version measured, the verdicts and the false-alarm rate', () => {
    const text = renderBisect({
      ...report,
      tested: [
        {
          version: '2.0.0',
          verdict: 'leak',
          growth: { estimate: 358.2, low: 350, high: 360, pValue: 0.004, unit: 'bytes/iteration' },
          runs: { reference: 5, candidate: 5 },
          alpha: 0.0025,
          bar: 8,
          reason: ''
        },
        {
          version: '1.3.1',
          verdict: 'pass',
          growth: { estimate: 0.5, low: -1, high: 2, pValue: 1, unit: 'bytes/iteration' },
          runs: { reference: 5, candidate: 5 },
          alpha: 0.0025,
          bar: 179,
          reason: ''
        }
      ]
    })
    expect(text.split('\n')).toEqual([
      'Culprit: row-cache 1.2.0 → 2.0.0 (measured clean: a-lib, b-lib)',
      'row-cache 1.2.0 → 2.0.0',
      '  2.0.0          leak 358 bytes/iteration vs the reference (p = 0.0040, leak above 8.00)',
      '  1.3.1          pass 0.50 bytes/iteration vs the reference (p = 1.0, leak above 179)',
      'First leaking: 1.4.0',
      'Last clean: 1.3.1',
      'Newest published: 2.0.1 (leak)',
      'Verified: with row-cache 1.3.1 the head passes against base (p = 0.90)',
      `Fix: in package.json (dependencies): "row-cache": "1.3.1": ${why}`,
      'row-cache leaks from 1.4.0 on',
      'False-alarm rate 0.01 for the whole search (4 comparisons at 0.0025 each); took 95.0 s (40 soak runs, 6 installs).'
    ])
  })
})
