import * as fs from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { applyEdits, checkCopies, findDependentRanges, findInstalledCopies, planEdits } from '../../../src/bisect/hold.js'
import { Trees } from '../../../src/bisect/trees.js'
import { createGit } from '../../../src/git.js'
import { makeProject } from '../../support/bisect-project.js'
import { type Registry, rowCache, startRegistry, wrapper } from '../../support/registry.js'

describe('planEdits / applyEdits', () => {
  it.each([
    ['npm', { overrides: { 'row-cache': '1.3.1' } }],
    ['yarn', { resolutions: { 'row-cache': '1.3.1' } }],
    ['yarn-berry', { resolutions: { 'row-cache': '1.3.1' } }],
    ['pnpm', { pnpm: { overrides: { 'row-cache': '1.3.1' } } }]
  ] as const)('holds a transitive package with %s', (manager, expected) => {
    const edits = planEdits([{ name: 'row-cache', version: '1.3.1', direct: false }], manager, 'package.json')
    const text = applyEdits('{\n    "name": "x",\n    "dependencies": { "orm-lite": "1.1.0" }\n}\n', edits, 'package.json')
    expect(JSON.parse(text)).toEqual({ name: 'x', dependencies: { 'orm-lite': '1.1.0' }, ...expected })
    expect(text).toMatch(/^ {4}"name"/m)
    expect(text.endsWith('}\n')).toBe(true)
  })

  it('holds a direct package in the section and manifest that name it', () => {
    const edits = planEdits(
      [{ name: 'row-cache', version: '1.3.1', direct: true, manifest: 'packages/api/package.json', dependencyType: 'dependencies' }],
      'npm',
      'package.json'
    )
    expect(edits).toEqual([{ file: 'packages/api/package.json', key: ['dependencies', 'row-cache'], value: '1.3.1' }])
    const text = applyEdits(JSON.stringify({ devDependencies: { 'row-cache': '^2.0.0' } }), edits, 'x')
    expect(JSON.parse(text)).toEqual({ devDependencies: { 'row-cache': '1.3.1' } })
  })

  it('checks every copy, not only one', () => {
    const hold = { name: 'row-cache', version: '1.3.1', direct: false, replaces: '1.5.0' }
    expect(checkCopies(hold, [{ path: 'node_modules/row-cache', version: '1.3.1' }])).toBeNull()
    expect(
      checkCopies(hold, [
        { path: 'node_modules/row-cache', version: '1.3.1' },
        { path: 'node_modules/orm-lite/node_modules/row-cache', version: '1.5.0' }
      ])
    ).toBe('row-cache is still 1.5.0 at node_modules/orm-lite/node_modules/row-cache')
    expect(checkCopies(hold, [{ path: 'node_modules/row-cache', version: '1.2.0' }])).toBe('row-cache is installed as 1.2.0, not 1.3.1')
    expect(checkCopies(hold, [])).toBe('no copy of row-cache is installed')
  })
})

let registry: Registry
beforeAll(async () => {
  registry = await startRegistry()
  for (const v of ['1.2.0', '1.3.1', '1.5.0']) await registry.publish(rowCache('row-cache', v, v === '1.5.0'))
  await registry.publish(wrapper('orm-lite', '1.0.0', { 'row-cache': '1.2.0' }))
  await registry.publish(wrapper('orm-lite', '1.1.0', { 'row-cache': '1.5.0' }))
  await registry.publish(wrapper('report-kit', '1.0.0', { 'row-cache': '1.2.0' }))
})
afterAll(() => registry.stop())

describe('Trees (real npm installs from Verdaccio)', () => {
  it('holds a transitive package by overrides and moves the nested copy too; one install per tree', async () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'memgate-hold-'))
    // report-kit keeps row-cache 1.2.0 hoisted, so head's 1.5.0 is nested under orm-lite.
    const project = await makeProject(path.join(root, 'repo'), {
      manager: 'npm',
      registry: registry.url,
      base: { 'orm-lite': '1.0.0', 'report-kit': '1.0.0' },
      head: { 'orm-lite': '1.1.0', 'report-kit': '1.0.0' }
    })
    const git = await createGit(project.dir)
    const headCopies = () =>
      findInstalledCopies([project.dir], 'row-cache')
        .map((c) => `${c.path} ${c.version}`)
        .sort()
    expect(headCopies()).toEqual(['node_modules/orm-lite/node_modules/row-cache 1.5.0', 'node_modules/row-cache 1.2.0'])
    // what each dependent declares: an override outside one of these ranges is never suggested
    expect(findDependentRanges([project.dir], 'row-cache').sort((a, b) => a.dependent.localeCompare(b.dependent))).toEqual([
      { dependent: 'orm-lite@1.1.0', range: '1.5.0' },
      { dependent: 'report-kit@1.0.0', range: '1.2.0' }
    ])
    const trees = new Trees({
      git,
      workDir: path.join(root, 'work'),
      workingDirectory: '.',
      env: { ...process.env } as Record<string, string>,
      log: () => {}
    })
    try {
      const spec = {
        side: 'head' as const,
        sha: project.head,
        holds: [{ name: 'row-cache', version: '1.3.1', direct: false, replaces: '1.5.0' }]
      }
      const tree = await trees.get(spec)
      const copies = findInstalledCopies([tree.dir], 'row-cache')
      expect(copies.length).toBeGreaterThan(0)
      expect(new Set(copies.map((c) => c.version))).toEqual(new Set(['1.3.1']))
      expect(JSON.parse(fs.readFileSync(path.join(tree.dir, 'package.json'), 'utf8')).overrides).toEqual({ 'row-cache': '1.3.1' })
      expect(tree.edits).toEqual([{ file: 'package.json', key: ['overrides', 'row-cache'], value: '1.3.1' }])
      expect(await trees.get({ ...spec, holds: [...spec.holds] })).toBe(tree)
      expect([trees.worktrees, trees.installs]).toEqual([1, 1])
    } finally {
      await trees.cleanup()
    }
  })

  it('says which install failed, in one line', async () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'memgate-hold-'))
    const project = await makeProject(path.join(root, 'repo'), {
      manager: 'npm',
      registry: registry.url,
      base: { 'row-cache': '1.2.0' },
      head: { 'row-cache': '1.5.0' }
    })
    const git = await createGit(project.dir)
    const trees = new Trees({
      git,
      workDir: path.join(root, 'work'),
      workingDirectory: '.',
      env: { ...process.env } as Record<string, string>,
      log: () => {}
    })
    try {
      await expect(
        trees.get({
          side: 'head',
          sha: project.head,
          holds: [{ name: 'row-cache', version: '9.9.9', direct: true, manifest: 'package.json', dependencyType: 'dependencies' }]
        })
      ).rejects.toThrow(
        /^Installing head with row-cache@9\.9\.9 failed \('npm install --no-audit --no-fund' in .* exited with 1\) \(log: .*install-0\.log\)$/
      )
    } finally {
      await trees.cleanup()
    }
  })
})
