'use strict'
// A small order service: each request subscribes to price updates for its lifetime.
const { EventHub } = require('event-hub')

const hub = new EventHub()
let handled = 0

function handleRequest(request) {
  const context = { id: request.id, path: request.path, body: request.body, total: 0 }
  const subscription = hub.subscribe('price', (update) => {
    context.total += update.amount
  })
  hub.publish('price', { amount: request.id % 7 })
  subscription.unsubscribe()
  handled++
  return context.total
}

module.exports = { handleRequest, handled: () => handled }
