// Every action input, read once, checked, and returned as one plain settings object.
import * as core from '@actions/core'
import { MemgateError } from './errors.js'

export type Mode = 'all' | 'measure' | 'report'

export interface Settings {
  token: string
  soakCommand: string
  installCommand: string
  workingDirectory: string
  runs: number
  timeoutMs: number
  statusContext: string
  mode: Mode
}

export function readSettings(): Settings {
  const mode = core.getInput('mode') || 'all'
  if (!['all', 'measure', 'report'].includes(mode)) {
    throw new MemgateError(`Invalid mode '${mode}'. Expected all, measure or report.`)
  }
  return {
    token: core.getInput('github-token'),
    soakCommand: core.getInput('soak-command') || 'npm run soak',
    installCommand: core.getInput('install-command') || 'npm ci',
    workingDirectory: core.getInput('working-directory') || '.',
    runs: integerInput('runs', 5, 1, 100),
    timeoutMs: integerInput('timeout', 600, 1, 6 * 3600) * 1000,
    statusContext: core.getInput('status-context') || 'memgate',
    mode: mode as Mode
  }
}

function integerInput(name: string, fallback: number, min: number, max: number): number {
  const raw = core.getInput(name)
  if (raw === '') return fallback
  const value = Number(raw)
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new MemgateError(`Invalid ${name} '${raw}'. Expected an integer from ${min} to ${max}.`)
  }
  return value
}
