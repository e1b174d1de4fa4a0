// Calibration of the statistics stage on recorded real traces: `npm run bench:stats`.
//
// Replays the soak traces recorded by __tests__/fixtures/stats/record.mjs (real Node.js workloads,
// post-GC heap read every 200 ms of work, 10 s runs) and resamples their runs:
//   - A/A: base and head drawn from the same workload's runs → false-alarm rate (goal ≤ 1%).
//   - Power: a linear leak of L bytes per unit added to head's real runs → detection rate.
//   - Hard negatives: a cache that fills then plateaus, a lazy-init step, churn, growth that base
//     has as well → how often each is (wrongly) called a leak.
//   - The minimum effect: each candidate default (bytes per unit, share of the heap) through the
//     same resamples, the evidence behind defaultStatsOptions' threshold.
// `demo` is the real-process A/A traces of bench/demo-aa.ts (memgate's own soak session and probe).
// Every resample runs the full sequential procedure (looks at 2, 3, 5, 8, 10 runs a side by default)
// through compareRuns, the same code analyzeSamples uses. Runs are measured once and cached.
// Figures go to stdout, bench/results/stats.json and bench/results/stats.md, and the tables are
// written into docs/statistics.md between its bench markers.
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { compareRuns, defaultStatsOptions, planAllLooks, type StatsOptions } from '../src/stats/analyze.js'
import { seededRandom as random } from '../src/stats/random.js'
import { measureRun, type RunGrowth } from '../src/stats/run-growth.js'
import { nextStep } from '../src/stats/sequential.js'
import type { Run, Samples } from '../src/types.js'

const root = process.cwd()
const fixtures = join(root, '__tests__/fixtures/stats')
const resamples = Number(process.env.RESAMPLES ?? 2000)
const started = Date.now()

const read = (file: string): Samples => JSON.parse(readFileSync(join(fixtures, file), 'utf8')) as Samples

// `demo` is real-process A/A: the demo service soaked by memgate's own session and probe, the same
// commit on both sides (bench/demo-aa.ts with SAVE_SAMPLES). Each side's first run is the
// session's pilot, too short for a trend; the pool is the runs after it, from both sides.
function load(name: string): Samples {
  if (name !== 'demo') return read(`${name}.json`)
  const base = read('demo-aa-base.json')
  const head = read('demo-aa-head.json')
  return { ...base, runs: [...base.runs.slice(1), ...head.runs.slice(1)] }
}
const exists = (name: string): boolean => existsSync(join(fixtures, name === 'demo' ? 'demo-aa-base.json' : `${name}.json`))

function injectLeak(run: Run, perUnit: number): Run {
  if (perUnit === 0) return run
  const x0 = run.samples[0]?.x ?? 0
  return { ...run, samples: run.samples.map((s) => ({ ...s, heap: s.heap + Math.round(perUnit * (s.x - x0)) })) }
}

// Runs measured once per (workload, injected leak).
const cache = new Map<string, RunGrowth[]>()
function pool(name: string, leak = 0, options: StatsOptions = defaultStatsOptions): { unit: Samples['unit']; runs: RunGrowth[] } {
  const samples = load(name)
  const key = `${name}|${leak}|${options.warmup}|${options.minSamples}`
  let runs = cache.get(key)
  if (!runs) {
    runs = samples.runs.map((run, i) => measureRun(injectLeak(run, leak), i, samples.unit, options))
    cache.set(key, runs)
  }
  return { unit: samples.unit, runs }
}

/**
 * Draws runs for one resample: without replacement from a shuffled pool while it lasts (base and
 * head from disjoint runs when they share a pool), then with replacement.
 */
function drawer(size: number, rnd: () => number): () => number {
  const order = [...Array(size).keys()]
  for (let i = size - 1; i > 0; i--) {
    const j = Math.floor(rnd() * (i + 1))
    ;[order[i], order[j]] = [order[j]!, order[i]!]
  }
  let next = 0
  return () => (next < size ? order[next++]! : Math.floor(rnd() * size))
}

