// The one shape every lockfile parser returns, and the checks they share. Pure: text in, data out.
import { MemgateError } from '../errors.js'

export type LockKind = 'npm' | 'yarn' | 'yarn-berry' | 'pnpm'

/**
 * Where an installed package came from. Everything but `registry` is reported with type `other`,
 * because a version number alone does not say what changed.
 */
export type PackageSource = 'registry' | 'alias' | 'git' | 'file' | 'link' | 'tarball' | 'workspace'

/** One installed package; a name installed in several versions appears once per version and place. */
export interface LockedPackage {
  /** The name it is installed and required under (for an alias, the alias). */
  name: string
  /** The exact version, or for a source that has none (git, link, …) the reference itself. */
  version: string
  source: PackageSource
  /** The non-registry reference as the lockfile writes it (`npm:ms@2.1.2`, `file:vendor/x.tgz`). */
  reference?: string
  /** Where it sits: npm's node_modules path, or the Yarn / pnpm lockfile key. */
  location: string
  /**
   * Who names it: the names of the packages that depend on it, and `workspace:<dir>` for each
   * workspace (dir relative to the lockfile, '' for its own) whose manifest the lockfile records as
   * naming it. Pairs a package's old and new versions when it is installed in several, and tells
   * transitive packages (named by another package) from ones only a manifest names.
   */
  namedBy: string[]
  /**
   * Where the lockfile says the package is fetched from and the hash it must have (npm's `resolved`
   * and `integrity`, Yarn's `resolved` or `resolution` and `checksum`, pnpm's `resolution`): two
   * copies of one version from different places are different code.
   */
  origin?: string
  /** Yarn: the `name@range` requests this entry satisfies, as the lockfile keys them. */
  descriptors?: string[]
  /** npm records whether only devDependencies / optionalDependencies reach a package. */
  dev?: boolean
  optional?: boolean
}

/** A parsed lockfile. */
export interface Lockfile {
  kind: LockKind
  /** The name given to the parser (path, and usually the commit), used in error messages. */
  file: string
  /** The lockfile format version as the file states it (`3`, `v1`, `8`, `9.0`, …). */
  lockfileVersion: string
  packages: LockedPackage[]
  /**
   * What each workspace directory ('' for the lockfile's own directory) gets for the names it
   * depends on: name → `location` of the package. Only for formats that record it (pnpm); the
   * others are resolved from the manifests by `diffLocks`.
   */
  importers?: Record<string, Record<string, string>>
  /**
   * What the parser read forgivingly (a format version newer than the ones it knows), one line each
   * for the log; the packages are still what the file says.
   */
  warnings?: string[]
}

/** A package's origin (see LockedPackage.origin) from the strings the lockfile gives, or undefined. */
export function originOf(...parts: unknown[]): string | undefined {
  const kept = parts.filter((p): p is string => typeof p === 'string' && p !== '')
  return kept.length ? kept.join(' ') : undefined
}

/** A one-line MemgateError naming the file and, when known, the 1-based line. */
export function lockError(file: string, reason: string, line?: number, cause?: unknown): MemgateError {
  const where = line ? `${file}, line ${line}` : file
  return new MemgateError(`${where}: ${reason}`, 2, cause === undefined ? undefined : { cause })
}

/**
 * Throws when a lockfile still holds merge-conflict markers; every format rejects them first.
 * `from`/`to` limit the search to the markers that start in that range of `text`.
 */
export function assertNoConflict(text: string, file: string, from = 0, to = text.length): void {
  // One regex pass: this runs over lockfiles of tens of MB (a quarter of the time of an indexOf
  // per marker).
  const marker = /(?:^|\n)(<{7}|={7}|>{7})(?:\s|$)/g
  marker.lastIndex = Math.max(0, from - 1)
  const match = marker.exec(text)
  if (!match) return
  const start = text[match.index] === '\n' ? match.index + 1 : match.index
  if (start >= to) return
  throw lockError(
    file,
    `merge-conflict marker '${match[1]}' (resolve the conflict and commit the regenerated lockfile)`,
    lineAt(text, start)
  )
}

/** 1-based line of a character offset. */
export function lineAt(text: string, offset: number): number {
  let line = 1
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) line++
  return line
}

/** The package name of an npm-style `name@range` descriptor (scoped names keep their first `@`). */
export function descriptorName(descriptor: string): string {
  const at = descriptor.indexOf('@', 1)
  return at === -1 ? descriptor : descriptor.slice(0, at)
}

/** Classifies a dependency reference the way npm, Yarn and pnpm write them. Linear in its length. */
export function sourceOf(reference: string): PackageSource {
  if (reference.startsWith('npm:')) return 'alias'
  if (reference.startsWith('workspace:')) return 'workspace'
  if (reference.startsWith('link:') || reference.startsWith('portal:')) return 'link'
  if (/^(git\+|git:|github:|gitlab:|bitbucket:)|\.git(#|$)/.test(reference)) return 'git'
  if (/^https?:/.test(reference)) return 'tarball'
  if (reference.startsWith('file:')) return isTarball(reference) ? 'tarball' : 'file'
  if (isGitHubShorthand(reference)) return 'git'
  return 'registry'
}

/**
 * `owner/repo` or `owner/repo#ref`, checked a character at a time: a pattern over the whole text
 * backtracks through every character of a long PR-written reference, deep enough to overflow
 * V8's regexp stack on megabytes.
 */
function isGitHubShorthand(reference: string): boolean {
  const hash = reference.indexOf('#')
  const path = hash === -1 ? reference : reference.slice(0, hash)
  const slash = path.indexOf('/')
  if (slash <= 0 || slash === path.length - 1) return false
  for (let i = 0; i < path.length; i++) {
    if (i === slash) continue
    const c = path.charCodeAt(i)
    const word = (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 || c === 45 // \w and -
    if (!word && !(i > slash && c === 46)) return false // `.` only in the repository's name
  }
  return true
}

// A resolved string of a lockfile is the PR's text: a pattern such as `.*\.tgz(#.*)?$` backtracks
// once per `#` and takes quadratic time on one long line, so the path is cut at its `#`s instead.
const TARBALL = /\.(tgz|tar\.gz|tar)$/
const LINE_BREAK = /[\n\r\u2028\u2029]/

/** `file:…x.tgz` or `file:…x.tgz#…`: a packed file rather than a directory. */
function isTarball(reference: string): boolean {
  if (LINE_BREAK.test(reference)) return false
  if (TARBALL.test(reference)) return true
  for (let hash = reference.indexOf('#'); hash !== -1; hash = reference.indexOf('#', hash + 1)) {
    if (TARBALL.test(reference.slice(Math.max(0, hash - 7), hash))) return true
  }
  return false
}
