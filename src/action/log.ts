// The job log is read by the runner: a line that starts with `::name::` (or the older `##[name]`)
// is a workflow command — an annotation, a mask, `stop-commands`, and on runners that still take
// them `set-output` and `save-state`. Text from the PR (package names, parser warnings, reasons
// with log tails) reaches the log through memgate: it must not start such a line.
import * as core from '@actions/core'

/**
 * `text` with every line that would start a workflow command broken by a zero-width space after
 * its first character; everything else as it is. Pure, linear.
 */
export function inertCommands(text: string): string {
  return text.replace(
    /(^|[\r\n])([ \t]*)(::|##\[)/g,
    (_, start: string, space: string, mark: string) => `${start}${space}${mark[0]}\u200b${mark.slice(1)}`
  )
}

/** core.info for a line that may hold the PR's text. */
export function logLine(text: string): void {
  core.info(inertCommands(text))
}
