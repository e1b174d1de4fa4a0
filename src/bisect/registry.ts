// The versions of a package published on the registry the project's package manager installs from.
//
// Configuration read, highest precedence first, as npm does (https://docs.npmjs.com/cli/configuring-npm/npmrc):
// npm_config_* environment variables, the project's .npmrc (working directory, then the repository
// root), the user's .npmrc (NPM_CONFIG_USERCONFIG or ~/.npmrc). pnpm and Yarn 1 read the same
// files; Yarn Berry reads .yarnrc.yml (npmRegistryServer, npmScopes, npmAuthToken) instead.
// A token goes only to the registry its `//host/path/:` key names, never to another host, only over
// https (or to a registry on this machine), and a redirect is followed by hand so that the token is
// not carried to where the redirect points. The project's files come from the base commit, never
// the PR's head (a PR's .npmrc would choose the host), and `${VAR}` expands only the variables
// `pass-env` names: memgate's own environment holds the token.
import * as fs from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import { posix } from 'node:path'
import yaml from 'js-yaml'
import { MemgateError } from '../errors.js'
import type { Git } from '../git.js'
import type { PackageManagerName } from '../package-manager.js'
import { addSecret } from '../secrets.js'

export const DEFAULT_REGISTRY = 'https://registry.npmjs.org/'

export interface RegistryConfig {
  /** The default registry, ending in `/`. */
  registry: string
  /** `@scope` → registry URL ending in `/`. */
  scopes: Record<string, string>
  /** Nerf-dart (`//host[:port]/path/`) → the Authorization header value for that registry. */
  auth: Record<string, string>
}

export interface ConfigSource {
  /** Where it came from, for error messages. */
  file: string
  text: string
  kind: 'npmrc' | 'yarnrc'
}

/**
 * Registry settings from config files given highest precedence first, and the environment
 * (npm_config_registry, npm_config_@scope:registry; `${VAR}` in values expands from it).
 * Unknown keys are ignored; never throws.
 */
export function resolveRegistryConfig(
  sources: ConfigSource[],
  env: Record<string, string | undefined> = {},
  expandable?: readonly string[]
): RegistryConfig {
  const config: RegistryConfig = { registry: '', scopes: {}, auth: {} }
  const users: Record<string, { username?: string; password?: string }> = {}
  const vars = expandable === undefined ? env : Object.fromEntries(expandable.map((name) => [name, env[name]]))
  const set = (key: string, raw: string): void => {
    const value = expand(raw, vars)
    if (key === 'registry') config.registry ||= withSlash(value)
    else if (/^@[^:]+:registry$/.test(key)) config.scopes[key.slice(0, key.indexOf(':'))] ??= withSlash(value)
    else if (key.startsWith('//')) {
      const cut = key.lastIndexOf(':')
      const nerf = withSlash(key.slice(0, cut))
      const field = key.slice(cut + 1)
      // A token that expands to nothing (its variable not passed) is no token.
      if (field === '_authToken' && value !== '') config.auth[nerf] ??= `Bearer ${value}`
      else if (field === '_auth') config.auth[nerf] ??= `Basic ${value}`
      else if (field === 'username') (users[nerf] ??= {}).username ??= value
      else if (field === '_password') (users[nerf] ??= {}).password ??= Buffer.from(value, 'base64').toString('utf8')
    }
  }
  for (const [name, value] of Object.entries(env)) {
    if (value === undefined) continue
    const key = /^npm_config_(.+)$/i.exec(name)?.[1]
    if (key && (key.toLowerCase() === 'registry' || /^@[^:]+:registry$/i.test(key))) set(key.toLowerCase(), value)
  }
  for (const source of sources) {
    if (source.kind === 'npmrc') for (const [key, value] of parseIni(source.text)) set(key, value)
    else readYarnrc(source.text, config, vars)
  }
  for (const [nerf, user] of Object.entries(users)) {
    if (user.username !== undefined && user.password !== undefined) {
      config.auth[nerf] ??= `Basic ${Buffer.from(`${user.username}:${user.password}`).toString('base64')}`
    }
  }
  config.registry ||= DEFAULT_REGISTRY
  for (const header of Object.values(config.auth)) addSecret(header.slice(header.indexOf(' ') + 1))
  return config
}

