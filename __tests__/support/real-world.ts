// Real-world leak shapes for the tests, published into the test's Verdaccio: each is a small
// package in a clean and a leaking version, and a soak of the kind a service would write (one
// iteration per request or job, teardown at the end that frees what leaked).
import type { FixturePackage } from './registry.js'

export interface RealWorldCase {
  /** The package whose bump leaks. */
  name: string
  clean: string
  leaky: string
  packages: FixturePackage[]
  /** soak.js of the project: reads SOAK_ITERATIONS (count) and tears down after the last one. */
  soak: string
}

/**
 * A keep-alive HTTP client whose leaky version adds an `error` listener to the pooled socket on
 * every request and never removes it; each listener keeps the request's config (its 8 KiB body)
 * alive for as long as the socket lives. The soak serves itself over loopback and, as a tidy
 * service does, closes the server and destroys the agent at the end: the leak is gone at exit.
 */
export function keepAliveClient(): RealWorldCase {
  const source = (version: string, leaks: boolean) => `'use strict'
// keepalive-client@${version}: one pooled keep-alive socket per host.
const http = require('node:http')
exports.version = '${version}'
exports.createClient = function createClient(base) {
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1 })
  const url = new URL(base)
  function request(path, body) {
    const config = { path, body, headers: { 'content-type': 'text/plain', 'content-length': Buffer.byteLength(body) } }
    return new Promise((resolve, reject) => {
      const req = http.request({ host: url.hostname, port: url.port, method: 'POST', path, headers: config.headers, agent }, (res) => {
        let text = ''
        res.setEncoding('utf8').on('data', (chunk) => (text += chunk)).on('end', () => resolve({ status: res.statusCode, text }))
      })
      req.on('socket', (socket) => {
        ${
          leaks
            ? `socket.setMaxListeners(0)
        socket.on('error', function handleRequestSocketError(error) { config.error = error })`
            : `const onError = function handleRequestSocketError(error) { config.error = error }
        socket.on('error', onError)
        req.once('close', () => socket.removeListener('error', onError))`
        }
      })
      req.on('error', reject)
      req.end(body)
    })
  }
  return { request, destroy: () => agent.destroy() }
}
`
  return {
    name: 'keepalive-client',
    clean: '2.3.0',
    leaky: '2.4.0',
    packages: [
      { name: 'keepalive-client', version: '2.3.0', files: { 'index.js': source('2.3.0', false) } },
      { name: 'keepalive-client', version: '2.4.0', files: { 'index.js': source('2.4.0', true) } }
    ],
    soak: `'use strict'
const http = require('node:http')
const { createClient } = require('keepalive-client')
const server = http.createServer((req, res) => {
  let n = 0
  req.on('data', (chunk) => (n += chunk.length)).on('end', () => res.end(String(n)))
})
server.listen(0, '127.0.0.1', async () => {
  const client = createClient('http://127.0.0.1:' + server.address().port)
  for (let i = 0, n = Number(process.env.SOAK_ITERATIONS || 3000); i < n; i++) {
    await client.request('/orders/' + i, Buffer.alloc(8192, 97 + (i % 26)).toString('latin1'))
    process.emit('memgate:iteration')
  }
  // A tidy service: what leaked on the pooled socket goes with it.
  server.close()
  client.destroy()
})
`
  }
}

/**
 * An LRU cache whose leaky version evicts its tail without cutting the new tail's link to it: every
 * evicted entry stays reachable through a chain of `next` links that only grows. The soak clears
 * the cache at the end.
 */
