// The statistics stage: two sides' samples in, one verdict out. Pure.
import type { Samples, StatsResult } from '../types.js'

export interface StatsOptions {
  /** One-sided false-alarm rate. */
  alpha: number
  /** Minimum growth difference that matters, in bytes per unit. */
  threshold: number
}

export const defaultStatsOptions: StatsOptions = { alpha: 0.05, threshold: 64 }

/** Decide whether head's post-GC heap grows faster than base's. Never throws on valid Samples. */
export function analyzeSamples(base: Samples, head: Samples, options: Partial<StatsOptions> = {}): StatsResult {
  void base; void head; void options
  throw new Error('analyzeSamples: not implemented yet')
}
