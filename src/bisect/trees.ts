// The installed trees a bisect measures: a commit (base or head) with some packages held at other
// versions. Each distinct tree gets one worktree and one install, kept until the search ends, so
// a version measured twice (a step, then its verification) is never installed twice.
import * as fs from 'node:fs'
import * as path from 'node:path'
import { MemgateError } from '../errors.js'
import { insideTree, writeFileNoFollow } from '../files.js'
import type { Git } from '../git.js'
import { detectPackageManager, type PackageManager } from '../package-manager.js'
import type { ProcessUser } from '../process.js'
import { shortSha } from '../sha.js'
import { grantTree, type InstallPlan, planInstall, runInstall } from '../soak/session.js'
import type { Side } from '../types.js'
import {
  checkCopies,
  dropNpmLockEntries,
  findInstalledCopies,
  type Hold,
  type ManifestEdit,
  planEdits,
  updatingInstallCommand,
  writeEdits
} from './hold.js'

export interface TreeSpec {
  side: Side
  sha: string
  /** Packages held away from what the commit's lockfile says. */
  holds: Hold[]
}

export interface Tree {
  key: string
  spec: TreeSpec
  /** The worktree. */
  dir: string
  /** The project inside it (working-directory). */
  projectDir: string
  /** The manifest edits that hold the packages (what a user would change). */
  edits: ManifestEdit[]
  installMs: number
}

export interface TreeOptions {
  git: Git
  /** Worktrees go in `${workDir}/trees`. */
  workDir: string
  workingDirectory: string
  /** The user's install command for trees as committed; empty: the project's own. */
  installCommand?: string
  /** Scrubbed of credentials. */
  env: Record<string, string>
  signal?: AbortSignal
  log: (line: string) => void
  /** Whom the installs run as, when not memgate's own user (soak/isolation.ts). */
  user?: ProcessUser
}

/** `row-cache@1.3.1 + lib-b@2.0.0` (or `as committed`). */
export function describeHolds(holds: Hold[]): string {
  const names = [...new Map(holds.map((h) => [h.name, `${h.name}@${h.version}`])).values()]
  return names.length === 0 ? 'as committed' : `with ${names.sort().join(', ')}`
}

export function treeKey(spec: TreeSpec): string {
  const holds = [...new Set(spec.holds.map((h) => `${h.name}@${h.version}`))].sort()
  return `${spec.side}:${spec.sha}${holds.length ? `+${holds.join('+')}` : ''}`
}

export class Trees {
  private readonly trees = new Map<string, Promise<Tree>>()
  private readonly dirs: string[] = []
  /** Worktrees made and installs run, for the figures. */
  worktrees = 0
  installs = 0
  installMs = 0

  constructor(private readonly options: TreeOptions) {}

  /** The tree for `spec`, made and installed on first use. */
  get(spec: TreeSpec): Promise<Tree> {
    const key = treeKey(spec)
    let tree = this.trees.get(key)
    if (!tree) {
      tree = this.make(key, spec)
      this.trees.set(key, tree)
      // A failed tree is not cached: the error is reported once, and nothing asks again.
      tree.catch(() => this.trees.delete(key))
    }
    return tree
  }

