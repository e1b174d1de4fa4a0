// A real git remote over HTTP on 127.0.0.1: bare repositories served by git's own `http-backend`
// (CGI) behind a node:http server, as GitHub serves them over smart HTTP. Pushes are allowed;
// every request's method, path and Authorization header are recorded for assertions.
import { execFileSync, spawn } from 'node:child_process'
import * as fs from 'node:fs'
import * as http from 'node:http'
import type { AddressInfo } from 'node:net'
import * as path from 'node:path'

export interface GitHttpServer {
  /** http://127.0.0.1:PORT */
  url: string
  /** The directory holding the bare repositories (`<owner>/<repo>.git`). */
  root: string
  requests: { method: string; path: string; authorization?: string }[]
  /** Creates an empty bare repository `name` (e.g. `acme/service.git`) that accepts pushes. */
  createRepo(name: string): string
  close(): Promise<void>
}

const backend = path.join(execFileSync('git', ['--exec-path'], { encoding: 'utf8' }).trim(), 'git-http-backend')

export async function startGitHttpServer(root: string): Promise<GitHttpServer> {
  const requests: GitHttpServer['requests'] = []
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1')
    requests.push({ method: req.method ?? 'GET', path: url.pathname, authorization: req.headers.authorization })
    const env: Record<string, string> = {
      PATH: process.env.PATH ?? '',
      GIT_PROJECT_ROOT: root,
      GIT_HTTP_EXPORT_ALL: '1',
      PATH_INFO: decodeURIComponent(url.pathname),
      QUERY_STRING: url.search.slice(1),
      REQUEST_METHOD: req.method ?? 'GET',
      CONTENT_TYPE: req.headers['content-type'] ?? '',
      REMOTE_ADDR: '127.0.0.1',
      REMOTE_USER: 'memgate-test'
    }
    if (req.headers['content-length']) env.CONTENT_LENGTH = req.headers['content-length']
    if (req.headers['content-encoding']) env.HTTP_CONTENT_ENCODING = req.headers['content-encoding']
    if (req.headers['git-protocol']) env.GIT_PROTOCOL = String(req.headers['git-protocol'])
    const cgi = spawn(backend, [], { env, stdio: ['pipe', 'pipe', 'inherit'] })
    req.pipe(cgi.stdin)
    let head = Buffer.alloc(0)
    let headersDone = false
    cgi.stdout.on('data', (chunk: Buffer) => {
      if (headersDone) {
        res.write(chunk)
        return
      }
      head = Buffer.concat([head, chunk])
      const end = head.indexOf('\r\n\r\n')
      if (end < 0) return
      headersDone = true
      let status = 200
      for (const line of head.subarray(0, end).toString('latin1').split('\r\n')) {
        const colon = line.indexOf(':')
        const name = line.slice(0, colon).trim()
        const value = line.slice(colon + 1).trim()
        if (name.toLowerCase() === 'status') status = Number.parseInt(value, 10)
        else res.setHeader(name, value)
      }
      res.writeHead(status)
      res.write(head.subarray(end + 4))
    })
    cgi.on('close', () => {
      if (!headersDone) res.writeHead(500)
      res.end()
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}`,
    root,
    requests,
    createRepo(name) {
      const dir = path.join(root, name)
      fs.mkdirSync(dir, { recursive: true })
      execFileSync('git', ['init', '--quiet', '--bare', '--initial-branch', 'main', dir])
      execFileSync('git', ['-C', dir, 'config', 'http.receivepack', 'true'])
      return dir
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      })
  }
}
