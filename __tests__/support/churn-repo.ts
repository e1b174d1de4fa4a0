// Hard negatives and leaks of one CPU-bound soak, for the churn test and the benchmarks
// (bench/hard.ts, bench/sides.ts): one git repository whose commits differ only in the version of
// `lib` in package.json, which soak.js reads (no install: `lib` is never installed).
//   1.0.0  base: 5 rounds a request of 200 rows built and serialised, nothing kept
//   2.0.0  churn: 20 rounds (4× the short-lived garbage, about 4× slower; CHURN_ROUNDS), nothing kept
//   3.0.0  cache: base's work and a Map bounded to 2,000 entries that fills, then stays flat
//   4.0.0  leak: base's work and 16 bytes kept a request (a linked list that never forgets)
//   5.0.0  churn + leak: churn's work and the same 16 bytes a request
import { execFileSync } from 'node:child_process'
import * as fs from 'node:fs'
import * as path from 'node:path'

export const CHURN_SOAK = `'use strict'
// One request: build 200 rows and serialise them, \`rounds\` times; some versions keep something.
const lib = require('./package.json').dependencies.lib
const rounds = lib === '2.0.0' || lib === '5.0.0' ? Number(process.env.CHURN_ROUNDS || 20) : 5
const leaks = lib === '4.0.0' || lib === '5.0.0'
const caches = lib === '3.0.0'
const end = Date.now() + Number(process.env.SOAK_MS || 5000)
// A list that never forgets: three nodes of about 37 bytes every 7 requests is 16 bytes a
// request (16.0 measured on Node.js 20), kept evenly: an array's pushes would grow in jumps.
let kept = null
const cache = new Map()
let sink = 0
let n = 0
const step = () => {
  for (let r = 0; r < rounds; r++) {
    const rows = Array.from({ length: 200 }, (_, i) => ({ id: i, name: 'row' + i, tags: [i, i + 1] }))
    sink += JSON.stringify(rows).length
  }
  if (leaks && n % 7 < 3) kept = { next: kept, n }
  if (caches) {
    cache.set('k' + n, { n, at: Date.now(), label: 'entry ' + n })
    if (cache.size > 2000) cache.delete(cache.keys().next().value)
  }
  n++
  process.emit('memgate:iteration')
  if (Date.now() < end) setImmediate(step)
}
step()
`

export const CHURN_CASES = [
  { name: 'churn: 4× the garbage, 4× slower, keeps nothing', lib: '2.0.0', leak: false },
  { name: 'cache: fills to 2,000 entries, then flat', lib: '3.0.0', leak: false },
  { name: 'leak: 16 bytes a request', lib: '4.0.0', leak: true },
  { name: 'churn + leak: 4× slower and 16 bytes a request', lib: '5.0.0', leak: true }
] as const

/** A repository with soak.js, base on `main` and one branch per case. */
export function createChurnRepo(dir: string): { dir: string; base: string; heads: Record<string, string> } {
  fs.mkdirSync(dir, { recursive: true })
  const git = (...args: string[]) => execFileSync('git', args, { cwd: dir, encoding: 'utf8' }).trim()
  git('init', '-q', '-b', 'main')
  git('config', 'user.email', 'bench@example.com')
  git('config', 'user.name', 'bench')
  fs.writeFileSync(path.join(dir, 'soak.js'), CHURN_SOAK)
  const manifest = (lib: string) =>
    fs.writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ name: 'hard', version: '1.0.0', dependencies: { lib } }) + '\n')
  manifest('1.0.0')
  git('add', '-A')
  git('commit', '-qm', 'base')
  const base = git('rev-parse', 'HEAD')
  const heads: Record<string, string> = {}
  for (const c of CHURN_CASES) {
    git('checkout', '-q', '-B', `lib-${c.lib}`, base)
    manifest(c.lib)
    git('commit', '-qam', `lib ${c.lib}`)
    heads[c.lib] = git('rev-parse', 'HEAD')
  }
  return { dir, base, heads }
}
