// memgate-bisect/1 as the CLI prints it on a terminal, beside renderText of memgate-report/1. Pure.
import type { BisectReport } from '../bisect/search.js'
import { printable } from '../report/text.js'

/** The report as a few lines for a terminal. Pure. */
export function renderBisect(report: BisectReport): string {
  const lines: string[] = []
  const c = report.culprit
  if (c) {
    if (c.culprits.length > 0)
      lines.push(
        `Culprit: ${c.culprits.map((b) => `${b.name} ${b.from} → ${b.to}`).join(', ')}${c.clean.length ? ` (measured clean: ${c.clean.join(', ')})` : ''}`
      )
    else lines.push(`Culprit search: ${c.reason}`)
  }
  if (report.package) {
    lines.push(`${report.package} ${report.from} → ${report.to}`)
    for (const t of report.tested) {
      const bar = t.bar === null || t.bar === undefined ? '' : `, leak above ${fmt(t.bar)}`
      const growth = t.growth
        ? ` ${fmt(t.growth.estimate)} ${t.growth.unit} vs the reference (p = ${t.growth.pValue.toPrecision(2)}${bar})`
        : ''
      lines.push(`  ${t.version.padEnd(14)} ${t.verdict}${growth}`)
    }
    if (report.firstLeaking)
      lines.push(`First leaking: ${report.firstLeaking}${report.exact ? '' : ' (or earlier: a step stayed inconclusive)'}`)
    if (report.lastClean) lines.push(`Last clean: ${report.lastClean}`)
    if (report.newest) lines.push(`Newest published: ${report.newest.version} (${report.newest.verdict})`)
    if (report.newestInLine) lines.push(`Newest of ${report.to}'s line: ${report.newestInLine.version} (${report.newestInLine.verdict})`)
    if (report.verification) lines.push(`Verified: ${report.verification.summary}`)
    if (report.suggestion)
      lines.push(
        `Fix: in ${report.suggestion.manifest} (${report.suggestion.field}): ${report.suggestion.change}: ${report.suggestion.why}`
      )
    if (report.alternative)
      lines.push(
        `Alternative, a major upgrade: in ${report.alternative.manifest} (${report.alternative.field}): ${report.alternative.change}: ${report.alternative.why} (measured clean in the search, not verified against base)`
      )
  }
  lines.push(report.reason)
  for (const note of report.notes) lines.push(`Note: ${note}`)
  lines.push(
    `False-alarm rate ${report.alpha} for the whole search (${report.comparisons} comparisons at ${Number(report.alphaPerComparison.toPrecision(2))} each); ` +
      `took ${(report.figures.wallMs / 1000).toFixed(1)} s (${report.figures.soaks} soak runs, ${report.figures.installs} installs).`
  )
  return printable(lines.join('\n'))
}

function fmt(n: number): string {
  return Math.abs(n) >= 100 ? n.toFixed(0) : Math.abs(n) >= 10 ? n.toFixed(1) : n.toFixed(2)
}
