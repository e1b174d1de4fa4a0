// npm run bench:soak — two figures of the soak stage, printed and written to bench/results/soak.json:
// (1) the probe's cost on a CPU-bound soak: its throughput (iterations/s, timed inside the soak)
//     without the probe, with it in a first run (length unknown), and with it in a later run
//     (MEMGATE_EXPECT from the first); interleaved, medians of PAIRS rounds. Goal: ≤ 5% slower.
// (2) wall time of soakBothSides on the demo (createDemoRepo 'leaky', `node soak.js`) against the
//     ideal, the sum of the runs' times divided by the parallel slots. Goal: ≤ 1.15.
// (3) a decision that needs two looks (5 runs a side, then 3 more) on the demo: one session that
//     keeps its worktrees and installs (now), against two sessions that rebuild and reinstall
//     (before); LOOK_ROUNDS rounds, alternating which goes first, medians. BENCH_PART=looks alone.
import { spawnSync } from 'node:child_process'
import * as fs from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import { fileURLToPath } from 'node:url'
import { createDemoRepo } from '../src/demo.js'
import { createGit } from '../src/git.js'
import { openSession, type SessionOptions, soakBothSides } from '../src/soak/session.js'

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..', '..')
const probe = path.join(repoRoot, 'dist', 'probe.cjs')
const PAIRS = Number(process.env.PAIRS ?? 9)
// 5–7 s here. A run of a known length gets at least MIN_EVEN_SAMPLES samples, so in soaks of a few
// seconds the probe may spend more than its budget to give the statistics a trend.
const ITERATIONS = Number(process.env.ITERATIONS ?? 480000)
const DEMO_RUNS = Number(process.env.DEMO_RUNS ?? 5)
// Unset: the demo's own default length.
const DEMO_ITERATIONS = process.env.DEMO_ITERATIONS

// A service-like iteration: parse, transform and serialise a request, with a ~20 MB live heap of
// cached results that churns (so full GCs have real work), all on one core.
const CPU_SOAK = `
const cache = new Map()
const n = Number(process.env.ITERATIONS)
const started = process.hrtime.bigint()
const cpu = process.cpuUsage()
for (let i = 0; i < n; i++) {
  const request = JSON.parse(JSON.stringify({ id: i, items: Array.from({ length: 20 }, (_, k) => ({ sku: 'sku-' + ((i + k) % 500), qty: k })) }))
  let total = 0
  for (const item of request.items) total += item.qty * item.sku.length
  cache.set(i % 40000, { total, key: 'order-' + i, items: request.items.slice(0, 3) })
  process.emit('memgate:iteration')
}
const seconds = Number(process.hrtime.bigint() - started) / 1e9
const used = process.cpuUsage(cpu)
console.log(JSON.stringify({ throughput: n / seconds, cpuThroughput: n / ((used.user + used.system) / 1e6), seconds }))
`

interface CpuSoakFigures {
  /** Iterations per second of wall time. */
  throughput: number
  /** Iterations per second of the process's CPU time (all its threads): steadier on a shared machine. */
  cpuThroughput: number
  seconds: number
  samples: number
  /** The probe's own time (its full GCs) as a share of the process's life, from its last sample line. */
  probeShare: number
}

function runCpuSoak(dir: string, mode: 'bare' | 'first' | 'later', expect?: object): CpuSoakFigures {
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
  const figures = JSON.parse(result.stdout.trim().split('\n').pop()!) as Omit<CpuSoakFigures, 'samples'>
  const lines =
    mode === 'bare'
      ? []
      : fs
          .readFileSync(samplesFile, 'utf8')
          .split('\n')
          .filter((l) => l.includes('"x"'))
  const last = lines.length ? (JSON.parse(lines[lines.length - 1]!) as { t: number; probeMs: number }) : undefined
  return { ...figures, samples: lines.length, probeShare: last ? last.probeMs / last.t : 0 }
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!

async function probeOverhead() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'memgate-bench-probe-'))
  const runs: Record<'bare' | 'first' | 'later', CpuSoakFigures[]> = { bare: [], first: [], later: [] }
  // The first run tells later runs its length, as soakBothSides does.
  const pilot = runCpuSoak(dir, 'first')
  const expect = { unit: 'iteration', x: ITERATIONS, ms: pilot.seconds * 1000 }
  // A shared machine drifts by more than the effect measured: each round runs the three side by
  // side in time, in a rotating order, and the figure is the median of the rounds' own ratios.
  const orders: Array<Array<'bare' | 'first' | 'later'>> = [
    ['bare', 'first', 'later'],
    ['first', 'later', 'bare'],
    ['later', 'bare', 'first']
  ]
  for (let i = 0; i < PAIRS; i++) {
    for (const mode of orders[i % orders.length]!) runs[mode].push(runCpuSoak(dir, mode, mode === 'later' ? expect : undefined))
    const show = (f: CpuSoakFigures) => `${f.throughput.toFixed(0)}/s (${f.cpuThroughput.toFixed(0)}/CPU-s)`
    process.stderr.write(
      `  round ${i + 1}/${PAIRS}: bare ${show(runs.bare[i]!)}, first run ${show(runs.first[i]!)}, later run ${show(runs.later[i]!)}\n`
    )
  }
  fs.rmSync(dir, { recursive: true, force: true })
  const med = (mode: keyof typeof runs, key: 'throughput' | 'cpuThroughput' | 'samples' | 'probeShare') =>
    median(runs[mode].map((f) => f[key]))
  const slower = (mode: 'first' | 'later', key: 'throughput' | 'cpuThroughput') =>
    +(100 * (1 - median(runs[mode].map((f, i) => f[key] / runs.bare[i]![key])))).toFixed(2)
  const figures = (mode: 'first' | 'later') => ({
    iterationsPerSecond: Math.round(med(mode, 'throughput')),
    slowerPercent: slower(mode, 'throughput'),
    iterationsPerCpuSecond: Math.round(med(mode, 'cpuThroughput')),
    slowerPercentCpu: slower(mode, 'cpuThroughput'),
    samples: med(mode, 'samples'),
    probeSelfTimePercent: +(100 * med(mode, 'probeShare')).toFixed(2)
  })
  return {
    iterations: ITERATIONS,
    rounds: PAIRS,
    method: 'median over rounds of (throughput with the probe ÷ bare throughput in the same round)',
    bareIterationsPerSecond: Math.round(med('bare', 'throughput')),
    bareIterationsPerCpuSecond: Math.round(med('bare', 'cpuThroughput')),
    firstRun: figures('first'),
    laterRun: figures('later'),
    goalPercent: 5
  }
}

