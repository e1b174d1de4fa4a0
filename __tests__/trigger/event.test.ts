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

describe('readTrigger on issue_comment', () => {
  const comment = (over: Record<string, unknown> = {}) => ({
    action: 'created',
    issue: { number: 5, pull_request: { url: 'x' } },
    comment: { id: 77, body: '/memgate rerun runs=3', user: { login: 'ada', type: 'User' } },
    ...over
  })

  it('reads a command on a PR', () => {
    expect(readTrigger('issue_comment', comment(), 'acme/service')).toEqual({
      kind: 'command',
      command: { owner: 'acme', repo: 'service', pullNumber: 5, command: { name: 'rerun', runs: 3 }, user: 'ada', commentId: 77 }
    })
  })

  it.each([
    ['an edit', { action: 'edited' }, /only new comments/],
    ['a deletion', { action: 'deleted' }, /only new comments/],
    ['an issue', { issue: { number: 5 } }, /not a pull request/],
    ['a bot', { comment: { id: 1, body: '/memgate rerun', user: { login: 'dependabot[bot]', type: 'Bot' } } }, /bots/],
    ['a plain comment', { comment: { id: 1, body: 'nice', user: { login: 'ada', type: 'User' } } }, /not a \/memgate command/]
  ])('ignores %s', (_, over, reason) => {
    const trigger = readTrigger('issue_comment', comment(over), 'acme/service')
    expect(trigger.kind).toBe('ignore')
    expect(trigger.kind === 'ignore' && trigger.reason).toMatch(reason)
  })
})

describe('readTrigger on workflow_run', () => {
  it('takes the head SHA from GitHub, not from the artifact', () => {
    const payload = {
      action: 'completed',
      workflow_run: { head_sha: HEAD, conclusion: 'success', html_url: 'https://github.com/acme/service/actions/runs/9', pull_requests: [{ number: 3 }] }
    }
    expect(readTrigger('workflow_run', payload, 'acme/service')).toEqual({
      kind: 'report',
      report: { owner: 'acme', repo: 'service', headSha: HEAD, pullNumbers: [3], conclusion: 'success', action: 'completed', runUrl: 'https://github.com/acme/service/actions/runs/9' }
    })
  })

  it('has no head for a payload without a commit SHA', () => {
    const trigger = readTrigger('workflow_run', { workflow_run: { head_sha: 'main' } }, 'acme/service')
    expect(trigger.kind === 'report' && trigger.report.headSha).toBeNull()
  })
})
