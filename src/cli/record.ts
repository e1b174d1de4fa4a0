// `memgate record` and `memgate trend`: the memory record of main from the command line.
import * as fs from 'node:fs'
import * as path from 'node:path'
import { fileURLToPath } from 'node:url'
import { MemgateError } from '../errors.js'
import { createGit } from '../git.js'
import { DEFAULT_LAST, readTrend } from '../record/history.js'
import { recordCommit } from '../record/measure-commit.js'
import { renderPage } from '../record/page.js'
import type { TrendDocument } from '../record/trend.js'
import { shortSha } from '../sha.js'
import { OPTION_FLAGS, optionsFrom, parse, required } from './args.js'

const log = (line: string): void => {
  process.stderr.write(`${line}\n`)
}

const num = (value: number): string =>
  Math.abs(value) >= 100 ? value.toFixed(0) : Math.abs(value) >= 10 ? value.toFixed(1) : value.toFixed(2)

function positiveInteger(value: string | undefined, flag: string): number | undefined {
  if (value === undefined) return undefined
  const n = Number(value)
  if (!Number.isInteger(n) || n < 1) throw new MemgateError(`${flag} must be a whole number of at least 1, not '${value}'`)
  return n
}

export async function recordCommand(args: string[]): Promise<number> {
  const { values } = parse(args, {
    commit: { type: 'string' },
    store: { type: 'string' },
    repo: { type: 'string', default: '.' },
    ...OPTION_FLAGS,
    keep: { type: 'string' },
    'work-dir': { type: 'string' },
    json: { type: 'boolean', default: false }
  })
  const options = optionsFrom(values)
  const result = await recordCommit({
    options,
    git: await createGit(path.resolve(values.repo)),
    ref: required(values.commit, '--commit'),
    storeDir: path.resolve(required(values.store, '--store')),
    keep: positiveInteger(values.keep, '--keep'),
    workDir: values['work-dir'] && path.resolve(values['work-dir']),
    probePath: fileURLToPath(new URL('./probe.cjs', import.meta.url)),
    secrets: [],
    log
  })
  const { record } = result
  const growth = record.growth ?? { estimate: Number.NaN, low: Number.NaN, high: Number.NaN }
  for (const old of result.removed) log(`Removed ${path.relative(process.cwd(), old.file)} (more than --keep records in its series)`)
  const text =
    result.outcome === 'kept'
      ? `The store already holds a record of ${shortSha(record.commit)} in this series (${result.file}); it stands.`
      : `Recorded ${shortSha(record.commit)}: ${num(growth.estimate)} ${record.unit} (runs from ${num(growth.low)} to ${num(growth.high)}, ${record.samples.runs.length} runs) in ${result.file} (${(result.wallMs / 1000).toFixed(1)} s)`
  process.stdout.write(values.json ? `${JSON.stringify(record, null, 2)}\n` : `${text}\n`)
  return 0
}

function renderTrendText(trend: TrendDocument): string {
  if (trend.series.length === 0) return `No records along the history of ${shortSha(trend.ref)}.`
  return trend.series
    .map((s) => {
      const last = s.points.at(-1)
      if (!last) return `${s.key.soak}: no commit with a record`
      const head = `${s.key.soak} (${s.key.os} ${s.key.arch}, Node.js ${s.key.node}, ${s.key.workingDirectory}): ${s.points.length} commits with a record, latest ${shortSha(last.commit)} ${num(last.estimate)} ${s.unit}`
      const changes = s.changes.length
        ? s.changes.map(
            (c) =>
              `  step up at ${shortSha(c.commit)} (after ${shortSha(c.lastBefore)}): ${num(c.before.estimate)} -> ${num(c.after.estimate)} ${s.unit}, p = ${c.pValue.toPrecision(2)}; bumps: ${
                c.bumps.length ? c.bumps.map((b) => `${b.name} ${b.from ?? '(none)'} -> ${b.to ?? '(none)'}`).join(', ') : 'none'
              }`
          )
        : ['  no lasting step up']
      return [head, ...changes].join('\n')
    })
    .join('\n')
}

export async function trendCommand(args: string[]): Promise<number> {
  const { values } = parse(args, {
    store: { type: 'string' },
    repo: { type: 'string', default: '.' },
    ref: { type: 'string', default: 'HEAD' },
    last: { type: 'string' },
    page: { type: 'string' },
    json: { type: 'boolean', default: false }
  })
  const trend = await readTrend({
    git: await createGit(path.resolve(values.repo)),
    storeDir: path.resolve(required(values.store, '--store')),
    ref: values.ref,
    last: positiveInteger(values.last, '--last') ?? DEFAULT_LAST,
    warn: (line) => log(`memgate: warning: ${line}`)
  })
  if (values.page) fs.writeFileSync(values.page, renderPage(trend, { title: 'memgate: memory record' }))
  process.stdout.write(values.json ? `${JSON.stringify(trend, null, 2)}\n` : `${renderTrendText(trend)}\n`)
  return trend.series.some((s) => s.changes.length > 0) ? 1 : 0
}
