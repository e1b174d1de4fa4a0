// GitHub's markdown as a test can see it: micromark with the GFM extensions (tables, autolink
// literals, strikethrough, tag filter) renders as cmark-gfm does, raw HTML kept as GitHub keeps
// the tags it allows. GitHub then adds mentions and references to the text; `linkedText` finds
// what it would link.
import { micromark } from 'micromark'
import { gfm, gfmHtml } from 'micromark-extension-gfm'

export function renderGfm(markdown: string): string {
  return micromark(markdown, { extensions: [gfm()], htmlExtensions: [gfmHtml()], allowDangerousHtml: true })
}

/** The mentions, issue references and links GitHub would make of rendered HTML (code aside). */
export function linkedText(html: string): string[] {
  const text = html.replace(/<code>[\s\S]*?<\/code>/g, '').replace(/<pre>[\s\S]*?<\/pre>/g, '')
  const found: string[] = []
  for (const m of text.matchAll(/<a\b[^>]*>/g)) found.push(m[0])
  // GitHub's mention and reference filters run on the text after entities are decoded.
  const decoded = text
    .replace(/<[^>]*>/g, ' ')
    .replace(/&#(\d+);/g, (_, n: string) => String.fromCharCode(Number(n)))
    .replace(/&amp;/g, '&')
  for (const m of decoded.matchAll(/(^|[^\w`])@[A-Za-z0-9][\w-]*/g)) found.push(m[0].trim())
  for (const m of decoded.matchAll(/(^|[^\w&])#\d+/g)) found.push(m[0].trim())
  return found
}
