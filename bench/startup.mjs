// Start-up cost of each bundle: the wall time of `node <bundle>` with a bare environment (no
// GITHUB_* variables, so each entry loads, finds nothing to do and exits), less that of `node -e 0`.
// Prints the figures and writes them to bench/results/startup.json.
import { spawnSync } from 'node:child_process'
import * as fs from 'node:fs'
import * as os from 'node:os'

const REPS = Number(process.env.STARTUP_REPS ?? 15)
const env = { PATH: process.env.PATH ?? '', HOME: os.tmpdir() }
const cases = [
  { name: 'node -e 0', args: ['-e', '0'] },
  { name: 'dist/post.js', args: ['dist/post.js'], file: 'dist/post.js' },
  { name: 'dist/index.js', args: ['dist/index.js'], file: 'dist/index.js' },
  { name: 'dist/cli.js --help', args: ['dist/cli.js', '--help'], file: 'dist/cli.js' }
]

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b)
  return s.length % 2 ? s[s.length >> 1] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2
}

const results = []
for (const c of cases) {
  const times = []
  for (let i = 0; i < REPS; i++) {
    const start = process.hrtime.bigint()
    spawnSync(process.execPath, c.args, { env, stdio: 'ignore', cwd: process.cwd() })
    times.push(Number(process.hrtime.bigint() - start) / 1e6)
  }
  results.push({ name: c.name, bytes: c.file ? fs.statSync(c.file).size : 0, medianMs: median(times), minMs: Math.min(...times) })
}
const baseline = results[0].medianMs
for (const r of results) {
  r.overNodeMs = r.medianMs - baseline
  console.log(
    `${r.name.padEnd(20)} ${(r.bytes / 1e6).toFixed(2).padStart(6)} MB  median ${r.medianMs.toFixed(0).padStart(5)} ms  min ${r.minMs.toFixed(0).padStart(5)} ms  over node ${r.overNodeMs.toFixed(0).padStart(5)} ms`
  )
}
const load = os.loadavg()[0]
console.log(`${REPS} runs each, Node.js ${process.version}, load average ${load.toFixed(1)} on ${os.cpus().length} CPUs`)
fs.mkdirSync('bench/results', { recursive: true })
fs.writeFileSync(
  'bench/results/startup.json',
  `${JSON.stringify({ format: 'memgate-bench-startup/1', node: process.version, reps: REPS, loadAverage: load, cpus: os.cpus().length, results }, null, 2)}\n`
)
