import { afterAll, describe, expect, it } from '@jest/globals'
import * as fs from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import { MemgateError } from '../src/errors.js'
import { writeFileNoFollow } from '../src/files.js'

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'memgate-files-'))
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }))

describe('writeFileNoFollow', () => {
  it('writes a new file and replaces an old one', () => {
    const file = path.join(dir, 'report.json')
    writeFileNoFollow(file, 'one, longer')
    writeFileNoFollow(file, 'two')
    expect(fs.readFileSync(file, 'utf8')).toBe('two')
  })

  it('refuses a symbolic link planted at the path, and leaves what it points at alone', () => {
    const target = path.join(dir, 'target')
    fs.writeFileSync(target, 'precious')
    const link = path.join(dir, 'memgate-report.json')
    fs.symlinkSync(target, link)
    let error: unknown
    try {
      writeFileNoFollow(link, '{}')
    } catch (e) {
      error = e
    }
    expect(error).toBeInstanceOf(MemgateError)
    expect((error as MemgateError).reason).toBe(`${link} is a symbolic link; memgate writes its report only to a file of its own`)
    expect(fs.readFileSync(target, 'utf8')).toBe('precious')
  })
})
