// npm run bench:bumps — time and peak RSS of diffing two versions of a large package-lock.json.
// Generates a lockfile v3 of ~30 MB (tens of thousands of installed copies of thousands of names,
// nested the way npm nests conflicting versions) and a head version with 2% of them bumped, then in
// fresh processes: (a) parse both + diffLocks, the pure work; (b) readBumps on a real git repo with
// the two commits, which adds git and reading the blobs. Writes bench/results/bumps.json.
import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { cpus, loadavg, tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { diffLocks } from '../src/bumps/diff.js'
import { parseManifest } from '../src/bumps/manifest.js'
import { parseNpmLock } from '../src/bumps/npm.js'
import { readBumps } from '../src/bumps/read.js'
import { createGit } from '../src/soak/git.js'

// The estimate below counts compact JSON; npm's two-space indentation makes the file ~25% larger.
const TARGET_BYTES = 24 * 1024 * 1024
const RUNS = Number(process.env.RUNS ?? 5)

interface Figures {
  ms: number
  /** user + system CPU time; the machine is shared, so wall time alone overstates the work. */
  cpuMs: number
  maxRssMiB: number
  bumps: number
}

/** A deterministic pseudo-random stream (mulberry32), so every run benches the same lockfile. */
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

function integrity(rand: () => number): string {
  const bytes = Buffer.alloc(64)
  for (let i = 0; i < 64; i++) bytes[i] = Math.floor(rand() * 256)
  return `sha512-${bytes.toString('base64')}`
}

/** Base and head lockfile texts plus the root package.json they belong to. */
function generate(): { base: string; head: string; manifest: string; names: number; copies: number } {
  const rand = random(42)
  const names: string[] = []
  const packages: Record<string, Record<string, unknown>> = {}
  const rootDeps: Record<string, string> = {}
  const version = (): string => `${Math.floor(rand() * 20)}.${Math.floor(rand() * 30)}.${Math.floor(rand() * 40)}`
  const entry = (name: string, v: string): Record<string, unknown> => {
    const deps: Record<string, string> = {}
    const count = Math.floor(rand() * 5) // ~2 dependencies per entry, as in real lockfiles
    for (let i = 0; i < count && names.length; i++) deps[names[Math.floor(rand() * names.length)]!] = `^${version()}`
    return {
      version: v,
      resolved: `https://registry.npmjs.org/${name}/-/${name.split('/').pop()}-${v}.tgz`,
      integrity: integrity(rand),
      license: 'MIT',
      ...(count ? { dependencies: deps } : {}),
      engines: { node: '>=14' }
    }
  }
  let bytes = 0
  let copies = 0
  while (bytes < TARGET_BYTES) {
    const name = rand() < 0.2 ? `@scope${names.length % 50}/pkg-${names.length}` : `pkg-${names.length}`
    names.push(name)
    const v = version()
    const top = entry(name, v)
    packages[`node_modules/${name}`] = top
    if (names.length % 10 === 0) rootDeps[name] = v
    bytes += JSON.stringify(top).length + name.length + 30
    copies++
    // Some names also sit nested under another package in other versions: ~12% of the copies, as
    // in real lockfiles (this repository's own: 430 entries, 384 names).
    const nested = rand() < 0.12 ? 1 + Math.floor(rand() * 2) : 0
    for (let i = 0; i < nested && names.length > 1; i++) {
      const parent = names[Math.floor(rand() * (names.length - 1))]!
      const e = entry(name, version())
      packages[`node_modules/${parent}/node_modules/${name}`] = e
      bytes += JSON.stringify(e).length + parent.length + name.length + 50
      copies++
    }
  }
  const rootEntry = { name: 'big', version: '1.0.0', dependencies: rootDeps }
  const lock = (pkgs: Record<string, unknown>): string =>
    `${JSON.stringify({ name: 'big', version: '1.0.0', lockfileVersion: 3, requires: true, packages: { '': rootEntry, ...pkgs } }, null, 2)}\n`
  const base = lock(packages)
  const headPackages: Record<string, Record<string, unknown>> = {}
  for (const [location, e] of Object.entries(packages)) {
    headPackages[location] = rand() < 0.02 ? { ...e, version: bumpVersion(String(e.version)) } : e
  }
  const manifest = `${JSON.stringify({ name: 'big', version: '1.0.0', dependencies: rootDeps }, null, 2)}\n`
  return { base, head: lock(headPackages), manifest, names: names.length, copies }
}

function bumpVersion(v: string): string {
  const [major, minor, patch] = v.split('.').map(Number) as [number, number, number]
  return `${major}.${minor}.${patch + 1}`
}

async function child(mode: string, dir: string): Promise<void> {
  const { readFileSync } = await import('node:fs')
  const start = performance.now()
  const cpu = process.cpuUsage()
  let bumps: number
  if (mode === 'floor') {
    // What any reader pays: the two JSON.parse calls alone.
    const base = JSON.parse(readFileSync(join(dir, 'base.json'), 'utf8')) as { packages: object }
    const head = JSON.parse(readFileSync(join(dir, 'head.json'), 'utf8')) as { packages: object }
    bumps = 0
    if (!base.packages || !head.packages) throw new Error('generated lockfile has no packages')
  } else if (mode === 'pure') {
    const manifest = parseManifest(readFileSync(join(dir, 'package.json'), 'utf8'), 'package.json')
    const base = parseNpmLock(readFileSync(join(dir, 'base.json'), 'utf8'), 'base')
    const head = parseNpmLock(readFileSync(join(dir, 'head.json'), 'utf8'), 'head')
    bumps = diffLocks({ lock: base, manifests: [manifest] }, { lock: head, manifests: [manifest] }, 'package-lock.json').length
  } else {
    const shas = readFileSync(join(dir, 'shas'), 'utf8').trim().split('\n')
    bumps = (await readBumps(await createGit(join(dir, 'repo')), shas[0]!, shas[1]!)).length
  }
  const ms = performance.now() - start
  const used = process.cpuUsage(cpu)
  const figures: Figures = { ms, cpuMs: (used.user + used.system) / 1000, maxRssMiB: process.resourceUsage().maxRSS / 1024, bumps }
  process.stdout.write(JSON.stringify(figures))
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)]!
}

