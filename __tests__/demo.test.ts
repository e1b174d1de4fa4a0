// createDemoRepo: the demo's repository built with real git and real `npm pack`/`npm install`.

import { execFileSync } from 'node:child_process'
import * as fs from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import { afterAll, describe, expect, it } from '@jest/globals'
import { createDemoRepo, examplesDir } from '../src/demo.js'

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'memgate-demo-'))
afterAll(() => fs.rmSync(root, { recursive: true, force: true }))

const git = (dir: string, ...args: string[]) => execFileSync('git', args, { cwd: dir, encoding: 'utf8' }).trim()
/** The event-hub version a commit's package-lock.json installs. */
const lockedEventHub = (dir: string, sha: string) =>
  (JSON.parse(git(dir, 'show', `${sha}:package-lock.json`)) as { packages: Record<string, { version?: string }> }).packages[
    'node_modules/event-hub'
  ]?.version

describe('createDemoRepo', () => {
  it('finds the examples beside src/', () => {
    expect(fs.existsSync(path.join(examplesDir(), 'service', 'package.json'))).toBe(true)
  })

  it.each(['leaky', 'clean'] as const)(
    'puts event-hub 1.0.0 on main and 2.0.0 (%s) on bump, each locked',
    async (head) => {
      const dir = path.join(root, head)
      const repo = await createDemoRepo(dir, head)
      expect(repo.dir).toBe(dir)
      expect(repo.baseSha).toMatch(/^[0-9a-f]{40}$/)
      expect(git(dir, 'rev-parse', 'main')).toBe(repo.baseSha)
      expect(git(dir, 'rev-parse', 'bump')).toBe(repo.headSha)
      expect(git(dir, 'rev-parse', `${repo.headSha}~1`)).toBe(repo.baseSha)
      expect(lockedEventHub(dir, repo.baseSha)).toBe('1.0.0')
      expect(lockedEventHub(dir, repo.headSha)).toBe('2.0.0')
      // The two heads differ: the leaky and the clean 2.0.0 are other tarballs.
      expect(git(dir, 'show', `${repo.headSha}:package.json`)).toContain('file:vendor/event-hub-2.0.0.tgz')
    },
    120_000
  )

  it('builds different head trees for leaky and clean', () => {
    const tree = (head: string) => git(path.join(root, head), 'rev-parse', 'bump^{tree}')
    expect(tree('leaky')).not.toBe(tree('clean'))
  })
})
