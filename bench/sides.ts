// npm run bench:sides — base and head soaked in parallel (two at a time) or one side at a time
// (interleaved), on a CPU-bound soak (__tests__/support/churn-repo.ts: 200 rows built and serialised per request,
// head keeping 16 bytes a request). Two soak sessions, one per mode, take turns in CHUNKS of
// CHUNK runs a side so that both meet the same load on the machine. Per mode: each run's length
// and pace, the spread of per-run growth (standard deviation, MAD·1.48, and the coefficient of
// variation of head's growth, whose mean is the leak), and the sequential verdict of every group
// of 10 runs a side. Prints the figures, writes bench/results/sides.json.
import * as fs from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import { fileURLToPath } from 'node:url'
import { createChurnRepo } from '../__tests__/support/churn-repo.js'
import { createGit } from '../src/git.js'
import { type ExpectedLength, openSession, type SoakSession } from '../src/soak/session.js'
import { defaultStatsOptions } from '../src/stats/analyze.js'
import { median } from '../src/stats/robust.js'
import { isUsable, measureSamples } from '../src/stats/run-growth.js'
import type { Run, Samples } from '../src/types.js'
import { sequential } from './hard.js'

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..', '..')
const CHUNKS = Number(process.env.CHUNKS ?? 4)
const CHUNK = Number(process.env.CHUNK ?? 5)
const SOAK_MS = process.env.SOAK_MS ?? '5000'
const MODES = ['parallel', 'serial'] as const

function spread(values: number[]) {
  const mean = values.reduce((a, b) => a + b, 0) / values.length
  const sd = Math.sqrt(values.reduce((a, b) => a + (b - mean) ** 2, 0) / Math.max(1, values.length - 1))
  const m = median(values)
  const mad = 1.4826 * median(values.map((v) => Math.abs(v - m)))
  return { mean: round(mean), sd: round(sd), mad: round(mad), cv: round(sd / Math.abs(mean)) }
}

const round = (n: number) => Number(n.toFixed(3))

async function main(): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'memgate-bench-sides-'))
  const started = Date.now()
  try {
    const repo = createChurnRepo(path.join(dir, 'repo'))
    process.env.SOAK_MS = SOAK_MS
    const git = await createGit(repo.dir)
    const sessions: Record<string, SoakSession> = Object.fromEntries(
      await Promise.all(
        MODES.map(async (mode) => [
          mode,
          await openSession({
            git,
            baseSha: repo.base,
            headSha: repo.heads['4.0.0'] ?? '',
            workDir: path.join(dir, mode),
            soakCommand: 'node soak.js',
            // The soak's environment is scrubbed: SOAK_MS reaches it only when named.
            passEnv: ['SOAK_MS'],
            installCommand: 'true',
            workingDirectory: '.',
            timeoutMs: 600000,
            parallel: mode === 'parallel',
            probePath: path.join(repoRoot, 'dist', 'probe.cjs'),
            secrets: [],
            log: () => undefined
          })
        ])
      )
    )
    const runs: Record<string, { base: Run[]; head: Run[]; wallMs: number; unit?: Samples['unit'] }> = {
      parallel: { base: [], head: [], wallMs: 0 },
      serial: { base: [], head: [], wallMs: 0 }
    }
    const expected: Record<string, Partial<Record<'base' | 'head', ExpectedLength>>> = { parallel: {}, serial: {} }
    try {
      for (let c = 0; c < CHUNKS; c++) {
        for (const mode of c % 2 === 0 ? MODES : [...MODES].reverse()) {
          const session = sessions[mode]
          const r = runs[mode]
          if (!session || !r) continue
          const look = await session.soak({
            runs: CHUNK,
            outDir: path.join(dir, mode, `look-${c}`),
            expected: expected[mode],
            snapshots: false
          })
          r.wallMs += look.runsWallMs
          r.unit = look.head.samples.unit
          for (const side of ['base', 'head'] as const) {
            const sideRuns = look[side].samples.runs
            // The first look's first run may be the pilot that sets the pace: not one of the CHUNK.
            r[side].push(...sideRuns.slice(sideRuns.length - CHUNK))
            const length = look[side].length
            if (length) (expected[mode] ??= {})[side] = length
          }
          process.stderr.write(`  ${mode}: chunk ${c + 1} of ${CHUNKS} done\n`)
        }
      }
    } finally {
      for (const session of Object.values(sessions)) await session?.close()
    }
    const figures: Record<string, unknown> = {}
    for (const mode of MODES) {
      const r = runs[mode]
      if (!r) continue
      const unit = r.unit ?? 'iteration'
      const samples = (side: 'base' | 'head', list: Run[]): Samples => ({ format: 'memgate-samples/1', side, unit, runs: list })
      const growth = (side: 'base' | 'head') =>
        measureSamples(samples(side, r[side]), defaultStatsOptions)
          .filter(isUsable)
          .map((g) => g.heap.estimate)
      const seconds = [...r.base, ...r.head].map((run) => (run.durationMs ?? 0) / 1000)
      const groups = Math.floor(Math.min(r.base.length, r.head.length) / defaultStatsOptions.maxRuns)
      const verdicts = { leak: 0, pass: 0, inconclusive: 0 }
      const runsUsed: number[] = []
      for (let g = 0; g < groups; g++) {
        const slice = (list: Run[]) => list.slice(g * defaultStatsOptions.maxRuns, (g + 1) * defaultStatsOptions.maxRuns)
        const v = sequential(samples('base', slice(r.base)), samples('head', slice(r.head)))
        verdicts[v.verdict === 'leak' || v.verdict === 'pass' ? v.verdict : 'inconclusive']++
        runsUsed.push(v.used)
      }
      figures[mode] = {
        runs: { base: r.base.length, head: r.head.length },
        usable: { base: growth('base').length, head: growth('head').length },
        runSeconds: { median: round(median(seconds)), min: round(Math.min(...seconds)), max: round(Math.max(...seconds)) },
        runsWallSeconds: round(r.wallMs / 1000),
        growth: { base: spread(growth('base')), head: spread(growth('head')) },
        verdicts,
        runsToVerdict: runsUsed
      }
      console.log(`${mode}: ${JSON.stringify(figures[mode])}`)
    }
    const out = {
      date: new Date().toISOString(),
      node: process.version,
      cores: os.availableParallelism(),
      soakMs: Number(SOAK_MS),
      chunks: CHUNKS,
      runsPerChunk: CHUNK,
      head: 'base + 16 bytes kept a request (__tests__/support/churn-repo.ts, lib 4.0.0)',
      ...figures,
      wallSeconds: (Date.now() - started) / 1000,
      loadAverage: os.loadavg()
    }
    const file = path.join(repoRoot, 'bench', 'results', 'sides.json')
    fs.writeFileSync(file, JSON.stringify(out, null, 2) + '\n')
    console.log(`parallel against serial sides, ${CHUNKS} × ${CHUNK} runs a side each; written to ${path.relative(repoRoot, file)}`)
  } finally {
    fs.rmSync(dir, { recursive: true, force: true })
  }
}

await main()
