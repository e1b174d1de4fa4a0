// Where every command writes: logs and progress on stderr, the one document or the text on stdout.
import { fileURLToPath } from 'node:url'

export const log = (line: string): void => {
  process.stderr.write(`${line}\n`)
}

/** dist/probe.cjs, beside the bundled CLI. */
export const probePath = (): string => fileURLToPath(new URL('./probe.cjs', import.meta.url))

/** With --json the document (it carries its `format`), else the text for a terminal. */
export const print = (json: boolean, document: object, text: string): void => {
  process.stdout.write(json ? JSON.stringify(document, null, 2) + '\n' : text + '\n')
}
