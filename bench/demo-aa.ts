// npm run bench:aa — the real-process A/A check of docs/statistics.md: the demo service measured
// against itself. One soak session runs GROUPS × max-runs (10) runs of the same commit on both
// "sides" (interleaved, two slots, the probe's default pacing), then every group runs the
// pipeline's sequential procedure on its runs in order: the early looks at 2 and 3 runs a side,
// then 5, 8, 10, stopping at the first verdict (and, as before issue 23, 5 → 8 → 10 without the
// early looks). The same groups with 16 bytes/request added to head's runs check the detection.
// Goal: no "leak" verdict on A/A, every injected leak found.
// Prints the figures and writes bench/results/aa.json. SAVE_SAMPLES=DIR also writes the runs as
// DIR/demo-aa-base.json and DIR/demo-aa-head.json (memgate-samples/1), the real-process traces that
// `npm run bench:stats` resamples (__tests__/fixtures/stats/ holds the ones it uses).
import * as fs from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import { fileURLToPath } from 'node:url'
import { createDemoRepo } from '../src/demo.js'
import { createGit } from '../src/git.js'
import { soakBothSides } from '../src/soak/session.js'
import { analyzeSamples, defaultStatsOptions, planAllLooks, type StatsOptions } from '../src/stats/analyze.js'
import { nextStep } from '../src/stats/sequential.js'
import type { Run, Samples } from '../src/types.js'

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..', '..')
const GROUPS = Number(process.env.GROUPS ?? 20)
const RUNS = defaultStatsOptions.maxRuns
const LEAK = Number(process.env.LEAK ?? 16)
// The demo's default is 60000 requests a run; A/A needs many runs, so each is shorter by default.
const ITERATIONS = process.env.SOAK_ITERATIONS ?? '20000'

async function main(): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'memgate-bench-aa-'))
  const started = Date.now()
  try {
    const repo = await createDemoRepo(path.join(dir, 'repo'), 'clean')
    process.env.SOAK_ITERATIONS = ITERATIONS
    const soak = await soakBothSides({
      git: await createGit(repo.dir),
      baseSha: repo.baseSha, // the same commit on both sides: any difference is noise
      headSha: repo.baseSha,
      workDir: path.join(dir, 'work'),
      soakCommand: 'node soak.js',
      workingDirectory: '.',
      runs: GROUPS * RUNS,
      timeoutMs: 600000,
      probePath: path.join(repoRoot, 'dist', 'probe.cjs'),
      secrets: [],
      log: (line) => process.stderr.write(`  ${line}\n`)
    })
    if (process.env.SAVE_SAMPLES) {
      for (const side of [soak.base.samples, soak.head.samples]) {
        // The per-run log files live in the temporary directory removed below.
        const runs = side.runs.map(({ log: _log, ...run }) => run)
        fs.writeFileSync(path.join(process.env.SAVE_SAMPLES, `demo-aa-${side.side}.json`), JSON.stringify({ ...side, runs }) + '\n')
      }
    }
    // A side's first run may be the session's pilot (too short for a trend, it sets the pace): the
    // groups are the GROUPS × RUNS runs after it, as the pipeline would count them.
    const group = (samples: Samples, g: number): Samples => {
      const from = samples.runs.length - GROUPS * RUNS + g * RUNS
      return { ...samples, runs: samples.runs.slice(from, from + RUNS) }
    }
    const inject = (samples: Samples): Samples => ({ ...samples, runs: samples.runs.map((run) => addLeak(run, LEAK)) })
    const cases = {
      'A/A, early looks (default)': { options: defaultStatsOptions, leak: false },
      'A/A, without early looks': { options: { ...defaultStatsOptions, earlyLooks: [] }, leak: false },
      [`${LEAK} bytes/request added to head, early looks`]: { options: defaultStatsOptions, leak: true },
      [`${LEAK} bytes/request added to head, without early looks`]: { options: { ...defaultStatsOptions, earlyLooks: [] }, leak: true }
    }
    const results: Record<string, { pass: number; leak: number; inconclusive: number; meanRuns: number }> = {}
    const differences: number[] = []
    for (const [label, c] of Object.entries(cases)) {
      const verdicts = { pass: 0, leak: 0, inconclusive: 0 }
      let runs = 0
      for (let g = 0; g < GROUPS; g++) {
        const head = group(soak.head.samples, g)
        const { verdict, used, difference } = sequential(group(soak.base.samples, g), c.leak ? inject(head) : head, c.options)
        verdicts[verdict]++
        runs += used
        if (label.startsWith('A/A, early')) differences.push(difference)
      }
      results[label] = { ...verdicts, meanRuns: runs / GROUPS }
      console.log(`${label}: ${JSON.stringify(results[label])}`)
    }
    const figures = {
      date: new Date().toISOString(),
      node: process.version,
      groups: GROUPS,
      runsPerSidePerGroup: RUNS,
      soakIterations: Number(ITERATIONS),
      results,
      falseAlarmRate: results['A/A, early looks (default)']!.leak / GROUPS,
      medianAbsDifference: [...differences].map(Math.abs).sort((a, b) => a - b)[Math.floor(GROUPS / 2)],
      wallSeconds: (Date.now() - started) / 1000,
      loadAverage: os.loadavg()
    }
    const file = path.join(repoRoot, 'bench', 'results', 'aa.json')
    fs.writeFileSync(file, JSON.stringify(figures, null, 2) + '\n')
    console.log(`A/A on the demo, ${GROUPS} groups of up to ${RUNS}+${RUNS} runs; written to ${path.relative(repoRoot, file)}`)
  } finally {
    fs.rmSync(dir, { recursive: true, force: true })
  }
}

/** The pipeline's plan on one group's runs in order: analyse at each look, stop at the first verdict. */
function sequential(base: Samples, head: Samples, options: StatsOptions) {
  let n = planAllLooks(options)[0]!
  for (;;) {
    const analysis = analyzeSamples({ ...base, runs: base.runs.slice(0, n) }, { ...head, runs: head.runs.slice(0, n) }, options)
    const step = nextStep(analysis, n, options.maxRuns)
    if (step.done) return { verdict: analysis.verdict, used: n, difference: analysis.difference.estimate }
    n += step.addRuns
  }
}

function addLeak(run: Run, perUnit: number): Run {
  const x0 = run.samples[0]?.x ?? 0
  return { ...run, samples: run.samples.map((s) => ({ ...s, heap: s.heap + Math.round(perUnit * (s.x - x0)) })) }
}

await main()
