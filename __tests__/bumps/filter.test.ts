import { describe, expect, it } from '@jest/globals'
import { filterBumps, globToRegExp } from '../../src/bumps/filter.js'
import type { BumpDetail } from '../../src/bumps/diff.js'
import { expectedProjectBumps } from './expected.js'

describe('globToRegExp', () => {
  it.each([
    ['ms', 'ms', true],
    ['ms', 'ms-alias', false],
    ['ms*', 'ms-alias', true],
    ['@types/*', '@types/node', true],
    ['@types/*', '@types/node/x', false],
    ['@types/**', '@types/node/x', true],
    ['*', '@types/node', false],
    ['**', '@types/node', true],
    ['is-?umber', 'is-number', true],
    ['a.b', 'axb', false],
    ['eslint-plugin-*', 'eslint-plugin-react', true],
    ['@babel/*', '@babel-x/core', false]
  ])('%s matches %s: %s', (glob, name, matches) => {
    expect(globToRegExp(glob).test(name)).toBe(matches)
  })
})

describe('filterBumps', () => {
  const bumps = expectedProjectBumps('package-lock.json')
  const names = (kept: BumpDetail[]) => kept.map((b) => `${b.name}${b.direct ? '' : ' (transitive)'}`).sort()

  it('keeps everything without filters, in order', () => {
    expect(filterBumps(bumps)).toEqual(bumps)
    expect(filterBumps(bumps, { include: [], exclude: [], dependencyTypes: [] })).toEqual(bumps)
  })

  it.each([
    [{ include: ['ms*'] }, ['ms', 'ms', 'ms (transitive)', 'ms-alias']],
    [{ include: ['ms*'], exclude: ['ms-alias'] }, ['ms', 'ms', 'ms (transitive)']],
    [{ exclude: ['*'] }, []],
    [{ dependencyTypes: ['optionalDependencies' as const] }, ['picocolors']],
    // The transitive ms is reached through debug, a dependency: dropping devDependencies keeps it.
    [{ dependencyTypes: ['dependencies' as const, 'optionalDependencies' as const], include: ['ms'] }, ['ms', 'ms (transitive)']],
    [{ dependencyTypes: ['devDependencies' as const] }, ['ms']]
  ])('%j', (filter, expected) => {
    expect(names(filterBumps(bumps, filter))).toEqual(expected)
  })

  it('keeps a transitive bump whose roots are unknown', () => {
    const orphan: BumpDetail = { name: 'x', from: '1.0.0', to: '1.0.1', type: 'patch', direct: false, manifest: 'yarn.lock' }
    expect(filterBumps([orphan], { dependencyTypes: ['dependencies'] })).toEqual([orphan])
  })
})
