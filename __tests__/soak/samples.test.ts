// The rule that picks the workload among the processes that wrote samples.
import { describe, expect, it } from '@jest/globals'
import { parseSampleLines } from '../../src/soak/samples.js'

const meta = (pid: number, script: string, ppid = 1) => JSON.stringify({ pid, ppid, script, meta: true })
const line = (pid: number, x: number, heap: number, unit = 'ms', t = x) =>
  JSON.stringify({ x, heap, rss: heap * 4, external: 10, arrayBuffers: 5, pid, unit, t })
const lines = (...rows: string[]) => rows.join('\n') + '\n'

describe('parseSampleLines', () => {
  it.each([
    [
      'the process that counted iterations, over a bigger one that did not',
      lines(
        meta(10, '/app/main.js'),
        line(10, 100, 9e7),
        line(10, 200, 9e7),
        meta(11, '/app/worker.js', 10),
        line(11, 50, 1e6, 'iteration', 30),
        line(11, 100, 2e6, 'iteration', 60)
      ),
      11,
      'iteration'
    ],
    [
      'not npm though it lives longest and holds more',
      lines(
        meta(20, '/usr/bin/npm'),
        line(20, 100, 2e7),
        line(20, 5000, 2e7),
        meta(21, '/app/soak.js', 20),
        line(21, 100, 5e6),
        line(21, 4800, 6e6)
      ),
      21,
      'ms'
    ],
    [
      'the worker that holds the data over its idle, slightly longer-lived parent',
      lines(
        meta(30, '/app/cluster.js'),
        line(30, 100, 4e6),
        line(30, 3000, 4e6),
        meta(31, '/app/worker.js', 30),
        line(31, 200, 2e7),
        line(31, 2800, 6e7)
      ),
      31,
      'ms'
    ],
    [
      'a long-lived master over a short helper it forked',
      lines(
        meta(40, '/app/server.js'),
        line(40, 100, 1e7),
        line(40, 6000, 1.2e7),
        meta(41, '/app/helper.js', 40),
        line(41, 100, 2e7),
        line(41, 300, 2e7)
      ),
      40,
      'ms'
    ],
    ['a wrapper when there is nothing else', lines(meta(50, '/x/.yarn/releases/yarn-4.5.3.cjs'), line(50, 100, 1e7)), 50, 'ms']
  ])('picks %s', (_, text, pid, unit) => {
    const run = parseSampleLines(text)
    expect(run).toMatchObject({ source: 'probe', pid, unit })
    expect(run.samples.every((s) => s.external === 10 && s.arrayBuffers === 5)).toBe(true)
    expect(run.processes.length).toBeGreaterThan(0)
  })

  // The samples file is the soak's: a script path of megabytes must not make the wrapper test
  // backtrack (a pattern anchored at every slash took 2.9 s on 40 KB). jest's timeout stops it.
  it('tells wrappers from the workload in linear time whatever the script path', () => {
    const hostile = `/yarn-.${'.'.repeat(4_000_000)}a/soak.js`
    const run = parseSampleLines(
      lines(
        meta(70, hostile),
        line(70, 100, 1e7),
        line(70, 3000, 2e7),
        meta(71, `/usr/lib/node_modules/npm/bin/${'yarn-1/'.repeat(500_000)}npm-cli.js`),
        line(71, 100, 5e7)
      )
    )
    expect(run.processes.find((p) => p.pid === 70)).toMatchObject({ wrapper: false })
    expect(run.processes.find((p) => p.pid === 71)).toMatchObject({ wrapper: true })
    expect(run.pid).toBe(70)
  }, 10_000)

  it("takes the soak's own lines, and not the probe's of the same process as well", () => {
    const run = parseSampleLines(
      lines(meta(60, '/app/soak.js'), line(60, 50, 1e7, 'iteration'), '{"x":1,"heap":500}', '{"x":2,"heap":600}')
    )
    expect(run).toMatchObject({
      source: 'soak',
      unit: 'iteration',
      samples: [
        { x: 1, heap: 500 },
        { x: 2, heap: 600 }
      ]
    })
    expect(run.processes.map((p) => p.pid)).toEqual([60])
  })

  it('falls back to the RSS of the process group when no Node.js process wrote samples', () => {
    const rss = [
      { x: 250, heap: 3e6, rss: 3e6 },
      { x: 500, heap: 4e6, rss: 4e6 }
    ]
    expect(parseSampleLines('', { rss })).toMatchObject({ source: 'rss', unit: 'ms', samples: rss })
  })

  it.each([
    [{ x: 150 }, [200, 300]],
    [{ ms: 25 }, [300]]
  ])('drops the warm-up %j', (warmup, xs) => {
    const run = parseSampleLines(
      lines(line(70, 100, 1, 'iteration', 10), line(70, 200, 2, 'iteration', 20), line(70, 300, 3, 'iteration', 30)),
      { warmup }
    )
    expect(run.samples.map((s) => s.x)).toEqual(xs)
    expect(run.warmupDropped).toBe(3 - xs.length)
    expect(run.lastX).toBe(300)
  })

  it('returns no samples, not an error, for an empty or garbled file', () => {
    expect(parseSampleLines('{"x":1,"he\nnot json\n[]\nnull\n')).toMatchObject({ source: 'none', samples: [], processes: [] })
  })
})
