import { describe, expect, it } from '@jest/globals'
import { packageOfPath, shortPath } from '../../src/heap/attribution.js'

describe('packageOfPath', () => {
  it.each([
    ['/app/node_modules/leaky-lib/index.js', 'leaky-lib'],
    ['/app/node_modules/@scope/pkg/lib/a.js', '@scope/pkg'],
    ['/app/node_modules/outer/node_modules/inner/x.js', 'inner'],
    ['/app/node_modules/.pnpm/foo@1.2.3/node_modules/foo/index.js', 'foo'],
    ['/app/.yarn/cache/foo-npm-1.0.0-abc.zip/node_modules/foo/index.js', 'foo'],
    ['C:\\app\\node_modules\\win-pkg\\index.js', 'win-pkg'],
    ['/app/node_modules/leaky-lib/index.js:12', 'leaky-lib'],
    ['/app/src/index.js', null],
    ['node:internal/timers', null],
    ['/app/node_modules/.bin/tool', null]
  ])('%s → %s', (path, pkg) => {
    expect(packageOfPath(path)).toBe(pkg)
  })

  it('shortens paths to their innermost node_modules', () => {
    expect(shortPath('/tmp/x/node_modules/a/node_modules/b/i.js')).toBe('node_modules/b/i.js')
    expect(shortPath('/app/src/i.js')).toBe('/app/src/i.js')
  })
})
