import { describe, expect, it } from '@jest/globals'
import { addSecret, redactSecrets } from '../src/secrets.js'

describe('redactSecrets', () => {
  it('replaces every secret memgate holds, and its base64 form, and leaves short values alone', () => {
    expect(redactSecrets('nothing held yet')).toBe('nothing held yet')
    addSecret('npm_registryToken0123456789')
    addSecret('short')
    addSecret(undefined)
    const base64 = Buffer.from('npm_registryToken0123456789').toString('base64')
    expect(redactSecrets('GET https://attacker.example/x/npm_registryToken0123456789/ms 404')).toBe(
      'GET https://attacker.example/x/***/ms 404'
    )
    expect(redactSecrets(`authorization: Basic ${base64}`)).toBe('authorization: Basic ***')
    expect(redactSecrets('a short word')).toBe('a short word')
  })
})
