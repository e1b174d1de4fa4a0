import { describe, expect, it } from '@jest/globals'
import { buildReport } from '../../src/report/build.js'
import { renderBumpLine, renderText } from '../../src/report/text.js'
import { MEMGATE_VERSION } from '../../src/version.js'

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
    expect(out.split('\n')[0]).toBe('pass: no leak in evil\ufffd[2J\ufffd]0;pwned\ufffd 1.0.0 → 2.0.0\ufffd')
  })

  const leak = {
    ...buildReport({
      baseSha: 'b'.repeat(40),
      headSha: 'a'.repeat(40),
      bumps: [{ name: 'event-hub', from: '1.0.0', to: '2.0.0', type: 'major', direct: true, manifest: 'package.json' }],
      baseRuns: 5,
      headRuns: 5,
      stats: {
        verdict: 'leak',
        unit: 'bytes/iteration',
        base: { estimate: 0.4, low: -0.8, high: 1.3 },
        head: { estimate: 281.4, low: 266.4, high: 296.4 },
        difference: { estimate: 281, low: 266, high: 296, pValue: 0.004 },
        reason: "head's post-GC heap grows 281 bytes/iteration faster than base's (at least 266 with 99.6% confidence).",
        test: 't',
        comparisons: [{ alpha: 0.004 }],
        minimumEffect: 3.7
      }
    }),
    durationMs: 168_000
  }

  it('starts with the verdict and the package, then the one confidence sentence, the time and the version', () => {
    const lines = renderText(leak).split('\n')
    expect(lines.slice(0, 3)).toEqual([
      'leak: event-hub 1.0.0 → 2.0.0 leaks memory: +281 B per iteration',
      "Head's heap grows 266 to 296 B per iteration more than base's; p = 0.0040 with 5 + 5 runs (the bar is 3.70 B per iteration; a leak needs p ≤ 0.0040).",
      `took 2 min 48 s, memgate ${MEMGATE_VERSION}`
    ])
    expect(renderText(leak)).not.toContain('99.6%')
  })

  it('colours the verdict line only when asked', () => {
    expect(renderText(leak, { color: true }).split('\n')[0]).toBe(
      '\u001b[1;31mleak: event-hub 1.0.0 → 2.0.0 leaks memory: +281 B per iteration\u001b[0m'
    )
    expect(renderText(leak, { color: true }).split('\n').slice(1)).toEqual(renderText(leak).split('\n').slice(1))
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
