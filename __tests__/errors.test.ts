import { describe, expect, it } from '@jest/globals'
import { MemgateError } from '../src/errors.js'

describe('MemgateError', () => {
  it('keeps the one-line reason, the exit code and the cause', () => {
    const cause = new Error('low level')
    const error = new MemgateError('package-lock.json at abc1234 is not JSON', 2, { cause })
    expect(error.reason).toBe('package-lock.json at abc1234 is not JSON')
    expect(error.message).toBe(error.reason)
    expect(error.exitCode).toBe(2)
    expect(error.cause).toBe(cause)
    expect(new MemgateError('too noisy', 3).exitCode).toBe(3)
  })
})
