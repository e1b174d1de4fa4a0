// Real child processes: their own group, captured output, a failure to start, an abort that takes the group.

import * as fs from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import { describe, expect, it } from '@jest/globals'
import { killGroup, runProcess, startProcess, stringEnv, waitForGroupExit } from '../src/process.js'

const env = stringEnv(process.env)
const alive = (pid: number) => {
  try {
    process.kill(pid, 0)
    return !/^\d+ \([^)]*\) Z/.test(fs.readFileSync(`/proc/${pid}/stat`, 'utf8'))
  } catch {
    return false
  }
}

describe('runProcess', () => {
  it('captures stdout and stderr apart, with the exit code', async () => {
    const exit = await runProcess({ command: 'echo out; echo err >&2; exit 7', shell: true, cwd: os.tmpdir(), env })
    expect(exit).toEqual({ code: 7, signal: null, stdout: 'out\n', stderr: 'err\n' })
  })

  it('passes exactly the environment it is given', async () => {
    const exit = await runProcess({ command: 'env', cwd: os.tmpdir(), env: { ONLY: 'this', PATH: process.env.PATH ?? '' } })
    expect(exit.stdout.trim().split('\n').sort()).toEqual([`PATH=${process.env.PATH}`, 'ONLY=this'].sort())
  })

  it('never rejects: a program that does not exist is code 127 with the spawn error', async () => {
    const exit = await runProcess({ command: '/no/such/program', cwd: os.tmpdir(), env })
    expect(exit.code).toBe(127)
    expect(exit.spawnError).toMatchObject({ code: 'ENOENT' })
  })

  it('sends stdout to a file descriptor and keeps capturing stderr', async () => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'memgate-process-')), 'out')
    const fd = fs.openSync(file, 'w')
    try {
      const exit = await runProcess({ command: 'echo to-file; echo to-pipe >&2', shell: true, cwd: os.tmpdir(), env, stdoutFd: fd })
      expect(exit.stdout).toBe('')
      expect(exit.stderr).toBe('to-pipe\n')
    } finally {
      fs.closeSync(fd)
    }
    expect(fs.readFileSync(file, 'utf8')).toBe('to-file\n')
  })
})

describe('startProcess', () => {
  it('runs the process in its own group and kills every process of it on abort', async () => {
    const controller = new AbortController()
    // The shell starts a grandchild; the abort must take the grandchild too, not only the shell.
    const started = startProcess({ command: 'sleep 60 & wait', shell: true, cwd: os.tmpdir(), env, signal: controller.signal })
    const grandchild = await new Promise<number>((resolve) => {
      const poll = setInterval(() => {
        const children = fs.readFileSync(`/proc/${started.pid}/task/${started.pid}/children`, 'utf8').trim()
        if (children) {
          clearInterval(poll)
          resolve(Number(children.split(' ')[0]))
        }
      }, 20)
    })
    expect(fs.readFileSync(`/proc/${grandchild}/stat`, 'utf8').split(') ')[1]!.split(' ')[2]).toBe(String(started.pid))
    controller.abort()
    const exit = await started.exited
    expect(exit.signal).toBe('SIGKILL')
    await waitForGroupExit(started.pid, 5000)
    expect(alive(grandchild)).toBe(false)
  })

  it('kills at once when the signal is aborted before the start', async () => {
    const exit = await startProcess({ command: 'sleep', args: ['60'], cwd: os.tmpdir(), env, signal: AbortSignal.abort() }).exited
    expect(exit.signal).toBe('SIGKILL')
  })
})

describe('killGroup', () => {
  it('ends a group and is silent about one already gone', async () => {
    const started = startProcess({ command: 'sleep', args: ['60'], cwd: os.tmpdir(), env })
    killGroup(started.pid, 'SIGTERM')
    expect((await started.exited).signal).toBe('SIGTERM')
    expect(() => killGroup(started.pid, 'SIGTERM')).not.toThrow()
    expect(() => killGroup(undefined, 'SIGTERM')).not.toThrow()
  })
})

describe('stringEnv', () => {
  it('drops undefined values and keeps the rest as they are', () => {
    expect(stringEnv({ A: 'a', B: undefined, C: '' })).toEqual({ A: 'a', C: '' })
  })
})
