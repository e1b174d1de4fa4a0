// The PR comment for each kind of verdict, rendered from memgate's own renderer, for the pictures
// in docs/ (scripts/comments/pictures.sh). Usage: node samples.js OUT_DIR [before]
// `before` renders with a renderer that predates the cause section in the context (the section is
// appended below the comment, as the action did).
import * as fs from 'node:fs'
import * as path from 'node:path'
import { renderCause } from '../../src/bisect/render.js'
import type { BisectReport } from '../../src/bisect/search.js'
import { buildReport, type Report } from '../../src/report/build.js'
import { renderComment } from '../../src/report/markdown.js'
import type { Bump } from '../../src/types.js'

const [outDir = 'comments', mode = 'after'] = process.argv.slice(2)
const BASE = 'a3c9e1f0b7d24c6e8f1a2b3c4d5e6f708192a3b4'
const HEAD = '5e7d2c1b0a9f8e7d6c5b4a392817f6e5d4c3b2a1'
const bump: Bump = {
  name: 'event-hub',
  from: '1.0.0',
  to: '2.0.0',
  type: 'major',
  direct: true,
  dependencyType: 'dependencies',
  manifest: 'package.json'
}
const context = {
  statusContext: 'memgate',
  runUrl: 'https://github.com/acme/service/actions/runs/7',
  soakCommand: 'node soak.js',
  runs: 5,
  artifactName: 'memgate'
}
const x = Array.from({ length: 24 }, (_, i) => Math.round((60000 * i) / 23))
const curve = (slope: number) => x.map((v) => 6_200_000 + v * slope + (v % 7) * 1000)
const stats = (verdict: 'leak' | 'pass' | 'inconclusive', d: { estimate: number; low: number; high: number; pValue: number }) => ({
  verdict,
  unit: 'bytes/iteration',
  base: { estimate: 0.4, low: -0.8, high: 1.3 },
  head: { estimate: 0.4 + d.estimate, low: 0.4 + d.low, high: 0.4 + d.high },
  difference: d,
  reason:
    verdict === 'leak'
      ? "head's post-GC heap grows 281 bytes/iteration faster than base's (at least 266 with 99.6% confidence, above the 3.7 that matters; p = 0.004)."
      : verdict === 'pass'
        ? "head's memory growth is within 3.7 bytes/iteration of base's (difference 0.1, at most 0.2 with 95% confidence, over 5 + 5 runs)."
        : "too noisy to decide: head's post-GC heap grows 3.1 bytes/iteration faster than base's, anywhere from -0.4 to 9.8, around the 3.7 that matters.",
  test: 'Theil–Sen slope per run; Hodges–Lehmann and Mann–Whitney across runs',
  throughput: { base: 41_200, head: verdict === 'leak' ? 36_900 : 41_050 },
  runs: { base: [{}, {}, {}, {}, {}], head: [{}, {}, {}, {}, {}] },
  comparisons: [{ alpha: 0.004 }],
  minimumEffect: 3.7,
  notes: [] as string[]
})
const suspects = [
  {
    name: 'Listener',
    count: 20000,
    bytes: 5_452_595,
    package: 'event-hub',
    retainerPath: [
      '(GC roots) @1',
      '["/home/runner/work/service/service/node_modules/event-hub/index.js"] Module @4021',
      '.exports Object @4023',
      '.allListeners Array @4025',
      '[19999] Listener @88121'
    ]
  },
  {
    name: '(closure)',
    count: 20000,
    bytes: 1_280_000,
    package: 'event-hub',
    retainerPath: [
      '(GC roots) @1',
      '["/home/runner/work/service/service/node_modules/event-hub/index.js"] Module @4021',
      '.exports Object @4023',
      '.allListeners Array @4025',
      '[19999] Listener @88121',
      '.fn (closure) @88125'
    ]
  }
]

function report(verdict: 'leak' | 'pass' | 'inconclusive', d: Parameters<typeof stats>[1], extra: Partial<Report> = {}): Report {
  return {
    ...buildReport({
      baseSha: BASE,
      headSha: HEAD,
      bumps: [bump],
      baseRuns: 5,
      headRuns: 5,
      stats: stats(verdict, d),
      suspects: verdict === 'leak' ? suspects : [],
      series: { unit: 'iteration', x, base: curve(0.4), head: curve(0.4 + d.estimate) }
    }),
    durationMs: 168_000,
    ...extra
  }
}

const cause: BisectReport = {
  format: 'memgate-bisect/1',
  package: 'event-hub',
  from: '1.0.0',
  to: '2.0.0',
  firstLeaking: '1.3.0',
  lastClean: '1.2.4',
  exact: true,
  tested: [],
  newest: { version: '2.0.1', verdict: 'leak' },
  suggestion: { manifest: 'package.json', field: 'dependencies', version: '1.2.4', change: '"event-hub": "1.2.4"' },
  verification: {
    version: '1.2.4',
    verdict: 'pass',
    pValue: 0.91,
    reason: '',
    summary: 'with event-hub 1.2.4 the head passes against base (p = 0.91)'
  },
  alpha: 0.01,
  alphaPerComparison: 0.002,
  comparisons: 5,
  culprit: null,
  verdict: 'leak',
  reason: 'event-hub leaks from 1.3.0 on; 1.2.4 passes.',
  figures: { wallMs: 410_000, soaks: 40, soakMs: 380_000, installs: 6, installMs: 30_000, worktrees: 6 }
}

const leak = report('leak', { estimate: 281, low: 266, high: 296, pValue: 0.004 })
const causeMarkdown = renderCause(cause, { durationMs: cause.figures.wallMs })
const samples: Record<string, string> = {
  leak: renderComment(leak, context),
  'leak-cause':
    mode === 'before'
      ? `${renderComment(leak, context)}\n\n${causeMarkdown}`
      : renderComment(leak, {
          ...context,
          cause: { markdown: causeMarkdown, culprit: 'event-hub', pin: { name: 'event-hub', version: '1.2.4' } }
        }),
  pass: renderComment(report('pass', { estimate: 0.1, low: -0.9, high: 0.2, pValue: 0.9 }), context),
  inconclusive: renderComment(report('inconclusive', { estimate: 3.1, low: -0.4, high: 9.8, pValue: 0.03 }), context),
  error: renderComment(
    {
      ...buildReport({
        baseSha: BASE,
        headSha: HEAD,
        bumps: [bump],
        baseRuns: 2,
        headRuns: 2,
        verdict: 'error',
        reason: 'The soak failed on both sides: it exited with 1 on head and exited with 1 on base.',
        detail: "Error: Cannot find module './config.json'\n    at Module._resolveFilename (node:internal/modules/cjs/loader:1225:15)"
      }),
      durationMs: 21_000
    },
    context
  )
}
fs.mkdirSync(outDir, { recursive: true })
for (const [name, markdown] of Object.entries(samples)) fs.writeFileSync(path.join(outDir, `${name}.md`), markdown)
