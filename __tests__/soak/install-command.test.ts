import { describe, expect, it } from '@jest/globals'
import type { PackageManager } from '../../src/package-manager.js'
import { installCommandFor } from '../../src/soak/install-command.js'

describe('installCommandFor', () => {
  it.each([
    [{ name: 'npm', lockfile: 'package-lock.json' }, 'npm ci --no-audit --no-fund', 'npm, package-lock.json'],
    [{ name: 'npm', lockfile: 'npm-shrinkwrap.json', version: '10.8.0' }, 'npm ci --no-audit --no-fund', 'npm@10.8.0, npm-shrinkwrap.json'],
    [{ name: 'npm' }, 'npm install --no-audit --no-fund', 'npm, no lockfile'],
    [
      { name: 'yarn', lockfile: 'yarn.lock', version: '1.22.22' },
      'corepack yarn install --non-interactive --frozen-lockfile',
      'Yarn 1@1.22.22, yarn.lock'
    ],
    [{ name: 'yarn-berry', lockfile: 'yarn.lock', version: '4.5.3' }, 'corepack yarn install --immutable', 'Yarn Berry@4.5.3, yarn.lock'],
    [{ name: 'yarn-berry' }, 'corepack yarn install', 'Yarn Berry, no lockfile'],
    [{ name: 'pnpm', lockfile: 'pnpm-lock.yaml' }, 'corepack pnpm install --frozen-lockfile', 'pnpm, pnpm-lock.yaml']
  ] as [PackageManager, string, string][])('%j → %s', (manager, command, description) => {
    expect(installCommandFor(manager)).toEqual({ command, description })
  })
})
