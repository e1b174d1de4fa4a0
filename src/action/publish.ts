// What every mode leaves behind: the report file, the outputs, the job summary, the artifact (none
// of which needs write access), and the sticky PR comment.

import * as fs from 'node:fs'
import * as path from 'node:path'
import * as core from '@actions/core'
import type { BisectReport } from '../bisect/search.js'
import { writeFileNoFollow } from '../files.js'
import { uploadRunArtifact } from '../github/artifact.js'
import type { Report } from '../report/build.js'
import { renderReport } from '../report/markdown.js'
import { redactSecrets } from '../secrets.js'
import { renderContext, type Step } from './step.js'

export const REPORT_FILE = 'memgate-report.json'
/** The memgate-bisect/1 document, beside the report in the artifact. */
export const BISECT_FILE = 'memgate-bisect.json'

/**
 * Report file, outputs, job summary, artifact: everything that needs no write access. With
 * `upload: false` the artifact waits for uploadArtifact (a name is uploaded once per run, and the
 * bisect that follows a leak adds its document first).
 */
export async function publish(step: Step, report: Report, workDir: string, runs?: number, { upload = true } = {}): Promise<void> {
  const reportFile = path.join(workDir, REPORT_FILE)
  writeFileNoFollow(reportFile, JSON.stringify(report, null, 2) + '\n')
  core.setOutput('verdict', report.verdict)
  core.setOutput('report-file', reportFile)
  core.setOutput('growth', report.difference ? String(report.difference.estimate) : '')
  await step.writes.attempt('write the job summary', () =>
    core.summary.addRaw(redactSecrets(renderReport(report, renderContext(step, runs))), true).write()
  )
  if (upload) await uploadArtifact(step, workDir)
}

/** Writes the bisect's document into `workDir`, beside the report, for the artifact. */
export function writeBisect(workDir: string, bisect: BisectReport): void {
  fs.mkdirSync(workDir, { recursive: true })
  fs.writeFileSync(path.join(workDir, BISECT_FILE), JSON.stringify(bisect, null, 2) + '\n')
}

/** The run's files under the artifact name: once per run. */
export async function uploadArtifact(step: Step, workDir: string): Promise<void> {
  const name = step.inputs.artifactName
  await step.writes.attempt('upload the artifact', async () => {
    const result = await uploadRunArtifact(name, workDir)
    if (result.uploaded) core.info(`Artifact ${name}: ${result.files} files, ${result.size ?? '?'} bytes`)
    else core.warning(`The ${result.files} files of this run were not uploaded as an artifact (${result.reason}); they stay in ${workDir}.`)
  })
}