type Verdict = 'pass' | 'leak' | 'inconclusive'
interface Tally {
  leak: number
  pass: number
  inconclusive: number
  runs: number
}

/**
 * One sequential decision per resample, as the pipeline makes it. With `recordRuns`, base is a
 * stored record of that many runs, drawn once, and only head gets runs; the look is counted by
 * head's runs (`memgate run --store`).
 */
function simulate(
  base: { unit: Samples['unit']; runs: RunGrowth[] },
  head: { unit: Samples['unit']; runs: RunGrowth[] },
  samePool: boolean,
  options: StatsOptions,
  count: number,
  seed: number,
  recordRuns?: number
): Tally {
  const rnd = random(seed)
  const tally: Tally = { leak: 0, pass: 0, inconclusive: 0, runs: 0 }
  for (let r = 0; r < count; r++) {
    const drawBase = drawer(base.runs.length, rnd)
    const drawHead = samePool ? drawBase : drawer(head.runs.length, rnd)
    const b: RunGrowth[] = []
    const h: RunGrowth[] = []
    for (let i = 0; i < (recordRuns ?? 0); i++) b.push(base.runs[drawBase()]!)
    const add = (n: number): void => {
      for (let i = 0; i < n; i++) {
        if (recordRuns === undefined) b.push(base.runs[drawBase()]!)
        h.push(head.runs[drawHead()]!)
      }
    }
    add(planAllLooks(options)[0]!)
    let verdict: Verdict = 'inconclusive'
    for (;;) {
      const analysis = compareRuns(base.unit, b, h, options, recordRuns === undefined ? undefined : h.length)
      verdict = analysis.verdict
      const step = nextStep(analysis, h.length, options.maxRuns)
      if (step.done) break
      add(step.addRuns)
    }
    tally[verdict]++
    tally.runs += h.length
  }
  return tally
}

const pct = (n: number, d: number): string => `${((100 * n) / d).toFixed(1)}%`
const md: string[] = []
const json: Record<string, unknown> = { resamples, options: defaultStatsOptions, node: process.version }
const table = (title: string, head: string[], rows: (string | number)[][]): void => {
  const lines = [`| ${head.join(' | ')} |`, `| ${head.map(() => '---').join(' | ')} |`, ...rows.map((r) => `| ${r.join(' | ')} |`)]
  md.push(`### ${title}`, '', ...lines, '')
  console.log(`\n${title}\n${lines.join('\n')}`)
}

const median = (values: number[]): number => {
  const s = [...values].sort((a, b) => a - b)
  return s.length % 2 ? s[s.length >> 1]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2
}

// ---------- the traces ----------
const workloads = ['steady', 'bursty', 'large', 'demo', 'churn', 'lru', 'lazy', 'leak', 'external-leak', 'ms'].filter(exists)
const noise = ['steady', 'bursty', 'large', 'demo', 'ms'].filter((w) => workloads.includes(w))
{
  const rows = workloads.map((name) => {
    const samples = load(name)
    const measured = pool(name).runs.filter((r) => !r.excluded)
    const slopes = measured.map((r) => r.heap!.estimate)
    const spread = median(slopes.map((s) => Math.abs(s - median(slopes)))) * 1.4826
    const last = samples.runs.map((r) => r.samples[r.samples.length - 1]?.x ?? 0)
    const all = pool(name).runs
    const bar = compareRuns(samples.unit, all.slice(0, 5), all.slice(5, 10), defaultStatsOptions)
    return [
      name,
      samples.unit,
      samples.runs.length,
      Math.round(median(samples.runs.map((r) => r.samples.length))),
      `${(median(measured.map((r) => r.level!)) / 1048576).toFixed(1)} MiB`,
      Math.round(median(last)).toLocaleString('en-US'),
      median(slopes).toFixed(2),
      spread.toFixed(2),
      `${bar.minimumEffect.toFixed(2)} (${((bar.minimumEffectShare ?? 0) * 100).toFixed(1)}%)`
    ]
  })
  table(
    'Recorded traces (growth in bytes per unit)',
    [
      'workload',
      'unit',
      'runs',
      'samples/run',
      'post-GC heap',
      'x at end (median)',
      'growth per run (median)',
      'run-to-run spread (MAD·1.48)',
      'δ at defaults (share of heap per run)'
    ],
    rows
  )
  json.traces = rows
}

