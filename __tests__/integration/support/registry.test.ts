// The test registry itself: what the bisect tests rely on (published versions listed, npm installs them).

import { execFileSync } from 'node:child_process'
import * as fs from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { type Registry, rowCache, startRegistry } from '../../support/registry.js'

let registry: Registry
beforeAll(async () => {
  registry = await startRegistry()
  for (const v of ['1.0.0', '1.1.0', '2.0.0-beta.1']) await registry.publish(rowCache('row-cache', v, v !== '1.0.0'))
})
afterAll(() => registry.stop())

describe('the Verdaccio test registry', () => {
  it('lists what was published and npm installs it', async () => {
    const doc = (await (await fetch(`${registry.url}row-cache`)).json()) as {
      versions: Record<string, unknown>
      'dist-tags': Record<string, string>
    }
    expect(Object.keys(doc.versions).sort()).toEqual(['1.0.0', '1.1.0', '2.0.0-beta.1'])
    expect(doc['dist-tags']).toMatchObject({ latest: '1.1.0', next: '2.0.0-beta.1' })
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'memgate-reg-'))
    fs.writeFileSync(
      path.join(dir, 'package.json'),
      JSON.stringify({ name: 'x', version: '1.0.0', dependencies: { 'row-cache': '1.1.0' } })
    )
    fs.writeFileSync(path.join(dir, '.npmrc'), `registry=${registry.url}\n`)
    execFileSync('npm', ['install', '--no-audit', '--no-fund', '--silent'], { cwd: dir })
    const installed = JSON.parse(fs.readFileSync(path.join(dir, 'node_modules/row-cache/package.json'), 'utf8'))
    expect(installed.version).toBe('1.1.0')
    expect(fs.readFileSync(path.join(dir, 'node_modules/row-cache/index.js'), 'utf8')).toContain('kept.push')
  })
})
