import { describe, expect, it } from '@jest/globals'
import { refProblem } from '../../src/trigger/refs.js'

describe('refProblem', () => {
  it.each([
    'main',
    'release/1.x',
    'refs/heads/main',
    'v1.2.3',
    'renovate/event-hub-1.x',
    'a'.repeat(40),
    'abc1234',
    'dependabot/npm_and_yarn/event-hub-1.1.0',
    'feat@x'
  ])('accepts %j', (ref) => {
    expect(refProblem(ref)).toBeNull()
  })

  it.each([
    ['', 'it is empty'],
    ['-x', 'it starts with "-"'],
    ['--output=/tmp/x', 'it starts with "-"'],
    ['a..b', 'it holds ".."'],
    ['HEAD~1', 'it holds "~"'],
    ['main^{tree}', 'it holds "^"'],
    ['a:b', 'it holds ":"'],
    ['a*', 'it holds "*"'],
    ['a[1]', 'it holds "["'],
    ['a\\b', 'it holds "\\"'],
    ['main@{1}', 'it holds "@{" (a reflog expression)'],
    ['@', 'it holds "@{" (a reflog expression)'],
    ['a b', 'it holds a space or a control character'],
    ['a\u007fb', 'it holds a space or a control character'],
    ['/main', 'it has an empty path component'],
    ['a//b', 'it has an empty path component'],
    ['main.', 'it ends with "."'],
    ['.hidden', 'a path component starts with "."'],
    ['x/main.lock', 'a path component ends with ".lock"'],
    ['x'.repeat(256), 'it is longer than 255 characters'],
    ['refs/pull/7/head', 'it names a ref that is not a branch or tag (refs/heads/, refs/tags/)'],
    ['refs/remotes/origin/main', 'it names a ref that is not a branch or tag (refs/heads/, refs/tags/)']
  ])('refuses %j: %s', (ref, problem) => {
    expect(refProblem(ref)).toBe(problem)
  })
})
