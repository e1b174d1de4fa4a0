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
    input: 'src/index.ts',
    output: { file: 'dist/index.js', format: 'es', esModule: true, inlineDynamicImports: true },
    plugins: plugins()
  },
  {
    // The post: step: ends a status the main step left pending. Small, so it starts fast.
    input: 'src/post.ts',
    output: { file: 'dist/post.js', format: 'es', esModule: true, inlineDynamicImports: true },
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
