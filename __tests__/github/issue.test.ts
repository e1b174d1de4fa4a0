// Against the loopback GitHub API: memgate's creep issues are the ones its own login opened with
// the marker first, never a person's, a quote of the marker, or a pull request.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { type FakeGitHub, startFakeGitHub } from '../support/github-server.js'

let github: FakeGitHub
let client: import('../../src/github/client.js').Client
let issues: typeof import('../../src/github/issue.js')
let pulls: typeof import('../../src/github/own-pull.js')

const MARKER = '<!-- memgate:creep -->'
const repo = { owner: 'acme', repo: 'service' }
const bot = { login: 'github-actions[bot]', type: 'Bot' }

beforeAll(async () => {
  github = await startFakeGitHub()
  process.env.GITHUB_API_URL = github.url
  const { createClient } = await import('../../src/github/client.js')
  client = createClient('test-token')
  issues = await import('../../src/github/issue.js')
  pulls = await import('../../src/github/own-pull.js')
})
afterAll(() => github.close())

describe('listOwnIssues', () => {
  it("finds memgate's issues, open and closed, past 150 others, and no forged or quoted one", async () => {
    for (let n = 1000; n < 1150; n++)
      github.issues.set(n, { number: n, title: `bug ${n}`, body: 'x', state: 'open', user: bot, labels: [] })
    github.issues.set(200, {
      number: 200,
      title: 'forged',
      body: `${MARKER}\nby a person`,
      state: 'open',
      user: { login: 'mallory', type: 'User' },
      labels: []
    })
    github.issues.set(1201, { number: 1201, title: 'quoted', body: `> ${MARKER}\nanother workflow`, state: 'open', user: bot, labels: [] })
    github.issues.set(1202, { number: 1202, title: 'old', body: `${MARKER}\nold`, state: 'closed', user: bot, labels: [] })
    const number = await issues.createIssue(client, repo, 'creep', `${MARKER}\nnew`)
    // Newest first, as GitHub lists them.
    expect(await issues.listOwnIssues(client, repo, MARKER)).toEqual([
      { number: 1202, state: 'closed', body: `${MARKER}\nold` },
      { number, state: 'open', body: `${MARKER}\nnew` }
    ])
    await issues.updateIssue(client, repo, number, 'creep again', `${MARKER}\nnewer`)
    expect(github.issues.get(number)).toMatchObject({ title: 'creep again', body: `${MARKER}\nnewer`, state: 'open' })
  })
})

describe('listOwnIssues when GitHub does not match a bot by creator', () => {
  it("still finds memgate's issue among the newest, so that it is never opened twice", async () => {
    github.issueSearch.creatorMatchesBots = false
    try {
      const number = await issues.createIssue(client, repo, 'creep', `${MARKER}\nagain`)
      expect((await issues.listOwnIssues(client, repo, MARKER)).map((i) => i.number)).toContain(number)
    } finally {
      github.issueSearch.creatorMatchesBots = true
    }
  })
})

describe('findOwnPull and listOwnPulls', () => {
  it("find memgate's rollback by its branch, and leave a person's pull request from another branch alone", async () => {
    const rollback = '<!-- memgate:rollback -->'
    const number = await pulls.createPull(client, repo, {
      title: 'roll back',
      body: `${rollback}\nx`,
      head: 'memgate/rollback-a',
      base: 'main'
    })
    github.openedPulls.set(900, {
      number: 900,
      title: 'forged',
      body: `${rollback}\ny`,
      state: 'open',
      head: 'memgate/rollback-b',
      base: 'main',
      user: { login: 'mallory', type: 'User' }
    })
    expect(await pulls.findOwnPull(client, repo, 'memgate/rollback-a', rollback)).toEqual({
      number,
      head: 'memgate/rollback-a',
      body: `${rollback}\nx`
    })
    expect(await pulls.findOwnPull(client, repo, 'memgate/rollback-b', rollback)).toBeNull()
    expect((await pulls.listOwnPulls(client, repo, 'memgate/rollback-', rollback)).map((p) => p.number)).toEqual([number])
    // Pull requests are listed among issues by GitHub; they are never creep issues.
    expect((await issues.listOwnIssues(client, repo, rollback)).map((i) => i.number)).toEqual([])
    await pulls.updatePull(client, repo, number, { state: 'closed' })
    expect(await pulls.findOwnPull(client, repo, 'memgate/rollback-a', rollback)).toBeNull()
  })
})
