import { describe, expect, it } from '@jest/globals'
import { codeSpan, escapeCodeBlock, escapeHtml, escapeInline, escapeMarkdown, ZWJ } from '../../src/report/escape.js'
import { linkedText, renderGfm } from '../support/gfm.js'

const HOSTILE = [
  '<img src=x onerror=alert(1)>',
  '[click](https://evil.example)',
  '![x](https://evil.example/x.png)',
  '@octocat please merge, cc @acme/team',
  'see #123 and acme/service#7 and GH-9',
  'visit www.evil.example or https://evil.example/x',
  'mail me at a@evil.example',
  '**bold** _it_ `code` ~~s~~ ~t~ $x^2$',
  'a | b',
  '<!-- memgate-comment context="memgate" -->',
  '&lt;script&gt; &#64;octocat',
  '# heading',
  '> [!WARNING]',
  '- item',
  '1. item',
  '\\<b>x\\</b>',
  'line\n## Approved\r\n<img src=x>'
]

describe('escapeMarkdown', () => {
  it.each(HOSTILE)('renders %j as its plain text, inside a paragraph and a table cell', (text) => {
    const out = escapeMarkdown(text)
    const flat = text.replace(/[\r\n]+/g, ' ')
    for (const html of [renderGfm(out), renderGfm(`| a |\n| - |\n| ${out} |`)]) {
      expect(linkedText(html)).toEqual([])
      expect(html).not.toMatch(/<(img|a|h\d|em|strong|del|code|blockquote|li|ol|ul)\b|<!--/)
      // Nothing lost either: the text reads as it was, but for the invisible joiners (and the space in `<!--`).
      const shown = html.match(/<(?:p|td)>(.*)<\/(?:p|td)>/)![1]!
      expect(
        decode(shown)
          .replace(/[\u200b\u200d]/g, '')
          .trim()
      ).toBe(flat.trim())
    }
  })

  it("keeps memgate's own prose as it reads", () => {
    const prose =
      "head's post-GC heap grows 1.4 KiB/iteration more than base's (at least 260 B/iteration, p = 0.0040): node_modules/event-hub"
    expect(escapeMarkdown(prose)).toBe(prose)
    expect(escapeMarkdown('event-hub 1.0.0 → 2.0.0 (GC roots)')).toBe('event-hub 1.0.0 → 2.0.0 (GC roots)')
  })

  it('marks only what would be interpreted', () => {
    expect(escapeMarkdown('a\n# heading\r\n- item')).toBe('a # heading - item')
    expect(escapeMarkdown('# heading')).toBe('\\# heading')
    expect(escapeMarkdown('12. item')).toBe('12\\. item')
    expect(escapeMarkdown('@octocat #12 www.x.example')).toBe(`@${ZWJ}octocat #${ZWJ}12 www${ZWJ}.x.example`)
    expect(escapeMarkdown('<b> & *x* [y] a|b _z_ snake_case')).toBe('\\<b> \\& \\*x\\* \\[y\\] a\\|b \\_z\\_ snake_case')
  })
})

describe('escapeHtml', () => {
  it.each(HOSTILE)('renders %j as its plain text inside raw HTML', (text) => {
    const html = renderGfm(`<details><summary><code>${escapeHtml(text)}</code></summary>\n\n</details>`)
    expect(linkedText(html)).toEqual([])
    expect(html).not.toMatch(/<(img|a|h\d|b|blockquote)\b|<!--/)
    expect(decode(html.match(/<code>(.*)<\/code>/)![1]!).replace(/[\u200b\u200d]/g, '')).toBe(text.replace(/[\r\n]+/g, ' '))
  })
})

describe('codeSpan', () => {
  it.each([...HOSTILE, 'a ``` b', '`tick', 'tick`', ' both '])('shows %j as code, in a table cell too', (text) => {
    // `<!--` shows with a zero-width space inside, so that the source opens no HTML comment.
    const flat = text.replace(/[\r\n]+/g, ' ').replaceAll('<!--', '<!\u200b--')
    const inCell = renderGfm(`| a |\n| - |\n| ${codeSpan(text, true)} |`)
    const alone = renderGfm(codeSpan(text))
    for (const html of [inCell, alone]) {
      expect(linkedText(html)).toEqual([])
      expect(decode(html.match(/<code>(.*)<\/code>/)![1]!)).toBe(flat)
    }
  })

  it('keeps a cell whole when a backslash stands before a pipe', () => {
    for (const text of ['x\\|<img src=x>', 'x\\\\|<b>y</b>|z']) {
      const html = renderGfm(`| a | b |\n| - | - |\n| ${codeSpan(text, true)} | end |`)
      expect(html.match(/<td>/g)).toHaveLength(2)
      expect(html).toContain('<td>end</td>')
      expect(html).not.toMatch(/<(img|b)\b/)
    }
  })

  it('is plain backticks for a plain value', () => {
    expect(codeSpan('event-hub')).toBe('`event-hub`')
    expect(codeSpan('')).toBe('')
  })
})

describe('escapeCodeBlock', () => {
  it('cannot close the fence from inside', () => {
    expect(escapeCodeBlock('x\n```\n<b>y</b>')).not.toContain('```')
  })
})

function decode(html: string): string {
  return html
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#(\d+);/g, (_, n: string) => String.fromCharCode(Number(n)))
    .replace(/&amp;/g, '&')
}

describe('format and control characters', () => {
  // U+202E RIGHT-TO-LEFT OVERRIDE makes `evil\u202Egpj.js` read as `eviljs.jpg`; U+2066..2069
  // isolates and zero-width characters hide text the same way.
  const names = ['evil\u202egpj.js', 'a\u2066b\u2069c', 'lo\u200bdash', 'x\u200ey\u200fz', 'soft\u00adhyphen', 'bell\u0007']
  it.each(names)('shows them as code points in %j, in every escape', (name) => {
    for (const out of [
      escapeMarkdown(name),
      escapeInline(name),
      escapeHtml(name),
      codeSpan(name),
      codeSpan(name, true),
      escapeCodeBlock(name)
    ]) {
      // biome-ignore lint/suspicious/noControlCharactersInRegex: BEL is one of the characters it looks for
      expect(out).not.toMatch(/[\u00ad\u0007\u200b\u200e\u200f\u202a-\u202e\u2066-\u2069]/)
      expect(out).toMatch(/U\+[0-9A-F]{4}/)
    }
  })

  it('keeps its own joiners after @ and #, and the text around them', () => {
    expect(escapeInline('evil\u202egpj @bob')).toBe(`evil\\[U+202E\\]gpj @${ZWJ}bob`)
  })

  it('drops the colours of a log but shows any other escape', () => {
    expect(escapeCodeBlock('\u001b[31merror\u001b[0m done\u001b]0;title\u0007')).toBe('error done[U+001B]]0;title[U+0007]')
  })
})
