// The protocol between memgate and its probe (dist/probe.cjs, preloaded into the soak's Node.js
// processes): the environment memgate sets, and the lines the probe appends to the samples file.
// Imported by both sides; the probe bundles it, so it imports nothing at all.
//
// Lines appended to MEMGATE_SAMPLES_FILE (read by src/soak/samples.ts):
//   {"pid":…,"ppid":…,"script":…,"meta":true}         once, to introduce the process
//   {"x":…,"heap":…,"code":…,"rss":…,"external":…,"arrayBuffers":…,"pid":…,"unit":"iteration"|"ms","t":…,"probeMs":…}
//                                                      one post-GC sample (code: the part of heap in V8's code spaces)
// Lines without "pid" were written by the soak itself (docs/design.md: any program may feed memgate).
//
// Lines appended to MEMGATE_SNAPSHOT_DIR/notes.jsonl (read by src/soak/runner.ts):
//   {"pid":…,"label":…,"note":…}                      a snapshot skipped (size cap) or failed
//   {"pid":…,"label":…,"file":…,"heap":…,"pauseMs":…,"t":…}
//                                                      a snapshot written: the post-GC heap it holds,
//                                                      how long it paused the soak, ms since start

/** The environment variables of the protocol. */
export const PROBE_ENV = {
  /** Where samples go; the probe does nothing at all without it. */
  samplesFile: 'MEMGATE_SAMPLES_FILE',
  /** Iterations between samples at the start (50). */
  sampleEvery: 'MEMGATE_SAMPLE_EVERY',
  /** ms between samples of a soak that counts no iterations, at the start (200). */
  sampleMs: 'MEMGATE_SAMPLE_MS',
  /** Largest share of the soak's time the probe may take (0.04). */
  budget: 'MEMGATE_PROBE_BUDGET',
  /** JSON ExpectedLength: the length of an earlier run of the same soak. */
  expect: 'MEMGATE_EXPECT',
  /** Directory for heap snapshots; none are taken without it. */
  snapshotDir: 'MEMGATE_SNAPSHOT_DIR',
  /** JSON SnapshotPlan. */
  snapshotPlan: 'MEMGATE_SNAPSHOT_PLAN'
} as const

/** A point of a run: x in the soak's unit, or ms since the process started. */
export interface Point {
  x?: number
  ms?: number
}

/** Where the probe takes heap snapshots besides the end. */
export interface SnapshotPlan {
  warmup?: Point
  middle?: Point
  /**
   * Near the end of the workload, before the soak tears down what it holds (server.close(),
   * agent.destroy() free a leak before exit): taken when x or the clock reaches it, whichever first.
   */
  late?: Point
  /**
   * Bytes of post-GC heap growth past the warm-up snapshot after which the late snapshot is due
   * (the middle one after half of it), whichever comes first with their points: a large leak's
   * snapshots stay small where no earlier run told how fast head grows.
   */
  growth?: number
  /** Snapshots whose file would exceed this are skipped, with a note. */
  maxBytes?: number
}

/** The length of an earlier run, so that the probe spreads its samples evenly over this one. */
export interface ExpectedLength {
  unit: 'iteration' | 'ms'
  /** The last x of that run. */
  x: number
  /** How long its measured process lived. */
  ms: number
}

/** The variables memgate sets for each run; the pacing ones (sampleEvery, sampleMs, budget) are the user's to tune. */
const PER_RUN = [PROBE_ENV.samplesFile, PROBE_ENV.expect, PROBE_ENV.snapshotDir, PROBE_ENV.snapshotPlan]

/** The environment without the per-run protocol variables, so that a run sets only its own. Never mutates `env`. */
export function withoutProbeEnv(env: Record<string, string>): Record<string, string> {
  const out = { ...env }
  for (const name of PER_RUN) delete out[name]
  return out
}
