import { describe, expect, it } from '@jest/globals'
import { type FixFacts, planFix, rangeStyle } from '../../src/bisect/fix.js'

const plan = (facts: Partial<FixFacts> & Pick<FixFacts, 'to' | 'firstLeaking' | 'clean'>) =>
  planFix({ name: 'pkg', range: null, ...facts }).map((c) => `${c.kind} ${c.spec}`)

describe('planFix: the order a maintainer takes clean versions in', () => {
  it.each([
    // tiny-lru: 11.1.2 leaks; 11.2.2 (its line) and 13.1.0 (two majors up) are clean, 11.1.1 is the rollback
    [
      'tiny-lru',
      '11.1.2',
      '11.1.2',
      ['13.1.0', '11.1.1', '11.2.2'],
      '^11.1.2',
      ['same-line ^11.2.2', 'rollback 11.1.1', 'major-upgrade ^13.1.0']
    ],
    // axios: the range style is kept for a version newer than the leak, a rollback is pinned
    ['axios', '1.15.1', '1.15.1', ['1.21.1', '1.15.0'], '^1.15.1', ['same-line ^1.21.1', 'rollback 1.15.0']],
    ['tilde', '1.15.1', '1.15.1', ['1.21.1', '1.15.0'], '~1.15.1', ['same-line ~1.21.1', 'rollback 1.15.0']],
    // an exact manifest entry stays exact
    ['exact', '2.0.0', '1.4.0', ['1.3.1', '1.2.0', '2.1.0'], '2.0.0', ['same-line 2.1.0', 'rollback 1.3.1', 'rollback 1.2.0']],
    // no clean version after the leak: rollbacks only, newest first
    ['rollback only', '2.0.0', '1.4.0', ['1.2.0', '1.3.1'], '^2.0.0', ['rollback 1.3.1', 'rollback 1.2.0']],
    // only a later major is clean after the leak: the rollback comes first all the same
    ['major later', '1.4.0', '1.4.0', ['3.0.0', '1.3.1'], '^1.4.0', ['rollback 1.3.1', 'major-upgrade ^3.0.0']],
    // a 0.x line is its minor: 0.4.0 is a major upgrade from 0.3.2
    ['zero major', '0.3.2', '0.3.2', ['0.3.5', '0.4.0', '0.3.1'], '^0.3.2', ['same-line ^0.3.5', 'rollback 0.3.1', 'major-upgrade ^0.4.0']],
    // a range that is not one ^ or ~ comparator: exact
    ['other range', '1.5.0', '1.5.0', ['1.6.0', '1.4.0'], '>=1.4.0 <2', ['same-line 1.6.0', 'rollback 1.4.0']],
    ['garbage', '1.5.0', '1.5.0', ['not-a-version', '1.4.0', '1.4.0'], '^1.5.0', ['rollback 1.4.0']]
  ])('%s', (name, to, firstLeaking, clean, range, expected) => {
    expect(plan({ name, to, firstLeaking, clean, range })).toEqual(expected)
  })

  it('pins a transitive package exactly: its override has no range to keep', () => {
    expect(plan({ to: '11.1.2', firstLeaking: '11.1.2', clean: ['11.2.2', '11.1.1', '13.1.0'] })).toEqual([
      'same-line 11.2.2',
      'rollback 11.1.1',
      'major-upgrade 13.1.0'
    ])
  })

  it('says why in each suggestion', () => {
    const [sameLine, rollback, upgrade] = planFix({
      name: 'tiny-lru',
      to: '11.1.2',
      firstLeaking: '11.1.2',
      clean: ['11.2.2', '11.1.1', '13.1.0'],
      range: '^11.1.2'
    })
    expect(sameLine?.why).toBe("the newest clean tiny-lru of the 11.x line, newer than the leak (11.1.2); the manifest's ^ range is kept")
    expect(rollback?.why).toBe(
      'a rollback to 11.1.1, below the leak, pinned exactly: a range such as ^11.1.1 would let 11.1.2, which leaks, back in'
    )
    expect(upgrade?.why).toBe(
      "a major upgrade from 11.1.2: tiny-lru 13.1.0 is of the 13.x line, whose breaking changes the project must take; the manifest's ^ range is kept"
    )
    // a rollback to another line: ^ would not admit the leak, the pin still keeps it out
    expect(planFix({ name: 'row-cache', to: '2.0.0', firstLeaking: '2.0.0', clean: ['1.3.1'], range: '^2.0.0' })[0]?.why).toBe(
      'a rollback to 1.3.1, below the leak, pinned exactly so that no update brings 2.0.0, which leaks, back in'
    )
    expect(planFix({ name: 'p', to: '1.5.0', firstLeaking: '1.5.0', clean: ['1.6.0'], range: '1.x' })[0]?.why).toMatch(
      /; pinned exactly \(the manifest's range 1\.x is not a \^ or ~ range\)$/
    )
  })
})

describe('rangeStyle', () => {
  it.each([
    ['^1.15.1', '^'],
    ['^v1.2', '^'],
    ['~1.2.3', '~'],
    ['~>1.2.3', '~'],
    ['1.2.3', ''],
    ['^1.2.0 || ^2.0.0', ''],
    ['^1.2.0 <1.5.0', ''],
    ['*', ''],
    [null, '']
  ])('%s keeps %j', (range, style) => {
    expect(rangeStyle(range)).toBe(style)
  })
})
