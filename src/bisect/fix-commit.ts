// A verified fix as a commit a pull request can carry: the culprit pinned at the fix's version in
// a worktree of `sha`, the way bisect held it for the verification (manifest edit, override where
// nested copies need one, the package manager's updating install), and the tracked files that
// changed (the manifests and the lockfile; never node_modules) committed on top of `sha`.
import * as fs from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import { MemgateError } from '../errors.js'
import { insideTree, writeFileNoFollow } from '../files.js'
import type { Git } from '../git.js'
import { runGit } from '../git.js'
import type { Options } from '../options.js'
import { LOCKFILES } from '../package-manager.js'
import { shortSha } from '../sha.js'
import { isolatedEnvironments } from '../soak/session.js'
import type { Bump } from '../types.js'
import { holdsFor } from './report.js'
import { Trees } from './trees.js'

export interface FixCommitOptions {
  git: Git
  /** The commit the fix goes on (main's tip). */
  sha: string
  /** The culprit's bump entries (every copy moves together). */
  bumps: Bump[]
  version: string
  options: Options
  probePath: string
  secrets?: string[]
  message: string
  signal?: AbortSignal
  log: (line: string) => void
}

// The fix's files are read back from the installed tree and committed from a second worktree of
// memgate's own: the tree was the install's (the soak user's, where memgate runs as root), and git
// is never run where someone else's code could have rewritten the .git file.
const MAX_FILE_BYTES = 64 * 1024 * 1024

/** Commits the fix on top of `sha` (in the repository's objects, on no branch); returns the commit and the files it changes. */
export async function commitFix(o: FixCommitOptions): Promise<{ sha: string; files: string[] }> {
  const workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'memgate-fix-'))
  const env = await isolatedEnvironments({ workDir, secrets: o.secrets, passEnv: o.options.passEnv, probePath: o.probePath })
  const trees = new Trees({
    user: env.user,
    git: o.git,
    workDir,
    workingDirectory: o.options.workingDirectory,
    env: env.install,
    signal: o.signal,
    log: o.log
  })
  const own = path.join(workDir, 'commit')
  let added = false
  try {
    const tree = await trees.get({ side: 'head', sha: o.sha, holds: holdsFor(o.bumps, o.version) })
    const project = path.relative(tree.dir, tree.projectDir)
    const candidates = new Set([
      ...tree.edits.map((e) => e.file),
      ...LOCKFILES.flatMap(([name]) => [name, path.join(project, name)]).map((f) => path.normalize(f))
    ])
    const changed = new Map<string, string>()
    for (const file of candidates) {
      const full = path.join(tree.dir, file)
      if (!fs.existsSync(full)) continue
      const inside = insideTree(tree.dir, file)
      if (fs.statSync(inside).size > MAX_FILE_BYTES)
        throw new MemgateError(`${file} grew past ${MAX_FILE_BYTES} bytes in the fix's install`)
      const text = fs.readFileSync(inside, 'utf8')
      if (text !== (await o.git.showFile(o.sha, file))) changed.set(file, text)
    }
    if (changed.size === 0) throw new MemgateError(`Pinning ${o.bumps[0]?.name} at ${o.version} changes nothing at ${shortSha(o.sha)}`)
    await o.git.addWorktree(own, o.sha)
    added = true
    for (const [file, text] of changed) writeFileNoFollow(insideTree(own, file), text)
    const files = [...changed.keys()].sort()
    await runGit(own, ['add', '--', ...files])
    await runGit(own, [
      '-c',
      'user.name=memgate',
      '-c',
      'user.email=memgate@users.noreply.github.com',
      '-c',
      'commit.gpgsign=false',
      'commit',
      '--quiet',
      '--no-verify',
      '-m',
      o.message
    ])
    const sha = (await runGit(own, ['rev-parse', 'HEAD'])).stdout.trim()
    return { sha, files }
  } finally {
    await trees.cleanup()
    if (added) await o.git.removeWorktree(own)
    fs.rmSync(workDir, { recursive: true, force: true })
  }
}
