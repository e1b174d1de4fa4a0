// I/O of the bumps stage: read manifests and lockfiles at two commits and diff them.
import type { Git } from '../soak/git.js'
import type { Bump, DependencyType } from '../types.js'

export interface BumpOptions {
  /** Limit to this directory of the repository ('' or '.' for the whole repo). */
  workingDirectory?: string
  include?: string[]
  exclude?: string[]
  dependencyTypes?: DependencyType[]
}

/** The dependency changes between two commits. Throws MemgateError on a malformed lockfile. */
export async function readBumps(git: Git, base: string, head: string, options: BumpOptions = {}): Promise<Bump[]> {
  void git; void base; void head; void options
  throw new Error('readBumps: not implemented yet')
}
