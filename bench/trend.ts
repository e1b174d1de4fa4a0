// Calibration of the creep detector (src/record/trend.ts) on recorded real traces: `npm run bench:trend`.
//
// Builds synthetic histories of main from the soak traces recorded by
// __tests__/fixtures/stats/record.mjs and bench/demo-aa.ts (real Node.js processes): each commit
// draws RUNS runs of a workload, a leak of the commit's level (bytes per iteration) is added to
// every sample of those runs, and each run is measured by the statistics stage (measureRun,
// Theil–Sen after the warm-up) as a record's runs are. The commit's value is the median of its runs
// plus the commit's own offset: a day's runner, shared by all its runs. Offsets are normal with a
// standard deviation of OFFSET bytes per iteration (default 2, a quarter of the gate's minimum
// effect), and one commit in fifty gets an outlier of ±20. (A run's Theil–Sen slope shifts by
// exactly c when c·x is added to its samples, so the offset is added to the measured slope; the
// leak levels are injected into the traces and measured.)
//
// Each look runs findSteps on the last WINDOW (100) points, as `memgate trend --last 100` does
// after each push. Figures go to stdout and bench/results/trend.json.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { findSplits, findSteps, type TrendChange, type TrendPoint } from '../src/record/trend.js'
import { defaultStatsOptions } from '../src/stats/analyze.js'
import { seededRandom as random } from '../src/stats/random.js'
import { measureRun } from '../src/stats/run-growth.js'
import type { Run, Samples } from '../src/types.js'

const root = process.cwd()
const fixtures = join(root, '__tests__/fixtures/stats')
const SERIES = Number(process.env.SERIES ?? 500)
const FLAT_COMMITS = Number(process.env.FLAT_COMMITS ?? 2000)
const FLAT_SERIES = Number(process.env.FLAT_SERIES ?? 5)
const OFFSET = Number(process.env.OFFSET ?? 2)
// PARTS=flat or PARTS=steps runs one part; the results file keeps the other part's last figures.
const PARTS = (process.env.PARTS ?? 'flat,steps').split(',')
const RUNS = 5
const WINDOW = 100
const started = Date.now()

const normal = (rnd: () => number): number => Math.sqrt(-2 * Math.log(1 - rnd())) * Math.cos(2 * Math.PI * rnd())

const read = (file: string): Samples => JSON.parse(readFileSync(join(fixtures, file), 'utf8')) as Samples
function load(name: string): Samples {
  if (name !== 'demo') return read(`${name}.json`)
  // The session's pilot run of each side is too short for a trend; the pool is the runs after it.
  const base = read('demo-aa-base.json')
  const head = read('demo-aa-head.json')
  return { ...base, runs: [...base.runs.slice(1), ...head.runs.slice(1)] }
}

function injectLeak(run: Run, perUnit: number): Run {
  if (perUnit === 0) return run
  const x0 = run.samples[0]?.x ?? 0
  return { ...run, samples: run.samples.map((s) => ({ ...s, heap: s.heap + Math.round(perUnit * (s.x - x0)) })) }
}

// Measured slopes of every run of a workload at each injected level, measured once.
const slopes = new Map<string, number[]>()
function slopesAt(name: string, level: number): number[] {
  const id = `${name}|${level}`
  let found = slopes.get(id)
  if (!found) {
    const samples = load(name)
    found = samples.runs
      .map((run, i) => measureRun(injectLeak(run, level), i, samples.unit, defaultStatsOptions))
      .filter((r) => !r.excluded && r.heap)
      .map((r) => r.heap!.estimate)
    slopes.set(id, found)
  }
  return found
}

/** One commit's point: RUNS runs of the workload at `level`, their median, the commit's offset. */
function commitPoint(name: string, level: number, i: number, rnd: () => number): TrendPoint {
  const pool = slopesAt(name, level)
  const runs = Array.from({ length: RUNS }, () => pool[Math.floor(rnd() * pool.length)]!).sort((a, b) => a - b)
  const offset = rnd() < 0.02 ? (rnd() < 0.5 ? -20 : 20) : OFFSET * normal(rnd)
  const m = runs[RUNS >> 1]! + offset
  return { commit: `c${i}`, estimate: m, low: runs[0]! + offset, high: runs[RUNS - 1]! + offset, runs: RUNS, bumps: [] }
}

