// `mode: record`'s work, below the action: measure the pushed commit, add its record to the store
// on `record-branch` (pruned to `record-keep`, the page rebuilt), and read the trend for the job
// summary. The action's mode module only gathers the inputs and posts what this returns.

import * as fs from 'node:fs'
import * as path from 'node:path'
import type { Git } from '../git.js'
import { runGit } from '../git.js'
import type { Options } from '../options.js'
import { shortSha } from '../sha.js'
import { updateBranchStore } from './branch.js'
import { DEFAULT_LAST, readTrend } from './history.js'
import { measureCommit } from './measure-commit.js'
import { renderPage } from './page.js'
import type { MemoryRecord } from './record.js'
import { PAGE_FILE, pruneStore, type WriteOutcome, writeRecord } from './store.js'
import { renderRecordSummary } from './summary.js'
import type { TrendDocument } from './trend.js'

export interface RecordToBranchOptions {
  options: Options
  /** The checkout of the repository (actions/checkout's, shallow or not). */
  git: Git
  sha: string
  /** The repository's URL, where the branch lives. */
  remote: string
  branch: string
  keep: number
  token?: string
  probePath: string
  secrets: string[]
  signal?: AbortSignal
  log: (line: string) => void
  /** Links commits on the page (GitHub's commit pages). */
  commitUrl?: (sha: string) => string
  pageUrl?: string
}

export interface RecordToBranchResult {
  record: MemoryRecord
  outcome: WriteOutcome
  /** Commits whose records were pruned beyond `keep`. */
  removed: string[]
  trend: TrendDocument
  summary: string
  /** The branch's tip after the push. */
  branchSha: string
  attempts: number
}

/** A shallow checkout (actions/checkout's default) lacks the history the trend walks: deepen it. */
async function deepen(o: RecordToBranchOptions): Promise<void> {
  const shallow = await runGit(o.git.repoDir, ['rev-parse', '--is-shallow-repository'], { allowFail: true })
  if (shallow.stdout.trim() !== 'true') return
  const fetched = await runGit(o.git.repoDir, ['fetch', '--quiet', '--no-tags', `--depth=${DEFAULT_LAST + 1}`, o.remote, o.sha], {
    allowFail: true,
    token: o.token
  })
  if (fetched.exitCode !== 0)
    o.log(`memgate: warning: could not fetch the history before ${shortSha(o.sha)}; the trend reads what the checkout holds`)
}

/** Measures `sha`, stores its record on the branch, and returns the trend and the job summary. */
export async function recordToBranch(o: RecordToBranchOptions): Promise<RecordToBranchResult> {
  const { record } = await measureCommit({ ...o, ref: o.sha })
  await deepen(o)
  let outcome: WriteOutcome = 'written'
  let removed: string[] = []
  let trend: TrendDocument | undefined
  const result = await updateBranchStore({
    remote: o.remote,
    branch: o.branch,
    token: o.token,
    message: `memgate: record ${shortSha(record.commit)}`,
    log: o.log,
    change: async (dir) => {
      outcome = writeRecord(dir, record).outcome
      removed = pruneStore(dir, o.keep).map((r) => r.record.commit)
      trend = await readTrend({
        git: o.git,
        storeDir: dir,
        ref: record.commit,
        last: DEFAULT_LAST,
        warn: (line) => o.log(`memgate: warning: ${line}`)
      })
      fs.writeFileSync(path.join(dir, PAGE_FILE), renderPage(trend, { title: 'memgate: memory record of main', commitUrl: o.commitUrl }))
      // GitHub Pages serves the page as it is, without Jekyll.
      fs.writeFileSync(path.join(dir, '.nojekyll'), '')
    }
  })
  // The change ran at least once (it is what the branch now holds), so the trend is there.
  const read: TrendDocument = trend ?? { format: 'memgate-trend/1', ref: record.commit, series: [] }
  const summary = renderRecordSummary({ record, outcome, branch: o.branch, removed, keep: o.keep, trend: read, pageUrl: o.pageUrl })
  return { record, outcome, removed, trend: read, summary, branchSha: result.sha, attempts: result.attempts }
}
