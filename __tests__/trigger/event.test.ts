import { describe, expect, it } from '@jest/globals'
import { readTrigger } from '../../src/trigger/event.js'
import { mergeGroupPayload, pullRequestPayload, workflowDispatchPayload } from '../support/payloads.js'

const BASE = 'a'.repeat(40)
const HEAD = 'b'.repeat(40)
const GROUP = 'c'.repeat(40)
const REPO = 'acme/service'
const target = (fork = false) => ({ owner: 'acme', repo: 'service', pullNumber: 12, baseSha: BASE, headSha: HEAD, fork })

function pr(action: string, over: Partial<Parameters<typeof pullRequestPayload>[0]> = {}) {
  return pullRequestPayload({ action, baseSha: BASE, headSha: HEAD, ...over })
}

describe('readTrigger on pull_request', () => {
  it.each(['opened', 'synchronize', 'reopened', 'ready_for_review'])('measures the PR head, not the merge commit, on %s', (action) => {
    expect(readTrigger('pull_request', pr(action), REPO)).toEqual({ kind: 'measure', target: target() })
  })

  it.each([
    ['another repository', 'stranger/service'],
    ['a deleted fork', null]
  ])('marks a head from %s as a fork', (_, headRepository) => {
    const trigger = readTrigger('pull_request', pr('opened', { headRepository }), REPO)
    expect(trigger.kind === 'measure' && trigger.target.fork).toBe(true)
  })

  it('reads the repository names case-insensitively', () => {
    const trigger = readTrigger('pull_request', pr('opened', { headRepository: 'ACME/Service' }), REPO)
    expect(trigger.kind === 'measure' && trigger.target.fork).toBe(false)
  })

  it.each([
    ['pull_request', pr('closed'), /closed/],
    ['pull_request', pr('converted_to_draft'), /converted_to_draft/],
    ['pull_request', pr('edited'), /edited/],
    ['pull_request', { action: 'opened' }, /no pull_request/],
    ['pull_request', pr('opened', { headSha: 'main' }), /no pull_request/],
    ['pull_request', null, /no pull_request/],
    ['push', {}, /push/]
  ])('ignores %s %j', (event, payload, reason) => {
    const trigger = readTrigger(event, payload, REPO)
    expect(trigger.kind).toBe('ignore')
    expect(trigger.kind === 'ignore' && trigger.reason).toMatch(reason)
  })
})

describe('readTrigger on drafts', () => {
  const skipDrafts = { skipDrafts: true, skipLabel: 'memgate:skip' }

  it('measures a draft by default (skip-drafts is false)', () => {
    expect(readTrigger('pull_request', pr('opened', { draft: true }), REPO)).toEqual({ kind: 'measure', target: target() })
  })

  it.each(['opened', 'synchronize', 'reopened'])('marks a draft on %s for "draft: not measured" with skip-drafts', (action) => {
    expect(readTrigger('pull_request', pr(action, { draft: true }), REPO, skipDrafts)).toEqual({
      kind: 'measure',
      target: target(),
      draft: true
    })
  })

  it('measures on ready_for_review (the payload is no longer a draft)', () => {
    expect(readTrigger('pull_request', pr('ready_for_review', { draft: false }), REPO, skipDrafts)).toEqual({
      kind: 'measure',
      target: target()
    })
  })
})

