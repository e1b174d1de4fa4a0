// Checks a ref name given by a person (workflow_dispatch inputs) before git ever sees it. Pure.
//
// The rules are git's own (git-check-ref-format(1)), stricter where git's would let a value read as
// an option or a revision expression: memgate hands the ref to `git rev-parse`/`fetch`, and a value
// such as `--upload-pack=…` or `main@{1}` must never reach them as anything but a plain name.

import { ABBREVIATED_SHA } from '../sha.js'

/** Longer names are not refs anyone types; git itself allows more, GitHub's branch names fewer. */
const MAX_REF_LENGTH = 255

/**
 * Why `ref` is not a usable branch, tag or commit name, or null when it is. Never throws; linear in
 * the length of `ref`.
 */
export function refProblem(ref: string): string | null {
  if (ref === '') return 'it is empty'
  if (ref.length > MAX_REF_LENGTH) return `it is longer than ${MAX_REF_LENGTH} characters`
  if (ABBREVIATED_SHA.test(ref)) return null
  if (ref.startsWith('-')) return 'it starts with "-"'
  // refs/pull/N/head and the like name a fork's commits through this repository.
  if (ref.startsWith('refs/') && !/^refs\/(heads|tags)\//.test(ref))
    return 'it names a ref that is not a branch or tag (refs/heads/, refs/tags/)'
  for (let i = 0; i < ref.length; i++) {
    const code = ref.charCodeAt(i)
    if (code < 0x21 || code === 0x7f) return 'it holds a space or a control character'
  }
  const bad = ['~', '^', ':', '?', '*', '[', '\\'].find((c) => ref.includes(c))
  if (bad) return `it holds "${bad}"`
  if (ref.includes('..')) return 'it holds ".."'
  if (ref.includes('@{') || ref === '@') return 'it holds "@{" (a reflog expression)'
  if (ref.startsWith('/') || ref.endsWith('/') || ref.includes('//')) return 'it has an empty path component'
  if (ref.endsWith('.')) return 'it ends with "."'
  for (const part of ref.split('/')) {
    if (part.startsWith('.')) return 'a path component starts with "."'
    if (part.endsWith('.lock')) return 'a path component ends with ".lock"'
  }
  return null
}
