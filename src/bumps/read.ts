// I/O of the bumps stage: which manifests and lockfiles to read at which commit, then the pure
// parsers and diff. Reads nothing beyond `git diff --name-only` when no manifest or lockfile changed.
import { posix } from 'node:path'
import { MemgateError } from '../errors.js'
import type { Git } from '../git.js'
import { detectPackageManager, LOCKFILES } from '../package-manager.js'
import { shortSha } from '../sha.js'
import type { Bump } from '../types.js'
import { diffLocks } from './diff.js'
import { compileGlob, trimWorkspaceGlob } from './filter.js'
import type { Manifest } from './manifest.js'
import { parseManifest } from './manifest.js'
import { DEFAULT_LOCK_PARSE_LIMIT_MS, diffProjectInWorker } from './worker.js'

export interface BumpOptions {
  /** Limit to this directory of the repository ('' or '.' for the whole repo). */
  workingDirectory?: string
  /**
   * Where the lockfile parsers' warnings go (a format version newer than the ones memgate knows, read
   * by its structure): one line each. Default: stderr, which the CLI and the action's log both show.
   */
  warn?: (line: string) => void
  /** Cancels the stage (the run was cancelled): a MemgateError at the next file. */
  signal?: AbortSignal
  /** The stage's time limit, DEFAULT_BUMPS_TIMEOUT_MS by default: a MemgateError at the next file once it has passed. */
  timeoutMs?: number
  /** One project's parse and diff, in a worker ended at this limit: DEFAULT_LOCK_PARSE_LIMIT_MS by default. */
  parseLimitMs?: number
}

/**
 * Every parser is linear, so a repository's lockfiles read in seconds; a stage that takes minutes is
 * being fed something no package manager wrote, and its job would otherwise run until the
 * workflow's own timeout.
 */
export const DEFAULT_BUMPS_TIMEOUT_MS = 120_000

const LOCK_NAMES = new Set(LOCKFILES.map(([file]) => file))
const RELEVANT = new Set([...LOCK_NAMES, 'package.json', 'pnpm-workspace.yaml'])

/** Whether a changed path can change dependencies (a manifest, lockfile or pnpm workspace list). */
export function isDependencyFile(path: string): boolean {
  return RELEVANT.has(posix.basename(path)) && !path.split('/').includes('node_modules')
}

/** The dependency changes between two commits. Throws MemgateError on a malformed lockfile. */
export async function readBumps(git: Git, base: string, head: string, options: BumpOptions = {}): Promise<Bump[]> {
  const limit = new Limit(options.timeoutMs ?? DEFAULT_BUMPS_TIMEOUT_MS, options.signal)
  try {
    return await readBumpsWithin(git, base, head, options, limit)
  } finally {
    limit.dispose()
  }
}