describe('readTrigger on labels', () => {
  // Which label events re-measure: a finished status on the head stays true when a label comes or
  // goes, so only the skip label changes what the status says; every other label event is a
  // refresh, which measures only a head whose status is missing, pending or an error (a labeled
  // run in the same concurrency group may have cancelled the measurement).
  it.each([
    [
      'the skip label added: skip if its sender may write, else keep a finished status',
      pr('labeled', { label: 'memgate:skip', labels: ['memgate:skip'], sender: 'maintainer' }),
      { skipLabel: { name: 'memgate:skip', setBy: 'maintainer' }, refresh: true }
    ],
    ['the skip label removed: measure again', pr('unlabeled', { label: 'memgate:skip', labels: [] }), {}],
    ['another label added: refresh', pr('labeled', { label: 'bug', labels: ['bug'] }), { refresh: true }],
    ['another label removed: refresh', pr('unlabeled', { label: 'bug', labels: [] }), { refresh: true }],
    [
      'another label added to a PR with the skip label: refresh, the skip label still counts',
      pr('labeled', { label: 'bug', labels: ['memgate:skip', 'bug'] }),
      { skipLabel: { name: 'memgate:skip', setBy: null }, refresh: true }
    ],
    [
      'a push to a PR with the skip label: who set it is read later',
      pr('synchronize', { labels: ['memgate:skip'] }),
      { skipLabel: { name: 'memgate:skip', setBy: null } }
    ],
    [
      'the skip label in other case',
      pr('labeled', { label: 'MemGate:Skip', sender: 'm' }),
      { skipLabel: { name: 'memgate:skip', setBy: 'm' }, refresh: true }
    ]
  ])('%s', (_, payload, extra) => {
    expect(readTrigger('pull_request', payload, REPO)).toEqual({ kind: 'measure', target: target(), ...extra })
  })

  it('honours a configured label name', () => {
    const options = { skipDrafts: false, skipLabel: 'no-soak' }
    expect(readTrigger('pull_request', pr('labeled', { label: 'no-soak', sender: 'm' }), REPO, options)).toEqual({
      kind: 'measure',
      target: target(),
      skipLabel: { name: 'no-soak', setBy: 'm' },
      refresh: true
    })
    expect(readTrigger('pull_request', pr('labeled', { label: 'memgate:skip', sender: 'm' }), REPO, options)).toEqual({
      kind: 'measure',
      target: target(),
      refresh: true
    })
  })

  it('has no skip label when it is turned off', () => {
    const trigger = readTrigger('pull_request', pr('synchronize', { labels: [''] }), REPO, { skipDrafts: false, skipLabel: '' })
    expect(trigger).toEqual({ kind: 'measure', target: target() })
  })

  it('skips a draft before it looks at labels', () => {
    const trigger = readTrigger('pull_request', pr('unlabeled', { label: 'memgate:skip', draft: true }), REPO, {
      skipDrafts: true,
      skipLabel: 'memgate:skip'
    })
    expect(trigger).toEqual({ kind: 'measure', target: target(), draft: true })
  })
})

describe('readTrigger on pull_request_target', () => {
  it('measures a head in the same repository', () => {
    expect(readTrigger('pull_request_target', pr('synchronize'), REPO)).toEqual({ kind: 'measure', target: target() })
  })

  it.each([
    ['a fork', 'stranger/service', /stranger\/service at bbbbbbb/],
    ['a deleted fork', null, /a deleted repository/],
    ['a fork whose name is not a repository name', 'x/<img src=x>', /\(another repository at bbbbbbb\)/]
  ])('refuses to soak the head of %s, pointing at the fork-safe setup', (_, headRepository, where) => {
    const trigger = readTrigger('pull_request_target', pr('opened', { headRepository }), REPO)
    expect(trigger).toEqual({ kind: 'refuse', target: target(true), reason: expect.stringMatching(where) })
    expect(trigger.kind === 'refuse' && trigger.reason).toMatch(/write token.*mode: measure.*mode: report.*docs\/security\.md/)
  })

  it('refuses a fork on label events too', () => {
    expect(
      readTrigger('pull_request_target', pr('labeled', { headRepository: 'stranger/service', label: 'memgate:skip' }), REPO).kind
    ).toBe('refuse')
  })
})

