// npm run bench:verdict — wall time to a verdict, this build against the build before issue 23
// (f13f4a0's dist/, main as it landed before it, run from a copy), side by side on the same machine, interleaved so that the
// load other jobs put on it hits both alike. Each case runs `node <build>/cli.js run` on the demo
// repository as a user would:
//   - a clear leak (event-hub 1.0.0 → 2.0.0 leaky), goal ≤ 0.50×
//   - a clear pass (→ 2.0.0 clean), goal ≤ 0.70×
//   - the leak with base's record in a store (`memgate record` first, not timed; `run --store`), goal ≤ 0.35×
//   - the leak as 2 shards in 2 processes at once + `merge`, against this build in one process
//     measuring the same 5 + 5 runs (`--max-runs 5`: one look, as the merge). A runner stands in
//     as one core (`taskset -c`): each shard on a core of its own, the one process on one core.
// Every verdict must be right. REPEATS (1) rounds; SOAK_ITERATIONS (20000) requests a run.
// Prints the figures and writes bench/results/verdict.json.
import { spawn, spawnSync } from 'node:child_process'
import * as fs from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import { fileURLToPath } from 'node:url'
import { createDemoRepo } from '../src/demo.js'

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..', '..')
const REPEATS = Number(process.env.REPEATS ?? 1)
const OLD = process.env.OLD_COMMIT ?? 'f13f4a0'
const SHARDS = 'leak, 5 + 5 runs: 2 shards, a core each, + merge (after) vs one process on one core (before: this build)'
const SOAK = `SOAK_ITERATIONS=${process.env.SOAK_ITERATIONS ?? '20000'} node soak.js`

interface Timed {
  seconds: number
  status: number | null
  verdict: string
  runs: string
}

function memgate(cli: string, args: string[], cwd: string, core?: number): Promise<Timed & { stdout: string }> {
  const started = Date.now()
  return new Promise((resolve) => {
    const command = core === undefined ? [process.execPath, cli, ...args] : ['taskset', '-c', String(core), process.execPath, cli, ...args]
    const child = spawn(command[0]!, command.slice(1), { cwd, env: { ...process.env, GITHUB_TOKEN: '' } })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (c: Buffer) => {
      stdout += c.toString()
    })
    child.stderr.on('data', (c: Buffer) => {
      stderr += c.toString()
    })
    child.on('close', (status) => {
      let verdict = 'none'
      let runs = ''
      try {
        const doc = JSON.parse(stdout)
        verdict = doc.verdict ?? doc.format
        runs = doc.base ? `${doc.base.runs}+${doc.head.runs}` : ''
      } catch {
        verdict = `unreadable (${stderr.trim().split('\n').pop()})`
      }
      resolve({ seconds: (Date.now() - started) / 1000, status, verdict, runs, stdout })
    })
  })
}

