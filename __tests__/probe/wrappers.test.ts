import { describe, expect, it } from '@jest/globals'
import { isWrapperScript } from '../../src/probe/wrappers.js'

describe('isWrapperScript', () => {
  it.each([
    ['/usr/bin/npm', true],
    ['/usr/bin/npx', true],
    ['/usr/lib/node_modules/npm/bin/npm-cli.js', true],
    ['C:\\Program Files\\nodejs\\node_modules\\npm\\bin\\npx-cli.js', true],
    ['/usr/lib/node_modules/yarn/bin/yarn.js', true],
    ['/x/.yarn/releases/yarn-4.5.3.cjs', true],
    ['/usr/lib/node_modules/corepack/dist/pnpm.js', true],
    ['/usr/lib/node_modules/corepack/dist/corepack.js', true],
    ['/home/u/.cache/node/corepack/v1/pnpm/9.0.0/bin/pnpm.cjs', true],
    ['/app/npm-helper.js', false],
    ['/app/npm/soak.js', false],
    ['/app/soak.js', false],
    ['yarn-berry-soak.mjs', false]
  ])('%s is a wrapper: %s', (script, wrapper) => {
    expect(isWrapperScript(script)).toBe(wrapper)
  })

  it('takes time linear in a long path of slashes', () => {
    // A pattern anchored at every slash backtracked quadratically on this.
    const path = '/a'.repeat(200_000) + '/soak.js'
    expect(isWrapperScript(path)).toBe(false)
    expect(isWrapperScript(`${path.slice(0, -'soak.js'.length)}npm`)).toBe(true)
  })
})
