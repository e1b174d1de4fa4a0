// Writes two heap snapshots of one real Node.js process, before.heapsnapshot and after.heapsnapshot,
// the first about TARGET_MB large: a store of records (objects, strings, arrays, Maps, closures),
// then a leak of Session objects (10% more) before the second.
// usage: node --expose-gc bench/heap-make.cjs OUT_DIR TARGET_MB
'use strict'
const path = require('node:path')
const v8 = require('node:v8')

const [out, targetArg] = process.argv.slice(2)
// Measured on Node 20: about 1450 records per MB of snapshot file.
const records = Math.round(Number(targetArg) * 1450)

class Record {
  constructor(i) {
    this.id = i
    this.name = `record-${i}`
    this.tags = [i % 7, i % 11]
    this.meta = { created: i, owner: `user-${i % 1000}` }
    this.format = () => `${this.name}#${this.id}`
  }
}
const byOwner = new Map()
const store = []
for (let i = 0; i < records; i++) {
  const record = new Record(i)
  store.push(record)
  const owner = record.meta.owner
  if (!byOwner.has(owner)) byOwner.set(owner, [])
  byOwner.get(owner).push(i)
}
globalThis.store = store
globalThis.byOwner = byOwner

function snapshot(name) {
  for (let k = 0; k < 3; k++) globalThis.gc()
  return v8.writeHeapSnapshot(path.join(out, name))
}

const before = snapshot('before.heapsnapshot')
class Session {
  constructor(i) {
    this.i = i
    this.buffer = new Array(8).fill(i)
    this.label = `session ${i}`
  }
}
const sessions = []
for (let i = 0; i < records / 10; i++) sessions.push(new Session(i))
globalThis.sessions = sessions
const after = snapshot('after.heapsnapshot')
process.stdout.write(`${JSON.stringify({ node: process.version, records, before, after })}\n`)
