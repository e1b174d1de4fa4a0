'use strict'
// The soak memgate runs on base and head: the service under a steady stream of requests.
// process.emit('memgate:iteration') tells memgate's probe that one request is done; it is a
// no-op when memgate is not there.
const { handleRequest } = require('./server')

const iterations = Number(process.env.SOAK_ITERATIONS || 20000)
for (let i = 0; i < iterations; i++) {
  handleRequest({ id: i, path: `/orders/${i}`, body: JSON.stringify({ sku: `sku-${i % 100}`, qty: (i % 5) + 1 }) })
  process.emit('memgate:iteration')
}
