// How the CLI shows what memgate is doing, on stderr: on a terminal one status line redrawn in
// place (a log line clears it and prints above), elsewhere one line per event.
import { describeSoakEvent, type SoakEvent } from '../soak/progress.js'

export interface Reporter {
  log: (line: string) => void
  progress: (event: SoakEvent) => void
  /** Clears the status line before the result is printed. */
  done: () => void
}

/** Whether a stream gets terminal niceties: a TTY, and NO_COLOR (https://no-color.org) unset or empty. */
export function isInteractive(stream: { isTTY?: boolean }, env: NodeJS.ProcessEnv = process.env): boolean {
  return stream.isTTY === true && !env.NO_COLOR
}

const CLEAR_LINE = '\r\u001b[K'

export function createReporter(stream: NodeJS.WriteStream = process.stderr, interactive = isInteractive(stream)): Reporter {
  let status = ''
  const columns = () => Math.max(20, (stream.columns ?? 80) - 1)
  const write = (line: string): void => {
    stream.write(interactive ? `${CLEAR_LINE}${line}\n${status}` : `${line}\n`)
  }
  return {
    log: write,
    progress(event) {
      const line = describeSoakEvent(event)
      // Runs starting and going on only update the line; what ends stays in the scrollback.
      if (interactive && (event.kind === 'run-start' || event.kind === 'run-progress' || event.kind === 'install-start')) {
        status = line.length > columns() ? `${line.slice(0, columns() - 1)}…` : line
        stream.write(`${CLEAR_LINE}${status}`)
      } else write(line)
    },
    done() {
      if (interactive && status) stream.write(CLEAR_LINE)
      status = ''
    }
  }
}
