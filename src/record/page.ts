// The store's page: main's growth per commit as plain HTML with an inline SVG chart (no script, no
// external resource, ready for GitHub Pages). Pure: a memgate-trend/1 in, the page's text out.
// Bump names come from lockfiles, which anyone could have written: every text is escaped.

import { escapeHtml } from '../report/escape.js'
import { shortSha } from '../sha.js'
import type { Bump } from '../types.js'
import type { TrendDocument, TrendSeries } from './trend.js'

/** The page shows the last 100 points of each series. */
export const PAGE_POINTS = 100

const W = 900
const H = 320
const PAD = { left: 70, right: 20, top: 20, bottom: 40 }

// A URL memgate built (the server, the repository, a SHA) as an attribute: quoted, never neutralized.
const attribute = (text: string): string => text.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`)
const num = (value: number): string =>
  Math.abs(value) >= 100 ? value.toFixed(0) : Math.abs(value) >= 10 ? value.toFixed(1) : value.toFixed(2)
const bumpText = (b: Bump): string => `${b.name} ${b.from ?? '(none)'} → ${b.to ?? '(none)'}`

/** A round step for about five ticks over the span. */
function tickStep(span: number): number {
  const raw = span / 5
  const power = 10 ** Math.floor(Math.log10(raw))
  return [1, 2, 5, 10].map((m) => m * power).find((s) => s >= raw) ?? raw
}

function chart(series: TrendSeries): string {
  const points = series.points.slice(-PAGE_POINTS)
  if (points.length === 0) return '<p>No records.</p>'
  const lows = points.map((p) => p.low)
  const highs = points.map((p) => p.high)
  let min = Math.min(0, ...lows)
  let max = Math.max(...highs)
  if (max - min < 1e-9) max = min + 1
  const step = tickStep(max - min)
  min = Math.floor(min / step) * step
  max = Math.ceil(max / step) * step
  const x = (i: number): number => PAD.left + (points.length === 1 ? 0.5 : i / (points.length - 1)) * (W - PAD.left - PAD.right)
  const y = (v: number): number => PAD.top + (1 - (v - min) / (max - min)) * (H - PAD.top - PAD.bottom)
  const parts: string[] = []
  for (let v = min; v <= max + step / 2; v += step) {
    parts.push(
      `<line x1="${PAD.left}" x2="${W - PAD.right}" y1="${y(v).toFixed(1)}" y2="${y(v).toFixed(1)}" stroke="#e5e7eb"/>`,
      `<text x="${PAD.left - 6}" y="${(y(v) + 4).toFixed(1)}" text-anchor="end" font-size="11">${num(v)}</text>`
    )
  }
  const index = new Map(points.map((p, i) => [p.commit, i]))
  for (const change of series.changes) {
    const i = index.get(change.commit)
    if (i === undefined) continue
    const start = Math.max(0, (index.get(change.lastBefore) ?? i - 1) + 0.5)
    const xs = x(Math.min(start, points.length - 1))
    parts.push(
      `<line x1="${xs.toFixed(1)}" x2="${xs.toFixed(1)}" y1="${PAD.top}" y2="${H - PAD.bottom}" stroke="#dc2626" stroke-dasharray="4 3"><title>step up at ${shortSha(change.commit)}: ${num(change.before.estimate)} → ${num(change.after.estimate)}</title></line>`
    )
  }
  const line = points.map((p, i) => `${x(i).toFixed(1)},${y(p.estimate).toFixed(1)}`).join(' ')
  parts.push(`<polyline points="${line}" fill="none" stroke="#2563eb" stroke-width="1.5"/>`)
  points.forEach((p, i) => {
    const bumped = p.bumps.length > 0
    const title = escapeHtml(
      `${shortSha(p.commit)}: ${num(p.estimate)} ${series.unit} (${num(p.low)} to ${num(p.high)}, ${p.runs} runs)${bumped ? `; bumps: ${p.bumps.map(bumpText).join(', ')}` : ''}`
    )
    parts.push(
      `<line x1="${x(i).toFixed(1)}" x2="${x(i).toFixed(1)}" y1="${y(p.low).toFixed(1)}" y2="${y(p.high).toFixed(1)}" stroke="#93c5fd"/>`,
      `<circle cx="${x(i).toFixed(1)}" cy="${y(p.estimate).toFixed(1)}" r="${bumped ? 4.5 : 2.5}" fill="${bumped ? '#f59e0b' : '#2563eb'}"><title>${title}</title></circle>`
    )
  })
  parts.push(
    `<text x="${PAD.left}" y="${H - 12}" font-size="11">${shortSha(points[0]?.commit ?? '')}</text>`,
    `<text x="${W - PAD.right}" y="${H - 12}" font-size="11" text-anchor="end">${shortSha(points[points.length - 1]?.commit ?? '')}</text>`,
    `<text x="14" y="${H / 2}" font-size="11" transform="rotate(-90 14 ${H / 2})" text-anchor="middle">${escapeHtml(series.unit)}</text>`
  )
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${W} ${H}" width="${W}" height="${H}" role="img" aria-label="growth per commit">${parts.join('')}</svg>`
}

