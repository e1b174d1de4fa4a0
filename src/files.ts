// Files memgate writes where someone else may have been first: the report file's path is the user's
// or sits in a directory the PR's code could reach, and a link planted there would make memgate
// overwrite whatever it points at.
import * as fs from 'node:fs'
import * as path from 'node:path'
import { MemgateError } from './errors.js'

/** Writes `text` to `file`, never through a symbolic link (the last component is not followed). */
export function writeFileNoFollow(file: string, text: string): void {
  let fd: number
  try {
    fd = fs.openSync(file, fs.constants.O_WRONLY | fs.constants.O_CREAT | fs.constants.O_TRUNC | fs.constants.O_NOFOLLOW, 0o644)
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    if (code === 'ELOOP')
      throw new MemgateError(`${file} is a symbolic link; memgate writes its report only to a file of its own`, 2, { cause: error })
    throw new MemgateError(`Could not write ${file}: ${code ?? (error as Error).message}`, 2, { cause: error })
  }
  try {
    fs.writeFileSync(fd, text)
  } finally {
    fs.closeSync(fd)
  }
}

/**
 * `file` (relative to `root`) when it lies inside `root` once every link on its way is followed:
 * a PR's tree can make `package.json`, or a directory above it, a link to anywhere memgate can
 * write. Throws MemgateError otherwise.
 */
export function insideTree(root: string, file: string): string {
  const full = path.resolve(root, file)
  const top = fs.realpathSync(root)
  let dir: string
  try {
    dir = fs.realpathSync(path.dirname(full))
  } catch (error) {
    throw new MemgateError(`${file} is not in the worktree`, 2, { cause: error })
  }
  if (dir !== top && !dir.startsWith(top + path.sep))
    throw new MemgateError(`${file} leads out of the worktree (a link); memgate does not edit it`)
  if (fs.lstatSync(full, { throwIfNoEntry: false })?.isSymbolicLink()) {
    throw new MemgateError(`${file} is a symbolic link; memgate edits only files of the worktree itself`)
  }
  return path.join(dir, path.basename(full))
}
