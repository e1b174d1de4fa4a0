// npm run bench:hard — real-process hard negatives and leaks (docs/statistics.md, "Churn is not
// growth"): the cases of __tests__/support/churn-repo.ts (churn 4× slower keeping nothing, a cache
// that fills then stays flat, a 16 bytes/request leak, and churn with the same leak) against base.
// Each case is one soak session (memgate's own, with its probe) of GROUPS × 10 runs a side against
// base, interleaved; each group then runs the pipeline's sequential plan (looks at 2, 3, 5, 8, 10
// runs a side, stopping at the first verdict) twice on the same runs: "before" as memgate 0.1.0
// measured (the samples without the probe's code bytes and times, no pace), and "after".
// Goal: churn and cache pass, both leaks are found. Prints the figures, writes bench/results/hard.json.
import * as fs from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import { fileURLToPath } from 'node:url'
import { CHURN_CASES, createChurnRepo } from '../__tests__/support/churn-repo.js'
import { createGit } from '../src/git.js'
import { soakBothSides } from '../src/soak/session.js'
import { analyzeSamples, defaultStatsOptions, planAllLooks, type StatsOptions } from '../src/stats/analyze.js'
import { nextStep } from '../src/stats/sequential.js'
import type { Samples } from '../src/types.js'

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..', '..')
// Not GROUPS: bash ignores assignments to its own GROUPS variable.
const GROUPS = Number(process.env.HARD_GROUPS ?? 3)
const RUNS = defaultStatsOptions.maxRuns
const SOAK_MS = process.env.SOAK_MS ?? '5000'
const ONLY = process.env.CASES?.split(',')

/** The samples as memgate 0.1.0 had them: no code bytes, no times, no run durations (so no pace). */
export function asBefore(samples: Samples): Samples {
  return {
    ...samples,
    runs: samples.runs.map(({ durationMs: _d, ...run }) => ({ ...run, samples: run.samples.map(({ code: _c, t: _t, ...s }) => s) }))
  }
}

/** The pipeline's plan on one group's runs in order: analyse at each look, stop at the first verdict. */
export function sequential(base: Samples, head: Samples, options: StatsOptions = defaultStatsOptions) {
  let n = planAllLooks(options)[0] ?? 2
  for (;;) {
    const analysis = analyzeSamples({ ...base, runs: base.runs.slice(0, n) }, { ...head, runs: head.runs.slice(0, n) }, options)
    const step = nextStep(analysis, n, options.maxRuns)
    if (step.done) return { verdict: analysis.verdict, used: n, difference: analysis.difference.estimate }
    n += step.addRuns
  }
}

/** A side's runs after its pilot, in groups of RUNS. */
export function group(samples: Samples, g: number, groups: number, runs = RUNS): Samples {
  const from = samples.runs.length - groups * runs + g * runs
  return { ...samples, runs: samples.runs.slice(from, from + runs) }
}

type Tally = { pass: number; leak: number; inconclusive: number; meanRuns: number; differences: number[] }

async function main(): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'memgate-bench-hard-'))
  const started = Date.now()
  try {
    const repo = createChurnRepo(path.join(dir, 'repo'))
    process.env.SOAK_MS = SOAK_MS
    const results: Record<string, { leak: boolean; before: Tally; after: Tally; throughput: { base: number; head: number } }> = {}
    for (const c of CHURN_CASES) {
      if (ONLY && !ONLY.includes(c.lib)) continue
      const soak = await soakBothSides({
        git: await createGit(repo.dir),
        baseSha: repo.base,
        headSha: repo.heads[c.lib] ?? '',
        workDir: path.join(dir, `work-${c.lib}`),
        soakCommand: 'node soak.js',
        // The soak's environment is scrubbed: SOAK_MS reaches it only when named.
        passEnv: ['SOAK_MS'],
        installCommand: 'true',
        workingDirectory: '.',
        runs: GROUPS * RUNS,
        timeoutMs: 600000,
        probePath: path.join(repoRoot, 'dist', 'probe.cjs'),
        secrets: [],
        log: () => undefined
      })
      if (process.env.SAVE_SAMPLES) {
        for (const side of [soak.base.samples, soak.head.samples]) {
          const runs = side.runs.map(({ log: _log, ...run }) => run)
          fs.writeFileSync(path.join(process.env.SAVE_SAMPLES, `hard-${c.lib}-${side.side}.json`), JSON.stringify({ ...side, runs }) + '\n')
        }
      }
      const tally = (before: boolean): Tally => {
        const t: Tally = { pass: 0, leak: 0, inconclusive: 0, meanRuns: 0, differences: [] }
        for (let g = 0; g < GROUPS; g++) {
          const b = group(soak.base.samples, g, GROUPS)
          const h = group(soak.head.samples, g, GROUPS)
          const r = before ? sequential(asBefore(b), asBefore(h)) : sequential(b, h)
          t[r.verdict === 'pass' || r.verdict === 'leak' ? r.verdict : 'inconclusive']++
          t.meanRuns += r.used / GROUPS
          t.differences.push(Number(r.difference.toFixed(2)))
        }
        return t
      }
      const rate = (s: Samples) => {
        const rates = s.runs.flatMap((r) => (r.durationMs && r.samples.length ? [(r.samples.at(-1)?.x ?? 0) / (r.durationMs / 1000)] : []))
        return Math.round(rates.sort((a, b) => a - b)[Math.floor(rates.length / 2)] ?? 0)
      }
      results[c.name] = {
        leak: c.leak,
        before: tally(true),
        after: tally(false),
        throughput: { base: rate(soak.base.samples), head: rate(soak.head.samples) }
      }
      const r = results[c.name]
      const show = (t: Tally) => `leak ${t.leak} / pass ${t.pass} / inconclusive ${t.inconclusive}, ${t.meanRuns.toFixed(1)} runs a side`
      console.log(`${c.name} (${r?.throughput.base} vs ${r?.throughput.head} iterations/s):`)
      console.log(`  before: ${r ? show(r.before) : ''}  differences ${r?.before.differences.join(', ')}`)
      console.log(`  after:  ${r ? show(r.after) : ''}  differences ${r?.after.differences.join(', ')}`)
    }
    const figures = {
      date: new Date().toISOString(),
      node: process.version,
      groups: GROUPS,
      runsPerSidePerGroup: RUNS,
      soakMs: Number(SOAK_MS),
      results,
      wallSeconds: (Date.now() - started) / 1000,
      loadAverage: os.loadavg()
    }
    const file = path.join(repoRoot, 'bench', 'results', 'hard.json')
    fs.writeFileSync(file, JSON.stringify(figures, null, 2) + '\n')
    console.log(`${GROUPS} groups of up to ${RUNS}+${RUNS} runs a case; written to ${path.relative(repoRoot, file)}`)
  } finally {
    fs.rmSync(dir, { recursive: true, force: true })
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) await main()
