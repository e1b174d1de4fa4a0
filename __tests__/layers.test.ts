// The stages import downward only: each module may import the foundation and the stages before it
// in the pipeline, never one after it, and there is no import cycle. Read from the sources, so a
// new import that runs the wrong way fails here.

import * as fs from 'node:fs'
import * as path from 'node:path'
import { describe, expect, it } from '@jest/globals'

const SRC = path.resolve('src')

// Lower first. A module's layer is that of its folder, or its own for top-level files.
const LAYERS: Record<string, number> = {
  errors: 0,
  types: 0,
  bytes: 0,
  rss: 0,
  sha: 0,
  process: 0,
  git: 0,
  'package-manager': 0,
  'exit-code': 0,
  secrets: 0,
  files: 0,
  options: 0,
  version: 0,
  trigger: 1,
  bumps: 2,
  probe: 3,
  soak: 4,
  stats: 5,
  heap: 6,
  report: 7,
  github: 8,
  pipeline: 9,
  demo: 9,
  bisect: 9,
  record: 9,
  action: 10,
  cli: 10,
  index: 10,
  post: 10
}

function modules(dir = SRC): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name)
    return entry.isDirectory() ? modules(full) : entry.name.endsWith('.ts') ? [full] : []
  })
}

function layerOf(file: string): number {
  const [first = ''] = path.relative(SRC, file).split(path.sep)
  const layer = LAYERS[first.replace(/\.ts$/, '')]
  if (layer === undefined) throw new Error(`${path.relative(SRC, file)} is in no layer: add it to LAYERS`)
  return layer
}

function importsOf(file: string): string[] {
  const text = fs.readFileSync(file, 'utf8')
  const found = [...text.matchAll(/^(?:import|export)[^'"]*? from '(\.[^']+)'/gm)].map((m) => m[1]!)
  return found.map((spec) => path.resolve(path.dirname(file), spec.replace(/\.js$/, '.ts')))
}

describe('src/ layers', () => {
  const files = modules()

  it('has every module in a layer', () => {
    for (const file of files) expect(() => layerOf(file)).not.toThrow()
  })

  it('imports downward only', () => {
    const upward = files.flatMap((file) =>
      importsOf(file)
        .filter((target) => layerOf(target) > layerOf(file))
        .map((target) => `${path.relative(SRC, file)} → ${path.relative(SRC, target)}`)
    )
    expect(upward).toEqual([])
  })

  it('has no import cycle', () => {
    const graph = new Map(files.map((file) => [file, importsOf(file)]))
    const state = new Map<string, 'open' | 'done'>()
    const cycles: string[] = []
    const visit = (file: string, trail: string[]): void => {
      if (state.get(file) === 'done') return
      if (state.get(file) === 'open') {
        cycles.push([...trail.slice(trail.indexOf(file)), file].map((f) => path.relative(SRC, f)).join(' → '))
        return
      }
      state.set(file, 'open')
      for (const next of graph.get(file) ?? []) visit(next, [...trail, file])
      state.set(file, 'done')
    }
    for (const file of files) visit(file, [])
    expect(cycles).toEqual([])
  })
})
