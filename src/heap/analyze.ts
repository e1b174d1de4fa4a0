// Entry points of the heap stage used by the pipeline and the CLI.
import type { Suspect } from '../types.js'

export interface HeapSummary {
  nodeCount: number
  totalBytes: number
  /** Per constructor / node type: count and self size, largest first. */
  groups: { name: string; count: number; bytes: number }[]
}

export interface HeapDiff {
  suspects: Suspect[]
}

export interface HeapDiffOptions {
  /** Names of bumped packages: preferred when ranking suspects. */
  packages?: string[]
  top?: number
}

export async function summarizeSnapshotFile(file: string): Promise<HeapSummary> {
  void file
  throw new Error('summarizeSnapshotFile: not implemented yet')
}

/** Snapshots of one process, oldest first. */
export async function diffSnapshotFiles(files: string[], options: HeapDiffOptions = {}): Promise<HeapDiff> {
  void files; void options
  throw new Error('diffSnapshotFiles: not implemented yet')
}

export function formatHeapSummary(summary: HeapSummary): string {
  void summary
  throw new Error('formatHeapSummary: not implemented yet')
}

export function formatHeapDiff(diff: HeapDiff): string {
  void diff
  throw new Error('formatHeapDiff: not implemented yet')
}
