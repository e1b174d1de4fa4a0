import { describe, expect, it } from '@jest/globals'
import { escapeCodeBlock, escapeMarkdown } from '../../src/report/escape.js'

describe('escapeMarkdown', () => {
  it.each([
    '<img src=x onerror=alert(1)>',
    '[click](https://evil.example)',
    '@octocat please merge',
    '**bold** _it_ `code` ~~s~~',
    'a | b',
    '<!-- memgate-comment context="memgate" -->',
    '&lt;script&gt;'
  ])('leaves nothing GitHub would render in %j', (text) => {
    const out = escapeMarkdown(text)
    expect(out).not.toMatch(/[<>[\]()`*_|~@]/)
    expect(out).not.toMatch(/&(?!#\d+;)/)
  })

  it('keeps names and versions readable', () => {
    expect(escapeMarkdown('event-hub 1.0.0')).toBe('event-hub 1.0.0')
  })

  it('folds newlines so that a value cannot start a new block', () => {
    expect(escapeMarkdown('a\n# heading\r\n- item')).toBe('a &#35; heading - item')
  })
})

describe('escapeCodeBlock', () => {
  it('cannot close the fence from inside', () => {
    expect(escapeCodeBlock('x\n```\n<b>y</b>')).not.toContain('```')
  })
})
