// The soak and the install run the PR's untrusted code: their environment is the runner's minus
// every credential and every file command of the runner.

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

export interface ScrubOptions {
  /**
   * Values that must never reach the environment under any name (the token): a variable whose value
   * holds one is dropped, whatever `passEnv` says.
   */
  secrets?: string[]
  /** Credential names to pass all the same (a private registry's token the install needs). */
  passEnv?: string[]
}

/**
 * The environment for an install or a soak: `env` without the runner's file commands, its tokens
 * and the action's inputs (always), without credentials (unless `passEnv` names them), and without
 * any variable whose value contains one of `secrets`. Never mutates its argument.
 */
export function scrubEnv(env: NodeJS.ProcessEnv, secretsOrOptions: string[] | ScrubOptions = {}): Record<string, string> {
  const options = Array.isArray(secretsOrOptions) ? { secrets: secretsOrOptions } : secretsOrOptions
  const needles = (options.secrets ?? []).filter((s) => s.length >= 8)
  const passed = new Set(options.passEnv ?? [])
  const out: Record<string, string> = {}
  for (const [name, value] of Object.entries(env)) {
    if (value === undefined) continue
    if (NEVER.some((re) => re.test(name))) continue
    if (isCredential(name) && !passed.has(name)) continue
    if (needles.some((secret) => value.includes(secret))) continue
    out[name] = value
  }
  return out
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