/** The registry a package installs from: its scope's registry, else the default one. */
export function registryFor(config: RegistryConfig, name: string): string {
  const scope = name.startsWith('@') ? name.slice(0, name.indexOf('/')) : ''
  return (scope && config.scopes[scope]) || config.registry
}

/**
 * The Authorization header for a request to `url`: the credentials whose nerf-dart is the longest
 * prefix of the URL's `//host[:port]/path`, or undefined. Credentials of one host never match
 * another, whatever the path.
 */
export function authFor(config: RegistryConfig, url: string): string | undefined {
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    return undefined
  }
  // Over plain http a token is anyone's on the way; a registry on this machine is the exception.
  if (parsed.protocol !== 'https:' && !(parsed.protocol === 'http:' && LOOPBACK.has(parsed.hostname))) return undefined
  const target = `//${parsed.host}${parsed.pathname}`
  let best: string | undefined
  for (const nerf of Object.keys(config.auth)) {
    if (target.startsWith(nerf) && (!best || nerf.length > best.length)) best = nerf
  }
  return best === undefined ? undefined : config.auth[best]
}

/**
 * The project's registry configuration: npmrc files (or .yarnrc.yml for Yarn Berry) of the
 * project directory and the repository root, then the user's, and the environment.
 */
export function loadRegistryConfig(
  projectDir: string,
  rootDir: string,
  manager: PackageManagerName,
  env: Record<string, string | undefined> = process.env
): RegistryConfig {
  const dirs = [...new Set([path.resolve(projectDir), path.resolve(rootDir)])]
  const home = env.HOME || os.homedir()
  const sources: ConfigSource[] = []
  const add = (file: string, kind: ConfigSource['kind']): void => {
    try {
      sources.push({ file, text: fs.readFileSync(file, 'utf8'), kind })
    } catch {
      // absent: nothing configured there
    }
  }
  if (manager === 'yarn-berry') {
    for (const dir of dirs) add(path.join(dir, '.yarnrc.yml'), 'yarnrc')
    add(path.join(env.YARN_RC_FILENAME ? path.dirname(env.YARN_RC_FILENAME) : home, '.yarnrc.yml'), 'yarnrc')
  } else {
    for (const dir of dirs) add(path.join(dir, '.npmrc'), 'npmrc')
    add(env.NPM_CONFIG_USERCONFIG || env.npm_config_userconfig || path.join(home, '.npmrc'), 'npmrc')
  }
  return resolveRegistryConfig(sources, manager === 'yarn-berry' ? {} : env)
}

/**
 * The same, with the project's files read from a commit (no worktree needed, so a registry that is
 * down stops the bisect before any install): `dirs` are paths from the repository root.
 */
export async function loadRegistryConfigAt(
  git: Git,
  sha: string,
  dirs: string[],
  manager: PackageManagerName,
  env: Record<string, string | undefined> = process.env,
  passEnv: readonly string[] = []
): Promise<RegistryConfig> {
  const home = env.HOME || os.homedir()
  const berry = manager === 'yarn-berry'
  const name = berry ? '.yarnrc.yml' : '.npmrc'
  const kind: ConfigSource['kind'] = berry ? 'yarnrc' : 'npmrc'
  const sources: ConfigSource[] = []
  for (const dir of [...new Set(dirs.map((d) => posix.normalize(d).replace(/^\.?\/?$/, '')))]) {
    const file = dir ? `${dir.replace(/\/$/, '')}/${name}` : name
    const text = await git.showFile(sha, file)
    if (text !== null) sources.push({ file, text, kind })
  }
  const user = berry ? path.join(home, '.yarnrc.yml') : env.NPM_CONFIG_USERCONFIG || env.npm_config_userconfig || path.join(home, '.npmrc')
  try {
    sources.push({ file: user, text: fs.readFileSync(user, 'utf8'), kind })
  } catch {
    // no user configuration
  }
  return resolveRegistryConfig(sources, berry ? {} : env, passEnv)
}

