// The secret values memgate holds (the token, the credentials the workflow hands it, registry
// tokens it reads), so that nothing it writes where people read (a comment, a commit status, the
// job summary) carries one: GitHub masks them in logs, not in comments. An error's reason may quote
// a URL or a response that holds one.

const values = new Set<string>()
/** Shorter values are no secrets worth the name, and would blank out ordinary words. */
const MIN_SECRET_LENGTH = 8
export const REDACTED = '***'

/** Remembers `value` (and its base64 form, as an Authorization header carries it) as a secret. */
export function addSecret(value: string | undefined | null): void {
  if (!value || value.length < MIN_SECRET_LENGTH) return
  values.add(value)
  values.add(Buffer.from(value).toString('base64'))
}

/** `text` with every secret memgate holds replaced by `***`, longest first. Pure but for the registry. */
export function redactSecrets(text: string): string {
  if (values.size === 0) return text
  let out = text
  for (const secret of [...values].sort((a, b) => b.length - a.length)) if (out.includes(secret)) out = out.split(secret).join(REDACTED)
  return out
}
