// The soak and the install run the PR's untrusted code: their environment is an allowlist of the
// runner's (plus what `pass-env` names), never a credential or a file command of the runner.
import { withoutProbeEnv } from '../probe/protocol.js'

/**
 * The runner's file commands: a line appended to one of these files sets variables and PATH entries
 * for later steps, outputs, the post step's saved state, or markdown in the job summary. No option
 * passes them.
 */
export const FILE_COMMANDS = ['GITHUB_ENV', 'GITHUB_PATH', 'GITHUB_OUTPUT', 'GITHUB_STATE', 'GITHUB_STEP_SUMMARY'] as const

/** What no option passes: the runner's own tokens and URLs, the action's inputs and state, the file commands. */
const NEVER = [
  /^GITHUB_TOKEN$/i,
  /^GH_TOKEN$/i,
  /^MEMGATE_TOKEN$/i,
  /^INPUT_/i, // every action input, the github-token input among them
  /^STATE_/i, // what the action saved for its post step
  /^ACTIONS_/i, // ACTIONS_RUNTIME_TOKEN, ACTIONS_ID_TOKEN_REQUEST_*, the cache and results URLs
  ...FILE_COMMANDS.map((name) => new RegExp(`^${name}$`, 'i'))
]

/**
 * Credentials the install or the soak may need, passed only when `passEnv` names them: registry
 * tokens (what actions/setup-node writes, npm's, Yarn's and pnpm's `*auth*` settings), an SSH
 * agent, and any name that says token, secret, password or key.
 */
const CREDENTIAL_NAMES = [
  /^(NODE_AUTH_TOKEN|NPM_TOKEN|YARN_NPM_AUTH_TOKEN|YARN_NPM_AUTH_IDENT|GH_ENTERPRISE_TOKEN|GITHUB_ENTERPRISE_TOKEN|SSH_AUTH_SOCK)$/i,
  /(^|_)(TOKENS?|SECRETS?|PASSWORDS?|PASSWD|CREDENTIALS?|API_?KEYS?|ACCESS_KEY|PRIVATE_KEY|SECRET_KEY|AUTH)($|_)/i
]
// npm_config_//registry.example/:_authToken, npm_config__password, YARN_NPM_AUTH_TOKEN, pnpm's too.
const PACKAGE_MANAGER_CONFIG = /^(npm_config_|yarn_|pnpm_config_|bun_config_)/i
const PACKAGE_MANAGER_SECRETS = ['auth', 'token', 'password', 'ident', 'cert', 'key']

/**
 * What the install and the soak get without asking: the system's own settings, the package managers'
 * (credentials apart), memgate's probe settings and the runner's description of the job. Anything
 * else (`GH_PAT`, `PGPASSWORD`, `DATABASE_URL`, a cloud's keys) passes only when `pass-env` names it:
 * a list of what is safe stays true as the runner adds variables, a list of what is not does not.
 */
const ALLOWED_NAMES = new Set(
  [
    'PATH',
    'HOME',
    'USER',
    'LOGNAME',
    'SHELL',
    'PWD',
    'HOSTNAME',
    'LANG',
    'LANGUAGE',
    'TZ',
    'TERM',
    'COLORTERM',
    'FORCE_COLOR',
    'NO_COLOR',
    'CI',
    'DEBIAN_FRONTEND',
    'TMPDIR',
    'TEMP',
    'TMP',
    'NODE_ENV',
    'NODE_OPTIONS',
    'NODE_PATH',
    'NODE_EXTRA_CA_CERTS',
    'SSL_CERT_FILE',
    'SSL_CERT_DIR',
    'HTTP_PROXY',
    'HTTPS_PROXY',
    'NO_PROXY',
    'ImageOS',
    'ImageVersion'
  ].map((name) => name.toUpperCase())
)
// LC_* locale, XDG_* directories, the package managers' settings, memgate's probe settings
// (MEMGATE_SAMPLE_EVERY, MEMGATE_PROBE_BUDGET), the runner's description of the job (GITHUB_SHA, RUNNER_OS).
const ALLOWED_PREFIXES = /^(LC_|XDG_|NPM_CONFIG_|YARN_|PNPM_|COREPACK_|BUN_|MEMGATE_|GITHUB_|RUNNER_)/i

export interface ScrubOptions {
  /**
   * Values that must never reach the environment under any name (the token): a variable whose value
   * holds one is dropped, whatever `passEnv` says.
   */
  secrets?: string[]
  /** Names to pass all the same: a private registry's token the install needs, a setting the soak reads. */
  passEnv?: string[]
  /**
   * The soak's own temporary directory: it replaces RUNNER_TEMP (where the runner keeps its
   * file-command files), TMPDIR, TEMP and TMP.
   */
  tempDir?: string
}

