'use strict'
// 2.0.0 adds subscription statistics, counted rather than kept: nothing outlives its unsubscribe.
let subscriptions = 0

class Listener {
  constructor(topic, fn) {
    this.topic = topic
    this.fn = fn
    this.subscribedAt = Date.now()
    this.calls = 0
  }
}

class EventHub {
  constructor() {
    this.topics = new Map()
  }

  subscribe(topic, fn) {
    const listener = new Listener(topic, fn)
    subscriptions++
    if (!this.topics.has(topic)) this.topics.set(topic, new Set())
    this.topics.get(topic).add(listener)
    return { unsubscribe: () => this.topics.get(topic).delete(listener) }
  }

  publish(topic, payload) {
    for (const listener of this.topics.get(topic) || []) {
      listener.calls++
      listener.fn(payload)
    }
  }

  static stats() {
    return { subscriptions }
  }
}

module.exports = { EventHub, Listener }
