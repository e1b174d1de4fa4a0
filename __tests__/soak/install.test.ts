// Real installs of small real projects (fixtures made by ../fixtures/soak/make.sh) with each
// package manager, through corepack where the project pins one.

import { execFileSync } from 'node:child_process'
import * as fs from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import { beforeAll, describe, expect, it } from '@jest/globals'
import { MemgateError } from '../../src/errors.js'
import { planInstall, runInstall } from '../../src/soak/install.js'
import { useNpmRegistryForCorepack } from './registry.js'

const fixtures = path.resolve('__tests__', 'fixtures', 'soak')

function copyFixture(name: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `memgate-install-${name}-`))
  fs.cpSync(path.join(fixtures, name), dir, { recursive: true })
  return dir
}

const env = () => Object.fromEntries(Object.entries(process.env).filter((e): e is [string, string] => e[1] !== undefined))

beforeAll(useNpmRegistryForCorepack)

describe('planInstall + runInstall', () => {
  it.each([
    ['npm', '.', { name: 'npm', lockfile: 'package-lock.json' }, 'npm ci --no-audit --no-fund', 'node'],
    [
      'yarn1',
      '.',
      { name: 'yarn', version: '1.22.22', lockfile: 'yarn.lock' },
      'corepack yarn install --non-interactive --frozen-lockfile',
      'node'
    ],
    [
      'yarn-berry',
      '.',
      { name: 'yarn-berry', version: '4.5.3', lockfile: 'yarn.lock' },
      'corepack yarn install --immutable',
      'corepack yarn node'
    ],
    [
      'pnpm',
      'packages/app',
      { name: 'pnpm', version: '9.15.9', lockfile: 'pnpm-lock.yaml' },
      'corepack pnpm install --frozen-lockfile',
      'node'
    ]
  ])(
    '%s project (working directory %s) installs with the manager it pins',
    async (name, workingDirectory, manager, command, node) => {
      const root = copyFixture(name)
      const project = path.join(root, workingDirectory)
      const plan = planInstall(root, project)
      // In the pnpm workspace the install runs at the root that holds the lockfile, not in packages/app.
      expect(plan).toMatchObject({ dir: root, command, manager })
      const result = await runInstall('head', plan, env(), path.join(root, '..', `${path.basename(root)}.log`))
      expect(fs.existsSync(result.log)).toBe(true)
      const out = execFileSync('/bin/sh', ['-c', `${node} -e "console.log(require('ms')('1h'))"`], {
        cwd: project,
        encoding: 'utf8',
        env: env()
      })
      expect(out.trim()).toBe('3600000')
    },
    90000
  )

  it('runs a given install-command in the working directory', () => {
    const root = copyFixture('pnpm')
    expect(planInstall(root, path.join(root, 'packages/app'), 'make deps')).toEqual({
      dir: path.join(root, 'packages/app'),
      command: 'make deps',
      description: 'install-command'
    })
  })

  it('names the side and shows the end of the log when the install fails', async () => {
    const root = copyFixture('npm')
    // package.json and the lockfile disagree: npm ci refuses.
    const manifest = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'))
    manifest.dependencies.ms = '2.1.2'
    fs.writeFileSync(path.join(root, 'package.json'), JSON.stringify(manifest))
    const error = await runInstall('base', planInstall(root, root), env(), path.join(root, 'install.log')).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(MemgateError)
    expect((error as MemgateError).reason).toMatch(
      /^Install failed on base \('npm ci --no-audit --no-fund' in .* exited with 1\); the end of its log:$/
    )
    expect((error as MemgateError).detail).toMatch(/package\.json and package-lock\.json .* in sync|ms@2\.1\.2/)
  })
})