export function brokenLinkLru(): RealWorldCase {
  const source = (version: string, leaks: boolean) => `'use strict'
// lru-list@${version}: a map and a doubly linked list, most recent first.
exports.version = '${version}'
class Entry {
  constructor(key, value) { this.key = key; this.value = value; this.prev = null; this.next = null }
}
class LRU {
  constructor(max) { this.max = max; this.map = new Map(); this.head = null; this.tail = null }
  get(key) {
    const entry = this.map.get(key)
    return entry ? entry.value : undefined
  }
  set(key, value) {
    const entry = new Entry(key, value)
    entry.next = this.head
    if (this.head) this.head.prev = entry
    this.head = entry
    if (!this.tail) this.tail = entry
    this.map.set(key, entry)
    if (this.map.size > this.max) this.evict()
  }
  evict() {
    const old = this.tail
    this.map.delete(old.key)
    this.tail = old.prev
    ${leaks ? '' : 'this.tail.next = null\n    old.prev = null'}
  }
  clear() { this.map.clear(); this.head = this.tail = null }
}
exports.LRU = LRU
`
  return {
    name: 'lru-list',
    clean: '4.0.0',
    leaky: '4.0.1',
    packages: [
      { name: 'lru-list', version: '4.0.0', files: { 'index.js': source('4.0.0', false) } },
      { name: 'lru-list', version: '4.0.1', files: { 'index.js': source('4.0.1', true) } }
    ],
    soak: `'use strict'
const { LRU } = require('lru-list')
const cache = new LRU(200)
for (let i = 0, n = Number(process.env.SOAK_ITERATIONS || 3000); i < n; i++) {
  cache.set('session-' + i, { id: i, token: Buffer.alloc(2048, 97 + (i % 26)).toString('latin1') })
  cache.get('session-' + (i >> 1))
  process.emit('memgate:iteration')
}
cache.clear()
`
  }
}

/**
 * A metrics registry whose leaky version keeps every timer it ever started in its `active` set:
 * `end()` records the duration but never forgets the timer. The soak resets the registry at the end.
 */
export function forgetfulRegistry(): RealWorldCase {
  const source = (version: string, leaks: boolean) => `'use strict'
// metrics-registry@${version}
exports.version = '${version}'
class Timer {
  constructor(registry, name, labels) { this.registry = registry; this.name = name; this.labels = labels; this.started = process.hrtime.bigint() }
  end() {
    const ms = Number(process.hrtime.bigint() - this.started) / 1e6
    const total = this.registry.totals.get(this.name) || { count: 0, ms: 0 }
    total.count++
    total.ms += ms
    this.registry.totals.set(this.name, total)
    ${leaks ? '' : 'this.registry.active.delete(this)'}
    return ms
  }
}
class Registry {
  constructor() { this.totals = new Map(); this.active = new Set() }
  startTimer(name, labels) {
    const timer = new Timer(this, name, labels)
    this.active.add(timer)
    return timer
  }
  reset() { this.totals.clear(); this.active.clear() }
}
exports.registry = new Registry()
`
  return {
    name: 'metrics-registry',
    clean: '1.2.0',
    leaky: '1.3.0',
    packages: [
      { name: 'metrics-registry', version: '1.2.0', files: { 'index.js': source('1.2.0', false) } },
      { name: 'metrics-registry', version: '1.3.0', files: { 'index.js': source('1.3.0', true) } }
    ],
    soak: `'use strict'
const { registry } = require('metrics-registry')
const queue = []
for (let i = 0, n = Number(process.env.SOAK_ITERATIONS || 3000); i < n; i++) {
  // A queue consumer: one job per iteration, timed, its payload in the timer's labels.
  queue.push({ id: i, payload: Buffer.alloc(1024, 97 + (i % 26)).toString('latin1') })
  const job = queue.shift()
  const timer = registry.startTimer('job', { id: job.id, payload: job.payload })
  timer.end()
  process.emit('memgate:iteration')
}
registry.reset()
`
  }
}

/**
 * A response cache whose leaky version keeps every body it ever saw (14,815 bytes each) in a list
 * it never trims: a leak large enough that the probe's full GCs on the growing heap leave a run few
 * samples. The soak runs on its own clock (SOAK_MS), as a load test does.
 */
export function largeLeak(): RealWorldCase {
  const source = (version: string, leaks: boolean) => `'use strict'
// response-cache@${version}
exports.version = '${version}'
const recent = []
exports.remember = function remember(id, body) {
  recent.push({ id, body })
  ${leaks ? '' : 'if (recent.length > 16) recent.shift()'}
  return recent.length
}
`
  return {
    name: 'response-cache',
    clean: '3.0.0',
    leaky: '3.1.0',
    packages: [
      { name: 'response-cache', version: '3.0.0', files: { 'index.js': source('3.0.0', false) } },
      { name: 'response-cache', version: '3.1.0', files: { 'index.js': source('3.1.0', true) } }
    ],
    soak: `'use strict'
const { remember } = require('response-cache')
const end = Date.now() + Number(process.env.SOAK_MS || 3000)
let i = 0
const step = () => {
  remember(i, Buffer.alloc(14815, 97 + (i % 26)).toString('latin1'))
  process.emit('memgate:iteration')
  i++
  if (Date.now() < end) setImmediate(step)
}
step()
`
  }
}
