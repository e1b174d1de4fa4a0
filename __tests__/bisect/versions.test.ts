import { describe, expect, it } from '@jest/globals'
import { caretLine, planVersions } from '../../src/bisect/versions.js'

const published = [
  '1.2.0',
  '1.2.1',
  '1.3.0',
  '1.3.1',
  '1.4.0',
  '1.5.0-beta.0',
  '1.5.0',
  '2.0.0-rc.1',
  '2.0.0-rc.2',
  '2.0.0',
  '2.0.1',
  '2.1.0-alpha.1',
  'garbage'
]

describe('planVersions', () => {
  it.each([
    ['1.2.0', '2.0.0', ['1.2.1', '1.3.0', '1.3.1', '1.4.0', '1.5.0', '2.0.0'], '2.0.1', null],
    // the newest is a major upgrade: the newest of to's own line is named as well
    ['1.2.0', '1.3.0', ['1.2.1', '1.3.0'], '2.0.1', '1.5.0'],
    ['1.5.0', '2.0.1', ['2.0.0', '2.0.1'], null, null],
    // prerelease at either end: its own line's prereleases count, other lines' do not
    ['1.4.0', '2.0.0-rc.2', ['1.5.0', '2.0.0-rc.1', '2.0.0-rc.2'], '2.0.1', null],
    ['2.0.0-rc.1', '2.0.0', ['2.0.0-rc.2', '2.0.0'], '2.0.1', null],
    ['1.4.0', '1.5.0', ['1.5.0'], '2.0.1', null]
  ])('%s → %s', (from, to, versions, newer, newerInLine) => {
    expect(planVersions(published, from, to)).toEqual({ versions, newer, newerInLine })
  })

  it.each([
    ['11.1.2', '11'],
    ['0.3.1', '0.3'],
    ['0.0.4', '0.0.4'],
    ['not-a-version', 'not-a-version']
  ])('the caret line of %s is %s', (version, line) => {
    expect(caretLine(version)).toBe(line)
  })

  it('says why when the versions cannot be bisected', () => {
    expect(() => planVersions(published, '1.2.0', '3.0.0', 'row-cache')).toThrow('row-cache@3.0.0 is not published on the registry')
    expect(() => planVersions(published, '2.0.0', '1.2.0', 'row-cache')).toThrow('not an upgrade')
    expect(() => planVersions(published, 'github:a/b', '1.2.0', 'row-cache')).toThrow('not a change between two published versions')
  })
})

describe('planVersions and versions nobody reviewed', () => {
  const DAY = 86_400_000
  const now = Date.parse('2026-12-06T12:00:00Z')
  const at = (days: number) => new Date(now - days * DAY).toISOString()
  const minimumAgeMs = 3 * DAY

  it.each([
    ['published 10 days ago', { '2.0.1': at(10), '2.0.0': at(20) }, '2.0.1'],
    ['published yesterday (the newest older one is taken instead)', { '2.0.1': at(1), '2.0.0': at(20) }, null],
    ['whose publication time the registry does not give', {}, null]
  ])('tries a version after `to` %s only when it has been out for the minimum age', (_, time, newer) => {
    expect(planVersions(published, '1.5.0', '2.0.0', 'row-cache', { time, minimumAgeMs, now }).newer).toBe(newer)
  })

  it('never holds back the versions between from and to (the PR chose those)', () => {
    expect(planVersions(published, '1.2.0', '1.3.0', 'row-cache', { time: {}, minimumAgeMs, now }).versions).toEqual(['1.2.1', '1.3.0'])
  })
})
