// /proc as Linux writes it: this process's own stat line and its process group.

import { spawn } from 'node:child_process'
import * as fs from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import { describe, expect, it } from '@jest/globals'
import { parseProcStat, readGroupRss } from '../src/rss.js'

describe('parseProcStat', () => {
  it('reads the stat line of this very process', () => {
    const stat = parseProcStat(fs.readFileSync('/proc/self/stat', 'utf8'))
    expect(stat).toMatchObject({ pid: process.pid, ppid: process.ppid })
    expect(stat!.rssPages * 4096).toBeGreaterThan(10_000_000)
  })

  it('counts fields after the last parenthesis, since a command name may hold spaces and parentheses', async () => {
    // The kernel names a process after the file it runs: a link named "a) (b c" to sleep.
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'memgate-proc-'))
    const odd = path.join(dir, 'a) (b c')
    fs.symlinkSync(fs.realpathSync('/bin/sleep'), odd)
    const child = spawn(odd, ['5'], { stdio: 'ignore' })
    await new Promise((resolve) => setTimeout(resolve, 300))
    try {
      const stat = parseProcStat(fs.readFileSync(`/proc/${child.pid}/stat`, 'utf8'))
      expect(fs.readFileSync(`/proc/${child.pid}/stat`, 'utf8')).toContain('(a) (b c)')
      expect(stat).toMatchObject({
        pid: child.pid,
        ppid: process.pid,
        pgrp: parseProcStat(fs.readFileSync('/proc/self/stat', 'utf8'))!.pgrp
      })
    } finally {
      child.kill('SIGKILL')
    }
  })

  it('returns null for text that is not a stat line', () => {
    expect(parseProcStat('no parentheses here')).toBeNull()
  })
})

describe('readGroupRss', () => {
  it('adds up the RSS of every process in a group, and finds none in a group that is gone', async () => {
    const child = spawn('/bin/sh', ['-c', 'sleep 5 & sleep 5 & wait'], { stdio: 'ignore', detached: true })
    await new Promise((resolve) => setTimeout(resolve, 300))
    const group = readGroupRss(child.pid!)
    process.kill(-child.pid!, 'SIGKILL')
    expect(group.processes).toBe(3)
    expect(group.rss).toBeGreaterThan(0)
    await new Promise((resolve) => child.on('exit', resolve))
    await new Promise((resolve) => setTimeout(resolve, 100))
    expect(readGroupRss(child.pid!).processes).toBe(0)
  })
})
