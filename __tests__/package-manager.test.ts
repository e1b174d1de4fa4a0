import { describe, expect, it } from '@jest/globals'
import { detectPackageManager } from '../src/package-manager.js'

describe('detectPackageManager', () => {
  it.each([
    [['package.json', 'package-lock.json'], undefined, { name: 'npm', lockfile: 'package-lock.json' }],
    [['package.json', 'npm-shrinkwrap.json', 'package-lock.json'], undefined, { name: 'npm', lockfile: 'npm-shrinkwrap.json' }],
    [['package.json', 'yarn.lock'], undefined, { name: 'yarn', lockfile: 'yarn.lock' }],
    [['package.json', 'yarn.lock', '.yarnrc.yml'], undefined, { name: 'yarn-berry', lockfile: 'yarn.lock' }],
    [['yarn.lock', '.yarn/releases/yarn-4.5.3.cjs'], undefined, { name: 'yarn-berry', lockfile: 'yarn.lock' }],
    [['package.json', 'pnpm-lock.yaml', 'pnpm-workspace.yaml'], undefined, { name: 'pnpm', lockfile: 'pnpm-lock.yaml' }],
    [['package.json'], undefined, { name: 'npm' }],
    [['package.json'], '{"packageManager":"pnpm@9.15.9+sha512.abc"}', { name: 'pnpm', version: '9.15.9' }],
    [['package.json', 'yarn.lock'], '{"packageManager":"yarn@4.5.3"}', { name: 'yarn-berry', version: '4.5.3', lockfile: 'yarn.lock' }],
    [['package.json', 'yarn.lock'], '{"packageManager":"yarn@1.22.22"}', { name: 'yarn', version: '1.22.22', lockfile: 'yarn.lock' }],
    [
      ['./package.json', './package-lock.json'],
      '{"packageManager":"npm@10.9.0"}',
      { name: 'npm', version: '10.9.0', lockfile: 'package-lock.json' }
    ],
    [['package-lock.json'], '{"packageManager":"bun@1.1.0"}', { name: 'npm', lockfile: 'package-lock.json' }],
    [['yarn.lock'], 'not json', { name: 'yarn', lockfile: 'yarn.lock' }]
  ])('%j with %s', (files, packageJson, expected) => {
    expect(detectPackageManager(files, packageJson)).toEqual(expected)
  })
})
