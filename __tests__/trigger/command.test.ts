import { describe, expect, it } from '@jest/globals'
import { parseCommand } from '../../src/trigger/command.js'

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
    ['/memgate bisect row-cache', { name: 'invalid', reason: expect.stringContaining('no arguments') }],
    ['/memgate deploy', { name: 'invalid', reason: expect.stringContaining('bisect') }]
  ])('reads %j', (body, command) => {
    expect(parseCommand(body)).toEqual(command)
  })

  it.each(['LGTM', 'see below\n/memgate rerun', '/memgatex rerun', '> /memgate rerun', ''])('is not addressed to memgate: %j', (body) => {
    expect(parseCommand(body)).toBeNull()
  })

  it('cuts a long reason', () => {
    const command = parseCommand(`/memgate accept ${'x'.repeat(500)}`)
    expect(command?.name === 'accept' && command.reason.length).toBe(200)
  })
})
