import { describe, expect, it } from '@jest/globals'
import { parsePnpmLock } from '../../src/bumps/pnpm.js'
import { MemgateError } from '../../src/errors.js'
import { insertLines, lockText } from './fixtures.js'

const v9 = lockText('pnpm/v9', 'base', 'pnpm-lock.yaml')

function reasonOf(text: string): string {
  try {
    parsePnpmLock(text, 'pnpm-lock.yaml at abc1234')
  } catch (error) {
    expect(error).toBeInstanceOf(MemgateError)
    return (error as MemgateError).reason
  }
  throw new Error('expected parsePnpmLock to throw')
}

describe('parsePnpmLock', () => {
  it.each([
    ['pnpm/v9', '9.0', 'ms@2.0.0', 'ms@2.1.1', 'tiny@file:vendor/tiny-1.0.0.tgz'],
    ['pnpm/v6', '6.0', '/ms@2.0.0', '/ms@2.1.1', 'file:vendor/tiny-1.0.0.tgz'],
    ['pnpm/v5', '5.4', '/ms/2.0.0', '/ms/2.1.1', 'file:vendor/tiny-1.0.0.tgz']
  ])('%s: packages by key, importers per workspace, who names what', (dir, version, nested, alias, tiny) => {
    const lock = parsePnpmLock(lockText(dir, 'base', 'pnpm-lock.yaml'), 'pnpm-lock.yaml')
    expect(lock).toMatchObject({ kind: 'pnpm', lockfileVersion: version })
    const at = (location: string) => lock.packages.find((p) => p.location === location)
    expect(at(nested)).toMatchObject({ name: 'ms', version: '2.0.0', source: 'registry', namedBy: ['debug'] })
    // The alias and the root's own ms 2.1.1 are one package to pnpm.
    expect(lock.importers?.['packages/app']?.['ms-alias']).toBe(alias)
    expect(lock.importers?.['']?.ms).toBe(alias)
    expect(at(alias)?.namedBy.sort()).toEqual(['workspace:', 'workspace:packages/app'])
    expect(at(tiny)).toMatchObject({ name: 'tiny', version: '1.0.0', source: 'tarball', reference: 'file:vendor/tiny-1.0.0.tgz' })
  })

  it.each([
    [
      'merge-conflict markers',
      insertLines(v9, 10, '<<<<<<< HEAD'),
      "pnpm-lock.yaml at abc1234, line 10: merge-conflict marker '<<<<<<<' (resolve the conflict and commit the regenerated lockfile)"
    ],
    [
      'an unknown lockfileVersion',
      v9.replace("lockfileVersion: '9.0'", "lockfileVersion: '7.0'"),
      'pnpm-lock.yaml at abc1234, line 1: unknown lockfileVersion "7.0" (memgate reads pnpm lockfile versions 5.x, 6.x and 9.x)'
    ],
    [
      'invalid YAML',
      insertLines(v9, 12, '      debug: [unclosed'),
      'pnpm-lock.yaml at abc1234, line 13: invalid YAML (missed comma between flow collection entries)'
    ],
    ['a YAML list', '- a\n- b\n', 'pnpm-lock.yaml at abc1234, line 1: expected a YAML mapping with a lockfileVersion']
  ])('rejects %s', (_title, text, reason) => {
    expect(reasonOf(text)).toBe(reason)
  })
})
