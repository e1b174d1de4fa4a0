import { describe, expect, it } from '@jest/globals'
import { parseCommand } from '../../src/trigger/slash-command.js'

const SHA = '0123456789abcdef0123456789abcdef01234567'

describe('parseCommand', () => {
  it.each([
    ['/memgate rerun', { name: 'rerun' }],
    ['/MemGate RERUN runs=7', { name: 'rerun', runs: 7 }],
    ['  /memgate rerun runs = 3  \nplease', { name: 'rerun', runs: 3 }],
    ['/memgate accept', { name: 'accept', reason: '' }],
    ['/memgate accept known upstream leak, fixed in 2.0.1\nmore text', { name: 'accept', reason: 'known upstream leak, fixed in 2.0.1' }],
    ['/memgate help', { name: 'help' }],
    ['/memgate', { name: 'help' }],
    ['/memgate rerun runs=1', { name: 'invalid', reason: expect.stringContaining('2 to 100') }],
    ['/memgate rerun runs=101', { name: 'invalid', reason: expect.stringContaining('2 to 100') }],
    ['/memgate rerun fast', { name: 'invalid', reason: expect.stringContaining('runs=N') }],
    ['/memgate bisect', { name: 'bisect' }],
    ['/MEMGATE Bisect\nplease', { name: 'bisect' }],
    ['/memgate bisect row-cache', { name: 'invalid', reason: expect.stringContaining('takes only the head SHA') }],
    ['/memgate bisect ABC1234', { name: 'bisect', sha: 'abc1234' }],
    ['/memgate deploy', { name: 'invalid', reason: expect.stringContaining('bisect') }]
  ])('reads %j', (body, command) => {
    expect(parseCommand(body)).toEqual(command)
  })

  it.each([
    ['a short SHA', '/memgate rerun 1a2b3c4', { name: 'rerun', sha: '1a2b3c4' }],
    ['a full SHA', `/memgate rerun ${SHA}`, { name: 'rerun', sha: SHA }],
    ['an upper-case SHA, lowered', '/memgate rerun 1A2B3C4D', { name: 'rerun', sha: '1a2b3c4d' }],
    ['a SHA and runs', '/memgate rerun 1a2b3c4 runs=5', { name: 'rerun', sha: '1a2b3c4', runs: 5 }],
    ['runs and a SHA', '/memgate rerun runs=5 1a2b3c4', { name: 'rerun', sha: '1a2b3c4', runs: 5 }],
    ['a SHA of digits only', '/memgate rerun 1234567', { name: 'rerun', sha: '1234567' }]
  ])('reads a rerun with %s', (_, body, command) => {
    expect(parseCommand(body)).toEqual(command)
  })

  it.each([
    ['six hex digits', '/memgate rerun 1a2b3c'],
    ['41 hex digits', `/memgate rerun ${SHA}0`],
    ['a non-hex word', '/memgate rerun 1a2b3cz'],
    ['two SHAs', '/memgate rerun 1a2b3c4 5d6e7f8'],
    ['runs twice', '/memgate rerun runs=3 runs=4'],
    ['a huge runs', '/memgate rerun runs=99999999999999999999'],
    ['a branch name', '/memgate rerun main']
  ])('refuses a rerun with %s, saying what it takes', (_, body) => {
    expect(parseCommand(body)).toEqual({ name: 'invalid', reason: expect.stringContaining('7 to 40 hex digits') })
  })

  it.each(['LGTM', 'see below\n/memgate rerun', '/memgatex rerun', '> /memgate rerun', ''])('is not addressed to memgate: %j', (body) => {
    expect(parseCommand(body)).toBeNull()
  })

  it('cuts a long reason', () => {
    const command = parseCommand(`/memgate accept ${'x'.repeat(500)}`)
    expect(command?.name === 'accept' && command.reason.length).toBe(200)
  })

  it('reads a multi-megabyte first line in linear time', () => {
    const started = performance.now()
    expect(parseCommand(`/memgate rerun ${' '.repeat(4_000_000)}x`)).toEqual({ name: 'invalid', reason: expect.any(String) })
    expect(parseCommand(`/memgate rerun ${'1a'.repeat(2_000_000)}`)).toEqual({ name: 'invalid', reason: expect.any(String) })
    expect(performance.now() - started).toBeLessThan(1000)
  })
})
