// The soak runs the PR's untrusted code: its environment is the runner's minus every credential.

/** Variable names that carry credentials on a GitHub runner or in common CI setups. */
const CREDENTIAL_NAMES = [
  /^GITHUB_TOKEN$/i,
  /^GH_TOKEN$/i,
  /^INPUT_/i, // every action input, the github-token input among them
  /^ACTIONS_RUNTIME_TOKEN$/i,
  /^ACTIONS_ID_TOKEN_REQUEST_/i,
  /^ACTIONS_RESULTS_URL$/i,
  /^ACTIONS_CACHE_URL$/i,
  /^MEMGATE_TOKEN$/i
]

/**
 * The environment for a soak: `env` without credential variables and without any variable whose
 * value contains one of `secrets` (a token copied under another name is still the token).
 * Never mutates its argument.
 */
export function scrubEnv(env: NodeJS.ProcessEnv, secrets: string[] = []): Record<string, string> {
  const needles = secrets.filter((s) => s.length >= 8)
  const out: Record<string, string> = {}
  for (const [name, value] of Object.entries(env)) {
    if (value === undefined) continue
    if (CREDENTIAL_NAMES.some((re) => re.test(name))) continue
    if (needles.some((secret) => value.includes(secret))) continue
    out[name] = value
  }
  return out
}

/** NODE_OPTIONS with the probe preloaded, keeping the user's own options. Quoted for spaces. */
export function withProbe(nodeOptions: string | undefined, probePath: string): string {
  const quoted = `"${probePath.replace(/(["\\])/g, '\\$1')}"`
  return [nodeOptions?.trim(), `--require ${quoted}`].filter(Boolean).join(' ')
}
