// Small generated Samples for unit tests: a deterministic trace model (floor + slope·x + noise +
// shape). Calibration on real recorded traces lives in bench/stats.ts; these only pin the logic.
import { seededRandom } from '../../src/stats/random.js'
import type { Run, Samples } from '../../src/types.js'

export const random = seededRandom

export interface TraceModel {
  slope?: number
  noise?: number
  floor?: number
  points?: number
  every?: number
  /** Extra heap at x: plateau, step, … */
  shape?: (x: number) => number
  external?: (x: number) => number
}

export function makeRun(model: TraceModel, rnd: () => number): Run {
  const { slope = 0, noise = 2000, floor = 5_000_000, points = 60, every = 100 } = model
  const samples = []
  for (let i = 0; i < points; i++) {
    const x = i * every
    const heap = Math.round(floor + slope * x + (rnd() - 0.5) * 2 * noise + (model.shape?.(x) ?? 0))
    samples.push(model.external ? { x, heap, external: Math.round(model.external(x) + (rnd() - 0.5) * noise) } : { x, heap })
  }
  return { exitCode: 0, outcome: 'ok', samples, durationMs: points * every * 0.1 }
}

export function makeSamples(
  side: 'base' | 'head',
  runs: number,
  model: TraceModel,
  seed: number,
  unit: 'iteration' | 'ms' = 'iteration'
): Samples {
  const rnd = random(seed)
  return { format: 'memgate-samples/1', side, unit, runs: Array.from({ length: runs }, () => makeRun(model, rnd)) }
}
