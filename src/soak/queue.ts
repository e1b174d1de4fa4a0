// The order of the soak stage's jobs: two installs and the runs of each side on one or two slots.
import type { Side } from '../types.js'

export interface QueueOptions {
  /** How many runs a side gets; asked again as runs end, since a side may earn one more. */
  runs: (side: Side) => number
  slots: number
  /** Whether the two installs may run at once. */
  concurrentInstalls: boolean
  install: (side: Side) => Promise<void>
  run: (side: Side, i: number) => Promise<void>
  installed: (side: Side) => boolean
  /** How long a side's first run took, once it is done, or how long its runs are when that is known before. */
  firstMs: (side: Side) => number | undefined
  /** Aborted here when a job fails, to stop the others. */
  stop: AbortController
  signal?: AbortSignal
  /** True once the runs so far decide the look (a soak broken on both sides): no job starts after. */
  enough?: () => boolean
  /** True while a side's runs wait (a side that only failed waits to see whether the other fails too). */
  held?: (side: Side) => boolean
}

/**
 * The installs, then the runs base 1, head 1, base 2, head 2, … on `slots` slots, so that drift of
 * the machine over time hits both sides alike; with two slots and sides that take equally long,
 * that is one base and one head at once. A slot that frees up takes the next job rather than wait
 * for its pair (the run that takes snapshots is slower), with these rules: a side's runs wait for
 * its install, and its later runs for its first, whose length places their samples and snapshots
 * (unless that length is known before);
 * within a round the side whose runs take longer goes first, so that the last round does not leave
 * one slot waiting on the other's long run. The first job to fail stops the others and is thrown.
 */
export async function runQueue(q: QueueOptions): Promise<void> {
  type Job = { side: Side; i: number; install: boolean; started: boolean }
  const sides: Side[] = ['base', 'head']
  // A later look of a session finds its sides installed already.
  const jobs: Job[] = sides.filter((side) => !q.installed(side)).map((side) => ({ side, i: -1, install: true, started: false }))
  const queued: Record<Side, number> = { base: 0, head: 0 }
  // In the order they should go: installs, then round by round, base before head.
  const addRuns = (): void => {
    let added = false
    for (const side of sides) {
      for (; queued[side] < q.runs(side); queued[side]++, added = true) jobs.push({ side, i: queued[side], install: false, started: false })
    }
    if (added) jobs.sort((a, b) => Number(b.install) - Number(a.install) || a.i - b.i || sides.indexOf(a.side) - sides.indexOf(b.side))
  }
  const ready = (job: Job): boolean => {
    if (job.install) return q.concurrentInstalls || !jobs.some((j) => j.install && j.started && !q.installed(j.side))
    return q.installed(job.side) && (job.i === 0 || q.firstMs(job.side) !== undefined) && !q.held?.(job.side)
  }
  const pick = (): Job | undefined => {
    addRuns()
    const job = jobs.find((j) => !j.started && ready(j))
    if (!job || job.install) return job
    const other = jobs.find((j) => !j.started && !j.install && j.i === job.i && j.side !== job.side && ready(j))
    const mine = q.firstMs(job.side)
    const theirs = other && q.firstMs(other.side)
    return mine !== undefined && theirs !== undefined && theirs > mine ? other : job
  }
  const running = new Set<Promise<void>>()
  let failure: { error: unknown } | undefined
  for (;;) {
    while (running.size < q.slots && !q.signal?.aborted && !failure && !q.enough?.()) {
      const job = pick()
      if (!job) break
      job.started = true
      const p: Promise<void> = (job.install ? q.install(job.side) : q.run(job.side, job.i))
        .catch((error: unknown) => {
          if (!failure) {
            failure = { error }
            q.stop.abort()
          }
        })
        .finally(() => running.delete(p))
      running.add(p)
    }
    if (running.size === 0) break
    await Promise.race(running)
  }
  if (failure) throw failure.error
}
