// Everything from the PR or an artifact (package names, versions, paths, object names, log lines)
// passes through here before it reaches markdown: GitHub renders comments as GFM with inline HTML,
// then turns `@name` into mentions, `#123` into references and bare `www.`/`http://` into links.
//
// Escape what can be interpreted, nothing else: the raw text shows in notification e-mails, the
// API and the edit box, so `head's heap (p = 0.004)` must stay as readable as it renders. HTML
// entities are no help against mentions and references (GitHub decodes them first): a zero-width
// joiner after `@` and `#` breaks those, as Renovate does, and stays invisible.

/** U+200D ZERO WIDTH JOINER: invisible, and no user name, reference or host name contains it. */
export const ZWJ = '\u200d'

// Line breaks of every kind, folded so that a value cannot start a block of its own.
const LINE_BREAKS = /[\r\n\u2028\u2029]+/g

// Unicode format characters (Cf: bidi embeddings, overrides and isolates, zero-width characters,
// the soft hyphen, tag characters) and the control characters but tab and line breaks: invisible, or
// able to make a name read as another ("Trojan Source"). Shown as their code points instead.
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what it looks for
const INVISIBLE = /[\p{Cf}\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/gu

/** `text` with every format and control character (see INVISIBLE) written as `[U+202E]`. Pure. */
export function showInvisible(text: string): string {
  return text.replace(INVISIBLE, (c) => `[U+${(c.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}]`)
}

/**
 * Mentions, references and bare links that GitHub would make of plain text, made inert; format
 * characters shown (the joiners added here are memgate's own). Pure.
 */
export function neutralizeLinks(text: string): string {
  return noComment(showInvisible(text))
    .replace(/@/g, `@${ZWJ}`)
    .replace(/#(?=\d)/g, `#${ZWJ}`)
    .replace(/\b(gh)-(?=\d)/gi, `$1-${ZWJ}`)
    .replace(/\b(https?):(?=\/\/)/gi, `$1:${ZWJ}`)
    .replace(/\b(www)\./gi, `$1${ZWJ}.`)
}

/**
 * Text safe where a markdown block starts (a paragraph, a list item's text): escapeInline, and a
 * leading `#`, `>`, `-`, `+` or `1.` that would make a heading, quote or list escaped too.
 */
export function escapeMarkdown(text: string): string {
  return escapeInline(text).replace(
    /^([ \t]*)(#|>|-|\+|\d{1,9}[.)](?=[ \t]|$))/,
    (_, space: string, mark: string) => `${space}${mark.slice(0, -1)}\\${mark.slice(-1)}`
  )
}

/**
 * Text safe inside a line of markdown (a table cell, after other text): backslashes before the few
 * characters that start markup there (`\ * _ ~ [ ] < & | $`), links, mentions and references made
 * inert, line breaks folded. Everything else stays as it is.
 */
export function escapeInline(text: string): string {
  const flat = neutralizeLinks(text.replace(LINE_BREAKS, ' '))
  let out = ''
  for (let i = 0; i < flat.length; i++) {
    const c = flat.charAt(i)
    if (c === '_') {
      // An underscore between two letters or digits cannot open or close emphasis: node_modules stays.
      out += isWordChar(flat[i - 1]) && isWordChar(flat[i + 1]) ? c : '\\_'
    } else if ('\\`*~[]<&|$'.includes(c)) out += `\\${c}`
    else out += c
  }
  return out
}

/**
 * Text safe inside raw HTML (a `<summary>` line, where markdown is not parsed but mentions still
 * are): `& < > "` as entities, links and mentions made inert, line breaks folded.
 */
export function escapeHtml(text: string): string {
  return neutralizeLinks(text.replace(LINE_BREAKS, ' ')).replace(/[&<>"]/g, (c) => HTML_ENTITIES[c] ?? c)
}

const HTML_ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' }

/**
 * A value as inline code, where GitHub interprets nothing (no HTML, emphasis, links or mentions): a
 * run of backticks longer than any inside, padded where the value starts or ends with one. In a
 * table cell (`table`), `|` is written `\|`, which GFM reads back as `|` inside code.
 */
export function codeSpan(text: string, table = false): string {
  let value = noComment(showInvisible(text.replace(LINE_BREAKS, ' ')))
  // Renderers disagree on a backslash before the pipe: doubled, it cannot unescape the pipe in any
  // (it then shows twice, a small price for a cell that cannot be split).
  if (table) value = escapePipes(value)
  let longest = 0
  for (let run = 0, i = 0; i < value.length; i++) {
    run = value[i] === '`' ? run + 1 : 0
    if (run > longest) longest = run
  }
  const fence = '`'.repeat(longest + 1)
  // CommonMark strips one space from each end when both are there: pad a value that starts or ends
  // with a backtick or a space, so that it shows as it is.
  const pad = /^[`\s]|[`\s]$/.test(value) && value.trim() !== '' ? ' ' : ''
  return value === '' ? '' : `${fence}${pad}${value}${pad}${fence}`
}

/** Text safe inside a fenced code block: the fence cannot be closed from inside. */
export function escapeCodeBlock(text: string): string {
  // A log's colours (ANSI CSI sequences) go; any other control or format character is shown.
  // biome-ignore lint/suspicious/noControlCharactersInRegex: ESC starts what it removes
  const plain = text.replace(/\u001b\[[0-9;?]*[ -/]*[@-~]/g, '')
  return noComment(showInvisible(plain)).replace(/`{3,}/g, (m) => m.split('').join('\u200b'))
}

/**
 * `<!--` broken by a zero-width space: code shows it as it is, but the comment's source must not
 * open an HTML comment of the PR's (memgate's own marker and data block are comments).
 */
function noComment(text: string): string {
  return text.replace(/<!--/g, '<!\u200b--')
}

function escapePipes(text: string): string {
  let out = ''
  let slashes = ''
  for (const c of text) {
    if (c === '\\') slashes += c
    else {
      out += c === '|' ? `${slashes}${slashes}\\|` : `${slashes}${c}`
      slashes = ''
    }
  }
  return out + slashes
}

function isWordChar(c: string | undefined): boolean {
  return c !== undefined && /[\p{L}\p{N}]/u.test(c)
}
