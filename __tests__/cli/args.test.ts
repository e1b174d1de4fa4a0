// The CLI's flags: parsed strictly, turned into the same Options the action's inputs make.
import { describe, expect, it } from '@jest/globals'
import { OPTION_FLAGS, optionsFrom, parse, required } from '../../src/cli/args.js'
import { UsageError } from '../../src/cli/help.js'
import { MemgateError } from '../../src/errors.js'
import { parseOptions } from '../../src/options.js'

/** The MemgateError `fn` throws, or a failure when it throws none. */
const refusal = (fn: () => unknown): MemgateError => {
  try {
    fn()
  } catch (error) {
    if (error instanceof MemgateError) return error
    throw error
  }
  throw new Error('expected a MemgateError')
}

describe('parse', () => {
  it('reads long flags and, when allowed, positionals', () => {
    const { values, positionals } = parse(
      ['--runs', '7', 'snap.heapsnapshot', '--json'],
      { runs: { type: 'string' }, json: { type: 'boolean' } },
      true
    )
    expect(values).toEqual({ runs: '7', json: true })
    expect(positionals).toEqual(['snap.heapsnapshot'])
  })

  it.each([
    [['--nope'], /nope/],
    [['stray'], /stray/]
  ])('refuses %j with exit 2 and one line, a usage error the entry points at --help', (args, reason) => {
    const error = refusal(() => parse(args, { runs: { type: 'string' } }))
    expect(error.exitCode).toBe(2)
    expect(error.reason).toMatch(reason)
    expect(error.reason).not.toContain('\n')
    expect(error).toBeInstanceOf(UsageError)
  })
})

describe('optionsFrom', () => {
  it('makes what the action makes of the same inputs, short flags for long input names', () => {
    const { values } = parse(['--soak', 'node soak.js', '--runs', '9', '--pass-env', 'NPM_TOKEN', '--timeout', '120'], OPTION_FLAGS)
    const options = optionsFrom(values)
    expect(options.soakCommand).toBe('node soak.js')
    expect(options.timeoutMs).toBe(120_000)
    expect(options).toEqual(parseOptions({ 'soak-command': 'node soak.js', runs: '9', 'pass-env': 'NPM_TOKEN', timeout: '120' }))
  })

  it('checks the values as the action does', () => {
    expect(refusal(() => optionsFrom({ runs: 'many' })).exitCode).toBe(2)
  })
})

describe('required', () => {
  it('passes a value and refuses a missing or empty one by its flag', () => {
    expect(required('main', '--base')).toBe('main')
    expect(refusal(() => required(undefined, '--base')).reason).toBe('Missing --base.')
    expect(refusal(() => required('', '--head')).reason).toBe('Missing --head.')
  })
})
