// One build, five bundles: the action, its post: step, the CLI, the bumps worker and the probe that runs inside the user's soak.

import { chmodSync } from 'node:fs'
import commonjs from '@rollup/plugin-commonjs'
import json from '@rollup/plugin-json'
import { nodeResolve } from '@rollup/plugin-node-resolve'
import typescript from '@rollup/plugin-typescript'
import type { Plugin, RollupOptions } from 'rollup'

const plugins = () => [
  typescript({ tsconfig: './tsconfig.build.json' }),
  nodeResolve({ preferBuiltins: true, exportConditions: ['node'] }),
  commonjs(),
  json()
]

// dist/cli.js is package.json's bin: git keeps its executable bit (mode 100755), so that a checkout
// or `npm pack` of the repository runs it as it is; the build sets the bit on every write.
const executable = (): Plugin => ({
  name: 'executable',
  writeBundle(options) {
    if (options.file) chmodSync(options.file, 0o755)
  }
})

const config: RollupOptions[] = [
  {
    // One file: @actions/artifact is imported statically (github/artifact.ts says why). Should a
    // dynamic import ever make a chunk, it is named without a hash so that a build rewrites it in
    // place; the runner checks out the whole action, so dist/index.js finds it beside itself.
    input: 'src/index.ts',
    output: { dir: 'dist', entryFileNames: 'index.js', chunkFileNames: 'index-[name].js', format: 'es', esModule: true },
    plugins: plugins()
  },
  {
    // The post: step: ends a status the main step left pending. Small, so it starts fast: it sends
    // through Node's fetch (github/http.ts), and @actions/core's OIDC client, which it never calls,
    // would bring @actions/http-client and undici (about 1 MB) for their import-time side effects.
    input: 'src/post.ts',
    output: { file: 'dist/post.js', format: 'es', esModule: true, inlineDynamicImports: true },
    treeshake: { moduleSideEffects: (id) => !/[\\/]node_modules[\\/](undici|@actions[\\/]http-client)[\\/]/.test(id) },
    plugins: plugins()
  },
  {
    input: 'src/cli.ts',
    output: {
      file: 'dist/cli.js',
      format: 'es',
      esModule: true,
      inlineDynamicImports: true,
      banner: '#!/usr/bin/env node'
    },
    plugins: [...plugins(), executable()]
  },
  {
    // The bumps stage's parse and diff, in a worker thread memgate can end (src/bumps/worker.ts).
    input: 'src/bumps/worker-entry.ts',
    output: { file: 'dist/bumps-worker.js', format: 'es', esModule: true, inlineDynamicImports: true },
    plugins: plugins()
  },
  {
    // The probe is preloaded into the user's process with --require: CommonJS, node:* only.
    input: 'src/probe/probe.ts',
    output: { file: 'dist/probe.cjs', format: 'cjs', strict: true },
    external: (id) => id.startsWith('node:'),
    plugins: [typescript({ tsconfig: './tsconfig.build.json' })]
  }
]

export default config