async function gateWallTime() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'memgate-bench-demo-'))
  const repo = await createDemoRepo(path.join(dir, 'repo'), 'leaky')
  if (DEMO_ITERATIONS) process.env.SOAK_ITERATIONS = DEMO_ITERATIONS
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
    soakIterations: DEMO_ITERATIONS ? Number(DEMO_ITERATIONS) : 'the demo default',
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

const LOOK_ROUNDS = Number(process.env.LOOK_ROUNDS ?? 3)

async function twoLooks() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'memgate-bench-looks-'))
  const repo = await createDemoRepo(path.join(dir, 'repo'), 'leaky')
  const git = await createGit(repo.dir)
  const session = (work: string): SessionOptions => ({
    git,
    baseSha: repo.baseSha,
    headSha: repo.headSha,
    workDir: path.join(dir, work),
    soakCommand: 'node soak.js',
    workingDirectory: '.',
    timeoutMs: 600000,
    probePath: probe,
    secrets: [],
    log: () => {}
  })
  // Now: one session, its installs done once, serves both looks.
  const kept = async (work: string) => {
    const started = Date.now()
    const s = await openSession(session(work))
    try {
      const first = await s.soak({ runs: 5 })
      await s.soak({
        runs: 3,
        outDir: path.join(dir, work, 'look-2'),
        expected: { base: first.base.length, head: first.head.length },
        snapshots: false
      })
    } finally {
      await s.close()
    }
    return Date.now() - started
  }
  // Before: each look a session of its own (worktrees and installs again), as the pipeline did.
  const rebuilt = async (work: string) => {
    const started = Date.now()
    const first = await soakBothSides({ ...session(work), runs: 5 })
    await soakBothSides({
      ...session(`${work}-2`),
      runs: 3,
      expected: { base: first.base.length, head: first.head.length },
      snapshots: false
    })
    return Date.now() - started
  }
  const keptMs: number[] = []
  const rebuiltMs: number[] = []
  for (let round = 0; round < LOOK_ROUNDS; round++) {
    if (round % 2 === 0) {
      keptMs.push(await kept(`kept-${round}`))
      rebuiltMs.push(await rebuilt(`rebuilt-${round}`))
    } else {
      rebuiltMs.push(await rebuilt(`rebuilt-${round}`))
      keptMs.push(await kept(`kept-${round}`))
    }
    process.stderr.write(`  round ${round + 1}: one session ${keptMs.at(-1)} ms, a session a look ${rebuiltMs.at(-1)} ms\n`)
  }
  fs.rmSync(dir, { recursive: true, force: true })
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!
  return {
    looks: '5 runs a side, then 3 more',
    rounds: LOOK_ROUNDS,
    oneSessionMs: keptMs,
    sessionPerLookMs: rebuiltMs,
    medianOneSessionMs: median(keptMs),
    medianSessionPerLookMs: median(rebuiltMs),
    savedMs: median(rebuiltMs) - median(keptMs)
  }
}

const machine = { node: process.version, cpus: os.cpus().length, loadavg: os.loadavg().map((l) => +l.toFixed(2)) }
const parts = (process.env.BENCH_PART ?? 'probe,demo,looks').split(',')
const resultsFile = path.join(repoRoot, 'bench', 'results', 'soak.json')
// A partial run (BENCH_PART=probe or demo) keeps the other part's last figures.
const previous = fs.existsSync(resultsFile) ? (JSON.parse(fs.readFileSync(resultsFile, 'utf8')) as Record<string, unknown>) : {}
let probeOverheadFigures = previous.probeOverhead
let demoWallTimeFigures = previous.demoWallTime
let twoLooksFigures = previous.twoLooks
if (parts.includes('probe')) {
  process.stderr.write(`probe overhead (${PAIRS} rounds of ${ITERATIONS} iterations)\n`)
  probeOverheadFigures = await probeOverhead()
}
if (parts.includes('demo')) {
  process.stderr.write(`gate wall time on the demo (${DEMO_RUNS} runs per side)\n`)
  demoWallTimeFigures = await gateWallTime()
}
if (parts.includes('looks')) {
  process.stderr.write(`a decision of two looks on the demo (${LOOK_ROUNDS} rounds)\n`)
  twoLooksFigures = await twoLooks()
}
const results = {
  date: new Date().toISOString(),
  machine,
  probeOverhead: probeOverheadFigures,
  demoWallTime: demoWallTimeFigures,
  twoLooks: twoLooksFigures
}
fs.mkdirSync(path.dirname(resultsFile), { recursive: true })
fs.writeFileSync(resultsFile, JSON.stringify(results, null, 2) + '\n')
console.log(JSON.stringify(results, null, 2))