async function main(): Promise<void> {
  const self = fileURLToPath(import.meta.url)
  const load = loadavg().map((l) => Math.round(l * 100) / 100)
  const dir = mkdtempSync(join(tmpdir(), 'memgate-bench-bumps-'))
  try {
    const made = generate()
    writeFileSync(join(dir, 'base.json'), made.base)
    writeFileSync(join(dir, 'head.json'), made.head)
    writeFileSync(join(dir, 'package.json'), made.manifest)
    const repo = join(dir, 'repo')
    mkdirSync(repo)
    const git = (...args: string[]): string =>
      execFileSync('git', ['-c', 'user.name=bench', '-c', 'user.email=bench@example.com', ...args], { cwd: repo, encoding: 'utf8' }).trim()
    git('init', '--quiet')
    writeFileSync(join(repo, 'package.json'), made.manifest)
    const shas: string[] = []
    for (const text of [made.base, made.head]) {
      writeFileSync(join(repo, 'package-lock.json'), text)
      git('add', '--all')
      git('commit', '--quiet', '-m', 'lock')
      shas.push(git('rev-parse', 'HEAD'))
    }
    writeFileSync(join(dir, 'shas'), `${shas.join('\n')}\n`)

    const results: Record<string, Figures & { runs: number[] }> = {}
    for (const mode of ['floor', 'pure', 'readBumps']) {
      const runs: Figures[] = []
      for (let i = 0; i < RUNS; i++) {
        const out = execFileSync(process.execPath, [self, '--child', mode, dir], { encoding: 'utf8', maxBuffer: 1 << 20 })
        runs.push(JSON.parse(out) as Figures)
      }
      results[mode] = {
        ms: Math.round(median(runs.map((r) => r.ms))),
        cpuMs: Math.round(median(runs.map((r) => r.cpuMs))),
        maxRssMiB: Math.round(Math.max(...runs.map((r) => r.maxRssMiB))),
        bumps: runs[0]!.bumps,
        runs: runs.map((r) => Math.round(r.ms))
      }
    }
    const report = {
      bench: 'bumps',
      date: new Date().toISOString(),
      node: process.version,
      cpus: cpus().length,
      loadAverageAtStart: load,
      lockfile: {
        format: 'package-lock.json v3',
        bytes: Buffer.byteLength(made.base),
        names: made.names,
        installedCopies: made.copies
      },
      goal: 'parse + diff of a 30 MB package-lock under 1 s',
      jsonParseOnly: results.floor,
      parseAndDiff: results.pure,
      readBumpsThroughGit: results.readBumps
    }
    const out = join(dirname(self).replace(/node_modules\/\.cache\/memgate-bench-bumps\/bench$/, 'bench'), 'results')
    mkdirSync(out, { recursive: true })
    writeFileSync(join(out, 'bumps.json'), `${JSON.stringify(report, null, 2)}\n`)
    console.log(`load average at start: ${load.join(' ')} on ${cpus().length} CPUs`)
    console.log(`lockfile: ${(report.lockfile.bytes / 1048576).toFixed(1)} MB, ${made.names} names, ${made.copies} installed copies`)
    const rows = [
      ['JSON.parse both (floor)', results.floor!],
      ['parse both + diffLocks', results.pure!],
      ['readBumps via git', results.readBumps!]
    ] as const
    for (const [label, r] of rows) {
      console.log(`${label}: median ${r.ms} ms wall, ${r.cpuMs} ms CPU over ${RUNS} fresh processes (${r.runs.join(', ')}), peak RSS ${r.maxRssMiB} MiB, ${r.bumps} bumps`)
    }
    console.log(`wrote ${join(out, 'bumps.json')}`)
  } finally {
    if (process.env.KEEP) execFileSync("cp", ["-r", dir, process.env.KEEP]); rmSync(dir, { recursive: true, force: true })
  }
}

if (process.argv[2] === '--child') await child(process.argv[3]!, process.argv[4]!)
else await main()
