import * as fs from 'node:fs'
import { expect, it } from '@jest/globals'
import { MEMGATE_VERSION } from '../src/version.js'

it("is package.json's version", () => {
  expect(MEMGATE_VERSION).toBe(JSON.parse(fs.readFileSync('package.json', 'utf8')).version)
})
