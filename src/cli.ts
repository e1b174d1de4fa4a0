// The `memgate` command: parse argv into the same options as the action's inputs and call the same
// pipeline. Logs go to stderr; with --json, stdout carries one JSON document and nothing else, and
// an outcome that is an error is a memgate-report/1 with verdict `error` too.

import { bisectCommand } from './cli/bisect.js'
import { analyzeCommand, bumpsCommand, demoCommand, heapCommand, mergeCommand, runCommand } from './cli/commands.js'
import { COMMAND_HELP, findCommandHelp, nearest, renderCommandHelp, renderOverview, UsageError } from './cli/help.js'
import { recordCommand, trendCommand } from './cli/record.js'
import { MemgateError } from './errors.js'
import { exitCodeFor } from './exit-code.js'
import { reportOfError } from './report/build.js'
import { MEMGATE_VERSION } from './version.js'

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
  if (command === '--version' || command === '-V' || command === 'version') {
    process.stdout.write(`memgate ${MEMGATE_VERSION}\n`)
    return 0
  }
  if (command === undefined || command === 'help' || command === '--help' || command === '-h') {
    const topic = command === 'help' && rest[0] ? findCommandHelp(rest[0]) : undefined
    process.stdout.write(`${topic ? renderCommandHelp(topic) : renderOverview()}\n`)
    return command === undefined ? 2 : 0
  }
  const handler = COMMANDS[command]
  if (!handler) {
    const guess = nearest(command, Object.keys(COMMANDS))
    throw new MemgateError(`Unknown command '${command}'${guess ? `: did you mean '${guess}'?` : '.'} See 'memgate --help'.`)
  }
  // Flags before `--` only: after it, `--help` is a value.
  const flags = rest.includes('--') ? rest.slice(0, rest.indexOf('--')) : rest
  const help = findCommandHelp(command)
  if (help && (flags.includes('--help') || flags.includes('-h'))) {
    process.stdout.write(`${renderCommandHelp(help)}\n`)
    return 0
  }
  try {
    return await handler(rest)
  } catch (error) {
    if (error instanceof UsageError) throw new MemgateError(`${error.reason} See 'memgate ${command} --help'.`, 2, { cause: error })
    throw error
  }
}

// Every command has its help: a command added above without a row in cli/help.ts is a bug.
for (const name of Object.keys(COMMANDS)) if (!COMMAND_HELP.some((c) => c.name === name)) throw new Error(`memgate ${name} has no help`)

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
