// yarn.lock of Yarn 1 (classic, "# yarn lockfile v1") and of Yarn 2+ (Berry, YAML with a
// `__metadata` block: lockfile versions 4 (Yarn 2) to 10 (Yarn 4.18)), both read with Yarn's own
// parser, parseSyml from @yarnpkg/parsers. Each entry is keyed by the comma-joined descriptors
// (`name@range`) it resolves. Berry's versions mark changes of checksums and resolutions, not of the
// entry shape this parser reads, so a newer version is read by its structure, with a warning.
// Formats: https://classic.yarnpkg.com/lang/en/docs/yarn-lock/ and https://yarnpkg.com/configuration/yarnrc
import { parseSyml } from '@yarnpkg/parsers'
import type { LockedPackage, Lockfile, PackageSource } from './lock.js'
import { assertNoConflict, descriptorName, lineAt, lockError, originOf, sourceOf } from './lock.js'

interface YarnEntry {
  version?: string
  resolution?: string
  resolved?: string
  integrity?: string
  checksum?: string
  dependencies?: Record<string, string>
  optionalDependencies?: Record<string, string>
  peerDependencies?: Record<string, string>
  linkType?: string
}

const CLASSIC_HEADER = /^(#.*\r?\n)*?#\s+yarn\s+lockfile\s+v1\r?\n/i

/**
 * Parses a Yarn 1 or Berry yarn.lock into the shared `Lockfile` shape (kind `yarn` or
 * `yarn-berry`): one package per entry and name, with the descriptors it satisfies and `namedBy`
 * from the dependencies of other entries (Berry also records workspaces). `file` only names the
 * file in errors. Throws MemgateError on conflict markers, a syntax error (with its line), or a
 * file that is neither format; never reads anything but `text`.
 */
export function parseYarnLock(text: string, file: string): Lockfile {
  assertNoConflict(text, file)
  const classic = CLASSIC_HEADER.test(text)
  if (!classic && !/^__metadata:/m.test(text)) {
    throw lockError(file, 'not a yarn lockfile (no "# yarn lockfile v1" header, no __metadata)', 1)
  }
  let data: Record<string, unknown>
  try {
    data = parseSyml(text) as Record<string, unknown>
  } catch (error) {
    throw lockError(file, `invalid ${classic ? 'Yarn 1' : 'Yarn Berry'} lockfile (${firstLine(error)})`, errorLine(error), error)
  }
  let lockfileVersion = 'v1'
  const warnings: string[] = []
  if (!classic) {
    const meta = data.__metadata as { version?: unknown } | undefined
    const version = Number(meta?.version)
    const versionLine = (): number => {
      const at = meta?.version === undefined ? text.search(/^__metadata:/m) : text.search(/^[ \t]+version:/m)
      return at === -1 ? 1 : lineAt(text, at)
    }
    // Without a version number the file was not written by Yarn: nothing says how to read it.
    if (meta?.version === undefined || meta.version === null || !Number.isInteger(version) || version < 1) {
      throw lockError(
        file,
        `Yarn Berry lockfile without a valid __metadata.version (${JSON.stringify(meta?.version) ?? 'missing'}; Yarn writes a whole number)`,
        versionLine()
      )
    }
    assertBerryEntries(data, text, file)
    if (version < KNOWN_BERRY[0] || version > KNOWN_BERRY[1]) {
      const newer = version > KNOWN_BERRY[1]
      warnings.push(
        `${file}: Yarn Berry lockfile __metadata.version ${version} is ${newer ? 'newer' : 'older'} than the versions memgate knows ` +
          `(${KNOWN_BERRY[0]} to ${KNOWN_BERRY[1]}); its entries have the known shape and were read by it`
      )
    }
    lockfileVersion = String(version)
  }

  const packages: LockedPackage[] = []
  const byDescriptor = new Map<string, LockedPackage>()
  const edges: Array<[string, Record<string, string>]> = []
  for (const [key, value] of Object.entries(data)) {
    if (key === '__metadata' || value === null || typeof value !== 'object') continue
    const entry = value as YarnEntry
    const descriptors = key.split(',').map((d) => unquote(d.trim()))
    const workspace = !classic && entry.resolution?.includes('@workspace:')
    const byName = new Map<string, LockedPackage & { descriptors: string[] }>()
    for (const descriptor of descriptors) {
      const name = descriptorName(descriptor)
      const bare = stripBinding(descriptor)
      let pkg = byName.get(name)
      if (!pkg) {
        const range = bare.slice(name.length + 1)
        const { source, reference } = workspace ? { source: 'workspace' as const, reference: undefined } : classify(range, classic)
        pkg = {
          name,
          version: entry.version ?? reference ?? range,
          source,
          location: `${name}@${entry.resolution ?? entry.version ?? range}`,
          namedBy: [],
          descriptors: []
        }
        if (reference !== undefined) pkg.reference = reference
        const origin = originOf(entry.resolved ?? entry.resolution, entry.integrity ?? entry.checksum)
        if (origin && !workspace) pkg.origin = origin
        byName.set(name, pkg)
        packages.push(pkg)
      }
      pkg.descriptors.push(bare)
      byDescriptor.set(bare, pkg)
    }
    const parentName = workspace ? `workspace:${workspaceDir(entry.resolution ?? '')}` : descriptorName(descriptors[0] ?? '')
    edges.push([parentName, { ...entry.peerDependencies, ...entry.optionalDependencies, ...entry.dependencies }])
  }
  for (const [parent, deps] of edges) {
    for (const [name, range] of Object.entries(deps)) {
      const child = byDescriptor.get(`${name}@${range}`) ?? byDescriptor.get(`${name}@npm:${range}`)
      if (child && !child.namedBy.includes(parent)) child.namedBy.push(parent)
    }
  }
  const lock: Lockfile = { kind: classic ? 'yarn' : 'yarn-berry', file, lockfileVersion, packages }
  if (warnings.length) lock.warnings = warnings
  return lock
}

// The lockfile versions memgate has read from a real Yarn: 4 (Yarn 2) up to 8 (Yarn 4.5.3,
// fixtures/bumps/yarn-berry) and 10 (Yarn 4.18.1, fixtures/bumps/yarn-berry-v10).
const KNOWN_BERRY: [number, number] = [4, 10]

/**
 * What this parser relies on in every Berry entry: a mapping with a `resolution` string (the locator
 * it resolved to). A file without it is not something a wrong guess should be made from.
 */
function assertBerryEntries(data: Record<string, unknown>, text: string, file: string): void {
  for (const [key, value] of Object.entries(data)) {
    if (key === '__metadata') continue
    const entry = value as YarnEntry | null
    if (entry !== null && typeof entry === 'object' && !Array.isArray(entry) && typeof entry.resolution === 'string') continue
    const at = text.indexOf(key.includes(':') || key.includes(',') ? `"${key}":` : `${key}:`)
    throw lockError(
      file,
      `Yarn Berry entry ${JSON.stringify(key.slice(0, 200))} has no resolution (expected a mapping with "resolution", as every Yarn 2+ writes)`,
      at === -1 ? undefined : lineAt(text, at)
    )
  }
}

function classify(range: string, classic: boolean): { source: PackageSource; reference?: string } {
  if (!classic) {
    // Berry spells registry ranges `npm:^1.2.0`; an alias is `npm:real-name@^1.2.0`.
    if (range.startsWith('npm:')) {
      const inner = range.slice(4)
      return inner.slice(1).includes('@') ? { source: 'alias', reference: range } : { source: 'registry' }
    }
    // Builtin compat patches (typescript, resolve, fsevents) wrap a registry version.
    if (range.startsWith('patch:')) return { source: 'registry' }
  }
  const source = sourceOf(range)
  return source === 'registry' ? { source } : { source, reference: range }
}

/** Berry binds relative references to their workspace (`file:x.tgz::locator=…`); requests omit it. */
function stripBinding(descriptor: string): string {
  const cut = descriptor.indexOf('::')
  return cut === -1 ? descriptor : descriptor.slice(0, cut)
}

function workspaceDir(resolution: string): string {
  const dir = resolution.slice(resolution.indexOf('@workspace:') + '@workspace:'.length)
  return dir === '.' ? '' : dir.replace(/^\.\//, '')
}

function unquote(text: string): string {
  return text.replace(/^"(.*)"$/, '$1')
}

function firstLine(error: unknown): string {
  return String((error as Error)?.message ?? error).split('\n', 1)[0] ?? ''.replace(/ ?\(line \d+, column \d+\)/, '')
}

function errorLine(error: unknown): number | undefined {
  const e = error as { location?: { start?: { line?: number } }; mark?: { line?: number } }
  if (e?.location?.start?.line) return e.location.start.line
  if (typeof e?.mark?.line === 'number') return e.mark.line + 1
  return undefined
}
