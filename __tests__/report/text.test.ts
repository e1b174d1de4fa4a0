import { describe, expect, it } from '@jest/globals'
import { buildReport } from '../../src/report/build.js'
import { renderBumpLine, renderText } from '../../src/report/text.js'

describe('renderText', () => {
  it('prints names from the PR without the control characters a terminal would obey', () => {
    const report = buildReport({
      baseSha: 'b'.repeat(40),
      headSha: 'a'.repeat(40),
      bumps: [
        { name: 'evil\u001b[2J\u001b]0;pwned\u0007', from: '1.0.0', to: '2.0.0\r', type: 'major', direct: true, manifest: 'package.json' }
      ],
      verdict: 'pass',
      reason: 'fine'
    })
    const out = renderText(report)
    // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what it looks for
    expect(out).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/)
    expect(out).toContain('evil\ufffd[2J\ufffd]0;pwned\ufffd 1.0.0 -> 2.0.0\ufffd (major, direct, package.json)')
    expect(out.split('\n')[0]).toBe('verdict: pass')
  })
})

describe('renderBumpLine', () => {
  const bump = { name: 'jest', from: '29.7.0', to: '30.0.0', type: 'major', manifest: 'package.json' } as const
  it.each([
    [
      'a direct devDependency says so',
      { ...bump, direct: true, dependencyType: 'devDependencies' },
      'jest 29.7.0 -> 30.0.0 major direct (devDependencies) package.json'
    ],
    [
      'a direct dependency needs no section',
      { ...bump, direct: true, dependencyType: 'dependencies' },
      'jest 29.7.0 -> 30.0.0 major direct package.json'
    ],
    [
      'a transitive one reached only by devDependencies says so',
      { ...bump, direct: false, via: ['devDependencies'], manifest: 'package-lock.json' },
      'jest 29.7.0 -> 30.0.0 major transitive (devDependencies) package-lock.json'
    ],
    [
      'one that production reaches too needs none',
      { ...bump, direct: false, via: ['dependencies', 'devDependencies'], manifest: 'package-lock.json' },
      'jest 29.7.0 -> 30.0.0 major transitive package-lock.json'
    ]
  ] as const)('%s', (_name, b, line) => {
    expect(renderBumpLine(b as Parameters<typeof renderBumpLine>[0])).toBe(line)
  })
})
