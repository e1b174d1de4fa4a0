import { describe, expect, it } from '@jest/globals'
import { classifyBump, diffLocks } from '../../src/bumps/diff.js'
import { parseManifest } from '../../src/bumps/manifest.js'
import { parseNpmLock } from '../../src/bumps/npm.js'
import type { BumpType } from '../../src/types.js'
import { lockText, manifestText } from './fixtures.js'

describe('classifyBump', () => {
  const rows: Array<[string | null, string | null, BumpType]> = [
    ['1.2.3', '2.0.0', 'major'],
    ['0.2.1', '1.1.1', 'major'],
    ['1.2.3', '1.3.0', 'minor'],
    ['1.2.3', '1.2.4', 'patch'],
    ['0.0.1', '0.0.2', 'patch'],
    ['3.0.0-beta.1', '3.0.0-beta.2', 'prerelease'],
    ['2.1.3', '3.0.0-canary.1', 'prerelease'],
    ['1.2.3', '1.2.4-rc.0', 'prerelease'],
    // semver calls leaving a prerelease for its release by the part that changes last.
    ['3.0.0-beta.2', '3.0.0', 'major'],
    ['4.1.5', '4.1.4', 'downgrade'],
    ['2.0.0', '1.9.9', 'downgrade'],
    ['1.0.0', '1.0.0-rc.1', 'downgrade'],
    [null, '1.0.0', 'added'],
    ['1.0.0', null, 'removed'],
    ['1.0.0', '1.0.0', 'other'],
    ['1.0.0', 'file:../x', 'other'],
    ['git+https://host/r.git#a1', 'git+https://host/r.git#b2', 'other'],
    ['v1.2.3', 'v1.2.4', 'patch'],
    [null, null, 'other']
  ]
  it.each(rows)('%s → %s is %s', (from, to, type) => {
    expect(classifyBump(from, to)).toBe(type)
  })
})

describe('diffLocks', () => {
  const manifests = (side: 'base' | 'head') => [
    parseManifest(manifestText(side), 'package.json'),
    parseManifest(manifestText(side, 'packages/app/package.json'), 'packages/app/package.json', 'packages/app')
  ]
  const lock = (side: 'base' | 'head') => parseNpmLock(lockText('npm/v3', side, 'package-lock.json'), 'package-lock.json')

  it('keeps each version of a name installed in several apart', () => {
    const bumps = diffLocks(
      { lock: lock('base'), manifests: manifests('base') },
      { lock: lock('head'), manifests: manifests('head') },
      'package-lock.json'
    )
    const ms = bumps
      .filter((b) => b.name === 'ms')
      .map((b) => `${b.manifest}: ${b.from} → ${b.to}`)
      .sort()
    expect(ms).toEqual([
      'package-lock.json: 2.0.0 → 2.1.2',
      'package.json: 2.1.1 → 2.1.3',
      'packages/app/package.json: 3.0.0-beta.1 → 3.0.0-beta.2'
    ])
  })

  it('reports nothing between a lockfile and itself, even when a range changed to the same pin', () => {
    const head = manifests('base').map((m) =>
      m.path === 'package.json'
        ? { ...m, dependencies: m.dependencies.map((d) => (d.name === 'debug' ? { ...d, range: '^2.6.9' } : d)) }
        : m
    )
    expect(
      diffLocks({ lock: lock('base'), manifests: manifests('base') }, { lock: lock('base'), manifests: head }, 'package-lock.json')
    ).toEqual([])
  })

  it('without a lockfile, reports package.json range changes, unresolved', () => {
    const bumps = diffLocks({ lock: null, manifests: manifests('base') }, { lock: null, manifests: manifests('head') }, '')
    expect(bumps.every((b) => b.unresolved && b.direct)).toBe(true)
    expect(bumps.find((b) => b.name === 'debug')).toEqual({
      name: 'debug',
      from: '2.6.9',
      to: '4.3.4',
      type: 'major',
      direct: true,
      dependencyType: 'dependencies',
      manifest: 'package.json',
      unresolved: true
    })
    expect(bumps.find((b) => b.name === 'ms-alias')).toMatchObject({
      from: 'npm:ms@2.1.1',
      to: 'npm:ms@2.1.2',
      type: 'patch',
      package: 'ms'
    })
    expect(bumps.find((b) => b.name === 'left-pad')).toMatchObject({ from: '1.3.0', to: null, type: 'removed' })
    expect(bumps).toHaveLength(11)
  })
})
