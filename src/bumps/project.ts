// One project's dependency diff from its texts: the lockfile parse and the diff, the part of the
// bumps stage that costs CPU. Pure: it runs in a worker (bumps/worker.ts) that memgate can stop.
import { posix } from 'node:path'
import type { Bump } from '../types.js'
import { diffLocks } from './diff.js'
import type { Lockfile } from './lock.js'
import type { Manifest } from './manifest.js'
import { parseNpmLock } from './npm.js'
import { pruneNpmLocks } from './npm-fast.js'
import { parsePnpmLock } from './pnpm.js'
import { parseYarnLock } from './yarn.js'

const NPM_LOCKS = new Set(['package-lock.json', 'npm-shrinkwrap.json'])

/** One side's lockfile text and the name errors give it (`path at sha`). */
export interface LockText {
  text: string
  label: string
}

/** Everything diffProject needs, as plain data (it crosses to a worker). */
export interface ProjectInput {
  lockPath: string
  base: { lock: LockText | null; manifests: Manifest[] }
  head: { lock: LockText | null; manifests: Manifest[] }
  /** The workspaces a working directory inside the project covers; undefined for all. */
  workspaces?: string[]
}

export interface ProjectDiff {
  bumps: Bump[]
  /** The parsers' warnings, one line each for the log. */
  warnings: string[]
}

/** The project's bumps between its two sides. Throws MemgateError on a malformed lockfile. */
export function diffProject(input: ProjectInput): ProjectDiff {
  const { lockPath, base, head, workspaces } = input
  const warnings: string[] = []
  // npm lockfiles on both sides: diff only the entries that can matter (see npm-fast.ts). The
  // pruned lockfiles drop the paths from a workspace down, so a narrowed diff reads them whole.
  if (NPM_LOCKS.has(posix.basename(lockPath)) && base.lock && head.lock && !workspaces) {
    const pruned = pruneNpmLocks(
      { text: base.lock.text, file: base.lock.label },
      { text: head.lock.text, file: head.lock.label },
      { base: base.manifests, head: head.manifests }
    )
    if (pruned) {
      const bumps = diffLocks({ lock: pruned.base, manifests: base.manifests }, { lock: pruned.head, manifests: head.manifests }, lockPath)
      return { bumps: bumps.filter((b) => b.direct || pruned.names.has(b.name)), warnings }
    }
  }
  // An unchanged lockfile is parsed once for both sides.
  const baseLock = base.lock && parseLock(lockPath, base.lock, warnings)
  const headLock =
    head.lock && base.lock && head.lock.text === base.lock.text && baseLock
      ? baseLock
      : head.lock && parseLock(lockPath, head.lock, warnings)
  const bumps = diffLocks(
    { lock: baseLock, manifests: base.manifests },
    { lock: headLock, manifests: head.manifests },
    lockPath,
    workspaces
  )
  return { bumps, warnings }
}

function parseLock(path: string, { text, label }: LockText, warnings: string[]): Lockfile {
  const lock = parseLockText(path, text, label)
  warnings.push(...(lock.warnings ?? []))
  return lock
}

function parseLockText(path: string, text: string, label: string): Lockfile {
  switch (posix.basename(path)) {
    case 'package-lock.json':
    case 'npm-shrinkwrap.json':
      return parseNpmLock(text, label)
    case 'yarn.lock':
      return parseYarnLock(text, label)
    default:
      return parsePnpmLock(text, label)
  }
}
