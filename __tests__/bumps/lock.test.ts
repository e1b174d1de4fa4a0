import { describe, expect, it } from '@jest/globals'
import { assertNoConflict, descriptorName, sourceOf } from '../../src/bumps/lock.js'

describe('assertNoConflict', () => {
  it.each([
    ['<<<<<<< HEAD\n{}\n', 1, '<<<<<<<'],
    ['{\n  "a": 1,\n=======\n  "a": 2\n>>>>>>> main\n}\n', 3, '======='],
    ['{\n>>>>>>>\n', 2, '>>>>>>>'],
    ['x\r\n<<<<<<< ours\r\n', 2, '<<<<<<<']
  ])('finds the first marker in %j', (text, line, marker) => {
    expect(() => assertNoConflict(text, 'lock')).toThrow(`lock, line ${line}: merge-conflict marker '${marker}'`)
  })

  it.each([['# ======== a heading underline, eight long\n'], ['  "x": "<<<<<<< inside a value"\n'], ['{"a": "=======\\n"}\n'], ['']])(
    'lets %j through',
    (text) => {
      expect(() => assertNoConflict(text, 'lock')).not.toThrow()
    }
  )
  it('looks only at markers that start in the range it is given, and names their line in the whole text', () => {
    const text = 'a\n<<<<<<< x\nb\n=======\nc\n>>>>>>> y\n'
    const second = text.indexOf('=======')
    expect(() => assertNoConflict(text, 'lock', second)).toThrow("lock, line 4: merge-conflict marker '======='")
    expect(() => assertNoConflict(text, 'lock', 0, 2)).not.toThrow()
    expect(() => assertNoConflict(text, 'lock', text.indexOf('c'))).toThrow("lock, line 6: merge-conflict marker '>>>>>>>'")
    expect(() => assertNoConflict(text, 'lock', text.length - 1)).not.toThrow()
  })
})

describe('sourceOf', () => {
  it.each([
    ['^1.2.3', 'registry'],
    ['latest', 'registry'],
    ['npm:ms@2.1.2', 'alias'],
    ['workspace:*', 'workspace'],
    ['link:../lib', 'link'],
    ['portal:../lib', 'link'],
    ['file:../lib', 'file'],
    ['file:vendor/x-1.0.0.tgz', 'tarball'],
    ['https://example.com/x-1.0.0.tgz', 'tarball'],
    ['git+https://github.com/u/r.git#v1', 'git'],
    ['git+file:///tmp/r.git#v1', 'git'],
    ['github:u/r#v1', 'git'],
    ['u/r#v1', 'git']
  ])('%s is %s', (reference, source) => {
    expect(sourceOf(reference)).toBe(source)
  })

  // A lockfile's resolved string is the PR's text; a pattern that backtracked once per `#` took
  // 16.9 s on 120 KB. jest's timeout stops a classifier that is not linear.
  it.each([
    [`file:x.tgz${'#.tgz'.repeat(1_000_000)}\n`, 'file'],
    [`file:x.tgz${'#.tgz'.repeat(1_000_000)}`, 'tarball'],
    [`https://e.example/x${'#.tgz'.repeat(1_000_000)}\n`, 'tarball'],
    [`a/${'a'.repeat(5_000_000)}!`, 'registry'],
    [`${'a'.repeat(5_000_000)}.gi`, 'registry']
  ])(
    'classifies a hostile reference of megabytes in linear time (%#)',
    (reference, source) => {
      expect(sourceOf(reference)).toBe(source)
    },
    10_000
  )
})

describe('descriptorName', () => {
  it.each([
    ['ms@2.1.2', 'ms'],
    ['@types/node@^20', '@types/node'],
    ['ms-alias@npm:ms@2.1.2', 'ms-alias'],
    ['ms', 'ms']
  ])('%s → %s', (descriptor, name) => {
    expect(descriptorName(descriptor)).toBe(name)
  })
})
