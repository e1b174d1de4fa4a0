// A git repository of a small service whose dependencies come from the test's Verdaccio: `main`
// (base) and `bump` (head), each committed with the lockfile its package manager wrote.
import { execFile } from 'node:child_process'
import * as fs from 'node:fs'
import * as path from 'node:path'
import { promisify } from 'node:util'
import { commitAll, initRepo, switchToNewBranch } from '../../src/git.js'

const run = promisify(execFile)

export type Manager = 'npm' | 'yarn' | 'pnpm'

export interface ProjectSpec {
  manager: Manager
  registry: string
  base: Record<string, string>
  head: Record<string, string>
  /** Extra package.json fields of both sides. */
  extra?: Record<string, unknown>
  /** Extra .npmrc lines (a registry token read from the environment). */
  npmrc?: string
  /** soak.js of both sides (SOAK by default). */
  soak?: string
}

export interface Project {
  dir: string
  base: string
  head: string
}

/**
 * The soak: calls `get` of every package the service depends on (directly or through a wrapper)
 * SOAK_ITERATIONS times (2000), telling the probe each iteration. Short on purpose: well under a second per run.
 */
export const SOAK = `'use strict'
const libs = Object.keys(require('./package.json').dependencies || {}).map((n) => require(n))
const gets = []
const collect = (m) => { if (typeof m.get === 'function') gets.push(m.get); else for (const v of Object.values(m)) if (v && typeof v === 'object') collect(v) }
libs.forEach(collect)
for (let i = 0, n = Number(process.env.SOAK_ITERATIONS || 2000); i < n; i++) {
  for (const get of gets) get('k' + i)
  process.emit('memgate:iteration')
}
`

export const CORE_ENV = {
  COREPACK_ENABLE_DOWNLOAD_PROMPT: '0',
  COREPACK_ENABLE_AUTO_PIN: '0',
  COREPACK_INTEGRITY_KEYS: '0'
}

function installArgs(manager: Manager): [string, string[]] {
  switch (manager) {
    case 'npm':
      return ['npm', ['install', '--no-audit', '--no-fund', '--silent']]
    case 'yarn':
      return ['corepack', ['yarn', 'install', '--non-interactive', '--silent']]
    case 'pnpm':
      // CI=true makes pnpm's install frozen by default; the fixture writes its lockfile here.
      return ['corepack', ['pnpm', 'install', '--no-frozen-lockfile', '--silent']]
  }
}

const PINNED: Record<Manager, string | undefined> = { npm: undefined, yarn: 'yarn@1.22.22', pnpm: 'pnpm@9.15.9' }

export async function makeProject(dir: string, spec: ProjectSpec): Promise<Project> {
  fs.mkdirSync(dir, { recursive: true })
  await initRepo(dir)
  fs.writeFileSync(path.join(dir, '.npmrc'), `registry=${spec.registry}\n${spec.npmrc ?? ''}`)
  fs.writeFileSync(path.join(dir, '.gitignore'), 'node_modules\n')
  fs.writeFileSync(path.join(dir, 'soak.js'), spec.soak ?? SOAK)
  const side = async (deps: Record<string, string>, message: string): Promise<string> => {
    const manifest = {
      name: 'orders-service',
      version: '1.0.0',
      private: true,
      ...(PINNED[spec.manager] ? { packageManager: PINNED[spec.manager] } : {}),
      dependencies: deps,
      ...spec.extra
    }
    fs.writeFileSync(path.join(dir, 'package.json'), JSON.stringify(manifest, null, 2) + '\n')
    const [cmd, args] = installArgs(spec.manager)
    await run(cmd, args, { cwd: dir, env: { ...process.env, ...CORE_ENV } })
    return commitAll(dir, message)
  }
  const base = await side(spec.base, 'base')
  await switchToNewBranch(dir, 'bump')
  const head = await side(spec.head, 'bump')
  return { dir, base, head }
}