// ---------- A/A ----------
{
  const rows: (string | number)[][] = []
  const results: Record<string, Tally> = {}
  for (const [i, name] of noise.entries()) {
    const p = pool(name)
    const t = simulate(p, p, true, defaultStatsOptions, resamples * 2, 1000 + i)
    // With no minimum effect the exact rank test alone stands between noise and a leak verdict.
    const bare = simulate(p, p, true, { ...defaultStatsOptions, threshold: 0, thresholdMs: 0, thresholdShare: 0 }, resamples * 2, 1100 + i)
    results[name] = t
    results[`${name}, no minimum effect`] = bare
    rows.push([
      name,
      resamples * 2,
      t.leak,
      pct(t.leak, resamples * 2),
      pct(t.pass, resamples * 2),
      pct(t.inconclusive, resamples * 2),
      (t.runs / (resamples * 2)).toFixed(1),
      pct(bare.leak, resamples * 2)
    ])
  }
  const total = noise.reduce((a, name) => a + results[name]!.leak, 0)
  const totalBare = noise.reduce((a, name) => a + results[`${name}, no minimum effect`]!.leak, 0)
  const all = noise.length * resamples * 2
  rows.push(['**all**', all, total, pct(total, all), '', '', '', pct(totalBare, all)])
  table(
    'A/A: same version on both sides (false alarms)',
    ['workload', 'resamples', 'leak verdicts', 'false-alarm rate', 'pass', 'inconclusive', 'runs a side (mean)', 'false alarms with δ = 0'],
    rows
  )
  json.aa = results
}

// ---------- power ----------
const sizes = { iteration: [1, 2, 4, 8, 16, 32, 64, 128, 256, 512, 1024, 4096], ms: [1, 2, 4, 8, 16, 32, 64, 128, 256] }
const settings: { label: string; options: StatsOptions }[] = [
  { label: '5 → 10 (default, sequential)', options: defaultStatsOptions },
  { label: '5 fixed', options: { ...defaultStatsOptions, maxRuns: 5 } },
  { label: '8 fixed', options: { ...defaultStatsOptions, runs: 8, maxRuns: 8 } },
  { label: '3 fixed', options: { ...defaultStatsOptions, runs: 3, maxRuns: 3 } }
]
{
  const power: Record<string, Record<string, Record<number, number>>> = {}
  const smallest: (string | number)[][] = []
  for (const [i, name] of noise.entries()) {
    const base = pool(name)
    const unit = base.unit
    const list = sizes[unit]
    power[name] = {}
    const rows: (string | number)[][] = []
    const level = median(base.runs.filter((r) => !r.excluded).map((r) => r.level!))
    const span = median(base.runs.filter((r) => !r.excluded).map((r) => r.span!))
    for (const size of list) {
      const head = pool(name, size)
      const row: (string | number)[] = [size, `${((100 * size * span) / level).toFixed(size * span < level ? 1 : 0)}%`]
      for (const [k, s] of settings.entries()) {
        const t = simulate(base, head, true, s.options, resamples, 2000 + 100 * i + k + size)
        power[name][s.label] ??= {}
        power[name][s.label]![size] = t.leak / resamples
        row.push(pct(t.leak, resamples))
      }
      rows.push(row)
    }
    const perUnit = unit === 'iteration' ? 'bytes/iteration' : 'bytes/ms'
    table(
      `Power on ${name}: detection rate by injected leak (${perUnit}) and runs a side`,
      [`leak (${perUnit})`, 'heap added over one run', ...settings.map((s) => s.label)],
      rows
    )
    for (const s of settings) {
      const found = list.find((size) => (power[name]![s.label]![size] ?? 0) >= 0.95)
      smallest.push([name, s.label, found === undefined ? `none up to ${list[list.length - 1]}` : `${found} ${perUnit}`])
    }
  }
  table('Smallest leak detected 95% of the time', ['workload', 'runs a side', 'smallest leak'], smallest)
  json.power = power

  // The same leaks measured against each workload's heap: L = share × heap / span.
  const shares = [0.01, 0.02, 0.05, 0.1, 0.2, 0.5, 1]
  const byShare: (string | number)[][] = []
  json.powerByShare = {}
  for (const [i, name] of noise.entries()) {
    const base = pool(name)
    const usable = base.runs.filter((r) => !r.excluded)
    const level = median(usable.map((r) => r.level!))
    const span = median(usable.map((r) => r.span!))
    const row: (string | number)[] = [name]
    const rates: Record<string, number> = {}
    for (const share of shares) {
      const size = Number(((share * level) / span).toPrecision(3))
      const t = simulate(base, pool(name, size), true, defaultStatsOptions, resamples, 5000 + 100 * i + Math.round(share * 100))
      rates[share] = t.leak / resamples
      row.push(`${pct(t.leak, resamples)} (${size})`)
    }
    ;(json.powerByShare as Record<string, unknown>)[name] = rates
    byShare.push(row)
  }
  table(
    'Power by leak as a share of the heap added over one run (default settings; the leak in bytes per unit in brackets)',
    ['workload', ...shares.map((s) => `${s * 100}%`)],
    byShare
  )
}

