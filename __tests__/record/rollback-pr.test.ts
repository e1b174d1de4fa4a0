// The rollback pull request's branch, the step its body keeps, and when main counts as recovered.
import { describe, expect, it } from '@jest/globals'
import { MemgateError } from '../../src/errors.js'
import { stepId } from '../../src/record/creep-issue.js'
import { readRollbackStep, recovered, rollbackBranch } from '../../src/record/rollback-pr.js'
import type { TrendSeries } from '../../src/record/trend.js'

const sha = (i: number) => i.toString(16).padStart(2, '0').repeat(20)
const key = { soak: 'node soak.js', install: '', workingDirectory: '.', os: 'ubuntu-24.04', arch: 'x64', node: '24' }
const series = (values: number[]): TrendSeries => ({
  key,
  unit: 'bytes/iteration',
  points: values.map((estimate, i) => ({ commit: sha(i), estimate, low: estimate, high: estimate, runs: 3, bumps: [] })),
  changes: []
})

describe('rollbackBranch', () => {
  it.each([
    ['row-cache', 'memgate/rollback-row-cache'],
    ['@acme/Row.Cache', 'memgate/rollback-acme-row.cache'],
    ['..evil..//name', 'memgate/rollback-evil.-name'],
    ['@@', 'memgate/rollback-package']
  ])('names the branch of %s %s', (name, branch) => {
    expect(rollbackBranch(name)).toBe(branch)
  })

  it('never yields a name git would refuse', () => {
    for (const name of ['a.lock', 'x@{1}', '-rf', 'a b\nc', '😀', `${'a'.repeat(99)}.x`])
      expect(() => rollbackBranch(name)).not.toThrow(MemgateError)
    expect(rollbackBranch('a.lock')).toBe('memgate/rollback-a-lock')
  })
})

describe('readRollbackStep', () => {
  it('reads the step line memgate wrote, and nothing else', () => {
    const id = stepId(series([1]), { commit: sha(4) })
    expect(readRollbackStep(`<!-- memgate:rollback -->\n<!-- memgate:rollback-step ${id} before=18.5 after=404 -->\n`)).toEqual({
      id,
      before: 18.5,
      after: 404
    })
    expect(readRollbackStep('<!-- memgate:rollback-step abc@def before=1 after=2 -->')).toBeNull()
    expect(readRollbackStep(`<!-- memgate:rollback-step ${id} before=x after=2 -->`)).toBeNull()
  })
})

describe('recovered', () => {
  const step = { id: stepId(series([1]), { commit: sha(3) }), before: 10, after: 400 }
  it.each([
    [[10, 400, 400, 400], false],
    [[400, 400, 12, 11], false],
    [[400, 12, 11, 13], true],
    [[12, 11], false]
  ])('%j: %s', (values, expected) => {
    expect(recovered(series(values), step)).toBe(expected)
  })
})
