// npm run bench:heap — memgate's `heap diff` against @memlab/core on the same snapshot pairs.
// Makes pairs of ~50 MB and ~300 MB snapshots with a real Node.js process (bench/heap-make.cjs),
// runs each tool in a child process of its own (wall time from spawn to exit, peak RSS from the
// child's own getrusage), prints the figures, writes bench/results/heap.json and the table in
// docs/heap.md. @memlab/core goes into bench/.cache (git-ignored), never into package.json.
// Options (env): HEAP_BENCH_SIZES="50,300", HEAP_BENCH_RUNS=1.
import { execFileSync, spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const cache = join(root, 'bench/.cache')
const sizes = (process.env.HEAP_BENCH_SIZES ?? '50,300').split(',').map(Number)
const runs = Number(process.env.HEAP_BENCH_RUNS ?? 1)
const log = (line) => process.stderr.write(`${line}\n`)

mkdirSync(cache, { recursive: true })
writeFileSync(join(cache, '.gitignore'), '*\n')

// memgate's heap modules, compiled as they are (no bundling, same code the CLI runs)
const build = join(cache, 'memgate')
log('compiling src/heap …')
execFileSync(
  process.execPath,
  [
    join(root, 'node_modules/typescript/bin/tsc'),
    ...['analyze', 'parse', 'graph', 'summary', 'diff', 'dominators', 'retainers', 'attribution', 'format'].map((m) =>
      join(root, `src/heap/${m}.ts`)
    ),
    '--outDir',
    build,
    '--rootDir',
    join(root, 'src'),
    '--module',
    'nodenext',
    '--moduleResolution',
    'nodenext',
    '--target',
    'es2022',
    '--skipLibCheck',
    '--types',
    'node',
    '--ignoreConfig'
  ],
  { stdio: 'inherit' }
)
writeFileSync(join(build, 'package.json'), '{"type":"module"}\n')

const memlabCore = join(cache, 'node_modules/@memlab/core/package.json')
if (!existsSync(memlabCore)) {
  log('installing @memlab/core into bench/.cache …')
  execFileSync('npm', ['install', '--prefix', cache, '--no-save', '--no-audit', '--no-fund', '--ignore-scripts', '@memlab/core'], {
    stdio: 'inherit',
    env: { ...process.env, PUPPETEER_SKIP_DOWNLOAD: '1' }
  })
}
const memlabVersion = JSON.parse(readFileSync(memlabCore, 'utf8')).version

function makePair(mb) {
  const dir = join(cache, `snapshots-${mb}mb`)
  const before = join(dir, 'before.heapsnapshot')
  const after = join(dir, 'after.heapsnapshot')
  if (!existsSync(after)) {
    mkdirSync(dir, { recursive: true })
    log(`writing a ~${mb} MB snapshot pair …`)
    execFileSync(process.execPath, ['--expose-gc', '--max-old-space-size=8192', join(root, 'bench/heap-make.cjs'), dir, String(mb)], {
      stdio: ['ignore', 'ignore', 'inherit']
    })
  }
  return { before, after, bytes: [statSync(before).size, statSync(after).size] }
}

function run(label, args) {
  const started = performance.now()
  const child = spawnSync(process.execPath, ['--max-old-space-size=16384', '--expose-gc', ...args], {
    encoding: 'utf8',
    maxBuffer: 1 << 24
  })
  const wallMs = performance.now() - started
  if (child.status !== 0) throw new Error(`${label} failed (${child.status}): ${child.stderr.slice(-2000)}`)
  const report = JSON.parse(child.stdout.trim().split('\n').pop())
  return { wallMs, cpuMs: report.cpuMs, maxRss: report.maxRss, top: report.top }
}

const best = (xs, key) => xs.reduce((a, b) => (b[key] < a[key] ? b : a))
const results = []
for (const mb of sizes) {
  const pair = makePair(mb)
  const memgate = []
  const memlab = []
  for (let k = 0; k < runs; k++) {
    log(`~${mb} MB: memgate run ${k + 1} …`)
    memgate.push(run('memgate', [join(root, 'bench/heap-memgate.mjs'), build, pair.before, pair.after]))
    log(`~${mb} MB: memlab run ${k + 1} …`)
    memlab.push(run('memlab', [join(root, 'bench/heap-memlab.cjs'), pair.before, pair.after]))
  }
  const a = best(memgate, 'wallMs')
  const b = best(memlab, 'wallMs')
  const row = {
    targetMB: mb,
    fileBytes: pair.bytes,
    memgate: {
      wallMs: Math.round(a.wallMs),
      cpuMs: Math.round(Math.min(...memgate.map((r) => r.cpuMs))),
      peakRssBytes: Math.min(...memgate.map((r) => r.maxRss)),
      top: a.top
    },
    memlab: {
      wallMs: Math.round(b.wallMs),
      cpuMs: Math.round(Math.min(...memlab.map((r) => r.cpuMs))),
      peakRssBytes: Math.min(...memlab.map((r) => r.maxRss)),
      top: b.top
    }
  }
  row.speedup = +(row.memlab.wallMs / row.memgate.wallMs).toFixed(2)
  row.cpuSpeedup = +(row.memlab.cpuMs / row.memgate.cpuMs).toFixed(2)
  row.rssRatio = +(row.memgate.peakRssBytes / row.memlab.peakRssBytes).toFixed(2)
  results.push(row)
  log(
    `~${mb} MB: memgate ${row.memgate.wallMs} ms (CPU ${row.memgate.cpuMs} ms) / ${mib(row.memgate.peakRssBytes)}, memlab ${row.memlab.wallMs} ms (CPU ${row.memlab.cpuMs} ms) / ${mib(row.memlab.peakRssBytes)} → ${row.speedup}× faster (CPU ${row.cpuSpeedup}×), ${row.rssRatio}× the RSS`
  )
}

function s(ms) {
  return `${(ms / 1000).toFixed(1)} s`
}

function mib(n) {
  return `${(n / 1024 / 1024).toFixed(0)} MiB`
}

const cpus = (await import('node:os')).cpus()
const summary = {
  bench: 'heap',
  date: new Date().toISOString(),
  node: process.version,
  machine: `${cpus.length} × ${cpus[0]?.model ?? 'cpu'}`,
  memlabCore: memlabVersion,
  runs,
  goal: { speedup: 3, rssRatio: 0.5 },
  results
}
mkdirSync(join(root, 'bench/results'), { recursive: true })
writeFileSync(join(root, 'bench/results/heap.json'), `${JSON.stringify(summary, null, 2)}\n`)

const table = [
  '| snapshot pair | memgate wall (CPU) | memlab wall (CPU) | speed-up wall (CPU) | memgate peak RSS | memlab peak RSS | RSS ratio |',
  '| --- | ---: | ---: | ---: | ---: | ---: | ---: |',
  ...results.map(
    (r) =>
      `| ${(r.fileBytes[0] / 1e6).toFixed(0)} MB + ${(r.fileBytes[1] / 1e6).toFixed(0)} MB | ${s(r.memgate.wallMs)} (${s(r.memgate.cpuMs)}) | ${s(r.memlab.wallMs)} (${s(r.memlab.cpuMs)}) | ${r.speedup}× (${r.cpuSpeedup}×) | ${mib(r.memgate.peakRssBytes)} | ${mib(r.memlab.peakRssBytes)} | ${r.rssRatio}× |`
  ),
  '',
  `Node ${summary.node}, @memlab/core ${memlabVersion}, ${summary.machine}, best of ${runs} run(s), ${summary.date.slice(0, 10)}.`
].join('\n')
const docs = join(root, 'docs/heap.md')
const begin = '<!-- bench:heap:begin -->'
const end = '<!-- bench:heap:end -->'
if (existsSync(docs)) {
  const text = readFileSync(docs, 'utf8')
  const i = text.indexOf(begin)
  const j = text.indexOf(end)
  if (i >= 0 && j > i) writeFileSync(docs, `${text.slice(0, i + begin.length)}\n${table}\n${text.slice(j)}`)
}
process.stdout.write(`${table}\n`)
