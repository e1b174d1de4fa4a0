// The heap stage on a 100 MB-class snapshot, in a child Node.js whose V8 heap is capped far below
// the file's size: it can only pass if the snapshot is streamed into typed arrays.

import { execFileSync } from 'node:child_process'
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from '@jest/globals'
import ts from 'typescript'
import { fixtures, makeTempDir } from '../../heap/snapshots.js'

const HEAP_CAP_MB = 64

// The child runs the real modules, transpiled as they are (no bundling).
function transpileHeapStage(out: string): string {
  // The heap stage and the modules below it that it imports.
  const outside: Record<string, string[]> = { '.': ['errors.ts', 'bytes.ts', 'options.ts', 'types.ts'] }
  for (const dir of ['heap', '.']) {
    mkdirSync(join(out, dir), { recursive: true })
    for (const file of readdirSync(join('src', dir))) {
      if (!file.endsWith('.ts') || (outside[dir] && !outside[dir].includes(file))) continue
      const source = readFileSync(join('src', dir, file), 'utf8')
      const { outputText } = ts.transpileModule(source, {
        compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 }
      })
      writeFileSync(join(out, dir, file.replace(/\.ts$/, '.js')), outputText)
    }
  }
  writeFileSync(join(out, 'package.json'), '{"type":"module"}\n')
  const runner = join(out, 'run.mjs')
  writeFileSync(
    runner,
    `
    import { diffSnapshotFiles, summarizeSnapshotFile } from './heap/analyze.js'
    const [mode, ...files] = process.argv.slice(2)
    const result = mode === 'diff' ? await diffSnapshotFiles(files) : await summarizeSnapshotFile(files[0])
    const top = mode === 'diff' ? result.suspects.map(({ name, count }) => ({ name, count })) : result.groups.find((g) => g.name === 'Record')
    process.stdout.write(JSON.stringify({ top, maxRss: process.resourceUsage().maxRSS * 1024 }))
  `
  )
  return runner
}

describe('the heap stage on a 100 MB-class snapshot', () => {
  let files: string[]
  let runner: string
  beforeAll(() => {
    const dir = makeTempDir()
    const out = execFileSync(process.execPath, ['--expose-gc', join(fixtures, 'large.cjs'), dir, '150000'], {
      encoding: 'utf8',
      env: { ...process.env, NODE_OPTIONS: '' }
    })
    files = (JSON.parse(out) as { files: string[] }).files
    runner = transpileHeapStage(join(dir, 'build'))
  })

  function run(mode: string, args: string[]): { top: { name: string; count: number }[]; maxRss: number } {
    const out = execFileSync(process.execPath, [`--max-old-space-size=${HEAP_CAP_MB}`, runner, mode, ...args], {
      encoding: 'utf8',
      env: { ...process.env, NODE_OPTIONS: '' }
    })
    return JSON.parse(out)
  }

  it(`diffs it with a ${HEAP_CAP_MB} MB V8 heap and a peak RSS under 3.5× the file (about 2.8× measured)`, () => {
    const size = statSync(files[1]!).size
    expect(size).toBeGreaterThan(80e6)
    const { top, maxRss } = run('diff', files)
    // all were allocated after the first snapshot; the store of records is the largest
    expect(top[0]).toEqual({ name: 'Record', count: 150000 })
    expect(top).toContainEqual({ name: 'Session', count: 15000 })
    expect(maxRss).toBeLessThan(3.5 * size)
  })

  it('fails the same child when the cap is below what the graph needs (the cap is real)', () => {
    // Sanity check of the method: a JSON.parse of the same file cannot run under the cap.
    expect(() =>
      execFileSync(
        process.execPath,
        [`--max-old-space-size=${HEAP_CAP_MB}`, '-e', `JSON.parse(require('fs').readFileSync(${JSON.stringify(files[1])}, 'utf8'))`],
        {
          stdio: 'pipe',
          env: { ...process.env, NODE_OPTIONS: '' }
        }
      )
    ).toThrow()
  })
})
