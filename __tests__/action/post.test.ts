import { describe, expect, it } from '@jest/globals'
import { checkPendingState } from '../../src/action/post.js'

// The post step writes where the saved state says: that state must be what the main step saved.
describe('checkPendingState', () => {
  const env = { repository: 'acme/service', serverUrl: 'https://github.com' }
  const sha = 'c'.repeat(40)
  const good = { owner: 'acme', repo: 'service', sha, targetUrl: 'https://github.com/acme/service/actions/runs/4242' }

  it('returns what the main step saved', () => {
    expect(checkPendingState(JSON.stringify(good), env)).toEqual(good)
    expect(checkPendingState(JSON.stringify({ owner: 'Acme', repo: 'service', sha }), env)).toEqual({ owner: 'Acme', repo: 'service', sha })
  })

  it.each([
    ['text', 'pending', 'it is not JSON'],
    ['a list', '[]', 'it is not an object'],
    ['another repository', JSON.stringify({ ...good, owner: 'evil' }), "it names evil/service, not this workflow's acme/service"],
    ['a path in the owner', JSON.stringify({ ...good, owner: 'acme/../../orgs/x' }), 'it names no owner/repository'],
    ['a short SHA', JSON.stringify({ ...good, sha: 'cccccccc' }), 'its SHA is not 40 hex characters'],
    ['a ref for a SHA', JSON.stringify({ ...good, sha: 'main' }), 'its SHA is not 40 hex characters'],
    [
      'a link elsewhere',
      JSON.stringify({ ...good, targetUrl: 'https://evil.example/acme/service/actions/runs/1' }),
      'its target URL is not a run of this repository'
    ],
    [
      'a link with markup',
      JSON.stringify({ ...good, targetUrl: 'https://github.com/acme/service/actions/runs/1"><img>' }),
      'its target URL is not a run of this repository'
    ]
  ])('refuses %s', (_, saved, reason) => {
    expect(checkPendingState(saved, env)).toBe(reason)
  })
})
