// One memgate `heap diff` (as the CLI runs it) in this process; prints wall time and peak RSS as JSON.
// usage: node bench/heap-memgate.mjs BUILD_DIR BEFORE AFTER
const [build, before, after] = process.argv.slice(2)
const started = performance.now()
const { diffSnapshotFiles } = await import(`${build}/heap/analyze.js`)
const diff = await diffSnapshotFiles([before, after])
const ms = performance.now() - started
const top = diff.suspects[0]
process.stdout.write(
  `${JSON.stringify({ ms, maxRss: process.resourceUsage().maxRSS * 1024, cpuMs: (process.cpuUsage().user + process.cpuUsage().system) / 1000, top: top && { name: top.name, count: top.count, bytes: top.bytes } })}\n`
)
