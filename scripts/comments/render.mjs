// Markdown files → HTML pages styled like a GitHub comment: GFM by micromark (as __tests__/support/gfm.ts
// renders it), Mermaid blocks drawn by the mermaid.min.js given. Usage: node render.mjs DIR MERMAID_JS
import * as fs from 'node:fs'
import * as path from 'node:path'
import { micromark } from 'micromark'
import { gfm, gfmHtml } from 'micromark-extension-gfm'

const [dir, mermaid] = process.argv.slice(2)
const css = `
body { margin: 0; background: #fff; font: 14px/1.5 -apple-system, "Segoe UI", "Noto Sans", Helvetica, Arial, sans-serif; color: #1f2328; }
.comment { width: 760px; margin: 16px; border: 1px solid #d1d9e0; border-radius: 6px; }
.header { background: #f6f8fa; border-bottom: 1px solid #d1d9e0; padding: 8px 16px; color: #59636e; border-radius: 6px 6px 0 0; }
.body { padding: 16px; }
h2 { font-size: 1.5em; border-bottom: 1px solid #d1d9e0; padding-bottom: .3em; margin: 0 0 16px; }
h3 { font-size: 1.25em; margin: 24px 0 16px; }
p, ul, ol, table, pre, details { margin: 0 0 16px; }
table { border-collapse: collapse; display: block; overflow: auto; }
th, td { border: 1px solid #d1d9e0; padding: 6px 13px; }
tr:nth-child(2n) { background: #f6f8fa; }
code { background: #eff1f3; border-radius: 6px; padding: .2em .4em; font: 85% ui-monospace, SFMono-Regular, Menlo, monospace; }
pre { background: #f6f8fa; border-radius: 6px; padding: 16px; overflow: auto; }
pre code { background: none; padding: 0; }
a { color: #0969da; text-decoration: none; }
summary { cursor: pointer; }
sub { color: #59636e; }
.mermaid { background: none; padding: 0; }
`
for (const file of fs.readdirSync(dir).filter((f) => f.endsWith('.md'))) {
  const markdown = fs.readFileSync(path.join(dir, file), 'utf8')
  let html = micromark(markdown, { extensions: [gfm()], htmlExtensions: [gfmHtml()], allowDangerousHtml: true })
  html = html.replace(/<pre><code class="language-mermaid">([\s\S]*?)<\/code><\/pre>/g, '<pre class="mermaid">$1</pre>')
  const page = `<!doctype html><meta charset="utf-8"><style>${css}</style>
<div class="comment"><div class="header"><b>github-actions</b> bot commented</div><div class="body">${html}</div></div>
<script src="file://${mermaid}"></script><script>mermaid.initialize({ startOnLoad: true })</script>`
  fs.writeFileSync(path.join(dir, file.replace(/\.md$/, '.html')), page)
}
