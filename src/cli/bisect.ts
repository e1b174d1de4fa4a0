// `memgate bisect`: which published version of a bumped package started the leak, and a fix shown
// to pass. The same flags, options and exit codes as `memgate run`; logs go to stderr, and with
// --json stdout carries one memgate-bisect/1 document.
import * as path from 'node:path'
import { runBisect } from '../bisect/search.js'
import { exitCodeFor } from '../exit-code.js'
import { OPTION_FLAGS, optionsFrom, parse, required } from './args.js'
import { renderBisect } from './bisect-text.js'
import { log, print, probePath } from './output.js'

export async function bisectCommand(args: string[]): Promise<number> {
  const { values } = parse(args, {
    base: { type: 'string' },
    head: { type: 'string' },
    repo: { type: 'string', default: '.' },
    package: { type: 'string' },
    ...OPTION_FLAGS,
    'work-dir': { type: 'string' },
    json: { type: 'boolean', default: false }
  })
  const report = await runBisect({
    repoDir: path.resolve(values.repo),
    base: required(values.base, '--base'),
    head: required(values.head, '--head'),
    package: values.package,
    options: optionsFrom(values),
    workDir: values['work-dir'],
    probePath: probePath(),
    log
  })
  print(values.json, report, renderBisect(report))
  return exitCodeFor(report.verdict)
}
