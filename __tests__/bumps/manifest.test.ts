// parseManifest: the dependencies and workspaces of a package.json.
import { describe, expect, it } from '@jest/globals'
import { parseManifest } from '../../src/bumps/manifest.js'
import { MemgateError } from '../../src/errors.js'

describe('parseManifest', () => {
  it('names each dependency once, by npm precedence, with its section', () => {
    const text = JSON.stringify({
      name: 'app',
      packageManager: 'pnpm@9.1.0',
      dependencies: { ms: '^2.1.0', left: 'npm:left-pad@1.3.0' },
      devDependencies: { ms: '2.0.0', jest: '^29.0.0', bad: 7 },
      optionalDependencies: { fsevents: '*' },
      peerDependencies: { react: '>=18' }
    })
    const manifest = parseManifest(text, 'packages/app/package.json', 'packages/app')
    expect(manifest).toMatchObject({ path: 'packages/app/package.json', dir: 'packages/app', name: 'app', packageManager: 'pnpm@9.1.0' })
    const byName = Object.fromEntries(manifest.dependencies.map((d) => [d.name, d]))
    expect(manifest.dependencies.filter((d) => d.name === 'ms')).toEqual([{ name: 'ms', range: '^2.1.0', dependencyType: 'dependencies' }])
    expect(byName.left).toEqual({ name: 'left', range: 'npm:left-pad@1.3.0', dependencyType: 'dependencies' })
    expect(byName.jest?.dependencyType).toBe('devDependencies')
    expect(byName.bad).toBeUndefined()
    expect(byName.fsevents?.dependencyType).toBe('optionalDependencies')
  })

  it('reads workspaces as an array or as { packages }, strings only', () => {
    expect(parseManifest(JSON.stringify({ workspaces: ['packages/*', 3] }), 'package.json').workspaces).toEqual(['packages/*'])
    expect(parseManifest(JSON.stringify({ workspaces: { packages: ['apps/*'] } }), 'package.json').workspaces).toEqual(['apps/*'])
    expect(parseManifest('{}', 'package.json')).toEqual({ path: 'package.json', dir: '', dependencies: [], workspaces: [] })
  })

  it.each([
    ['invalid JSON', '{\n  "name": "app",\n  oops\n}', /package\.json.*invalid JSON/],
    ['an array', '[]', /expected a JSON object/],
    ['a merge conflict', '{\n<<<<<<< HEAD\n  "name": "a"\n=======\n  "name": "b"\n>>>>>>> x\n}', /conflict/i]
  ])('refuses %s with a MemgateError that names the file', (_, text, reason) => {
    let error: unknown
    try {
      parseManifest(text, 'package.json')
    } catch (e) {
      error = e
    }
    expect(error).toBeInstanceOf(MemgateError)
    expect(String((error as Error).message)).toMatch(reason)
  })
})
