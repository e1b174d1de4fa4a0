// The install command line for a package manager. Pure: the I/O (which files exist, running it) is
// in install.ts.
import type { PackageManager } from '../package-manager.js'

export interface InstallCommand {
  /** What runs, as a shell command line (logged as is). */
  command: string
  /** Why this command: the manager, its pinned version, the lockfile. */
  description: string
}

/**
 * The command that installs exactly what the lockfile says: `npm ci`, Yarn 1
 * `--frozen-lockfile`, Yarn Berry `--immutable`, pnpm `--frozen-lockfile`. Yarn and pnpm run
 * through corepack, which honours a version pinned in package.json's `packageManager` field and
 * needs no global install; npm is the one bundled with Node.js. Without a lockfile the frozen
 * flags would fail, so the plain install runs instead.
 */
export function installCommandFor(manager: PackageManager): InstallCommand {
  const pinned = manager.version ? `@${manager.version}` : ''
  const lock = manager.lockfile ? `, ${manager.lockfile}` : ', no lockfile'
  const describe = (label: string) => `${label}${pinned}${lock}`
  const frozen = Boolean(manager.lockfile)
  switch (manager.name) {
    case 'npm':
      return {
        command: frozen ? 'npm ci --no-audit --no-fund' : 'npm install --no-audit --no-fund',
        description: describe('npm')
      }
    case 'yarn':
      return {
        command: `corepack yarn install --non-interactive${frozen ? ' --frozen-lockfile' : ''}`,
        description: describe('Yarn 1')
      }
    case 'yarn-berry':
      return {
        command: `corepack yarn install${frozen ? ' --immutable' : ''}`,
        description: describe('Yarn Berry')
      }
    case 'pnpm':
      return {
        command: `corepack pnpm install${frozen ? ' --frozen-lockfile' : ''}`,
        description: describe('pnpm')
      }
  }
}