// ---------- hard negatives ----------
const cases: [string, string, string][] = [
  ['bounded LRU cache fills, then plateaus', 'steady', 'lru'],
  ['lazy initialisation step', 'steady', 'lazy'],
  ['churn: 5× the garbage, same floor', 'steady', 'churn'],
  ['growth base has as well (both leak)', 'leak', 'leak'],
  ['control: a real leak', 'steady', 'leak'],
  ['control: a real external-memory leak', 'steady', 'external-leak']
]
{
  const rows: (string | number)[][] = []
  const results: Record<string, Tally> = {}
  for (const [i, [label, b, h]] of cases.entries()) {
    if (!workloads.includes(b) || !workloads.includes(h)) continue
    const t = simulate(pool(b), pool(h), b === h, defaultStatsOptions, resamples, 3000 + i)
    results[label] = t
    rows.push([label, `${b} vs ${h}`, pct(t.leak, resamples), pct(t.pass, resamples), pct(t.inconclusive, resamples)])
  }
  table('Hard negatives (and two positive controls) on real traces', ['case', 'base vs head', 'leak', 'pass', 'inconclusive'], rows)
  json.hardNegatives = results
}

// ---------- early looks: how many runs a verdict takes ----------
// The same resamples with the early looks (t test at 2 and 3 runs a side, clear cases only) and
// without them (the rank test's looks at 5, 8, 10 alone, as before issue 23).
{
  const without: StatsOptions = { ...defaultStatsOptions, earlyLooks: [] }
  const rows: (string | number)[][] = []
  const results: Record<string, { early: Tally; before: Tally }> = {}
  const row = (label: string, base: ReturnType<typeof pool>, head: ReturnType<typeof pool>, same: boolean, seed: number): void => {
    const early = simulate(base, head, same, defaultStatsOptions, resamples, seed)
    const before = simulate(base, head, same, without, resamples, seed)
    results[label] = { early, before }
    const cell = (t: Tally): string =>
      `${pct(t.leak, resamples)} / ${pct(t.pass, resamples)} / ${pct(t.inconclusive, resamples)}, ${(t.runs / resamples).toFixed(2)}`
    rows.push([label, cell(before), cell(early), `${(early.runs / before.runs).toFixed(2)}×`])
  }
  for (const [i, name] of noise.entries()) {
    row(`A/A ${name}`, pool(name), pool(name), true, 11000 + i)
    for (const size of [16, 32])
      row(`${name} + ${size} bytes/${pool(name).unit}`, pool(name), pool(name, size), true, 12000 + 100 * i + size)
  }
  for (const [i, [label, b, h]] of cases.entries()) {
    if (!workloads.includes(b) || !workloads.includes(h)) continue
    row(label, pool(b), pool(h), b === h, 13000 + i)
  }
  table(
    'Early looks: verdicts (leak / pass / inconclusive) and runs a side to the verdict (mean), without and with them',
    ['comparison', 'without early looks (5 → 8 → 10)', 'with early looks (2 → 3 → 5 → 8 → 10, the default)', 'runs, with / without'],
    rows
  )
  json.early = results
}

