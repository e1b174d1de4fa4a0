import { describe, expect, it } from '@jest/globals'
import { readTrigger } from '../../src/trigger/event.js'

const BASE = 'a'.repeat(40)
const HEAD = 'b'.repeat(40)
const MERGE = 'c'.repeat(40)

function pr(action: string, headRepo = 'acme/service') {
  return {
    action,
    number: 12,
    pull_request: {
      number: 12,
      merge_commit_sha: MERGE,
      base: { sha: BASE, repo: { full_name: 'acme/service' } },
      head: { sha: HEAD, repo: { full_name: headRepo } }
    }
  }
}

describe('readTrigger', () => {
  it.each(['opened', 'synchronize', 'reopened'])('measures the PR head, not the merge commit, on %s', (action) => {
    expect(readTrigger('pull_request', pr(action), 'acme/service')).toEqual({
      kind: 'measure',
      target: { owner: 'acme', repo: 'service', pullNumber: 12, baseSha: BASE, headSha: HEAD, fork: false }
    })
  })

  it('marks a head from another repository as a fork', () => {
    const trigger = readTrigger('pull_request', pr('opened', 'stranger/service'), 'acme/service')
    expect(trigger.kind === 'measure' && trigger.target.fork).toBe(true)
  })

  it.each([
    ['pull_request', pr('labeled'), /labeled/],
    ['pull_request', { action: 'opened' }, /no pull_request/],
    ['push', {}, /push/]
  ])('ignores %s %j', (event, payload, reason) => {
    const trigger = readTrigger(event, payload, 'acme/service')
    expect(trigger.kind).toBe('ignore')
    expect(trigger.kind === 'ignore' && trigger.reason).toMatch(reason)
  })
})
