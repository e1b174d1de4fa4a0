/**
 * The one error class memgate throws on purpose. `reason` is the sentence a maintainer reads in the
 * PR comment or on stderr; `exitCode` is the CLI's exit status (2 error, 3 inconclusive).
 */
export class MemgateError extends Error {
  constructor(
    readonly reason: string,
    readonly exitCode: 2 | 3 = 2,
    options?: ErrorOptions
  ) {
    super(reason, options)
    this.name = 'MemgateError'
  }
}
