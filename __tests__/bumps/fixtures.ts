// Reads the committed lockfiles made by the real package managers (see fixtures/bumps/*/make.sh).
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { FIXTURES } from './repo.js'

export function lockText(dir: string, side: 'base' | 'head', file: string): string {
  return readFileSync(join(FIXTURES, dir, side, file), 'utf8')
}

export function manifestText(side: 'base' | 'head', path = 'package.json'): string {
  return readFileSync(join(FIXTURES, 'project', side, path), 'utf8')
}

/** The text with `lines` inserted before 1-based line `at`. */
export function insertLines(text: string, at: number, ...lines: string[]): string {
  const all = text.split('\n')
  all.splice(at - 1, 0, ...lines)
  return all.join('\n')
}
