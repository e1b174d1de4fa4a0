// Every command and its flags in one table: `memgate COMMAND --help` prints from it, an unknown flag
// is matched against it ("did you mean --base?"), and an option's error names its flag from it.
// A command added to the CLI adds its row here.
import { MemgateError } from '../errors.js'
import { DEFAULT_HEAP_MAX_MB, DEFAULT_SOAK_COMMAND, DEFAULT_TIMEOUT_S, defaultStatsOptions, type OptionName } from '../options.js'
import { MEMGATE_VERSION } from '../version.js'

export interface FlagHelp {
  /** Without the dashes. */
  name: string
  /** What its value looks like (`REF`, `N`); none for a switch. */
  value?: string
  /** Shown as "(default …)"; none when there is none. */
  default?: string
  meaning: string
}

export interface CommandHelp {
  name: string
  summary: string
  /** Positional arguments as the usage line shows them. */
  args?: string
  flags: FlagHelp[]
  examples: string[]
  /** When its exit codes are not the verdict's. */
  exitStatus?: string
}

/** A bad command line: the reason, and the entry adds where to read the command's help. */
export class UsageError extends MemgateError {}

const json: FlagHelp = { name: 'json', meaning: 'print one JSON document (with its `format` tag) on stdout; logs go to stderr' }
const repo: FlagHelp = { name: 'repo', value: 'DIR', default: '.', meaning: 'the git repository' }
const base: FlagHelp = { name: 'base', value: 'REF', meaning: "the PR's base: the merge-base of it and --head is measured" }
const head: FlagHelp = { name: 'head', value: 'REF', meaning: 'the commit with the dependency change' }
const workingDirectory: FlagHelp = {
  name: 'working-directory',
  value: 'DIR',
  default: '.',
  meaning: 'the project inside the repository'
}
const s = defaultStatsOptions
const STATS: FlagHelp[] = [
  { name: 'runs', value: 'N', default: String(s.runs), meaning: 'soak runs per side at the first look (2–100)' },
  {
    name: 'max-runs',
    value: 'N',
    default: String(s.maxRuns),
    meaning: 'runs per side after which an undecided verdict stays inconclusive'
  },
  { name: 'alpha', value: 'P', default: String(s.alpha), meaning: 'false-alarm rate of the whole decision' },
  {
    name: 'threshold',
    value: 'BYTES[,SHARE%]',
    default: `${s.threshold}, ${s.thresholdShare * 100}%`,
    meaning: "the smallest growth difference that counts: bytes per iteration, or that share of base's heap over a run"
  },
  { name: 'warmup', value: 'SHARE', default: String(s.warmup), meaning: 'share of each run left out as warm-up' }
]
const MEASURE: FlagHelp[] = [
  { name: 'soak', value: 'CMD', default: DEFAULT_SOAK_COMMAND, meaning: 'the script that exercises the code, run with sh -c' },
  { name: 'install', value: 'CMD', default: "the project's package manager", meaning: 'the install command of each side' },
  ...STATS,
  { name: 'duration', value: 'SECONDS', meaning: 'stop a soak that runs on by itself after this long' },
  { name: 'timeout', value: 'SECONDS', default: String(DEFAULT_TIMEOUT_S), meaning: 'kill a run that takes longer' },
  workingDirectory,
  { name: 'pass-env', value: 'NAMES', meaning: 'variables the soak may see although they look like credentials' },
  { name: 'heap-max-bytes', value: 'MIB', default: String(DEFAULT_HEAP_MAX_MB), meaning: 'the largest heap snapshot taken and read' },
  {
    name: 'heap-limit',
    value: 'MIB',
    default: "a quarter of the machine's memory, 512 to 4096",
    meaning: '--max-old-space-size of every soak process, the same on both sides'
  },
  { name: 'include', value: 'GLOBS', meaning: 'measure only bumps of these package names' },
  { name: 'exclude', value: 'GLOBS', meaning: 'leave bumps of these package names out' },
  { name: 'dependency-types', value: 'TYPES', meaning: 'kinds of direct dependency to measure (dependencies, devDependencies, …)' },
  {
    name: 'minimum-release-age',
    value: 'DAYS',
    default: '3',
    meaning: "bisect: how long a version newer than the PR's must have been published before it is installed"
  }
]

