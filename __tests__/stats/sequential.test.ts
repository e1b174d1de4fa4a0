import { describe, expect, it } from '@jest/globals'
import { nextStep } from '../../src/stats/sequential.js'

describe('nextStep', () => {
  it.each([
    ['leak', 0, 5, 10, { done: true }],
    ['pass', 0, 5, 10, { done: true }],
    ['inconclusive', 3, 5, 10, { done: false, addRuns: 3 }],
    ['inconclusive', 3, 8, 10, { done: false, addRuns: 2 }],
    ['inconclusive', 0, 10, 10, { done: true }],
    ['inconclusive', 3, 10, 10, { done: true }]
  ] as const)('%s with moreRuns %i after %i of %i runs → %j', (verdict, moreRuns, runsSoFar, maxRuns, step) => {
    expect(nextStep({ verdict, moreRuns }, runsSoFar, maxRuns)).toEqual(step)
  })
})
