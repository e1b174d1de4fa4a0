import { describe, expect, it } from '@jest/globals'
import { createReporter, isInteractive } from '../../src/cli/progress.js'

function stream(isTTY: boolean) {
  const out: string[] = []
  return { out, stream: { isTTY, columns: 60, write: (s: string) => out.push(s) > 0 } as unknown as NodeJS.WriteStream }
}

describe('the CLI reporter', () => {
  it('redraws one status line in place on a terminal, and keeps what ends in the scrollback', () => {
    const s = stream(true)
    const r = createReporter(s.stream, true)
    r.progress({ kind: 'run-start', side: 'base', run: 1, of: 5 })
    r.log('a log line')
    r.progress({ kind: 'run-end', side: 'base', run: 1, of: 5, outcome: 'ok', durationMs: 4200, samples: 30, heap: 2048 })
    r.done()
    expect(s.out).toEqual([
      '\r\u001b[Kbase: run 1/5 started',
      '\r\u001b[Ka log line\nbase: run 1/5 started',
      '\r\u001b[Kbase: run 1/5 ok in 4 s, 30 samples, heap 2.0 KiB\nbase: run 1/5 started',
      '\r\u001b[K'
    ])
  })

  it('prints one plain line per event elsewhere', () => {
    const s = stream(false)
    const r = createReporter(s.stream, false)
    r.progress({ kind: 'run-start', side: 'head', run: 2, of: 5 })
    r.done()
    expect(s.out).toEqual(['head: run 2/5 started\n'])
  })

  it.each([
    [true, {}, true],
    [true, { NO_COLOR: '1' }, false],
    [true, { NO_COLOR: '' }, true],
    [false, {}, false]
  ])('a TTY %p with %j is interactive: %p', (isTTY, env, expected) => {
    expect(isInteractive({ isTTY }, env)).toBe(expected)
  })
})