export const COMMAND_HELP: CommandHelp[] = [
  {
    name: 'run',
    summary: 'Measures whether the dependency changes between two commits make the heap grow: the whole pipeline on a local repository.',
    flags: [
      base,
      head,
      repo,
      ...MEASURE,
      {
        name: 'work-dir',
        value: 'DIR',
        default: 'a temporary directory, removed at the end',
        meaning: 'where worktrees, samples, logs and heap snapshots go, kept'
      },
      json,
      { name: 'report', value: 'FILE', meaning: 'also write the memgate-report/1 (with --shard, the memgate-shard/1) to this file' },
      {
        name: 'shard',
        value: 'I/N',
        meaning: "measure shard I of N: its share of each side's runs, printed as memgate-shard/1 for `memgate merge`"
      },
      {
        name: 'store',
        value: 'DIR',
        meaning: "a store of memgate-record/1: base's record there stands for base's runs, and only head is soaked"
      }
    ],
    examples: [
      "memgate run --base main --head HEAD --soak 'node soak.js'",
      'memgate run --base origin/main --head dependabot/npm_and_yarn/event-hub-2.0.0 --runs 10 --work-dir memgate-work --json'
    ]
  },
  {
    name: 'merge',
    summary: 'Decides the verdict once over the N memgate-shard/1 files of `memgate run --shard I/N` (each index once, the same commits).',
    args: 'SHARD_FILE…',
    flags: [
      { name: 'heap-max-bytes', value: 'MIB', default: String(DEFAULT_HEAP_MAX_MB), meaning: 'the largest heap snapshot read' },
      json,
      { name: 'report', value: 'FILE', meaning: 'also write the memgate-report/1 to this file' }
    ],
    examples: ['memgate merge shard-1.json shard-2.json', 'memgate merge shards/*.json --json --report memgate-report.json']
  },
  {
    name: 'bumps',
    summary: 'Lists the dependency changes between two commits, read from package.json files and lockfiles.',
    flags: [base, head, repo, workingDirectory, json],
    examples: ['memgate bumps --base main --head HEAD', 'memgate bumps --base v1.2.0 --head v1.3.0 --working-directory services/api --json']
  },
  {
    name: 'analyze',
    summary: 'Decides the verdict from two memgate-samples/1 files (samples-base.json and samples-head.json of a work directory).',
    flags: [
      { name: 'base', value: 'FILE', meaning: "base's samples" },
      { name: 'head', value: 'FILE', meaning: "head's samples" },
      ...STATS,
      json
    ],
    examples: [
      'memgate analyze --base memgate-work/samples-base.json --head memgate-work/samples-head.json',
      'memgate analyze --base base.json --head head.json --alpha 0.001 --json'
    ]
  },
  {
    name: 'heap',
    summary: 'Reads V8 heap snapshots: `summary` counts what one holds, `diff` names what grew from the first to the last.',
    args: 'summary FILE | diff BEFORE AFTER [MORE…]',
    flags: [json],
    examples: ['memgate heap summary end.heapsnapshot', 'memgate heap diff warmup.heapsnapshot middle.heapsnapshot end.heapsnapshot --json']
  },
  {
    name: 'demo',
    summary: 'Runs `memgate run` on the bundled example (event-hub 1.0.0 → 2.0.0) in a temporary git repository.',
    flags: [
      { name: 'clean', meaning: 'bump to the clean 2.0.0 instead of the leaky one' },
      ...STATS,
      { name: 'keep', meaning: 'keep the temporary directory and say where' },
      json
    ],
    examples: ['memgate demo', 'memgate demo --clean --runs 3 --json']
  },
  {
    name: 'bisect',
    summary: 'Finds the bump that leaks, the first published version that leaks and a fix measured to pass.',
    flags: [
      base,
      head,
      repo,
      { name: 'package', value: 'NAME', default: 'the culprit among the bumps', meaning: 'the bumped package to search' },
      ...MEASURE,
      { name: 'work-dir', value: 'DIR', default: 'a temporary directory', meaning: 'where worktrees and runs go' },
      json
    ],
    examples: [
      'memgate bisect --base main --head HEAD',
      "memgate bisect --base main --head HEAD --package event-hub --soak 'node soak.js' --json"
    ]
  },
  {
    name: 'record',
    summary: 'Measures one commit on its own (no base) and writes its memgate-record/1 into a store.',
    flags: [
      { name: 'commit', value: 'REF', meaning: 'the commit to measure' },
      { name: 'store', value: 'DIR', meaning: 'the directory that keeps the records' },
      repo,
      ...MEASURE,
      { name: 'keep', value: 'N', default: '1000', meaning: 'records kept per series; older ones are removed' },
      {
        name: 'work-dir',
        value: 'DIR',
        default: 'a temporary directory, removed at the end',
        meaning: 'where the worktree and runs go, kept'
      },
      json
    ],
    examples: [
      "memgate record --commit HEAD --store memgate-records --soak 'node soak.js'",
      'memgate record --commit main --store records --runs 10 --json'
    ],
    exitStatus: 'Exit status: 0 recorded, 2 error.'
  },
  {
    name: 'trend',
    summary: "Reads the records of a ref's first-parent history and finds lasting steps up in heap growth (creep).",
    flags: [
      { name: 'store', value: 'DIR', meaning: 'the directory that keeps the records' },
      repo,
      { name: 'ref', value: 'REF', default: 'HEAD', meaning: 'whose first-parent history to read' },
      { name: 'last', value: 'N', default: '100', meaning: 'how many commits back' },
      { name: 'page', value: 'FILE', meaning: 'also write the HTML page with its chart to this file' },
      json
    ],
    examples: ['memgate trend --store memgate-records', 'memgate trend --store records --ref origin/main --last 200 --json'],
    exitStatus: 'Exit status: 0 no step up, 1 a step up (creep), 2 error.'
  }
]

