// memgate's own version, package.json's (a test keeps the two equal). The runbook pins it, so that a
// maintainer reproduces a measurement with the memgate that made it.
export const MEMGATE_VERSION = '0.1.0'
