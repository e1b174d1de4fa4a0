// A real HTTP server on 127.0.0.1 standing in for the Actions results service and its blob store:
// @actions/artifact reaches it through ACTIONS_RESULTS_URL as it reaches the runner's service
// (Twirp CreateArtifact / FinalizeArtifact, then Azure Put Block and Put Block List on the signed
// URL). It keeps each finalized artifact's zip and reads the files back out of it.
import * as http from 'node:http'
import type { AddressInfo } from 'node:net'
import * as zlib from 'node:zlib'

export interface StoredArtifact {
  name: string
  finalized: boolean
  zip: Buffer
}

export interface FakeResults {
  url: string
  /** The environment a runner gives a step: the runtime token and the results service's URL. */
  env: Record<string, string>
  /** Every artifact created, by name, in creation order (a name created twice is refused, as GitHub does). */
  artifacts: Map<string, StoredArtifact>
  /** The files of a finalized artifact: path inside the zip → content. */
  files(name: string): Map<string, Buffer>
  close(): Promise<void>
}

const SERVICE = '/twirp/github.actions.results.api.v1.ArtifactService/'

export async function startFakeResults(): Promise<FakeResults> {
  const artifacts = new Map<string, StoredArtifact>()
  const blocks = new Map<string, Map<string, Buffer>>()
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = []
    req.on('data', (c: Buffer) => chunks.push(c))
    req.on('end', () => {
      const body = Buffer.concat(chunks)
      const url = new URL(req.url ?? '/', 'http://127.0.0.1')
      const json = (status: number, value: unknown) => {
        res.writeHead(status, { 'content-type': 'application/json' })
        res.end(JSON.stringify(value))
      }
      if (req.method === 'POST' && url.pathname === `${SERVICE}CreateArtifact`) {
        const { name } = JSON.parse(body.toString()) as { name: string }
        if (artifacts.has(name)) return json(409, { code: 'already_exists', msg: `an artifact named ${name} exists in this run` })
        artifacts.set(name, { name, finalized: false, zip: Buffer.alloc(0) })
        blocks.set(name, new Map())
        const signedUploadUrl = `${address()}/account/artifacts/${encodeURIComponent(name)}.zip?sig=loopback`
        return json(200, { ok: true, signedUploadUrl })
      }
      if (req.method === 'POST' && url.pathname === `${SERVICE}FinalizeArtifact`) {
        const { name } = JSON.parse(body.toString()) as { name: string }
        const artifact = artifacts.get(name)
        if (!artifact) return json(404, { code: 'not_found', msg: `no artifact named ${name}` })
        artifact.finalized = true
        return json(200, { ok: true, artifactId: String([...artifacts.keys()].indexOf(name) + 1) })
      }
      const blob = /^\/account\/artifacts\/(.+)\.zip$/.exec(url.pathname)
      if (req.method === 'PUT' && blob) {
        const name = decodeURIComponent(blob[1] ?? '')
        const artifact = artifacts.get(name)
        const staged = blocks.get(name)
        if (!artifact || !staged) return json(404, { code: 'not_found' })
        const headers = { etag: '"0x1"', 'last-modified': new Date().toUTCString(), 'x-ms-request-id': '1', 'x-ms-version': '2024-05-04' }
        const comp = url.searchParams.get('comp')
        if (comp === 'block') {
          staged.set(url.searchParams.get('blockid') ?? '', body)
        } else if (comp === 'blocklist') {
          const ids = [...body.toString().matchAll(/<(?:Latest|Uncommitted|Committed)>([^<]*)<\//g)].map((m) => m[1] ?? '')
          artifact.zip = Buffer.concat(ids.map((id) => staged.get(id) ?? Buffer.alloc(0)))
        } else {
          artifact.zip = body
        }
        res.writeHead(201, headers)
        return res.end()
      }
      json(404, { code: 'not_found', msg: `${req.method} ${url.pathname}` })
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const address = () => `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  // An unsigned JWT with the scope the toolkit reads its run and job IDs from.
  const claims = Buffer.from(JSON.stringify({ scp: 'Actions.ExampleScope Actions.Results:run-1:job-1' })).toString('base64url')
  return {
    url: address(),
    env: { ACTIONS_RUNTIME_TOKEN: `e30.${claims}.sig`, ACTIONS_RESULTS_URL: `${address()}/` },
    artifacts,
    files(name) {
      const artifact = artifacts.get(name)
      if (!artifact?.finalized) throw new Error(`no finalized artifact named ${name}`)
      return readZip(artifact.zip)
    },
    close: () => new Promise((resolve) => server.close(() => resolve()))
  }
}

/** The entries of a zip, through its central directory (sizes there are right even when streamed). */
export function readZip(zip: Buffer): Map<string, Buffer> {
  const files = new Map<string, Buffer>()
  const end = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]))
  if (end < 0) throw new Error('not a zip: no end of central directory')
  const count = zip.readUInt16LE(end + 10)
  let at = zip.readUInt32LE(end + 16)
  for (let i = 0; i < count; i++) {
    const method = zip.readUInt16LE(at + 10)
    const compressed = zip.readUInt32LE(at + 20)
    const nameLength = zip.readUInt16LE(at + 28)
    const extraLength = zip.readUInt16LE(at + 30)
    const commentLength = zip.readUInt16LE(at + 32)
    const local = zip.readUInt32LE(at + 42)
    const name = zip.subarray(at + 46, at + 46 + nameLength).toString()
    const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28)
    const data = zip.subarray(start, start + compressed)
    if (!name.endsWith('/')) files.set(name, method === 8 ? zlib.inflateRawSync(data) : Buffer.from(data))
    at += 46 + nameLength + extraLength + commentLength
  }
  return files
}