function history(name: string, levels: (i: number) => number, length: number, rnd: () => number): TrendPoint[] {
  return Array.from({ length }, (_, i) => commitPoint(name, levels(i), i, rnd))
}

/** The look after commit `t` (inclusive): steps among the last WINDOW points, indices into the whole history. */
function look(points: TrendPoint[], t: number): TrendChange[] {
  const start = Math.max(0, t + 1 - WINDOW)
  return findSteps(points.slice(start, t + 1)).map((c) => ({ ...c, index: c.index + start }))
}

const workloads = ['demo', 'steady', 'bursty']
const resultsFile = join(root, 'bench/results/trend.json')
const results: Record<string, unknown> = {
  ...(existsSync(resultsFile) ? (JSON.parse(readFileSync(resultsFile, 'utf8')) as Record<string, unknown>) : {}),
  node: process.version,
  series: SERIES,
  runs: RUNS,
  window: WINDOW,
  offset: OFFSET
}
const pct = (n: number, d: number): string => `${((100 * n) / d).toFixed(1)}%`
const quantile = (values: number[], q: number): number => {
  const s = [...values].sort((a, b) => a - b)
  return s.length ? s[Math.min(s.length - 1, Math.floor(q * s.length))]! : Number.NaN
}

console.log(
  `Creep detector on recorded traces: ${RUNS} runs a commit, per-commit offset sd ${OFFSET} B/iteration (2% outliers ±20), looks over the last ${WINDOW} commits`
)

// ---------- false alarms: flat histories, a look after every commit ----------
if (PARTS.includes('flat')) {
  const rows: string[] = []
  const flat: Record<string, unknown> = {}
  let totalLooks = 0
  let totalAlarms = 0
  for (const [w, name] of workloads.entries()) {
    let looks = 0
    let alarms = 0
    let alarmLooks = 0
    let splitLooks = 0
    for (let s = 0; s < FLAT_SERIES; s++) {
      const rnd = random(1000 * w + s + 1)
      const points = history(name, () => 0, FLAT_COMMITS, rnd)
      const alarmed = new Set<number>()
      for (let t = 0; t < FLAT_COMMITS; t++) {
        looks++
        const changes = look(points, t)
        if (changes.length) alarmLooks++
        // The rank test alone, before the minimum step: its rate is alpha per look.
        if (findSplits(points.slice(Math.max(0, t + 1 - WINDOW), t + 1).map((p) => p.estimate)).length) splitLooks++
        // A new alarm is a step at a commit no earlier look reported (±2 commits: the same step seen again).
        const fresh = changes.filter((c) => ![...alarmed].some((a) => Math.abs(a - c.index) <= 2))
        if (fresh.length) alarms++
        for (const c of changes) alarmed.add(c.index)
      }
    }
    totalLooks += looks
    totalAlarms += alarms
    flat[name] = { looks, alarms, alarmLooks, splitLooks }
    rows.push(
      `| ${name} | ${looks} | ${alarms} | ${((1000 * alarms) / looks).toFixed(2)} | ${alarmLooks} | ${splitLooks} (${((1000 * splitLooks) / looks).toFixed(2)} per 1,000) |`
    )
  }
  results.flat = { ...flat, looks: totalLooks, alarms: totalAlarms, perThousand: (1000 * totalAlarms) / totalLooks }
  console.log(
    `\nFalse alarms on flat histories (goal: <= 1 per 1,000 commits)\n| workload | commits (looks) | new alarms | per 1,000 commits | looks reporting a step | looks where the rank test splits (up or down, any size) |\n| --- | --- | --- | --- | --- | --- |\n${rows.join('\n')}\n| **all** | ${totalLooks} | ${totalAlarms} | ${((1000 * totalAlarms) / totalLooks).toFixed(2)} | | |`
  )
}

