// Real git repositories in temp dirs for the bumps tests: one commit per tree of files.
import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'

export const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'bumps')

export type Tree = Record<string, string>

export interface Repo {
  dir: string
  shas: string[]
  remove(): void
}

const git = (dir: string, args: string[]): string =>
  execFileSync('git', ['-c', 'user.name=memgate', '-c', 'user.email=memgate@example.com', '-c', 'commit.gpgsign=false', ...args], {
    cwd: dir,
    encoding: 'utf8'
  }).trim()

/** A repository with one commit per tree; each tree is the whole content of that commit. */
export function makeRepo(trees: Tree[]): Repo {
  const dir = mkdtempSync(join(tmpdir(), 'memgate-bumps-'))
  git(dir, ['init', '--quiet', '--initial-branch=main'])
  const shas: string[] = []
  for (const tree of trees) {
    for (const entry of readdirSync(dir)) if (entry !== '.git') rmSync(join(dir, entry), { recursive: true, force: true })
    for (const [path, text] of Object.entries(tree)) {
      mkdirSync(dirname(join(dir, path)), { recursive: true })
      writeFileSync(join(dir, path), text)
    }
    git(dir, ['add', '--all'])
    git(dir, ['commit', '--quiet', '--allow-empty', '-m', `commit ${shas.length}`])
    shas.push(git(dir, ['rev-parse', 'HEAD']))
  }
  return { dir, shas, remove: () => rmSync(dir, { recursive: true, force: true }) }
}

/** Every file under a fixture directory, keyed by its path relative to it (optionally prefixed). */
export function readTree(dir: string, prefix = ''): Tree {
  const tree: Tree = {}
  const walk = (current: string): void => {
    for (const entry of readdirSync(current)) {
      const path = join(current, entry)
      if (statSync(path).isDirectory()) walk(path)
      else tree[prefix + relative(dir, path).split('\\').join('/')] = readFileSync(path, 'utf8')
    }
  }
  walk(dir)
  return tree
}

/** One side of the shared fixture project plus a manager's lockfile(s) for it. */
export function projectSide(side: 'base' | 'head', lockDir: string, prefix = '', project = 'project'): Tree {
  const tree = readTree(join(FIXTURES, project, side), prefix)
  return { ...tree, ...readTree(join(FIXTURES, lockDir, side), prefix) }
}
