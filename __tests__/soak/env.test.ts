import { describe, expect, it } from '@jest/globals'
import { buildEnvironments, defaultHeapLimitMb, isCredential, scrubEnv, withHeapLimit, withProbe } from '../../src/soak/env.js'

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
    expect(scrubEnv({ HOME: 'abc', LANG: '' }, ['', 'a'])).toEqual({ HOME: 'abc', LANG: '' })
  })
})

describe('scrubEnv and the runner', () => {
  it.each([
    'GITHUB_ENV',
    'GITHUB_PATH',
    'GITHUB_OUTPUT',
    'GITHUB_STATE',
    'GITHUB_STEP_SUMMARY',
    'ACTIONS_RUNTIME_URL',
    'ACTIONS_CACHE_URL',
    'STATE_pending',
    'GITHUB_TOKEN'
  ])('drops %s even when pass-env names it', (name) => {
    expect(scrubEnv({ [name]: '/home/runner/work/_temp/_runner_file_commands/x', PATH: '/bin' }, { passEnv: [name] })).toEqual({
      PATH: '/bin'
    })
  })

  it.each([
    ['NODE_AUTH_TOKEN', true],
    ['NPM_TOKEN', true],
    ['YARN_NPM_AUTH_TOKEN', true],
    ['YARN_NPM_AUTH_IDENT', true],
    ['npm_config__authToken', true],
    ['npm_config_//npm.pkg.github.com/:_authToken', true],
    ['NPM_CONFIG__PASSWORD', true],
    ['npm_config_keyfile', true],
    ['SSH_AUTH_SOCK', true],
    ['AWS_SECRET_ACCESS_KEY', true],
    ['AWS_SESSION_TOKEN', true],
    ['CODECOV_TOKEN', true],
    ['DATABASE_PASSWORD', true],
    ['STRIPE_API_KEY', true],
    ['npm_config_registry', false],
    ['npm_config_cache', false],
    ['NPM_CONFIG_USERCONFIG', false],
    ['COREPACK_NPM_REGISTRY', false],
    ['COREPACK_INTEGRITY_KEYS', false],
    ['YARN_CACHE_FOLDER', false],
    ['NODE_OPTIONS', false],
    ['GITHUB_SHA', false],
    ['RUNNER_TEMP', false]
  ])('%s is a credential: %s', (name, credential) => {
    expect(isCredential(name)).toBe(credential)
    const kept = scrubEnv({ [name]: 'value-1234' })
    expect(name in kept).toBe(!credential)
  })

  it('passes a credential that pass-env names, and only that one', () => {
    expect(scrubEnv({ NODE_AUTH_TOKEN: 'a', NPM_TOKEN: 'b', HOME: '/root' }, { passEnv: ['NODE_AUTH_TOKEN'] })).toEqual({
      NODE_AUTH_TOKEN: 'a',
      HOME: '/root'
    })
  })

  it('never passes a value that holds the token, whatever pass-env says', () => {
    expect(scrubEnv({ NPM_TOKEN: TOKEN }, { secrets: [TOKEN], passEnv: ['NPM_TOKEN'] })).toEqual({})
  })
})

describe('scrubEnv builds from an allowlist', () => {
  it.each(['GH_PAT', 'GPG_KEY', 'PGPASSWORD', 'DEPLOY_KEY', 'DATABASE_URL', 'SOAK_ITERATIONS', 'KUBECONFIG'])(
    'drops %s unless pass-env names it',
    (name) => {
      expect(scrubEnv({ [name]: 'value-1234', PATH: '/bin' })).toEqual({ PATH: '/bin' })
      expect(scrubEnv({ [name]: 'value-1234', PATH: '/bin' }, { passEnv: [name] })).toEqual({ [name]: 'value-1234', PATH: '/bin' })
    }
  )

  it.each([
    'PATH',
    'HOME',
    'LANG',
    'LC_ALL',
    'CI',
    'NODE_OPTIONS',
    'npm_config_cache',
    'COREPACK_HOME',
    'GITHUB_SHA',
    'RUNNER_OS',
    'MEMGATE_SAMPLE_EVERY',
    'https_proxy'
  ])('keeps %s', (name) => {
    expect(scrubEnv({ [name]: 'value-1234' })).toEqual({ [name]: 'value-1234' })
  })

  it("replaces RUNNER_TEMP and the temporary directories with the soak's own", () => {
    const env = { RUNNER_TEMP: '/home/runner/work/_temp', TMPDIR: '/tmp', PATH: '/bin' }
    expect(scrubEnv(env, { tempDir: '/work/memgate/tmp' })).toEqual({
      PATH: '/bin',
      RUNNER_TEMP: '/work/memgate/tmp',
      TMPDIR: '/work/memgate/tmp',
      TEMP: '/work/memgate/tmp',
      TMP: '/work/memgate/tmp'
    })
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

describe('the heap limit, the same on both sides', () => {
  it.each([
    [undefined, 2048, '--max-old-space-size=2048'],
    ['--enable-source-maps', 1024, '--enable-source-maps --max-old-space-size=1024'],
    ['--max-old-space-size=512', 4096, '--max-old-space-size=512'],
    ['--max_old_space_size 300', 4096, '--max_old_space_size 300']
  ])('NODE_OPTIONS=%j with %i MiB → %s', (options, limit, expected) => {
    expect(withHeapLimit(options, limit)).toBe(expected)
  })

  it.each([
    [2 * 1024 ** 3, 512],
    [7 * 1024 ** 3, 1792],
    [16 * 1024 ** 3, 4096],
    [64 * 1024 ** 3, 4096]
  ])('a machine of %i bytes gives %i MiB', (total, limit) => {
    expect(defaultHeapLimitMb(total)).toBe(limit)
  })
})

describe('buildEnvironments', () => {
  const outer = {
    PATH: '/usr/bin',
    NODE_OPTIONS: '--max-old-space-size=512',
    NPM_TOKEN: 'npm_registry_token_1',
    GITHUB_TOKEN: 'ghs_runner_token_12',
    MEMGATE_SAMPLES_FILE: '/outer/samples.jsonl'
  }

  it('passes what pass-env names to the install and the soak alike, and the probe to the soak only', () => {
    const env = buildEnvironments(outer, { passEnv: ['NPM_TOKEN'], probePath: '/p/probe.cjs' })
    expect(env.install).toEqual({ PATH: '/usr/bin', NODE_OPTIONS: '--max-old-space-size=512', NPM_TOKEN: 'npm_registry_token_1' })
    expect(env.soak).toEqual({ ...env.install, NODE_OPTIONS: '--max-old-space-size=512 --require "/p/probe.cjs"' })
  })

  it("puts the heap limit in the soak's NODE_OPTIONS only, beside the user's own options", () => {
    const env = buildEnvironments({ PATH: '/usr/bin', NODE_OPTIONS: '--enable-source-maps' }, { probePath: '/p.cjs', heapLimitMb: 1024 })
    expect(env.install.NODE_OPTIONS).toBe('--enable-source-maps')
    expect(env.soak.NODE_OPTIONS).toBe('--enable-source-maps --max-old-space-size=1024 --require "/p.cjs"')
  })

  it('drops credentials pass-env does not name, and any value holding a secret', () => {
    const env = buildEnvironments({ ...outer, LEAKED: 'x ghs_runner_token_12' }, { secrets: ['ghs_runner_token_12'], probePath: '/p.cjs' })
    expect(Object.keys(env.install).sort()).toEqual(['NODE_OPTIONS', 'PATH'])
    expect(Object.keys(env.soak).sort()).toEqual(['NODE_OPTIONS', 'PATH'])
  })
})