// ---------- a stored base: head against a record's runs ----------
// `memgate run --store`: base is a record of 5 runs (memgate record's default) measured once, head
// runs by the plan from 2, and the look is counted by head's runs. The early looks' t test then
// compares unequal counts (5 + 2, 5 + 3), where it pools the two sides' variance.
{
  const RECORD_RUNS = 5
  const rows: (string | number)[][] = []
  const results: Record<string, Tally> = {}
  const bare: StatsOptions = { ...defaultStatsOptions, threshold: 0, thresholdMs: 0, thresholdShare: 0 }
  const row = (label: string, base: ReturnType<typeof pool>, head: ReturnType<typeof pool>, same: boolean, seed: number): void => {
    const t = simulate(base, head, same, defaultStatsOptions, resamples, seed, RECORD_RUNS)
    results[label] = t
    // A/A with no minimum effect at all: what the test alone holds to, with every run pair's rule.
    const zero = label.startsWith('A/A') ? simulate(base, head, same, bare, resamples, seed + 50, RECORD_RUNS) : null
    rows.push([
      label,
      pct(t.leak, resamples),
      pct(t.pass, resamples),
      pct(t.inconclusive, resamples),
      (t.runs / resamples).toFixed(2),
      zero ? pct(zero.leak, resamples) : ''
    ])
  }
  for (const [i, name] of noise.entries()) {
    row(`A/A ${name}`, pool(name), pool(name), true, 15000 + i)
    for (const size of [16, 32])
      row(`${name} + ${size} bytes/${pool(name).unit}`, pool(name), pool(name, size), true, 15100 + 100 * i + size)
  }
  for (const [i, [label, b, h]] of cases.entries()) {
    if (!workloads.includes(b) || !workloads.includes(h)) continue
    row(label, pool(b), pool(h), b === h, 15900 + i)
  }
  table(
    `A stored base: head against a record of ${RECORD_RUNS} runs (the look counted by head's runs)`,
    ['comparison', 'leak', 'pass', 'inconclusive', "head's runs (mean)", 'A/A leak with δ = 0'],
    rows
  )
  json.storedBase = results
}

