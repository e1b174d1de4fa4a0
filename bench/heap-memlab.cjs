// The same job done with @memlab/core (installed by bench/heap.mjs into bench/.cache): load the
// ids of the first snapshot, load the second fully, take the objects new in it, compute shortest
// paths and retained sizes (memlab's preparePathFinder), group the new objects by name and find the
// retainer path of the largest groups. Prints wall time and peak RSS as JSON.
// usage: node bench/heap-memlab.cjs BEFORE AFTER
'use strict'
const path = require('node:path')
const started = performance.now()
const { utils, analysis, config } = require(path.join(__dirname, '.cache/node_modules/@memlab/core'))

async function main() {
  const [before, after] = process.argv.slice(2)
  config.verbose = false
  const baseline = await utils.getSnapshotNodeIdsFromFile(before, {})
  const snapshot = await utils.getSnapshotFromFile(after, { buildNodeIdIndex: true })
  const finder = analysis.preparePathFinder(snapshot)
  const groups = new Map()
  snapshot.nodes.forEach((node) => {
    if (baseline.has(node.id)) return
    let group = groups.get(node.name)
    if (!group) groups.set(node.name, (group = { name: node.name, count: 0, bytes: 0, node }))
    group.count++
    group.bytes += node.retainedSize
  })
  const top = [...groups.values()].sort((a, b) => b.bytes - a.bytes).slice(0, 10)
  for (const group of top) group.path = finder.getPathToGCRoots(snapshot, group.node)
  const ms = performance.now() - started
  const first = top[0]
  process.stdout.write(
    `${JSON.stringify({ ms, maxRss: process.resourceUsage().maxRSS * 1024, cpuMs: (process.cpuUsage().user + process.cpuUsage().system) / 1000, top: first && { name: first.name, count: first.count, bytes: first.bytes } })}\n`
  )
}
main().catch((error) => {
  console.error(error)
  process.exit(1)
})