describe('readTrigger on merge_group', () => {
  it('reads the group commit, its base and the queued PR', () => {
    expect(readTrigger('merge_group', mergeGroupPayload({ headSha: GROUP, baseSha: BASE, pullNumber: 104 }), REPO)).toEqual({
      kind: 'merge-group',
      group: { owner: 'acme', repo: 'service', headSha: GROUP, baseSha: BASE, baseBranch: 'main', pullNumbers: [104] }
    })
  })

  it('reads a branch with slashes', () => {
    const trigger = readTrigger(
      'merge_group',
      mergeGroupPayload({ headSha: GROUP, baseSha: BASE, pullNumber: 7, branch: 'release/1.x' }),
      REPO
    )
    expect(trigger.kind === 'merge-group' && trigger.group).toMatchObject({ baseBranch: 'release/1.x', pullNumbers: [7] })
  })

  it.each([
    ['a head_ref outside the queue', 'refs/heads/main'],
    ['a head_ref for another branch', `refs/heads/gh-readonly-queue/develop/pr-3-${BASE}`],
    ['a head_ref without a PR', `refs/heads/gh-readonly-queue/main/entry-3-${BASE}`]
  ])('names no PR for %s, and still checks the group', (_, headRef) => {
    const trigger = readTrigger('merge_group', mergeGroupPayload({ headSha: GROUP, baseSha: BASE, headRef }), REPO)
    expect(trigger.kind === 'merge-group' && trigger.group).toMatchObject({ headSha: GROUP, baseSha: BASE, pullNumbers: [] })
  })

  it('ignores a destroyed group', () => {
    expect(readTrigger('merge_group', mergeGroupPayload({ headSha: GROUP, baseSha: BASE, action: 'destroyed' }), REPO).kind).toBe('ignore')
  })

  it.each([
    ['no base_sha', { action: 'checks_requested', merge_group: { head_sha: GROUP } }],
    ['a short head_sha', mergeGroupPayload({ headSha: 'c'.repeat(7), baseSha: BASE })],
    ['no merge_group', { action: 'checks_requested' }]
  ])('is invalid with %s', (_, payload) => {
    const trigger = readTrigger('merge_group', payload, REPO)
    expect(trigger).toEqual({ kind: 'invalid', reason: expect.stringContaining('head_sha and base_sha') })
  })
})

