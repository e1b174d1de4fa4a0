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
    const ms = lock.packages
      .filter((p) => p.name === 'ms')
      .map((p) => p.version)
      .sort()
    expect(ms).toEqual(['2.0.0', '2.1.1', '3.0.0-beta.1'])
    expect(lock.packages.find((p) => p.version === '2.0.0' && p.name === 'ms')).toMatchObject({
      descriptors: ['ms@2.0.0'],
      namedBy: ['debug']
    })
    expect(lock.packages.find((p) => p.name === 'ms-alias')).toMatchObject({ source: 'alias', reference: 'npm:ms@2.1.1', version: '2.1.1' })
    expect(lock.packages.find((p) => p.name === 'tiny')).toMatchObject({
      source: 'tarball',
      version: '1.0.0',
      reference: 'file:vendor/tiny-1.0.0.tgz'
    })
  })

  it('reads a Yarn Berry lockfile: workspaces, npm: descriptors, one entry shared by an alias', () => {
    const lock = parseYarnLock(lockText('yarn-berry', 'head', 'yarn.lock'), 'yarn.lock')
    expect(lock).toMatchObject({ kind: 'yarn-berry', lockfileVersion: '8' })
    expect(
      lock.packages
        .filter((p) => p.source === 'workspace')
        .map((p) => p.name)
        .sort()
    ).toEqual(['app', 'fixture-root'])
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
    [
      'merge-conflict markers in Yarn 1',
      insertLines(classic, 5, '<<<<<<< HEAD'),
      "yarn.lock at abc1234, line 5: merge-conflict marker '<<<<<<<' (resolve the conflict and commit the regenerated lockfile)"
    ],
    [
      'merge-conflict markers in Berry',
      insertLines(berry, 9, '=======', '>>>>>>> main'),
      "yarn.lock at abc1234, line 9: merge-conflict marker '=======' (resolve the conflict and commit the regenerated lockfile)"
    ],
    [
      'a file that is neither format',
      '{"lockfileVersion": 3}\n',
      'yarn.lock at abc1234, line 1: not a yarn lockfile (no "# yarn lockfile v1" header, no __metadata)'
    ],
    [
      'a Berry lockfile without a version',
      berry.replace(/^ {2}version: 8\n/m, ''),
      'yarn.lock at abc1234, line 4: Yarn Berry lockfile without a valid __metadata.version (missing; Yarn writes a whole number)'
    ],
    [
      'a Berry lockfile whose version is not a number',
      berry.replace(/^ {2}version: 8$/m, '  version: eight'),
      'yarn.lock at abc1234, line 5: Yarn Berry lockfile without a valid __metadata.version ("eight"; Yarn writes a whole number)'
    ],
    [
      'a Berry entry without a resolution',
      berry.replace('  resolution: "debug@npm:2.6.9"\n', ''),
      'yarn.lock at abc1234, line 22: Yarn Berry entry "debug@npm:2.6.9" has no resolution (expected a mapping with "resolution", as every Yarn 2+ writes)'
    ]
  ])('rejects %s', (_title, text, reason) => {
    expect(reasonOf(text)).toBe(reason)
  })

  it('reads the lockfile v10 of the newest Yarn 4 like v8, without a warning', () => {
    const v10 = parseYarnLock(lockText('yarn-berry-v10', 'head', 'yarn.lock'), 'yarn.lock')
    const v8 = parseYarnLock(lockText('yarn-berry', 'head', 'yarn.lock'), 'yarn.lock')
    expect(v10).toMatchObject({ kind: 'yarn-berry', lockfileVersion: '10' })
    expect(v10.warnings).toBeUndefined()
    expect(v10.packages).toEqual(v8.packages)
  })

  it('reads a Berry lockfile newer than the versions it knows by its structure, with a warning', () => {
    const text = lockText('yarn-berry-v10', 'head', 'yarn.lock').replace(/^ {2}version: 10$/m, '  version: 11')
    const lock = parseYarnLock(text, 'yarn.lock at abc1234')
    expect(lock.lockfileVersion).toBe('11')
    expect(lock.warnings).toEqual([
      'yarn.lock at abc1234: Yarn Berry lockfile __metadata.version 11 is newer than the versions memgate knows (4 to 10); its entries have the known shape and were read by it'
    ])
    expect(lock.packages).toEqual(parseYarnLock(lockText('yarn-berry-v10', 'head', 'yarn.lock'), 'x').packages)
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

// yarn.lock is the PR's text: a key of megabytes, or a Berry file with a bad version and a long
// blank run, made `\s*,\s*` and `^\s+version:` backtrack for minutes. jest's timeout stops a
// parser that is not linear.
describe('parseYarnLock on hostile text', () => {
  it('splits a key of megabytes in linear time', () => {
    const key = `"a@^1.0.0${' '.repeat(2_000_000)}x, a@^1.1.0"`
    const text = `# yarn lockfile v1\n\n\n${key}:\n  version "1.1.0"\n  resolved "https://registry.yarnpkg.com/a/-/a-1.1.0.tgz"\n`
    const lock = parseYarnLock(text, 'yarn.lock')
    expect(lock.packages).toHaveLength(1)
    expect(lock.packages[0]).toMatchObject({ name: 'a', version: '1.1.0' })
    expect(lock.packages[0]!.descriptors!.map((d) => d.length).sort((a, b) => a - b)).toEqual([8, 2_000_009])
  }, 10_000)

  it('names the line of a bad Berry version in linear time', () => {
    // A flow mapping: no line starts with the version, so the search for one crosses every blank.
    const text = `__metadata: {version: nope}\n${'\n\t'.repeat(1_000_000)}\n"a@npm:^1.0.0":\n  version: 1.0.0\n`
    expect(reasonOf(text)).toMatch(/^yarn\.lock at abc1234, line \d+: Yarn Berry lockfile without a valid __metadata\.version \("nope"/)
  }, 10_000)
})