async function readBumpsWithin(git: Git, base: string, head: string, options: BumpOptions, limit: Limit): Promise<Bump[]> {
  const scope = normalizeDir(options.workingDirectory)
  // A working directory inside a monorepo shares the lockfile, pnpm workspace list and manifests
  // above it (the workspace that holds it, the root's overrides).
  const inScope = (p: string): boolean => within(p, scope) || within(scope, dirOf(p))
  const dependencyFiles = (await limit.wait(git.changedFiles(base, head))).filter(isDependencyFile)
  const changed = dependencyFiles.filter(inScope)
  if (changed.length === 0) return []

  const [baseFiles, headFiles] = await limit.wait(Promise.all([git.listFiles(base), git.listFiles(head)]))
  const sides = { base: new Set(baseFiles.filter(isDependencyFile)), head: new Set(headFiles.filter(isDependencyFile)) }
  const lockDirs = new Set([...sides.base, ...sides.head].filter((p) => LOCK_NAMES.has(posix.basename(p))).map((p) => dirOf(p)))
  const rootOf = (path: string): string | null => {
    for (let dir = dirOf(path); ; dir = dirOf(dir)) {
      if (lockDirs.has(dir)) return dir
      if (dir === '') return null
    }
  }

  const roots = new Set<string>()
  const loose = new Set<string>()
  for (const path of changed) {
    const root = rootOf(path)
    if (root !== null) roots.add(root)
    else if (posix.basename(path) === 'package.json') loose.add(path)
  }

  const warn = options.warn ?? ((line: string) => void process.stderr.write(`memgate: warning: ${line}\n`))
  // Every changed file is read per side, in scope or not: a manifest that did not change in scope
  // may still have changed (one text for both sides would hide its bumps).
  const reader = new Reader(git, base, head, new Set(dependencyFiles), warn, limit, options.parseLimitMs ?? DEFAULT_LOCK_PARSE_LIMIT_MS)
  const bumps: Bump[] = []
  for (const root of [...roots].sort()) bumps.push(...(await readProject(reader, root, sides, scope)))
  // A package.json outside any project with a lockfile: only its ranges can be compared.
  for (const path of [...loose].sort()) {
    const dir = dirOf(path)
    const side = async (sha: string): Promise<Manifest[]> => {
      const text = await reader.text(sha, path)
      return text === null ? [] : [parseManifest(text, path, '', reader.label(sha, path))]
    }
    bumps.push(...diffLocks({ lock: null, manifests: await side(base) }, { lock: null, manifests: await side(head) }, dir))
  }
  return bumps
}

async function readProject(reader: Reader, root: string, sides: { base: Set<string>; head: Set<string> }, scope: string): Promise<Bump[]> {
  const lockPaths = [...new Set([...sides.base, ...sides.head])]
    .filter((p) => dirOf(p) === root && LOCK_NAMES.has(posix.basename(p)))
    .map((p) => posix.basename(p))
  const rootManifestPath = joinPath(root, 'package.json')
  const headRootManifest = await reader.text(reader.head, rootManifestPath)
  const manager = detectPackageManager(lockPaths, headRootManifest ?? undefined)
  // No lockfile on either side: npm's name, which both sides read as absent.
  const lockName = manager.lockfile ?? lockPaths[0] ?? 'package-lock.json'
  const lockPath = joinPath(root, lockName)

  const manifestsAt = async (sha: string, files: Set<string>): Promise<Manifest[]> => {
    const rootText = sha === reader.head ? headRootManifest : await reader.text(sha, rootManifestPath)
    if (rootText === null) return []
    const rootManifest = parseManifest(rootText, rootManifestPath, '', reader.label(sha, rootManifestPath))
    const manifests = [rootManifest]
    const globs = [...rootManifest.workspaces, ...(await pnpmWorkspaces(reader, sha, root))]
    for (const path of workspaceManifests(files, root, globs)) {
      const text = await reader.text(sha, path)
      if (text !== null) manifests.push(parseManifest(text, path, relativeDir(root, dirOf(path)), reader.label(sha, path)))
    }
    return manifests
  }
  const [baseManifests, headManifests, baseLockText, headLockText] = await Promise.all([
    manifestsAt(reader.base, sides.base),
    manifestsAt(reader.head, sides.head),
    reader.text(reader.base, lockPath),
    reader.text(reader.head, lockPath)
  ])

  // A working directory inside the project: its workspace(s), whose dependency trees bound the
  // transitive bumps. None when it holds the whole project.
  reader.limit.check()
  const workspaces = within(root, scope) ? undefined : workspacesIn(relativeDir(root, scope), [...baseManifests, ...headManifests])
  const lockText = (sha: string, text: string | null) => (text === null ? null : { text, label: reader.label(sha, lockPath) })
  const diff = await reader.limit.wait(
    diffProjectInWorker(
      {
        lockPath,
        base: { lock: lockText(reader.base, baseLockText), manifests: baseManifests },
        head: { lock: lockText(reader.head, headLockText), manifests: headManifests },
        workspaces
      },
      reader.parseLimitMs,
      reader.limit.signal
    )
  )
  for (const line of diff.warnings) reader.warn(line)
  const { bumps } = diff
  reader.limit.check()
  // A working directory inside a monorepo keeps the bumps of its workspaces' manifests, and the
  // lockfile's that their dependency trees reach.
  if (!workspaces) return bumps
  const mine = new Set(workspaces.map((dir) => joinPath(joinPath(root, dir), 'package.json')))
  return bumps.filter((b) => mine.has(b.manifest) || b.manifest === lockPath)
}

