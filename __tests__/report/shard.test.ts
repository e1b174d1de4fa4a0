// memgate-shard/1: reading a shard another job wrote, and making N of them one measurement again.
import { describe, expect, it } from '@jest/globals'
import { MemgateError } from '../../src/errors.js'
import { defaultStatsOptions } from '../../src/options.js'
import { mergeShards, parseShard, parseShardSpec, type ShardDocument, shardRuns } from '../../src/report/shard.js'

const BASE = 'a'.repeat(40)
const HEAD = 'b'.repeat(40)
const run = (heap: number) => ({ exitCode: 0, samples: [1, 2, 3].map((x) => ({ x: x * 100, heap: heap + x * 16 * 100 })) })

function shard(index: number, count = 2, extra: Partial<ShardDocument> = {}): ShardDocument {
  return {
    format: 'memgate-shard/1',
    shard: { index, count },
    baseSha: BASE,
    headSha: HEAD,
    key: { soak: 'node soak.js', node: '24' },
    stats: defaultStatsOptions,
    bumps: [],
    samples: {
      base: { format: 'memgate-samples/1', side: 'base', unit: 'iteration', runs: [run(index * 1000)] },
      head: { format: 'memgate-samples/1', side: 'head', unit: 'iteration', runs: [run(index * 2000)] }
    },
    snapshots: index === 1 ? ['snapshots/1.heapsnapshot', 'snapshots/2.heapsnapshot'] : [],
    pullRequest: { repository: 'acme/service', number: 7, headSha: HEAD },
    ...extra
  }
}

const reread = (document: unknown) => parseShard(JSON.stringify(document), 'shard.json')

describe('shards', () => {
  it('split the runs so that shards differ by one at most', () => {
    expect([1, 2, 3].map((index) => shardRuns(10, { index, count: 3 }))).toEqual([4, 3, 3])
    expect(parseShardSpec(' 2 / 3 ')).toEqual({ index: 2, count: 3 })
  })

  it('read back as written, the pull request included', () => {
    expect(reread(shard(1))).toEqual({ ...shard(1), notes: [] })
  })

  it("keep each sample's code bytes and time, which the statistics read", () => {
    const withCode = shard(1)
    withCode.samples.head.runs[0]!.samples = [{ x: 1, heap: 100, code: 20, t: 5 }]
    expect(reread(withCode).samples.head.runs[0]!.samples).toEqual([{ x: 1, heap: 100, code: 20, t: 5 }])
  })

  it.each([
    ['another format', { format: 'memgate-report/1' }, /format is "memgate-report\/1"/],
    ['an abbreviated SHA', { headSha: 'bbbbbbb' }, /headSha is not a 40-hex SHA/],
    ['a pull request without a number', { pullRequest: { repository: 'acme/service', headSha: HEAD } }, /pullRequest is not/],
    [
      'a sample without a heap',
      { samples: { base: { format: 'memgate-samples/1', unit: 'iteration', runs: [{ samples: [{ x: 1 }] }] } } },
      /run 1 of its base samples has no exitCode or a sample without finite x and heap/
    ]
  ])('refuse %s', (_name, change, reason) => {
    const read = () => reread({ ...shard(1), ...change })
    expect(read).toThrow(MemgateError)
    expect(read).toThrow(reason)
  })

  it('merge into one measurement: every run, shard 1 first, with its snapshots and pull request', () => {
    const merged = mergeShards([shard(2), shard(1)])
    expect(merged.samples.head.runs).toEqual([run(2000), run(4000)])
    expect(merged.snapshots).toEqual(shard(1).snapshots)
    expect(merged.pullRequest).toEqual(shard(1).pullRequest)
  })

  it.each([
    ['a missing shard', [shard(1, 3), shard(3, 3)], /Shard 2\/3 missing/],
    ['a shard twice', [shard(1), shard(1)], /Shard 1\/2 is there twice/],
    ['shards of different counts', [shard(1), shard(2, 3)], /is shard 2\/3, but .* is of 2 shards/],
    [
      'another PR',
      [shard(1), shard(2, 2, { pullRequest: { repository: 'acme/service', number: 8, headSha: HEAD } })],
      /in its pull request/
    ],
    ['one without a PR', [shard(1), shard(2, 2, { pullRequest: undefined })], /in its pull request: none against/],
    ['other options', [shard(1), shard(2, 2, { stats: { ...defaultStatsOptions, alpha: 0.5 } })], /in its statistics options/]
  ])('refuse %s', (_name, shards, reason) => {
    expect(() => mergeShards(shards)).toThrow(reason)
  })
})
