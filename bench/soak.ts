// npm run bench:soak — two figures of the soak stage, printed and written to bench/results/soak.json:
// (1) the probe's cost on a CPU-bound soak: its throughput (iterations/s, timed inside the soak)
//     without the probe, with it in a first run (length unknown), and with it in a later run
//     (MEMGATE_EXPECT from the first); interleaved, medians of PAIRS rounds. Goal: ≤ 5% slower.
// (2) wall time of soakBothSides on the demo (createDemoRepo 'leaky', `node soak.js`) against the
//     ideal, the sum of the runs' times divided by the parallel slots. Goal: ≤ 1.15.
import { spawnSync } from 'node:child_process'
import * as fs from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import { fileURLToPath } from 'node:url'
import { createDemoRepo } from '../src/demo.js'
import { createGit } from '../src/soak/git.js'
import { soakBothSides } from '../src/soak/session.js'

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..', '..')
const probe = path.join(repoRoot, 'dist', 'probe.cjs')
const PAIRS = Number(process.env.PAIRS ?? 5)
const ITERATIONS = Number(process.env.ITERATIONS ?? 60000)
const DEMO_RUNS = Number(process.env.DEMO_RUNS ?? 5)
const DEMO_ITERATIONS = process.env.DEMO_ITERATIONS ?? '30000'

// A service-like iteration: parse, transform and serialise a request, with a ~20 MB live heap of
// cached results that churns (so full GCs have real work), all on one core.
const CPU_SOAK = `
const cache = new Map()
const n = Number(process.env.ITERATIONS)
const started = process.hrtime.bigint()
for (let i = 0; i < n; i++) {
  const request = JSON.parse(JSON.stringify({ id: i, items: Array.from({ length: 20 }, (_, k) => ({ sku: 'sku-' + ((i + k) % 500), qty: k })) }))
  let total = 0
  for (const item of request.items) total += item.qty * item.sku.length
  cache.set(i % 40000, { total, key: 'order-' + i, items: request.items.slice(0, 3) })
  process.emit('memgate:iteration')
}
const seconds = Number(process.hrtime.bigint() - started) / 1e9
console.log(JSON.stringify({ throughput: n / seconds, seconds }))
`

function runCpuSoak(dir: string, mode: 'bare' | 'first' | 'later', expect?: object): { throughput: number; seconds: number; samples: number } {
  const samplesFile = path.join(dir, `samples-${mode}.jsonl`)
  fs.rmSync(samplesFile, { force: true })
  const env: Record<string, string> = { PATH: process.env.PATH ?? '', ITERATIONS: String(ITERATIONS) }
  if (mode !== 'bare') {
    env.NODE_OPTIONS = `--require "${probe}"`
    env.MEMGATE_SAMPLES_FILE = samplesFile
    if (expect) env.MEMGATE_EXPECT = JSON.stringify(expect)
  }
  const result = spawnSync(process.execPath, ['-e', CPU_SOAK], { env, encoding: 'utf8' })
  if (result.status !== 0) throw new Error(`CPU soak failed: ${result.stderr}`)
  const figures = JSON.parse(result.stdout.trim().split('\n').pop()!) as { throughput: number; seconds: number }
  const samples = mode === 'bare' ? 0 : fs.readFileSync(samplesFile, 'utf8').split('\n').filter((l) => l.includes('"x"')).length
  return { ...figures, samples }
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]

async function probeOverhead() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'memgate-bench-probe-'))
  const bare: number[] = []
  const first: number[] = []
  const later: number[] = []
  const samples = { first: [] as number[], later: [] as number[] }
  // The first run tells later runs its length, as soakBothSides does.
  const pilot = runCpuSoak(dir, 'first')
  const expect = { unit: 'iteration', x: ITERATIONS, ms: pilot.seconds * 1000 }
  for (let i = 0; i < PAIRS; i++) {
    bare.push(runCpuSoak(dir, 'bare').throughput)
    const f = runCpuSoak(dir, 'first')
    first.push(f.throughput)
    samples.first.push(f.samples)
    const l = runCpuSoak(dir, 'later', expect)
    later.push(l.throughput)
    samples.later.push(l.samples)
    process.stderr.write(`  round ${i + 1}/${PAIRS}: bare ${bare[i].toFixed(0)}/s, first run ${first[i].toFixed(0)}/s, later run ${later[i].toFixed(0)}/s\n`)
  }
  fs.rmSync(dir, { recursive: true, force: true })
  const slower = (xs: number[]) => 1 - median(xs) / median(bare)
  return {
    iterations: ITERATIONS,
    rounds: PAIRS,
    bareIterationsPerSecond: Math.round(median(bare)),
    firstRun: { iterationsPerSecond: Math.round(median(first)), slowerPercent: +(100 * slower(first)).toFixed(2), samples: median(samples.first) },
    laterRun: { iterationsPerSecond: Math.round(median(later)), slowerPercent: +(100 * slower(later)).toFixed(2), samples: median(samples.later) },
    goalPercent: 5
  }
}

async function gateWallTime() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'memgate-bench-demo-'))
  const repo = await createDemoRepo(path.join(dir, 'repo'), 'leaky')
  process.env.SOAK_ITERATIONS = DEMO_ITERATIONS
  const result = await soakBothSides({
    git: await createGit(repo.dir),
    baseSha: repo.baseSha,
    headSha: repo.headSha,
    workDir: path.join(dir, 'work'),
    soakCommand: 'node soak.js',
    workingDirectory: '.',
    runs: DEMO_RUNS,
    timeoutMs: 600000,
    probePath: probe,
    secrets: [],
    log: (line) => process.stderr.write(`  ${line}\n`)
  })
  delete process.env.SOAK_ITERATIONS
  fs.rmSync(dir, { recursive: true, force: true })
  const slots = result.parallel ? 2 : 1
  const runMs = [...result.base.runs, ...result.head.runs].map((r) => r.durationMs)
  const idealMs = runMs.reduce((a, b) => a + b, 0) / slots
  const installMs = Math.max(result.base.install.durationMs, result.head.install.durationMs)
  return {
    runsPerSide: DEMO_RUNS,
    soakIterations: Number(DEMO_ITERATIONS),
    parallelSlots: slots,
    sumOfRunsMs: runMs.reduce((a, b) => a + b, 0),
    idealMs: Math.round(idealMs),
    runsWallMs: result.runsWallMs,
    stageWallMs: result.wallMs,
    installMs,
    runsWallOverIdeal: +(result.runsWallMs / idealMs).toFixed(3),
    stageWallOverIdeal: +(result.wallMs / idealMs).toFixed(3),
    goal: 1.15
  }
}

const machine = { node: process.version, cpus: os.cpus().length, loadavg: os.loadavg().map((l) => +l.toFixed(2)) }
process.stderr.write(`probe overhead (${PAIRS} rounds of ${ITERATIONS} iterations)\n`)
const overhead = await probeOverhead()
process.stderr.write(`gate wall time on the demo (${DEMO_RUNS} runs per side)\n`)
const wall = await gateWallTime()
const results = { date: new Date().toISOString(), machine, probeOverhead: overhead, demoWallTime: wall }
fs.mkdirSync(path.join(repoRoot, 'bench', 'results'), { recursive: true })
fs.writeFileSync(path.join(repoRoot, 'bench', 'results', 'soak.json'), JSON.stringify(results, null, 2) + '\n')
console.log(JSON.stringify(results, null, 2))
