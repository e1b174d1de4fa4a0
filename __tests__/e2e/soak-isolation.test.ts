// The PR's install and soak try to read memgate's token the way code written to steal it would:
// from every /proc/<pid>/environ they can open. memgate runs as the runner does (node dist/cli.js,
// the token in its environment from the start, where /proc shows it).

import { spawnSync } from 'node:child_process'
import * as fs from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { DemoRepo } from '../../src/demo.js'
import { demoRepo } from '../support/demo-repo.js'

const cli = path.resolve('dist', 'cli.js')
const TOKEN = 'ghs_isolationTestToken0123456789abcdef'
let root: string
let repo: DemoRepo
let out: string

const SCAN = `
const fs = require('fs')
const found = []
let readable = 0
for (const pid of fs.readdirSync('/proc').filter((n) => /^[0-9]+$/.test(n))) {
  let text
  try { text = fs.readFileSync('/proc/' + pid + '/environ', 'latin1') } catch { continue }
  readable++
  if (text.includes(process.argv[3])) found.push(pid)
}
fs.writeFileSync(process.env.SCAN_OUT + '/' + process.argv[2] + '-' + process.pid + '.json', JSON.stringify({ readable, found, uid: process.getuid() }))
`

beforeAll(async () => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'memgate-isolation-'))
  repo = await demoRepo(path.join(root, 'repo'), 'leaky')
  // Outside memgate's work dir, writable by whoever the PR's code runs as.
  out = fs.mkdtempSync(path.join(os.tmpdir(), 'memgate-isolation-out-'))
  fs.chmodSync(out, 0o777)
  fs.writeFileSync(path.join(out, 'scan.js'), SCAN)
  fs.chmodSync(out, 0o777)
}, 120000)

afterAll(() => {
  fs.rmSync(root, { recursive: true, force: true })
  fs.rmSync(out, { recursive: true, force: true })
})

describe('the install and the soak, as code that hunts for the token', () => {
  it('find no token in any /proc/*/environ they can read', () => {
    const scan = `node ${path.join(out, 'scan.js')}`
    const result = spawnSync(
      process.execPath,
      [
        cli,
        'run',
        '--base',
        'main',
        '--head',
        'bump',
        '--install',
        `${scan} install ${TOKEN} && npm ci --no-audit --no-fund`,
        '--soak',
        `${scan} soak ${TOKEN}`,
        '--runs',
        '2',
        '--max-runs',
        '2',
        '--pass-env',
        'SCAN_OUT',
        '--json'
      ],
      {
        cwd: repo.dir,
        encoding: 'utf8',
        env: { ...process.env, GITHUB_TOKEN: TOKEN, NODE_AUTH_TOKEN: TOKEN, SCAN_OUT: out }
      }
    )
    expect([result.status, result.stderr]).not.toEqual([2, expect.anything()])
    const scans = fs
      .readdirSync(out)
      .filter((f) => f.endsWith('.json'))
      .map((f) => ({
        file: f,
        ...(JSON.parse(fs.readFileSync(path.join(out, f), 'utf8')) as { readable: number; found: string[]; uid: number })
      }))
    expect(scans.filter((s) => s.file.startsWith('install'))).toHaveLength(2)
    expect(scans.filter((s) => s.file.startsWith('soak')).length).toBeGreaterThanOrEqual(2)
    const report = JSON.parse(result.stdout) as { notes?: string[] }
    if (process.getuid?.() === 0) {
      for (const s of scans) {
        // Each scan read at least its own environment; none held the token.
        expect(s.readable).toBeGreaterThan(0)
        expect(s.found).toEqual([])
        expect(s.uid).not.toBe(0)
      }
      expect(report.notes ?? []).not.toContainEqual(expect.stringContaining('can read memgate’s environment'))
    } else {
      // No user to drop to: the report says what the soak can read, once.
      expect((report.notes ?? []).filter((n) => n.includes('can read memgate’s environment'))).toHaveLength(1)
    }
  }, 240000)
})
