// The demo repository for tests, built once per content of examples/ and src/demo.ts (npm pack and
// two npm installs take seconds) and copied whole for each test file that asks for one.
import { createHash } from 'node:crypto'
import * as fs from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import { createDemoRepo, type DemoHead, type DemoRepo, examplesDir } from '../../src/demo.js'

function contentKey(): string {
  const hash = createHash('sha256')
  const walk = (dir: string): void => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      if (entry.name === 'node_modules') continue
      const full = path.join(dir, entry.name)
      if (entry.isDirectory()) walk(full)
      else hash.update(full).update(fs.readFileSync(full))
    }
  }
  walk(examplesDir())
  hash.update(fs.readFileSync(path.resolve('src', 'demo.ts')))
  return hash.digest('hex').slice(0, 16)
}

/** A fresh copy of the demo repository (base `main` on event-hub 1.0.0, `bump` on 2.0.0 `head`) in `dir`. */
export async function demoRepo(dir: string, head: DemoHead): Promise<DemoRepo> {
  const cache = path.join(os.tmpdir(), `memgate-test-demo-${contentKey()}`, head)
  const shasFile = path.join(cache, 'shas.json')
  if (!fs.existsSync(shasFile)) {
    // Built beside the cache and renamed into place, so a half-built one is never copied.
    fs.mkdirSync(path.dirname(cache), { recursive: true })
    const building = fs.mkdtempSync(`${cache}-building-`)
    const built = await createDemoRepo(path.join(building, 'repo'), head)
    fs.writeFileSync(path.join(building, 'shas.json'), JSON.stringify({ baseSha: built.baseSha, headSha: built.headSha }))
    try {
      fs.renameSync(building, cache)
    } catch {
      fs.rmSync(building, { recursive: true, force: true }) // another test file won the race
    }
  }
  const { baseSha, headSha } = JSON.parse(fs.readFileSync(shasFile, 'utf8')) as { baseSha: string; headSha: string }
  fs.cpSync(path.join(cache, 'repo'), dir, { recursive: true })
  return { dir, baseSha, headSha }
}
