import { describe, expect, it } from '@jest/globals'
import { medianSeries } from '../../src/report/series.js'
import type { Run, Samples } from '../../src/types.js'

const run = (points: [number, number][], outcome: Run['outcome'] = 'ok'): Run => ({
  exitCode: outcome === 'ok' ? 0 : 1,
  outcome,
  samples: points.map(([x, heap]) => ({ x, heap }))
})
const samples = (side: 'base' | 'head', runs: Run[], unit: Samples['unit'] = 'iteration'): Samples => ({
  format: 'memgate-samples/1',
  side,
  unit,
  runs
})
const line = (slope: number, start = 1000, end = 100) =>
  Array.from({ length: 11 }, (_, i) => [i * (end / 10), start + slope * i * (end / 10)] as [number, number])

describe('medianSeries', () => {
  it('takes the median of the runs at each point of one grid', () => {
    const series = medianSeries(
      samples('base', [run(line(0)), run(line(0, 2000)), run(line(0, 3000))]),
      samples('head', [run(line(10)), run(line(20)), run(line(1000), 'crash')]),
      5
    )
    expect(series).toEqual({
      unit: 'iteration',
      x: [0, 25, 50, 75, 100],
      base: [2000, 2000, 2000, 2000, 2000],
      head: [1000, 1375, 1750, 2125, 2500]
    })
  })

  it('interpolates runs sampled at different x, and ends where the shortest run ends', () => {
    const series = medianSeries(
      samples('base', [
        run([
          [0, 0],
          [60, 600]
        ])
      ]),
      samples('head', [
        run([
          [0, 0],
          [10, 100],
          [90, 900]
        ])
      ]),
      4
    )
    expect(series).toEqual({ unit: 'iteration', x: [0, 20, 40, 60], base: [0, 200, 400, 600], head: [0, 200, 400, 600] })
  })

  it.each([
    ['a side without finished runs', samples('base', [run(line(0), 'timeout')]), samples('head', [run(line(1))])],
    ['a side with one sample per run', samples('base', [run([[0, 1]])]), samples('head', [run(line(1))])],
    ['different units', samples('base', [run(line(0))], 'ms'), samples('head', [run(line(1))])]
  ])('is null for %s', (_, base, head) => {
    expect(medianSeries(base, head)).toBeNull()
  })
})
