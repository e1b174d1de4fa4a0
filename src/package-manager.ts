// Which package manager a project uses, from its files and its package.json. Pure.

export type PackageManagerName = 'npm' | 'yarn' | 'yarn-berry' | 'pnpm'

export interface PackageManager {
  name: PackageManagerName
  /** The version pinned by package.json's `packageManager` field (`9.1.0`), when set. */
  version?: string
  /** The lockfile that manager writes, among `files`, when present. */
  lockfile?: string
}

/** Lockfile names by manager, in the order a directory holding several is read. */
export const LOCKFILES: ReadonlyArray<readonly [string, PackageManagerName]> = [
  ['pnpm-lock.yaml', 'pnpm'],
  ['yarn.lock', 'yarn'],
  ['npm-shrinkwrap.json', 'npm'],
  ['package-lock.json', 'npm']
]

/**
 * The package manager of the project whose root directory holds `files` (names or paths relative to
 * it). package.json's `packageManager` field (corepack's `name@version`) wins; else the lockfile
 * present decides (Yarn 2+ is told from Yarn 1 by `.yarnrc.yml` or `.yarn/releases`); else npm.
 * Never throws; an unknown `packageManager` name is ignored.
 */
export function detectPackageManager(files: string[], packageJsonText?: string): PackageManager {
  const present = new Set(files.map((f) => f.replace(/^\.\//, '')))
  const berryHints = present.has('.yarnrc.yml') || files.some((f) => f.startsWith('.yarn/releases/'))
  const lockfileOf = (name: PackageManagerName): string | undefined =>
    LOCKFILES.find(([file, manager]) => (manager === name || (name === 'yarn-berry' && manager === 'yarn')) && present.has(file))?.[0]

  const field = packageManagerField(packageJsonText)
  if (field) {
    const match = /^(npm|pnpm|yarn)@(\d[^+\s]*)/.exec(field)
    if (match) {
      const [, tool, version] = match as unknown as [string, 'npm' | 'pnpm' | 'yarn', string]
      const name: PackageManagerName = tool === 'yarn' && !version.startsWith('1.') ? 'yarn-berry' : tool
      const lockfile = lockfileOf(name)
      return lockfile ? { name, version, lockfile } : { name, version }
    }
  }
  for (const [file, manager] of LOCKFILES) {
    if (!present.has(file)) continue
    return { name: manager === 'yarn' && berryHints ? 'yarn-berry' : manager, lockfile: file }
  }
  return { name: berryHints ? 'yarn-berry' : 'npm' }
}

function packageManagerField(text: string | undefined): string | undefined {
  if (!text) return undefined
  try {
    const value = (JSON.parse(text) as { packageManager?: unknown }).packageManager
    return typeof value === 'string' ? value : undefined
  } catch {
    return undefined
  }
}
