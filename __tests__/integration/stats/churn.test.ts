// Churn is not growth: a head that makes 8× the short-lived garbage and runs about 8× slower, keeping
// nothing, passes; a real leak of 16 bytes a request is still found, also when it comes with the
// same churn. Real soak processes, memgate's probe and the whole pipeline with the default settings.
import * as fs from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { parseOptions } from '../../../src/options.js'
import { runPipeline } from '../../../src/pipeline.js'
import { createChurnRepo } from '../../support/churn-repo.js'

const probePath = path.resolve('dist', 'probe.cjs')
let root: string
let repo: ReturnType<typeof createChurnRepo>

beforeAll(() => {
  // 8× the work of base a request, about 8× slower: the runtime's growth with the clock (V8
  // compiling as functions get hot) shows 8× as large per iteration as on base.
  process.env.CHURN_ROUNDS = '40'
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'memgate-churn-'))
  repo = createChurnRepo(path.join(root, 'repo'))
})
afterAll(() => {
  delete process.env.CHURN_ROUNDS
  fs.rmSync(root, { recursive: true, force: true })
})

describe('a head slower by its own churn', () => {
  it.each([
    ['churn, 8× slower, keeps nothing', '2.0.0', 'pass'],
    ['a leak of 16 bytes a request', '4.0.0', 'leak'],
    ['churn, 8× slower, with a leak of 16 bytes a request', '5.0.0', 'leak']
  ] as const)(
    '%s (lib %s) → %s',
    async (_name, lib, verdict) => {
      const { report } = await runPipeline(
        parseOptions({ 'soak-command': 'node soak.js', 'install-command': 'true', 'pass-env': 'CHURN_ROUNDS' }),
        {
          repoDir: repo.dir,
          base: 'main',
          head: `lib-${lib}`,
          workDir: path.join(root, `work-${lib}`),
          probePath,
          log: () => undefined
        }
      )
      // The reason and notes in the message: a failure says why.
      expect(`${report.verdict}: ${report.reason} ${report.notes?.join(' ')}`).toMatch(new RegExp(`^${verdict}: `))
    },
    600_000
  )
})
