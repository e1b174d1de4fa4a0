// A soak whose runs spread far beyond memgate's default bar, and a package that leaks well above
// that spread: what the bisect of a real HTTP service meets (run-to-run spread of about ±70 bytes
// per request against the 8-byte bar). Shared by the bisect's tests and `npm run bench:bisect-noisy`.
import semver from 'semver'
import { SOAK } from './bisect-project.js'
import type { FixturePackage } from './registry.js'

const LOOP = 'for (let i = 0, n = Number(process.env.SOAK_ITERATIONS || 2000); i < n; i++) {\n'

/**
 * SOAK, with the service's own noise: every run keeps 0 to 600 bytes per iteration (an array of up
 * to 75 small integers, its length drawn once per run). Not a repeated string: V8 builds
 * 'n'.repeat(k) from shared halves, a few hundred bytes whatever k.
 */
export const NOISY_SOAK = SOAK.replace(
  LOOP,
  `const perRun = Math.floor(Math.random() * 76)\nconst own = []\n${LOOP}  own.push(new Array(perRun).fill(i))\n`
)
if (!NOISY_SOAK.includes('own.push(')) throw new Error('SOAK changed: the noise was not inserted into its loop')

/** noisy-cache@version: from `leakFrom` on every call keeps 256 small integers (2 KiB) that are never evicted. */
export function noisyCache(version: string, leakFrom = '1.2.0'): FixturePackage {
  const leaks = semver.gte(version, leakFrom)
  const index = `'use strict'
// noisy-cache@${version}
const kept = []
exports.get = function get(key) {
  const row = new Array(256).fill(key.length)
  ${leaks ? 'kept.push(row)' : ''}
  return row
}
`
  return { name: 'noisy-cache', version, files: { 'index.js': index } }
}
