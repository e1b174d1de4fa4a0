// Makes real heap snapshots for the tests: copies a scenario from __tests__/fixtures/heap (its
// `packages/` becomes `node_modules/`, which git would ignore) into a temp dir and runs driver.cjs
// there with this Node.js.
import { execFileSync } from 'node:child_process'
import { cpSync, existsSync, mkdtempSync, renameSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'

export const fixtures = resolve('__tests__/fixtures/heap')

export function makeTempDir(prefix = 'memgate-heap-'): string {
  return mkdtempSync(join(tmpdir(), prefix))
}

/** Runs `scenario` and returns its three snapshot files, oldest first. */
export function makeSnapshots(scenario: string, iterations = 1000, dir = makeTempDir()): [string, string, string] {
  const work = join(dir, scenario)
  cpSync(join(fixtures, scenario), work, { recursive: true })
  if (existsSync(join(work, 'packages'))) renameSync(join(work, 'packages'), join(work, 'node_modules'))
  const out = execFileSync(process.execPath, ['--expose-gc', join(fixtures, 'driver.cjs'), work, dir, String(iterations)], {
    cwd: work,
    encoding: 'utf8',
    env: { ...process.env, NODE_OPTIONS: '' }
  })
  return (JSON.parse(out.trim().split('\n').pop()!) as { files: [string, string, string] }).files
}

/** Runs `source` (CommonJS) in a fresh Node.js with --expose-gc, then writes one snapshot; returns its path. */
export function writeSnapshot(source: string, dir = makeTempDir(), nodeArgs: string[] = []): string {
  const file = join(dir, 'one.heapsnapshot')
  const script = `${source}\n;globalThis.gc(); require('node:v8').writeHeapSnapshot(${JSON.stringify(file)})`
  execFileSync(process.execPath, ['--expose-gc', ...nodeArgs, '-e', script], {
    env: { ...process.env, NODE_OPTIONS: '' },
    maxBuffer: 1 << 20
  })
  return file
}
