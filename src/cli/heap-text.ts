// Plain-text renderings for the CLI (`memgate heap summary|diff`).

import { formatBytes } from '../bytes.js'
import { readablePath } from '../heap/attribution.js'
import type { HeapDiff } from '../heap/diff.js'
import type { HeapSummary } from '../heap/summary.js'

/** The summary as a table: class, count, self size, retained size; `limit` rows (default 25). */
export function formatHeapSummary(summary: HeapSummary, limit = 25): string {
  const lines = [
    `${summary.nodeCount} nodes, ${summary.edgeCount} edges, ${formatBytes(summary.totalBytes)} in total`,
    '',
    `${'count'.padStart(10)}  ${'self size'.padStart(11)}  ${'retained'.padStart(11)}  class`
  ]
  for (const g of summary.groups.slice(0, limit)) {
    const retained = g.retainedBytes === undefined ? '' : formatBytes(g.retainedBytes)
    lines.push(`${String(g.count).padStart(10)}  ${formatBytes(g.bytes).padStart(11)}  ${retained.padStart(11)}  ${g.name}`)
  }
  if (summary.groups.length > limit) lines.push(`… ${summary.groups.length - limit} more classes (--json for all)`)
  return lines.join('\n')
}

/** The suspects, largest first, each with its package, growth and retainer path (root first). */
export function formatHeapDiff(diff: HeapDiff): string {
  const n = diff.snapshots.length
  const first = diff.snapshots.at(0)
  const last = diff.snapshots.at(-1)
  // diffGraphs needs an earlier snapshot besides the last: a diff of fewer is not one
  if (!first || !last || n < 2) return `${n} snapshot(s): nothing to compare.`
  const lines = [
    `${n} snapshots (${diff.technique}): heap ${formatBytes(first.totalBytes)} → ${formatBytes(last.totalBytes)}, ` +
      `${diff.newObjects.count} objects (${formatBytes(diff.newObjects.bytes)}) allocated after the first and still alive`
  ]
  if (diff.technique === 'two-snapshot')
    lines.push("Each class counts for its net growth (last − first, in count and size), as DevTools' Comparison view.")
  if (diff.suspects.length === 0) {
    lines.push(`No suspect above the noise threshold (${formatBytes(diff.threshold.bytes)} retained).`)
    return lines.join('\n')
  }
  diff.suspects.forEach((s, k) => {
    lines.push('')
    const pkg = s.package ? `package ${s.package}${s.bumped ? ' (bumped)' : ''}` : 'no package'
    lines.push(`${k + 1}. ${s.name}: ${s.count} new, ${formatBytes(s.bytes)} retained (${formatBytes(s.selfBytes)} self) — ${pkg}`)
    if (s.site) lines.push(`   created at ${s.site}`)
    lines.push(`   ${s.className} count per snapshot: ${s.growth.count.join(' → ')}`)
    if (s.retainerPath.length > 0) {
      lines.push('   retainer path:')
      for (const step of readablePath(s.retainerPath)) lines.push(`     ${step}`)
    } else lines.push('   not reachable from the GC roots without weak edges')
  })
  return lines.join('\n')
}
