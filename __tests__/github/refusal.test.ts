import { describe, expect, it } from '@jest/globals'
import { explainRefusals, RefusedWrites } from '../../src/github/refusal.js'

describe('explainRefusals', () => {
  it.each([
    [
      ['status'],
      false,
      'memgate could not set the commit status: the token lacks `statuses: write`; add it under the job\'s `permissions:` in the workflow (a Dependabot PR\'s token is read-only unless the workflow asks for more; README, "Permissions"). The verdict is in the job summary and the outputs.'
    ],
    [
      ['comment', 'status', 'status'],
      false,
      'memgate could not set the commit status and write the PR comment: the token lacks `statuses: write` and `pull-requests: write`; add them under the job\'s `permissions:` in the workflow (a Dependabot PR\'s token is read-only unless the workflow asks for more; README, "Permissions"). The verdict is in the job summary and the outputs.'
    ],
    [
      ['reaction', 'reply'],
      false,
      expect.stringMatching(/^memgate could not reply on the PR and react to the command: the token lacks `pull-requests: write`; add it /)
    ],
    [['status'], true, expect.stringContaining('a PR from a fork always gets a read-only token: use the fork-safe setup')],
    [
      ['pull', 'issue'],
      false,
      'memgate could not open the creep issue and open the rollback pull request: the token lacks `issues: write` and `pull-requests: write`; add them under the job\'s `permissions:` in the workflow (a Dependabot PR\'s token is read-only unless the workflow asks for more; README, "Permissions"). The record and its trend are in the job summary and on the record branch.'
    ]
  ] as const)('says %j (fork %s) in one line', (writes, fork, line) => {
    const text = explainRefusals(writes, fork)
    expect(text).toEqual(line)
    expect(text).not.toContain('\n')
  })

  it('has nothing to say when nothing was refused', () => {
    expect(explainRefusals([])).toBeNull()
  })
})

describe('RefusedWrites', () => {
  it.each([
    [403, true],
    [404, false],
    [422, false],
    [500, false],
    [undefined, false]
  ])('counts HTTP %s as a refusal: %s', (status, refused) => {
    const writes = new RefusedWrites()
    expect(writes.note('status', status)).toBe(refused)
    expect(writes.line() !== null).toBe(refused)
  })
})
