'use strict'
// The soak memgate runs on base and head: the service under a steady stream of SOAK_ITERATIONS
// requests. process.emit('memgate:iteration') tells memgate's probe that one request is done; it
// is a no-op when memgate is not there.
const { handleRequest } = require('./server')

const iterations = Number(process.env.SOAK_ITERATIONS || 60000)
for (let i = 0; i < iterations; i++) {
  const lines = Array.from({ length: 1 + (i % 8) }, (_, j) => ({ sku: `sku-${(i * 7 + j * 13) % 200}`, qty: 1 + (j % 3) }))
  handleRequest({ id: i, path: `/orders/${i}`, body: JSON.stringify({ customer: `c-${i % 500}`, lines }) })
  process.emit('memgate:iteration')
}
