// splitLock and splitHead on lockfiles as npm writes them (JSON.stringify with an indent).
import { describe, expect, it } from '@jest/globals'
import { commonPrefix, commonSuffix, entryAt, splitHead, splitLock } from '../../src/bumps/npm-split.js'

const lockfile = (packages: Record<string, unknown>, indent: string | number = 2, lockfileVersion = 3) =>
  `${JSON.stringify({ name: 'app', version: '1.0.0', lockfileVersion, requires: true, packages }, null, indent)}\n`

const packages = {
  '': { name: 'app', version: '1.0.0', dependencies: { ms: '^2.1.0', debug: '^4.0.0' } },
  'node_modules/debug': { version: '4.3.4', dependencies: { ms: '2.1.2' } },
  'node_modules/ms': { version: '2.1.2' },
  'node_modules/zz': { version: '1.0.0', dev: true }
}

/** Each raw entry parses back to the object it came from. */
const parsed = (raw: string | undefined) => JSON.parse(`{${raw}}`) as Record<string, unknown>

describe('splitLock', () => {
  it.each([2, 4, '\t'])('splits every entry, in file order, raw and exact (indent %j)', (indent) => {
    const split = splitLock(lockfile(packages, indent))
    expect(split?.lockfileVersion).toBe('3')
    expect(split?.keys).toEqual(Object.keys(packages))
    for (const [key, value] of Object.entries(packages)) expect(parsed(split?.raw.get(key))).toEqual({ [key]: value })
    // Each start is the offset of its key's line.
    for (const [i, key] of (split?.keys ?? []).entries()) {
      expect(split?.text.slice(split.starts[i]).trimStart().startsWith(JSON.stringify(key))).toBe(true)
    }
  })

  it('reads lockfileVersion 2 and an empty packages object', () => {
    const split = splitLock(lockfile({}, 2, 2))
    expect(split).toMatchObject({ lockfileVersion: '2', keys: [], starts: [] })
  })

  it.each([
    ['lockfileVersion 1', lockfile(packages, 2, 1)],
    ['one line', JSON.stringify({ lockfileVersion: 3, packages })],
    ['CRLF line ends', lockfile(packages).replaceAll('\n', '\r\n')],
    ['a duplicate key', lockfile(packages).replace('"node_modules/zz"', '"node_modules/ms"')],
    ['no packages', `${JSON.stringify({ lockfileVersion: 3 }, null, 2)}\n`]
  ])('is null for %s', (_, text) => {
    expect(splitLock(text)).toBeNull()
  })
})

describe('splitHead', () => {
  const baseText = lockfile(packages)
  const base = splitLock(baseText)
  if (!base) throw new Error('the base fixture does not split')

  it('finds the one entry a bump changed, and splits the head as splitLock does', () => {
    const headText = lockfile({ ...packages, 'node_modules/ms': { version: '2.1.3' } })
    const head = splitHead(base, headText)
    expect(head?.changed).toEqual(['node_modules/ms'])
    const whole = splitLock(headText)
    expect(head?.split.keys).toEqual(whole?.keys)
    for (const key of whole?.keys ?? []) expect(head?.split.raw.get(key)).toBe(whole?.raw.get(key))
    // The range it rescanned holds the change.
    const [from, to] = head?.differs ?? [0, 0]
    expect(headText.slice(from, to)).toContain('2.1.3')
  })

  it('names an added entry and a removed one', () => {
    const { 'node_modules/zz': _, ...rest } = packages
    const head = splitHead(base, lockfile({ ...rest, 'node_modules/new': { version: '0.1.0' } }))
    expect(head?.changed.sort()).toEqual(['node_modules/new', 'node_modules/zz'])
  })

  it('changes nothing for the same text', () => {
    expect(splitHead(base, baseText)?.changed).toEqual([])
  })

  it('is null for a head in another indent', () => {
    expect(splitHead(base, lockfile(packages, 4))).toBeNull()
  })
})

describe('commonPrefix, commonSuffix and entryAt', () => {
  it('count the characters two texts share at either end', () => {
    const a = `${'x'.repeat(200_000)}A${'y'.repeat(70_000)}`
    const b = `${'x'.repeat(200_000)}B${'y'.repeat(70_000)}`
    expect(commonPrefix(a, b)).toBe(200_000)
    expect(commonSuffix(a, b, a.length)).toBe(70_000)
    expect(commonSuffix(a, b, 10)).toBe(10)
    expect(commonPrefix('abc', 'abc')).toBe(3)
  })

  it('finds the last start at or before an offset', () => {
    const starts = [10, 20, 30]
    expect([10, 15, 20, 29, 30, 99].map((offset) => entryAt(starts, offset))).toEqual([0, 0, 1, 1, 2, 2])
  })
})