/**
 * The environment for an install or a soak: the allowed variables of `env` (see ALLOWED_NAMES) and
 * those `passEnv` names, never the runner's file commands, its tokens or the action's inputs,
 * credentials only when `passEnv` names them, and no variable whose value contains one of
 * `secrets`. Never mutates its argument.
 */
export function scrubEnv(env: NodeJS.ProcessEnv, secretsOrOptions: string[] | ScrubOptions = {}): Record<string, string> {
  const options = Array.isArray(secretsOrOptions) ? { secrets: secretsOrOptions } : secretsOrOptions
  const needles = (options.secrets ?? []).filter((s) => s.length >= 8)
  const passed = new Set(options.passEnv ?? [])
  const out: Record<string, string> = {}
  for (const [name, value] of Object.entries(env)) {
    if (value === undefined) continue
    if (NEVER.some((re) => re.test(name))) continue
    if (!passed.has(name) && (!isAllowed(name) || isCredential(name))) continue
    if (needles.some((secret) => value.includes(secret))) continue
    out[name] = value
  }
  if (options.tempDir !== undefined) for (const name of TEMP_NAMES) out[name] = options.tempDir
  return out
}

const TEMP_NAMES = ['RUNNER_TEMP', 'TMPDIR', 'TEMP', 'TMP']

/** Whether the soak gets `name` without `pass-env` naming it (see ALLOWED_NAMES), credentials apart. */
export function isAllowed(name: string): boolean {
  return ALLOWED_NAMES.has(name.toUpperCase()) || ALLOWED_PREFIXES.test(name)
}

/** Whether a variable's name says it holds a credential (see CREDENTIAL_NAMES). */
export function isCredential(name: string): boolean {
  if (CREDENTIAL_NAMES.some((re) => re.test(name))) return true
  if (!PACKAGE_MANAGER_CONFIG.test(name)) return false
  const lower = name.toLowerCase()
  return PACKAGE_MANAGER_SECRETS.some((word) => lower.includes(word))
}

/**
 * The soak's V8 old-space limit when no option sets it: a quarter of the machine's memory (base and
 * head run side by side), from 512 MiB to 4 GiB. A pure function of the machine, so both sides of a
 * comparison, and two runners of one matrix, get the same one.
 */
export function defaultHeapLimitMb(totalBytes: number): number {
  return Math.max(512, Math.min(4096, Math.floor(totalBytes / 1048576 / 4)))
}

/** NODE_OPTIONS with `--max-old-space-size` set to `limitMb`, unless the user's own options set it already. */
export function withHeapLimit(nodeOptions: string | undefined, limitMb: number): string {
  const own = nodeOptions?.trim() ?? ''
  if (/(^|\s)--max[-_]old[-_]space[-_]size(=|\s|$)/.test(own)) return own
  return [own, `--max-old-space-size=${limitMb}`].filter(Boolean).join(' ')
}

/** NODE_OPTIONS with the probe preloaded, keeping the user's own options. Quoted for spaces. */
export function withProbe(nodeOptions: string | undefined, probePath: string): string {
  const quoted = `"${probePath.replace(/(["\\])/g, '\\$1')}"`
  return [nodeOptions?.trim(), `--require ${quoted}`].filter(Boolean).join(' ')
}

/** The environments of the PR's code: its installs and its soak runs. */
export interface Environments {
  /** Scrubbed (see scrubEnv), without any probe variable of an outer memgate. */
  install: Record<string, string>
  /** The install's, with the probe preloaded. */
  soak: Record<string, string>
}

/**
 * The one builder of the install and soak environments, for the gate's sides and bisect's trees
 * alike: `env` scrubbed (credentials only where `passEnv` names them, never a value holding one of
 * `secrets`), and the probe added for the soak. Never mutates its argument.
 */
export function buildEnvironments(
  env: NodeJS.ProcessEnv,
  options: { secrets?: string[]; passEnv?: string[]; probePath: string; tempDir?: string; heapLimitMb?: number }
): Environments {
  const install = withoutProbeEnv(scrubEnv(env, { secrets: options.secrets, passEnv: options.passEnv, tempDir: options.tempDir }))
  const limited = options.heapLimitMb === undefined ? install.NODE_OPTIONS : withHeapLimit(install.NODE_OPTIONS, options.heapLimitMb)
  return { install, soak: { ...install, NODE_OPTIONS: withProbe(limited, options.probePath) } }
}