/** npm's rules for new package names (validate-npm-package-name), without the legacy capitals. */
const PACKAGE_NAME = /^(?:@[a-z0-9][a-z0-9._~-]*\/)?[a-z0-9][a-z0-9._~-]*$/i
const MAX_REDIRECTS = 5
const TIMEOUT_MS = 30000
/** The abbreviated packument of the largest packages is tens of MB; a registry's answer stops here. */
export const MAX_PACKUMENT_BYTES = 64 * 1024 * 1024
const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]'])

/**
 * Every version of `name` the registry lists (the keys of its packument's `versions`). A registry
 * that cannot be reached, answers 401/403 or anything but a packument is a MemgateError that names
 * the registry (without credentials) and what went wrong.
 */
export async function fetchPublishedVersions(config: RegistryConfig, name: string, maxBytes = MAX_PACKUMENT_BYTES): Promise<string[]> {
  return (await fetchPublished(config, name, maxBytes)).versions
}

/** What the registry says of a package: its versions, and when each was published (ISO dates, where it says). */
export interface Published {
  versions: string[]
  time: Record<string, string>
}

/**
 * The versions of `name` and their publication times (the full packument's `time`), as
 * fetchPublishedVersions lists them.
 */
export async function fetchPublished(config: RegistryConfig, name: string, maxBytes = MAX_PACKUMENT_BYTES): Promise<Published> {
  // The name comes from a lockfile (the PR's text): only a valid npm name may become a URL path.
  if (!PACKAGE_NAME.test(name) || name.length > 214)
    throw new MemgateError(`${JSON.stringify(name)} is not an npm package name, so its versions cannot be listed`)
  const registry = registryFor(config, name)
  const shown = redact(registry)
  let url = `${registry}${name.startsWith('@') ? name.replace('/', '%2f') : encodeURIComponent(name)}`
  for (let hop = 0; ; hop++) {
    const authorization = authFor(config, url)
    let response: Response
    try {
      response = await fetch(url, {
        // The abbreviated document npm itself installs from: versions without readmes.
        headers: {
          // The full document: the abbreviated one npm installs from has no publication times.
          accept: 'application/json',
          ...(authorization ? { authorization } : {})
        },
        redirect: 'manual',
        signal: AbortSignal.timeout(TIMEOUT_MS)
      })
    } catch (error) {
      const cause = (error as { cause?: { code?: string; message?: string } }).cause
      throw new MemgateError(
        `The registry ${shown} could not be reached while listing ${name}'s versions (${cause?.code ?? cause?.message ?? (error as Error).message})`,
        2,
        { cause: error }
      )
    }
    const location = response.headers.get('location')
    if (response.status >= 300 && response.status < 400 && location && hop < MAX_REDIRECTS) {
      url = new URL(location, url).toString()
      continue
    }
    if (response.status === 404) throw new MemgateError(`${name} is not on the registry ${shown} (404)`)
    if (response.status === 401 || response.status === 403) {
      throw new MemgateError(
        `The registry ${shown} refused to list ${name}'s versions (${response.status}${authorization ? ', with the token configured for it' : ', no token is configured for it'})`
      )
    }
    if (!response.ok) throw new MemgateError(`The registry ${shown} answered ${response.status} while listing ${name}'s versions`)
    let doc: unknown
    try {
      doc = JSON.parse(await readCapped(response, maxBytes, () => `The registry ${shown} sent more than ${maxBytes} bytes for ${name}`))
    } catch (error) {
      if (error instanceof MemgateError) throw error
      throw new MemgateError(`The registry ${shown} sent something other than JSON for ${name}`, 2, { cause: error })
    }
    const versions = (doc as { versions?: unknown } | null)?.versions
    if (!versions || typeof versions !== 'object' || Array.isArray(versions)) {
      throw new MemgateError(`The registry ${shown} sent no version list for ${name}`)
    }
    const time = (doc as { time?: unknown }).time
    const times: Record<string, string> = {}
    if (time && typeof time === 'object' && !Array.isArray(time)) {
      for (const [version, date] of Object.entries(time)) if (typeof date === 'string') times[version] = date
    }
    return { versions: Object.keys(versions), time: times }
  }
}

