// npm run bench:bisect-noisy — `memgate bisect` (node dist/cli.js, default statistics) on a soak
// whose runs spread by hundreds of bytes per iteration (__tests__/support/noisy-soak.ts):
// noisy-cache 1.0.0 → 1.3.0 on a local Verdaccio, leaking from 1.2.0 on. Printed and written to
// bench/results/bisect-noisy.json: per bisect, the verdict, the range found, each step's verdict
// and bar, the soak runs and the wall time. REPEAT (3) bisects of this build; with BEFORE=<git
// revision>, as many of that revision's committed dist/ (extracted to a temp dir), for a before
// and after on the same soak.
import { execFileSync, spawn } from 'node:child_process'
import * as fs from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import { fileURLToPath } from 'node:url'
import { CORE_ENV, makeProject } from '../__tests__/support/bisect-project.js'
import { NOISY_SOAK, noisyCache } from '../__tests__/support/noisy-soak.js'
import { startRegistry } from '../__tests__/support/registry.js'
import type { BisectReport } from '../src/bisect/search.js'

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..', '..')
const REPEAT = Number(process.env.REPEAT ?? 3)
const BEFORE = process.env.BEFORE

interface Outcome {
  build: string
  status: number | null
  verdict: string
  firstLeaking: string | null
  lastClean: string | null
  exact: boolean
  /** "1.1.0 pass (bar 1,088)" per step. */
  steps: string[]
  verification: string | null
  suggestion: string | null
  soaks: number
  wallMs: number
  reason: string
}

function bisect(cli: string, dir: string): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(
      process.execPath,
      [cli, 'bisect', '--base', 'main', '--head', 'bump', '--soak', 'node soak.js', '--pass-env', 'SOAK_ITERATIONS', '--json'],
      { cwd: dir, env: { ...process.env, GITHUB_TOKEN: '' } }
    )
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (d) => (stdout += d))
    child.stderr.on('data', (d) => (stderr += d))
    child.on('exit', (status) => resolve({ status, stdout, stderr }))
  })
}

Object.assign(process.env, CORE_ENV, { MEMGATE_PROBE_BUDGET: '1000', MEMGATE_SAMPLE_EVERY: '100', SOAK_ITERATIONS: '5000' })
const root = fs.mkdtempSync(path.join(os.tmpdir(), 'memgate-bench-noisy-'))
const builds: [string, string][] = [['this build', path.join(repoRoot, 'dist', 'cli.js')]]
if (BEFORE) {
  const dir = path.join(root, 'before')
  fs.mkdirSync(dir)
  const tar = path.join(root, 'before.tar')
  execFileSync('git', ['-C', repoRoot, 'archive', '--output', tar, BEFORE, 'dist'])
  execFileSync('tar', ['-x', '-f', tar, '-C', dir])
  // The bundle is an ES module: Node reads it as one only under a package.json that says so.
  fs.writeFileSync(path.join(dir, 'package.json'), '{ "type": "module" }\n')
  builds.push([`before (${BEFORE})`, path.join(dir, 'dist', 'cli.js')])
}
const registry = await startRegistry()
const outcomes: Outcome[] = []
try {
  for (const v of ['1.0.0', '1.1.0', '1.2.0', '1.3.0']) await registry.publish(noisyCache(v))
  const project = await makeProject(path.join(root, 'repo'), {
    manager: 'npm',
    registry: registry.url,
    base: { 'noisy-cache': '1.0.0' },
    head: { 'noisy-cache': '1.3.0' },
    soak: NOISY_SOAK
  })
  for (let i = 0; i < REPEAT; i++) {
    for (const [build, cli] of builds) {
      const { status, stdout, stderr } = await bisect(cli, project.dir)
      let doc: Partial<BisectReport>
      try {
        doc = JSON.parse(stdout)
      } catch {
        throw new Error(`${build}: no JSON on stdout (exit ${status}): ${stderr.slice(-2000)}`)
      }
      const outcome: Outcome = {
        build,
        status,
        verdict: doc.verdict ?? 'none',
        firstLeaking: doc.firstLeaking ?? null,
        lastClean: doc.lastClean ?? null,
        exact: doc.exact === true,
        // A build from before the bar was recorded has no tested[].bar.
        steps: (doc.tested ?? []).map((t) => `${t.version} ${t.verdict}${typeof t.bar === 'number' ? ` (bar ${Math.round(t.bar)})` : ''}`),
        verification: doc.verification ? `${doc.verification.version} ${doc.verification.verdict}` : null,
        suggestion: doc.suggestion ? doc.suggestion.change : null,
        soaks: doc.figures?.soaks ?? 0,
        wallMs: doc.figures?.wallMs ?? 0,
        reason: doc.reason ?? ''
      }
      outcomes.push(outcome)
      process.stdout.write(
        `${build}: exit ${status}, ${outcome.verdict}, first leaking ${outcome.firstLeaking}, last clean ${outcome.lastClean}` +
          `${outcome.exact ? '' : ' (not exact)'}; steps ${outcome.steps.join(', ')}; verification ${outcome.verification}; ` +
          `${outcome.soaks} soak runs, ${(outcome.wallMs / 1000).toFixed(1)} s\n`
      )
    }
  }
} finally {
  await registry.stop()
  fs.rmSync(root, { recursive: true, force: true })
}

const summary = builds.map(([build]) => {
  const mine = outcomes.filter((o) => o.build === build)
  return {
    build,
    bisects: mine.length,
    exactAndRight: mine.filter((o) => o.exact && o.firstLeaking === '1.2.0' && o.lastClean === '1.1.0').length,
    inconclusive: mine.filter((o) => o.verdict === 'inconclusive').length,
    meanSoaks: mine.reduce((a, o) => a + o.soaks, 0) / Math.max(1, mine.length),
    meanWallMs: Math.round(mine.reduce((a, o) => a + o.wallMs, 0) / Math.max(1, mine.length))
  }
})
const out = {
  format: 'memgate-bench-bisect-noisy/1',
  date: new Date().toISOString(),
  node: process.version,
  cpus: os.cpus().length,
  summary,
  outcomes
}
fs.mkdirSync(path.join(repoRoot, 'bench', 'results'), { recursive: true })
fs.writeFileSync(path.join(repoRoot, 'bench', 'results', 'bisect-noisy.json'), JSON.stringify(out, null, 2) + '\n')
for (const s of summary) {
  process.stdout.write(
    `${s.build}: ${s.exactAndRight} of ${s.bisects} bisects named 1.2.0 first leaking and 1.1.0 last clean exactly, ${s.inconclusive} inconclusive; ` +
      `mean ${s.meanSoaks.toFixed(1)} soak runs, ${(s.meanWallMs / 1000).toFixed(1)} s\n`
  )
}
