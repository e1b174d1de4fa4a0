import { describe, expect, it } from '@jest/globals'
import { buildReport } from '../../src/report/build.js'
import { renderText } from '../../src/report/text.js'

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
