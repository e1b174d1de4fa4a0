// Against the loopback GitHub API: who set a label, from the PR's issue events.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { type FakeGitHub, startFakeGitHub } from '../support/github-server.js'

let github: FakeGitHub
let client: import('../../src/github/client.js').Client
let label: typeof import('../../src/github/label.js')

beforeAll(async () => {
  github = await startFakeGitHub()
  process.env.GITHUB_API_URL = github.url
  const { createClient } = await import('../../src/github/client.js')
  client = createClient('test-token')
  label = await import('../../src/github/label.js')
})
afterAll(() => github.close())

const pr = (pullNumber: number) => ({ owner: 'acme', repo: 'service', pullNumber })
const labeled = (login: string, name = 'memgate:skip', event = 'labeled') => ({ event, actor: { login }, label: { name } })

describe('readLabelSetter', () => {
  it('names whoever added the label last, past the first page', async () => {
    github.issueEvents.set(1, [
      labeled('triager'),
      labeled('triager', 'memgate:skip', 'unlabeled'),
      ...Array.from({ length: 150 }, (_, i) => ({ event: 'commented', actor: { login: `r${i}` } })),
      labeled('maintainer', 'MemGate:Skip'),
      labeled('someone', 'bug')
    ])
    expect(await label.readLabelSetter(client, pr(1), 'memgate:skip')).toBe('maintainer')
  })

  it('names no one for a label removed after it was added', async () => {
    github.issueEvents.set(2, [labeled('maintainer'), labeled('maintainer', 'memgate:skip', 'unlabeled')])
    expect(await label.readLabelSetter(client, pr(2), 'memgate:skip')).toBeNull()
  })

  it('names no one when no event added the label, or its actor is gone', async () => {
    github.issueEvents.set(3, [{ event: 'labeled', actor: null, label: { name: 'memgate:skip' } }])
    expect(await label.readLabelSetter(client, pr(3), 'memgate:skip')).toBeNull()
    expect(await label.readLabelSetter(client, pr(4), 'memgate:skip')).toBeNull()
  })
})
