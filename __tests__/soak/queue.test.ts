// The soak stage's scheduler, driven by jobs that end when the test says so.
import { describe, expect, it } from '@jest/globals'
import { type QueueOptions, runQueue } from '../../src/soak/queue.js'
import type { Side } from '../../src/types.js'

/** A queue whose jobs wait to be ended by name ('install base', 'head 2', …), recording what started. */
function harness(runs: number, slots: number, concurrentInstalls: boolean, known: Partial<Record<Side, number>> = {}) {
  const started: string[] = []
  const pending = new Map<string, { resolve: () => void; reject: (e: Error) => void }>()
  const installed = new Set<Side>()
  const firstMs: Partial<Record<Side, number>> = {}
  const job = (name: string, onEnd: () => void) =>
    new Promise<void>((resolve, reject) => {
      started.push(name)
      pending.set(name, {
        resolve: () => {
          onEnd()
          resolve()
        },
        reject
      })
    })
  const stop = new AbortController()
  const extra: Partial<Record<Side, number>> = {}
  const held = new Set<Side>()
  const options: QueueOptions = {
    held: (side) => held.has(side),
    runs: (side) => runs + (extra[side] ?? 0),
    slots,
    concurrentInstalls,
    install: (side) => job(`install ${side}`, () => installed.add(side)),
    run: (side, i) => job(`${side} ${i + 1}`, () => void (i === 0 && (firstMs[side] = side === 'head' ? 300 : 100))),
    installed: (side) => installed.has(side),
    firstMs: (side) => firstMs[side] ?? known[side],
    stop
  }
  const done = runQueue(options)
  /** Ends a running job and lets the queue start what comes next. */
  const end = async (name: string, error?: Error) => {
    const p = pending.get(name)
    if (!p) throw new Error(`${name} is not running; started: ${started.join(', ')}`)
    pending.delete(name)
    if (error) p.reject(error)
    else p.resolve()
    for (let i = 0; i < 5; i++) await Promise.resolve()
  }
  return { started, end, done, stop, extra, held, running: () => [...pending.keys()] }
}

describe('runQueue', () => {
  it('interleaves base and head on two slots, and puts the side with the longer runs first in a round', async () => {
    const q = harness(3, 2, true)
    expect(q.started).toEqual(['install base', 'install head'])
    await q.end('install base')
    await q.end('install head')
    expect(q.started.slice(2)).toEqual(['base 1', 'head 1'])
    await q.end('base 1') // base's later runs may go; head's wait for its first
    expect(q.running()).toEqual(['head 1', 'base 2'])
    await q.end('head 1') // head's first run took longer than base's
    await q.end('base 2')
    await q.end('head 2')
    expect(q.started.slice(4)).toEqual(['base 2', 'head 2', 'head 3', 'base 3'])
    await q.end('head 3')
    await q.end('base 3')
    await q.done
  })

  it('installs one side at a time when told to, running the installed side meanwhile', async () => {
    const q = harness(2, 2, false)
    expect(q.started).toEqual(['install base'])
    await q.end('install base')
    expect(q.running()).toEqual(['install head', 'base 1'])
    await q.end('base 1')
    expect(q.running()).toEqual(['install head', 'base 2'])
    await q.end('install head')
    expect(q.running()).toEqual(['base 2', 'head 1'])
    await q.end('base 2')
    await q.end('head 1')
    await q.end('head 2')
    await q.done
  })

  it('starts no run of a held side until it is released, and runs the other side meanwhile', async () => {
    const q = harness(2, 2, false)
    await q.end('install base')
    q.held.add('base') // base's runs have only failed so far: wait for head's first
    await q.end('base 1')
    expect(q.running()).toEqual(['install head'])
    await q.end('install head')
    expect(q.running()).toEqual(['head 1'])
    q.held.delete('base')
    await q.end('head 1')
    expect(q.running()).toEqual(['head 2', 'base 2']) // head's runs take longer: it goes first in the round
    await q.end('base 2')
    await q.end('head 2')
    await q.done
  })

  it('adds the run a side earns while the queue goes, in its round', async () => {
    const q = harness(2, 2, true)
    await q.end('install base')
    await q.end('install head')
    q.extra.head = 1 // head's first run turned out to be a pilot
    await q.end('head 1')
    await q.end('base 1')
    for (const name of ['head 2', 'base 2', 'head 3']) await q.end(name)
    expect(q.started.slice(2)).toEqual(['base 1', 'head 1', 'head 2', 'base 2', 'head 3'])
    await q.done
  })

  it("starts a side's later runs beside its first when its length is known before (a stored base gives head's)", async () => {
    const q = harness(2, 2, true, { base: 100, head: 300 })
    await q.end('install base')
    await q.end('install head')
    // Without the known length base 2 would wait for base 1 (first test); here the slots stay full.
    expect(q.running()).toEqual(['base 1', 'head 1'])
    await q.end('base 1')
    expect(q.running()).toEqual(['head 1', 'head 2'])
    await q.end('head 1')
    expect(q.running()).toEqual(['head 2', 'base 2'])
    await q.end('head 2')
    await q.end('base 2')
    await q.done
  })

  it('runs one job at a time on one slot, in order', async () => {
    const q = harness(2, 1, true)
    for (const name of ['install base', 'install head', 'base 1', 'head 1', 'head 2', 'base 2']) await q.end(name)
    expect(q.started).toEqual(['install base', 'install head', 'base 1', 'head 1', 'head 2', 'base 2'])
    await q.done
  })

  it('stops the other jobs and starts no new one when a job fails, and throws its error', async () => {
    const q = harness(2, 2, false)
    await q.end('install base')
    expect(q.running()).toEqual(['install head', 'base 1'])
    await q.end('install head', new Error('Install failed on head'))
    expect(q.stop.signal.aborted).toBe(true)
    await q.end('base 1') // a stopped run ends
    await expect(q.done).rejects.toThrow('Install failed on head')
    expect(q.started).toEqual(['install base', 'install head', 'base 1'])
  })
})
