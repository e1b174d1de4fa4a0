// The run's files (report, samples, snapshots, logs) as a workflow artifact, through the Actions
// toolkit's artifact client. Outside a runner (no ACTIONS_RUNTIME_TOKEN) there is nothing to upload
// to: the files stay where they are and the caller warns. The client is imported statically: a
// dynamic import inlined into the bundle sits after the entry's top-level `await run()`, so its
// namespace was still undefined when the upload ran.

import * as fs from 'node:fs'
import * as path from 'node:path'
import { DefaultArtifactClient } from '@actions/artifact'

export type UploadResult =
  | { uploaded: true; id?: number; size?: number; files: number }
  | { uploaded: false; reason: string; files: number }

/** Which files of a memgate work directory go into the artifact. */
const KEEP =
  /(^memgate-report\.json$|^memgate-bisect\.json$|^memgate-shard\.json$|^samples-(base|head)\.json$|^install-.*\.log$|^soak\.log$|^samples\.jsonl$|\.heapsnapshot$)/

/** The files below `workDir` worth keeping, worktrees excluded. */
export function listArtifactFiles(workDir: string): string[] {
  const found: string[] = []
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name)
      if (entry.isDirectory()) {
        // base/ and head/ are the worktrees: the PR's code, not memgate's output.
        if (dir === workDir && (entry.name === 'base' || entry.name === 'head')) continue
        walk(full)
      } else if (entry.isFile() && KEEP.test(entry.name)) {
        found.push(full)
      }
    }
  }
  if (fs.existsSync(workDir)) walk(workDir)
  return found.sort()
}

export async function uploadRunArtifact(name: string, workDir: string, env: NodeJS.ProcessEnv = process.env): Promise<UploadResult> {
  const files = listArtifactFiles(workDir)
  if (!env.ACTIONS_RUNTIME_TOKEN || !env.ACTIONS_RESULTS_URL) {
    return {
      uploaded: false,
      reason: 'the Actions runtime for artifacts (ACTIONS_RUNTIME_TOKEN, ACTIONS_RESULTS_URL) is absent',
      files: files.length
    }
  }
  const client = new DefaultArtifactClient()
  const result = await client.uploadArtifact(name, files, workDir, { retentionDays: 14 })
  return { uploaded: true, id: result.id, size: result.size, files: files.length }
}
