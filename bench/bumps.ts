// npm run bench:bumps — time and peak RSS of diffing two versions of a large package-lock.json.
// Generates a lockfile v3 of ~30 MB (tens of thousands of installed copies of thousands of names,
// nested the way npm nests conflicting versions), a head version with 2% of them bumped (a large
// group update) and one with a single direct dependency bumped (a Dependabot PR), then in fresh
// processes, timed from texts in memory: (a) JSON.parse of both, the floor of any whole-file
// reader; (b) whole-file parse of both + diffLocks; (c) the fast path (split, compare, parse the
// entries that matter) + diffLocks; then (d) readBumps on a real git repo with the commits, which
// adds git and reading both blobs. Writes bench/results/bumps.json. MODES=fast,readBumps runs only
// those; KEEP=<dir> keeps the generated lockfiles and repository there, for profiling a child.
import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { cpus, loadavg, tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { diffLocks } from '../src/bumps/diff.js'
import { parseManifest } from '../src/bumps/manifest.js'
import { parseNpmLock } from '../src/bumps/npm.js'
import { pruneNpmLocks } from '../src/bumps/npm-fast.js'
import { readBumps } from '../src/bumps/read.js'
import { createGit } from '../src/git.js'

// The estimate below counts compact JSON; npm's two-space indentation makes the file ~25% larger.
const TARGET_BYTES = 24 * 1024 * 1024
const RUNS = Number(process.env.RUNS ?? 7)
/** What each mode times, in the order printed; `…Single` ones diff the one-bump head. */
const MODES: Array<[string, string]> = [
  ['floor', 'JSON.parse of both texts alone (the floor of any whole-file reader)'],
  ['whole', 'whole-file parse + diffLocks, 2% of the copies bumped'],
  ['fast', 'fast path (split, compare, parse what matters) + diffLocks, 2% of the copies bumped'],
  ['wholeSingle', 'whole-file parse + diffLocks, one direct dependency bumped'],
  ['fastSingle', 'fast path + diffLocks, one direct dependency bumped'],
  ['readBumps', 'readBumps through git (reads both blobs), 2% of the copies bumped'],
  ['readBumpsSingle', 'readBumps through git (reads both blobs), one direct dependency bumped']
]

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
function generate(): {
  base: string
  head: string
  single: string
  singleManifest: string
  manifest: string
  names: number
  copies: number
} {
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
  // One direct dependency bumped, in the lockfile and its package.json, as Dependabot does it.
  const [bumped, from] = Object.entries(rootDeps)[Math.floor(rand() * Object.keys(rootDeps).length)]!
  const to = bumpVersion(from)
  const singleDeps = { ...rootDeps, [bumped]: to }
  const single = lock({ ...packages, [`node_modules/${bumped}`]: { ...packages[`node_modules/${bumped}`], version: to } }).replace(
    `"${bumped}": "${from}"`,
    `"${bumped}": "${to}"`
  )
  const singleManifest = `${JSON.stringify({ name: 'big', version: '1.0.0', dependencies: singleDeps }, null, 2)}\n`
  return { base, head: lock(headPackages), single, singleManifest, manifest, names: names.length, copies }
}

function bumpVersion(v: string): string {
  const [major, minor, patch] = v.split('.').map(Number) as [number, number, number]
  return `${major}.${minor}.${patch + 1}`
}

async function child(mode: string, dir: string): Promise<void> {
  const { readFileSync } = await import('node:fs')
  const read = (name: string): string => readFileSync(join(dir, name)).toString('utf8')
  const single = mode.endsWith('Single')
  // The pure modes diff texts already in memory; readBumps reads them out of git itself.
  const texts = mode.startsWith('readBumps')
    ? null
    : {
        base: read('base.json'),
        head: read(single ? 'single.json' : 'head.json'),
        baseManifest: read('package.json'),
        headManifest: read(single ? 'single-package.json' : 'package.json')
      }
  const start = performance.now()
  const cpu = process.cpuUsage()
  let bumps: number
  if (texts && mode === 'floor') {
    // What any whole-file reader pays: the two JSON.parse calls alone.
    const base = JSON.parse(texts.base) as { packages: object }
    const head = JSON.parse(texts.head) as { packages: object }
    bumps = 0
    if (!base.packages || !head.packages) throw new Error('generated lockfile has no packages')
  } else if (texts && mode.startsWith('whole')) {
    const base = { lock: parseNpmLock(texts.base, 'base'), manifests: [parseManifest(texts.baseManifest, 'package.json')] }
    const head = { lock: parseNpmLock(texts.head, 'head'), manifests: [parseManifest(texts.headManifest, 'package.json')] }
    bumps = diffLocks(base, head, 'package-lock.json').length
  } else if (texts) {
    const manifests = {
      base: [parseManifest(texts.baseManifest, 'package.json')],
      head: [parseManifest(texts.headManifest, 'package.json')]
    }
    const pruned = pruneNpmLocks({ text: texts.base, file: 'base' }, { text: texts.head, file: 'head' }, manifests)
    if (!pruned) throw new Error('the fast path declined the generated lockfile')
    const all = diffLocks(
      { lock: pruned.base, manifests: manifests.base },
      { lock: pruned.head, manifests: manifests.head },
      'package-lock.json'
    )
    bumps = all.filter((b) => b.direct || pruned.names.has(b.name)).length
  } else {
    const shas = readFileSync(join(dir, 'shas'), 'utf8').trim().split('\n')
    bumps = (await readBumps(await createGit(join(dir, 'repo')), shas[0]!, single ? shas[2]! : shas[1]!)).length
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
    writeFileSync(join(dir, 'single.json'), made.single)
    writeFileSync(join(dir, 'single-package.json'), made.singleManifest)
    const repo = join(dir, 'repo')
    mkdirSync(repo)
    const git = (...args: string[]): string =>
      execFileSync('git', ['-c', 'user.name=bench', '-c', 'user.email=bench@example.com', ...args], { cwd: repo, encoding: 'utf8' }).trim()
    git('init', '--quiet')
    writeFileSync(join(repo, 'package.json'), made.manifest)
    const shas: string[] = []
    for (const [text, manifest] of [
      [made.base, made.manifest],
      [made.head, made.manifest],
      [made.single, made.singleManifest]
    ] as const) {
      writeFileSync(join(repo, 'package-lock.json'), text)
      writeFileSync(join(repo, 'package.json'), manifest)
      git('add', '--all')
      git('commit', '--quiet', '--allow-empty', '-m', 'lock')
      shas.push(git('rev-parse', 'HEAD'))
    }
    writeFileSync(join(dir, 'shas'), `${shas.join('\n')}\n`)

    const results: Record<string, Figures & { runs: number[] }> = {}
    // Round by round, every mode once in each: the host's drift spreads over all modes alike.
    const modes = (process.env.MODES ?? MODES.map(([mode]) => mode).join(',')).split(',')
    const runs = new Map(modes.map((mode) => [mode, [] as Figures[]]))
    for (let i = 0; i < RUNS; i++) {
      for (const mode of modes) {
        const out = execFileSync(process.execPath, [self, '--child', mode, dir], { encoding: 'utf8', maxBuffer: 1 << 20 })
        runs.get(mode)!.push(JSON.parse(out) as Figures)
      }
    }
    for (const [mode, all] of runs) {
      results[mode] = {
        ms: Math.round(median(all.map((r) => r.ms))),
        cpuMs: Math.round(median(all.map((r) => r.cpuMs))),
        maxRssMiB: Math.round(Math.max(...all.map((r) => r.maxRssMiB))),
        bumps: all[0]!.bumps,
        runs: all.map((r) => Math.round(r.ms))
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
      goal: 'diff of two versions of a 30 MB package-lock under 1 s',
      figures: Object.fromEntries(MODES.filter(([mode]) => results[mode]).map(([mode, label]) => [mode, { label, ...results[mode] }]))
    }
    const out = join(dirname(self).replace(/node_modules\/\.cache\/memgate-bench-bumps\/bench$/, 'bench'), 'results')
    mkdirSync(out, { recursive: true })
    writeFileSync(join(out, 'bumps.json'), `${JSON.stringify(report, null, 2)}\n`)
    console.log(`load average at start: ${load.join(' ')} on ${cpus().length} CPUs`)
    console.log(`lockfile: ${(report.lockfile.bytes / 1048576).toFixed(1)} MB, ${made.names} names, ${made.copies} installed copies`)
    for (const [mode, label] of MODES) {
      const r = results[mode]
      if (!r) continue
      console.log(
        `${label}: median ${r.ms} ms wall, ${r.cpuMs} ms CPU over ${RUNS} fresh processes (${r.runs.join(', ')}), peak RSS ${r.maxRssMiB} MiB, ${r.bumps} bumps`
      )
    }
    console.log(`wrote ${join(out, 'bumps.json')}`)
  } finally {
    if (process.env.KEEP) execFileSync('cp', ['-r', dir, process.env.KEEP])
    rmSync(dir, { recursive: true, force: true })
  }
}

if (process.argv[2] === '--child') await child(process.argv[3]!, process.argv[4]!)
else await main()
