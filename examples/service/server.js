'use strict'
// A small order service: each request subscribes to price updates for its lifetime, prices the
// order's lines and answers with JSON.
const { EventHub } = require('event-hub')

const hub = new EventHub()
const catalog = Array.from({ length: 200 }, (_, i) => ({ sku: `sku-${i}`, price: 100 + ((i * 37) % 900) }))
let handled = 0

function handleRequest(request) {
  const order = JSON.parse(request.body)
  const context = { id: request.id, path: request.path, discount: 0 }
  const subscription = hub.subscribe('price', (update) => {
    context.discount += update.amount
  })
  hub.publish('price', { amount: request.id % 7 })
  const lines = order.lines.map((line) => {
    const item = catalog.find((c) => c.sku === line.sku)
    return { sku: line.sku, qty: line.qty, total: item.price * line.qty }
  })
  const total = lines.reduce((sum, line) => sum + line.total, 0) - context.discount
  subscription.unsubscribe()
  handled++
  return JSON.stringify({ id: request.id, lines, total })
}

module.exports = { handleRequest, handled: () => handled }
