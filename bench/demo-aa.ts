// npm run bench:aa — the real-process A/A check of docs/statistics.md: the demo service measured
// against itself. One soak session runs GROUPS × 5 runs of the same commit on both "sides"
// (interleaved, two slots, the probe's default pacing), then every group of 5 base + 5 head runs
// gets a verdict from analyzeSamples with the default options. Goal: no "leak" verdict.
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
import { analyzeSamples, defaultStatsOptions } from '../src/stats/analyze.js'
import type { Samples } from '../src/types.js'

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..', '..')
const GROUPS = Number(process.env.GROUPS ?? 20)
const RUNS = defaultStatsOptions.runs
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
    const verdicts = { pass: 0, leak: 0, inconclusive: 0 }
    const differences: number[] = []
    for (let g = 0; g < GROUPS; g++) {
      const analysis = analyzeSamples(group(soak.base.samples, g), group(soak.head.samples, g))
      verdicts[analysis.verdict]++
      differences.push(analysis.difference.estimate)
      process.stderr.write(`group ${g + 1}: ${analysis.verdict} (${analysis.difference.estimate.toFixed(2)} ${analysis.unit})\n`)
    }
    const figures = {
      date: new Date().toISOString(),
      node: process.version,
      groups: GROUPS,
      runsPerSidePerGroup: RUNS,
      soakIterations: Number(ITERATIONS),
      verdicts,
      falseAlarmRate: verdicts.leak / GROUPS,
      medianAbsDifference: [...differences].map(Math.abs).sort((a, b) => a - b)[Math.floor(GROUPS / 2)],
      wallSeconds: (Date.now() - started) / 1000,
      loadAverage: os.loadavg()
    }
    const file = path.join(repoRoot, 'bench', 'results', 'aa.json')
    fs.writeFileSync(file, JSON.stringify(figures, null, 2) + '\n')
    console.log(
      `A/A on the demo, ${GROUPS} groups of ${RUNS}+${RUNS} runs: ${JSON.stringify(verdicts)}; written to ${path.relative(repoRoot, file)}`
    )
  } finally {
    fs.rmSync(dir, { recursive: true, force: true })
  }
}

await main()
