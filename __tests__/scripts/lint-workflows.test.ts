// scripts/lint-workflows.mjs, the check of what GitHub runs but no test can: it passes on this
// repository and names each fault in a broken copy.

import { spawnSync } from 'node:child_process'
import * as fs from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import { afterAll, describe, expect, it } from '@jest/globals'

const script = path.resolve('scripts', 'lint-workflows.mjs')
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'memgate-lint-workflows-'))
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }))

function lint(root?: string) {
  const result = spawnSync(process.execPath, [script, ...(root ? [root] : [])], { encoding: 'utf8' })
  return { status: result.status, stderr: result.stderr }
}

describe('lint:workflows', () => {
  it("passes on this repository's action.yml, workflows and dependabot.yml", () => {
    const { status, stderr } = lint()
    expect(stderr).toMatch(/action\.yml, \d+ workflows, dependabot\.yml: no findings/)
    expect(status).toBe(0)
  })

  it('names every fault of a broken copy', () => {
    fs.mkdirSync(path.join(dir, '.github', 'workflows'), { recursive: true })
    fs.mkdirSync(path.join(dir, 'dist'))
    fs.writeFileSync(path.join(dir, 'dist', 'index.js'), '')
    // The real action.yml, on an old runtime; its post: file is missing from this copy.
    fs.writeFileSync(path.join(dir, 'action.yml'), fs.readFileSync('action.yml', 'utf8').replace('using: node24', 'using: node20'))
    fs.writeFileSync(
      path.join(dir, '.github', 'workflows', 'broken.yml'),
      [
        'on:',
        '  pull_request:',
        '    branch: [main]',
        'jobs:',
        '  memgate:',
        '    runs-on: ubuntu-latest',
        '    steps:',
        // biome-ignore lint/suspicious/noTemplateCurlyInString: a workflow expression, not a template
        '      - run: echo "${{ github.event.pull_request.title }}"',
        '      - uses: ./',
        '        with:',
        '          soak-comand: node soak.js',
        ''
      ].join('\n')
    )
    fs.writeFileSync(
      path.join(dir, '.github', 'dependabot.yml'),
      'version: 2\nupdates:\n  - package-ecosystem: npm\n    directory: /\n    schedule:\n      interval: fortnightly\n'
    )
    const { status, stderr } = lint(dir)
    expect(status).toBe(1)
    expect(stderr).toContain('action.yml: runs.using is node20, expected node24')
    expect(stderr).toContain('action.yml: runs.post names dist/post.js, which does not exist')
    // GitHub's schema and actionlint both refuse the misspelt filter.
    expect(stderr).toContain("(Line: 3, Col: 5): Unexpected value 'branch'")
    expect(stderr).toContain('.github/workflows/broken.yml:3:5: unexpected key "branch"')
    expect(stderr).toMatch(/broken\.yml:8:\d+: "github\.event\.pull_request\.title" is potentially untrusted/)
    expect(stderr).toContain("jobs.memgate.steps[1]: input 'soak-comand' is not declared in action.yml")
    expect(stderr).toContain('.github/dependabot.yml: updates[0].schedule.interval is "fortnightly"')
  })
})
