// argv → the same Options the action reads from its inputs: flags carry the inputs' names
// (--soak-command) or their short forms (--soak), and go through the same checks.
import { parseArgs, type ParseArgsConfig } from 'node:util'
import { MemgateError } from '../errors.js'
import { parseOptions, type Options } from '../options.js'

export const USAGE = `Usage:
  memgate run --base REF --head REF [--repo DIR] [--soak CMD] [--install CMD] [--runs N]
              [--max-runs N] [--alpha P] [--threshold BYTES[,SHARE%]] [--warmup SHARE]
              [--duration SECONDS] [--timeout SECONDS] [--working-directory DIR]
              [--pass-env NAMES] [--heap-max-bytes MIB] [--heap-limit MIB] [--work-dir DIR] [--json] [--report FILE]
              [--shard I/N] [--store DIR]
  memgate merge SHARD_FILE... [--json] [--report FILE]
  memgate bumps --base REF --head REF [--repo DIR] [--working-directory DIR] [--json]
  memgate analyze --base FILE --head FILE [--runs N] [--alpha P] [--threshold ...] [--warmup SHARE] [--json]
  memgate heap summary FILE [--json]
  memgate heap diff BEFORE AFTER [MORE...] [--json]
  memgate demo [--clean] [--runs N] [--json] [--keep]
  memgate bisect --base REF --head REF [--repo DIR] [--package NAME] [--soak CMD] [--install CMD] [--runs N] [--working-directory DIR] [--json]
  memgate record --commit REF --store DIR [--repo DIR] [--soak CMD] [--install CMD] [--runs N]
                 [--working-directory DIR] [--keep N] [--work-dir DIR] [--json]
  memgate trend --store DIR [--repo DIR] [--ref REF] [--last N] [--page FILE] [--json]

Exit status: 0 pass or skipped, 1 leak, 2 error, 3 inconclusive.
record: 0 recorded, 2 error. trend: 0 no step up, 1 a step up (creep), 2 error.`

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
  'heap-limit': { type: 'string' }
} as const

export function parse<const O extends Flags>(args: string[], options: O, positionals = false) {
  try {
    return parseArgs({ args, options, allowPositionals: positionals, strict: true })
  } catch (error) {
    throw new MemgateError((error as Error).message.split('\n')[0] ?? 'Invalid arguments', 2, { cause: error, detail: USAGE })
  }
}

/** Options from the parsed flags, with the action's defaults and checks. */
export function optionsFrom(values: Partial<Record<keyof typeof OPTION_FLAGS, string | boolean | undefined>>): Options {
  const text = (v: string | boolean | undefined) => (typeof v === 'string' ? v : undefined)
  return parseOptions({
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
    'heap-limit': text(values['heap-limit'])
  })
}

export function required(value: string | boolean | undefined, flag: string): string {
  if (typeof value !== 'string' || value === '') throw new MemgateError(`Missing ${flag}.`, 2, { detail: USAGE })
  return value
}