  private async make(key: string, spec: TreeSpec): Promise<Tree> {
    const { git, workDir, workingDirectory, log } = this.options
    const dir = path.join(workDir, 'trees', String(this.worktrees++))
    fs.rmSync(dir, { recursive: true, force: true })
    fs.mkdirSync(path.dirname(dir), { recursive: true })
    await git.addWorktree(dir, spec.sha)
    if (this.options.user) grantTree(dir, this.options.user)
    this.dirs.push(dir)
    const projectDir = path.join(dir, workingDirectory)
    if (!fs.existsSync(projectDir)) {
      throw new MemgateError(`working-directory '${workingDirectory}' does not exist at ${spec.side} ${shortSha(spec.sha)}`)
    }
    const what = `${spec.side} ${describeHolds(spec.holds)}`
    const detected = planInstall(dir, projectDir)
    const manager = detected.manager ?? detectPackageManager([])
    let edits: ManifestEdit[] = []
    let plan: InstallPlan
    let extraEnv: Record<string, string> = {}
    if (spec.holds.length === 0) {
      plan = planInstall(dir, projectDir, this.options.installCommand)
    } else {
      const rootManifest = path.relative(dir, path.join(detected.dir, 'package.json'))
      edits = planEdits(spec.holds, manager.name, rootManifest)
      writeEdits(dir, edits)
      if (manager.name === 'npm') this.unlock(dir, detected.dir, spec.holds)
      const updating = updatingInstallCommand(manager)
      plan = { dir: detected.dir, command: updating.command, manager, description: `${detected.description}, updating the lockfile` }
      extraEnv = updating.env
    }
    let installMs = await this.install(what, plan, extraEnv, key)
    if (spec.holds.length > 0) {
      // A direct hold leaves nested copies that other packages pinned; an override moves them too.
      const unmoved = this.unmoved(spec.holds, manager, detected.dir, projectDir)
      if (unmoved.length > 0) {
        const names = new Set(unmoved.filter(({ hold }) => hold.direct).map(({ hold }) => hold.name))
        if (names.size > 0) {
          log(
            `${what}: ${unmoved.map((u) => u.reason).join('; ')}; holding it by ${manager.name === 'npm' ? 'overrides' : manager.name === 'pnpm' ? 'pnpm.overrides' : 'resolutions'} too`
          )
          const more = planEdits(
            spec.holds.filter((h) => names.has(h.name)),
            manager.name,
            path.relative(dir, path.join(detected.dir, 'package.json')),
            names
          ).filter((e) => !edits.some((x) => x.file === e.file && x.key.join('.') === e.key.join('.')))
          writeEdits(dir, more)
          edits = [...edits, ...more]
          installMs += await this.install(what, plan, extraEnv, key)
        }
        const [still] = this.unmoved(spec.holds, manager, detected.dir, projectDir)
        if (still) throw new MemgateError(`Holding ${still.hold.name} at ${still.hold.version} did not take on ${what}: ${still.reason}`)
      }
    }
    return { key, spec, dir, projectDir, edits, installMs }
  }

  private unlock(treeDir: string, installDir: string, holds: Hold[]): void {
    for (const name of ['npm-shrinkwrap.json', 'package-lock.json']) {
      if (!fs.existsSync(path.join(installDir, name))) continue
      const file = insideTree(treeDir, path.relative(treeDir, path.join(installDir, name)))
      writeFileNoFollow(file, dropNpmLockEntries(fs.readFileSync(file, 'utf8'), new Set(holds.map((h) => h.name))))
    }
  }

  private unmoved(holds: Hold[], manager: PackageManager, installDir: string, projectDir: string): { hold: Hold; reason: string }[] {
    // Yarn Berry's Plug'n'Play installs no node_modules to look into; its install either applied the hold or failed.
    if (manager.name === 'yarn-berry' && !fs.existsSync(path.join(installDir, 'node_modules'))) return []
    const out: { hold: Hold; reason: string }[] = []
    const seen = new Set<string>()
    for (const hold of holds) {
      if (seen.has(hold.name)) continue
      seen.add(hold.name)
      const reason = checkCopies(hold, findInstalledCopies([installDir, projectDir], hold.name))
      if (reason) out.push({ hold, reason })
    }
    return out
  }

  private async install(what: string, plan: InstallPlan, extraEnv: Record<string, string>, key: string): Promise<number> {
    const logFile = path.join(this.options.workDir, 'trees', `install-${this.installs++}.log`)
    this.options.log(`${what}: installing with ${plan.command}`)
    const started = Date.now()
    try {
      await runInstall(
        key.startsWith('base') ? 'base' : 'head',
        plan,
        { ...this.options.env, ...extraEnv },
        logFile,
        this.options.signal,
        this.options.user
      )
    } catch (error) {
      if (!(error instanceof MemgateError)) throw error
      const [first = ''] = error.reason.split('\n')
      const line = first.replace(/^Install failed on (base|head) /, '').replace(/; the end of its log:$/, '')
      throw new MemgateError(`Installing ${what} failed ${line} (log: ${logFile})`, 2, { cause: error })
    }
    const ms = Date.now() - started
    this.installMs += ms
    return ms
  }

  /** Removes every worktree made. */
  async cleanup(): Promise<void> {
    for (const dir of this.dirs) {
      // Removed by memgate before git sees it: the PR's code owned it and may have rewritten its .git file.
      if (this.options.user) fs.rmSync(dir, { recursive: true, force: true })
      await this.options.git.removeWorktree(dir)
    }
  }
}
