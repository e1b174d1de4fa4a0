// The sequential plan the pipeline follows: analyse, and while the verdict is inconclusive add the
// runs the plan asks for, up to max-runs. The false-alarm rate stays at alpha because
// analyzeSamples spends only its share of alpha at each look (see alphaForLook). Pure.
import type { Analysis } from './analyze.js'

export type NextRuns = { done: true } | { done: false; addRuns: number }

/**
 * What to do after an analysis: stop (a leak or pass verdict, max-runs reached, or nothing more to
 * learn because every run failed), or add `addRuns` runs per side and analyse again with the same
 * options. Never asks for more than `maxRuns` runs per side in total.
 */
export function nextStep(analysis: Pick<Analysis, 'verdict' | 'moreRuns'>, runsSoFar: number, maxRuns: number): NextRuns {
  if (analysis.verdict !== 'inconclusive') return { done: true }
  const addRuns = Math.min(analysis.moreRuns, maxRuns - runsSoFar)
  return addRuns > 0 ? { done: false, addRuns } : { done: true }
}
