import { describe, expect, it } from '@jest/globals'
import { MemgateError } from '../../src/errors.js'
import { parseDurationMs, parseParallel, parseWarmup } from '../../src/soak/options.js'

describe('parseDurationMs', () => {
  it.each([
    ['90', 90000],
    ['90s', 90000],
    ['1500ms', 1500],
    ['2m', 120000],
    ['1h', 3600000],
    ['0.5s', 500],
    ['', undefined],
    [undefined, undefined]
  ])('%j → %j', (raw, ms) => {
    expect(parseDurationMs('duration', raw)).toBe(ms)
  })

  it.each(['ten', '-5', '0', '5 minutes', '1d'])('rejects %j naming the input', (raw) => {
    expect(() => parseDurationMs('duration', raw)).toThrow(new MemgateError(`Invalid duration '${raw}'. Expected a positive duration: seconds (90), or with a unit (1500ms, 90s, 2m, 1h).`))
  })
})

describe('parseWarmup', () => {
  it.each([
    ['500', { x: 500 }],
    ['10s', { ms: 10000 }],
    ['250ms', { ms: 250 }],
    ['0', undefined],
    ['', undefined]
  ])('%j → %j', (raw, warmup) => {
    expect(parseWarmup(raw)).toEqual(warmup)
  })

  it('rejects what it cannot read', () => {
    expect(() => parseWarmup('a while')).toThrow(/^Invalid warmup 'a while'\. Expected/)
  })
})

describe('parseParallel', () => {
  it.each([
    ['', undefined],
    ['auto', undefined],
    ['true', true],
    ['FALSE', false]
  ])('%j → %j', (raw, value) => {
    expect(parseParallel(raw)).toBe(value)
  })

  it('rejects anything else', () => {
    expect(() => parseParallel('yes')).toThrow("Invalid parallel 'yes'. Expected auto, true or false.")
  })
})
