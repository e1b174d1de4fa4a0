// What every mode leaves behind: the report file, the outputs, the job summary, the artifact (none
// of which needs write access), and the sticky PR comment.

import * as path from 'node:path'
import * as core from '@actions/core'
import { writeFileNoFollow } from '../files.js'
import { uploadRunArtifact } from '../github/artifact.js'
import type { Report } from '../report/build.js'
import { renderReport } from '../report/markdown.js'
import { redactSecrets } from '../secrets.js'
import { renderContext, type Step } from './step.js'

export const REPORT_FILE = 'memgate-report.json'

/** Report file, outputs, job summary, artifact: everything that needs no write access. */
export async function publish(step: Step, report: Report, workDir: string, runs?: number): Promise<void> {
  const reportFile = path.join(workDir, REPORT_FILE)
  writeFileNoFollow(reportFile, JSON.stringify(report, null, 2) + '\n')
  core.setOutput('verdict', report.verdict)
  core.setOutput('report-file', reportFile)
  core.setOutput('growth', report.difference ? String(report.difference.estimate) : '')
  await step.writes.attempt('write the job summary', () =>
    core.summary.addRaw(redactSecrets(renderReport(report, renderContext(step, runs))), true).write()
  )
  const name = step.inputs.artifactName
  await step.writes.attempt('upload the artifact', async () => {
    const result = await uploadRunArtifact(name, workDir)
    if (result.uploaded) core.info(`Artifact ${name}: ${result.files} files, ${result.size ?? '?'} bytes`)
    else core.warning(`The ${result.files} files of this run were not uploaded as an artifact (${result.reason}); they stay in ${workDir}.`)
  })
}
