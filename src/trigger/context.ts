// The workflow run's context as the Actions runner passes it: environment variables and the event file.
import * as fs from 'node:fs'
import { MemgateError } from '../errors.js'

export interface RunContext {
  eventName: string
  payload: unknown
  repository: string
  workspace: string
  runUrl?: string
  serverUrl: string
  tempDir?: string
}

export function readRunContext(env: NodeJS.ProcessEnv = process.env): RunContext {
  const eventPath = env.GITHUB_EVENT_PATH
  let payload: unknown = {}
  if (eventPath) {
    try {
      payload = JSON.parse(fs.readFileSync(eventPath, 'utf8'))
    } catch (error) {
      throw new MemgateError(`Cannot read the event payload at GITHUB_EVENT_PATH=${eventPath}: ${(error as Error).message}`, 2, {
        cause: error
      })
    }
  }
  const serverUrl = env.GITHUB_SERVER_URL ?? 'https://github.com'
  const repository = env.GITHUB_REPOSITORY ?? ''
  if (!/^[^/]+\/[^/]+$/.test(repository)) {
    throw new MemgateError(`Invalid GITHUB_REPOSITORY '${repository}'. Expected format {owner}/{repo}.`)
  }
  return {
    eventName: env.GITHUB_EVENT_NAME ?? '',
    payload,
    repository,
    workspace: env.GITHUB_WORKSPACE ?? process.cwd(),
    runUrl: env.GITHUB_RUN_ID ? `${serverUrl}/${repository}/actions/runs/${env.GITHUB_RUN_ID}` : undefined,
    serverUrl,
    tempDir: env.RUNNER_TEMP
  }
}
