// Runs `node dist/index.js` the way the Actions runner does: INPUT_* variables, the event file,
// GITHUB_OUTPUT and GITHUB_STEP_SUMMARY files, and nothing of the test's own environment but PATH.
import { spawn } from 'node:child_process'
import * as fs from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'

export interface ActionRun {
  exitCode: number | null
  stdout: string
  stderr: string
  outputs: Record<string, string>
  summary: string
  tempDir: string
}

export interface ActionRunOptions {
  inputs: Record<string, string>
  eventName: string
  payload: unknown
  workspace: string
  apiUrl: string
  repository?: string
  env?: Record<string, string>
}

const distIndex = path.resolve(import.meta.dirname ?? path.dirname(new URL(import.meta.url).pathname), '..', '..', 'dist', 'index.js')

export async function runAction(options: ActionRunOptions): Promise<ActionRun> {
  const tempDir = fs.mkdtempSync(path.join(os.tmpdir(), 'memgate-runner-'))
  const eventPath = path.join(tempDir, 'event.json')
  const outputPath = path.join(tempDir, 'output')
  const summaryPath = path.join(tempDir, 'summary.md')
  fs.writeFileSync(eventPath, JSON.stringify(options.payload))
  fs.writeFileSync(outputPath, '')
  fs.writeFileSync(summaryPath, '')
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? tempDir,
    GITHUB_ACTIONS: 'true',
    CI: 'true',
    GITHUB_API_URL: options.apiUrl,
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_REPOSITORY: options.repository ?? 'acme/service',
    GITHUB_EVENT_NAME: options.eventName,
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_WORKSPACE: options.workspace,
    GITHUB_OUTPUT: outputPath,
    GITHUB_STEP_SUMMARY: summaryPath,
    GITHUB_RUN_ID: '4242',
    RUNNER_TEMP: tempDir,
    ...options.env
  }
  for (const [name, value] of Object.entries(options.inputs)) env[`INPUT_${name.toUpperCase()}`] = value
  const child = spawn(process.execPath, [distIndex], { cwd: options.workspace, env })
  let stdout = ''
  let stderr = ''
  child.stdout.on('data', (d) => (stdout += d))
  child.stderr.on('data', (d) => (stderr += d))
  const exitCode = await new Promise<number | null>((resolve) => child.on('close', resolve))
  return {
    exitCode,
    stdout,
    stderr,
    outputs: parseOutputs(fs.readFileSync(outputPath, 'utf8')),
    summary: fs.readFileSync(summaryPath, 'utf8'),
    tempDir
  }
}

/** GITHUB_OUTPUT's heredoc form: `name<<DELIMITER\nvalue\nDELIMITER`. */
function parseOutputs(text: string): Record<string, string> {
  const outputs: Record<string, string> = {}
  const lines = text.split('\n')
  for (let i = 0; i < lines.length; i++) {
    const m = lines[i].match(/^([^<=]+)<<(.+)$/)
    if (!m) continue
    const value: string[] = []
    for (i++; i < lines.length && lines[i] !== m[2]; i++) value.push(lines[i])
    outputs[m[1]] = value.join('\n')
  }
  return outputs
}

/** Every file below `dir` whose name matches. */
export function findFiles(dir: string, name: RegExp): string[] {
  const found: string[] = []
  for (const entry of fs.readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile() && name.test(entry.name)) found.push(path.join(entry.parentPath, entry.name))
  }
  return found
}
