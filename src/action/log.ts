// The job log is read by the runner: a line that starts with `::name::` (or the older `##[name]`)
// is a workflow command — an annotation, a mask, `stop-commands`, and on runners that still take
// them `set-output` and `save-state`. Text from the PR (package names, parser warnings, reasons
// with log tails) reaches the log through memgate: it must not start such a line.
import * as fs from 'node:fs'
import * as core from '@actions/core'
import { formatDuration } from '../bytes.js'
import type { Report } from '../report/build.js'
import { statusDescription } from '../report/headline.js'
import { describeSoakEvent, type SoakEvent } from '../soak/progress.js'

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

/** The most of an install's output shown in its log group: the end is where an install says why it failed. */
const INSTALL_LOG_BYTES = 64 * 1024

/** The soak stage's progress in the job log: one line an event, each install's output folded in a group. */
export function logSoakEvent(event: SoakEvent): void {
  if (event.kind !== 'install-end') {
    logLine(describeSoakEvent(event))
    return
  }
  core.startGroup(inertCommands(describeSoakEvent(event)))
  logLine(readTail(event.log, INSTALL_LOG_BYTES))
  core.endGroup()
}

function readTail(file: string, bytes: number): string {
  try {
    const text = fs.readFileSync(file)
    return text.length > bytes ? `…\n${text.subarray(text.length - bytes).toString('utf8')}` : text.toString('utf8')
  } catch {
    return `(no log at ${file})`
  }
}

/** The job's last word: the verdict as the status says it, the total time, and where the comment is. */
export function logVerdict(report: Report, startedMs: number, where?: string): void {
  const took = formatDuration(Date.now() - startedMs)
  logLine(`memgate: ${statusDescription(report)}; ${took} in all${where ? `; ${where}` : ''}`)
}
