import { describe, expect, it } from '@jest/globals'
import { explainRefusal } from '../../src/github/refusal.js'

describe('explainRefusal', () => {
  it.each([
    ['status', 403, false, 'memgate could not set the commit status (HTTP 403): the token lacks `statuses: write`; add it under the job\'s `permissions:` in the workflow (a Dependabot PR\'s token is read-only unless they ask for it; see the README, "Permissions").'],
    ['comment', 403, false, expect.stringContaining('could not write the PR comment (HTTP 403): the token lacks `pull-requests: write`; add it')],
    ['reaction', 404, false, expect.stringContaining('`pull-requests: write`')],
    ['status', 403, true, expect.stringContaining('a PR from a fork always gets a read-only token: use the fork-safe setup')]
  ] as const)('explains a refused %s (HTTP %d, fork %s) in one line', (write, status, fork, line) => {
    const text = explainRefusal(write, status, fork)
    expect(text).toEqual(line)
    expect(text).not.toContain('\n')
  })

  it.each([undefined, 422, 500])('is silent for HTTP %s: not a permission', (status) => {
    expect(explainRefusal('status', status)).toBeNull()
  })
})
