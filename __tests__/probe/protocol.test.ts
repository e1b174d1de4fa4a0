import { describe, expect, it } from '@jest/globals'
import { PROBE_ENV, withoutProbeEnv } from '../../src/probe/protocol.js'

describe('withoutProbeEnv', () => {
  it("drops the per-run variables and keeps the user's pacing ones and everything else", () => {
    const env = {
      PATH: '/usr/bin',
      [PROBE_ENV.samplesFile]: '/tmp/a.ndjson',
      [PROBE_ENV.expect]: '{"unit":"ms","x":1,"ms":1}',
      [PROBE_ENV.snapshotDir]: '/tmp/snaps',
      [PROBE_ENV.snapshotPlan]: '{}',
      [PROBE_ENV.sampleEvery]: '10',
      [PROBE_ENV.sampleMs]: '50',
      [PROBE_ENV.budget]: '0.1'
    }
    const before = { ...env }
    expect(withoutProbeEnv(env)).toEqual({
      PATH: '/usr/bin',
      MEMGATE_SAMPLE_EVERY: '10',
      MEMGATE_SAMPLE_MS: '50',
      MEMGATE_PROBE_BUDGET: '0.1'
    })
    expect(env).toEqual(before)
  })

  it('names every variable with the MEMGATE_ prefix, once', () => {
    const names = Object.values(PROBE_ENV)
    expect(names.every((name) => /^MEMGATE_[A-Z_]+$/.test(name))).toBe(true)
    expect(new Set(names).size).toBe(names.length)
  })
})