// ---------- a stored base from another day ----------
// The noise workloads recorded again by record.mjs on a later day (OUT_DIR=<fixtures>/<date>),
// under whatever load the machine had then: record windows from one day, head from the other, both
// ways round. What a record of main measured days before a PR would give.
{
  const RECORD_RUNS = 5
  const later = readdirSync(fixtures)
    .filter((d) => /^\d{4}-\d{2}-\d{2}$/.test(d))
    .sort()
    .at(-1)
  const fileOf = (name: string) => (name === 'demo' ? 'demo-aa-base.json' : `${name}.json`)
  const names = later ? noise.filter((n) => existsSync(join(fixtures, later, fileOf(n)))) : []
  if (later && names.length > 0) {
    const bare: StatsOptions = { ...defaultStatsOptions, threshold: 0, thresholdMs: 0, thresholdShare: 0 }
    // The demo's, as load() reads the fixtures' (bench:aa with SAVE_SAMPLES): both sides, without their pilot runs.
    const dayPool = (name: string) => {
      const read = (file: string) => JSON.parse(readFileSync(join(fixtures, later, file), 'utf8')) as Samples
      const samples = read(fileOf(name))
      const runs = name === 'demo' ? [...samples.runs.slice(1), ...read('demo-aa-head.json').runs.slice(1)] : samples.runs
      return { unit: samples.unit, runs: runs.map((run, i) => measureRun(run, i, samples.unit, defaultStatsOptions)) }
    }
    const growth = (p: ReturnType<typeof pool>) => median(p.runs.flatMap((r) => (r.heap ? [r.heap.estimate] : [])))
    const rows: (string | number)[][] = []
    const results: Record<string, Tally & { zero: number }> = {}
    for (const [i, name] of names.entries()) {
      const first = pool(name)
      const second = dayPool(name)
      for (const [j, [label, record, head]] of (
        [
          [`${name}: record of the first day, head of ${later}`, first, second],
          [`${name}: record of ${later}, head of the first day`, second, first]
        ] as const
      ).entries()) {
        const t = simulate(record, head, false, defaultStatsOptions, resamples, 16000 + 10 * i + j, RECORD_RUNS)
        const zero = simulate(record, head, false, bare, resamples, 16500 + 10 * i + j, RECORD_RUNS)
        results[label] = { ...t, zero: zero.leak }
        rows.push([
          label,
          `${growth(record).toFixed(2)} → ${growth(head).toFixed(2)}`,
          pct(t.leak, resamples),
          pct(t.pass, resamples),
          pct(t.inconclusive, resamples),
          (t.runs / resamples).toFixed(2),
          pct(zero.leak, resamples)
        ])
      }
    }
    table(
      `A stored base from another day: record of ${RECORD_RUNS} runs from one day's traces, head from the other's (${later} against the fixtures' day)`,
      ['comparison', 'growth per unit, median run: record → head', 'leak', 'pass', 'inconclusive', "head's runs (mean)", 'leak with δ = 0'],
      rows
    )
    json.storedBaseOtherDay = { later, results }
  }
}

