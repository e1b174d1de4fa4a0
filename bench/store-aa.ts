// npm run bench:store — is a stored base sound? The demo service (one commit) is soaked RUNS times
// under each of three conditions: alone (one soak at a time), two soaks at once (the pipeline's
// side-by-side runs), and alone beside a CPU hog (two busy-looping processes). Then every ordered
// pair of different conditions plays record and head: windows of 5 runs of the first stand for the
// stored record (base), windows of up to 10 of the second for head, decided by the pipeline's plan
// with the look counted by head's runs (early looks at 2 and 3, then 5, 8, 10). Any leak verdict
// is a false alarm of base reuse. Prints the figures and writes bench/results/store-aa.json.
import { spawn } from 'node:child_process'
import * as fs from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import { fileURLToPath } from 'node:url'
import { createDemoRepo } from '../src/demo.js'
import { createGit } from '../src/git.js'
import { openSession } from '../src/soak/session.js'
import { analyzeSamples, defaultStatsOptions, planAllLooks, type StatsOptions } from '../src/stats/analyze.js'
import { median } from '../src/stats/robust.js'
import { measureSamples } from '../src/stats/run-growth.js'
import { nextStep } from '../src/stats/sequential.js'
import type { Samples } from '../src/types.js'

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..', '..')
const RUNS = Number(process.env.RUNS ?? 30)
const ITERATIONS = process.env.SOAK_ITERATIONS ?? '20000'
const RECORD_RUNS = 5
const HEAD_RUNS = defaultStatsOptions.maxRuns

async function main(): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'memgate-bench-store-'))
  const started = Date.now()
  try {
    const repo = await createDemoRepo(path.join(dir, 'repo'), 'clean')
    process.env.SOAK_ITERATIONS = ITERATIONS
    const git = await createGit(repo.dir)
    const measure = async (label: string, parallel: boolean): Promise<Samples['runs']> => {
      const session = await openSession({
        git,
        baseSha: repo.baseSha,
        headSha: repo.baseSha,
        workDir: path.join(dir, label),
        soakCommand: 'node soak.js',
        workingDirectory: '.',
        timeoutMs: 600000,
        parallel,
        probePath: path.join(repoRoot, 'dist', 'probe.cjs'),
        secrets: [],
        log: () => {},
        ...(parallel ? {} : { sides: ['head'] as const })
      })
      try {
        const soak = await session.soak({ runs: parallel ? Math.ceil(RUNS / 2) : RUNS, snapshots: false })
        // A side's first run may be the session's pilot: too short for a trend, left out.
        const runs = (s: Samples, n: number) => s.runs.slice(s.runs.length - n)
        return parallel
          ? [...runs(soak.head.samples, Math.ceil(RUNS / 2)), ...runs(soak.base.samples, Math.ceil(RUNS / 2))]
          : runs(soak.head.samples, RUNS)
      } finally {
        await session.close()
      }
    }
    const pools: Record<string, { unit: Samples['unit']; runs: Samples['runs'] }> = {}
    for (const [label, parallel, hog] of [
      ['alone', false, false],
      ['two at once', true, false],
      ['beside a CPU hog', false, true]
    ] as const) {
      const hogs = hog ? [0, 1].map(() => spawn(process.execPath, ['-e', 'for (;;) {}'], { stdio: 'ignore' })) : []
      try {
        const t = Date.now()
        pools[label] = { unit: 'iteration', runs: await measure(label.replace(/\W+/g, '-'), parallel) }
        console.log(`${label}: ${pools[label]!.runs.length} runs in ${((Date.now() - t) / 1000).toFixed(0)} s`)
      } finally {
        for (const h of hogs) h.kill('SIGKILL')
      }
    }
    const samples = (side: 'base' | 'head', runs: Samples['runs']): Samples => ({
      format: 'memgate-samples/1',
      side,
      unit: 'iteration',
      runs
    })
    // How far the condition moves growth per request: the median run and its spread.
    const growth: Record<string, { median: number; mad: number }> = {}
    for (const [label, pool] of Object.entries(pools)) {
      const slopes = measureSamples(samples('head', pool.runs), defaultStatsOptions)
        .filter((r) => !r.excluded)
        .map((r) => r.heap!.estimate)
      const m = median(slopes)
      growth[label] = { median: m, mad: 1.4826 * median(slopes.map((v) => Math.abs(v - m))) }
      console.log(`${label}: growth ${m.toFixed(3)} bytes/request (MAD·1.48 ${growth[label]!.mad.toFixed(3)})`)
    }
    const decide = (base: Samples, heads: Samples['runs'], options: StatsOptions) => {
      let n = planAllLooks(options)[0]!
      for (;;) {
        const analysis = analyzeSamples(base, samples('head', heads.slice(0, n)), options, n)
        const step = nextStep(analysis, n, options.maxRuns)
        if (step.done) return { verdict: analysis.verdict, n }
        n += step.addRuns
      }
    }
    const bare: StatsOptions = { ...defaultStatsOptions, threshold: 0, thresholdShare: 0 }
    const results: Record<
      string,
      { leak: number; pass: number; inconclusive: number; comparisons: number; meanHeadRuns: number; leakWithZeroEffect: number }
    > = {}
    for (const recordedUnder of Object.keys(pools)) {
      for (const headUnder of Object.keys(pools)) {
        if (recordedUnder === headUnder) continue
        const tally = { leak: 0, pass: 0, inconclusive: 0, comparisons: 0, meanHeadRuns: 0, leakWithZeroEffect: 0 }
        const records = pools[recordedUnder]!.runs
        const heads = pools[headUnder]!.runs
        for (let r = 0; r + RECORD_RUNS <= records.length; r += RECORD_RUNS) {
          for (let h = 0; h + HEAD_RUNS <= heads.length; h += HEAD_RUNS) {
            const base = samples('base', records.slice(r, r + RECORD_RUNS))
            const { verdict, n } = decide(base, heads.slice(h, h + HEAD_RUNS), defaultStatsOptions)
            tally[verdict]++
            // With δ = 0 any consistent shift the condition causes would show as a leak.
            if (decide(base, heads.slice(h, h + HEAD_RUNS), bare).verdict === 'leak') tally.leakWithZeroEffect++
            tally.comparisons++
            tally.meanHeadRuns += n
          }
        }
        tally.meanHeadRuns /= Math.max(1, tally.comparisons)
        results[`record ${recordedUnder}, head ${headUnder}`] = tally
        console.log(`record ${recordedUnder}, head ${headUnder}: ${JSON.stringify(tally)}`)
      }
    }
    const all = Object.values(results)
    const figures = {
      date: new Date().toISOString(),
      node: process.version,
      runsPerCondition: RUNS,
      soakIterations: Number(ITERATIONS),
      recordRuns: RECORD_RUNS,
      growth,
      results,
      falseAlarms: all.reduce((a, t) => a + t.leak, 0),
      comparisons: all.reduce((a, t) => a + t.comparisons, 0),
      wallSeconds: (Date.now() - started) / 1000,
      loadAverage: os.loadavg()
    }
    fs.writeFileSync(path.join(repoRoot, 'bench', 'results', 'store-aa.json'), `${JSON.stringify(figures, null, 2)}\n`)
    console.log(`false alarms: ${figures.falseAlarms} of ${figures.comparisons}; written to bench/results/store-aa.json`)
  } finally {
    fs.rmSync(dir, { recursive: true, force: true })
  }
}

await main()