function seriesSection(series: TrendSeries, commitUrl: (sha: string) => string | null): string {
  const link = (sha: string): string => {
    const url = commitUrl(sha)
    return url ? `<a href="${attribute(url)}"><code>${shortSha(sha)}</code></a>` : `<code>${shortSha(sha)}</code>`
  }
  const k = series.key
  const shown = series.points.slice(-PAGE_POINTS)
  const changes = series.changes.length
    ? `<h3>Steps up</h3><table><tr><th>new level from</th><th>last before</th><th>before</th><th>after</th><th>p</th><th>bumps in between</th></tr>${series.changes
        .map(
          (c) =>
            `<tr><td>${link(c.commit)}</td><td>${link(c.lastBefore)}</td><td>${num(c.before.estimate)}</td><td>${num(c.after.estimate)}</td><td>${c.pValue.toPrecision(2)}</td><td>${
              c.bumps.length ? escapeHtml(c.bumps.map(bumpText).join(', ')) : 'none'
            }</td></tr>`
        )
        .join('')}</table>`
    : '<p>No lasting step up.</p>'
  const last = shown[shown.length - 1]
  const latest = last
    ? `<p>Latest: ${link(last.commit)}, ${num(last.estimate)} ${escapeHtml(series.unit)} (runs from ${num(last.low)} to ${num(last.high)}, ${last.runs} runs).</p>`
    : ''
  const bumped = shown.filter((p) => p.bumps.length)
  const bumps = bumped.length
    ? `<h3>Commits that bumped dependencies</h3><ul>${bumped.map((p) => `<li>${link(p.commit)}: ${escapeHtml(p.bumps.map(bumpText).join(', '))}</li>`).join('')}</ul>`
    : ''
  return `<section><h2><code>${escapeHtml(k.soak)}</code> on ${escapeHtml(k.os)} ${escapeHtml(k.arch)}, Node.js ${escapeHtml(k.node)}${
    k.workingDirectory !== '.' ? ` in <code>${escapeHtml(k.workingDirectory)}</code>` : ''
  }</h2><p>Growth of the post-GC heap per commit (median of the runs, bar: smallest to largest run) over the last ${shown.length} commits with a record; orange: the commit bumped dependencies; red: a lasting step up.</p>${latest}${chart(series)}${changes}${bumps}</section>`
}

/**
 * The page of a trend. `commitUrl` links a commit (e.g. to GitHub); null leaves it plain.
 * Never loads anything: no script, no stylesheet, no image outside the page.
 */
export function renderPage(trend: TrendDocument, options: { title: string; commitUrl?: (sha: string) => string | null }): string {
  const commitUrl = options.commitUrl ?? (() => null)
  const body = trend.series.length
    ? trend.series.map((s) => seriesSection(s, commitUrl)).join('\n')
    : '<p>No records along this history yet.</p>'
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>${escapeHtml(options.title)}</title>
<style>body{font-family:system-ui,sans-serif;margin:2rem;max-width:960px;color:#111}table{border-collapse:collapse}td,th{border:1px solid #ddd;padding:4px 8px;text-align:left}svg{max-width:100%;height:auto}</style>
</head><body><h1>${escapeHtml(options.title)}</h1><p>memgate's record of ${shortSha(trend.ref)} and its first-parent history.</p>
${body}
</body></html>
`
}
