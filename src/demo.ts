// `memgate demo`: the bundled example service in a temporary git repository, base on event-hub
// 1.0.0 and head on 2.0.0 (leaky, or clean with --clean). Tests build their repositories with it too.
import { spawn } from 'node:child_process'
import * as fs from 'node:fs'
import * as path from 'node:path'
import { fileURLToPath } from 'node:url'
import { MemgateError } from './errors.js'
import { commitAll, initRepo, switchToNewBranch } from './soak/git.js'

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

function npm(args: string[], cwd: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn('npm', args, { cwd, stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, npm_config_loglevel: 'error' } })
    let stderr = ''
    child.stderr.on('data', (d) => (stderr += d))
    child.on('error', (error) => reject(new MemgateError(`Could not run npm: ${error.message}`, 2, { cause: error })))
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new MemgateError(`npm ${args[0]} failed in ${cwd}: ${stderr.trim().split('\n').pop()}`))))
  })
}
