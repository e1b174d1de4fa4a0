import { describe, expect, it } from '@jest/globals'
import { parseNpmLock } from '../../src/bumps/npm.js'
import { MemgateError } from '../../src/errors.js'
import { insertLines, lockText } from './fixtures.js'

const v3 = lockText('npm/v3', 'base', 'package-lock.json')

describe('parseNpmLock', () => {
  it.each([
    ['npm/v1', '1'],
    ['npm/v2', '2'],
    ['npm/v3', '3']
  ])('%s: every installed copy with its place and who names it', (dir, version) => {
    const lock = parseNpmLock(lockText(dir, 'base', 'package-lock.json'), 'package-lock.json')
    expect(lock.kind).toBe('npm')
    expect(lock.lockfileVersion).toBe(version)
    const at = (location: string) => lock.packages.find((p) => p.location === location)
    // debug 2.6.9 needs ms 2.0.0, which npm nests because the root pins ms 2.1.1.
    expect(at('node_modules/debug/node_modules/ms')).toMatchObject({ name: 'ms', version: '2.0.0', source: 'registry', namedBy: ['debug'] })
    expect(at('node_modules/ms')).toMatchObject({ name: 'ms', version: '2.1.1', dev: true })
    expect(at('node_modules/ms-alias')).toMatchObject({ name: 'ms-alias', version: '2.1.1', source: 'alias', reference: 'npm:ms@2.1.1' })
    expect(at('packages/app/node_modules/ms')).toMatchObject({ version: '3.0.0-beta.1', namedBy: ['workspace:packages/app'] })
    expect(at('node_modules/tiny')).toMatchObject({ source: 'tarball', reference: 'file:vendor/tiny-1.0.0.tgz' })
  })

  it('reads npm-shrinkwrap.json like package-lock.json', () => {
    const lock = parseNpmLock(lockText('npm/shrinkwrap', 'head', 'npm-shrinkwrap.json'), 'npm-shrinkwrap.json')
    expect(lock.packages.find((p) => p.location === 'node_modules/debug')).toMatchObject({ version: '4.3.4' })
  })

  const broken: Array<[string, string, string]> = [
    [
      'merge-conflict markers',
      insertLines(v3, 12, '<<<<<<< ours', '=======', '>>>>>>> theirs'),
      "package-lock.json at abc1234, line 12: merge-conflict marker '<<<<<<<' (resolve the conflict and commit the regenerated lockfile)"
    ],
    [
      'an unknown lockfileVersion',
      v3.replace('"lockfileVersion": 3', '"lockfileVersion": 4'),
      'package-lock.json at abc1234, line 4: unknown lockfileVersion 4 (memgate reads npm lockfile versions 1, 2 and 3)'
    ],
    [
      'no lockfileVersion',
      v3.replace('"lockfileVersion": 3,', ''),
      'package-lock.json at abc1234: unknown lockfileVersion (missing) (memgate reads npm lockfile versions 1, 2 and 3)'
    ],
    ['a JSON array', '[]\n', 'package-lock.json at abc1234, line 1: expected a JSON object with a lockfileVersion']
  ]
  it.each(broken)('rejects %s with one line naming file and line', (_title, text, reason) => {
    let error: unknown
    try {
      parseNpmLock(text, 'package-lock.json at abc1234')
    } catch (e) {
      error = e
    }
    expect(error).toBeInstanceOf(MemgateError)
    expect((error as MemgateError).reason).toBe(reason)
  })

  it.each([
    ['a truncated file', v3.slice(0, v3.indexOf('"node_modules/kleur"')), /line \d+: invalid JSON/],
    ['a stray comma', v3.replace('"version": "2.6.9",', '"version": "2.6.9",,'), /line 29: invalid JSON/]
  ])('rejects invalid JSON (%s) with the line', (_title, text, reason) => {
    expect(() => parseNpmLock(text, 'package-lock.json')).toThrow(reason)
    try {
      parseNpmLock(text, 'package-lock.json')
    } catch (error) {
      expect((error as MemgateError).reason.split('\n')).toHaveLength(1)
      expect((error as Error).cause).toBeInstanceOf(SyntaxError)
    }
  })
})
