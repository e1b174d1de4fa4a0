// Node.js programs that only start the soak: package managers' CLIs and corepack. The probe runs in
// them too (NODE_OPTIONS reaches every node process), but they are not the workload.
// Matched against process.argv[1] (unresolved when the probe loads, so /usr/bin/npm as often as
// npm's bin/npm-cli.js): npm and npx, Yarn 1's bin/yarn.js,
// Yarn Berry's .yarn/releases/yarn-4.x.cjs or corepack's yarn.js, pnpm's bin/pnpm.cjs and
// pnpx.cjs, corepack's dist/corepack.js and its shims.
const WRAPPER_NAME = /^(?:npm|npx|npm-cli|npx-cli|yarn|yarnpkg|yarn-\d[^\\/]*|pnpm|pnpx|corepack)(?:\.c?js)?$/
const COREPACK_DIST = /[\\/]corepack[\\/]dist[\\/]/

/**
 * Whether a script is one of those wrappers. memgate reads the script from the samples file, which
 * the soak writes: the name is matched on the last path component only, in time linear in the
 * path (a pattern anchored at every slash took quadratic time on a long one).
 */
export function isWrapperScript(script: string): boolean {
  const name = script.slice(Math.max(script.lastIndexOf('/'), script.lastIndexOf('\\')) + 1)
  return WRAPPER_NAME.test(name) || COREPACK_DIST.test(script)
}
