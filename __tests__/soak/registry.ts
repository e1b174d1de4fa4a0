// Corepack fetches Yarn Berry and pnpm from the npm registry only when told where it is (the
// project's standard: no network but the npm registry), and must not stop to ask.
import { execFileSync } from 'node:child_process'

export function useNpmRegistryForCorepack(): void {
  if (!process.env.COREPACK_NPM_REGISTRY) {
    const registry = execFileSync('npm', ['config', 'get', 'registry'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] })
    process.env.COREPACK_NPM_REGISTRY = registry.trim().replace(/\/$/, '')
  }
  process.env.COREPACK_ENABLE_DOWNLOAD_PROMPT = '0'
  // The registry mirror some machines reach serves package metadata without npm's signatures,
  // which corepack checks against keys of its own; a set value (e.g. a runner's) is kept.
  process.env.COREPACK_INTEGRITY_KEYS ??= '0'
}