/** The response's body as text, refused (and the stream cancelled) past `limit` bytes. */
async function readCapped(response: Response, limit: number, tooLarge: () => string): Promise<string> {
  const declared = Number(response.headers.get('content-length'))
  if (Number.isFinite(declared) && declared > limit) {
    await response.body?.cancel()
    throw new MemgateError(tooLarge())
  }
  const chunks: Uint8Array[] = []
  let total = 0
  const reader = response.body?.getReader()
  if (!reader) return ''
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    total += value.byteLength
    if (total > limit) {
      await reader.cancel()
      throw new MemgateError(tooLarge())
    }
    chunks.push(value)
  }
  return Buffer.concat(chunks).toString('utf8')
}

/** npmrc lines as [key, value]; `;`/`#` comments, quoted values, `[section]` headers skipped. */
function parseIni(text: string): Array<[string, string]> {
  const out: Array<[string, string]> = []
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim()
    if (!line || line.startsWith(';') || line.startsWith('#') || line.startsWith('[')) continue
    const eq = line.indexOf('=')
    if (eq <= 0) continue
    let value = line.slice(eq + 1).trim()
    if (/^(["']).*\1$/.test(value)) value = value.slice(1, -1)
    out.push([line.slice(0, eq).trim(), value])
  }
  return out
}

function readYarnrc(text: string, config: RegistryConfig, env: Record<string, string | undefined>): void {
  let doc: Record<string, unknown>
  try {
    const parsed = yaml.load(text)
    if (!parsed || typeof parsed !== 'object') return
    doc = parsed as Record<string, unknown>
  } catch {
    return
  }
  const str = (v: unknown): string | undefined => (typeof v === 'string' ? expand(v, env) : undefined)
  const server = str(doc.npmRegistryServer)
  if (server && !config.registry) config.registry = withSlash(server)
  const token = str(doc.npmAuthToken)
  if (token && server) config.auth[nerfDart(server)] ??= `Bearer ${token}`
  const scopes = doc.npmScopes
  if (scopes && typeof scopes === 'object') {
    for (const [scope, settings] of Object.entries(scopes as Record<string, Record<string, unknown>>)) {
      const url = str(settings?.npmRegistryServer)
      if (url) config.scopes[`@${scope.replace(/^@/, '')}`] ??= withSlash(url)
      const scoped = str(settings?.npmAuthToken)
      if (scoped) config.auth[nerfDart(url ?? server ?? DEFAULT_REGISTRY)] ??= `Bearer ${scoped}`
    }
  }
}

function nerfDart(url: string): string {
  try {
    const u = new URL(url)
    return withSlash(`//${u.host}${u.pathname}`)
  } catch {
    return url
  }
}

/** `${VAR}` and `${VAR?}` from the environment, as npm expands them. */
function expand(value: string, env: Record<string, string | undefined>): string {
  return value.replace(/\$\{([^}?]+)\??\}/g, (_, name: string) => env[name] ?? '')
}

function withSlash(url: string): string {
  return url.endsWith('/') ? url : `${url}/`
}

/** A registry URL as it may be shown: no user or password in it. */
function redact(url: string): string {
  try {
    const u = new URL(url)
    u.username = ''
    u.password = ''
    return u.toString()
  } catch {
    return url
  }
}
