import * as fs from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import { afterAll, describe, expect, it } from '@jest/globals'
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

describe('insideTree', () => {
  it('gives a file of the tree, and refuses a link out of it, at the file or a directory above', async () => {
    const { insideTree } = await import('../src/files.js')
    const tree = fs.mkdtempSync(path.join(dir, 'tree-'))
    const outside = fs.mkdtempSync(path.join(dir, 'outside-'))
    fs.writeFileSync(path.join(outside, 'package.json'), '{"precious":true}')
    fs.writeFileSync(path.join(tree, 'package.json'), '{}')
    fs.mkdirSync(path.join(tree, 'packages'))
    expect(insideTree(tree, 'package.json')).toBe(path.join(fs.realpathSync(tree), 'package.json'))
    // A PR's tree can hold links: the manifest itself, or a workspace directory.
    fs.symlinkSync(path.join(outside, 'package.json'), path.join(tree, 'packages', 'package.json'))
    fs.symlinkSync(outside, path.join(tree, 'packages', 'app'))
    expect(() => insideTree(tree, 'packages/package.json')).toThrow(
      'packages/package.json is a symbolic link; memgate edits only files of the worktree itself'
    )
    expect(() => insideTree(tree, 'packages/app/package.json')).toThrow(
      'packages/app/package.json leads out of the worktree (a link); memgate does not edit it'
    )
    expect(fs.readFileSync(path.join(outside, 'package.json'), 'utf8')).toBe('{"precious":true}')
  })
})
