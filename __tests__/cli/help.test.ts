import { describe, expect, it } from '@jest/globals'
import { OPTION_FLAGS } from '../../src/cli/args.js'
import { COMMAND_HELP, flagOf, nearest, renderCommandHelp } from '../../src/cli/help.js'

describe('nearest', () => {
  it.each([
    ['bsae', ['base', 'head', 'repo'], 'base'],
    ['heda', ['base', 'head'], 'head'],
    ['run', ['runs', 'max-runs'], 'runs'],
    ['frobnicate', ['base', 'head'], undefined],
    ['json', ['repo', 'runs'], undefined]
  ])('%p among %j is %p', (word, candidates, expected) => {
    expect(nearest(word, candidates)).toBe(expected)
  })
})

describe('the command table', () => {
  it('documents every option flag the run command takes', () => {
    const run = COMMAND_HELP.find((c) => c.name === 'run')!
    for (const flag of Object.keys(OPTION_FLAGS)) expect(run.flags.map((f) => f.name)).toContain(flag)
  })

  it('names options by their flags', () => {
    expect(flagOf('soak-command')).toBe('--soak')
    expect(flagOf('max-runs')).toBe('--max-runs')
  })

  it('prints each flag with its value, meaning and default', () => {
    const text = renderCommandHelp(COMMAND_HELP.find((c) => c.name === 'bumps')!)
    expect(text).toMatch(/^ {2}--repo DIR +the git repository \(default: \.\)$/m)
    expect(text).toMatch(/^ {2}--help, -h +this help$/m)
  })
})
