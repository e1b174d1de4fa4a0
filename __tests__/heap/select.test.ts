import { describe, expect, it } from '@jest/globals'
import { type SnapshotOfRun, selectGrowingSnapshots } from '../../src/heap/select.js'

const MiB = 1048576
const run = (...heaps: (number | undefined)[]): SnapshotOfRun[] => {
  const labels = ['warmup', 'middle', 'late', 'end']
  return heaps.map((heap, i) => ({
    file: `${i}-${labels[i]}.heapsnapshot`,
    label: labels[i]!,
    heap: heap === undefined ? undefined : heap * MiB
  }))
}

describe('selectGrowingSnapshots', () => {
  it.each([
    ['a steady leak: all of them', run(10, 20, 28, 30), ['0', '1', '2', '3'], null],
    [
      'a tidy soak: the end, after teardown, is left out',
      run(22.7, 40, 52, 9.3),
      ['0', '1', '2'],
      /^The heap shrank after the late snapshot \(warmup 22\.7 MiB, middle 40\.0 MiB, late 52\.0 MiB, end 9\.3 MiB\)/
    ],
    ['a middle that did not grow is left out', run(10, 9, 20, 21), ['0', '2', '3'], null],
    [
      'nothing grew: none, and why',
      run(10, 9, 9.5, 8),
      [],
      /^No heap snapshot written holds more than the warm-up one \(warmup 10\.0 MiB, middle 9\.0 MiB, late 9\.5 MiB, end 8\.0 MiB\)/
    ],
    ['an older probe without heaps: all of them', run(undefined, undefined, undefined), ['0', '1', '2'], null]
  ])('%s', (_name, points, files, note) => {
    const chosen = selectGrowingSnapshots(points)
    expect(chosen.files.map((f) => f.split('-')[0])).toEqual(files)
    if (note) expect(chosen.notes).toEqual([expect.stringMatching(note)])
    else expect(chosen.notes).toEqual([])
  })
})
