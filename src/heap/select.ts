// Which of a run's heap snapshots to compare. Pure.
//
// The probe snapshots one run after warm-up, in the middle, late and at exit. A soak that tears
// down (server.close(), agent.destroy(), a cache cleared) frees what leaked before exit, so the end
// snapshot can hold less than the warm-up one: a diff against it finds nothing. Only snapshots that
// show growth over the warm-up one are compared, and the one that holds the most is the last.

/** A snapshot and the post-GC heap the probe measured when it took it. */
export interface SnapshotOfRun {
  file: string
  label: string
  heap?: number
}

export interface SnapshotSelection {
  /** Oldest first: the warm-up snapshot, the growing ones before the fullest, the fullest. Fewer than two: nothing to diff. */
  files: string[]
  /** Why snapshots were left out, or why none is compared; for the report's notes. */
  notes: string[]
}

/**
 * The snapshots worth diffing among `points` (one process, oldest first). Without the heap of
 * every snapshot (an older probe), all of them, as before. Never throws.
 */
export function selectGrowingSnapshots(points: readonly SnapshotOfRun[]): SnapshotSelection {
  if (points.length < 2 || points.some((p) => p.heap === undefined)) return { files: points.map((p) => p.file), notes: [] }
  const [first, ...later] = points as (SnapshotOfRun & { heap: number })[]
  const growing = later.filter((p) => p.heap > first!.heap)
  const sizes = points.map((p) => `${p.label} ${mib(p.heap!)}`).join(', ')
  if (growing.length === 0) {
    return {
      files: [],
      notes: [
        `No heap snapshot written holds more than the warm-up one (${sizes}): the heap did not grow where the snapshots were taken, so no suspects are named.`
      ]
    }
  }
  let fullest = growing[0]!
  for (const p of growing) if (p.heap >= fullest.heap) fullest = p
  const files = [first!.file, ...growing.filter((p) => points.indexOf(p) < points.indexOf(fullest)).map((p) => p.file), fullest.file]
  // Worth a note only when the end gave back at least half of what the run grew by.
  const end = points[points.length - 1]!
  const notes =
    end !== fullest && end.heap! < first!.heap + (fullest.heap - first!.heap) / 2
      ? [
          `The heap shrank after the ${fullest.label} snapshot (${sizes}): the soak's teardown freed what it held, ` +
            `so suspects come from the snapshots up to the ${fullest.label} one.`
        ]
      : []
  return { files, notes }
}

function mib(bytes: number): string {
  return `${(bytes / 1048576).toFixed(1)} MiB`
}