async function main(): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'memgate-bench-verdict-'))
  try {
    // The build before issue 23, from git, with its probe beside its CLI.
    const old = path.join(dir, 'old')
    fs.mkdirSync(old)
    const archive = spawnSync('git', ['-C', repoRoot, 'archive', OLD, 'dist'], { maxBuffer: 1 << 28 })
    if (archive.status !== 0) throw new Error(`git archive ${OLD} dist failed: ${archive.stderr}`)
    spawnSync('tar', ['-x', '-C', old], { input: archive.stdout })
    const builds = { before: path.join(old, 'dist', 'cli.js'), after: path.join(repoRoot, 'dist', 'cli.js') }
    const leaky = await createDemoRepo(path.join(dir, 'leaky'), 'leaky')
    const clean = await createDemoRepo(path.join(dir, 'clean'), 'clean')
    const run = (cli: string, repo: string, extra: string[] = [], core?: number) =>
      memgate(cli, ['run', '--base', 'main', '--head', 'bump', '--soak', SOAK, '--json', ...extra], repo, core)

    // Base's record for the stored-base case (not timed): as main's push would have written it.
    const store = path.join(dir, 'store')
    const recorded = await memgate(builds.after, ['record', '--commit', 'main', '--store', store, '--soak', SOAK, '--json'], leaky.dir)
    console.log(`record of base: ${recorded.verdict} in ${recorded.seconds.toFixed(1)} s`)

    const rows: Record<string, { before: Timed[]; after: Timed[]; expected: string }> = {
      'clear leak': { before: [], after: [], expected: 'leak' },
      'clear pass': { before: [], after: [], expected: 'pass' },
      'leak, base stored': { before: [], after: [], expected: 'leak' },
      [SHARDS]: { before: [], after: [], expected: 'leak' }
    }
    const keep = (row: string, side: 'before' | 'after', t: Timed) => {
      rows[row]![side].push({ seconds: t.seconds, status: t.status, verdict: t.verdict, runs: t.runs })
      console.log(`${row}, ${side}: ${t.verdict} (${t.runs} runs) in ${t.seconds.toFixed(1)} s`)
    }
    for (let r = 0; r < REPEATS; r++) {
      // Interleaved, and the order flips every round.
      const order = r % 2 === 0 ? (['before', 'after'] as const) : (['after', 'before'] as const)
      for (const side of order) keep('clear leak', side, await run(builds[side], leaky.dir))
      for (const side of order) keep('clear pass', side, await run(builds[side], clean.dir))
      for (const side of order)
        keep('leak, base stored', side, await run(builds[side], leaky.dir, side === 'after' ? ['--store', store] : []))
      for (const side of order) {
        const row = SHARDS
        if (side === 'before') {
          keep(row, side, await run(builds.after, leaky.dir, ['--max-runs', '5'], 0))
          continue
        }
        const started = Date.now()
        const shards = await Promise.all(
          [1, 2].map((i) =>
            run(builds.after, leaky.dir, ['--max-runs', '5', '--shard', `${i}/2`, '--work-dir', path.join(dir, `shard-${r}-${i}`)], i - 1)
          )
        )
        const files = shards.map((s, i) => {
          const file = path.join(dir, `shard-${r}-${i + 1}.json`)
          fs.writeFileSync(file, s.stdout)
          return file
        })
        const merged = await memgate(builds.after, ['merge', ...files, '--json'], leaky.dir)
        keep(row, side, { ...merged, seconds: (Date.now() - started) / 1000 })
      }
    }
    const median = (values: number[]) => {
      const s = [...values].sort((a, b) => a - b)
      return s.length % 2 ? s[s.length >> 1]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2
    }
    const goals: Record<string, number> = { 'clear leak': 0.5, 'clear pass': 0.7, 'leak, base stored': 0.35 }
    const summary = Object.entries(rows).map(([name, row]) => {
      const before = median(row.before.map((t) => t.seconds))
      const after = median(row.after.map((t) => t.seconds))
      const right = [...row.before, ...row.after].every((t) => t.verdict === row.expected)
      return { case: name, before, after, ratio: after / before, goal: goals[name] ?? null, verdictsRight: right, runs: row }
    })
    console.log('\n| case | before (s) | after (s) | after / before | goal | verdicts right |\n| --- | --- | --- | --- | --- | --- |')
    for (const s of summary) {
      console.log(
        `| ${s.case} | ${s.before.toFixed(1)} | ${s.after.toFixed(1)} | ${s.ratio.toFixed(2)}× | ${s.goal === null ? '' : `≤ ${s.goal.toFixed(2)}×`} | ${s.verdictsRight ? 'yes' : 'NO'} |`
      )
    }
    const figures = {
      date: new Date().toISOString(),
      node: process.version,
      before: OLD,
      repeats: REPEATS,
      soak: SOAK,
      loadAverage: os.loadavg(),
      cores: os.availableParallelism(),
      summary
    }
    const file = path.join(repoRoot, 'bench', 'results', 'verdict.json')
    fs.writeFileSync(file, `${JSON.stringify(figures, null, 2)}\n`)
    console.log(`\nwritten to ${path.relative(repoRoot, file)}`)
  } finally {
    fs.rmSync(dir, { recursive: true, force: true })
  }
}

await main()
