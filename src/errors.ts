/**
 * The one error class memgate throws on purpose. `reason` is the one line a maintainer reads in the
 * PR comment or on stderr; `detail` holds what does not fit on it (a log's tail, the usage text);
 * `exitCode` is the CLI's exit status when no report could be made (2 error, 3 inconclusive).
 */
export class MemgateError extends Error {
  readonly reason: string
  readonly detail?: string

  constructor(
    reason: string,
    readonly exitCode: 2 | 3 = 2,
    options?: ErrorOptions & { detail?: string }
  ) {
    // A reason handed in with more lines keeps its first as the reason and the rest as detail.
    const [first = '', ...rest] = reason.split('\n')
    super(first, options)
    this.name = 'MemgateError'
    this.reason = first
    const detail = [rest.join('\n').trim(), options?.detail?.trim()].filter(Boolean).join('\n')
    if (detail) this.detail = detail
  }
}
