import type { Verdict } from './types.js'

/** docs/design.md: 0 pass or skipped, 1 leak, 2 error, 3 inconclusive. */
export function exitCodeFor(verdict: Verdict): 0 | 1 | 2 | 3 {
  switch (verdict) {
    case 'pass':
    case 'skipped':
      return 0
    case 'leak':
      return 1
    case 'inconclusive':
      return 3
    case 'error':
      return 2
  }
}
