// The suspects of a run that took heap snapshots: the snapshots that show growth (select.ts),
// diffed (analyze.ts), with the log lines and report notes that say what was compared and why
// nothing was named. The gate calls it for a leak's head run, mode record for the commit it records.
import * as fs from 'node:fs'
import * as path from 'node:path'
import { formatBytes, formatDuration } from '../bytes.js'
import { MemgateError } from '../errors.js'
import type { SideResult } from '../soak/session.js'
import type { Suspect } from '../types.js'
import { diffSnapshotFiles } from './analyze.js'
import { selectGrowingSnapshots } from './select.js'

/** Suspects from the head run's snapshots that show growth, and, when none is named, a note that says why. */
export async function findSuspects(
  head: Pick<SideResult, 'snapshots' | 'snapshotPoints'>,
  packages: string[],
  maxBytes: number,
  log: (line: string) => void
): Promise<{ suspects: Suspect[]; notes: string[] }> {
  if (head.snapshots.length < 2) {
    const why = 'No pair of heap snapshots from a head run that ended ok: suspects are not named.'
    log(why)
    return { suspects: [], notes: [why] }
  }
  const points =
    head.snapshotPoints.length === head.snapshots.length ? head.snapshotPoints : head.snapshots.map((file) => ({ file, label: '' }))
  const chosen = selectGrowingSnapshots(points)
  for (const note of chosen.notes) log(note)
  if (chosen.files.length < 2) return { suspects: [], notes: chosen.notes }
  const sizes = chosen.files.map((file) => formatBytes(fs.statSync(file).size))
  log(`Heap analysis: ${chosen.files.length} snapshots of a head run (${sizes.join(', ')})`)
  const started = Date.now()
  try {
    const diff = await diffSnapshotFiles(chosen.files, { packages, top: 5, maxBytes })
    const { suspects } = diff
    log(
      `Heap analysis took ${formatDuration(Date.now() - started)}: ${suspects.length} suspect${suspects.length === 1 ? '' : 's'}${suspects[0] ? `, first ${suspects[0].name}` : ''}`
    )
    const notes = [...chosen.notes]
    if (suspects.length === 0) {
      notes.push(
        `The heap snapshots name no suspect: nothing allocated after the warm-up snapshot and still alive at the last one compared ` +
          `retains ${Math.round(diff.threshold.bytes / 1024)} KiB or more.`
      )
    }
    return { suspects, notes }
  } catch (error) {
    // The verdict stands on the samples; a snapshot that cannot be read only costs the suspects.
    const why = `Heap snapshots could not be analysed: ${error instanceof MemgateError ? error.reason : String(error)}`
    log(why)
    return { suspects: [], notes: [...chosen.notes, why] }
  }
}

/**
 * A suspect with the head worktree's absolute paths (in retainer paths and creation sites) made
 * relative to the repository: the reader knows the repository, not the runner's scratch folder.
 */
export function repositoryRelative(suspect: Suspect, headDir: string): Suspect {
  const prefixes = [`${headDir}${path.sep}`, `${headDir.split(path.sep).join('/')}/`]
  const strip = (text: string) => prefixes.reduce((t, p) => t.split(p).join(''), text)
  const { site } = suspect as Suspect & { site?: string | null }
  return {
    ...suspect,
    retainerPath: suspect.retainerPath.map(strip),
    ...(typeof site === 'string' ? { site: strip(site) } : {})
  }
}
