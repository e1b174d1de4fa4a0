// `memgate demo`: the bundled example service in a temporary git repository, base on event-hub
// 1.0.0 and head on 2.0.0 (leaky, or clean with --clean). Tests build their repositories with it too.
import * as fs from 'node:fs'
import * as path from 'node:path'
import { fileURLToPath } from 'node:url'
import { MemgateError } from './errors.js'
import { commitAll, initRepo, switchToNewBranch } from './git.js'
import { runProcess, stringEnv } from './process.js'

export type DemoHead = 'leaky' | 'clean'

export interface DemoRepo {
  dir: string
  baseSha: string
  headSha: string
}

/** The examples/ folder shipped beside dist/ (and beside src/ in a checkout). */
export function examplesDir(): string {
  return path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'examples')
}

/**
 * Builds the demo repository in `dir`: branch `main` with event-hub 1.0.0, branch `bump` on top of
 * it with event-hub 2.0.0, each with the package-lock.json that a real `npm install` wrote.
 */
export async function createDemoRepo(dir: string, head: DemoHead): Promise<DemoRepo> {
  const examples = examplesDir()
  fs.mkdirSync(dir, { recursive: true })
  fs.cpSync(path.join(examples, 'service'), dir, { recursive: true })
  await initRepo(dir)
  const baseSha = await bumpEventHub(dir, path.join(examples, 'event-hub', '1.0.0'), 'Order service on event-hub 1.0.0')
  await switchToNewBranch(dir, 'bump')
  const headSha = await bumpEventHub(dir, path.join(examples, 'event-hub', `2.0.0-${head}`), 'Bump event-hub from 1.0.0 to 2.0.0')
  return { dir, baseSha, headSha }
}

async function bumpEventHub(dir: string, source: string, message: string): Promise<string> {
  const vendor = path.join(dir, 'vendor')
  fs.rmSync(vendor, { recursive: true, force: true })
  fs.mkdirSync(vendor, { recursive: true })
  await npm(['pack', source, '--pack-destination', vendor, '--silent'], dir)
  const tarball = fs.readdirSync(vendor).find((f) => f.endsWith('.tgz'))
  if (!tarball) throw new MemgateError(`npm pack wrote no tarball for ${source}`)
  const manifestPath = path.join(dir, 'package.json')
  const manifest = JSON.parse(fs.readFileSync(manifestPath, 'utf8'))
  manifest.dependencies = { ...manifest.dependencies, 'event-hub': `file:vendor/${tarball}` }
  fs.writeFileSync(manifestPath, JSON.stringify(manifest, null, 2) + '\n')
  await npm(['install', '--no-audit', '--no-fund', '--ignore-scripts', '--silent'], dir)
  return commitAll(dir, message)
}

async function npm(args: string[], cwd: string): Promise<void> {
  const exit = await runProcess({ command: 'npm', args, cwd, env: { ...stringEnv(process.env), npm_config_loglevel: 'error' } })
  if (exit.spawnError) throw new MemgateError(`Could not run npm: ${exit.spawnError.message}`, 2, { cause: exit.spawnError })
  if (exit.code !== 0) throw new MemgateError(`npm ${args[0]} failed in ${cwd}: ${exit.stderr.trim().split('\n').pop()}`)
}