// ---------- steps, creep and fixes ----------
interface Scenario {
  name: string
  levels: (i: number) => number
  length: number
  /** Where the step starts (the first commit of the new level); creep: the first step. */
  at: number
  /** A reported change counts when its index is in [at, at + slack]. */
  slack: number
  goal: string
}
const STEP_AT = 60
const scenarios: Scenario[] = [
  { name: '+256 B step', levels: (i) => (i >= STEP_AT ? 256 : 0), length: STEP_AT + 40, at: STEP_AT, slack: 1, goal: '>= 95%' },
  { name: '+32 B step', levels: (i) => (i >= STEP_AT ? 32 : 0), length: STEP_AT + 40, at: STEP_AT, slack: 1, goal: '>= 80%' },
  {
    name: 'four +6 B steps (creep)',
    levels: (i) => 6 * [40, 50, 60, 70].filter((at) => i >= at).length,
    length: 100,
    at: 40,
    slack: 60,
    goal: '>= 80%'
  },
  {
    name: 'a fix (-32 B)',
    levels: (i) => (i >= STEP_AT ? 0 : 32),
    length: STEP_AT + 40,
    at: STEP_AT - 2,
    slack: 4,
    goal: 'never'
  }
]
if (PARTS.includes('steps')) {
  const rows: string[] = []
  const steps: Record<string, unknown> = {}
  for (const [w, name] of workloads.entries()) {
    for (const [k, scenario] of scenarios.entries()) {
      let found = 0
      let anyAlarm = 0
      let atFix = 0
      const delays: number[] = []
      for (let s = 0; s < SERIES; s++) {
        const rnd = random(7_000_000 + 100_000 * w + 10_000 * k + s)
        const points = history(name, scenario.levels, scenario.length, rnd)
        const hits = (c: TrendChange) => c.index >= scenario.at && c.index <= scenario.at + scenario.slack
        // Streaming: the first look that reports the step gives the delay in commits after its first commit.
        let first: number | null = null
        let alarmed = false
        for (let t = 0; t < scenario.length; t++) {
          const changes = look(points, t)
          if (changes.length) alarmed = true
          if (scenario.goal === 'never' && changes.some(hits)) atFix++
          if (first === null && changes.some(hits)) first = t - scenario.at
        }
        if (alarmed) anyAlarm++
        if (look(points, scenario.length - 1).some(hits)) found++
        if (first !== null) delays.push(first)
      }
      const isFix = scenario.goal === 'never'
      steps[`${name}|${scenario.name}`] = isFix
        ? { series: SERIES, looksAlarmingAtTheFix: atFix, seriesWithAnyAlarm: anyAlarm }
        : { series: SERIES, found, anyAlarm, delayMedian: quantile(delays, 0.5), delayP90: quantile(delays, 0.9) }
      rows.push(
        `| ${name} | ${scenario.name} | ${SERIES} | ${
          isFix ? `${atFix} looks alarm at the fix; ${anyAlarm} series with a false alarm elsewhere` : pct(found, SERIES)
        } | ${scenario.goal} | ${isFix ? '–' : delays.length ? `${quantile(delays, 0.5)} / ${quantile(delays, 0.9)}` : '–'} |`
      )
    }
  }
  results.steps = steps
  console.log(
    `\nSteps found (step at commit ${STEP_AT} of ${STEP_AT + 40}; "found" = the last look names the step's first commit or the next; creep: steps at 40, 50, 60, 70, any step reported from 40 on)\n| workload | history | series | found | goal | delay in commits, median / 90th percentile |\n| --- | --- | --- | --- | --- | --- |\n${rows.join('\n')}`
  )
}

results.wallMs = Date.now() - started
mkdirSync(join(root, 'bench/results'), { recursive: true })
writeFileSync(resultsFile, `${JSON.stringify(results, null, 2)}\n`)
console.log(`\n${((Date.now() - started) / 1000).toFixed(1)} s; written to bench/results/trend.json`)
