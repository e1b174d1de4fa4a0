import { describe, expect, it } from '@jest/globals'
import { compileGlob, filterBumps } from '../../src/bumps/filter.js'
import type { Bump } from '../../src/types.js'
import { expectedProjectBumps } from './expected.js'

describe('compileGlob', () => {
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
    ['@babel/*', '@babel-x/core', false],
    ['packages/**/app', 'packages/a/b/app', true],
    ['packages/**', 'packages', false],
    ['a***b', 'a/x/b', true],
    ['', '', true],
    ['', 'x', false]
  ])('%s matches %s: %s', (glob, name, matches) => {
    expect(compileGlob(glob).test(name)).toBe(matches)
  })

  // Workspace globs and the paths they are matched against are the PR's. A RegExp made of this
  // glob backtracks through every way of splitting the text among its stars; jest's timeout stops
  // a matcher that does.
  it('matches in time linear in the text: stars cannot be made to backtrack', () => {
    const glob = '*a'.repeat(40) + '!'
    expect(compileGlob(glob).test('a'.repeat(50_000))).toBe(false)
    expect(compileGlob(glob).test(`${'a'.repeat(50_000)}!`)).toBe(true)
    expect(compileGlob('**x').test('y'.repeat(4_000_000))).toBe(false)
  }, 10_000)

  it('matches nothing with a glob no one writes', () => {
    expect(compileGlob('*'.repeat(2000)).test('anything')).toBe(false)
  })
})

describe('filterBumps', () => {
  const bumps = expectedProjectBumps('package-lock.json')
  const names = (kept: Bump[]) => kept.map((b) => `${b.name}${b.direct ? '' : ' (transitive)'}`).sort()

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
    const orphan: Bump = { name: 'x', from: '1.0.0', to: '1.0.1', type: 'patch', direct: false, manifest: 'yarn.lock' }
    expect(filterBumps([orphan], { dependencyTypes: ['dependencies'] })).toEqual([orphan])
  })
})
