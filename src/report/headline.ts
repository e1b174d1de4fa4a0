// The few sentences a reviewer reads first, in the same words on every surface: the comment's
// headline, the status description, the CLI's first line, the confidence sentence. Pure.
//
// Values from the PR (names, versions) go through `quote`: markdown passes its escaping, the
// status and the terminal pass them as they are (the terminal strips control characters itself).
import { formatDuration } from '../bytes.js'
import type { Bump } from '../types.js'
import type { Report } from './build.js'
import { formatBytes, formatRate } from './numbers.js'

export type Quote = (value: string) => string

const plain: Quote = (value) => value

/** What the verdict is about: the culprit bump when known, the only bump, or "one of N bumps". */
export function subjectOf(report: Report, culprit?: string | null, quote: Quote = plain): string {
  const named = culprit ? report.bumps.find((b) => b.name === culprit) : undefined
  const bump = named ?? (report.bumps.length === 1 ? report.bumps[0] : undefined)
  if (bump) return bumpWords(bump, quote)
  if (culprit) return quote(culprit)
  if (report.bumps.length === 0) return 'this change'
  return `one of ${report.bumps.length} dependency bumps`
}

/** `event-hub 1.0.0 → 2.0.0`, `left-pad (added)` */
export function bumpWords(b: Bump, quote: Quote = plain): string {
  if (b.type === 'added') return `${quote(b.name)} ${quote(b.to ?? '')} (added)`.replace('  ', ' ')
  if (b.type === 'removed') return `${quote(b.name)} (removed)`
  return `${quote(b.name)} ${quote(b.from ?? '∅')} → ${quote(b.to ?? '∅')}`
}

/** A rate as "+281 B per iteration"; never "−0". */
export function rateWords(bytesPerUnit: number, unit: string, sign = true): string {
  const value = zero(bytesPerUnit)
  const text = formatRate(Math.abs(value), unit).replace('/', ' per ')
  return `${sign ? (value > 0 ? '+' : value < 0 ? '−' : '') : value < 0 ? '−' : ''}${text}`
}

/** "266 to 296 B per iteration", "−0.90 to 0.20 B per iteration": one unit for both ends. */
export function rangeWords(low: number, high: number, unit: string): string {
  const per = unit.replace(/^bytes\//, '')
  const [scale, label] = Math.max(Math.abs(low), Math.abs(high)) >= 1024 ? [1024, 'KiB'] : [1, 'B']
  const n = (v: number) => {
    const x = zero(v / scale)
    const text = Math.abs(x) >= 10 ? String(Math.round(Math.abs(x))) : Math.abs(x).toFixed(scale === 1 ? 2 : 1)
    return x < 0 ? `−${text}` : text
  }
  return `${n(low)} to ${n(high)} ${label} per ${per}`
}

/** Rounds away the "−0" and "-0.00" a tiny negative number prints as. */
export function zero(value: number): number {
  return Math.abs(value) < 0.005 ? 0 : value
}

/** What the difference adds up to over one soak run: "about +16 MiB over the 60,000-iteration soak". */
export function totalWords(report: Report): string | null {
  const { difference: d, series } = report
  const length = series?.x[series.x.length - 1]
  if (!d || !series || length === undefined || !(length > 0)) return null
  const total = d.estimate * length
  if (Math.abs(total) < 1024) return null
  const soak = series.unit === 'iteration' ? `${Math.round(length).toLocaleString('en-US')}-iteration` : formatDuration(length)
  return `about ${total > 0 ? '+' : '−'}${formatBytes(Math.abs(total))} over the ${soak} soak`
}

/** The headline without its icon, for the comment, the terminal and the summary. */
export function headlineWords(
  report: Report & { series?: { unit: string; x: number[] } | null },
  culprit?: string | null,
  quote: Quote = plain
): string {
  const subject = subjectOf(report, culprit, quote)
  const d = report.difference
  const unit = report.unit
  switch (report.verdict) {
    case 'leak': {
      if (!d || !unit) return `${subject} leaks memory`
      const total = totalWords(report)
      return `${subject} leaks memory: ${rateWords(d.estimate, unit)}${total ? ` (${total})` : ''}`
    }
    case 'pass':
      if (!d || !unit) return `no leak in ${subject}`
      return d.high <= 0
        ? `no leak in ${subject}: head's heap grows no faster than base's`
        : `no leak in ${subject}: head's heap grows at most ${rateWords(d.high, unit, false)} more than base's`
    case 'inconclusive':
      return `undecided: memgate could not tell whether ${subject} leaks memory`
    case 'error':
      return `not measured: memgate could not measure ${subject}`
    default:
      return `nothing to measure`
  }
}

/**
 * The one sentence that says how sure the verdict is, from the one false-alarm rate (alpha) the
 * verdict was tested at; null where nothing was compared.
 */
export function confidenceSentence(report: Report): string | null {
  const d = report.difference
  if (!d || !report.unit) return null
  const runs = `${report.base.used ?? report.base.runs} + ${report.head.used ?? report.head.runs} runs`
  const p = `p = ${d.pValue.toPrecision(2)}`
  const bar = report.minimumEffect !== undefined ? `the bar is ${rateWords(report.minimumEffect, report.unit, false)}` : null
  const alpha = report.alpha !== undefined ? `a leak needs p ≤ ${report.alpha.toPrecision(2)}` : null
  const range = `head's heap grows ${rangeWords(d.low, d.high, report.unit)} more than base's`
  const tail = [bar, alpha].filter(Boolean).join('; ')
  return `${capitalize(range)}; ${p} with ${runs}${tail ? ` (${tail})` : ''}.`
}

/** The commit status's description, package and effect first; GitHub keeps 140 characters. */
export function statusDescription(report: Report, culprit?: string | null): string {
  const subject = report.bumps.length === 1 || culprit ? subjectOf(report, culprit) : `${report.bumps.length} bumps`
  const d = report.difference
  const unit = report.unit
  const rate = (v: number, sign = true) => (unit ? rateWords(v, unit, sign).replace(' per ', '/') : '')
  const reason = report.reason.split('\n')[0] ?? ''
  let text: string
  switch (report.verdict) {
    case 'leak':
      text = d && unit ? `leak: ${subject} ${rate(d.estimate)}` : `leak: ${subject}: ${reason}`
      break
    case 'pass':
      text =
        !d || !unit
          ? `pass: ${subject}`
          : d.high <= 0
            ? `pass: ${subject} grows no faster than base`
            : `pass: ${subject} within ${rate(d.high, false)} of base`
      break
    case 'inconclusive':
      text = `inconclusive: ${subject}: ${reason}`
      break
    case 'error':
      text = `error: ${reason}`
      break
    default:
      text = `skipped: ${reason || 'nothing to measure'}`
  }
  const time = report.durationMs !== undefined && report.verdict !== 'skipped' ? ` (${formatDuration(report.durationMs)})` : ''
  return cut(text.replace(/\s+/g, ' '), MAX_STATUS_DESCRIPTION - time.length) + time
}

/** The pending status: what runs and about how long it takes. */
export function pendingDescription(what: string, expectedMs?: number): string {
  const time = expectedMs !== undefined && expectedMs > 0 ? `, about ${formatDuration(expectedMs)}` : ''
  return cut(`${what}${time}`, MAX_STATUS_DESCRIPTION)
}

/** GitHub rejects a longer commit status description. */
export const MAX_STATUS_DESCRIPTION = 140

function cut(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1)
}
