// Runs that did not finish decide a comparison before any statistics. The one failure judgement
// of the gate (base against head) and of bisect (a reference tree against a candidate). Pure.
import type { Samples } from '../types.js'

export interface Failure {
  verdict: 'leak' | 'error'
  reason: string
  /** The failed run's stderr tail, when it left one. */
  detail?: string
}

/** What the reason calls each side: `{ base: 'base', head: 'head' }` for the gate. */
export interface SideNames {
  base: string
  head: string
}

/**
 * head running out of memory where base never does (and base has a run that ended well) is a
 * leak; a side whose every run failed leaves nothing to compare (an error). Otherwise null: the
 * statistics decide. Never looks at samples, only at outcomes.
 */
export function judgeFailures(base: Samples, head: Samples, names: SideNames = { base: 'base', head: 'head' }): Failure | null {
  const ok = (s: Samples) => s.runs.filter((r) => outcomeOf(r) === 'ok').length
  const oom = (s: Samples) => s.runs.filter((r) => r.outcome === 'oom').length
  const failed = (s: Samples) => s.runs.find((r) => outcomeOf(r) !== 'ok')
  const tail = (s: Samples) => failed(s)?.stderrTail || undefined
  const describe = (s: Samples) => {
    const run = failed(s)
    return run?.outcome === 'timeout'
      ? 'timed out'
      : run?.outcome === 'oom'
        ? 'ran out of memory'
        : `exited with ${run?.exitCode ?? run?.signal}`
  }
  if (oom(head) > 0 && oom(base) === 0 && ok(base) > 0) {
    return {
      verdict: 'leak',
      reason: `${capital(names.head)} ran out of memory in ${oom(head)} of ${head.runs.length} runs where ${names.base} never did.`
    }
  }
  if (ok(base) === 0 && ok(head) === 0) {
    return {
      verdict: 'error',
      reason: `The soak failed on both sides: it ${describe(head)} on ${names.head} and ${describe(base)} on ${names.base}.`,
      detail: tail(head)
    }
  }
  for (const [name, side] of [
    [names.base, base],
    [names.head, head]
  ] as const) {
    if (ok(side) === 0)
      return { verdict: 'error', reason: `The soak failed in every ${name} run: it ${describe(side)}.`, detail: tail(side) }
  }
  return null
}

// memgate-samples/1: a run without `outcome` counts by its exit code.
function outcomeOf(run: Samples['runs'][number]): string {
  return run.outcome ?? (run.exitCode === 0 ? 'ok' : 'crash')
}

function capital(name: string): string {
  return name.charAt(0).toUpperCase() + name.slice(1)
}
