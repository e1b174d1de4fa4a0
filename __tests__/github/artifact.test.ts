import * as fs from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import { afterAll, describe, expect, it } from '@jest/globals'
import { listArtifactFiles, uploadRunArtifact } from '../../src/github/artifact.js'
import { startFakeResults } from '../support/artifact-server.js'

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'memgate-artifact-'))
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }))

function touch(name: string) {
  fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true })
  fs.writeFileSync(path.join(dir, name), 'x')
}

describe('listArtifactFiles', () => {
  it('keeps the report, samples, snapshots and logs, and never the worktrees', () => {
    for (const name of [
      'memgate-report.json',
      'memgate-bisect.json',
      'samples-base.json',
      'samples-head.json',
      'install-head.log',
      'runs/head-1/soak.log',
      'runs/head-1/samples.jsonl',
      'runs/head-1/snapshots/123-0-early.heapsnapshot',
      'head/package.json',
      'head/node_modules/x/soak.log',
      'base/memgate-report.json',
      'runs/head-1/core.dump'
    ]) {
      touch(name)
    }
    expect(listArtifactFiles(dir).map((f) => path.relative(dir, f))).toEqual([
      'install-head.log',
      'memgate-bisect.json',
      'memgate-report.json',
      'runs/head-1/samples.jsonl',
      'runs/head-1/snapshots/123-0-early.heapsnapshot',
      'runs/head-1/soak.log',
      'samples-base.json',
      'samples-head.json'
    ])
  })

  it('is empty for a directory that does not exist', () => {
    expect(listArtifactFiles(path.join(dir, 'missing'))).toEqual([])
  })
})

describe('uploadRunArtifact', () => {
  it('says why nothing was uploaded outside a runner, and loses nothing', async () => {
    const result = await uploadRunArtifact('memgate', dir, {})
    expect(result).toEqual({ uploaded: false, reason: expect.stringContaining('ACTIONS_RUNTIME_TOKEN'), files: 8 })
    expect(fs.existsSync(path.join(dir, 'memgate-report.json'))).toBe(true)
  })

  it('uploads the kept files under the name, readable back from the results service', async () => {
    const results = await startFakeResults()
    // The toolkit's client reads the runner's variables from the process.
    Object.assign(process.env, results.env)
    try {
      const result = await uploadRunArtifact('memgate', dir, results.env)
      expect(result).toEqual({ uploaded: true, id: 1, size: expect.any(Number), files: 8 })
      const files = results.files('memgate')
      expect([...files.keys()].sort()).toEqual(listArtifactFiles(dir).map((f) => path.relative(dir, f)))
      expect(files.get('memgate-bisect.json')?.toString()).toBe('x')
      // a name is uploaded once per run
      await expect(uploadRunArtifact('memgate', dir, results.env)).rejects.toThrow()
    } finally {
      for (const name of Object.keys(results.env)) delete process.env[name]
      await results.close()
    }
  })
})