/** `memgate COMMAND --help`: what it does, each flag with its default and meaning, two examples. */
export function renderCommandHelp(command: CommandHelp): string {
  const flag = (f: FlagHelp) => `--${f.name}${f.value ? ` ${f.value}` : ''}`
  const width = Math.max(...command.flags.map((f) => flag(f).length))
  return [
    `memgate ${command.name}: ${command.summary}`,
    '',
    `Usage: memgate ${command.name}${command.args ? ` ${command.args}` : ''} [flags]`,
    '',
    'Flags:',
    ...command.flags.map((f) => `  ${flag(f).padEnd(width)}  ${f.meaning}${f.default ? ` (default: ${f.default})` : ''}`),
    '  --help, -h'.padEnd(width + 4) + 'this help',
    '',
    'Examples:',
    ...command.examples.map((e) => `  ${e}`),
    '',
    command.exitStatus ?? EXIT_STATUS
  ].join('\n')
}

const EXIT_STATUS = 'Exit status: 0 pass or skipped, 1 leak, 2 error, 3 inconclusive.'

/** `memgate --help`: the commands, one line each. */
export function renderOverview(): string {
  const width = Math.max(...COMMAND_HELP.map((c) => c.name.length))
  return [
    `memgate ${MEMGATE_VERSION}: stops dependency updates that leak memory.`,
    '',
    'Usage: memgate COMMAND [flags]',
    '',
    'Commands:',
    ...COMMAND_HELP.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    '',
    "Run 'memgate COMMAND --help' for a command's flags and examples; 'memgate --version' for the version.",
    EXIT_STATUS
  ].join('\n')
}

export function findCommandHelp(name: string): CommandHelp | undefined {
  return COMMAND_HELP.find((c) => c.name === name)
}

/** The candidate closest to `word` by edit distance, when it is close enough to be a typo. */
export function nearest(word: string, candidates: readonly string[]): string | undefined {
  let best: string | undefined
  let bestDistance = Infinity
  for (const c of candidates) {
    const d = editDistance(word, c)
    if (d < bestDistance) [best, bestDistance] = [c, d]
  }
  // A third of the word, at least 1 and at most 3 edits: --bsae → --base, not --json → --repo.
  return bestDistance <= Math.min(3, Math.max(1, Math.floor(word.length / 3))) ? best : undefined
}

/** Levenshtein distance, with a swap of two neighbours counted as one edit. */
function editDistance(a: string, b: string): number {
  if (Math.abs(a.length - b.length) > 3) return Infinity
  const width = b.length + 1
  const d = new Array<number>((a.length + 1) * width).fill(0)
  const at = (i: number, j: number): number => d[i * width + j] ?? Infinity
  for (let j = 0; j <= b.length; j++) d[j] = j
  for (let i = 1; i <= a.length; i++) {
    d[i * width] = i
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1
      let v = Math.min(at(i - 1, j) + 1, at(i, j - 1) + 1, at(i - 1, j - 1) + cost)
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, at(i - 2, j - 2) + 1)
      d[i * width + j] = v
    }
  }
  return at(a.length, b.length)
}

/** The flag an option's input is set with: `--soak` for soak-command, `--install` for install-command, else its name. */
export function flagOf(name: OptionName): string {
  return name === 'soak-command' ? '--soak' : name === 'install-command' ? '--install' : `--${name}`
}