describe('readTrigger on workflow_dispatch', () => {
  it.each([
    ['a PR number', { 'pull-request': '42', base: '', head: '' }, { by: 'pull', pullNumber: 42 }],
    ['a PR number with #', { 'pull-request': ' #42 ' }, { by: 'pull', pullNumber: 42 }],
    ['a PR number of type number', { 'pull-request': 42 }, { by: 'pull', pullNumber: 42 }],
    ['a PR number and its reviewed head', { 'pull-request': '42', head: 'BBBBBBB' }, { by: 'pull', pullNumber: 42, headSha: 'bbbbbbb' }],
    [
      'two branches',
      { 'pull-request': '', base: 'main', head: 'renovate/event-hub-1.x' },
      { by: 'refs', base: 'main', head: 'renovate/event-hub-1.x' }
    ],
    ['a tag and a SHA', { base: 'v1.2.0', head: HEAD }, { by: 'refs', base: 'v1.2.0', head: HEAD }],
    ['a short SHA', { base: 'main', head: 'bbbbbbb' }, { by: 'refs', base: 'main', head: 'bbbbbbb' }]
  ])('reads %s', (_, inputs, dispatch) => {
    expect(readTrigger('workflow_dispatch', workflowDispatchPayload(inputs), REPO)).toEqual({
      kind: 'dispatch',
      dispatch: { owner: 'acme', repo: 'service', ...dispatch }
    })
  })

  it.each([
    ['no inputs', null, /needs the input pull-request/],
    ['empty inputs', { 'pull-request': '', base: '', head: '' }, /needs the input pull-request/],
    ['both forms', { 'pull-request': '4', base: 'main', head: 'x' }, /not both/],
    ['a PR number and a base', { 'pull-request': '4', base: 'main' }, /not both/],
    [
      'a PR number and a head branch',
      { 'pull-request': '4', head: 'feature' },
      /Invalid head "feature" with pull-request: expected the SHA/
    ],
    ['base only', { base: 'main' }, /Only base is set/],
    ['head only', { head: 'x' }, /Only head is set/],
    ['a PR name', { 'pull-request': 'my-branch' }, /Invalid pull-request "my-branch"/],
    ['PR 0', { 'pull-request': '0' }, /Invalid pull-request "0"/],
    ['a huge PR number', { 'pull-request': '99999999999' }, /Invalid pull-request/],
    ['an option as a ref', { base: '--upload-pack=touch /tmp/x', head: 'main' }, /Invalid base .*starts with "-"/],
    ['a revision range', { base: 'main', head: 'main..evil' }, /Invalid head .*"\.\."/],
    ['a reflog expression', { base: 'main@{1}', head: 'x' }, /Invalid base .*reflog/],
    ['a space', { base: 'main', head: 'a b' }, /Invalid head .*space/],
    ['a newline', { base: 'main', head: 'a\nb' }, /Invalid head "a\\nb"/],
    ['a revision suffix', { base: 'main^', head: 'x' }, /Invalid base .*"\^"/],
    ['a .lock component', { base: 'feature/x.lock', head: 'x' }, /\.lock/],
    ['a hidden component', { base: 'feature/.x', head: 'x' }, /starts with "\."/],
    ['a trailing slash', { base: 'feature/', head: 'x' }, /empty path component/],
    ['an object input', { 'pull-request': { number: 1 } }, /not text/]
  ])('refuses %s with a clear reason', (_, inputs, reason) => {
    const trigger = readTrigger('workflow_dispatch', workflowDispatchPayload(inputs as Record<string, unknown> | null), REPO)
    expect(trigger.kind).toBe('invalid')
    expect(trigger.kind === 'invalid' && trigger.reason).toMatch(reason)
  })

  it('checks a very long ref in linear time', () => {
    const started = performance.now()
    const trigger = readTrigger('workflow_dispatch', workflowDispatchPayload({ base: 'a/'.repeat(2_000_000), head: 'x' }), REPO)
    expect(trigger.kind === 'invalid' && trigger.reason).toMatch(/longer than 255/)
    expect(performance.now() - started).toBeLessThan(1000)
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
    expect(readTrigger('issue_comment', comment(), REPO)).toEqual({
      kind: 'command',
      command: { owner: 'acme', repo: 'service', pullNumber: 5, command: { name: 'rerun', runs: 3 }, user: 'ada', commentId: 77 }
    })
  })

  it('reads a rerun of a named head', () => {
    const trigger = readTrigger(
      'issue_comment',
      comment({ comment: { id: 1, body: '/memgate rerun BBBBBBB', user: { login: 'ada', type: 'User' } } }),
      REPO
    )
    expect(trigger.kind === 'command' && trigger.command.command).toEqual({ name: 'rerun', sha: 'bbbbbbb' })
  })

  it.each([
    ['an edit', { action: 'edited' }, /only new comments/],
    ['a deletion', { action: 'deleted' }, /only new comments/],
    ['an issue', { issue: { number: 5 } }, /not a pull request/],
    ['a bot', { comment: { id: 1, body: '/memgate rerun', user: { login: 'dependabot[bot]', type: 'Bot' } } }, /bots/],
    ['a plain comment', { comment: { id: 1, body: 'nice', user: { login: 'ada', type: 'User' } } }, /not a \/memgate command/]
  ])('ignores %s', (_, over, reason) => {
    const trigger = readTrigger('issue_comment', comment(over), REPO)
    expect(trigger.kind).toBe('ignore')
    expect(trigger.kind === 'ignore' && trigger.reason).toMatch(reason)
  })
})

describe('readTrigger on workflow_run', () => {
  it('takes the head SHA from GitHub, not from the artifact', () => {
    const payload = {
      action: 'completed',
      workflow_run: {
        head_sha: HEAD,
        conclusion: 'success',
        html_url: 'https://github.com/acme/service/actions/runs/9',
        pull_requests: [{ number: 3 }]
      }
    }
    expect(readTrigger('workflow_run', payload, REPO)).toEqual({
      kind: 'report',
      report: {
        owner: 'acme',
        repo: 'service',
        headSha: HEAD,
        pullNumbers: [3],
        conclusion: 'success',
        action: 'completed',
        runUrl: 'https://github.com/acme/service/actions/runs/9'
      }
    })
  })

  it('has no head for a payload without a commit SHA', () => {
    const trigger = readTrigger('workflow_run', { workflow_run: { head_sha: 'main' } }, REPO)
    expect(trigger.kind === 'report' && trigger.report.headSha).toBeNull()
  })
})
