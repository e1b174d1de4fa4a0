'use strict'

class Listener {
  constructor(topic, fn) {
    this.topic = topic
    this.fn = fn
  }
}

class EventHub {
  constructor() {
    this.topics = new Map()
  }

  subscribe(topic, fn) {
    const listener = new Listener(topic, fn)
    if (!this.topics.has(topic)) this.topics.set(topic, new Set())
    this.topics.get(topic).add(listener)
    return { unsubscribe: () => this.topics.get(topic).delete(listener) }
  }

  publish(topic, payload) {
    for (const listener of this.topics.get(topic) || []) listener.fn(payload)
  }
}

module.exports = { EventHub, Listener }
