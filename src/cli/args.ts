// argv → the same Options the action reads from its inputs: flags carry the inputs' names
// (--soak-command) or their short forms (--soak), and go through the same checks.
import { type ParseArgsConfig, parseArgs } from 'node:util'
import { type Options, parseOptions } from '../options.js'
import { flagOf, nearest, UsageError } from './help.js'

type Flags = NonNullable<ParseArgsConfig['options']>

/** --runs, --max-runs, --alpha, --threshold, --warmup: the statistics' flags. */
export const STATS_FLAGS = {
  runs: { type: 'string' },
  'max-runs': { type: 'string' },
  alpha: { type: 'string' },
  threshold: { type: 'string' },
  warmup: { type: 'string' }
} as const

/** Every flag that makes Options. */
export const OPTION_FLAGS = {
  soak: { type: 'string' },
  install: { type: 'string' },
  ...STATS_FLAGS,
  duration: { type: 'string' },
  timeout: { type: 'string' },
  'working-directory': { type: 'string' },
  'pass-env': { type: 'string' },
  'heap-max-bytes': { type: 'string' },
  'minimum-release-age': { type: 'string' },
  include: { type: 'string' },
  exclude: { type: 'string' },
  'dependency-types': { type: 'string' },
  'heap-limit': { type: 'string' }
} as const

export function parse<const O extends Flags>(args: string[], options: O, positionals = false) {
  try {
    return parseArgs({ args, options, allowPositionals: positionals, strict: true })
  } catch (error) {
    const message = (error as Error).message
    const unknown = /^Unknown option '(-{1,2}[^']*)'/.exec(message)?.[1]
    if (unknown) {
      const guess = nearest(unknown.replace(/^-+/, '').split('=')[0] ?? '', Object.keys(options))
      throw new UsageError(`Unknown flag ${unknown}${guess ? `: did you mean --${guess}?` : '.'}`, 2, { cause: error })
    }
    throw new UsageError((message.split('\n')[0] ?? message).replace(/\. To specify a positional.*$/, '.'), 2, { cause: error })
  }
}

/** Options from the parsed flags, with the action's defaults and checks. */
export function optionsFrom(values: Partial<Record<keyof typeof OPTION_FLAGS, string | boolean | undefined>>): Options {
  const text = (v: string | boolean | undefined) => (typeof v === 'string' ? v : undefined)
  return parseOptions(
    {
      'soak-command': text(values.soak),
      'install-command': text(values.install),
      'working-directory': text(values['working-directory']),
      runs: text(values.runs),
      'max-runs': text(values['max-runs']),
      alpha: text(values.alpha),
      threshold: text(values.threshold),
      warmup: text(values.warmup),
      duration: text(values.duration),
      timeout: text(values.timeout),
      'pass-env': text(values['pass-env']),
      'heap-max-bytes': text(values['heap-max-bytes']),
      'minimum-release-age': text(values['minimum-release-age']),
      include: text(values.include),
      exclude: text(values.exclude),
      'dependency-types': text(values['dependency-types']),
      'heap-limit': text(values['heap-limit'])
    },
    flagOf
  )
}

export function required(value: string | boolean | undefined, flag: string): string {
  if (typeof value !== 'string' || value === '') throw new UsageError(`Missing ${flag}.`)
  return value
}
