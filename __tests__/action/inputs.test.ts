// The action's inputs: read once, defaults where empty, one clear line for a bad value.
import { describe, expect, it } from '@jest/globals'
import { readInputs } from '../../src/action/inputs.js'
import { MemgateError } from '../../src/errors.js'
import { defaultStatsOptions } from '../../src/options.js'

const from = (inputs: Record<string, string>) => (name: string) => inputs[name] ?? ''

describe('readInputs', () => {
  it('gives the defaults for a workflow that sets nothing', () => {
    const inputs = readInputs(from({}))
    expect(inputs).toMatchObject({
      token: '',
      statusContext: 'memgate',
      mode: 'all',
      failOn: ['leak', 'inconclusive'],
      reportPath: 'memgate',
      artifactName: 'memgate',
      comment: 'always',
      record: { branch: 'memgate-records', keep: 1000, creep: 'issue', rollback: 'pr' }
    })
    expect(inputs.options).toEqual({
      soakCommand: 'npm run soak',
      installCommand: '',
      workingDirectory: '.',
      timeoutMs: 600_000,
      durationMs: undefined,
      stats: defaultStatsOptions,
      bumps: { include: [], exclude: [] },
      passEnv: [],
      heapMaxBytes: 512 * 1024 * 1024,
      minimumReleaseAgeMs: 3 * 86_400_000
    })
  })

  it('reads every measurement input into the one Options object', () => {
    const inputs = readInputs(
      from({
        'soak-command': 'node soak.js',
        'install-command': 'npm ci',
        'working-directory': 'services/api',
        runs: '6',
        'max-runs': '8',
        alpha: '0.05',
        threshold: '128, 2%',
        warmup: '25%',
        duration: '90',
        timeout: '120',
        include: 'ms, @types/*',
        exclude: 'eslint-*',
        'dependency-types': 'dependencies devDependencies',
        'fail-on': 'LEAK',
        'pass-env': 'NODE_AUTH_TOKEN, NPM_CONFIG_USERCONFIG',
        'heap-max-bytes': '1G',
        'heap-limit': '2048',
        mode: 'measure'
      })
    )
    expect(inputs.mode).toBe('measure')
    expect(inputs.failOn).toEqual(['leak'])
    expect(inputs.options).toMatchObject({
      soakCommand: 'node soak.js',
      installCommand: 'npm ci',
      workingDirectory: 'services/api',
      timeoutMs: 120_000,
      durationMs: 90_000,
      bumps: { include: ['ms', '@types/*'], exclude: ['eslint-*'], dependencyTypes: ['dependencies', 'devDependencies'] },
      passEnv: ['NODE_AUTH_TOKEN', 'NPM_CONFIG_USERCONFIG'],
      heapMaxBytes: 1024 * 1024 * 1024,
      heapLimitMb: 2048
    })
    expect(inputs.options.stats).toMatchObject({
      runs: 6,
      maxRuns: 8,
      alpha: 0.05,
      threshold: 128,
      thresholdMs: 128,
      thresholdShare: 0.02,
      warmup: 0.25
    })
  })

  it('keeps max-runs at least runs when only runs is given', () => {
    expect(readInputs(from({ runs: '12' })).options.stats).toMatchObject({ runs: 12, maxRuns: 24 })
  })

  it.each([
    [{ mode: 'both' }, "Invalid mode 'both'. Expected all, measure, report or record."],
    [{ comment: 'never' }, "Invalid comment 'never'. Expected always or on-failure."],
    [{ 'fail-on': 'error' }, "Invalid fail-on 'error'. Expected leak, inconclusive (comma-separated) or none."],
    [{ 'artifact-name': 'a/b' }, `Invalid artifact-name 'a/b'. Expected a name without " : < > | * ? \\ / or newlines.`],
    [{ timeout: '0' }, "Invalid timeout '0'. Expected whole seconds from 1 to 21600."],
    [{ duration: '1.5' }, "Invalid duration '1.5'. Expected whole seconds from 1 to 21600."],
    [
      { 'dependency-types': 'bundled' },
      "Invalid dependency-types 'bundled'. Expected some of dependencies, optionalDependencies, devDependencies, peerDependencies."
    ],
    [{ runs: 'five' }, 'runs is "five"; expected a whole number from 2 to 100'],
    [{ 'pass-env': 'NPM_TOKEN; rm -rf /' }, "Invalid pass-env 'NPM_TOKEN;'. Expected environment variable names, comma-separated."],
    [{ 'heap-max-bytes': 'lots' }, "Invalid heap-max-bytes 'lots'. Expected a size in MiB from 1 to 65536 (512, 512M or 2G)."],
    [{ 'heap-limit': '-1' }, "Invalid heap-limit '-1'. Expected a size in MiB from 1 to 65536 (512, 512M or 2G)."],
    [{ mode: 'measure', shard: '3/2' }, "Invalid shard '3/2'. Expected I/N with 1 <= I <= N <= 64, e.g. 1/2."],
    [
      { shard: '1/2' },
      "shard: 1/2 splits the runs of mode: measure over a matrix (mode is all); mode: report merges the shards' artifacts."
    ],
    [{ creep: 'comment' }, "Invalid creep 'comment'. Expected issue or off."],
    [{ rollback: 'push' }, "Invalid rollback 'push'. Expected pr or off."]
  ])('refuses %j with one line', (raw, reason) => {
    const read = () => readInputs(from(raw as Record<string, string>))
    expect(read).toThrow(MemgateError)
    expect(read).toThrow(reason)
  })

  it('reads creep: off and rollback: off', () => {
    expect(readInputs(from({ creep: 'OFF', rollback: 'off' })).record).toMatchObject({ creep: 'off', rollback: 'off' })
  })

  it('reads comment: on-failure', () => {
    expect(readInputs(from({ comment: 'on-failure' })).comment).toBe('on-failure')
  })

  it('reads shard in mode measure, and gives each shard an artifact of its own', () => {
    expect(readInputs(from({ mode: 'measure', shard: '2/3', 'artifact-name': 'mem' }))).toMatchObject({
      shard: { index: 2, count: 3 },
      artifactName: 'mem-2-of-3'
    })
    expect(readInputs(from({ mode: 'measure' }))).toMatchObject({ shard: null, artifactName: 'memgate' })
  })

  it('takes fail-on none as no failing verdict', () => {
    expect(readInputs(from({ 'fail-on': 'none' })).failOn).toEqual([])
  })
})