// ---------- the minimum effect: what each candidate default gives ----------
// Every candidate runs the same resamples as the tables above (A/A on every noise workload, a leak
// of 16 bytes per unit injected into each, the hard negatives), at the sequential default (5 → 10)
// and at 5 runs fixed. Each cell is the worst workload, named. δ is min(bytes, share of heap).
{
  const candidates: { label: string; options: Partial<StatsOptions> }[] = [
    { label: '64 bytes/iteration, 16 bytes/ms, 10%', options: { threshold: 64, thresholdMs: 16, thresholdShare: 0.1 } },
    { label: '32, 16/ms, 10%', options: { threshold: 32, thresholdMs: 16, thresholdShare: 0.1 } },
    { label: '16, 16/ms, 10%', options: { threshold: 16, thresholdMs: 16, thresholdShare: 0.1 } },
    { label: '8, 8/ms, 10%', options: { threshold: 8, thresholdMs: 8, thresholdShare: 0.1 } },
    { label: '8, 8/ms, 5%', options: { threshold: 8, thresholdMs: 8, thresholdShare: 0.05 } },
    { label: '8, 8/ms, 2%', options: { threshold: 8, thresholdMs: 8, thresholdShare: 0.02 } },
    { label: '4, 4/ms, 10%', options: { threshold: 4, thresholdMs: 4, thresholdShare: 0.1 } },
    { label: '4, 4/ms, 5%', options: { threshold: 4, thresholdMs: 4, thresholdShare: 0.05 } },
    { label: '2, 2/ms, 10%', options: { threshold: 2, thresholdMs: 2, thresholdShare: 0.1 } },
    { label: '1, 1/ms, 10%', options: { threshold: 1, thresholdMs: 1, thresholdShare: 0.1 } }
  ]
  const count = Math.max(100, Math.round(resamples / 2))
  const worst = (cells: [string, number][], high: boolean): string => {
    const [name, rate] = cells.reduce((a, c) => ((high ? c[1] > a[1] : c[1] < a[1]) ? c : a))
    return `${pct(rate, 1)} (${cells.every((c) => c[1] === rate) ? 'all' : name})`
  }
  const rows: (string | number)[][] = []
  const sweep: Record<string, unknown> = {}
  for (const [c, candidate] of candidates.entries()) {
    const sequential: StatsOptions = { ...defaultStatsOptions, ...candidate.options }
    const fixed: StatsOptions = { ...sequential, maxRuns: sequential.runs }
    let falseAlarms = 0
    const aa: Record<string, [string, number][]> = { sequential: [], fixed: [] }
    const found: Record<string, [string, number][]> = { sequential: [], fixed: [] }
    for (const [i, name] of noise.entries()) {
      const base = pool(name)
      for (const [key, options] of [
        ['sequential', sequential],
        ['fixed', fixed]
      ] as const) {
        const t = simulate(base, base, true, options, count, 7000 + 100 * c + 10 * i + (key === 'fixed' ? 1 : 0))
        if (key === 'sequential') falseAlarms += t.leak
        aa[key]!.push([name, t.inconclusive / count])
        const p = simulate(base, pool(name, 16), true, options, count, 8000 + 100 * c + 10 * i + (key === 'fixed' ? 1 : 0))
        found[key]!.push([name, p.leak / count])
      }
    }
    const negatives: [string, number][] = []
    const undecided: [string, number][] = []
    for (const [i, [, b, h]] of cases.slice(0, 4).entries()) {
      if (!workloads.includes(b) || !workloads.includes(h)) continue
      const t = simulate(pool(b), pool(h), b === h, sequential, count, 9000 + 100 * c + i)
      negatives.push([h === b ? `${b} vs ${b}` : h, t.leak / count])
      undecided.push([h === b ? `${b} vs ${b}` : h, t.inconclusive / count])
    }
    sweep[candidate.label] = { falseAlarms: falseAlarms / (count * noise.length), aa, found, negatives, undecided }
    rows.push([
      candidate.label,
      pct(falseAlarms, count * noise.length),
      worst(aa.sequential!, true),
      worst(aa.fixed!, true),
      worst(found.sequential!, false),
      worst(found.fixed!, false),
      worst(negatives, true),
      worst(undecided, true)
    ])
  }
  table(
    `Choosing the minimum effect: each candidate default on every workload (${count} resamples a cell; the worst workload named)`,
    [
      'threshold (bytes/iteration, bytes/ms, share of heap)',
      'A/A false alarms (all)',
      'A/A inconclusive, 5 → 10',
      'A/A inconclusive, 5 fixed',
      '16 bytes/unit found, 5 → 10',
      '16 bytes/unit found, 5 fixed',
      'hard negatives: leak',
      'hard negatives: inconclusive'
    ],
    rows
  )
  json.minimumEffect = sweep
}

const seconds = ((Date.now() - started) / 1000).toFixed(1)
console.log(`\n${resamples} resamples per cell (A/A: ${resamples * 2}), ${seconds} s`)
json.seconds = Number(seconds)
mkdirSync(join(root, 'bench/results'), { recursive: true })
writeFileSync(join(root, 'bench/results/stats.json'), `${JSON.stringify(json, null, 2)}\n`)
const body = [
  `Generated by \`npm run bench:stats\` (${resamples} resamples per cell, Node ${process.version}, ${seconds} s).`,
  '',
  ...md
].join('\n')
writeFileSync(join(root, 'bench/results/stats.md'), `${body}\n`)
const docs = join(root, 'docs/statistics.md')
if (existsSync(docs)) {
  const text = readFileSync(docs, 'utf8')
  const start = '<!-- bench:stats:start -->'
  const end = '<!-- bench:stats:end -->'
  if (text.includes(start) && text.includes(end)) {
    writeFileSync(docs, `${text.slice(0, text.indexOf(start) + start.length)}\n${body}\n${text.slice(text.indexOf(end))}`)
  }
}
