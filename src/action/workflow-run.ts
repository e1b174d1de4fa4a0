// mode: report (workflow_run): post what a `mode: measure` run (the PR's own job, read-only token)
// saved, after checking it: its format, that its head is the commit the measure run ran on, and
// that the PR it names has that head now.

import * as fs from 'node:fs'
import * as path from 'node:path'
import * as core from '@actions/core'
import { MemgateError } from '../errors.js'
import { insideTree } from '../files.js'
import { httpStatus } from '../github/client.js'
import { type PullState, readPull } from '../github/pull.js'
import { decideShards } from '../pipeline.js'
import type { PullRequestRef, Report } from '../report/build.js'
import { checkReport, REPORT_LIMITS } from '../report/check.js'
import { MAX_SHARD_BYTES, mergeShards, parseShard, SHARD_FILE } from '../report/shard.js'
import { shortSha } from '../sha.js'
import type { PullTarget, ReportTrigger } from '../trigger/event.js'
import { postComment } from './comment.js'
import { publish, REPORT_FILE } from './publish.js'
import type { StatusTarget } from './status.js'
import { failStepFor, newWorkDir, type Step } from './step.js'

export async function postMeasuredReport(step: Step, t: ReportTrigger): Promise<void> {
  const runUrl = t.runUrl ?? step.context.runUrl
  const where = t.headSha ? { owner: t.owner, repo: t.repo, sha: t.headSha, targetUrl: runUrl } : null
  if (t.action === 'requested') {
    // The measure run just started: the required check shows pending until its report arrives.
    if (where) await step.status.set(where, 'pending', `Measuring ${shortSha(where.sha)} in another workflow run`)
    core.setOutput('verdict', 'skipped')
    return
  }
  // The pending status the `requested` run set is this run's to end, whatever happens from here.
  if (where) step.status.adopt(where)
  const { report, pullRequest } = await readMeasuredReport(step, t, where)
  // The report's head is the commit the measure run ran on: the status `where` names.
  const measured: StatusTarget = { owner: t.owner, repo: t.repo, sha: pullRequest.headSha, targetUrl: runUrl }
  const pullNumber = pullRequest.number
  const target: PullTarget = {
    owner: t.owner,
    repo: t.repo,
    pullNumber,
    baseSha: report.base.sha,
    headSha: pullRequest.headSha,
    fork: true
  }
  let pull: PullState
  try {
    pull = await readPull(step.client, { owner: t.owner, repo: t.repo, pullNumber })
  } catch (error) {
    const reason = `Report rejected: PR #${pullNumber} cannot be read (HTTP ${httpStatus(error) ?? '?'})`
    await step.status.fail(measured, reason)
    throw new MemgateError(reason, 2, { cause: error })
  }
  if (pull.headSha !== target.headSha) {
    // The status is still true of the commit that was measured; the comment belongs to the new head.
    core.info(`PR #${pullNumber}'s head is ${shortSha(pull.headSha)}, not the measured ${shortSha(target.headSha)}: status only.`)
  }
  await publish(step, report, newWorkDir(step))
  await step.status.finish(measured, report)
  if (pull.headSha === target.headSha) await postComment(step, target, report, { runs: report.head.runs || undefined, runUrl })
  failStepFor(step, report)
}

/**
 * A file of the artifact, as text. The artifact is the PR's job's: the path may be a link, a
 * directory, a FIFO, or a file of gigabytes; each is a MemgateError that names it.
 */
function readArtifactFile(file: string, limit: number, what: string): string {
  let fd: number | undefined
  try {
    // Not through a link: the artifact is the PR's job's, and a link could name any file memgate can read.
    fd = fs.openSync(file, fs.constants.O_RDONLY | fs.constants.O_NONBLOCK | fs.constants.O_NOFOLLOW)
    const stat = fs.fstatSync(fd)
    if (!stat.isFile())
      throw new MemgateError(`${file} is not a file (a directory or a device); the measure run's artifact holds no ${what}`)
    if (stat.size > limit) throw new MemgateError(`${file} is ${stat.size} bytes, more than a ${what} can be`)
    return fs.readFileSync(fd, 'utf8')
  } catch (error) {
    if (error instanceof MemgateError) throw error
    const code = (error as NodeJS.ErrnoException).code ?? 'unknown error'
    throw new MemgateError(`${file} cannot be read (${code}); the measure run's artifact holds no readable ${what}`, 2, { cause: error })
  } finally {
    if (fd !== undefined) fs.closeSync(fd)
  }
}

/**
 * A matrix's artifacts, downloaded each into its own directory under `dir`: the shards' one
 * report, decided once over all their runs (mergeShards refuses a missing, duplicated or foreign
 * shard), or the report a shard wrote instead of its runs (an error wins; a skip is the same in
 * every shard). Null when `dir` holds neither.
 */
