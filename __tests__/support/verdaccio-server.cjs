// Verdaccio 6 in a child process of the test, so that jest's module sandbox never loads it and a
// test can stop it (the "registry down" case). argv: storage directory, then `private` for a
// registry that lists and serves packages to logged-in users only (the users of
// `<storage>/htpasswd`). Prints `{"port":N}` once it listens on 127.0.0.1 (a free port the kernel picked).
const fs = require('node:fs')
const path = require('node:path')
const { runServer } = require('verdaccio')

const storage = process.argv[2]
// Publishing stays open: fixtures are published anonymously; reading needs a token when private.
const access = process.argv[3] === 'private' ? '$authenticated' : '$all'
const config = {
  self_path: path.join(storage, 'config.yaml'),
  storage: path.join(storage, 'packages'),
  // No uplinks: only what the test published exists, and nothing reaches the public registry.
  uplinks: {},
  auth: { htpasswd: { file: path.join(storage, 'htpasswd'), max_users: -1 } },
  packages: {
    '@*/*': { access, publish: '$all', unpublish: '$all' },
    '**': { access, publish: '$all', unpublish: '$all' }
  },
  // Fixtures are published over loopback; the default 10 MB body limit is plenty, the web UI is not needed.
  web: { enable: false },
  log: { type: 'stdout', format: 'pretty', level: 'error' },
  server: { keepAliveTimeout: 1 }
}
fs.mkdirSync(config.storage, { recursive: true })

runServer(config).then(
  (app) => {
    const server = app.listen(0, '127.0.0.1', () => {
      process.stdout.write(JSON.stringify({ port: server.address().port }) + '\n')
    })
    const stop = () => server.close(() => process.exit(0))
    process.on('SIGTERM', stop)
    process.on('SIGINT', stop)
  },
  (error) => {
    process.stderr.write(String(error?.stack || error) + '\n')
    process.exit(1)
  }
)
