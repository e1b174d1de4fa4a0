import { describe, expect, it } from '@jest/globals'
import { parseYarnLock } from '../../src/bumps/yarn.js'
import { MemgateError } from '../../src/errors.js'
import { insertLines, lockText } from './fixtures.js'

const classic = lockText('yarn', 'base', 'yarn.lock')
const berry = lockText('yarn-berry', 'base', 'yarn.lock')

function reasonOf(text: string): string {
  try {
    parseYarnLock(text, 'yarn.lock at abc1234')
  } catch (error) {
    expect(error).toBeInstanceOf(MemgateError)
    return (error as MemgateError).reason
  }
  throw new Error('expected parseYarnLock to throw')
}

describe('parseYarnLock', () => {
  it('reads a Yarn 1 lockfile: descriptors, versions, aliases, tarballs and who names what', () => {
    const lock = parseYarnLock(classic, 'yarn.lock')
    expect(lock).toMatchObject({ kind: 'yarn', lockfileVersion: 'v1' })
    const ms = lock.packages.filter((p) => p.name === 'ms').map((p) => p.version).sort()
    expect(ms).toEqual(['2.0.0', '2.1.1', '3.0.0-beta.1'])
    expect(lock.packages.find((p) => p.version === '2.0.0' && p.name === 'ms')).toMatchObject({
      descriptors: ['ms@2.0.0'],
      namedBy: ['debug']
    })
    expect(lock.packages.find((p) => p.name === 'ms-alias')).toMatchObject({ source: 'alias', reference: 'npm:ms@2.1.1', version: '2.1.1' })
    expect(lock.packages.find((p) => p.name === 'tiny')).toMatchObject({ source: 'tarball', version: '1.0.0', reference: 'file:vendor/tiny-1.0.0.tgz' })
  })

  it('reads a Yarn Berry lockfile: workspaces, npm: descriptors, one entry shared by an alias', () => {
    const lock = parseYarnLock(lockText('yarn-berry', 'head', 'yarn.lock'), 'yarn.lock')
    expect(lock).toMatchObject({ kind: 'yarn-berry', lockfileVersion: '8' })
    expect(lock.packages.filter((p) => p.source === 'workspace').map((p) => p.name).sort()).toEqual(['app', 'fixture-root'])
    // "ms-alias@npm:ms@2.1.2, ms@npm:2.1.2" is one entry holding two names.
    expect(lock.packages.find((p) => p.name === 'ms-alias')).toMatchObject({ version: '2.1.2', source: 'alias' })
    expect(lock.packages.find((p) => p.name === 'ms' && p.version === '2.1.2')).toMatchObject({
      source: 'registry',
      descriptors: ['ms@npm:2.1.2'],
      namedBy: ['debug']
    })
    expect(lock.packages.find((p) => p.name === 'ms' && p.version === '2.1.3')?.namedBy).toEqual(['workspace:'])
    // Relative file references are bound to their workspace in the key; requests are not.
    expect(lock.packages.find((p) => p.name === 'tiny')).toMatchObject({
      descriptors: ['tiny@file:vendor/tiny-1.1.0.tgz'],
      reference: 'file:vendor/tiny-1.1.0.tgz',
      version: '1.1.0'
    })
  })

  it.each([
    ['merge-conflict markers in Yarn 1', insertLines(classic, 5, '<<<<<<< HEAD'),
      "yarn.lock at abc1234, line 5: merge-conflict marker '<<<<<<<' (resolve the conflict and commit the regenerated lockfile)"],
    ['merge-conflict markers in Berry', insertLines(berry, 9, '=======', '>>>>>>> main'),
      "yarn.lock at abc1234, line 9: merge-conflict marker '=======' (resolve the conflict and commit the regenerated lockfile)"],
    ['a file that is neither format', '{"lockfileVersion": 3}\n',
      'yarn.lock at abc1234, line 1: not a yarn lockfile (no "# yarn lockfile v1" header, no __metadata)'],
    ['an unknown Berry lockfile version', berry.replace(/^ {2}version: 8$/m, '  version: 99'),
      'yarn.lock at abc1234, line 5: unknown Yarn Berry lockfile __metadata.version "99" (memgate reads 4 to 8)']
  ])('rejects %s', (_title, text, reason) => {
    expect(reasonOf(text)).toBe(reason)
  })

  it('rejects a Yarn 1 syntax error with its line', () => {
    const text = insertLines(classic, 8, '  version "2.6.9" "extra" : :')
    expect(reasonOf(text)).toMatch(/^yarn\.lock at abc1234, line 8: invalid Yarn 1 lockfile \(/)
  })

  it('rejects a Berry YAML error with its line', () => {
    const text = insertLines(berry, 12, '  dependencies: [unclosed')
    expect(reasonOf(text)).toMatch(/^yarn\.lock at abc1234, line 1[23]: invalid Yarn Berry lockfile \(/)
  })
})
