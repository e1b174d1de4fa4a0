// The `memgate` command: parse argv into the same options as the action's inputs and call the same
// pipeline. Logs go to stderr; with --json, stdout carries one JSON document and nothing else, and
// an outcome that is an error is a memgate-report/1 with verdict `error` too.
import { MemgateError } from './errors.js'
import { exitCodeFor } from './exit-code.js'
import { USAGE } from './cli/args.js'
import { analyzeCommand, bumpsCommand, demoCommand, heapCommand, mergeCommand, runCommand } from './cli/commands.js'
import { bisectCommand } from './bisect/command.js'
import { recordCommand, trendCommand } from './cli/record.js'
import { reportOfError } from './report/build.js'

const COMMANDS: Record<string, (args: string[]) => Promise<number>> = {
  run: runCommand,
  merge: mergeCommand,
  bumps: bumpsCommand,
  analyze: analyzeCommand,
  heap: heapCommand,
  demo: demoCommand,
  bisect: bisectCommand,
  record: recordCommand,
  trend: trendCommand
}

export async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv
  if (command === undefined || command === 'help' || command === '--help' || command === '-h') {
    process.stdout.write(`${USAGE}\n`)
    return command === undefined ? 2 : 0
  }
  const handler = COMMANDS[command]
  if (!handler) throw new MemgateError(`Unknown command '${command}'. Expected ${Object.keys(COMMANDS).join(', ')}.`, 2, { detail: USAGE })
  return handler(rest)
}

const argv = process.argv.slice(2)
try {
  process.exitCode = await main(argv)
} catch (error) {
  if (!(error instanceof MemgateError)) throw error
  process.stderr.write(`memgate: ${error.reason}\n${error.detail ? `${error.detail}\n` : ''}`)
  if (argv.includes('--json')) {
    const report = reportOfError(error)
    process.stdout.write(JSON.stringify(report, null, 2) + '\n')
    process.exitCode = exitCodeFor(report.verdict)
  } else {
    process.exitCode = error.exitCode
  }
}
