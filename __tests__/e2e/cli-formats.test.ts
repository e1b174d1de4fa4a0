// `node dist/cli.js` on the formats of issue 13: Yarn 4.18.1's lockfile v10 with an npm alias, a
// working directory inside the monorepo, and `heap diff` of two real snapshots of a full LRU.

import { spawnSync } from 'node:child_process'
import * as path from 'node:path'
import { afterAll, describe, expect, it } from '@jest/globals'
import { makeRepo, projectSide, type Repo } from '../bumps/repo.js'
import { makeSnapshots } from '../heap/snapshots.js'

const cli = path.resolve('dist', 'cli.js')
const repos: Repo[] = []
afterAll(() => {
  for (const r of repos) r.remove()
})

function memgate(args: string[]) {
  const result = spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8', env: { ...process.env, GITHUB_TOKEN: '' } })
  return { status: result.status, stdout: result.stdout, stderr: result.stderr }
}

describe('memgate bumps on a Yarn 4.18.1 lockfile (__metadata.version 10)', () => {
  const r = makeRepo([projectSide('base', 'yarn-berry-v10'), projectSide('head', 'yarn-berry-v10')])
  repos.push(r)
  const line = (b: Record<string, unknown>) => `${b.name}${b.package ? ` → ${b.package}` : ''} ${b.from} → ${b.to} ${b.type} ${b.manifest}`

  it('reads it, types the alias from ms and narrows transitive bumps to the working directory', () => {
    const all = memgate(['bumps', '--repo', r.dir, '--base', r.shas[0]!, '--head', r.shas[1]!, '--json'])
    expect(all.stderr).toBe('')
    expect(all.status).toBe(0)
    const document = JSON.parse(all.stdout) as { format: string; bumps: Record<string, unknown>[] }
    expect(document.format).toBe('memgate-bumps/1')
    const bumps = document.bumps
    expect(bumps.map(line)).toContain('ms-alias → ms 2.1.1 → 2.1.2 patch packages/app/package.json')
    expect(bumps.map(line)).toContain('ms 2.0.0 → 2.1.2 minor yarn.lock')

    const app = memgate([
      'bumps',
      '--repo',
      r.dir,
      '--base',
      r.shas[0]!,
      '--head',
      r.shas[1]!,
      '--working-directory',
      'packages/app',
      '--json'
    ])
    expect(app.status).toBe(0)
    expect((JSON.parse(app.stdout) as { bumps: Record<string, unknown>[] }).bumps.map(line).sort()).toEqual([
      'escape-html 1.0.2 → 1.0.3 patch packages/app/package.json',
      'ms 3.0.0-beta.1 → 3.0.0-beta.2 prerelease packages/app/package.json',
      'ms-alias → ms 2.1.1 → 2.1.2 patch packages/app/package.json',
      'picocolors 0.2.1 → 1.1.1 major packages/app/package.json'
    ])
  })
})

describe('memgate heap diff BEFORE AFTER', () => {
  it('reports nothing for a full LRU that turned over, and the growth of a cache that grows', () => {
    const lru = makeSnapshots('lru', 1000)
    const turnover = memgate(['heap', 'diff', lru[0]!, lru[2]!, '--json'])
    expect(turnover.status).toBe(0)
    const diff = JSON.parse(turnover.stdout) as { format: string; technique: string; suspects: unknown[]; newObjects: { count: number } }
    expect(diff.format).toBe('memgate-heap-diff/1')
    expect(diff.technique).toBe('two-snapshot')
    expect(diff.newObjects.count).toBeGreaterThanOrEqual(1000)
    expect(diff.suspects).toEqual([])

    const cache = makeSnapshots('map-cache', 1000)
    const grown = memgate(['heap', 'diff', cache[0]!, cache[2]!, '--json'])
    expect(grown.status).toBe(0)
    expect((JSON.parse(grown.stdout) as { suspects: unknown[] }).suspects[0]).toMatchObject({
      name: 'CacheEntry',
      count: 2000,
      package: 'cache-lib'
    })
  })
})
