// The soak stage: a worktree per side, an install in each, then the runs, interleaved.
import { spawn } from 'node:child_process'
import * as fs from 'node:fs'
import * as path from 'node:path'
import { MemgateError } from '../errors.js'
import type { Samples, Side } from '../types.js'
import { scrubEnv, withProbe } from './env.js'
import type { Git } from './git.js'
import { runSoak, type SoakRunResult } from './runner.js'

export interface SoakOptions {
  git: Git
  baseSha: string
  headSha: string
  /** Scratch directory for worktrees, samples, logs and snapshots. */
  workDir: string
  soakCommand: string
  installCommand: string
  /** Directory of the project inside the repository. */
  workingDirectory: string
  runs: number
  timeoutMs: number
  probePath: string
  /** Values that must never reach the soak's environment (the token). */
  secrets: string[]
  log: (line: string) => void
}

export interface SideResult {
  samples: Samples
  /** Snapshots of the run that took them, oldest first. */
  snapshots: string[]
}

export interface SoakResult {
  base: SideResult
  head: SideResult
}

const INSTALL_LOG_TAIL = 15

export async function soakBothSides(options: SoakOptions): Promise<SoakResult> {
  const env = scrubEnv(process.env, options.secrets)
  env.NODE_OPTIONS = withProbe(env.NODE_OPTIONS, options.probePath)
  delete env.MEMGATE_SAMPLES_FILE
  delete env.MEMGATE_SNAPSHOT_DIR

  const dirs: Record<Side, string> = {
    base: path.join(options.workDir, 'base'),
    head: path.join(options.workDir, 'head')
  }
  const shas: Record<Side, string> = { base: options.baseSha, head: options.headSha }
  const sides: Side[] = ['base', 'head']
  for (const side of sides) {
    fs.rmSync(dirs[side], { recursive: true, force: true })
    await options.git.addWorktree(dirs[side], shas[side])
  }
  try {
    const projectDir = (side: Side) => path.join(dirs[side], options.workingDirectory)
    for (const side of sides) {
      if (!fs.existsSync(projectDir(side))) {
        throw new MemgateError(`working-directory '${options.workingDirectory}' does not exist at ${side} ${shas[side].slice(0, 7)}`)
      }
      options.log(`${side}: installing (${options.installCommand})`)
      // Install scripts are the PR's code as well: same scrubbed environment, without the probe.
      const installEnv = { ...env, NODE_OPTIONS: scrubEnv(process.env, options.secrets).NODE_OPTIONS ?? '' }
      await install(side, projectDir(side), options.installCommand, installEnv, path.join(options.workDir, `install-${side}.log`))
    }

    const results: Record<Side, SoakRunResult[]> = { base: [], head: [] }
    for (let i = 0; i < options.runs; i++) {
      // Interleaved, so that drift of the machine over time hits both sides alike.
      for (const side of sides) {
        const run = await runSoak({
          command: options.soakCommand,
          cwd: projectDir(side),
          env,
          outDir: path.join(options.workDir, 'runs', `${side}-${i + 1}`),
          timeoutMs: options.timeoutMs,
          snapshots: i === 0
        })
        results[side].push(run)
        options.log(
          `${side}: run ${i + 1}/${options.runs} ${run.outcome} in ${(run.durationMs! / 1000).toFixed(1)} s, ${run.samples.length} samples`
        )
      }
    }
    return { base: toSide('base', results.base), head: toSide('head', results.head) }
  } finally {
    for (const side of sides) await options.git.removeWorktree(dirs[side])
  }
}

function toSide(side: Side, runs: SoakRunResult[]): SideResult {
  const unit = runs.some((r) => r.unit === 'iteration') ? 'iteration' : 'ms'
  return {
    samples: {
      format: 'memgate-samples/1',
      side,
      unit,
      runs: runs.map(({ exitCode, signal, outcome, durationMs, samples, stderrTail, log }) => ({
        exitCode,
        signal,
        outcome,
        durationMs,
        samples,
        stderrTail,
        log
      }))
    },
    snapshots: runs.find((r) => r.snapshotFiles.length >= 2)?.snapshotFiles ?? []
  }
}

async function install(side: Side, cwd: string, command: string, env: Record<string, string>, logFile: string): Promise<void> {
  const log = fs.openSync(logFile, 'w')
  const code = await new Promise<number>((resolve) => {
    const child = spawn('/bin/sh', ['-c', command], { cwd, env, stdio: ['ignore', log, log] })
    child.on('error', () => resolve(127))
    child.on('exit', (c) => resolve(c ?? 1))
  })
  fs.closeSync(log)
  if (code !== 0) {
    const tail = fs.readFileSync(logFile, 'utf8').trimEnd().split('\n').slice(-INSTALL_LOG_TAIL).join('\n')
    throw new MemgateError(`Install failed on ${side} ('${command}' exited with ${code}):\n${tail}`)
  }
}