async function readShards(step: Step, dir: string): Promise<{ text: string; source: string } | null> {
  const found = fs
    .readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => path.join(dir, entry.name))
    .sort()
  const reports = found
    .map((d) => path.join(d, REPORT_FILE))
    .filter((f) => fs.existsSync(f) && !fs.existsSync(path.join(path.dirname(f), SHARD_FILE)))
  const shardFiles = found.map((d) => path.join(d, SHARD_FILE)).filter((f) => fs.existsSync(f))
  const [first, ...others] = reports.map((file) => ({ text: readArtifactFile(file, REPORT_LIMITS.text, 'memgate-report/1'), source: file }))
  if (first) return others.find(({ text, source }) => checkReport(text, source).verdict === 'error') ?? first
  if (shardFiles.length === 0) return null
  const shards = shardFiles.map((file) => {
    const shard = parseShard(readArtifactFile(file, MAX_SHARD_BYTES, 'memgate-shard/1'), file)
    return { ...shard, snapshots: artifactSnapshots(path.dirname(file), shard.snapshots) }
  })
  const merged = mergeShards(shards, shardFiles)
  core.info(`Merging ${shards.length} shards: ${merged.samples.base.runs.length} base and ${merged.samples.head.runs.length} head runs.`)
  const report = await decideShards(merged, step.inputs.options.heapMaxBytes, (line) => core.info(line))
  // Paths inside the artifact, as a measure run's report names them.
  if (report.snapshots) report.snapshots = report.snapshots.map((file) => path.relative(dir, file).split(path.sep).join('/'))
  if (merged.pullRequest) report.pullRequest = merged.pullRequest
  return { text: JSON.stringify(report), source: `the ${shards.length} shards in ${dir}` }
}

/**
 * A shard's heap snapshots, resolved inside its own directory of the artifact: a path that leads
 * out of it, or a link, is refused; a snapshot the artifact lacks only costs the suspects.
 */
function artifactSnapshots(shardDir: string, snapshots: string[]): string[] {
  const top = fs.realpathSync(shardDir)
  const files: string[] = []
  for (const name of snapshots) {
    const outside = () => new MemgateError(`The shard in ${shardDir} names a snapshot outside its artifact: ${name}`)
    if (!path.resolve(top, name).startsWith(top + path.sep)) throw outside()
    if (!fs.existsSync(path.dirname(path.resolve(top, name)))) {
      core.info(`The shard in ${shardDir} names ${name}, which its artifact does not hold: no heap suspects from it.`)
      return []
    }
    let file: string
    try {
      // Every link on the way followed: a folder of the artifact may be a link to anywhere.
      file = insideTree(top, name)
    } catch (error) {
      if (error instanceof MemgateError) throw outside()
      throw error
    }
    const stat = fs.lstatSync(file, { throwIfNoEntry: false })
    if (!stat) {
      core.info(`The shard in ${shardDir} names ${name}, which its artifact does not hold: no heap suspects from it.`)
      return []
    }
    if (!stat.isFile())
      throw new MemgateError(`The shard in ${shardDir} names ${name}, which is not a file of its own (a link or a directory)`)
    files.push(file)
  }
  return files
}

/** The artifact's report, checked against the run that made it; a rejection ends `where` as an error. */
async function readMeasuredReport(
  step: Step,
  t: ReportTrigger,
  where: StatusTarget | null
): Promise<{ report: Report; pullRequest: PullRequestRef }> {
  const reportPath = step.inputs.reportPath
  const directory = fs.existsSync(reportPath) && fs.statSync(reportPath).isDirectory()
  const file = directory ? path.join(reportPath, REPORT_FILE) : reportPath
  let read: { text: string; source: string } | null = null
  try {
    if (directory && !fs.existsSync(file)) read = await readShards(step, reportPath)
  } catch (error) {
    if (where && error instanceof MemgateError) await step.status.fail(where, `Report rejected: ${error.reason}`)
    throw error
  }
  if (!read && !fs.existsSync(file)) {
    const reason =
      t.conclusion === 'cancelled'
        ? 'cancelled: the measure run was cancelled'
        : `The measure run (${t.conclusion ?? 'unknown conclusion'}) left no report at ${file}`
    if (where) await step.status.fail(where, reason)
    throw new MemgateError(reason)
  }
  try {
    const { text, source } = read ?? { text: readArtifactFile(file, REPORT_LIMITS.text, 'memgate-report/1'), source: file }
    const report = checkReport(text, source)
    if (!report.pullRequest) throw new MemgateError(`${source} names no pull request; it was not written by mode: measure`)
    if (report.pullRequest.repository.toLowerCase() !== `${t.owner}/${t.repo}`.toLowerCase()) {
      throw new MemgateError(`${source} is for ${report.pullRequest.repository}, not ${t.owner}/${t.repo}`)
    }
    if (report.head.sha && report.head.sha !== report.pullRequest.headSha) {
      throw new MemgateError(`${source} measured ${shortSha(report.head.sha)} but claims PR head ${shortSha(report.pullRequest.headSha)}`)
    }
    if (!t.headSha || report.pullRequest.headSha !== t.headSha) {
      throw new MemgateError(
        `${source} claims head ${shortSha(report.pullRequest.headSha)}, but the measure run ran on ${(t.headSha ? shortSha(t.headSha) : null) ?? 'an unknown commit'}`
      )
    }
    if (t.pullNumbers.length > 0 && !t.pullNumbers.includes(report.pullRequest.number)) {
      throw new MemgateError(
        `${source} claims PR #${report.pullRequest.number}, but the measure run belongs to #${t.pullNumbers.join(', #')}`
      )
    }
    return { report, pullRequest: report.pullRequest }
  } catch (error) {
    if (where && error instanceof MemgateError) await step.status.fail(where, `Report rejected: ${error.reason}`)
    throw error
  }
}