/**
 * The workspace directories (relative to the lockfile) a working directory covers: those inside
 * it, else the one that holds it (a soak run from `packages/app/src` is app's); undefined when
 * that is all of them.
 */
function workspacesIn(dir: string, manifests: Manifest[]): string[] | undefined {
  const dirs = [...new Set(manifests.map((m) => m.dir))]
  const inside = dirs.filter((d) => within(d, dir))
  const holder = dirs.filter((d) => within(dir, d)).sort((a, b) => b.length - a.length)[0]
  const mine = inside.length ? inside : holder === undefined ? [] : [holder]
  // Every workspace of the project (a single package run from its src/): nothing to narrow.
  return mine.length === dirs.length ? undefined : mine
}

function workspaceManifests(files: Set<string>, root: string, globs: string[]): string[] {
  if (globs.length === 0) return []
  const positive = globs.filter((g) => !g.startsWith('!')).map((g) => compileGlob(trimWorkspaceGlob(g)))
  const negative = globs.filter((g) => g.startsWith('!')).map((g) => compileGlob(trimWorkspaceGlob(g.slice(1))))
  const out: string[] = []
  for (const path of files) {
    if (posix.basename(path) !== 'package.json' || !within(path, root)) continue
    const dir = relativeDir(root, dirOf(path))
    if (dir === '') continue
    if (positive.some((re) => re.test(dir)) && !negative.some((re) => re.test(dir))) out.push(path)
  }
  return out.sort()
}

async function pnpmWorkspaces(reader: Reader, sha: string, root: string): Promise<string[]> {
  const path = joinPath(root, 'pnpm-workspace.yaml')
  const text = await reader.text(sha, path)
  if (text === null) return []
  // The list is `packages:` followed by `- glob` lines; a YAML parser is not needed for that.
  const globs: string[] = []
  let inPackages = false
  for (const line of text.split(/\r?\n/)) {
    if (/^packages\s*:/.test(line)) inPackages = true
    else if (/^\S/.test(line)) inPackages = false
    else if (inPackages) {
      const item = workspaceItem(line)
      if (item) globs.push(item)
    }
  }
  return globs
}

/**
 * The glob of one `  - glob` line of pnpm-workspace.yaml (quoted or not, a trailing `# comment`
 * dropped), or null. By hand, in one pass: the file is the PR's, and a lazy pattern with an optional
 * comment took seconds on one long line.
 */
