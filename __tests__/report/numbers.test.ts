import { describe, expect, it } from '@jest/globals'
import { readablePath } from '../../src/report/numbers.js'

describe('readablePath', () => {
  it('starts at the last module of the cache on the path, named from node_modules on', () => {
    const path = [
      'global @1',
      '._cache Object @4',
      '["/w/app/node_modules/hub/index.js"] Module @5',
      '.exports Object @6',
      '._cache Object @7',
      '["/w/app/node_modules/@scope/inner/lib/a.js"] Module @8',
      '.list Array @9'
    ]
    expect(readablePath(path)).toEqual(['module node_modules/@scope/inner/lib/a.js', '.list Array @9'])
  })

  it('keeps the whole file of an application module and unescapes its quotes', () => {
    expect(readablePath(['global @1', '["/w/app/src/\\"x\\".js"] Module @2', '.cache Map @3'])).toEqual([
      'module /w/app/src/"x".js',
      '.cache Map @3'
    ])
  })

  it('keeps a path without a cached module whole', () => {
    const path = ['global @1', '.mainModule Module @2', '.children Array @3', '[0] Module @4', '.exports Object @5']
    expect(readablePath(path)).toEqual(path)
    expect(readablePath([])).toEqual([])
  })
})
