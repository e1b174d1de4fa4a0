// One build, four bundles: the action, its post: step, the CLI and the probe that runs inside the user's soak.
import commonjs from '@rollup/plugin-commonjs'
import json from '@rollup/plugin-json'
import { nodeResolve } from '@rollup/plugin-node-resolve'
import typescript from '@rollup/plugin-typescript'
import type { RollupOptions } from 'rollup'

const plugins = () => [
  typescript({ tsconfig: './tsconfig.build.json' }),
  nodeResolve({ preferBuiltins: true, exportConditions: ['node'] }),
  commonjs(),
  json()
]

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
