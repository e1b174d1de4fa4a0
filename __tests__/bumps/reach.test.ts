// reachedVia and reachedFrom on lockfiles parsed by the real npm parser.
import { describe, expect, it } from '@jest/globals'
import { indexLock } from '../../src/bumps/lock-index.js'
import { parseManifest } from '../../src/bumps/manifest.js'
import { parseNpmLock } from '../../src/bumps/npm.js'
import { reachedFrom, reachedVia } from '../../src/bumps/reach.js'

const root = { name: 'app', workspaces: ['packages/*'], dependencies: { debug: '^4.0.0' }, devDependencies: { jest: '^29.0.0' } }
const lib = { name: 'lib', version: '1.0.0', dependencies: { chalk: '^5.0.0' } }
const lock = parseNpmLock(
  JSON.stringify({
    name: 'app',
    lockfileVersion: 3,
    requires: true,
    packages: {
      '': root,
      'node_modules/debug': { version: '4.3.4', dependencies: { ms: '2.1.2' } },
      'node_modules/ms': { version: '2.1.2' },
      'node_modules/jest': { version: '29.7.0', dev: true, dependencies: { pretty: '1.0.0' } },
      'node_modules/pretty': { version: '1.0.0', dev: true },
      'node_modules/lib': { resolved: 'packages/lib', link: true },
      'packages/lib': lib,
      'node_modules/chalk': { version: '5.3.0', dependencies: { ansi: '6.0.0' } },
      'node_modules/ansi': { version: '6.0.0' }
    }
  }),
  'package-lock.json'
)
const side = {
  lock,
  manifests: [
    parseManifest(JSON.stringify(root), 'package.json', ''),
    parseManifest(JSON.stringify(lib), 'packages/lib/package.json', 'packages/lib')
  ]
}
const index = indexLock(lock)

describe('reachedVia', () => {
  it("reads npm's dev flag: a production and a dev-only transitive dependency", () => {
    const via = reachedVia(side, index)
    expect([...via('ms', '2.1.2')]).toEqual(['dependencies'])
    expect([...via('pretty', '1.0.0')]).toEqual(['devDependencies'])
    expect([...via('ms', '9.9.9')]).toEqual([])
  })
})

describe('reachedFrom', () => {
  it('reaches down from the named workspaces only', () => {
    const fromLib = reachedFrom(side, index, ['packages/lib'])
    expect(fromLib('ansi', '6.0.0')).toBe(true)
    expect(fromLib('ms', '2.1.2')).toBe(false)
    const fromRoot = reachedFrom(side, index, [''])
    expect(fromRoot('ms', '2.1.2')).toBe(true)
    expect(fromRoot('pretty', '1.0.0')).toBe(true)
  })
})
