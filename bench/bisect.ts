// npm run bench:bisect — the cost of `memgate bisect` against a local Verdaccio, printed and written
// to bench/results/bisect.json:
// (1) a 12-version range (bench-cache 1.0.0 → 1.0.12) with one leak boundary (1.0.8);
// (2) a grouped bump of 10 packages, one of which (g-6) leaks.
// Figures: wall time, soak runs, installs, worktrees, comparisons. Goal (issue 16): the reference
// measured once, no worktree or install repeated for a tree already installed, and the whole
// search within (steps + 2) × (runs × soak time) + installs, where steps counts every tree
// soaked besides the reference and `to` (the search's steps, the newest version, the verification's
// two fresh sides) and runs × soak time is the runs a side times the mean run.
import * as fs from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import { fileURLToPath } from 'node:url'
import { CORE_ENV, makeProject } from '../__tests__/support/bisect-project.js'
import { rowCache, startRegistry } from '../__tests__/support/registry.js'
import { type BisectReport, runBisect } from '../src/bisect/search.js'
import { parseOptions } from '../src/options.js'

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..', '..')
const probe = path.join(repoRoot, 'dist', 'probe.cjs')
const RUNS = Number(process.env.RUNS ?? 5)
const ALPHA = Number(process.env.ALPHA ?? 0.01)

interface Figures {
  scenario: string
  wallMs: number
  soaks: number
  soakMs: number
  meanRunMs: number
  installs: number
  installMs: number
  worktrees: number
  comparisons: number
  runsPerSide: number
  steps: number
  boundMs: number
  referenceRuns: number
  referenceMeasuredOnce: boolean
  noRepeatedInstall: boolean
  withinBound: boolean
  result: Pick<BisectReport, 'package' | 'firstLeaking' | 'lastClean' | 'verdict'> & { culprits: string[] }
}

Object.assign(process.env, CORE_ENV, { MEMGATE_PROBE_BUDGET: '1000', MEMGATE_SAMPLE_EVERY: '100' })
const registry = await startRegistry()
const results: Figures[] = []
try {
  for (let patch = 0; patch <= 12; patch++) await registry.publish(rowCache('bench-cache', `1.0.${patch}`, patch >= 8))
  for (let i = 0; i < 10; i++) for (const v of ['1.0.0', '1.1.0']) await registry.publish(rowCache(`g-${i}`, v, i === 6 && v === '1.1.0'))
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'memgate-bench-bisect-'))
  const range = await makeProject(path.join(root, 'range'), {
    manager: 'npm',
    registry: registry.url,
    base: { 'bench-cache': '1.0.0' },
    head: { 'bench-cache': '1.0.12' }
  })
  const names = Array.from({ length: 10 }, (_, i) => `g-${i}`)
  const group = await makeProject(path.join(root, 'group'), {
    manager: 'npm',
    registry: registry.url,
    base: Object.fromEntries(names.map((n) => [n, '1.0.0'])),
    head: Object.fromEntries(names.map((n) => [n, '1.1.0']))
  })
  for (const [scenario, dir] of [
    ['12-version range, one leak boundary', range.dir],
    ['10-bump group, one culprit', group.dir]
  ] as const) {
    const lines: string[] = []
    const report = await runBisect({
      repoDir: dir,
      base: 'main',
      head: 'bump',
      options: parseOptions({ 'soak-command': 'node soak.js', threshold: '64', alpha: String(ALPHA), runs: String(RUNS), timeout: '60' }),
      probePath: probe,
      workDir: path.join(root, `work-${results.length}`),
      log: (line) => {
        lines.push(line)
        process.stderr.write(`${line}\n`)
      }
    })
    const f = report.figures
    // The log shows run times to 0.1 s; the mean of the measured durations is exact.
    const meanRunMs = f.soaks > 0 ? Math.round(f.soakMs / f.soaks) : 0
    // Distinct sample sets soaked: trees by key, the verification's fresh runs under their own label.
    const sets = new Set(lines.map((l) => /^ {2}(\S+): run \d+/.exec(l)?.[1]).filter(Boolean))
    const steps = Math.max(0, sets.size - 2)
    const runsPerSide = Math.max(...report.tested.map((t) => t.runs.candidate), ...(report.culprit?.tested.length ? [RUNS] : []))
    const boundMs = (steps + 2) * runsPerSide * meanRunMs + f.installMs
    const reference = report.package
      ? [...sets].find((s) => s!.endsWith(`+${report.package}@${report.from}`) && !s!.startsWith('verify:'))
      : undefined
    const referenceRuns = reference ? lines.filter((l) => l.startsWith(`  ${reference}: run `)).length : 0
    const maxReferenceRuns = Math.max(0, ...report.tested.map((t) => t.runs.reference))
    results.push({
      scenario,
      wallMs: f.wallMs,
      soaks: f.soaks,
      soakMs: f.soakMs,
      meanRunMs,
      installs: f.installs,
      installMs: f.installMs,
      worktrees: f.worktrees,
      comparisons: report.tested.length + (report.culprit?.tested.length ?? 0) + (report.verification ? 1 : 0),
      runsPerSide,
      steps,
      boundMs: Math.round(boundMs),
      referenceRuns,
      referenceMeasuredOnce: reference !== undefined && referenceRuns === maxReferenceRuns,
      noRepeatedInstall: f.installs === f.worktrees,
      withinBound: f.wallMs <= boundMs,
      result: {
        package: report.package,
        firstLeaking: report.firstLeaking,
        lastClean: report.lastClean,
        verdict: report.verdict,
        culprits: report.culprit?.culprits.map((c) => c.name) ?? []
      }
    })
  }
} finally {
  await registry.stop()
}

const out = {
  format: 'memgate-bench-bisect/1',
  date: new Date().toISOString(),
  node: process.version,
  cpus: os.cpus().length,
  runs: RUNS,
  alpha: ALPHA,
  results
}
fs.mkdirSync(path.join(repoRoot, 'bench', 'results'), { recursive: true })
fs.writeFileSync(path.join(repoRoot, 'bench', 'results', 'bisect.json'), JSON.stringify(out, null, 2) + '\n')
for (const r of results) {
  process.stdout.write(
    `${r.scenario}: ${(r.wallMs / 1000).toFixed(1)} s wall, ${r.soaks} soak runs (${(r.soakMs / 1000).toFixed(1)} s), ` +
      `${r.installs} installs (${(r.installMs / 1000).toFixed(1)} s) in ${r.worktrees} worktrees, ${r.comparisons} comparisons; ` +
      `bound (${r.steps} + 2) × ${r.runsPerSide} × ${r.meanRunMs} ms + installs = ${(r.boundMs / 1000).toFixed(1)} s: ${r.withinBound ? 'within' : 'OVER'}; ` +
      `reference measured once: ${r.referenceMeasuredOnce}; no install repeated: ${r.noRepeatedInstall}; ` +
      `→ ${r.result.culprits.length ? `culprit ${r.result.culprits.join(', ')}, ` : ''}${r.result.package} first leaking ${r.result.firstLeaking}, last clean ${r.result.lastClean}\n`
  )
}
