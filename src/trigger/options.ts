// The inputs that decide which pull_request events are measured: `skip-drafts` and `skip-label`.
// Pure: the inputs' text in, checked options out, so that the action's one options reader can
// call it.
import { MemgateError } from '../errors.js'

export interface TriggerOptions {
  /** Input `skip-drafts`: a draft PR gets success "draft: not measured" until it is ready. */
  skipDrafts: boolean
  /** Input `skip-label`: a PR with this label, set by a user with write permission, is not measured. Empty: no label skips. */
  skipLabel: string
}

export const DEFAULT_SKIP_LABEL = 'memgate:skip'

export const DEFAULT_TRIGGER_OPTIONS: TriggerOptions = { skipDrafts: false, skipLabel: DEFAULT_SKIP_LABEL }

/** GitHub refuses label names longer than this. */
const MAX_LABEL_LENGTH = 50

/**
 * The trigger options from the inputs' text (empty text: the default). A MemgateError names the bad
 * input and what it takes. `skip-label: none` turns the label off.
 */
export function parseTriggerInputs(inputs: { 'skip-drafts'?: string; 'skip-label'?: string }): TriggerOptions {
  const drafts = (inputs['skip-drafts'] ?? '').trim().toLowerCase()
  if (!['', 'true', 'false'].includes(drafts)) {
    throw new MemgateError(`Invalid skip-drafts '${inputs['skip-drafts']}'. Expected true or false.`)
  }
  const raw = inputs['skip-label'] ?? ''
  const label = raw.trim()
  if (label.length > MAX_LABEL_LENGTH || [...label].some((c) => c < ' ' || c === '\u007f')) {
    throw new MemgateError(
      `Invalid skip-label '${label.slice(0, MAX_LABEL_LENGTH)}…'. Expected a label name of at most ${MAX_LABEL_LENGTH} characters, or none.`
    )
  }
  return {
    skipDrafts: drafts === 'true',
    skipLabel: label === '' ? DEFAULT_SKIP_LABEL : label.toLowerCase() === 'none' ? '' : label
  }
}
