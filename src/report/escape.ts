// Everything from the PR (package names, versions, paths, log lines) passes through here before it
// reaches markdown: GitHub renders comments as GFM with inline HTML.

/** Text safe inside a markdown paragraph or table cell: no HTML, links, emphasis, mentions or pipes. */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\r\n]+/g, ' ')
    .replace(/[\\`*_{}[\]()#+!|<>~&@:"'=]/g, (c) => `&#${c.charCodeAt(0)};`)
}

/** Text safe inside a fenced code block: the fence cannot be closed from inside. */
export function escapeCodeBlock(text: string): string {
  return text.replace(/`{3,}/g, (m) => m.split('').join('\u200b'))
}
