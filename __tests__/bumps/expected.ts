// The bumps between the two sides of fixtures/bumps/project (see its README), as every manager's
// lockfiles must yield them. `lock` is the lockfile's path, the manifest of transitive bumps.
import type { Bump } from '../../src/types.js'

export function expectedProjectBumps(lock: string, prefix = ''): Bump[] {
  const root = (name: string, from: string | null, to: string | null, type: Bump['type'], extra: Partial<Bump> = {}): Bump => ({
    name,
    from,
    to,
    type,
    direct: true,
    dependencyType: 'dependencies',
    manifest: `${prefix}package.json`,
    ...extra
  })
  const app = (name: string, from: string | null, to: string | null, type: Bump['type'], extra: Partial<Bump> = {}): Bump =>
    root(name, from, to, type, { manifest: `${prefix}packages/app/package.json`, ...extra })
  return [
    root('debug', '2.6.9', '4.3.4', 'major'),
    root('is-number', '6.0.0', '7.0.0', 'major'),
    root('kleur', '4.1.5', '4.1.4', 'downgrade'),
    root('left-pad', '1.3.0', null, 'removed'),
    root('picocolors', null, '1.0.0', 'added'),
    root('tiny', '1.0.0', '1.1.0', 'other', { change: 'file:vendor/tiny-1.0.0.tgz → file:vendor/tiny-1.1.0.tgz' }),
    root('ms', '2.1.1', '2.1.3', 'patch', { dependencyType: 'devDependencies' }),
    app('escape-html', '1.0.2', '1.0.3', 'patch'),
    app('ms', '3.0.0-beta.1', '3.0.0-beta.2', 'prerelease'),
    // An npm alias is typed from the versions of the package it installs.
    app('ms-alias', '2.1.1', '2.1.2', 'patch', { package: 'ms' }),
    app('picocolors', '0.2.1', '1.1.1', 'major', { dependencyType: 'optionalDependencies' }),
    { name: 'ms', from: '2.0.0', to: '2.1.2', type: 'minor', direct: false, manifest: `${prefix}${lock}`, via: ['dependencies'] }
  ]
}

/** Bumps in a stable order, so a test compares sets without caring how they were found. */
/**
 * Bumps in a stable order, without `origin` (the lockfile's URLs and hashes, which the expected
 * bumps do not spell out; read.test.ts "where a version comes from" checks it).
 */
export function sorted<T extends { manifest: string; name: string; from: string | null }>(bumps: T[]): T[] {
  return [...bumps]
    .map((b) => {
      const { origin: _, ...rest } = b as T & { origin?: string }
      return rest as T
    })
    .sort((a, b) => `${a.manifest}\0${a.name}\0${a.from}`.localeCompare(`${b.manifest}\0${b.name}\0${b.from}`))
}