export function workspaceItem(line: string): string | null {
  let i = 0
  while (i < line.length && /\s/.test(line.charAt(i))) i++
  if (i === 0 || line[i] !== '-') return null
  const value = line.slice(i + 1).trim()
  const quote = value[0]
  if (quote === '"' || quote === "'") {
    const end = value.indexOf(quote, 1)
    if (end > 1) return value.slice(1, end)
  }
  // YAML starts a comment at a `#` after a blank (or at the start of the value).
  const comment = value.startsWith('#') ? 0 : value.search(/\s#/)
  const glob = (comment === -1 ? value : value.slice(0, comment)).trimEnd()
  return glob === '' ? null : glob
}

/** Reads each file once per commit, and a file unchanged between the commits once in all. */
class Reader {
  private readonly texts = new Map<string, Promise<string | null>>()
  constructor(
    private readonly git: Git,
    readonly base: string,
    readonly head: string,
    private readonly changed: Set<string>,
    readonly warn: (line: string) => void,
    readonly limit: Limit,
    readonly parseLimitMs: number
  ) {}

  text(sha: string, path: string): Promise<string | null> {
    const key = this.changed.has(path) ? `${sha}:${path}` : `*:${path}`
    let text = this.texts.get(key)
    if (!text) this.texts.set(key, (text = this.git.showFile(sha, path)))
    return text
  }

  label(sha: string, path: string): string {
    return `${path} at ${shortSha(sha)}`
  }
}

/**
 * The bumps stage's time limit and cancellation, checked between files and raced against each git
 * read (a parse itself is linear and not interrupted). The git process of an abandoned read ends on
 * its own.
 */
class Limit {
  private readonly timer: NodeJS.Timeout
  // The clock, not the timer, decides: a timer cannot fire while a parse holds the thread.
  private readonly deadline: number
  private readonly stop = new AbortController()

  constructor(
    private readonly timeoutMs: number,
    private readonly cancel?: AbortSignal
  ) {
    this.deadline = Date.now() + timeoutMs
    this.timer = setTimeout(() => this.stop.abort(this.timeoutError()), timeoutMs)
    this.timer.unref()
    cancel?.addEventListener('abort', this.onCancel, { once: true })
  }

  private readonly onCancel = () => this.stop.abort(CANCELLED())

  /** Aborted, with the stage's MemgateError as reason, once the limit passes or the run is cancelled. */
  get signal(): AbortSignal {
    return this.stop.signal
  }

  /** Throws the stage's MemgateError once the limit has passed or the run was cancelled. */
  check(): void {
    if (Date.now() >= this.deadline) throw this.timeoutError()
    if (this.cancel?.aborted) throw CANCELLED()
  }

  private timeoutError(): MemgateError {
    return new MemgateError(
      `Reading the dependency changes took longer than ${formatSeconds(this.timeoutMs)}, the bumps stage's limit: ` +
        'no lockfile a package manager writes takes that long, so the diff was stopped'
    )
  }

  /** `promise`, or the stage's MemgateError as soon as the limit passes first. */
  async wait<T>(promise: Promise<T>): Promise<T> {
    this.check()
    // Node 20 has no Promise.withResolvers; the executor runs at once, so `reject` is set before use.
    let reject: (error: unknown) => void = () => {}
    const stopped = new Promise<never>((_, r) => {
      reject = r
    })
    const onAbort = () => {
      try {
        this.check()
      } catch (error) {
        reject(error)
      }
    }
    this.stop.signal.addEventListener('abort', onAbort, { once: true })
    try {
      return await Promise.race([promise, stopped])
    } finally {
      this.stop.signal.removeEventListener('abort', onAbort)
    }
  }

  dispose(): void {
    clearTimeout(this.timer)
    this.cancel?.removeEventListener('abort', this.onCancel)
  }
}

const CANCELLED = () => new MemgateError('Cancelled while reading the dependency changes')

function formatSeconds(ms: number): string {
  return ms % 1000 === 0 ? `${ms / 1000} s` : `${(ms / 1000).toFixed(1)} s`
}

function normalizeDir(dir: string | undefined): string {
  const clean = posix.normalize((dir ?? '').replace(/\\/g, '/')).replace(/^\.\/?|\/$/g, '')
  return clean === '.' ? '' : clean
}

function within(path: string, dir: string): boolean {
  return dir === '' || path === dir || path.startsWith(`${dir}/`)
}

function dirOf(path: string): string {
  const dir = posix.dirname(path)
  return dir === '.' ? '' : dir
}

function joinPath(dir: string, name: string): string {
  return dir === '' ? name : `${dir}/${name}`
}

function relativeDir(root: string, dir: string): string {
  return root === '' ? dir : dir === root ? '' : dir.slice(root.length + 1)
}
