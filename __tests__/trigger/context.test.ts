// readRunContext: the runner's environment and event file, read from a real file on disk.

import * as fs from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import { afterAll, describe, expect, it } from '@jest/globals'
import { MemgateError } from '../../src/errors.js'
import { readRunContext } from '../../src/trigger/context.js'

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'memgate-context-'))
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }))

describe('readRunContext', () => {
  it('reads the event file and links the run on the configured server', () => {
    const eventPath = path.join(dir, 'event.json')
    fs.writeFileSync(eventPath, JSON.stringify({ action: 'opened', number: 5 }))
    const context = readRunContext({
      GITHUB_EVENT_PATH: eventPath,
      GITHUB_EVENT_NAME: 'pull_request',
      GITHUB_REPOSITORY: 'acme/service',
      GITHUB_SERVER_URL: 'https://ghe.example.com',
      GITHUB_RUN_ID: '77',
      GITHUB_WORKSPACE: '/work/space',
      RUNNER_TEMP: '/tmp/runner'
    })
    expect(context).toEqual({
      eventName: 'pull_request',
      payload: { action: 'opened', number: 5 },
      repository: 'acme/service',
      workspace: '/work/space',
      runUrl: 'https://ghe.example.com/acme/service/actions/runs/77',
      serverUrl: 'https://ghe.example.com',
      tempDir: '/tmp/runner'
    })
  })

  it('has an empty payload, github.com and no run link when the runner gives none', () => {
    const context = readRunContext({ GITHUB_REPOSITORY: 'acme/service' })
    expect(context).toMatchObject({ payload: {}, serverUrl: 'https://github.com', eventName: '' })
    expect(context.runUrl).toBeUndefined()
  })

  it.each([
    ['no repository', {}, /Invalid GITHUB_REPOSITORY ''/],
    ['a repository path', { GITHUB_REPOSITORY: 'acme/service/extra' }, /Invalid GITHUB_REPOSITORY/],
    ['an event file that is not JSON', { GITHUB_REPOSITORY: 'a/b', GITHUB_EVENT_PATH: 'BAD' }, /Cannot read the event payload/],
    ['a missing event file', { GITHUB_REPOSITORY: 'a/b', GITHUB_EVENT_PATH: 'MISSING' }, /Cannot read the event payload/]
  ])('refuses %s with a MemgateError', (_, env: Record<string, string>, reason) => {
    const bad = path.join(dir, 'bad.json')
    fs.writeFileSync(bad, '{ not json')
    const resolved = Object.fromEntries(
      Object.entries(env).map(([k, v]) => [k, v === 'BAD' ? bad : v === 'MISSING' ? path.join(dir, 'none.json') : v])
    )
    expect(() => readRunContext(resolved)).toThrow(MemgateError)
    expect(() => readRunContext(resolved)).toThrow(reason)
  })
})
