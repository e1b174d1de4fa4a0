import { describe, expect, it } from '@jest/globals'
import { scrubEnv, withProbe } from '../../src/soak/env.js'

const TOKEN = 'ghs_0123456789abcdefTOKEN'

describe('scrubEnv', () => {
  it.each([
    ['GITHUB_TOKEN', TOKEN],
    ['GH_TOKEN', 'x'],
    ['INPUT_GITHUB-TOKEN', TOKEN],
    ['INPUT_SOAK-COMMAND', 'npm run soak'],
    ['ACTIONS_RUNTIME_TOKEN', 'rt'],
    ['ACTIONS_ID_TOKEN_REQUEST_URL', 'https://x'],
    ['ACTIONS_ID_TOKEN_REQUEST_TOKEN', 'idt'],
    ['DEPLOY_KEY', `Bearer ${TOKEN}`],
    ['COPY', TOKEN]
  ])('drops %s', (name, value) => {
    expect(scrubEnv({ [name]: value, PATH: '/bin' }, [TOKEN])).toEqual({ PATH: '/bin' })
  })

  it('keeps everything else and leaves its argument alone', () => {
    const env = { PATH: '/bin', HOME: '/root', NODE_ENV: 'test', GITHUB_SHA: 'abc', GITHUB_TOKEN: TOKEN }
    expect(scrubEnv(env, [TOKEN])).toEqual({ PATH: '/bin', HOME: '/root', NODE_ENV: 'test', GITHUB_SHA: 'abc' })
    expect(env.GITHUB_TOKEN).toBe(TOKEN)
  })

  it('ignores empty or short secrets rather than dropping every variable', () => {
    expect(scrubEnv({ A: 'abc', B: '' }, ['', 'a'])).toEqual({ A: 'abc', B: '' })
  })
})

describe('withProbe', () => {
  it.each([
    [undefined, '/opt/memgate/dist/probe.cjs', '--require "/opt/memgate/dist/probe.cjs"'],
    ['--max-old-space-size=512', '/a b/probe.cjs', '--max-old-space-size=512 --require "/a b/probe.cjs"'],
    ['  ', '/x/"q"/probe.cjs', '--require "/x/\\"q\\"/probe.cjs"']
  ])('NODE_OPTIONS=%j + %s', (options, probe, expected) => {
    expect(withProbe(options, probe)).toBe(expected)
  })
})
