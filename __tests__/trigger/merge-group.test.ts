import { describe, expect, it } from '@jest/globals'
import { parseQueueRef, pullNumbersFromSubjects, queueCandidates } from '../../src/trigger/merge-group.js'

const SHA = '929f8209d40f77f4abc622a499c93a83babdbe64'

describe('parseQueueRef', () => {
  it.each([
    [`refs/heads/gh-readonly-queue/main/pr-104-${SHA}`, { branch: 'main', pullNumber: 104 }],
    [`gh-readonly-queue/main/pr-104-${SHA}`, { branch: 'main', pullNumber: 104 }],
    [`refs/heads/gh-readonly-queue/release/2.x/pr-7-${SHA}`, { branch: 'release/2.x', pullNumber: 7 }],
    ['refs/heads/gh-readonly-queue/main/pr-123', { branch: 'main', pullNumber: 123 }]
  ])('reads %s', (ref, expected) => {
    expect(parseQueueRef(ref)).toEqual(expected)
  })

  it.each([
    'refs/heads/main',
    'refs/heads/gh-readonly-queue/pr-1-abc',
    `refs/heads/gh-readonly-queue/main/pr--${SHA}`,
    `refs/heads/gh-readonly-queue/main/pr-0-${SHA}`,
    `refs/heads/gh-readonly-queue/main/pr-12-${SHA}x`,
    'refs/heads/gh-readonly-queue/main/pr-99999999999',
    `refs/heads/feature/gh-readonly-queue/main/pr-1-${SHA}`,
    ''
  ])('is not a queue branch: %j', (ref) => {
    expect(parseQueueRef(ref)).toBeNull()
  })

  it('reads a very long name in linear time', () => {
    const started = performance.now()
    expect(parseQueueRef(`refs/heads/gh-readonly-queue/${'a/'.repeat(2_000_000)}pr-1x`)).toBeNull()
    expect(performance.now() - started).toBeLessThan(1000)
  })
})

describe('pullNumbersFromSubjects', () => {
  it('finds merge and squash commits, in order, once each', () => {
    expect(
      pullNumbersFromSubjects([
        'Merge pull request #12 from acme/bump-event-hub',
        'Bump event-hub from 1.0.0 to 1.1.0 (#15)',
        'Fix typo',
        'Revert "Bump x (#15)" (#16)',
        'Merge pull request #12 from acme/bump-event-hub'
      ])
    ).toEqual([12, 15, 16])
  })

  it.each(['see #12 for details', 'Merge pull request #x from y', '(#0)', 'Bump (#12) and more'])('names no PR in %j', (subject) => {
    expect(pullNumbersFromSubjects([subject])).toEqual([])
  })

  it('reads long subjects in linear time', () => {
    const started = performance.now()
    expect(pullNumbersFromSubjects([`${'(#1)'.padEnd(40, ' ').repeat(100_000)}x`])).toEqual([])
    expect(performance.now() - started).toBeLessThan(1000)
  })
})

describe('queueCandidates', () => {
  it("takes only the queue branch's PR; a PR named by a subject alone is no candidate", () => {
    expect(queueCandidates([30], ['Merge pull request #21 from acme/bump', 'Bump x (#22)'])).toEqual({
      candidates: [30],
      ignored: [21, 22]
    })
  })

  it('has no candidate when the queue branch names none, whatever the subjects say', () => {
    expect(queueCandidates([], ['Merge pull request #21 from acme/bump'])).toEqual({ candidates: [], ignored: [21] })
  })

  it("keeps the queue branch's PR when GitHub's own subject names it too", () => {
    expect(queueCandidates([21], ['Merge pull request #21 from acme/bump'])).toEqual({ candidates: [21], ignored: [] })
  })
})
