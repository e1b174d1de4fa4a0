#!/usr/bin/env node
import * as path from 'node:path';
import { join, posix } from 'node:path';
import * as fs from 'node:fs';
import { existsSync, statSync, openSync, closeSync, rmSync, constants as constants$1 } from 'node:fs';
import * as os from 'node:os';
import { tmpdir } from 'node:os';
import { randomUUID, createHash } from 'node:crypto';
import { readFile, open } from 'node:fs/promises';
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { parseArgs } from 'node:util';

/**
 * The one error class memgate throws on purpose. `reason` is the one line a maintainer reads in the
 * PR comment or on stderr; `detail` holds what does not fit on it (a log's tail, the usage text);
 * `exitCode` is the CLI's exit status when no report could be made (2 error, 3 inconclusive).
 */
class MemgateError extends Error {
    exitCode;
    reason;
    detail;
    constructor(reason, exitCode = 2, options) {
        // A reason handed in with more lines keeps its first as the reason and the rest as detail.
        const [first = '', ...rest] = reason.split('\n');
        super(first, options);
        this.exitCode = exitCode;
        this.name = 'MemgateError';
        this.reason = first;
        const detail = [rest.join('\n').trim(), options?.detail?.trim()].filter(Boolean).join('\n');
        if (detail)
            this.detail = detail;
    }
}

// Resident memory of a soak's process group, read from Linux's /proc: the measure for a soak that
// is not Node.js (no probe in it). proc(5): /proc/<pid>/stat is "pid (comm) state ppid pgrp …",
// comm may hold spaces and parentheses, so fields are counted after the last ')'; field 24 is rss
// in pages.
/** The fields memgate needs from one /proc/<pid>/stat line, or null when it is not one. Pure. */
function parseProcStat(text) {
    const open = text.indexOf('(');
    const close = text.lastIndexOf(')');
    if (open < 0 || close < open)
        return null;
    const pid = Number(text.slice(0, open).trim());
    // After ')': state(3) ppid(4) pgrp(5) … rss(24), so rss is the 22nd field after the name.
    const rest = text
        .slice(close + 1)
        .trim()
        .split(/\s+/);
    const ppid = Number(rest[1]);
    const pgrp = Number(rest[2]);
    const rssPages = Number(rest[21]);
    if (![pid, ppid, pgrp, rssPages].every(Number.isFinite))
        return null;
    return { pid, ppid, pgrp, rssPages };
}
// The kernel's page size; 4 KiB on x86-64 and on the arm64 images GitHub runs.
const PAGE_SIZE = 4096;
/** Total RSS in bytes of the live processes in process group `pgrp`, and how many there are. */
function readGroupRss(pgrp) {
    let rss = 0;
    let processes = 0;
    let names;
    try {
        names = fs.readdirSync('/proc');
    }
    catch {
        return { rss: 0, processes: 0 };
    }
    for (const name of names) {
        if (name.charCodeAt(0) < 48 || name.charCodeAt(0) > 57)
            continue;
        let text;
        try {
            text = fs.readFileSync(`/proc/${name}/stat`, 'utf8');
        }
        catch {
            continue; // it exited between readdir and read
        }
        const stat = parseProcStat(text);
        if (!stat || stat.pgrp !== pgrp || stat.rssPages === 0)
            continue;
        rss += stat.rssPages * PAGE_SIZE;
        processes++;
    }
    return { rss, processes };
}

// The only module that starts child processes. Each runs in its own process group, so that a
// timeout, a cancellation or the end of a soak takes every process it started with it.
/** Starts a process in its own group. Never rejects: a failure to start is `spawnError` with code 127. */
function startProcess(spec) {
    const [file, args] = spec.shell ? ['/bin/sh', ['-c', spec.command]] : [spec.command, spec.args ?? []];
    const out = spec.output ?? 'capture';
    const stdout = spec.stdoutFd ?? (out === 'capture' ? 'pipe' : out);
    const stderr = out === 'capture' ? 'pipe' : out;
    // libuv drops the supplementary groups as well when it sets uid and gid.
    const child = spawn(file, args, {
        cwd: spec.cwd,
        env: spec.env,
        stdio: ['ignore', stdout, stderr],
        detached: true,
        ...(spec.user ? { uid: spec.user.uid, gid: spec.user.gid } : {})
    });
    const pid = child.pid;
    let stdoutText = '';
    let stderrText = '';
    child.stdout?.setEncoding('utf8').on('data', (chunk) => (stdoutText += chunk));
    child.stderr?.setEncoding('utf8').on('data', (chunk) => (stderrText += chunk));
    const onAbort = () => killGroup(pid, 'SIGKILL');
    spec.signal?.addEventListener('abort', onAbort, { once: true });
    if (spec.signal?.aborted)
        onAbort();
    const exited = new Promise((resolve) => {
        let settled = false;
        const settle = (exit) => {
            if (settled)
                return;
            settled = true;
            spec.signal?.removeEventListener('abort', onAbort);
            resolve(exit);
        };
        child.on('error', (error) => settle({ code: 127, signal: null, stdout: stdoutText, stderr: stderrText, spawnError: error }));
        // 'close' waits for the pipes as well, so captured output is whole.
        child.on('close', (code, signal) => settle({ code, signal, stdout: stdoutText, stderr: stderrText }));
    });
    return { pid, exited };
}
/** Runs a process to its end and returns its exit and captured output. */
function runProcess(spec) {
    return startProcess(spec).exited;
}
/** Sends `signal` to the process group `pid` leads; a group already gone is not an error. */
function killGroup(pid, signal) {
    if (!pid)
        return;
    try {
        process.kill(-pid, signal);
    }
    catch {
        // The group is already gone.
    }
}
/** Signals are asynchronous: waits (bounded) until no process of the group is left. */
async function waitForGroupExit(pid, limitMs) {
    if (!pid)
        return;
    const deadline = Date.now() + limitMs;
    while (Date.now() < deadline) {
        if (!groupAlive(pid))
            return;
        await new Promise((resolve) => setTimeout(resolve, 20));
    }
}
/** True while a process of the group runs; zombies (exited, not yet reaped by a PID 1 that never reaps) do not count. */
function groupAlive(pgid) {
    try {
        process.kill(-pgid, 0);
    }
    catch {
        return false;
    }
    return readGroupRss(pgid).processes > 0;
}
/** The environment as plain strings (process.env may hold undefined values). */
function stringEnv(env) {
    const out = {};
    for (const [key, value] of Object.entries(env))
        if (value !== undefined)
            out[key] = value;
    return out;
}

// A commit's name, as git and GitHub's API write it and as a person types it. One definition, so the
// status, the report check, the commands and the comment agree on what a SHA is.
/** 40 lowercase hex characters: a full SHA-1 object name, as git and GitHub's API print it. */
const FULL_SHA_HEX = '[0-9a-f]{40}';
/** A full SHA and nothing else. */
const FULL_SHA = new RegExp(`^${FULL_SHA_HEX}$`);
/** git's default abbreviation (core.abbrev = 7), as the comment, logs and reasons show a commit. */
function shortSha(sha) {
    return sha.slice(0, 7);
}

// The only module that runs git. Every other stage talks to a repository through `Git`; every git
// command goes through `runGit`, with one environment builder (`gitEnv`).
/** The base64 credential git sends for `token`: a secret as much as the token. */
function basicCredential(token) {
    return Buffer.from(`x-access-token:${token}`).toString('base64');
}
/** The Authorization header git sends to GitHub for `token`; callers mask it as a secret too. */
function authHeader(token) {
    return `AUTHORIZATION: basic ${basicCredential(token)}`;
}
// What git needs of the process's environment: where it runs and for whom, its own settings
// (GIT_*, without tracing), locale, proxies and CA certificates, an SSH agent for ssh remotes.
// Nothing else: a hook or helper git starts inherits it.
const GIT_ENV_NAMES = new Set([
    'PATH',
    'HOME',
    'USER',
    'LOGNAME',
    'SHELL',
    'TMPDIR',
    'LANG',
    'TZ',
    'TERM',
    'SSH_AUTH_SOCK',
    'SSL_CERT_FILE',
    'SSL_CERT_DIR',
    'HTTP_PROXY',
    'HTTPS_PROXY',
    'NO_PROXY',
    'ALL_PROXY',
    'CURL_CA_BUNDLE'
].map((name) => name.toUpperCase()));
const GIT_ENV_PREFIXES = /^(GIT_|XDG_|LC_)/i;
/**
 * Settings every git memgate runs gets, above any file's (GIT_CONFIG_COUNT entries rank with
 * `-c`): no hook and no fsmonitor command runs, whatever a repository's or worktree's config says
 * (a worktree the PR's code owned may point git at a config of its own).
 */
const GIT_SAFE_CONFIG = [
    ['core.hooksPath', '/dev/null'],
    ['core.fsmonitor', 'false']
];
/**
 * git's environment: the process's git-related variables only (see GIT_ENV_NAMES), without tracing
 * (GIT_TRACE* would write the auth header to a file or stderr), never prompting, in the C locale
 * whose messages memgate reads, hooks and fsmonitor off; with `token`, the auth header as one more
 * config entry through GIT_CONFIG_COUNT, scoped to `remoteUrl`'s https origin (and not sent at all
 * to a remote that is not https, but for plain http on the loopback).
 */
function gitEnv(base, token, remoteUrl) {
    const env = {};
    for (const [name, value] of Object.entries(stringEnv(base))) {
        if (/^GIT_TRACE/i.test(name))
            continue;
        if (GIT_ENV_NAMES.has(name.toUpperCase()) || GIT_ENV_PREFIXES.test(name))
            env[name] = value;
    }
    env.GIT_TERMINAL_PROMPT = '0';
    env.LC_ALL = 'C';
    const count = Number(env.GIT_CONFIG_COUNT);
    let n = Number.isInteger(count) && count > 0 ? count : 0;
    const add = (key, value) => {
        env[`GIT_CONFIG_KEY_${n}`] = key;
        env[`GIT_CONFIG_VALUE_${n}`] = value;
        n++;
    };
    for (const [key, value] of GIT_SAFE_CONFIG)
        add(key, value);
    const origin = token ? httpsOrigin(remoteUrl) : undefined;
    if (token && origin)
        add(`http.${origin}/.extraheader`, authHeader(token));
    env.GIT_CONFIG_COUNT = String(n);
    return env;
}
/**
 * `https://host[:port]` of a remote URL, or undefined when it is not an https URL. Plain http is
 * taken only on this machine's loopback (a local git server never crosses a network), as bisect's
 * registry lookups do.
 */
function httpsOrigin(url) {
    if (!url)
        return undefined;
    try {
        const parsed = new URL(url);
        const loopback = ['127.0.0.1', '[::1]', 'localhost'].includes(parsed.hostname);
        return parsed.protocol === 'https:' || (parsed.protocol === 'http:' && loopback) ? parsed.origin : undefined;
    }
    catch {
        return undefined;
    }
}
/** Runs git in `dir`; a non-zero exit is a MemgateError with git's last line unless `allowFail`. */
async function runGit(dir, args, options = {}) {
    const exit = await runProcess({ command: 'git', args, cwd: dir, env: gitEnv(process.env, options.token, options.remoteUrl) });
    if (exit.spawnError)
        throw new MemgateError(`Could not run git in ${dir}: ${exit.spawnError.message}`, 2, { cause: exit.spawnError });
    const result = { exitCode: exit.code ?? 128, stdout: exit.stdout, stderr: exit.stderr };
    if (result.exitCode !== 0 && !options.allowFail) {
        const message = result.stderr.trim().split('\n').pop() ?? '';
        throw new MemgateError(`git ${args[0]} failed in ${dir}: ${message}`);
    }
    return result;
}
async function createGit(repoDir, options = {}) {
    const git = (args, allowFail = false) => runGit(repoDir, args, { allowFail });
    // Spawning in a missing directory fails as "spawn git ENOENT", which reads as "git is not installed".
    if (!existsSync(repoDir))
        throw new MemgateError(`The repository directory ${repoDir} does not exist`);
    if (!statSync(repoDir).isDirectory())
        throw new MemgateError(`The repository directory ${repoDir} is not a directory`);
    const top = await git(['rev-parse', '--show-toplevel'], true);
    if (top.exitCode !== 0)
        throw new MemgateError(`${repoDir} is not a git repository`);
    const root = top.stdout.trim();
    return {
        repoDir: root,
        async resolve(ref) {
            const result = await git(['rev-parse', '--verify', '--quiet', `${ref}^{commit}`], true);
            if (result.exitCode !== 0)
                throw new MemgateError(`Unknown git ref '${ref}' in ${root}`);
            return result.stdout.trim();
        },
        async mergeBase(a, b) {
            const result = await git(['merge-base', a, b], true);
            if (result.exitCode !== 0) {
                throw new MemgateError(`${shortSha(a)} and ${shortSha(b)} have no common ancestor in ${root}`);
            }
            return result.stdout.trim();
        },
        async firstParents(sha, max) {
            const result = await git(['rev-list', '--first-parent', `--max-count=${Math.max(1, Math.floor(max))}`, sha]);
            return result.stdout.split('\n').filter(Boolean);
        },
        showFile: (sha, path) => readBlob(root, sha, path),
        async listFiles(sha) {
            const result = await git(['ls-tree', '-r', '--name-only', '-z', sha]);
            return result.stdout.split('\0').filter(Boolean);
        },
        async changedFiles(base, head) {
            const result = await git(['diff', '--name-only', '-z', '--no-renames', base, head]);
            return result.stdout.split('\0').filter(Boolean);
        },
        async subjects(base, head, max) {
            const result = await git(['log', '--format=%s', `--max-count=${max}`, `${base}..${head}`], true);
            return result.exitCode === 0 ? result.stdout.split('\n').filter(Boolean) : [];
        },
        ensureCommits: (shas, remote = 'origin') => fetchMissing(root, shas, remote, options.token),
        async addWorktree(dir, sha) {
            await git(['worktree', 'add', '--detach', '--force', dir, sha]);
        },
        async removeWorktree(dir) {
            await git(['worktree', 'remove', '--force', dir], true);
            await git(['worktree', 'prune'], true);
        }
    };
}
/** Fetches the commits the repository lacks from `remote`, deepening a shallow clone. */
async function fetchMissing(root, shas, remote, token) {
    const missing = [];
    for (const sha of shas) {
        const present = await runGit(root, ['cat-file', '-e', `${sha}^{commit}`], { allowFail: true });
        if (present.exitCode !== 0)
            missing.push(sha);
    }
    if (missing.length === 0)
        return;
    // The token goes only to the host the remote names, over https.
    const named = await runGit(root, ['remote', 'get-url', remote], { allowFail: true });
    const remoteUrl = named.exitCode === 0 ? named.stdout.trim() : remote;
    // A shallow checkout (actions/checkout's default depth 1) lacks the merge-base: deepen it.
    const result = await runGit(root, ['fetch', '--no-tags', '--quiet', '--unshallow', remote, ...missing], {
        allowFail: true,
        token,
        remoteUrl
    });
    if (result.exitCode !== 0)
        await runGit(root, ['fetch', '--no-tags', '--quiet', remote, ...missing], { token, remoteUrl });
}
/** The file's text at a commit, or null when the commit has no such file. */
async function readBlob(root, sha, path) {
    // Lockfiles run to tens of MB. Through a pipe, Node takes 64 KB chunks, copies them into one
    // buffer and decodes that: three times git's own time. Written to a file of our own (created
    // exclusively, so no link can be planted there), the blob is read and decoded once.
    const file = join(tmpdir(), `memgate-blob-${randomUUID()}`);
    let fd;
    try {
        fd = openSync(file, 'wx', 0o600);
    }
    catch (error) {
        throw new MemgateError(`Could not read ${path} at ${shortSha(sha)}: ${error.message}`, 2, { cause: error });
    }
    try {
        const { code, stderr, spawnError } = await startProcess({
            command: 'git',
            args: ['cat-file', 'blob', `${sha}:${path}`],
            cwd: root,
            env: gitEnv(process.env),
            stdoutFd: fd
        }).exited;
        if (spawnError)
            throw new MemgateError(`Could not run git in ${root}: ${spawnError.message}`, 2, { cause: spawnError });
        if (code === 0) {
            // Read off the main thread, so that two blobs read at once overlap.
            return (await readFile(file)).toString('utf8');
        }
        // Only a path the commit does not have is "no such file"; anything else (a full disk, a
        // corrupt object) must not pass for an absent lockfile.
        if (/does not exist in|exists on disk, but not in/.test(stderr))
            return null;
        const reason = stderr.trim().split('\n').pop() || `exit code ${code}`;
        throw new MemgateError(`Could not read ${path} at ${shortSha(sha)}: ${reason}`);
    }
    finally {
        closeSync(fd);
        rmSync(file, { force: true });
    }
}
/** A new repository with one identity for commits (the demo and the tests build theirs with it). */
async function initRepo(dir, branch = 'main') {
    for (const args of [
        ['init', '--quiet', '--initial-branch', branch],
        ['config', 'user.name', 'memgate'],
        ['config', 'user.email', 'memgate@example.invalid'],
        ['config', 'commit.gpgsign', 'false']
    ]) {
        await runGit(dir, args);
    }
}
/** Stage everything and commit; returns the new commit's SHA. */
async function commitAll(dir, message) {
    await runGit(dir, ['add', '--all']);
    await runGit(dir, ['commit', '--quiet', '--allow-empty', '-m', message]);
    return (await runGit(dir, ['rev-parse', 'HEAD'])).stdout.trim();
}
/** Create a branch at the current commit and switch to it. */
async function switchToNewBranch(dir, branch) {
    await runGit(dir, ['switch', '--quiet', '-c', branch]);
}

// Which package manager a project uses, from its files and its package.json. Pure.
/** Lockfile names by manager, in the order a directory holding several is read. */
const LOCKFILES = [
    ['pnpm-lock.yaml', 'pnpm'],
    ['yarn.lock', 'yarn'],
    ['npm-shrinkwrap.json', 'npm'],
    ['package-lock.json', 'npm']
];
/**
 * The package manager of the project whose root directory holds `files` (names or paths relative to
 * it). package.json's `packageManager` field (corepack's `name@version`) wins; else the lockfile
 * present decides (Yarn 2+ is told from Yarn 1 by `.yarnrc.yml` or `.yarn/releases`); else npm.
 * Never throws; an unknown `packageManager` name is ignored.
 */
function detectPackageManager(files, packageJsonText) {
    const present = new Set(files.map((f) => f.replace(/^\.\//, '')));
    const berryHints = present.has('.yarnrc.yml') || files.some((f) => f.startsWith('.yarn/releases/'));
    const lockfileOf = (name) => LOCKFILES.find(([file, manager]) => (manager === name || (name === 'yarn-berry' && manager === 'yarn')) && present.has(file))?.[0];
    const field = packageManagerField(packageJsonText);
    if (field) {
        const match = /^(npm|pnpm|yarn)@(\d[^+\s]*)/.exec(field);
        if (match) {
            const [, tool, version] = match;
            const name = tool === 'yarn' && !version.startsWith('1.') ? 'yarn-berry' : tool;
            const lockfile = lockfileOf(name);
            return lockfile ? { name, version, lockfile } : { name, version };
        }
    }
    for (const [file, manager] of LOCKFILES) {
        if (!present.has(file))
            continue;
        return { name: manager === 'yarn' && berryHints ? 'yarn-berry' : manager, lockfile: file };
    }
    return { name: berryHints ? 'yarn-berry' : 'npm' };
}
function packageManagerField(text) {
    if (!text)
        return undefined;
    try {
        const value = JSON.parse(text).packageManager;
        return typeof value === 'string' ? value : undefined;
    }
    catch {
        return undefined;
    }
}

function getDefaultExportFromCjs$1 (x) {
	return x && x.__esModule && Object.prototype.hasOwnProperty.call(x, 'default') ? x['default'] : x;
}

var re = {exports: {}};

var constants;
var hasRequiredConstants;

function requireConstants () {
	if (hasRequiredConstants) return constants;
	hasRequiredConstants = 1;

	// Note: this is the semver.org version of the spec that it implements
	// Not necessarily the package version of this code.
	const SEMVER_SPEC_VERSION = '2.0.0';

	const MAX_LENGTH = 256;
	const MAX_SAFE_INTEGER = Number.MAX_SAFE_INTEGER ||
	/* istanbul ignore next */ 9007199254740991;

	// Max safe segment length for coercion.
	const MAX_SAFE_COMPONENT_LENGTH = 16;

	// Max safe length for a build identifier. The max length minus 6 characters for
	// the shortest version with a build 0.0.0+BUILD.
	const MAX_SAFE_BUILD_LENGTH = MAX_LENGTH - 6;

	// ECMAScript whitespace and line terminators matched by \s.
	const WHITESPACE_CHARACTERS = [
	  '\t',
	  '\n',
	  '\v',
	  '\f',
	  '\r',
	  ' ',
	  '\u00a0',
	  '\u1680',
	  '\u2000',
	  '\u2001',
	  '\u2002',
	  '\u2003',
	  '\u2004',
	  '\u2005',
	  '\u2006',
	  '\u2007',
	  '\u2008',
	  '\u2009',
	  '\u200a',
	  '\u2028',
	  '\u2029',
	  '\u202f',
	  '\u205f',
	  '\u3000',
	  '\ufeff',
	];

	const RELEASE_TYPES = [
	  'major',
	  'premajor',
	  'minor',
	  'preminor',
	  'patch',
	  'prepatch',
	  'prerelease',
	];

	constants = {
	  MAX_LENGTH,
	  MAX_SAFE_COMPONENT_LENGTH,
	  MAX_SAFE_BUILD_LENGTH,
	  MAX_SAFE_INTEGER,
	  WHITESPACE_CHARACTERS,
	  RELEASE_TYPES,
	  SEMVER_SPEC_VERSION,
	  FLAG_INCLUDE_PRERELEASE: 0b001,
	  FLAG_LOOSE: 0b010,
	};
	return constants;
}

var debug_1;
var hasRequiredDebug;

function requireDebug () {
	if (hasRequiredDebug) return debug_1;
	hasRequiredDebug = 1;

	const debug = (
	  typeof process === 'object' &&
	  process.env &&
	  process.env.NODE_DEBUG &&
	  /\bsemver\b/i.test(process.env.NODE_DEBUG)
	) ? (...args) => console.error('SEMVER', ...args)
	  : () => {};

	debug_1 = debug;
	return debug_1;
}

var hasRequiredRe;

function requireRe () {
	if (hasRequiredRe) return re.exports;
	hasRequiredRe = 1;
	(function (module, exports) {

		const {
		  MAX_SAFE_COMPONENT_LENGTH,
		  MAX_SAFE_BUILD_LENGTH,
		  MAX_LENGTH,
		} = requireConstants();
		const debug = requireDebug();
		exports = module.exports = {};

		// The actual regexps go on exports.re
		const re = exports.re = [];
		const safeRe = exports.safeRe = [];
		const src = exports.src = [];
		const safeSrc = exports.safeSrc = [];
		const t = exports.t = {};
		let R = 0;

		const LETTERDASHNUMBER = '[a-zA-Z0-9-]';

		// Replace some greedy regex tokens to prevent regex dos issues. These regex are
		// used internally via the safeRe object since all inputs in this library get
		// normalized first to trim and collapse all extra whitespace. The original
		// regexes are exported for userland consumption and lower level usage. A
		// future breaking change could export the safer regex only with a note that
		// all input should have extra whitespace removed.
		const safeRegexReplacements = [
		  ['\\s', 1],
		  ['\\d', MAX_LENGTH],
		  [LETTERDASHNUMBER, MAX_SAFE_BUILD_LENGTH],
		];

		const makeSafeRegex = (value) => {
		  for (const [token, max] of safeRegexReplacements) {
		    value = value
		      .split(`${token}*`).join(`${token}{0,${max}}`)
		      .split(`${token}+`).join(`${token}{1,${max}}`);
		  }
		  return value
		};

		const createToken = (name, value, isGlobal) => {
		  const safe = makeSafeRegex(value);
		  const index = R++;
		  debug(name, index, value);
		  t[name] = index;
		  src[index] = value;
		  safeSrc[index] = safe;
		  re[index] = new RegExp(value, isGlobal ? 'g' : undefined);
		  safeRe[index] = new RegExp(safe, isGlobal ? 'g' : undefined);
		};

		// The following Regular Expressions can be used for tokenizing,
		// validating, and parsing SemVer version strings.

		// ## Numeric Identifier
		// A single `0`, or a non-zero digit followed by zero or more digits.

		createToken('NUMERICIDENTIFIER', '0|[1-9]\\d*');
		createToken('NUMERICIDENTIFIERLOOSE', '\\d+');

		// ## Non-numeric Identifier
		// Zero or more digits, followed by a letter or hyphen, and then zero or
		// more letters, digits, or hyphens.

		createToken('NONNUMERICIDENTIFIER', `\\d*[a-zA-Z-]${LETTERDASHNUMBER}*`);

		// ## Main Version
		// Three dot-separated numeric identifiers.

		createToken('MAINVERSION', `(${src[t.NUMERICIDENTIFIER]})\\.` +
		                   `(${src[t.NUMERICIDENTIFIER]})\\.` +
		                   `(${src[t.NUMERICIDENTIFIER]})`);

		createToken('MAINVERSIONLOOSE', `(${src[t.NUMERICIDENTIFIERLOOSE]})\\.` +
		                        `(${src[t.NUMERICIDENTIFIERLOOSE]})\\.` +
		                        `(${src[t.NUMERICIDENTIFIERLOOSE]})`);

		// ## Pre-release Version Identifier
		// A numeric identifier, or a non-numeric identifier.
		// Non-numeric identifiers include numeric identifiers but can be longer.
		// Therefore non-numeric identifiers must go first.

		createToken('PRERELEASEIDENTIFIER', `(?:${src[t.NONNUMERICIDENTIFIER]
		}|${src[t.NUMERICIDENTIFIER]})`);

		createToken('PRERELEASEIDENTIFIERLOOSE', `(?:${src[t.NONNUMERICIDENTIFIER]
		}|${src[t.NUMERICIDENTIFIERLOOSE]})`);

		// ## Pre-release Version
		// Hyphen, followed by one or more dot-separated pre-release version
		// identifiers.

		createToken('PRERELEASE', `(?:-(${src[t.PRERELEASEIDENTIFIER]
		}(?:\\.${src[t.PRERELEASEIDENTIFIER]})*))`);

		createToken('PRERELEASELOOSE', `(?:-?(${src[t.PRERELEASEIDENTIFIERLOOSE]
		}(?:\\.${src[t.PRERELEASEIDENTIFIERLOOSE]})*))`);

		// ## Build Metadata Identifier
		// Any combination of digits, letters, or hyphens.

		createToken('BUILDIDENTIFIER', `${LETTERDASHNUMBER}+`);

		// ## Build Metadata
		// Plus sign, followed by one or more period-separated build metadata
		// identifiers.

		createToken('BUILD', `(?:\\+(${src[t.BUILDIDENTIFIER]
		}(?:\\.${src[t.BUILDIDENTIFIER]})*))`);

		// ## Full Version String
		// A main version, followed optionally by a pre-release version and
		// build metadata.

		// Note that the only major, minor, patch, and pre-release sections of
		// the version string are capturing groups.  The build metadata is not a
		// capturing group, because it should not ever be used in version
		// comparison.

		createToken('FULLPLAIN', `v?${src[t.MAINVERSION]
		}${src[t.PRERELEASE]}?${
		  src[t.BUILD]}?`);

		createToken('FULL', `^${src[t.FULLPLAIN]}$`);

		// like full, but allows v1.2.3 and =1.2.3, which people do sometimes.
		// also, 1.0.0alpha1 (prerelease without the hyphen) which is pretty
		// common in the npm registry.
		createToken('LOOSEPLAIN', `[v=\\s]*${src[t.MAINVERSIONLOOSE]
		}${src[t.PRERELEASELOOSE]}?${
		  src[t.BUILD]}?`);

		createToken('LOOSE', `^${src[t.LOOSEPLAIN]}$`);

		createToken('GTLT', '((?:<|>)?=?)');

		// Something like "2.*" or "1.2.x".
		// Note that "x.x" is a valid xRange identifier, meaning "any version"
		// Only the first item is strictly required.
		createToken('XRANGEIDENTIFIERLOOSE', `${src[t.NUMERICIDENTIFIERLOOSE]}|x|X|\\*`);
		createToken('XRANGEIDENTIFIER', `${src[t.NUMERICIDENTIFIER]}|x|X|\\*`);

		createToken('XRANGEPLAIN', `[v=\\s]*(${src[t.XRANGEIDENTIFIER]})` +
		                   `(?:\\.(${src[t.XRANGEIDENTIFIER]})` +
		                   `(?:\\.(${src[t.XRANGEIDENTIFIER]})` +
		                   `(?:${src[t.PRERELEASE]})?${
		                     src[t.BUILD]}?` +
		                   `)?)?`);

		createToken('XRANGEPLAINLOOSE', `[v=\\s]*(${src[t.XRANGEIDENTIFIERLOOSE]})` +
		                        `(?:\\.(${src[t.XRANGEIDENTIFIERLOOSE]})` +
		                        `(?:\\.(${src[t.XRANGEIDENTIFIERLOOSE]})` +
		                        `(?:${src[t.PRERELEASELOOSE]})?${
		                          src[t.BUILD]}?` +
		                        `)?)?`);

		createToken('XRANGE', `^${src[t.GTLT]}\\s*${src[t.XRANGEPLAIN]}$`);
		createToken('XRANGELOOSE', `^${src[t.GTLT]}\\s*${src[t.XRANGEPLAINLOOSE]}$`);

		// Coercion.
		// Extract anything that could conceivably be a part of a valid semver
		createToken('COERCEPLAIN', `${'(^|[^\\d])' +
		              '(\\d{1,'}${MAX_SAFE_COMPONENT_LENGTH}})` +
		              `(?:\\.(\\d{1,${MAX_SAFE_COMPONENT_LENGTH}}))?` +
		              `(?:\\.(\\d{1,${MAX_SAFE_COMPONENT_LENGTH}}))?`);
		createToken('COERCE', `${src[t.COERCEPLAIN]}(?:$|[^\\d])`);
		createToken('COERCEFULL', src[t.COERCEPLAIN] +
		              `(?:${src[t.PRERELEASE]})?` +
		              `(?:${src[t.BUILD]})?` +
		              `(?:$|[^\\d])`);
		createToken('COERCERTL', src[t.COERCE], true);
		createToken('COERCERTLFULL', src[t.COERCEFULL], true);

		// Tilde ranges.
		// Meaning is "reasonably at or greater than"
		createToken('LONETILDE', '(?:~>?)');

		createToken('TILDETRIM', `(\\s*)${src[t.LONETILDE]}\\s+`, true);
		exports.tildeTrimReplace = '$1~';

		createToken('TILDE', `^${src[t.LONETILDE]}${src[t.XRANGEPLAIN]}$`);
		createToken('TILDELOOSE', `^${src[t.LONETILDE]}${src[t.XRANGEPLAINLOOSE]}$`);

		// Caret ranges.
		// Meaning is "at least and backwards compatible with"
		createToken('LONECARET', '(?:\\^)');

		createToken('CARETTRIM', `(\\s*)${src[t.LONECARET]}\\s+`, true);
		exports.caretTrimReplace = '$1^';

		createToken('CARET', `^${src[t.LONECARET]}${src[t.XRANGEPLAIN]}$`);
		createToken('CARETLOOSE', `^${src[t.LONECARET]}${src[t.XRANGEPLAINLOOSE]}$`);

		// A simple gt/lt/eq thing, or just "" to indicate "any version"
		createToken('COMPARATORLOOSE', `^${src[t.GTLT]}\\s*(${src[t.LOOSEPLAIN]})$|^$`);
		createToken('COMPARATOR', `^${src[t.GTLT]}\\s*(${src[t.FULLPLAIN]})$|^$`);

		// An expression to strip any whitespace between the gtlt and the thing
		// it modifies, so that `> 1.2.3` ==> `>1.2.3`
		createToken('COMPARATORTRIM', `(\\s*)${src[t.GTLT]
		}\\s*(${src[t.LOOSEPLAIN]}|${src[t.XRANGEPLAIN]})`, true);
		exports.comparatorTrimReplace = '$1$2$3';

		// Something like `1.2.3 - 1.2.4`
		// Note that these all use the loose form, because they'll be
		// checked against either the strict or loose comparator form
		// later.
		createToken('HYPHENRANGE', `^\\s*(${src[t.XRANGEPLAIN]})` +
		                   `\\s+-\\s+` +
		                   `(${src[t.XRANGEPLAIN]})` +
		                   `\\s*$`);

		createToken('HYPHENRANGELOOSE', `^\\s*(${src[t.XRANGEPLAINLOOSE]})` +
		                        `\\s+-\\s+` +
		                        `(${src[t.XRANGEPLAINLOOSE]})` +
		                        `\\s*$`);

		// Star ranges basically just allow anything at all.
		createToken('STAR', '(<|>)?=?\\s*\\*');
		// >=0.0.0 is like a star
		createToken('GTE0', '^\\s*>=\\s*0\\.0\\.0\\s*$');
		createToken('GTE0PRE', '^\\s*>=\\s*0\\.0\\.0-0\\s*$'); 
	} (re, re.exports));
	return re.exports;
}

var parseOptions_1;
var hasRequiredParseOptions;

function requireParseOptions () {
	if (hasRequiredParseOptions) return parseOptions_1;
	hasRequiredParseOptions = 1;

	// parse out just the options we care about
	const looseOption = Object.freeze({ loose: true });
	const emptyOpts = Object.freeze({ });
	const parseOptions = options => {
	  if (!options) {
	    return emptyOpts
	  }

	  if (typeof options !== 'object') {
	    return looseOption
	  }

	  return options
	};
	parseOptions_1 = parseOptions;
	return parseOptions_1;
}

var identifiers;
var hasRequiredIdentifiers;

function requireIdentifiers () {
	if (hasRequiredIdentifiers) return identifiers;
	hasRequiredIdentifiers = 1;

	const numeric = /^[0-9]+$/;
	const compareIdentifiers = (a, b) => {
	  if (typeof a === 'number' && typeof b === 'number') {
	    return a === b ? 0 : a < b ? -1 : 1
	  }

	  const anum = numeric.test(a);
	  const bnum = numeric.test(b);

	  if (anum && bnum) {
	    a = +a;
	    b = +b;
	  }

	  return a === b ? 0
	    : (anum && !bnum) ? -1
	    : (bnum && !anum) ? 1
	    : a < b ? -1
	    : 1
	};

	const rcompareIdentifiers = (a, b) => compareIdentifiers(b, a);

	identifiers = {
	  compareIdentifiers,
	  rcompareIdentifiers,
	};
	return identifiers;
}

var semver$2;
var hasRequiredSemver$1;

function requireSemver$1 () {
	if (hasRequiredSemver$1) return semver$2;
	hasRequiredSemver$1 = 1;

	const debug = requireDebug();
	const { MAX_LENGTH, MAX_SAFE_INTEGER } = requireConstants();
	const { safeRe: re, t } = requireRe();

	const parseOptions = requireParseOptions();
	const { compareIdentifiers } = requireIdentifiers();

	const isPrereleaseIdentifier = (prerelease, identifier) => {
	  const identifiers = identifier.split('.');
	  if (identifiers.length > prerelease.length) {
	    return false
	  }

	  for (let i = 0; i < identifiers.length; i++) {
	    if (compareIdentifiers(prerelease[i], identifiers[i]) !== 0) {
	      return false
	    }
	  }

	  return true
	};

	class SemVer {
	  constructor (version, options) {
	    options = parseOptions(options);

	    if (version instanceof SemVer) {
	      if (version.loose === !!options.loose &&
	        version.includePrerelease === !!options.includePrerelease) {
	        return version
	      } else {
	        version = version.version;
	      }
	    } else if (typeof version !== 'string') {
	      throw new TypeError(`Invalid version. Must be a string. Got type "${typeof version}".`)
	    }

	    if (version.length > MAX_LENGTH) {
	      throw new TypeError(
	        `version is longer than ${MAX_LENGTH} characters`
	      )
	    }

	    debug('SemVer', version, options);
	    this.options = options;
	    this.loose = !!options.loose;
	    // this isn't actually relevant for versions, but keep it so that we
	    // don't run into trouble passing this.options around.
	    this.includePrerelease = !!options.includePrerelease;

	    const m = version.trim().match(options.loose ? re[t.LOOSE] : re[t.FULL]);

	    if (!m) {
	      throw new TypeError(`Invalid Version: ${version}`)
	    }

	    this.raw = version;

	    // these are actually numbers
	    this.major = +m[1];
	    this.minor = +m[2];
	    this.patch = +m[3];

	    if (this.major > MAX_SAFE_INTEGER || this.major < 0) {
	      throw new TypeError('Invalid major version')
	    }

	    if (this.minor > MAX_SAFE_INTEGER || this.minor < 0) {
	      throw new TypeError('Invalid minor version')
	    }

	    if (this.patch > MAX_SAFE_INTEGER || this.patch < 0) {
	      throw new TypeError('Invalid patch version')
	    }

	    // numberify any prerelease numeric ids
	    if (!m[4]) {
	      this.prerelease = [];
	    } else {
	      this.prerelease = m[4].split('.').map((id) => {
	        if (/^[0-9]+$/.test(id)) {
	          const num = +id;
	          if (num >= 0 && num < MAX_SAFE_INTEGER) {
	            return num
	          }
	        }
	        return id
	      });
	    }

	    this.build = m[5] ? m[5].split('.') : [];
	    this.format();
	  }

	  format () {
	    this.version = `${this.major}.${this.minor}.${this.patch}`;
	    if (this.prerelease.length) {
	      this.version += `-${this.prerelease.join('.')}`;
	    }
	    return this.version
	  }

	  toString () {
	    return this.version
	  }

	  compare (other) {
	    debug('SemVer.compare', this.version, this.options, other);
	    if (!(other instanceof SemVer)) {
	      if (typeof other === 'string' && other === this.version) {
	        return 0
	      }
	      other = new SemVer(other, this.options);
	    }

	    if (other.version === this.version) {
	      return 0
	    }

	    return this.compareMain(other) || this.comparePre(other)
	  }

	  compareMain (other) {
	    if (!(other instanceof SemVer)) {
	      other = new SemVer(other, this.options);
	    }

	    if (this.major < other.major) {
	      return -1
	    }
	    if (this.major > other.major) {
	      return 1
	    }
	    if (this.minor < other.minor) {
	      return -1
	    }
	    if (this.minor > other.minor) {
	      return 1
	    }
	    if (this.patch < other.patch) {
	      return -1
	    }
	    if (this.patch > other.patch) {
	      return 1
	    }
	    return 0
	  }

	  comparePre (other) {
	    if (!(other instanceof SemVer)) {
	      other = new SemVer(other, this.options);
	    }

	    // NOT having a prerelease is > having one
	    if (this.prerelease.length && !other.prerelease.length) {
	      return -1
	    } else if (!this.prerelease.length && other.prerelease.length) {
	      return 1
	    } else if (!this.prerelease.length && !other.prerelease.length) {
	      return 0
	    }

	    let i = 0;
	    do {
	      const a = this.prerelease[i];
	      const b = other.prerelease[i];
	      debug('prerelease compare', i, a, b);
	      if (a === undefined && b === undefined) {
	        return 0
	      } else if (b === undefined) {
	        return 1
	      } else if (a === undefined) {
	        return -1
	      } else if (a === b) {
	        continue
	      } else {
	        return compareIdentifiers(a, b)
	      }
	    } while (++i)
	  }

	  compareBuild (other) {
	    if (!(other instanceof SemVer)) {
	      other = new SemVer(other, this.options);
	    }

	    let i = 0;
	    do {
	      const a = this.build[i];
	      const b = other.build[i];
	      debug('build compare', i, a, b);
	      if (a === undefined && b === undefined) {
	        return 0
	      } else if (b === undefined) {
	        return 1
	      } else if (a === undefined) {
	        return -1
	      } else if (a === b) {
	        continue
	      } else {
	        return compareIdentifiers(a, b)
	      }
	    } while (++i)
	  }

	  // preminor will bump the version up to the next minor release, and immediately
	  // down to pre-release. premajor and prepatch work the same way.
	  inc (release, identifier, identifierBase) {
	    if (release.startsWith('pre')) {
	      if (!identifier && identifierBase === false) {
	        throw new Error('invalid increment argument: identifier is empty')
	      }
	      // Avoid an invalid semver results
	      if (identifier) {
	        const match = `-${identifier}`.match(this.options.loose ? re[t.PRERELEASELOOSE] : re[t.PRERELEASE]);
	        if (!match || match[1] !== identifier) {
	          throw new Error(`invalid identifier: ${identifier}`)
	        }
	      }
	    }

	    switch (release) {
	      case 'premajor':
	        this.prerelease.length = 0;
	        this.patch = 0;
	        this.minor = 0;
	        this.major++;
	        this.inc('pre', identifier, identifierBase);
	        break
	      case 'preminor':
	        this.prerelease.length = 0;
	        this.patch = 0;
	        this.minor++;
	        this.inc('pre', identifier, identifierBase);
	        break
	      case 'prepatch':
	        // If this is already a prerelease, it will bump to the next version
	        // drop any prereleases that might already exist, since they are not
	        // relevant at this point.
	        this.prerelease.length = 0;
	        this.inc('patch', identifier, identifierBase);
	        this.inc('pre', identifier, identifierBase);
	        break
	      // If the input is a non-prerelease version, this acts the same as
	      // prepatch.
	      case 'prerelease':
	        if (this.prerelease.length === 0) {
	          this.inc('patch', identifier, identifierBase);
	        }
	        this.inc('pre', identifier, identifierBase);
	        break
	      case 'release':
	        if (this.prerelease.length === 0) {
	          throw new Error(`version ${this.raw} is not a prerelease`)
	        }
	        this.prerelease.length = 0;
	        break

	      case 'major':
	        // If this is a pre-major version, bump up to the same major version.
	        // Otherwise increment major.
	        // 1.0.0-5 bumps to 1.0.0
	        // 1.1.0 bumps to 2.0.0
	        if (
	          this.minor !== 0 ||
	          this.patch !== 0 ||
	          this.prerelease.length === 0
	        ) {
	          this.major++;
	        }
	        this.minor = 0;
	        this.patch = 0;
	        this.prerelease = [];
	        break
	      case 'minor':
	        // If this is a pre-minor version, bump up to the same minor version.
	        // Otherwise increment minor.
	        // 1.2.0-5 bumps to 1.2.0
	        // 1.2.1 bumps to 1.3.0
	        if (this.patch !== 0 || this.prerelease.length === 0) {
	          this.minor++;
	        }
	        this.patch = 0;
	        this.prerelease = [];
	        break
	      case 'patch':
	        // If this is not a pre-release version, it will increment the patch.
	        // If it is a pre-release it will bump up to the same patch version.
	        // 1.2.0-5 patches to 1.2.0
	        // 1.2.0 patches to 1.2.1
	        if (this.prerelease.length === 0) {
	          this.patch++;
	        }
	        this.prerelease = [];
	        break
	      // This probably shouldn't be used publicly.
	      // 1.0.0 'pre' would become 1.0.0-0 which is the wrong direction.
	      case 'pre': {
	        const base = Number(identifierBase) ? 1 : 0;

	        if (this.prerelease.length === 0) {
	          this.prerelease = [base];
	        } else {
	          let i = this.prerelease.length;
	          while (--i >= 0) {
	            if (typeof this.prerelease[i] === 'number') {
	              this.prerelease[i]++;
	              i = -2;
	            }
	          }
	          if (i === -1) {
	            // didn't increment anything
	            if (identifier === this.prerelease.join('.') && identifierBase === false) {
	              throw new Error('invalid increment argument: identifier already exists')
	            }
	            this.prerelease.push(base);
	          }
	        }
	        if (identifier) {
	          // 1.2.0-beta.1 bumps to 1.2.0-beta.2,
	          // 1.2.0-beta.fooblz or 1.2.0-beta bumps to 1.2.0-beta.0
	          let prerelease = [identifier, base];
	          if (identifierBase === false) {
	            prerelease = [identifier];
	          }
	          if (isPrereleaseIdentifier(this.prerelease, identifier)) {
	            const prereleaseBase = this.prerelease[identifier.split('.').length];
	            if (isNaN(prereleaseBase)) {
	              this.prerelease = prerelease;
	            }
	          } else {
	            this.prerelease = prerelease;
	          }
	        }
	        break
	      }
	      default:
	        throw new Error(`invalid increment argument: ${release}`)
	    }
	    this.raw = this.format();
	    if (this.build.length) {
	      this.raw += `+${this.build.join('.')}`;
	    }
	    return this
	  }
	}

	semver$2 = SemVer;
	return semver$2;
}

var parse_1;
var hasRequiredParse;

function requireParse () {
	if (hasRequiredParse) return parse_1;
	hasRequiredParse = 1;

	const SemVer = requireSemver$1();
	const parse = (version, options, throwErrors = false) => {
	  if (version instanceof SemVer) {
	    return version
	  }
	  try {
	    return new SemVer(version, options)
	  } catch (er) {
	    if (!throwErrors) {
	      return null
	    }
	    throw er
	  }
	};

	parse_1 = parse;
	return parse_1;
}

var valid_1;
var hasRequiredValid$1;

function requireValid$1 () {
	if (hasRequiredValid$1) return valid_1;
	hasRequiredValid$1 = 1;

	const parse = requireParse();
	const valid = (version, options) => {
	  const v = parse(version, options);
	  return v ? v.version : null
	};
	valid_1 = valid;
	return valid_1;
}

var clean_1;
var hasRequiredClean;

function requireClean () {
	if (hasRequiredClean) return clean_1;
	hasRequiredClean = 1;

	const parse = requireParse();
	const clean = (version, options) => {
	  const s = parse(version.trim().replace(/^[=v]+/, ''), options);
	  return s ? s.version : null
	};
	clean_1 = clean;
	return clean_1;
}

var inc_1;
var hasRequiredInc;

function requireInc () {
	if (hasRequiredInc) return inc_1;
	hasRequiredInc = 1;

	const SemVer = requireSemver$1();

	const inc = (version, release, options, identifier, identifierBase) => {
	  if (typeof (options) === 'string') {
	    identifierBase = identifier;
	    identifier = options;
	    options = undefined;
	  }

	  try {
	    return new SemVer(
	      version instanceof SemVer ? version.version : version,
	      options
	    ).inc(release, identifier, identifierBase).version
	  } catch (er) {
	    return null
	  }
	};
	inc_1 = inc;
	return inc_1;
}

var diff_1;
var hasRequiredDiff;

function requireDiff () {
	if (hasRequiredDiff) return diff_1;
	hasRequiredDiff = 1;

	const parse = requireParse();

	const diff = (version1, version2) => {
	  const v1 = parse(version1, null, true);
	  const v2 = parse(version2, null, true);
	  const comparison = v1.compare(v2);

	  if (comparison === 0) {
	    return null
	  }

	  const v1Higher = comparison > 0;
	  const highVersion = v1Higher ? v1 : v2;
	  const lowVersion = v1Higher ? v2 : v1;
	  const highHasPre = !!highVersion.prerelease.length;
	  const lowHasPre = !!lowVersion.prerelease.length;

	  if (lowHasPre && !highHasPre) {
	    // Going from prerelease -> no prerelease requires some special casing

	    // If the low version has only a major, then it will always be a major
	    // Some examples:
	    // 1.0.0-1 -> 1.0.0
	    // 1.0.0-1 -> 1.1.1
	    // 1.0.0-1 -> 2.0.0
	    if (!lowVersion.patch && !lowVersion.minor) {
	      return 'major'
	    }

	    // If the main part has no difference
	    if (lowVersion.compareMain(highVersion) === 0) {
	      if (lowVersion.minor && !lowVersion.patch) {
	        return 'minor'
	      }
	      return 'patch'
	    }
	  }

	  // add the `pre` prefix if we are going to a prerelease version
	  const prefix = highHasPre ? 'pre' : '';

	  if (v1.major !== v2.major) {
	    return prefix + 'major'
	  }

	  if (v1.minor !== v2.minor) {
	    return prefix + 'minor'
	  }

	  if (v1.patch !== v2.patch) {
	    return prefix + 'patch'
	  }

	  // high and low are prereleases
	  return 'prerelease'
	};

	diff_1 = diff;
	return diff_1;
}

var major_1;
var hasRequiredMajor;

function requireMajor () {
	if (hasRequiredMajor) return major_1;
	hasRequiredMajor = 1;

	const SemVer = requireSemver$1();
	const major = (a, loose) => new SemVer(a, loose).major;
	major_1 = major;
	return major_1;
}

var minor_1;
var hasRequiredMinor;

function requireMinor () {
	if (hasRequiredMinor) return minor_1;
	hasRequiredMinor = 1;

	const SemVer = requireSemver$1();
	const minor = (a, loose) => new SemVer(a, loose).minor;
	minor_1 = minor;
	return minor_1;
}

var patch_1;
var hasRequiredPatch;

function requirePatch () {
	if (hasRequiredPatch) return patch_1;
	hasRequiredPatch = 1;

	const SemVer = requireSemver$1();
	const patch = (a, loose) => new SemVer(a, loose).patch;
	patch_1 = patch;
	return patch_1;
}

var prerelease_1;
var hasRequiredPrerelease;

function requirePrerelease () {
	if (hasRequiredPrerelease) return prerelease_1;
	hasRequiredPrerelease = 1;

	const parse = requireParse();
	const prerelease = (version, options) => {
	  const parsed = parse(version, options);
	  return (parsed && parsed.prerelease.length) ? parsed.prerelease : null
	};
	prerelease_1 = prerelease;
	return prerelease_1;
}

var compare_1;
var hasRequiredCompare;

function requireCompare () {
	if (hasRequiredCompare) return compare_1;
	hasRequiredCompare = 1;

	const SemVer = requireSemver$1();
	const compare = (a, b, loose) =>
	  new SemVer(a, loose).compare(new SemVer(b, loose));

	compare_1 = compare;
	return compare_1;
}

var rcompare_1;
var hasRequiredRcompare;

function requireRcompare () {
	if (hasRequiredRcompare) return rcompare_1;
	hasRequiredRcompare = 1;

	const compare = requireCompare();
	const rcompare = (a, b, loose) => compare(b, a, loose);
	rcompare_1 = rcompare;
	return rcompare_1;
}

var compareLoose_1;
var hasRequiredCompareLoose;

function requireCompareLoose () {
	if (hasRequiredCompareLoose) return compareLoose_1;
	hasRequiredCompareLoose = 1;

	const compare = requireCompare();
	const compareLoose = (a, b) => compare(a, b, true);
	compareLoose_1 = compareLoose;
	return compareLoose_1;
}

var compareBuild_1;
var hasRequiredCompareBuild;

function requireCompareBuild () {
	if (hasRequiredCompareBuild) return compareBuild_1;
	hasRequiredCompareBuild = 1;

	const SemVer = requireSemver$1();
	const compareBuild = (a, b, loose) => {
	  const versionA = new SemVer(a, loose);
	  const versionB = new SemVer(b, loose);
	  return versionA.compare(versionB) || versionA.compareBuild(versionB)
	};
	compareBuild_1 = compareBuild;
	return compareBuild_1;
}

var sort_1;
var hasRequiredSort;

function requireSort () {
	if (hasRequiredSort) return sort_1;
	hasRequiredSort = 1;

	const compareBuild = requireCompareBuild();
	const sort = (list, loose) => list.sort((a, b) => compareBuild(a, b, loose));
	sort_1 = sort;
	return sort_1;
}

var rsort_1;
var hasRequiredRsort;

function requireRsort () {
	if (hasRequiredRsort) return rsort_1;
	hasRequiredRsort = 1;

	const compareBuild = requireCompareBuild();
	const rsort = (list, loose) => list.sort((a, b) => compareBuild(b, a, loose));
	rsort_1 = rsort;
	return rsort_1;
}

var gt_1;
var hasRequiredGt;

function requireGt () {
	if (hasRequiredGt) return gt_1;
	hasRequiredGt = 1;

	const compare = requireCompare();
	const gt = (a, b, loose) => compare(a, b, loose) > 0;
	gt_1 = gt;
	return gt_1;
}

var lt_1;
var hasRequiredLt;

function requireLt () {
	if (hasRequiredLt) return lt_1;
	hasRequiredLt = 1;

	const compare = requireCompare();
	const lt = (a, b, loose) => compare(a, b, loose) < 0;
	lt_1 = lt;
	return lt_1;
}

var eq_1;
var hasRequiredEq;

function requireEq () {
	if (hasRequiredEq) return eq_1;
	hasRequiredEq = 1;

	const compare = requireCompare();
	const eq = (a, b, loose) => compare(a, b, loose) === 0;
	eq_1 = eq;
	return eq_1;
}

var neq_1;
var hasRequiredNeq;

function requireNeq () {
	if (hasRequiredNeq) return neq_1;
	hasRequiredNeq = 1;

	const compare = requireCompare();
	const neq = (a, b, loose) => compare(a, b, loose) !== 0;
	neq_1 = neq;
	return neq_1;
}

var gte_1;
var hasRequiredGte;

function requireGte () {
	if (hasRequiredGte) return gte_1;
	hasRequiredGte = 1;

	const compare = requireCompare();
	const gte = (a, b, loose) => compare(a, b, loose) >= 0;
	gte_1 = gte;
	return gte_1;
}

var lte_1;
var hasRequiredLte;

function requireLte () {
	if (hasRequiredLte) return lte_1;
	hasRequiredLte = 1;

	const compare = requireCompare();
	const lte = (a, b, loose) => compare(a, b, loose) <= 0;
	lte_1 = lte;
	return lte_1;
}

var cmp_1;
var hasRequiredCmp;

function requireCmp () {
	if (hasRequiredCmp) return cmp_1;
	hasRequiredCmp = 1;

	const eq = requireEq();
	const neq = requireNeq();
	const gt = requireGt();
	const gte = requireGte();
	const lt = requireLt();
	const lte = requireLte();

	const cmp = (a, op, b, loose) => {
	  switch (op) {
	    case '===':
	      if (typeof a === 'object') {
	        a = a.version;
	      }
	      if (typeof b === 'object') {
	        b = b.version;
	      }
	      return a === b

	    case '!==':
	      if (typeof a === 'object') {
	        a = a.version;
	      }
	      if (typeof b === 'object') {
	        b = b.version;
	      }
	      return a !== b

	    case '':
	    case '=':
	    case '==':
	      return eq(a, b, loose)

	    case '!=':
	      return neq(a, b, loose)

	    case '>':
	      return gt(a, b, loose)

	    case '>=':
	      return gte(a, b, loose)

	    case '<':
	      return lt(a, b, loose)

	    case '<=':
	      return lte(a, b, loose)

	    default:
	      throw new TypeError(`Invalid operator: ${op}`)
	  }
	};
	cmp_1 = cmp;
	return cmp_1;
}

var coerce_1;
var hasRequiredCoerce;

function requireCoerce () {
	if (hasRequiredCoerce) return coerce_1;
	hasRequiredCoerce = 1;

	const SemVer = requireSemver$1();
	const parse = requireParse();
	const { safeRe: re, t } = requireRe();

	const coerce = (version, options) => {
	  if (version instanceof SemVer) {
	    return version
	  }

	  if (typeof version === 'number') {
	    version = String(version);
	  }

	  if (typeof version !== 'string') {
	    return null
	  }

	  options = options || {};

	  let match = null;
	  if (!options.rtl) {
	    match = version.match(options.includePrerelease ? re[t.COERCEFULL] : re[t.COERCE]);
	  } else {
	    // Find the right-most coercible string that does not share
	    // a terminus with a more left-ward coercible string.
	    // Eg, '1.2.3.4' wants to coerce '2.3.4', not '3.4' or '4'
	    // With includePrerelease option set, '1.2.3.4-rc' wants to coerce '2.3.4-rc', not '2.3.4'
	    //
	    // Walk through the string checking with a /g regexp
	    // Manually set the index so as to pick up overlapping matches.
	    // Stop when we get a match that ends at the string end, since no
	    // coercible string can be more right-ward without the same terminus.
	    const coerceRtlRegex = options.includePrerelease ? re[t.COERCERTLFULL] : re[t.COERCERTL];
	    let next;
	    while ((next = coerceRtlRegex.exec(version)) &&
	        (!match || match.index + match[0].length !== version.length)
	    ) {
	      if (!match ||
	            next.index + next[0].length !== match.index + match[0].length) {
	        match = next;
	      }
	      coerceRtlRegex.lastIndex = next.index + next[1].length + next[2].length;
	    }
	    // leave it in a clean state
	    coerceRtlRegex.lastIndex = -1;
	  }

	  if (match === null) {
	    return null
	  }

	  const major = match[2];
	  const minor = match[3] || '0';
	  const patch = match[4] || '0';
	  const prerelease = options.includePrerelease && match[5] ? `-${match[5]}` : '';
	  const build = options.includePrerelease && match[6] ? `+${match[6]}` : '';

	  return parse(`${major}.${minor}.${patch}${prerelease}${build}`, options)
	};
	coerce_1 = coerce;
	return coerce_1;
}

var truncate_1;
var hasRequiredTruncate;

function requireTruncate () {
	if (hasRequiredTruncate) return truncate_1;
	hasRequiredTruncate = 1;

	const parse = requireParse();
	const constants = requireConstants();
	const SemVer = requireSemver$1();

	const truncate = (version, truncation, options) => {
	  if (!constants.RELEASE_TYPES.includes(truncation)) {
	    return null
	  }

	  const clonedVersion = cloneInputVersion(version, options);
	  return clonedVersion && doTruncation(clonedVersion, truncation)
	};

	const cloneInputVersion = (version, options) => {
	  const versionStringToParse = (
	    version instanceof SemVer ? version.version : version
	  );

	  return parse(versionStringToParse, options)
	};

	const doTruncation = (version, truncation) => {
	  if (isPrerelease(truncation)) {
	    return version.version
	  }

	  version.prerelease = [];

	  switch (truncation) {
	    case 'major':
	      version.minor = 0;
	      version.patch = 0;
	      break
	    case 'minor':
	      version.patch = 0;
	      break
	  }

	  return version.format()
	};

	const isPrerelease = (type) => {
	  return type.startsWith('pre')
	};

	truncate_1 = truncate;
	return truncate_1;
}

var lrucache;
var hasRequiredLrucache;

function requireLrucache () {
	if (hasRequiredLrucache) return lrucache;
	hasRequiredLrucache = 1;

	class LRUCache {
	  constructor () {
	    this.max = 1000;
	    this.map = new Map();
	  }

	  get (key) {
	    const value = this.map.get(key);
	    if (value === undefined) {
	      return undefined
	    } else {
	      // Remove the key from the map and add it to the end
	      this.map.delete(key);
	      this.map.set(key, value);
	      return value
	    }
	  }

	  delete (key) {
	    return this.map.delete(key)
	  }

	  set (key, value) {
	    const deleted = this.delete(key);

	    if (!deleted && value !== undefined) {
	      // If cache is full, delete the least recently used item
	      if (this.map.size >= this.max) {
	        const firstKey = this.map.keys().next().value;
	        this.delete(firstKey);
	      }

	      this.map.set(key, value);
	    }

	    return this
	  }
	}

	lrucache = LRUCache;
	return lrucache;
}

var trimComparatorWhitespace_1;
var hasRequiredTrimComparatorWhitespace;

function requireTrimComparatorWhitespace () {
	if (hasRequiredTrimComparatorWhitespace) return trimComparatorWhitespace_1;
	hasRequiredTrimComparatorWhitespace = 1;

	// Reproduce safeRe[COMPARATORTRIM] replacement boundaries, not version
	// validation. Each end-index finder returns an exclusive end, or its start
	// on no match.
	// Positions count from zero. An end of 3 means characters 0, 1, and 2 were read;
	// range.slice(start, end) gives the matched text, not a converted number.
	const {
	  MAX_LENGTH,
	  MAX_SAFE_BUILD_LENGTH,
	  WHITESPACE_CHARACTERS,
	} = requireConstants();

	/**
	 * Remembers the last two rows of digits so their characters need not be reread.
	 * Positions start at -1 until a row has been found.
	 *
	 * @typedef {object} DigitRunCache
	 * @property {number} start The first character of the most recently found row.
	 * @property {number} end The position after that row's last character.
	 * @property {number} previousStart The first character of the previous row.
	 * @property {number} previousEnd The position after the previous row.
	 */

	// One entry per UTF-16 code unit keeps membership checks constant-time.
	const whitespace = new Uint8Array(0x10000);
	for (const char of WHITESPACE_CHARACTERS) {
	  whitespace[char.charCodeAt(0)] = 1;
	}

	/**
	 * Checks whether a character is whitespace, like a space, tab, or newline.
	 * Looking past the end of the string returns false.
	 *
	 * @param {string|undefined} char One character, or undefined past the string's end.
	 * @returns {boolean} Whether the character is whitespace.
	 * @example isWhitespace(' ') // true
	 * @example isWhitespace('1') // false
	 */
	const isWhitespace = char =>
	  char !== undefined && whitespace[char.charCodeAt(0)] === 1;

	/**
	 * Checks for v, =, or whitespace before the version number.
	 * These are historical version prefixes, not range operators:
	 * < and > are handled separately, as are tilde and caret ranges.
	 *
	 * @param {string|undefined} char One character to check.
	 * @returns {boolean} Whether the character can belong to a version prefix.
	 * @example isVersionPrefix('=') // true
	 * @example isVersionPrefix('>') // false
	 */
	const isVersionPrefix = char =>
	  char === 'v' ||
	  char === '=' ||
	  isWhitespace(char);

	/**
	 * Checks whether a character is one of the digits 0 through 9.
	 *
	 * @param {string|undefined} char One character to check.
	 * @returns {boolean} Whether the character is an ASCII digit.
	 * @example isDigit('7') // true
	 * @example isDigit('.') // false
	 */
	const isDigit = char => char !== undefined && char >= '0' && char <= '9';

	/**
	 * Checks whether a character is an English letter, uppercase or lowercase.
	 *
	 * @param {string|undefined} char One character to check.
	 * @returns {boolean} Whether the character is an ASCII letter.
	 * @example isLetter('b') // true
	 * @example isLetter('7') // false
	 */
	const isLetter = char =>
	  char !== undefined && (
	    (char >= 'a' && char <= 'z') ||
	    (char >= 'A' && char <= 'Z')
	  );

	/**
	 * Checks for a letter, digit, or hyphen: the characters allowed inside
	 * prerelease and build names such as beta-1.
	 *
	 * @param {string|undefined} char One character to check.
	 * @returns {boolean} Whether the character can be part of an identifier.
	 * @example isIdentifierCharacter('-') // true
	 * @example isIdentifierCharacter('.') // false; dots separate identifiers
	 */
	const isIdentifierCharacter = char => isDigit(char) || isLetter(char) || char === '-';

	/**
	 * Checks whether a version component can begin here: with a digit or
	 * a wildcard such as x, X, or *.
	 *
	 * @param {string|undefined} char One character to check.
	 * @returns {boolean} Whether a number or wildcard can start with this character.
	 * @example isVersionStart('x') // true
	 * @example isVersionStart('v') // false; v belongs to the prefix
	 */
	const isVersionStart = char =>
	  isDigit(char) ||
	  char === 'x' ||
	  char === 'X' ||
	  char === '*';

	/**
	 * Finds the end of a row of digits, but returns no more than limit digits.
	 * Remembers the last two rows so looking at them again does not reread them.
	 *
	 * @param {string} range The text to read; it is not changed.
	 * @param {number} start The position of the first character to check.
	 * @param {number} limit The most digit characters the returned match can include.
	 * @param {DigitRunCache} digitRuns Shared cache of digit-run positions, updated in place.
	 * @returns {number} The position after the matched digits, or start if none match.
	 * @example findDigitsEndIndex('123abc', 0, 10, digitRuns) // 3, pointing at a
	 * @example findDigitsEndIndex('123abc', 0, 2, digitRuns) // 2, pointing at the unread 3
	 */
	const findDigitsEndIndex = (range, start, limit, digitRuns) => {
	  if (!isDigit(range[start])) {
	    return start
	  }
	  if (start >= digitRuns.start && start < digitRuns.end) {
	    return Math.min(start + limit, digitRuns.end)
	  }
	  if (start >= digitRuns.previousStart && start < digitRuns.previousEnd) {
	    return Math.min(start + limit, digitRuns.previousEnd)
	  }
	  let end = start + 1;
	  while (isDigit(range[end])) {
	    end++;
	  }
	  // A failed full version can rewind from its second run to its first.
	  digitRuns.previousStart = digitRuns.start;
	  digitRuns.previousEnd = digitRuns.end;
	  digitRuns.start = start;
	  digitRuns.end = end;
	  return Math.min(start + limit, end)
	};

	/**
	 * Reads a number using the old regex's length and leading-zero rules.
	 * Strict mode reads just the first zero in 012; loose mode can read all three.
	 *
	 * @param {string} range The text to read; it is not changed.
	 * @param {number} start The position where the number should begin.
	 * @param {boolean} loose Whether to allow leading zeros.
	 * @param {DigitRunCache} digitRuns Shared digit-run cache, updated as needed.
	 * @returns {number} The position after the matched digits, not their numeric value.
	 * @example findVersionNumberEndIndex('012', 0, false, digitRuns) // 1
	 * @example findVersionNumberEndIndex('012', 0, true, digitRuns) // 3
	 */
	const findVersionNumberEndIndex = (range, start, loose, digitRuns) => {
	  if (!loose && range[start] === '0') {
	    return start + 1
	  }
	  // Strict syntax allows an initial nonzero digit plus MAX_LENGTH digits.
	  return findDigitsEndIndex(range, start, loose ? MAX_LENGTH : MAX_LENGTH + 1, digitRuns)
	};

	/**
	 * Reads one piece of a prerelease name, such as beta or 1 in beta.1.
	 * Tries the letter-or-hyphen form first, then the number-only form.
	 *
	 * @param {string} range The text to read; it is not changed.
	 * @param {number} start The position where the identifier should begin.
	 * @param {boolean} loose Whether numeric identifiers may have leading zeros.
	 * @param {DigitRunCache} digitRuns Shared digit-run cache, updated as needed.
	 * @returns {number} The position after the identifier, or start if none matches.
	 * @example findPrereleaseIdentifierEndIndex('beta.1', 0, false, digitRuns) // 4, at the dot
	 * @example findPrereleaseIdentifierEndIndex('001beta', 0, false, digitRuns) // 7
	 */
	const findPrereleaseIdentifierEndIndex = (range, start, loose, digitRuns) => {
	  const digitsEnd = findDigitsEndIndex(range, start, MAX_LENGTH, digitRuns);
	  // The legacy regex tries a nonnumeric identifier before a numeric one.
	  if (isLetter(range[digitsEnd]) || range[digitsEnd] === '-') {
	    let end = digitsEnd + 1;
	    const limit = end + MAX_SAFE_BUILD_LENGTH;
	    while (end < limit && isIdentifierCharacter(range[end])) {
	      end++;
	    }
	    return end
	  }
	  return findVersionNumberEndIndex(range, start, loose, digitRuns)
	};

	/**
	 * Reads a prerelease suffix such as -beta.1, one dot-separated piece at a time.
	 * Loose mode also allows the name without its opening hyphen.
	 *
	 * @param {string} range The text to read; it is not changed.
	 * @param {number} start The position where the suffix should begin, including -.
	 * @param {boolean} loose Whether the opening hyphen is optional and zeros allowed.
	 * @param {DigitRunCache} digitRuns Shared digit-run cache, updated as needed.
	 * @returns {number} The position after the matched suffix, or start if absent.
	 * @example findPrereleaseEndIndex('-beta.1+sha', 0, false, digitRuns) // 7, at the plus
	 * @example findPrereleaseEndIndex('beta', 0, false, digitRuns) // 0; no opening hyphen
	 */
	const findPrereleaseEndIndex = (range, start, loose, digitRuns) => {
	  const hyphen = range[start] === '-';
	  if (!loose && !hyphen) {
	    return start
	  }
	  const identifierStart = start + (hyphen ? 1 : 0);
	  let end = findPrereleaseIdentifierEndIndex(range, identifierStart, loose, digitRuns);
	  if (end === identifierStart) {
	    if (!loose || !hyphen) {
	      return start
	    }
	    // In loose syntax, a lone hyphen can itself be the identifier.
	    end = findPrereleaseIdentifierEndIndex(range, start, loose, digitRuns);
	  }
	  while (range[end] === '.') {
	    const next = findPrereleaseIdentifierEndIndex(range, end + 1, loose, digitRuns);
	    if (next === end + 1) {
	      break
	    }
	    end = next;
	  }
	  return end
	};

	/**
	 * Reads one build-name piece, such as sha or 123 in +sha.123.
	 * Stops at a disallowed character or the old regex's length limit.
	 *
	 * @param {string} range The text to read; it is not changed.
	 * @param {number} start The position where the identifier should begin.
	 * @returns {number} The position after the identifier, or start if none matches.
	 * @example findBuildIdentifierEndIndex('sha.123', 0) // 3, at the dot
	 * @example findBuildIdentifierEndIndex('001', 0) // 3; leading zeros are allowed
	 */
	const findBuildIdentifierEndIndex = (range, start) => {
	  let end = start;
	  while (end - start < MAX_SAFE_BUILD_LENGTH && isIdentifierCharacter(range[end])) {
	    end++;
	  }
	  return end
	};

	/**
	 * Reads optional build metadata such as +sha.123.
	 * Leaves the position unchanged if there is no plus sign followed by a name.
	 *
	 * @param {string} range The text to read; it is not changed.
	 * @param {number} start The position where the opening + should be.
	 * @returns {number} The position after the matched metadata, or start if absent.
	 * @example findBuildEndIndex('+sha.123 <2', 0) // 8, at the space
	 * @example findBuildEndIndex('+', 0) // 0; a plus sign alone is not a match
	 */
	const findBuildEndIndex = (range, start) => {
	  if (range[start] !== '+') {
	    return start
	  }
	  let end = findBuildIdentifierEndIndex(range, start + 1);
	  if (end === start + 1) {
	    return start
	  }
	  while (range[end] === '.') {
	    const next = findBuildIdentifierEndIndex(range, end + 1);
	    if (next === end + 1) {
	      break
	    }
	    end = next;
	  }
	  return end
	};

	/**
	 * Reads three numbers separated by dots, then any prerelease and build suffixes.
	 * Uses loose rules, so forms such as 01.02.03beta can match here.
	 *
	 * @param {string} range The text to read; it is not changed.
	 * @param {number} start The position of the first number, after any prefix.
	 * @param {DigitRunCache} digitRuns Shared digit-run cache, updated as needed.
	 * @returns {number} The position after the version match, or start if none matches.
	 * @example findLooseFullVersionEndIndex('1.2.3-beta+sha <2', 0, digitRuns) // 14
	 * @example findLooseFullVersionEndIndex('1.2', 0, digitRuns) // 0; needs three numbers
	 */
	const findLooseFullVersionEndIndex = (range, start, digitRuns) => {
	  let end = start;
	  for (let component = 0; component < 3; component++) {
	    const next = findVersionNumberEndIndex(range, end, true, digitRuns);
	    if (next === end) {
	      return start
	    }
	    end = next;
	    if (component < 2) {
	      if (range[end] !== '.') {
	        return start
	      }
	      end++;
	    }
	  }
	  const prereleaseEnd = findPrereleaseEndIndex(range, end, true, digitRuns);
	  return findBuildEndIndex(range, prereleaseEnd)
	};

	/**
	 * Reads one component of a partial or wildcard version, such as 2 or x in 2.x.
	 * Numbers use strict leading-zero rules; wildcards take up one character.
	 *
	 * @param {string} range The text to read; it is not changed.
	 * @param {number} start The position where the component should begin.
	 * @param {DigitRunCache} digitRuns Shared digit-run cache, updated as needed.
	 * @returns {number} The position after the component, or start if none matches.
	 * @example findPartialVersionComponentEndIndex('2.x', 0, digitRuns) // 1, at the dot
	 * @example findPartialVersionComponentEndIndex('2.x', 2, digitRuns) // 3, after x
	 */
	const findPartialVersionComponentEndIndex = (range, start, digitRuns) => {
	  if (isDigit(range[start])) {
	    return findVersionNumberEndIndex(range, start, false, digitRuns)
	  }
	  return isVersionStart(range[start]) ? start + 1 : start
	};

	/**
	 * Reads up to three components, allowing forms such as 1, 1.2, or 1.x.
	 * After the third component, also reads any strict prerelease and build suffixes.
	 *
	 * @param {string} range The text to read; it is not changed.
	 * @param {number} start The position of a number or wildcard, after any prefix.
	 * @param {DigitRunCache} digitRuns Shared digit-run cache, updated as needed.
	 * @returns {number} The position after the matched version text.
	 * @example findPartialVersionEndIndex('1.x <2', 0, digitRuns) // 3, at the space
	 * @example findPartialVersionEndIndex('1.', 0, digitRuns) // 1; the trailing dot is unread
	 */
	const findPartialVersionEndIndex = (range, start, digitRuns) => {
	  let end = findPartialVersionComponentEndIndex(range, start, digitRuns);
	  for (let component = 0; component < 2; component++) {
	    if (range[end] !== '.') {
	      return end
	    }
	    const next = findPartialVersionComponentEndIndex(range, end + 1, digitRuns);
	    if (next === end + 1) {
	      return end
	    }
	    end = next;
	  }
	  const prereleaseEnd = findPrereleaseEndIndex(range, end, false, digitRuns);
	  return findBuildEndIndex(range, prereleaseEnd)
	};

	/**
	 * Finds where a version match ends, without deciding whether the range is valid.
	 * Tries a loose full version first, then a partial or wildcard version, just
	 * like the old regex's LOOSEPLAIN and XRANGEPLAIN alternatives.
	 *
	 * @param {string} range The text to read; it is not changed.
	 * @param {number} start The position of a number or wildcard, after any prefix.
	 * @param {DigitRunCache} digitRuns Shared digit-run cache, updated as needed.
	 * @returns {number} The position where scanning the next candidate can resume.
	 * @example findVersionEndIndex('1.2.3 <2', 0, digitRuns) // 5, at the space
	 * @example findVersionEndIndex('1.x <2', 0, digitRuns) // 3, at the space
	 */
	const findVersionEndIndex = (range, start, digitRuns) => {
	  const fullVersionEnd = findLooseFullVersionEndIndex(range, start, digitRuns);
	  return fullVersionEnd !== start
	    ? fullVersionEnd
	    : findPartialVersionEndIndex(range, start, digitRuns)
	};

	/**
	 * Finds the one whitespace character the old replacement would remove.
	 * Keeps leading whitespace, skips an optional operator, and checks immediately
	 * after it. Returns -1 if there is nothing to remove.
	 *
	 * @param {string} range The text containing a candidate already found by the caller.
	 * @param {number} matchStart The candidate's position, including leading whitespace.
	 * @returns {number} The position of the removable whitespace, or -1 if absent.
	 * @example findRemovableWhitespaceIndex(' > 1', 0) // 2; keep the space at position 0
	 * @example findRemovableWhitespaceIndex('>1', 0) // -1
	 */
	const findRemovableWhitespaceIndex = (range, matchStart) => {
	  let position = matchStart;
	  if (isWhitespace(range[position])) {
	    position++;
	  }
	  if (range[position] === '<' || range[position] === '>') {
	    position++;
	  }
	  if (range[position] === '=') {
	    position++;
	  }
	  return isWhitespace(range[position]) ? position : -1
	};

	/**
	 * Joins an operator to its version, turning > 1.2.3 into >1.2.3.
	 * Copies everything else according to the old regex's matching rules.
	 * Moves forward through prefixes and whole versions to avoid repeatedly
	 * searching the same characters on long inputs.
	 *
	 * @param {string} range The range text to process; the original string is unchanged.
	 * @returns {string} The range with matched operator whitespace removed.
	 * @example trimComparatorWhitespace('> 1.2.3 < 2') // '>1.2.3 <2'
	 * @example trimComparatorWhitespace('> invalid') // '> invalid'
	 */
	const trimComparatorWhitespace = range => {
	  let result = '';
	  let copyFrom = 0;
	  let cursor = 0;
	  const digitRuns = { start: -1, end: -1, previousStart: -1, previousEnd: -1 };

	  while (cursor < range.length) {
	    const matchStart = cursor;
	    if (range[cursor] === '<' || range[cursor] === '>') {
	      cursor++;
	    } else if (!isVersionPrefix(range[cursor]) && !isVersionStart(range[cursor])) {
	      cursor++;
	      continue
	    }

	    // Consume a v/=/whitespace run once, even when no version follows it.
	    while (cursor < range.length && isVersionPrefix(range[cursor])) {
	      cursor++;
	    }
	    if (!isVersionStart(range[cursor])) {
	      continue
	    }

	    const whitespacePosition = findRemovableWhitespaceIndex(range, matchStart);
	    if (whitespacePosition !== -1) {
	      result += range.slice(copyFrom, whitespacePosition);
	      copyFrom = whitespacePosition + 1;
	    }

	    // Skip the entire match, so a prerelease's trailing v cannot be
	    // reconsidered as the prefix of another version.
	    cursor = findVersionEndIndex(range, cursor, digitRuns);
	  }

	  return result + range.slice(copyFrom)
	};

	trimComparatorWhitespace_1 = trimComparatorWhitespace;
	return trimComparatorWhitespace_1;
}

var range;
var hasRequiredRange;

function requireRange () {
	if (hasRequiredRange) return range;
	hasRequiredRange = 1;

	const SPACE_CHARACTERS = /\s+/g;

	// hoisted class for cyclic dependency
	class Range {
	  constructor (range, options) {
	    options = parseOptions(options);

	    if (range instanceof Range) {
	      if (
	        range.loose === !!options.loose &&
	        range.includePrerelease === !!options.includePrerelease
	      ) {
	        return range
	      } else {
	        return new Range(range.raw, options)
	      }
	    }

	    if (range instanceof Comparator) {
	      // just put it in the set and return
	      this.raw = range.value;
	      this.set = [[range]];
	      this.formatted = undefined;
	      return this
	    }

	    this.options = options;
	    this.loose = !!options.loose;
	    this.includePrerelease = !!options.includePrerelease;

	    // First reduce all whitespace as much as possible so we do not have to rely
	    // on potentially slow regexes like \s*. This is then stored and used for
	    // future error messages as well.
	    this.raw = range.trim().replace(SPACE_CHARACTERS, ' ');

	    // First, split on ||
	    this.set = this.raw
	      .split('||')
	      // map the range to a 2d array of comparators
	      .map(r => this.parseRange(r.trim()))
	      // throw out any comparator lists that are empty
	      // this generally means that it was not a valid range, which is allowed
	      // in loose mode, but will still throw if the WHOLE range is invalid.
	      .filter(c => c.length);

	    if (!this.set.length) {
	      throw new TypeError(`Invalid SemVer Range: ${this.raw}`)
	    }

	    // if we have any that are not the null set, throw out null sets.
	    if (this.set.length > 1) {
	      // keep the first one, in case they're all null sets
	      const first = this.set[0];
	      this.set = this.set.filter(c => !isNullSet(c[0]));
	      if (this.set.length === 0) {
	        this.set = [first];
	      } else if (this.set.length > 1) {
	        // if we have any that are *, then the range is just *
	        for (const c of this.set) {
	          if (c.length === 1 && isAny(c[0])) {
	            this.set = [c];
	            break
	          }
	        }
	      }
	    }

	    this.formatted = undefined;
	  }

	  get range () {
	    if (this.formatted === undefined) {
	      this.formatted = '';
	      for (let i = 0; i < this.set.length; i++) {
	        if (i > 0) {
	          this.formatted += '||';
	        }
	        const comps = this.set[i];
	        for (let k = 0; k < comps.length; k++) {
	          if (k > 0) {
	            this.formatted += ' ';
	          }
	          this.formatted += comps[k].toString().trim();
	        }
	      }
	    }
	    return this.formatted
	  }

	  format () {
	    return this.range
	  }

	  toString () {
	    return this.range
	  }

	  parseRange (range) {
	    // strip build metadata so it can't bleed into the version
	    range = range.replace(BUILDSTRIPRE, '');

	    // memoize range parsing for performance.
	    // this is a very hot path, and fully deterministic.
	    const memoOpts =
	      (this.options.includePrerelease && FLAG_INCLUDE_PRERELEASE) |
	      (this.options.loose && FLAG_LOOSE);
	    const memoKey = memoOpts + ':' + range;
	    const cached = cache.get(memoKey);
	    if (cached) {
	      return cached
	    }

	    const loose = this.options.loose;
	    // `1.2.3 - 1.2.4` => `>=1.2.3 <=1.2.4`
	    const hr = loose ? re[t.HYPHENRANGELOOSE] : re[t.HYPHENRANGE];
	    range = range.replace(hr, hyphenReplace(this.options.includePrerelease));
	    debug('hyphen replace', range);

	    // `> 1.2.3 < 1.2.5` => `>1.2.3 <1.2.5`
	    range = trimComparatorWhitespace(range);
	    debug('comparator trim', range);

	    // `~ 1.2.3` => `~1.2.3`
	    range = range.replace(re[t.TILDETRIM], tildeTrimReplace);
	    debug('tilde trim', range);

	    // `^ 1.2.3` => `^1.2.3`
	    range = range.replace(re[t.CARETTRIM], caretTrimReplace);
	    debug('caret trim', range);

	    // At this point, the range is completely trimmed and
	    // ready to be split into comparators.

	    let rangeList = range
	      .split(' ')
	      .map(comp => parseComparator(comp, this.options))
	      .join(' ')
	      .split(/\s+/)
	      // >=0.0.0 is equivalent to *
	      .map(comp => replaceGTE0(comp, this.options));

	    if (loose) {
	      // in loose mode, throw out any that are not valid comparators
	      rangeList = rangeList.filter(comp => {
	        debug('loose invalid filter', comp, this.options);
	        return !!comp.match(re[t.COMPARATORLOOSE])
	      });
	    }
	    debug('range list', rangeList);

	    // if any comparators are the null set, then replace with JUST null set
	    // if more than one comparator, remove any * comparators
	    // also, don't include the same comparator more than once
	    const rangeMap = new Map();
	    const comparators = rangeList.map(comp => new Comparator(comp, this.options));
	    for (const comp of comparators) {
	      if (isNullSet(comp)) {
	        return [comp]
	      }
	      rangeMap.set(comp.value, comp);
	    }
	    if (rangeMap.size > 1 && rangeMap.has('')) {
	      rangeMap.delete('');
	    }

	    const result = [...rangeMap.values()];
	    cache.set(memoKey, result);
	    return result
	  }

	  intersects (range, options) {
	    if (!(range instanceof Range)) {
	      throw new TypeError('a Range is required')
	    }

	    return this.set.some((thisComparators) => {
	      return (
	        isSatisfiable(thisComparators, options) &&
	        range.set.some((rangeComparators) => {
	          return (
	            isSatisfiable(rangeComparators, options) &&
	            thisComparators.every((thisComparator) => {
	              return rangeComparators.every((rangeComparator) => {
	                return thisComparator.intersects(rangeComparator, options)
	              })
	            })
	          )
	        })
	      )
	    })
	  }

	  // if ANY of the sets match ALL of its comparators, then pass
	  test (version) {
	    if (!version) {
	      return false
	    }

	    if (typeof version === 'string') {
	      try {
	        version = new SemVer(version, this.options);
	      } catch (er) {
	        return false
	      }
	    }

	    for (let i = 0; i < this.set.length; i++) {
	      if (testSet(this.set[i], version, this.options)) {
	        return true
	      }
	    }
	    return false
	  }
	}

	range = Range;

	const LRU = requireLrucache();
	const cache = new LRU();

	const parseOptions = requireParseOptions();
	const Comparator = requireComparator();
	const debug = requireDebug();
	const SemVer = requireSemver$1();
	const trimComparatorWhitespace = requireTrimComparatorWhitespace();
	const {
	  safeRe: re,
	  src,
	  t,
	  tildeTrimReplace,
	  caretTrimReplace,
	} = requireRe();
	const { FLAG_INCLUDE_PRERELEASE, FLAG_LOOSE } = requireConstants();

	// unbounded global build-metadata stripper used by parseRange
	const BUILDSTRIPRE = new RegExp(src[t.BUILD], 'g');

	const isNullSet = c => c.value === '<0.0.0-0';
	const isAny = c => c.value === '';

	// take a set of comparators and determine whether there
	// exists a version which can satisfy it
	const isSatisfiable = (comparators, options) => {
	  let result = true;
	  const remainingComparators = comparators.slice();
	  let testComparator = remainingComparators.pop();

	  while (result && remainingComparators.length) {
	    result = remainingComparators.every((otherComparator) => {
	      return testComparator.intersects(otherComparator, options)
	    });

	    testComparator = remainingComparators.pop();
	  }

	  return result
	};

	// comprised of xranges, tildes, stars, and gtlt's at this point.
	// already replaced the hyphen ranges
	// turn into a set of JUST comparators.
	const parseComparator = (comp, options) => {
	  comp = comp.replace(re[t.BUILD], '');
	  debug('comp', comp, options);
	  comp = replaceCarets(comp, options);
	  debug('caret', comp);
	  comp = replaceTildes(comp, options);
	  debug('tildes', comp);
	  comp = replaceXRanges(comp, options);
	  debug('xrange', comp);
	  comp = replaceStars(comp, options);
	  debug('stars', comp);
	  return comp
	};

	const isX = id => !id || id.toLowerCase() === 'x' || id === '*';

	const invalidXRangeOrder = (M, m, p) => (
	  (isX(M) && !isX(m)) ||
	  (isX(m) && p && !isX(p))
	);

	// ~, ~> --> * (any, kinda silly)
	// ~2, ~2.x, ~2.x.x, ~>2, ~>2.x ~>2.x.x --> >=2.0.0 <3.0.0-0
	// ~2.0, ~2.0.x, ~>2.0, ~>2.0.x --> >=2.0.0 <2.1.0-0
	// ~1.2, ~1.2.x, ~>1.2, ~>1.2.x --> >=1.2.0 <1.3.0-0
	// ~1.2.3, ~>1.2.3 --> >=1.2.3 <1.3.0-0
	// ~1.2.0, ~>1.2.0 --> >=1.2.0 <1.3.0-0
	// ~0.0.1 --> >=0.0.1 <0.1.0-0
	const replaceTildes = (comp, options) => {
	  return comp
	    .trim()
	    .split(/\s+/)
	    .map((c) => replaceTilde(c, options))
	    .join(' ')
	};

	const replaceTilde = (comp, options) => {
	  const r = options.loose ? re[t.TILDELOOSE] : re[t.TILDE];
	  // if we're including prereleases in the match, then the lower bound is
	  // -0, the lowest possible prerelease value, just like x-ranges and carets.
	  // this keeps `~1.2` equivalent to the `1.2.x` x-range it's documented as.
	  const z = options.includePrerelease ? '-0' : '';
	  return comp.replace(r, (_, M, m, p, pr) => {
	    debug('tilde', comp, _, M, m, p, pr);
	    let ret;

	    if (isX(M)) {
	      ret = '';
	    } else if (isX(m)) {
	      ret = `>=${M}.0.0${z} <${+M + 1}.0.0-0`;
	    } else if (isX(p)) {
	      // ~1.2 == >=1.2.0 <1.3.0-0
	      ret = `>=${M}.${m}.0${z} <${M}.${+m + 1}.0-0`;
	    } else if (pr) {
	      debug('replaceTilde pr', pr);
	      ret = `>=${M}.${m}.${p}-${pr
	      } <${M}.${+m + 1}.0-0`;
	    } else {
	      // ~1.2.3 == >=1.2.3 <1.3.0-0
	      ret = `>=${M}.${m}.${p
	      } <${M}.${+m + 1}.0-0`;
	    }

	    debug('tilde return', ret);
	    return ret
	  })
	};

	// ^ --> * (any, kinda silly)
	// ^2, ^2.x, ^2.x.x --> >=2.0.0 <3.0.0-0
	// ^2.0, ^2.0.x --> >=2.0.0 <3.0.0-0
	// ^1.2, ^1.2.x --> >=1.2.0 <2.0.0-0
	// ^1.2.3 --> >=1.2.3 <2.0.0-0
	// ^1.2.0 --> >=1.2.0 <2.0.0-0
	// ^0.0.1 --> >=0.0.1 <0.0.2-0
	// ^0.1.0 --> >=0.1.0 <0.2.0-0
	const replaceCarets = (comp, options) => {
	  return comp
	    .trim()
	    .split(/\s+/)
	    .map((c) => replaceCaret(c, options))
	    .join(' ')
	};

	const replaceCaret = (comp, options) => {
	  debug('caret', comp, options);
	  const r = options.loose ? re[t.CARETLOOSE] : re[t.CARET];
	  const z = options.includePrerelease ? '-0' : '';
	  return comp.replace(r, (_, M, m, p, pr) => {
	    debug('caret', comp, _, M, m, p, pr);
	    let ret;

	    if (isX(M)) {
	      ret = '';
	    } else if (isX(m)) {
	      ret = `>=${M}.0.0${z} <${+M + 1}.0.0-0`;
	    } else if (isX(p)) {
	      if (M === '0') {
	        ret = `>=${M}.${m}.0${z} <${M}.${+m + 1}.0-0`;
	      } else {
	        ret = `>=${M}.${m}.0${z} <${+M + 1}.0.0-0`;
	      }
	    } else if (pr) {
	      debug('replaceCaret pr', pr);
	      if (M === '0') {
	        if (m === '0') {
	          ret = `>=${M}.${m}.${p}-${pr
	          } <${M}.${m}.${+p + 1}-0`;
	        } else {
	          ret = `>=${M}.${m}.${p}-${pr
	          } <${M}.${+m + 1}.0-0`;
	        }
	      } else {
	        ret = `>=${M}.${m}.${p}-${pr
	        } <${+M + 1}.0.0-0`;
	      }
	    } else {
	      debug('no pr');
	      if (M === '0') {
	        if (m === '0') {
	          ret = `>=${M}.${m}.${p
	          } <${M}.${m}.${+p + 1}-0`;
	        } else {
	          ret = `>=${M}.${m}.${p
	          } <${M}.${+m + 1}.0-0`;
	        }
	      } else {
	        ret = `>=${M}.${m}.${p
	        } <${+M + 1}.0.0-0`;
	      }
	    }

	    debug('caret return', ret);
	    return ret
	  })
	};

	const replaceXRanges = (comp, options) => {
	  debug('replaceXRanges', comp, options);
	  return comp
	    .split(/\s+/)
	    .map((c) => replaceXRange(c, options))
	    .join(' ')
	};

	const replaceXRange = (comp, options) => {
	  comp = comp.trim();
	  const r = options.loose ? re[t.XRANGELOOSE] : re[t.XRANGE];
	  return comp.replace(r, (ret, gtlt, M, m, p, pr) => {
	    debug('xRange', comp, ret, gtlt, M, m, p, pr);
	    if (invalidXRangeOrder(M, m, p)) {
	      return comp
	    }

	    const xM = isX(M);
	    const xm = xM || isX(m);
	    const xp = xm || isX(p);
	    const anyX = xp;

	    if (gtlt === '=' && anyX) {
	      gtlt = '';
	    }

	    // if we're including prereleases in the match, then we need
	    // to fix this to -0, the lowest possible prerelease value
	    pr = options.includePrerelease ? '-0' : '';

	    if (xM) {
	      if (gtlt === '>' || gtlt === '<') {
	        // nothing is allowed
	        ret = '<0.0.0-0';
	      } else {
	        // nothing is forbidden
	        ret = '*';
	      }
	    } else if (gtlt && anyX) {
	      // we know patch is an x, because we have any x at all.
	      // replace X with 0
	      if (xm) {
	        m = 0;
	      }
	      p = 0;

	      if (gtlt === '>') {
	        // >1 => >=2.0.0
	        // >1.2 => >=1.3.0
	        gtlt = '>=';
	        if (xm) {
	          M = +M + 1;
	          m = 0;
	          p = 0;
	        } else {
	          m = +m + 1;
	          p = 0;
	        }
	      } else if (gtlt === '<=') {
	        // <=0.7.x is actually <0.8.0, since any 0.7.x should
	        // pass.  Similarly, <=7.x is actually <8.0.0, etc.
	        gtlt = '<';
	        if (xm) {
	          M = +M + 1;
	        } else {
	          m = +m + 1;
	        }
	      }

	      if (gtlt === '<') {
	        pr = '-0';
	      }

	      ret = `${gtlt + M}.${m}.${p}${pr}`;
	    } else if (xm) {
	      ret = `>=${M}.0.0${pr} <${+M + 1}.0.0-0`;
	    } else if (xp) {
	      ret = `>=${M}.${m}.0${pr
	      } <${M}.${+m + 1}.0-0`;
	    }

	    debug('xRange return', ret);

	    return ret
	  })
	};

	// Because * is AND-ed with everything else in the comparator,
	// and '' means "any version", just remove the *s entirely.
	const replaceStars = (comp, options) => {
	  debug('replaceStars', comp, options);
	  // Looseness is ignored here.  star is always as loose as it gets!
	  return comp
	    .trim()
	    .replace(re[t.STAR], '')
	};

	const replaceGTE0 = (comp, options) => {
	  debug('replaceGTE0', comp, options);
	  return comp
	    .trim()
	    .replace(re[options.includePrerelease ? t.GTE0PRE : t.GTE0], '')
	};

	// This function is passed to string.replace(re[t.HYPHENRANGE])
	// M, m, patch, prerelease, build
	// 1.2 - 3.4.5 => >=1.2.0 <=3.4.5
	// 1.2.3 - 3.4 => >=1.2.0 <3.5.0-0 Any 3.4.x will do
	// 1.2 - 3.4 => >=1.2.0 <3.5.0-0
	// TODO build?
	const hyphenReplace = incPr => ($0,
	  from, fM, fm, fp, fpr, fb,
	  to, tM, tm, tp, tpr) => {
	  if (isX(fM)) {
	    from = '';
	  } else if (isX(fm)) {
	    from = `>=${fM}.0.0${incPr ? '-0' : ''}`;
	  } else if (isX(fp)) {
	    from = `>=${fM}.${fm}.0${incPr ? '-0' : ''}`;
	  } else if (fpr) {
	    from = `>=${from}`;
	  } else {
	    from = `>=${from}${incPr ? '-0' : ''}`;
	  }

	  if (isX(tM)) {
	    to = '';
	  } else if (isX(tm)) {
	    to = `<${+tM + 1}.0.0-0`;
	  } else if (isX(tp)) {
	    to = `<${tM}.${+tm + 1}.0-0`;
	  } else if (tpr) {
	    to = `<=${tM}.${tm}.${tp}-${tpr}`;
	  } else if (incPr) {
	    to = `<${tM}.${tm}.${+tp + 1}-0`;
	  } else {
	    to = `<=${to}`;
	  }

	  return `${from} ${to}`.trim()
	};

	const testSet = (set, version, options) => {
	  for (let i = 0; i < set.length; i++) {
	    if (!set[i].test(version)) {
	      return false
	    }
	  }

	  if (version.prerelease.length && !options.includePrerelease) {
	    // Find the set of versions that are allowed to have prereleases
	    // For example, ^1.2.3-pr.1 desugars to >=1.2.3-pr.1 <2.0.0
	    // That should allow `1.2.3-pr.2` to pass.
	    // However, `1.2.4-alpha.notready` should NOT be allowed,
	    // even though it's within the range set by the comparators.
	    for (let i = 0; i < set.length; i++) {
	      debug(set[i].semver);
	      if (set[i].semver === Comparator.ANY) {
	        continue
	      }

	      if (set[i].semver.prerelease.length > 0) {
	        const allowed = set[i].semver;
	        if (allowed.major === version.major &&
	            allowed.minor === version.minor &&
	            allowed.patch === version.patch) {
	          return true
	        }
	      }
	    }

	    // Version has a -pre, but it's not one of the ones we like.
	    return false
	  }

	  return true
	};
	return range;
}

var comparator;
var hasRequiredComparator;

function requireComparator () {
	if (hasRequiredComparator) return comparator;
	hasRequiredComparator = 1;

	const ANY = Symbol('SemVer ANY');
	// hoisted class for cyclic dependency
	class Comparator {
	  static get ANY () {
	    return ANY
	  }

	  constructor (comp, options) {
	    options = parseOptions(options);

	    if (comp instanceof Comparator) {
	      if (comp.loose === !!options.loose) {
	        return comp
	      } else {
	        comp = comp.value;
	      }
	    }

	    comp = comp.trim().split(/\s+/).join(' ');
	    debug('comparator', comp, options);
	    this.options = options;
	    this.loose = !!options.loose;
	    this.parse(comp);

	    if (this.semver === ANY) {
	      this.value = '';
	    } else {
	      this.value = this.operator + this.semver.version;
	    }

	    debug('comp', this);
	  }

	  parse (comp) {
	    const r = this.options.loose ? re[t.COMPARATORLOOSE] : re[t.COMPARATOR];
	    const m = comp.match(r);

	    if (!m) {
	      throw new TypeError(`Invalid comparator: ${comp}`)
	    }

	    this.operator = m[1] !== undefined ? m[1] : '';
	    if (this.operator === '=') {
	      this.operator = '';
	    }

	    // if it literally is just '>' or '' then allow anything.
	    if (!m[2]) {
	      this.semver = ANY;
	    } else {
	      this.semver = new SemVer(m[2], this.options.loose);
	    }
	  }

	  toString () {
	    return this.value
	  }

	  test (version) {
	    debug('Comparator.test', version, this.options.loose);

	    if (this.semver === ANY || version === ANY) {
	      return true
	    }

	    if (typeof version === 'string') {
	      try {
	        version = new SemVer(version, this.options);
	      } catch (er) {
	        return false
	      }
	    }

	    return cmp(version, this.operator, this.semver, this.options)
	  }

	  intersects (comp, options) {
	    if (!(comp instanceof Comparator)) {
	      throw new TypeError('a Comparator is required')
	    }

	    if (this.operator === '') {
	      if (this.value === '') {
	        return true
	      }
	      return new Range(comp.value, options).test(this.value)
	    } else if (comp.operator === '') {
	      if (comp.value === '') {
	        return true
	      }
	      return new Range(this.value, options).test(comp.semver)
	    }

	    options = parseOptions(options);

	    // Special cases where nothing can possibly be lower
	    if (options.includePrerelease &&
	      (this.value === '<0.0.0-0' || comp.value === '<0.0.0-0')) {
	      return false
	    }
	    if (!options.includePrerelease &&
	      (this.value.startsWith('<0.0.0') || comp.value.startsWith('<0.0.0'))) {
	      return false
	    }

	    // Same direction increasing (> or >=)
	    if (this.operator.startsWith('>') && comp.operator.startsWith('>')) {
	      return true
	    }
	    // Same direction decreasing (< or <=)
	    if (this.operator.startsWith('<') && comp.operator.startsWith('<')) {
	      return true
	    }
	    // same SemVer and both sides are inclusive (<= or >=)
	    if (
	      (this.semver.version === comp.semver.version) &&
	      this.operator.includes('=') && comp.operator.includes('=')) {
	      return true
	    }
	    // opposite directions less than
	    if (cmp(this.semver, '<', comp.semver, options) &&
	      this.operator.startsWith('>') && comp.operator.startsWith('<')) {
	      return true
	    }
	    // opposite directions greater than
	    if (cmp(this.semver, '>', comp.semver, options) &&
	      this.operator.startsWith('<') && comp.operator.startsWith('>')) {
	      return true
	    }
	    return false
	  }
	}

	comparator = Comparator;

	const parseOptions = requireParseOptions();
	const { safeRe: re, t } = requireRe();
	const cmp = requireCmp();
	const debug = requireDebug();
	const SemVer = requireSemver$1();
	const Range = requireRange();
	return comparator;
}

var satisfies_1;
var hasRequiredSatisfies;

function requireSatisfies () {
	if (hasRequiredSatisfies) return satisfies_1;
	hasRequiredSatisfies = 1;

	const Range = requireRange();
	const satisfies = (version, range, options) => {
	  try {
	    range = new Range(range, options);
	  } catch (er) {
	    return false
	  }
	  return range.test(version)
	};
	satisfies_1 = satisfies;
	return satisfies_1;
}

var toComparators_1;
var hasRequiredToComparators;

function requireToComparators () {
	if (hasRequiredToComparators) return toComparators_1;
	hasRequiredToComparators = 1;

	const Range = requireRange();

	// Mostly just for testing and legacy API reasons
	const toComparators = (range, options) =>
	  new Range(range, options).set
	    .map(comp => comp.map(c => c.value).join(' ').trim().split(' '));

	toComparators_1 = toComparators;
	return toComparators_1;
}

var maxSatisfying_1;
var hasRequiredMaxSatisfying;

function requireMaxSatisfying () {
	if (hasRequiredMaxSatisfying) return maxSatisfying_1;
	hasRequiredMaxSatisfying = 1;

	const SemVer = requireSemver$1();
	const Range = requireRange();

	const maxSatisfying = (versions, range, options) => {
	  let max = null;
	  let maxSV = null;
	  let rangeObj = null;
	  try {
	    rangeObj = new Range(range, options);
	  } catch (er) {
	    return null
	  }
	  versions.forEach((v) => {
	    if (rangeObj.test(v)) {
	      // satisfies(v, range, options)
	      if (!max || maxSV.compare(v) === -1) {
	        // compare(max, v, true)
	        max = v;
	        maxSV = new SemVer(max, options);
	      }
	    }
	  });
	  return max
	};
	maxSatisfying_1 = maxSatisfying;
	return maxSatisfying_1;
}

var minSatisfying_1;
var hasRequiredMinSatisfying;

function requireMinSatisfying () {
	if (hasRequiredMinSatisfying) return minSatisfying_1;
	hasRequiredMinSatisfying = 1;

	const SemVer = requireSemver$1();
	const Range = requireRange();
	const minSatisfying = (versions, range, options) => {
	  let min = null;
	  let minSV = null;
	  let rangeObj = null;
	  try {
	    rangeObj = new Range(range, options);
	  } catch (er) {
	    return null
	  }
	  versions.forEach((v) => {
	    if (rangeObj.test(v)) {
	      // satisfies(v, range, options)
	      if (!min || minSV.compare(v) === 1) {
	        // compare(min, v, true)
	        min = v;
	        minSV = new SemVer(min, options);
	      }
	    }
	  });
	  return min
	};
	minSatisfying_1 = minSatisfying;
	return minSatisfying_1;
}

var minVersion_1;
var hasRequiredMinVersion;

function requireMinVersion () {
	if (hasRequiredMinVersion) return minVersion_1;
	hasRequiredMinVersion = 1;

	const SemVer = requireSemver$1();
	const Range = requireRange();
	const gt = requireGt();

	const minVersion = (range, loose) => {
	  range = new Range(range, loose);

	  let minver = new SemVer('0.0.0');
	  if (range.test(minver)) {
	    return minver
	  }

	  minver = new SemVer('0.0.0-0');
	  if (range.test(minver)) {
	    return minver
	  }

	  minver = null;
	  for (let i = 0; i < range.set.length; ++i) {
	    const comparators = range.set[i];

	    let setMin = null;
	    comparators.forEach((comparator) => {
	      // Clone to avoid manipulating the comparator's semver object.
	      const compver = new SemVer(comparator.semver.version);
	      switch (comparator.operator) {
	        case '>':
	          if (compver.prerelease.length === 0) {
	            compver.patch++;
	          } else {
	            compver.prerelease.push(0);
	          }
	          compver.raw = compver.format();
	          /* fallthrough */
	        case '':
	        case '>=':
	          if (!setMin || gt(compver, setMin)) {
	            setMin = compver;
	          }
	          break
	        case '<':
	        case '<=':
	          /* Ignore maximum versions */
	          break
	        /* istanbul ignore next */
	        default:
	          throw new Error(`Unexpected operation: ${comparator.operator}`)
	      }
	    });
	    if (setMin && (!minver || gt(minver, setMin))) {
	      minver = setMin;
	    }
	  }

	  if (minver && range.test(minver)) {
	    return minver
	  }

	  return null
	};
	minVersion_1 = minVersion;
	return minVersion_1;
}

var valid;
var hasRequiredValid;

function requireValid () {
	if (hasRequiredValid) return valid;
	hasRequiredValid = 1;

	const Range = requireRange();
	const validRange = (range, options) => {
	  try {
	    // Return '*' instead of '' so that truthiness works.
	    // This will throw if it's invalid anyway
	    return new Range(range, options).range || '*'
	  } catch (er) {
	    return null
	  }
	};
	valid = validRange;
	return valid;
}

var outside_1;
var hasRequiredOutside;

function requireOutside () {
	if (hasRequiredOutside) return outside_1;
	hasRequiredOutside = 1;

	const SemVer = requireSemver$1();
	const Comparator = requireComparator();
	const { ANY } = Comparator;
	const Range = requireRange();
	const satisfies = requireSatisfies();
	const gt = requireGt();
	const lt = requireLt();
	const lte = requireLte();
	const gte = requireGte();

	const outside = (version, range, hilo, options) => {
	  version = new SemVer(version, options);
	  range = new Range(range, options);

	  let gtfn, ltefn, ltfn, comp, ecomp;
	  switch (hilo) {
	    case '>':
	      gtfn = gt;
	      ltefn = lte;
	      ltfn = lt;
	      comp = '>';
	      ecomp = '>=';
	      break
	    case '<':
	      gtfn = lt;
	      ltefn = gte;
	      ltfn = gt;
	      comp = '<';
	      ecomp = '<=';
	      break
	    default:
	      throw new TypeError('Must provide a hilo val of "<" or ">"')
	  }

	  // If it satisfies the range it is not outside
	  if (satisfies(version, range, options)) {
	    return false
	  }

	  // From now on, variable terms are as if we're in "gtr" mode.
	  // but note that everything is flipped for the "ltr" function.

	  for (let i = 0; i < range.set.length; ++i) {
	    const comparators = range.set[i];

	    let high = null;
	    let low = null;

	    comparators.forEach((comparator) => {
	      if (comparator.semver === ANY) {
	        comparator = new Comparator('>=0.0.0');
	      }
	      high = high || comparator;
	      low = low || comparator;
	      if (gtfn(comparator.semver, high.semver, options)) {
	        high = comparator;
	      } else if (ltfn(comparator.semver, low.semver, options)) {
	        low = comparator;
	      }
	    });

	    // If the edge version comparator has a operator then our version
	    // isn't outside it
	    if (high.operator === comp || high.operator === ecomp) {
	      return false
	    }

	    // If the lowest version comparator has an operator and our version
	    // is less than it then it isn't higher than the range
	    if ((!low.operator || low.operator === comp) &&
	        ltefn(version, low.semver)) {
	      return false
	    } else if (low.operator === ecomp && ltfn(version, low.semver)) {
	      return false
	    }
	  }
	  return true
	};

	outside_1 = outside;
	return outside_1;
}

var gtr_1;
var hasRequiredGtr;

function requireGtr () {
	if (hasRequiredGtr) return gtr_1;
	hasRequiredGtr = 1;

	// Determine if version is greater than all the versions possible in the range.
	const outside = requireOutside();
	const gtr = (version, range, options) => outside(version, range, '>', options);
	gtr_1 = gtr;
	return gtr_1;
}

var ltr_1;
var hasRequiredLtr;

function requireLtr () {
	if (hasRequiredLtr) return ltr_1;
	hasRequiredLtr = 1;

	const outside = requireOutside();
	// Determine if version is less than all the versions possible in the range
	const ltr = (version, range, options) => outside(version, range, '<', options);
	ltr_1 = ltr;
	return ltr_1;
}

var intersects_1;
var hasRequiredIntersects;

function requireIntersects () {
	if (hasRequiredIntersects) return intersects_1;
	hasRequiredIntersects = 1;

	const Range = requireRange();
	const intersects = (r1, r2, options) => {
	  r1 = new Range(r1, options);
	  r2 = new Range(r2, options);
	  return r1.intersects(r2, options)
	};
	intersects_1 = intersects;
	return intersects_1;
}

var simplify;
var hasRequiredSimplify;

function requireSimplify () {
	if (hasRequiredSimplify) return simplify;
	hasRequiredSimplify = 1;

	// given a set of versions and a range, create a "simplified" range
	// that includes the same versions that the original range does
	// If the original range is shorter than the simplified one, return that.
	const satisfies = requireSatisfies();
	const compare = requireCompare();
	simplify = (versions, range, options) => {
	  const set = [];
	  let first = null;
	  let prev = null;
	  const v = versions.sort((a, b) => compare(a, b, options));
	  for (const version of v) {
	    const included = satisfies(version, range, options);
	    if (included) {
	      prev = version;
	      if (!first) {
	        first = version;
	      }
	    } else {
	      if (prev) {
	        set.push([first, prev]);
	      }
	      prev = null;
	      first = null;
	    }
	  }
	  if (first) {
	    set.push([first, null]);
	  }

	  const ranges = [];
	  for (const [min, max] of set) {
	    if (min === max) {
	      ranges.push(min);
	    } else if (!max && min === v[0]) {
	      ranges.push('*');
	    } else if (!max) {
	      ranges.push(`>=${min}`);
	    } else if (min === v[0]) {
	      ranges.push(`<=${max}`);
	    } else {
	      ranges.push(`${min} - ${max}`);
	    }
	  }
	  const simplified = ranges.join(' || ');
	  const original = typeof range.raw === 'string' ? range.raw : String(range);
	  return simplified.length < original.length ? simplified : range
	};
	return simplify;
}

var subset_1;
var hasRequiredSubset;

function requireSubset () {
	if (hasRequiredSubset) return subset_1;
	hasRequiredSubset = 1;

	const Range = requireRange();
	const Comparator = requireComparator();
	const { ANY } = Comparator;
	const satisfies = requireSatisfies();
	const compare = requireCompare();

	// Complex range `r1 || r2 || ...` is a subset of `R1 || R2 || ...` iff:
	// - Every simple range `r1, r2, ...` is a null set, OR
	// - Every simple range `r1, r2, ...` which is not a null set is a subset of
	//   some `R1, R2, ...`
	//
	// Simple range `c1 c2 ...` is a subset of simple range `C1 C2 ...` iff:
	// - If c is only the ANY comparator
	//   - If C is only the ANY comparator, return true
	//   - Else if in prerelease mode, return false
	//   - else replace c with `[>=0.0.0]`
	// - If C is only the ANY comparator
	//   - if in prerelease mode, return true
	//   - else replace C with `[>=0.0.0]`
	// - Let EQ be the set of = comparators in c
	// - If EQ is more than one, return true (null set)
	// - Let GT be the highest > or >= comparator in c
	// - Let LT be the lowest < or <= comparator in c
	// - If GT and LT, and GT.semver > LT.semver, return true (null set)
	// - If any C is a = range, and GT or LT are set, return false
	// - If EQ
	//   - If GT, and EQ does not satisfy GT, return true (null set)
	//   - If LT, and EQ does not satisfy LT, return true (null set)
	//   - If EQ satisfies every C, return true
	//   - Else return false
	// - If GT
	//   - If GT.semver is lower than any > or >= comp in C, return false
	//   - If GT is >=, and GT.semver does not satisfy every C, return false
	//   - If GT.semver has a prerelease, and not in prerelease mode
	//     - If no C has a prerelease and the GT.semver tuple, return false
	// - If LT
	//   - If LT.semver is greater than any < or <= comp in C, return false
	//   - If LT is <=, and LT.semver does not satisfy every C, return false
	//   - If LT.semver has a prerelease, and not in prerelease mode
	//     - If no C has a prerelease and the LT.semver tuple, return false
	// - Else return true

	const subset = (sub, dom, options = {}) => {
	  if (sub === dom) {
	    return true
	  }

	  sub = new Range(sub, options);
	  dom = new Range(dom, options);
	  let sawNonNull = false;

	  OUTER: for (const simpleSub of sub.set) {
	    for (const simpleDom of dom.set) {
	      const isSub = simpleSubset(simpleSub, simpleDom, options);
	      sawNonNull = sawNonNull || isSub !== null;
	      if (isSub) {
	        continue OUTER
	      }
	    }
	    // the null set is a subset of everything, but null simple ranges in
	    // a complex range should be ignored.  so if we saw a non-null range,
	    // then we know this isn't a subset, but if EVERY simple range was null,
	    // then it is a subset.
	    if (sawNonNull) {
	      return false
	    }
	  }
	  return true
	};

	const minimumVersionWithPreRelease = [new Comparator('>=0.0.0-0')];
	const minimumVersion = [new Comparator('>=0.0.0')];

	const simpleSubset = (sub, dom, options) => {
	  if (sub === dom) {
	    return true
	  }

	  if (sub.length === 1 && sub[0].semver === ANY) {
	    if (dom.length === 1 && dom[0].semver === ANY) {
	      return true
	    } else if (options.includePrerelease) {
	      sub = minimumVersionWithPreRelease;
	    } else {
	      sub = minimumVersion;
	    }
	  }

	  if (dom.length === 1 && dom[0].semver === ANY) {
	    if (options.includePrerelease) {
	      return true
	    } else {
	      dom = minimumVersion;
	    }
	  }

	  const eqSet = new Set();
	  let gt, lt;
	  for (const c of sub) {
	    if (c.operator === '>' || c.operator === '>=') {
	      gt = higherGT(gt, c, options);
	    } else if (c.operator === '<' || c.operator === '<=') {
	      lt = lowerLT(lt, c, options);
	    } else {
	      eqSet.add(c.semver);
	    }
	  }

	  if (eqSet.size > 1) {
	    return null
	  }

	  let gtltComp;
	  if (gt && lt) {
	    gtltComp = compare(gt.semver, lt.semver, options);
	    if (gtltComp > 0) {
	      return null
	    } else if (gtltComp === 0 && (gt.operator !== '>=' || lt.operator !== '<=')) {
	      return null
	    }
	  }

	  // will iterate one or zero times
	  for (const eq of eqSet) {
	    if (gt && !satisfies(eq, String(gt), options)) {
	      return null
	    }

	    if (lt && !satisfies(eq, String(lt), options)) {
	      return null
	    }

	    for (const c of dom) {
	      if (!satisfies(eq, String(c), options)) {
	        return false
	      }
	    }

	    return true
	  }

	  let higher, lower;
	  let hasDomLT, hasDomGT;
	  // if the subset has a prerelease, we need a comparator in the superset
	  // with the same tuple and a prerelease, or it's not a subset
	  let needDomLTPre = lt &&
	    !options.includePrerelease &&
	    lt.semver.prerelease.length ? lt.semver : false;
	  let needDomGTPre = gt &&
	    !options.includePrerelease &&
	    gt.semver.prerelease.length ? gt.semver : false;
	  // exception: <1.2.3-0 is the same as <1.2.3
	  if (needDomLTPre && needDomLTPre.prerelease.length === 1 &&
	      lt.operator === '<' && needDomLTPre.prerelease[0] === 0) {
	    needDomLTPre = false;
	  }

	  for (const c of dom) {
	    hasDomGT = hasDomGT || c.operator === '>' || c.operator === '>=';
	    hasDomLT = hasDomLT || c.operator === '<' || c.operator === '<=';
	    if (gt) {
	      if (needDomGTPre) {
	        if (c.semver.prerelease && c.semver.prerelease.length &&
	            c.semver.major === needDomGTPre.major &&
	            c.semver.minor === needDomGTPre.minor &&
	            c.semver.patch === needDomGTPre.patch) {
	          needDomGTPre = false;
	        }
	      }
	      if (c.operator === '>' || c.operator === '>=') {
	        higher = higherGT(gt, c, options);
	        if (higher === c && higher !== gt) {
	          return false
	        }
	      } else if (gt.operator === '>=' && !c.test(gt.semver)) {
	        return false
	      }
	    }
	    if (lt) {
	      if (needDomLTPre) {
	        if (c.semver.prerelease && c.semver.prerelease.length &&
	            c.semver.major === needDomLTPre.major &&
	            c.semver.minor === needDomLTPre.minor &&
	            c.semver.patch === needDomLTPre.patch) {
	          needDomLTPre = false;
	        }
	      }
	      if (c.operator === '<' || c.operator === '<=') {
	        lower = lowerLT(lt, c, options);
	        if (lower === c && lower !== lt) {
	          return false
	        }
	      } else if (lt.operator === '<=' && !c.test(lt.semver)) {
	        return false
	      }
	    }
	    if (!c.operator && (lt || gt) && gtltComp !== 0) {
	      return false
	    }
	  }

	  // if there was a < or >, and nothing in the dom, then must be false
	  // UNLESS it was limited by another range in the other direction.
	  // Eg, >1.0.0 <1.0.1 is still a subset of <2.0.0
	  if (gt && hasDomLT && !lt && gtltComp !== 0) {
	    return false
	  }

	  if (lt && hasDomGT && !gt && gtltComp !== 0) {
	    return false
	  }

	  // we needed a prerelease range in a specific tuple, but didn't get one
	  // then this isn't a subset.  eg >=1.2.3-pre is not a subset of >=1.0.0,
	  // because it includes prereleases in the 1.2.3 tuple
	  if (needDomGTPre || needDomLTPre) {
	    return false
	  }

	  return true
	};

	// >=1.2.3 is lower than >1.2.3
	const higherGT = (a, b, options) => {
	  if (!a) {
	    return b
	  }
	  const comp = compare(a.semver, b.semver, options);
	  return comp > 0 ? a
	    : comp < 0 ? b
	    : b.operator === '>' && a.operator === '>=' ? b
	    : a
	};

	// <=1.2.3 is higher than <1.2.3
	const lowerLT = (a, b, options) => {
	  if (!a) {
	    return b
	  }
	  const comp = compare(a.semver, b.semver, options);
	  return comp < 0 ? a
	    : comp > 0 ? b
	    : b.operator === '<' && a.operator === '<=' ? b
	    : a
	};

	subset_1 = subset;
	return subset_1;
}

var semver$1;
var hasRequiredSemver;

function requireSemver () {
	if (hasRequiredSemver) return semver$1;
	hasRequiredSemver = 1;

	// just pre-load all the stuff that index.js lazily exports
	const internalRe = requireRe();
	const constants = requireConstants();
	const SemVer = requireSemver$1();
	const identifiers = requireIdentifiers();
	const parse = requireParse();
	const valid = requireValid$1();
	const clean = requireClean();
	const inc = requireInc();
	const diff = requireDiff();
	const major = requireMajor();
	const minor = requireMinor();
	const patch = requirePatch();
	const prerelease = requirePrerelease();
	const compare = requireCompare();
	const rcompare = requireRcompare();
	const compareLoose = requireCompareLoose();
	const compareBuild = requireCompareBuild();
	const sort = requireSort();
	const rsort = requireRsort();
	const gt = requireGt();
	const lt = requireLt();
	const eq = requireEq();
	const neq = requireNeq();
	const gte = requireGte();
	const lte = requireLte();
	const cmp = requireCmp();
	const coerce = requireCoerce();
	const truncate = requireTruncate();
	const Comparator = requireComparator();
	const Range = requireRange();
	const satisfies = requireSatisfies();
	const toComparators = requireToComparators();
	const maxSatisfying = requireMaxSatisfying();
	const minSatisfying = requireMinSatisfying();
	const minVersion = requireMinVersion();
	const validRange = requireValid();
	const outside = requireOutside();
	const gtr = requireGtr();
	const ltr = requireLtr();
	const intersects = requireIntersects();
	const simplifyRange = requireSimplify();
	const subset = requireSubset();
	semver$1 = {
	  parse,
	  valid,
	  clean,
	  inc,
	  diff,
	  major,
	  minor,
	  patch,
	  prerelease,
	  compare,
	  rcompare,
	  compareLoose,
	  compareBuild,
	  sort,
	  rsort,
	  gt,
	  lt,
	  eq,
	  neq,
	  gte,
	  lte,
	  cmp,
	  coerce,
	  truncate,
	  Comparator,
	  Range,
	  satisfies,
	  toComparators,
	  maxSatisfying,
	  minSatisfying,
	  minVersion,
	  validRange,
	  outside,
	  gtr,
	  ltr,
	  intersects,
	  simplifyRange,
	  subset,
	  SemVer,
	  re: internalRe.re,
	  src: internalRe.src,
	  tokens: internalRe.t,
	  SEMVER_SPEC_VERSION: constants.SEMVER_SPEC_VERSION,
	  RELEASE_TYPES: constants.RELEASE_TYPES,
	  compareIdentifiers: identifiers.compareIdentifiers,
	  rcompareIdentifiers: identifiers.rcompareIdentifiers,
	};
	return semver$1;
}

var semverExports = requireSemver();
var semver = /*@__PURE__*/getDefaultExportFromCjs$1(semverExports);

// The shapes of docs/design.md, shared by every stage. Change them only with the design.
/**
 * package.json's dependency sections, in the order a package reached through several is named
 * (`via`): what production installs first, then what only development or a peer brings.
 */
const DEPENDENCY_SECTIONS = [
    'dependencies',
    'optionalDependencies',
    'devDependencies',
    'peerDependencies'
];

// The one shape every lockfile parser returns, and the checks they share. Pure: text in, data out.
/** A one-line MemgateError naming the file and, when known, the 1-based line. */
function lockError(file, reason, line, cause) {
    const where = line ? `${file}, line ${line}` : file;
    return new MemgateError(`${where}: ${reason}`, 2, cause === undefined ? undefined : { cause });
}
/**
 * Throws when a lockfile still holds merge-conflict markers; every format rejects them first.
 * `from`/`to` limit the search to the markers that start in that range of `text`.
 */
function assertNoConflict(text, file, from = 0, to = text.length) {
    // One regex pass: this runs over lockfiles of tens of MB (a quarter of the time of an indexOf
    // per marker).
    const marker = /(?:^|\n)(<{7}|={7}|>{7})(?:\s|$)/g;
    marker.lastIndex = Math.max(0, from - 1);
    const match = marker.exec(text);
    if (!match)
        return;
    const start = text[match.index] === '\n' ? match.index + 1 : match.index;
    if (start >= to)
        return;
    throw lockError(file, `merge-conflict marker '${match[1]}' (resolve the conflict and commit the regenerated lockfile)`, lineAt(text, start));
}
/** 1-based line of a character offset. */
function lineAt(text, offset) {
    let line = 1;
    for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1))
        line++;
    return line;
}

/**
 * The bumps the inputs keep, in their order. Globs match the whole name: `*` any run of characters
 * but `/`, `**` any run, `?` one character (`@types/*`, `eslint-*`). Empty lists filter nothing.
 * Never throws.
 */
function filterBumps(bumps, filter = {}) {
    const include = (filter.include ?? []).filter(Boolean).map(compileGlob);
    const exclude = (filter.exclude ?? []).filter(Boolean).map(compileGlob);
    const types = filter.dependencyTypes?.length ? new Set(filter.dependencyTypes) : null;
    return bumps.filter((bump) => {
        if (include.length && !include.some((re) => re.test(bump.name)))
            return false;
        if (exclude.some((re) => re.test(bump.name)))
            return false;
        if (types) {
            if (bump.dependencyType)
                return types.has(bump.dependencyType);
            if (bump.via?.length)
                return bump.via.some((t) => types.has(t));
        }
        return true;
    });
}
/**
 * A workspace glob as package managers read it: without a leading `./` or trailing slashes. By hand:
 * `/\/+$/` is quadratic on a long run of slashes that does not end the text.
 */
function trimWorkspaceGlob(glob) {
    const start = glob.startsWith('./') ? 2 : 0;
    let end = glob.length;
    while (end > start && glob[end - 1] === '/')
        end--;
    return glob.slice(start, end);
}
/**
 * Globs come from the PR too (its package.json and pnpm-workspace.yaml `workspaces`), and are matched
 * against its paths: a longer one is no workspace pattern anyone writes, and matches nothing.
 */
const MAX_GLOB_LENGTH = 1024;
var G;
(function (G) {
    G[G["Char"] = 0] = "Char";
    G[G["One"] = 1] = "One";
    G[G["Star"] = 2] = "Star";
    G[G["Globstar"] = 3] = "Globstar"; // `**`: any run
})(G || (G = {}));
/**
 * A glob (`*` any run of characters but `/`, `**` any run, `?` one character but `/`, anchored at
 * both ends) as a matcher that runs in time linear in the text times the glob's length: a RegExp
 * built from `*a*a*a…` backtracks exponentially. Globs over MAX_GLOB_LENGTH match nothing.
 * Never throws.
 */
function compileGlob(glob) {
    if (glob.length > MAX_GLOB_LENGTH)
        return { test: () => false };
    const kinds = [];
    const chars = [];
    const push = (kind, char = '') => {
        kinds.push(kind);
        chars.push(char);
    };
    for (let i = 0; i < glob.length; i++) {
        const c = glob.charAt(i);
        if (c === '*' && glob[i + 1] === '*') {
            i++;
            if (kinds.at(-1) !== G.Globstar)
                push(G.Globstar);
        }
        else if (c === '*') {
            if (kinds.at(-1) !== G.Star && kinds.at(-1) !== G.Globstar)
                push(G.Star);
        }
        else if (c === '?')
            push(G.One);
        else
            push(G.Char, c);
    }
    const end = kinds.length;
    return {
        test(text) {
            // The set of glob positions reached so far (a position before a star also reaches past it).
            let now = new Uint8Array(end + 1);
            let next = new Uint8Array(end + 1);
            const close = (set) => {
                for (let p = 0; p < end; p++)
                    if (set[p] && (kinds[p] === G.Star || kinds[p] === G.Globstar))
                        set[p + 1] = 1;
            };
            now[0] = 1;
            close(now);
            for (let i = 0; i < text.length; i++) {
                const c = text.charAt(i);
                next.fill(0);
                let any = false;
                for (let p = 0; p < end; p++) {
                    if (!now[p])
                        continue;
                    const k = kinds[p];
                    if (k === G.Char ? chars[p] === c : k === G.One ? c !== '/' : false) {
                        next[p + 1] = 1;
                        any = true;
                    }
                    else if (k === G.Globstar || (k === G.Star && c !== '/')) {
                        next[p] = 1;
                        any = true;
                    }
                }
                if (!any)
                    return false;
                close(next);
                [now, next] = [next, now];
            }
            return now[end] === 1;
        }
    };
}

// Two lockfiles (and the manifests around them) → the dependency changes between them. Pure.
/**
 * The semver kind of a change between two exact versions: `added`/`removed` when one side is
 * null, `downgrade` when `to` is lower, `prerelease` for any change semver calls pre-*, `other`
 * when either is not a version. Never throws.
 */
function classifyBump(from, to) {
    if (from === null && to === null)
        return 'other';
    if (from === null)
        return 'added';
    if (to === null)
        return 'removed';
    const a = semver.valid(from);
    const b = semver.valid(to);
    if (!a || !b)
        return 'other';
    const order = semver.compare(a, b);
    if (order === 0)
        return 'other';
    if (order > 0)
        return 'downgrade';
    const kind = semver.diff(a, b);
    if (kind === 'major' || kind === 'minor' || kind === 'patch')
        return kind;
    return 'prerelease';
}
/**
 * The bumps between two sides of one project. Direct bumps come from each package.json's
 * dependencies resolved in that side's lockfile (manifest: the package.json); transitive ones from
 * the versions of every package some other package depends on (manifest: `lockPath`), paired per
 * version by who names them, so a name installed in several versions never collapses into one
 * wrong pair. With `workspaces` (directories relative to the lockfile), transitive bumps are only
 * those the dependency trees of those workspaces reach on either side. When one side has no
 * lockfile, see `diffHalfLocked`; when neither has, range changes are reported `unresolved`.
 */
function diffLocks(base, head, lockPath, workspaces) {
    return diffRanges(base.manifests, head.manifests);
}
/** The entry a dependency pair names: the head's, else the base's; a pair names it on one side at least. */
function named(b, h) {
    const dep = h ?? b;
    if (dep === undefined)
        throw new Error('A dependency pair names its dependency on neither side.');
    return dep;
}
/** The one alias target of the sides that have the package, or undefined when they differ or one is no alias. */
function sameTarget(b, h, hasBase, hasHead) {
    if (hasBase && hasHead)
        return b !== undefined && b === h ? b : undefined;
    return hasBase ? b : h;
}
function rangeBump(name, b, h, manifest) {
    const from = b?.range ?? null;
    const to = h?.range ?? null;
    // `npm:ms@^2.1.0` on every side that names it: compare ms's ranges.
    const alias = (range) => (range?.startsWith('npm:') ? /^npm:((?:@[^@/]+\/)?[^@]+)@(.+)$/.exec(range) : null);
    const [ab, ah] = [alias(from), alias(to)];
    const target = sameTarget(ab?.[1], ah?.[1], from !== null, to !== null);
    const low = (range) => {
        if (range === null)
            return null;
        const inner = target === undefined ? range : (alias(range)?.[2] ?? range);
        try {
            return semver.minVersion(inner)?.version ?? range;
        }
        catch {
            return range;
        }
    };
    const bump = {
        name,
        from,
        to,
        type: classifyBump(low(from), low(to)),
        direct: true,
        dependencyType: named(b, h).dependencyType,
        manifest,
        unresolved: true
    };
    if (target !== undefined)
        bump.package = target;
    return bump;
}
function diffRanges(base, head) {
    const bumps = [];
    const paths = new Set([...base.map((m) => m.path), ...head.map((m) => m.path)]);
    for (const path of paths) {
        const before = new Map((base.find((m) => m.path === path)?.dependencies ?? []).map((d) => [d.name, d]));
        const after = new Map((head.find((m) => m.path === path)?.dependencies ?? []).map((d) => [d.name, d]));
        for (const name of new Set([...before.keys(), ...after.keys()])) {
            const b = before.get(name);
            const h = after.get(name);
            if (b?.range !== h?.range)
                bumps.push(rangeBump(name, b, h, path));
        }
    }
    return bumps;
}

// When a name sits in several sections, npm installs it by this precedence.
/**
 * Reads a package.json's dependencies (one per name, by npm's precedence) and workspaces.
 * `path` is the file's path from the repo root, `dir` its directory from the lockfile's;
 * `label` names it in errors. Throws MemgateError on invalid JSON.
 */
function parseManifest(text, path, dir = '', label = path) {
    assertNoConflict(text, label);
    let json;
    try {
        json = JSON.parse(text);
    }
    catch (error) {
        const position = /position (\d+)/.exec(String(error.message));
        const line = position ? lineAt(text, Number(position[1])) : undefined;
        throw lockError(label, `invalid JSON (${String(error.message).split('\n')[0]})`, line, error);
    }
    if (json === null || typeof json !== 'object' || Array.isArray(json)) {
        throw lockError(label, 'expected a JSON object', 1);
    }
    const seen = new Set();
    const dependencies = [];
    for (const dependencyType of DEPENDENCY_SECTIONS) {
        const section = json[dependencyType];
        if (!section || typeof section !== 'object')
            continue;
        for (const [name, range] of Object.entries(section)) {
            if (seen.has(name) || typeof range !== 'string')
                continue;
            seen.add(name);
            dependencies.push({ name, range, dependencyType });
        }
    }
    const ws = json.workspaces;
    const globs = Array.isArray(ws)
        ? ws
        : Array.isArray(ws?.packages)
            ? ws.packages
            : [];
    const manifest = {
        path,
        dir,
        dependencies,
        workspaces: globs.filter((glob) => typeof glob === 'string')
    };
    if (typeof json.name === 'string')
        manifest.name = json.name;
    if (typeof json.packageManager === 'string')
        manifest.packageManager = json.packageManager;
    return manifest;
}

// Runs diffProject in a worker thread with a time limit: a lockfile no package manager wrote can
// make a parser (ours or a library's) run for minutes, and a parse holds its thread; the worker is
// ended at the limit instead of waited for.
/**
 * How long one project's lockfiles may take to read: a real lockfile of 5 MB reads in well under a
 * second, so a parse that takes longer is being fed something no package manager wrote.
 */
const DEFAULT_LOCK_PARSE_LIMIT_MS = 4_000;
/** What a parse may hold: a YAML alias expanded thousands of times would take the runner's memory. */
const WORKER_HEAP_MB = 1024;
/** The worker's bundle: beside this one in dist/, or dist/ itself when memgate runs from its sources. */
function workerPath() {
    const beside = fileURLToPath(new URL('./bumps-worker.js', import.meta.url));
    if (fs.existsSync(beside))
        return beside;
    return fileURLToPath(new URL('../../dist/bumps-worker.js', import.meta.url));
}
/**
 * diffProject(input) in a worker, ended after `limitMs` (or at once when `signal` aborts, with its
 * reason when that is a MemgateError) with a MemgateError that says so; a malformed lockfile is the
 * parser's own MemgateError.
 */
function diffProjectInWorker(input, limitMs, signal) {
    return new Promise((resolve, reject) => {
        const worker = new Worker(workerPath(), { workerData: input, resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB } });
        let settled = false;
        const finish = (settle) => {
            if (settled)
                return;
            settled = true;
            clearTimeout(timer);
            signal?.removeEventListener('abort', onAbort);
            void worker.terminate();
            settle();
        };
        const files = [input.base.lock?.label, input.head.lock?.label].filter(Boolean).join(' and ') || input.lockPath;
        const timer = setTimeout(() => finish(() => reject(new MemgateError(`Reading ${files} took longer than ${formatSeconds$1(limitMs)}, memgate's limit for one project's lockfiles: ` +
            'no lockfile a package manager writes takes that long, so the parse was stopped'))), limitMs);
        const onAbort = () => finish(() => reject(signal?.reason instanceof MemgateError ? signal.reason : new MemgateError('Cancelled while reading the dependency changes')));
        signal?.addEventListener('abort', onAbort, { once: true });
        if (signal?.aborted)
            onAbort();
        worker.once('message', (answer) => finish(() => {
            if ('diff' in answer)
                resolve(answer.diff);
            else if ('reason' in answer)
                reject(new MemgateError(answer.reason));
            else
                reject(new Error(`The bumps worker failed: ${answer.crash}`));
        }));
        worker.once('error', (error) => finish(() => reject(error.code === 'ERR_WORKER_OUT_OF_MEMORY'
            ? new MemgateError(`Reading ${files} took more than ${WORKER_HEAP_MB} MiB of memory, so the parse was stopped`)
            : error)));
        worker.once('exit', (code) => finish(() => reject(new Error(`The bumps worker exited with ${code} before it answered`))));
    });
}
function formatSeconds$1(ms) {
    return `${ms / 1000} s`;
}

// I/O of the bumps stage: which manifests and lockfiles to read at which commit, then the pure
// parsers and diff. Reads nothing beyond `git diff --name-only` when no manifest or lockfile changed.
/**
 * Every parser is linear, so a repository's lockfiles read in seconds; a stage that takes minutes is
 * being fed something no package manager wrote, and its job would otherwise run until the
 * workflow's own timeout.
 */
const DEFAULT_BUMPS_TIMEOUT_MS = 120_000;
const LOCK_NAMES = new Set(LOCKFILES.map(([file]) => file));
const RELEVANT = new Set([...LOCK_NAMES, 'package.json', 'pnpm-workspace.yaml']);
/** Whether a changed path can change dependencies (a manifest, lockfile or pnpm workspace list). */
function isDependencyFile(path) {
    return RELEVANT.has(posix.basename(path)) && !path.split('/').includes('node_modules');
}
/** The dependency changes between two commits. Throws MemgateError on a malformed lockfile. */
async function readBumps(git, base, head, options = {}) {
    const limit = new Limit(options.timeoutMs ?? DEFAULT_BUMPS_TIMEOUT_MS, options.signal);
    try {
        return await readBumpsWithin(git, base, head, options, limit);
    }
    finally {
        limit.dispose();
    }
}
async function readBumpsWithin(git, base, head, options, limit) {
    const scope = normalizeDir(options.workingDirectory);
    // A working directory inside a monorepo shares the lockfile, pnpm workspace list and manifests
    // above it (the workspace that holds it, the root's overrides).
    const inScope = (p) => within(p, scope) || within(scope, dirOf(p));
    const dependencyFiles = (await limit.wait(git.changedFiles(base, head))).filter(isDependencyFile);
    const changed = dependencyFiles.filter(inScope);
    if (changed.length === 0)
        return [];
    const [baseFiles, headFiles] = await limit.wait(Promise.all([git.listFiles(base), git.listFiles(head)]));
    const sides = { base: new Set(baseFiles.filter(isDependencyFile)), head: new Set(headFiles.filter(isDependencyFile)) };
    const lockDirs = new Set([...sides.base, ...sides.head].filter((p) => LOCK_NAMES.has(posix.basename(p))).map((p) => dirOf(p)));
    const rootOf = (path) => {
        for (let dir = dirOf(path);; dir = dirOf(dir)) {
            if (lockDirs.has(dir))
                return dir;
            if (dir === '')
                return null;
        }
    };
    const roots = new Set();
    const loose = new Set();
    for (const path of changed) {
        const root = rootOf(path);
        if (root !== null)
            roots.add(root);
        else if (posix.basename(path) === 'package.json')
            loose.add(path);
    }
    const warn = options.warn ?? ((line) => void process.stderr.write(`memgate: warning: ${line}\n`));
    // Every changed file is read per side, in scope or not: a manifest that did not change in scope
    // may still have changed (one text for both sides would hide its bumps).
    const reader = new Reader(git, base, head, new Set(dependencyFiles), warn, limit, options.parseLimitMs ?? DEFAULT_LOCK_PARSE_LIMIT_MS);
    const bumps = [];
    for (const root of [...roots].sort())
        bumps.push(...(await readProject(reader, root, sides, scope)));
    // A package.json outside any project with a lockfile: only its ranges can be compared.
    for (const path of [...loose].sort()) {
        dirOf(path);
        const side = async (sha) => {
            const text = await reader.text(sha, path);
            return text === null ? [] : [parseManifest(text, path, '', reader.label(sha, path))];
        };
        bumps.push(...diffLocks({ manifests: await side(base) }, { manifests: await side(head) }));
    }
    return bumps;
}
async function readProject(reader, root, sides, scope) {
    const lockPaths = [...new Set([...sides.base, ...sides.head])]
        .filter((p) => dirOf(p) === root && LOCK_NAMES.has(posix.basename(p)))
        .map((p) => posix.basename(p));
    const rootManifestPath = joinPath(root, 'package.json');
    const headRootManifest = await reader.text(reader.head, rootManifestPath);
    const manager = detectPackageManager(lockPaths, headRootManifest ?? undefined);
    // No lockfile on either side: npm's name, which both sides read as absent.
    const lockName = manager.lockfile ?? lockPaths[0] ?? 'package-lock.json';
    const lockPath = joinPath(root, lockName);
    const manifestsAt = async (sha, files) => {
        const rootText = sha === reader.head ? headRootManifest : await reader.text(sha, rootManifestPath);
        if (rootText === null)
            return [];
        const rootManifest = parseManifest(rootText, rootManifestPath, '', reader.label(sha, rootManifestPath));
        const manifests = [rootManifest];
        const globs = [...rootManifest.workspaces, ...(await pnpmWorkspaces(reader, sha, root))];
        for (const path of workspaceManifests(files, root, globs)) {
            const text = await reader.text(sha, path);
            if (text !== null)
                manifests.push(parseManifest(text, path, relativeDir(root, dirOf(path)), reader.label(sha, path)));
        }
        return manifests;
    };
    const [baseManifests, headManifests, baseLockText, headLockText] = await Promise.all([
        manifestsAt(reader.base, sides.base),
        manifestsAt(reader.head, sides.head),
        reader.text(reader.base, lockPath),
        reader.text(reader.head, lockPath)
    ]);
    // A working directory inside the project: its workspace(s), whose dependency trees bound the
    // transitive bumps. None when it holds the whole project.
    reader.limit.check();
    const workspaces = within(root, scope) ? undefined : workspacesIn(relativeDir(root, scope), [...baseManifests, ...headManifests]);
    const lockText = (sha, text) => (text === null ? null : { text, label: reader.label(sha, lockPath) });
    const diff = await reader.limit.wait(diffProjectInWorker({
        lockPath,
        base: { lock: lockText(reader.base, baseLockText), manifests: baseManifests },
        head: { lock: lockText(reader.head, headLockText), manifests: headManifests },
        workspaces
    }, reader.parseLimitMs, reader.limit.signal));
    for (const line of diff.warnings)
        reader.warn(line);
    const { bumps } = diff;
    reader.limit.check();
    // A working directory inside a monorepo keeps the bumps of its workspaces' manifests, and the
    // lockfile's that their dependency trees reach.
    if (!workspaces)
        return bumps;
    const mine = new Set(workspaces.map((dir) => joinPath(joinPath(root, dir), 'package.json')));
    return bumps.filter((b) => mine.has(b.manifest) || b.manifest === lockPath);
}
/**
 * The workspace directories (relative to the lockfile) a working directory covers: those inside
 * it, else the one that holds it (a soak run from `packages/app/src` is app's); undefined when
 * that is all of them.
 */
function workspacesIn(dir, manifests) {
    const dirs = [...new Set(manifests.map((m) => m.dir))];
    const inside = dirs.filter((d) => within(d, dir));
    const holder = dirs.filter((d) => within(dir, d)).sort((a, b) => b.length - a.length)[0];
    const mine = inside.length ? inside : holder === undefined ? [] : [holder];
    // Every workspace of the project (a single package run from its src/): nothing to narrow.
    return mine.length === dirs.length ? undefined : mine;
}
function workspaceManifests(files, root, globs) {
    if (globs.length === 0)
        return [];
    const positive = globs.filter((g) => !g.startsWith('!')).map((g) => compileGlob(trimWorkspaceGlob(g)));
    const negative = globs.filter((g) => g.startsWith('!')).map((g) => compileGlob(trimWorkspaceGlob(g.slice(1))));
    const out = [];
    for (const path of files) {
        if (posix.basename(path) !== 'package.json' || !within(path, root))
            continue;
        const dir = relativeDir(root, dirOf(path));
        if (dir === '')
            continue;
        if (positive.some((re) => re.test(dir)) && !negative.some((re) => re.test(dir)))
            out.push(path);
    }
    return out.sort();
}
async function pnpmWorkspaces(reader, sha, root) {
    const path = joinPath(root, 'pnpm-workspace.yaml');
    const text = await reader.text(sha, path);
    if (text === null)
        return [];
    // The list is `packages:` followed by `- glob` lines; a YAML parser is not needed for that.
    const globs = [];
    let inPackages = false;
    for (const line of text.split(/\r?\n/)) {
        if (/^packages\s*:/.test(line))
            inPackages = true;
        else if (/^\S/.test(line))
            inPackages = false;
        else if (inPackages) {
            const item = workspaceItem(line);
            if (item)
                globs.push(item);
        }
    }
    return globs;
}
/**
 * The glob of one `  - glob` line of pnpm-workspace.yaml (quoted or not, a trailing `# comment`
 * dropped), or null. By hand, in one pass: the file is the PR's, and a lazy pattern with an optional
 * comment took seconds on one long line.
 */
function workspaceItem(line) {
    let i = 0;
    while (i < line.length && /\s/.test(line.charAt(i)))
        i++;
    if (i === 0 || line[i] !== '-')
        return null;
    const value = line.slice(i + 1).trim();
    const quote = value[0];
    if (quote === '"' || quote === "'") {
        const end = value.indexOf(quote, 1);
        if (end > 1)
            return value.slice(1, end);
    }
    // YAML starts a comment at a `#` after a blank (or at the start of the value).
    const comment = value.startsWith('#') ? 0 : value.search(/\s#/);
    const glob = (comment === -1 ? value : value.slice(0, comment)).trimEnd();
    return glob === '' ? null : glob;
}
/** Reads each file once per commit, and a file unchanged between the commits once in all. */
class Reader {
    git;
    base;
    head;
    changed;
    warn;
    limit;
    parseLimitMs;
    texts = new Map();
    constructor(git, base, head, changed, warn, limit, parseLimitMs) {
        this.git = git;
        this.base = base;
        this.head = head;
        this.changed = changed;
        this.warn = warn;
        this.limit = limit;
        this.parseLimitMs = parseLimitMs;
    }
    text(sha, path) {
        const key = this.changed.has(path) ? `${sha}:${path}` : `*:${path}`;
        let text = this.texts.get(key);
        if (!text)
            this.texts.set(key, (text = this.git.showFile(sha, path)));
        return text;
    }
    label(sha, path) {
        return `${path} at ${shortSha(sha)}`;
    }
}
/**
 * The bumps stage's time limit and cancellation, checked between files and raced against each git
 * read (a parse itself is linear and not interrupted). The git process of an abandoned read ends on
 * its own.
 */
class Limit {
    timeoutMs;
    cancel;
    timer;
    // The clock, not the timer, decides: a timer cannot fire while a parse holds the thread.
    deadline;
    stop = new AbortController();
    constructor(timeoutMs, cancel) {
        this.timeoutMs = timeoutMs;
        this.cancel = cancel;
        this.deadline = Date.now() + timeoutMs;
        this.timer = setTimeout(() => this.stop.abort(this.timeoutError()), timeoutMs);
        this.timer.unref();
        cancel?.addEventListener('abort', this.onCancel, { once: true });
    }
    onCancel = () => this.stop.abort(CANCELLED());
    /** Aborted, with the stage's MemgateError as reason, once the limit passes or the run is cancelled. */
    get signal() {
        return this.stop.signal;
    }
    /** Throws the stage's MemgateError once the limit has passed or the run was cancelled. */
    check() {
        if (Date.now() >= this.deadline)
            throw this.timeoutError();
        if (this.cancel?.aborted)
            throw CANCELLED();
    }
    timeoutError() {
        return new MemgateError(`Reading the dependency changes took longer than ${formatSeconds(this.timeoutMs)}, the bumps stage's limit: ` +
            'no lockfile a package manager writes takes that long, so the diff was stopped');
    }
    /** `promise`, or the stage's MemgateError as soon as the limit passes first. */
    async wait(promise) {
        this.check();
        // Node 20 has no Promise.withResolvers; the executor runs at once, so `reject` is set before use.
        let reject = () => { };
        const stopped = new Promise((_, r) => {
            reject = r;
        });
        const onAbort = () => {
            try {
                this.check();
            }
            catch (error) {
                reject(error);
            }
        };
        this.stop.signal.addEventListener('abort', onAbort, { once: true });
        try {
            return await Promise.race([promise, stopped]);
        }
        finally {
            this.stop.signal.removeEventListener('abort', onAbort);
        }
    }
    dispose() {
        clearTimeout(this.timer);
        this.cancel?.removeEventListener('abort', this.onCancel);
    }
}
const CANCELLED = () => new MemgateError('Cancelled while reading the dependency changes');
function formatSeconds(ms) {
    return ms % 1000 === 0 ? `${ms / 1000} s` : `${(ms / 1000).toFixed(1)} s`;
}
function normalizeDir(dir) {
    const clean = posix.normalize((dir ?? '').replace(/\\/g, '/')).replace(/^\.\/?|\/$/g, '');
    return clean === '.' ? '' : clean;
}
function within(path, dir) {
    return dir === '' || path === dir || path.startsWith(`${dir}/`);
}
function dirOf(path) {
    const dir = posix.dirname(path);
    return dir === '.' ? '' : dir;
}
function joinPath(dir, name) {
    return dir === '' ? name : `${dir}/${name}`;
}
function relativeDir(root, dir) {
    return root === '' ? dir : dir === root ? '' : dir.slice(root.length + 1);
}

// The prologue every measurement repeats: resolve head, take the merge-base with base as the measured
// base, read the bumps between them with the parsers' warnings kept and cancellation honoured. Used
// by the pipeline, merge groups, bisect and `memgate bumps`, so none of them drifts.
async function readBumpsBetween(request) {
    const known = request.known ?? {};
    const git = await createGit(request.repoDir, { token: request.token });
    if (request.remote)
        await git.ensureCommits([request.base, request.head], request.remote);
    const headSha = (known.headSha = await git.resolve(request.head));
    const baseSha = (known.baseSha = await git.mergeBase(await git.resolve(request.base), headSha));
    const warnings = [];
    const bumps = await readBumps(git, baseSha, headSha, {
        workingDirectory: request.workingDirectory,
        signal: request.signal,
        warn: (line) => {
            warnings.push(line);
            request.warn?.(line);
        }
    });
    return { git, baseSha, headSha, bumps, warnings };
}

// The protocol between memgate and its probe (dist/probe.cjs, preloaded into the soak's Node.js
// processes): the environment memgate sets, and the lines the probe appends to the samples file.
// Imported by both sides; the probe bundles it, so it imports nothing at all.
//
// Lines appended to MEMGATE_SAMPLES_FILE (read by src/soak/samples.ts):
//   {"pid":…,"ppid":…,"script":…,"meta":true}         once, to introduce the process
//   {"x":…,"heap":…,"code":…,"rss":…,"external":…,"arrayBuffers":…,"pid":…,"unit":"iteration"|"ms","t":…,"probeMs":…}
//                                                      one post-GC sample (code: the part of heap in V8's code spaces)
// Lines without "pid" were written by the soak itself (docs/design.md: any program may feed memgate).
//
// Lines appended to MEMGATE_SNAPSHOT_DIR/notes.jsonl (read by src/soak/runner.ts):
//   {"pid":…,"label":…,"note":…}                      a snapshot skipped (size cap) or failed
//   {"pid":…,"label":…,"file":…,"heap":…,"pauseMs":…,"t":…}
//                                                      a snapshot written: the post-GC heap it holds,
//                                                      how long it paused the soak, ms since start
/** The environment variables of the protocol. */
const PROBE_ENV = {
    /** Where samples go; the probe does nothing at all without it. */
    samplesFile: 'MEMGATE_SAMPLES_FILE',
    /** JSON ExpectedLength: the length of an earlier run of the same soak. */
    expect: 'MEMGATE_EXPECT',
    /** Directory for heap snapshots; none are taken without it. */
    snapshotDir: 'MEMGATE_SNAPSHOT_DIR',
    /** JSON SnapshotPlan. */
    snapshotPlan: 'MEMGATE_SNAPSHOT_PLAN'
};
/** The variables memgate sets for each run; the pacing ones (sampleEvery, sampleMs, budget) are the user's to tune. */
const PER_RUN = [PROBE_ENV.samplesFile, PROBE_ENV.expect, PROBE_ENV.snapshotDir, PROBE_ENV.snapshotPlan];
/** The environment without the per-run protocol variables, so that a run sets only its own. Never mutates `env`. */
function withoutProbeEnv(env) {
    const out = { ...env };
    for (const name of PER_RUN)
        delete out[name];
    return out;
}

// The soak and the install run the PR's untrusted code: their environment is an allowlist of the
// runner's (plus what `pass-env` names), never a credential or a file command of the runner.
/**
 * The runner's file commands: a line appended to one of these files sets variables and PATH entries
 * for later steps, outputs, the post step's saved state, or markdown in the job summary. No option
 * passes them.
 */
const FILE_COMMANDS = ['GITHUB_ENV', 'GITHUB_PATH', 'GITHUB_OUTPUT', 'GITHUB_STATE', 'GITHUB_STEP_SUMMARY'];
/** What no option passes: the runner's own tokens and URLs, the action's inputs and state, the file commands. */
const NEVER = [
    /^GITHUB_TOKEN$/i,
    /^GH_TOKEN$/i,
    /^MEMGATE_TOKEN$/i,
    /^INPUT_/i, // every action input, the github-token input among them
    /^STATE_/i, // what the action saved for its post step
    /^ACTIONS_/i, // ACTIONS_RUNTIME_TOKEN, ACTIONS_ID_TOKEN_REQUEST_*, the cache and results URLs
    ...FILE_COMMANDS.map((name) => new RegExp(`^${name}$`, 'i'))
];
/**
 * Credentials the install or the soak may need, passed only when `passEnv` names them: registry
 * tokens (what actions/setup-node writes, npm's, Yarn's and pnpm's `*auth*` settings), an SSH
 * agent, and any name that says token, secret, password or key.
 */
const CREDENTIAL_NAMES = [
    /^(NODE_AUTH_TOKEN|NPM_TOKEN|YARN_NPM_AUTH_TOKEN|YARN_NPM_AUTH_IDENT|GH_ENTERPRISE_TOKEN|GITHUB_ENTERPRISE_TOKEN|SSH_AUTH_SOCK)$/i,
    /(^|_)(TOKENS?|SECRETS?|PASSWORDS?|PASSWD|CREDENTIALS?|API_?KEYS?|ACCESS_KEY|PRIVATE_KEY|SECRET_KEY|AUTH)($|_)/i
];
// npm_config_//registry.example/:_authToken, npm_config__password, YARN_NPM_AUTH_TOKEN, pnpm's too.
const PACKAGE_MANAGER_CONFIG = /^(npm_config_|yarn_|pnpm_config_|bun_config_)/i;
const PACKAGE_MANAGER_SECRETS = ['auth', 'token', 'password', 'ident', 'cert', 'key'];
/**
 * What the install and the soak get without asking: the system's own settings, the package managers'
 * (credentials apart), memgate's probe settings and the runner's description of the job. Anything
 * else (`GH_PAT`, `PGPASSWORD`, `DATABASE_URL`, a cloud's keys) passes only when `pass-env` names it:
 * a list of what is safe stays true as the runner adds variables, a list of what is not does not.
 */
const ALLOWED_NAMES = new Set([
    'PATH',
    'HOME',
    'USER',
    'LOGNAME',
    'SHELL',
    'PWD',
    'HOSTNAME',
    'LANG',
    'LANGUAGE',
    'TZ',
    'TERM',
    'COLORTERM',
    'FORCE_COLOR',
    'NO_COLOR',
    'CI',
    'DEBIAN_FRONTEND',
    'TMPDIR',
    'TEMP',
    'TMP',
    'NODE_ENV',
    'NODE_OPTIONS',
    'NODE_PATH',
    'NODE_EXTRA_CA_CERTS',
    'SSL_CERT_FILE',
    'SSL_CERT_DIR',
    'HTTP_PROXY',
    'HTTPS_PROXY',
    'NO_PROXY',
    'ImageOS',
    'ImageVersion'
].map((name) => name.toUpperCase()));
// LC_* locale, XDG_* directories, the package managers' settings, memgate's probe settings
// (MEMGATE_SAMPLE_EVERY, MEMGATE_PROBE_BUDGET), the runner's description of the job (GITHUB_SHA, RUNNER_OS).
const ALLOWED_PREFIXES = /^(LC_|XDG_|NPM_CONFIG_|YARN_|PNPM_|COREPACK_|BUN_|MEMGATE_|GITHUB_|RUNNER_)/i;
/**
 * The environment for an install or a soak: the allowed variables of `env` (see ALLOWED_NAMES) and
 * those `passEnv` names, never the runner's file commands, its tokens or the action's inputs,
 * credentials only when `passEnv` names them, and no variable whose value contains one of
 * `secrets`. Never mutates its argument.
 */
function scrubEnv(env, secretsOrOptions = {}) {
    const options = Array.isArray(secretsOrOptions) ? { secrets: secretsOrOptions } : secretsOrOptions;
    const needles = (options.secrets ?? []).filter((s) => s.length >= 8);
    const passed = new Set(options.passEnv ?? []);
    const out = {};
    for (const [name, value] of Object.entries(env)) {
        if (value === undefined)
            continue;
        if (NEVER.some((re) => re.test(name)))
            continue;
        if (!passed.has(name) && (!isAllowed(name) || isCredential(name)))
            continue;
        if (needles.some((secret) => value.includes(secret)))
            continue;
        out[name] = value;
    }
    if (options.tempDir !== undefined)
        for (const name of TEMP_NAMES)
            out[name] = options.tempDir;
    return out;
}
const TEMP_NAMES = ['RUNNER_TEMP', 'TMPDIR', 'TEMP', 'TMP'];
/** Whether the soak gets `name` without `pass-env` naming it (see ALLOWED_NAMES), credentials apart. */
function isAllowed(name) {
    return ALLOWED_NAMES.has(name.toUpperCase()) || ALLOWED_PREFIXES.test(name);
}
/** Whether a variable's name says it holds a credential (see CREDENTIAL_NAMES). */
function isCredential(name) {
    if (CREDENTIAL_NAMES.some((re) => re.test(name)))
        return true;
    if (!PACKAGE_MANAGER_CONFIG.test(name))
        return false;
    const lower = name.toLowerCase();
    return PACKAGE_MANAGER_SECRETS.some((word) => lower.includes(word));
}
/**
 * The soak's V8 old-space limit when no option sets it: a quarter of the machine's memory (base and
 * head run side by side), from 512 MiB to 4 GiB. A pure function of the machine, so both sides of a
 * comparison, and two runners of one matrix, get the same one.
 */
function defaultHeapLimitMb(totalBytes) {
    return Math.max(512, Math.min(4096, Math.floor(totalBytes / 1048576 / 4)));
}
/** NODE_OPTIONS with `--max-old-space-size` set to `limitMb`, unless the user's own options set it already. */
function withHeapLimit(nodeOptions, limitMb) {
    const own = nodeOptions?.trim() ?? '';
    if (/(^|\s)--max[-_]old[-_]space[-_]size(=|\s|$)/.test(own))
        return own;
    return [own, `--max-old-space-size=${limitMb}`].filter(Boolean).join(' ');
}
/** NODE_OPTIONS with the probe preloaded, keeping the user's own options. Quoted for spaces. */
function withProbe(nodeOptions, probePath) {
    const quoted = `"${probePath.replace(/(["\\])/g, '\\$1')}"`;
    return [nodeOptions?.trim(), `--require ${quoted}`].filter(Boolean).join(' ');
}
/**
 * The one builder of the install and soak environments, for the gate's sides and bisect's trees
 * alike: `env` scrubbed (credentials only where `passEnv` names them, never a value holding one of
 * `secrets`), and the probe added for the soak. Never mutates its argument.
 */
function buildEnvironments(env, options) {
    const install = withoutProbeEnv(scrubEnv(env, { secrets: options.secrets, passEnv: options.passEnv, tempDir: options.tempDir }));
    const limited = options.heapLimitMb === undefined ? install.NODE_OPTIONS : withHeapLimit(install.NODE_OPTIONS, options.heapLimitMb);
    return { install, soak: { ...install, NODE_OPTIONS: withProbe(limited, options.probePath) } };
}

/**
 * The command that installs exactly what the lockfile says: `npm ci`, Yarn 1
 * `--frozen-lockfile`, Yarn Berry `--immutable`, pnpm `--frozen-lockfile`. Yarn and pnpm run
 * through corepack, which honours a version pinned in package.json's `packageManager` field and
 * needs no global install; npm is the one bundled with Node.js. Without a lockfile the frozen
 * flags would fail, so the plain install runs instead.
 */
function installCommandFor(manager) {
    const pinned = manager.version ? `@${manager.version}` : '';
    const lock = manager.lockfile ? `, ${manager.lockfile}` : ', no lockfile';
    const describe = (label) => `${label}${pinned}${lock}`;
    const frozen = Boolean(manager.lockfile);
    switch (manager.name) {
        case 'npm':
            return {
                command: frozen ? 'npm ci --no-audit --no-fund' : 'npm install --no-audit --no-fund',
                description: describe('npm')
            };
        case 'yarn':
            return {
                command: `corepack yarn install --non-interactive${frozen ? ' --frozen-lockfile' : ''}`,
                description: describe('Yarn 1')
            };
        case 'yarn-berry':
            return {
                command: `corepack yarn install${frozen ? ' --immutable' : ''}`,
                description: describe('Yarn Berry')
            };
        case 'pnpm':
            return {
                command: `corepack pnpm install${frozen ? ' --frozen-lockfile' : ''}`,
                description: describe('pnpm')
            };
    }
}

// The part of a log a maintainer needs to see in a one-screen error. Pure.
const ERROR_MARK = /\b(?:ERR!|error|Error|ERROR|YN0001|ERR_[A-Z_]+)\b/;
// npm's "npm error code EUSAGE" and bare "npm error" lines carry no reason.
const NOISE = /^\s*(?:npm (?:error|ERR!)|error|ERR!)?\s*(?:code\s+\S+)?/;
/**
 * The last `lines` lines of `text`, preceded by its first error line when that is further up:
 * `npm ci` states its reason first and then prints its whole usage text.
 */
function logTail(text, lines) {
    const all = text.trimEnd().split('\n');
    const tail = all.slice(-lines);
    const firstError = all.findIndex((line) => ERROR_MARK.test(line) && line.replace(NOISE, '').trim().length >= 20);
    if (firstError < 0 || firstError >= all.length - lines)
        return tail.join('\n');
    return [all[firstError], '…', ...tail].join('\n');
}

// Installs one side's dependencies with the package manager the project uses.
const INSTALL_LOG_TAIL = 15;
/**
 * The install for a project at `projectDir` inside the worktree `rootDir`. A given command runs in
 * the project's directory; a detected one runs where the lockfile is, which in a monorepo is the
 * workspace root above the project (the nearest directory, walking up to `rootDir`, that holds a
 * lockfile or pins a `packageManager`).
 */
function planInstall(rootDir, projectDir, installCommand) {
    if (installCommand?.trim())
        return { dir: projectDir, command: installCommand, description: 'install-command' };
    const root = path.resolve(rootDir);
    let dir = path.resolve(projectDir);
    let pinned;
    for (;;) {
        const files = listTopFiles(dir);
        const manifest = files.includes('package.json') ? readText(path.join(dir, 'package.json')) : undefined;
        if (files.some((f) => LOCKFILES.some(([name]) => name === f)))
            return detected(dir, files, manifest);
        if (!pinned && manifest && /"packageManager"\s*:/.test(manifest))
            pinned = dir;
        if (dir === root || !dir.startsWith(root + path.sep))
            break;
        dir = path.dirname(dir);
    }
    const at = pinned ?? path.resolve(projectDir);
    const files = listTopFiles(at);
    return detected(at, files, files.includes('package.json') ? readText(path.join(at, 'package.json')) : undefined);
}
function detected(dir, files, manifest) {
    const manager = detectPackageManager(files, manifest);
    const { command, description } = installCommandFor(manager);
    return { dir, command, manager, description };
}
/** Names in `dir`, plus `.yarn/releases/*` which tells Yarn Berry from Yarn 1. */
function listTopFiles(dir) {
    const files = safeReaddir(dir);
    if (files.includes('.yarn'))
        files.push(...safeReaddir(path.join(dir, '.yarn', 'releases')).map((f) => `.yarn/releases/${f}`));
    return files;
}
function safeReaddir(dir) {
    try {
        return fs.readdirSync(dir);
    }
    catch {
        return [];
    }
}
function readText(file) {
    try {
        return fs.readFileSync(file, 'utf8');
    }
    catch {
        return undefined;
    }
}
/**
 * Runs the plan with the (scrubbed) environment, output to `logFile`. A failure is a MemgateError
 * that names the side, the command and its exit status, with the tail of the log.
 */
async function runInstall(side, plan, env, logFile, signal, user) {
    const started = Date.now();
    const log = fs.openSync(logFile, 'w');
    const installEnv = {
        ...env,
        // corepack must neither stop to ask before downloading the pinned manager nor pin one into package.json.
        COREPACK_ENABLE_DOWNLOAD_PROMPT: '0',
        COREPACK_ENABLE_AUTO_PIN: '0',
        CI: env.CI ?? 'true'
    };
    // Its own process group, so that a cancelled install takes its children with it.
    const { code, signal: killedBy } = await runProcess({
        command: plan.command,
        shell: true,
        cwd: plan.dir,
        env: installEnv,
        output: log,
        signal,
        user
    });
    fs.closeSync(log);
    if (signal?.aborted)
        throw new MemgateError(`Cancelled while installing ${side}`);
    if (code !== 0) {
        const tail = logTail(fs.readFileSync(logFile, 'utf8'), INSTALL_LOG_TAIL);
        const status = killedBy ? `was killed by ${killedBy}` : `exited with ${code}`;
        throw new MemgateError(`Install failed on ${side} ('${plan.command}' in ${plan.dir} ${status}); the end of its log:\n${tail}`);
    }
    return { ...plan, durationMs: Date.now() - started, log: logFile };
}

// The install and the soak are the PR's code. Run as memgate's own user, they could read memgate's
// environment (the token among it) from /proc/<pid>/environ, whatever their own environment holds.
// Where memgate runs as root it runs them as an unprivileged user of their own instead: its own HOME
// and TMPDIR, the worktrees and its run directories its own, nothing else of memgate's writable.
/** The account the PR's code runs as: a system user without a login shell or a home of its own. */
const SOAK_USER_NAME = 'memgate-soak';
const NO_ISOLATION_WARNING = 'The install and the soak run as memgate’s own user (memgate is not root): they can read memgate’s environment, the token among it, ' +
    'through /proc. Run the PR’s code only in a job whose token cannot write (docs/security.md, the two-workflow setup).';
let pending;
/**
 * The isolation this machine allows: as root, the `memgate-soak` user (created once with useradd);
 * otherwise none, with the warning to show. Never throws: a user that cannot be made is a warning.
 */
function soakIsolation() {
    pending ??= findIsolation();
    return pending;
}
async function findIsolation() {
    if (process.getuid?.() !== 0)
        return { warning: NO_ISOLATION_WARNING };
    const existing = await lookUpUser();
    if (existing)
        return { user: existing };
    const env = { PATH: process.env.PATH ?? '/usr/sbin:/usr/bin:/sbin:/bin' };
    // A user that another memgate created in between is as good (useradd exits 9).
    await runProcess({
        command: 'useradd',
        args: ['--system', '--no-create-home', '--home-dir', '/nonexistent', '--shell', '/usr/sbin/nologin', '--user-group', SOAK_USER_NAME],
        cwd: '/',
        env
    });
    const created = await lookUpUser();
    if (created)
        return { user: created };
    return { warning: `${NO_ISOLATION_WARNING} (useradd ${SOAK_USER_NAME} failed)` };
}
async function lookUpUser() {
    const env = { PATH: process.env.PATH ?? '/usr/bin:/bin' };
    const uid = await runProcess({ command: 'id', args: ['-u', SOAK_USER_NAME], cwd: '/', env });
    const gid = await runProcess({ command: 'id', args: ['-g', SOAK_USER_NAME], cwd: '/', env });
    if (uid.code !== 0 || gid.code !== 0)
        return undefined;
    const user = { uid: Number(uid.stdout.trim()), gid: Number(gid.stdout.trim()) };
    // uid 0 would be no isolation at all.
    return Number.isInteger(user.uid) && Number.isInteger(user.gid) && user.uid > 0 ? user : undefined;
}
/**
 * Gives `user` the tree at `dir` (without following links) and lets it reach `dir`: each directory
 * above gets the search bit for others, never the read or write bit.
 */
function grantTree(dir, user) {
    openPath(path.dirname(path.resolve(dir)));
    chownTree(dir, user);
}
function chownTree(target, user) {
    const stat = fs.lstatSync(target);
    fs.lchownSync(target, user.uid, user.gid);
    if (!stat.isDirectory())
        return;
    for (const name of fs.readdirSync(target))
        chownTree(path.join(target, name), user);
}
// What the PR's code left is memgate's again, as plain files and directories only: a link would
// make memgate's later reads and writes land elsewhere, a FIFO would block them.
function reclaimEntry(target) {
    const stat = fs.lstatSync(target);
    if (!stat.isDirectory() && !stat.isFile()) {
        fs.rmSync(target, { force: true });
        return;
    }
    fs.lchownSync(target, 0, 0);
    if (stat.isDirectory())
        for (const name of fs.readdirSync(target))
            reclaimEntry(path.join(target, name));
}
function openPath(dir) {
    for (let at = dir;; at = path.dirname(at)) {
        const mode = fs.statSync(at).mode;
        if ((mode & 0o001) === 0)
            fs.chmodSync(at, (mode & 0o7777) | 0o001);
        if (path.dirname(at) === at)
            return;
    }
}
/**
 * Takes the tree at `dir` back for memgate before memgate reads or writes in it again: owned by
 * root, without links, FIFOs, sockets or devices.
 */
function reclaimTree(dir) {
    if (!fs.existsSync(dir))
        return;
    reclaimEntry(dir);
}

// Sizes and durations as maintainers read them, for every stage that prints one. Pure.
const UNITS = ['B', 'KiB', 'MiB', 'GiB'];
/** Bytes in binary units: `512 B`, `1.5 KiB`, `-2.0 MiB`. */
function formatBytes(bytes) {
    const sign = bytes < 0 ? '-' : '';
    let value = Math.abs(bytes);
    let unit = 0;
    while (value >= 1024 && unit < UNITS.length - 1) {
        value /= 1024;
        unit++;
    }
    return `${sign}${unit === 0 ? Math.round(value) : value.toFixed(1)} ${UNITS[unit]}`;
}
/** A wall-clock duration as people say it: `850 ms`, `48 s`, `2 min 48 s`, `1 h 3 min`. */
function formatDuration(ms) {
    if (!Number.isFinite(ms) || ms < 0)
        return '—';
    if (ms < 1000)
        return `${Math.round(ms)} ms`;
    const s = Math.round(ms / 1000);
    if (s < 60)
        return `${s} s`;
    if (s < 3600)
        return s % 60 ? `${Math.floor(s / 60)} min ${s % 60} s` : `${s / 60} min`;
    const min = Math.round(s / 60);
    return min % 60 ? `${Math.floor(min / 60)} h ${min % 60} min` : `${min / 60} h`;
}

// What the soak stage reports while it works, for the entries to show (the action's log, the CLI's
// progress line): the stage emits events and never decides how they are printed.
/** A line at least this often while a run goes on: a silent log reads as a hung job. */
const PROGRESS_INTERVAL_MS = 30_000;
/** The event as one log line. Pure. */
function describeSoakEvent(e) {
    const heap = (bytes) => (bytes === null ? '' : `, heap ${formatBytes(bytes)}`);
    switch (e.kind) {
        case 'install-start':
            return `${e.side}: installing with ${e.command} in ${e.dir}`;
        case 'install-end':
            return `${e.side}: installed in ${formatDuration(e.durationMs)} (log ${e.log})`;
        case 'run-start':
            return `${e.side}: run ${e.run}/${e.of} started`;
        case 'run-progress':
            return `${e.side}: run ${e.run}/${e.of} running for ${formatDuration(e.elapsedMs)}, ${e.samples} samples${heap(e.heap)}`;
        case 'run-end':
            return `${e.side}: run ${e.run}/${e.of} ${e.outcome} in ${formatDuration(e.durationMs)}, ${e.samples} samples${heap(e.heap)}${e.note ? `, ${e.note}` : ''}`;
        case 'run-stopped':
            return `${e.side}: run ${e.run}/${e.of} stopped`;
        case 'fail-fast':
            return `The soak failed in every run on both sides (base ${e.failures.base}, head ${e.failures.head}): no more runs are started.`;
    }
}
/** Bytes read from the end of a samples file for the latest sample: lines are short. */
const TAIL_BYTES = 4096;
/**
 * How many lines a samples file holds and the heap of its last sample line, read while the soak
 * writes it; zero and null for a file not there yet. Never throws.
 */
function peekSamples(file) {
    let fd;
    try {
        fd = fs.openSync(file, 'r');
        const size = fs.fstatSync(fd).size;
        const length = Math.min(size, TAIL_BYTES);
        const buffer = Buffer.alloc(length);
        fs.readSync(fd, buffer, 0, length, size - length);
        const lines = buffer.toString('utf8').split('\n');
        let heap = null;
        for (let i = lines.length - 1; i >= 0 && heap === null; i--) {
            try {
                const value = JSON.parse(lines[i] ?? '').heap;
                if (typeof value === 'number' && Number.isFinite(value))
                    heap = value;
            }
            catch {
                // a half-written last line, or the first line cut by the tail
            }
        }
        // A large file's count is estimated from the tail's line length: a glance needs no more.
        const samples = size <= TAIL_BYTES ? lines.filter((l) => l.includes('"heap"')).length : Math.round((size * Math.max(0, lines.length - 1)) / length);
        return { samples, heap };
    }
    catch {
        return { samples: 0, heap: null };
    }
    finally {
        if (fd !== undefined)
            fs.closeSync(fd);
    }
}

/**
 * The installs, then the runs base 1, head 1, base 2, head 2, … on `slots` slots, so that drift of
 * the machine over time hits both sides alike; with two slots and sides that take equally long,
 * that is one base and one head at once. A slot that frees up takes the next job rather than wait
 * for its pair (the run that takes snapshots is slower), with these rules: a side's runs wait for
 * its install, and its later runs for its first, whose length places their samples and snapshots
 * (unless that length is known before);
 * within a round the side whose runs take longer goes first, so that the last round does not leave
 * one slot waiting on the other's long run. The first job to fail stops the others and is thrown.
 */
async function runQueue(q) {
    const sides = ['base', 'head'];
    // A later look of a session finds its sides installed already.
    const jobs = sides.filter((side) => !q.installed(side)).map((side) => ({ side, i: -1, install: true, started: false }));
    const queued = { base: 0, head: 0 };
    // In the order they should go: installs, then round by round, base before head.
    const addRuns = () => {
        let added = false;
        for (const side of sides) {
            for (; queued[side] < q.runs(side); queued[side]++, added = true)
                jobs.push({ side, i: queued[side], install: false, started: false });
        }
        if (added)
            jobs.sort((a, b) => Number(b.install) - Number(a.install) || a.i - b.i || sides.indexOf(a.side) - sides.indexOf(b.side));
    };
    const ready = (job) => {
        if (job.install)
            return q.concurrentInstalls || !jobs.some((j) => j.install && j.started && !q.installed(j.side));
        return q.installed(job.side) && (job.i === 0 || q.firstMs(job.side) !== undefined) && !q.held?.(job.side);
    };
    const pick = () => {
        addRuns();
        const job = jobs.find((j) => !j.started && ready(j));
        if (!job || job.install)
            return job;
        const other = jobs.find((j) => !j.started && !j.install && j.i === job.i && j.side !== job.side && ready(j));
        const mine = q.firstMs(job.side);
        const theirs = other && q.firstMs(other.side);
        return mine !== undefined && theirs !== undefined && theirs > mine ? other : job;
    };
    const running = new Set();
    let failure;
    for (;;) {
        while (running.size < q.slots && !q.signal?.aborted && !failure && !q.enough?.()) {
            const job = pick();
            if (!job)
                break;
            job.started = true;
            const p = (job.install ? q.install(job.side) : q.run(job.side, job.i))
                .catch((error) => {
                if (!failure) {
                    failure = { error };
                    q.stop.abort();
                }
            })
                .finally(() => running.delete(p));
            running.add(p);
        }
        if (running.size === 0)
            break;
        await Promise.race(running);
    }
    if (failure)
        throw failure.error;
}

// The one options type: what to measure and how, from the action's inputs or the CLI's flags
// (both spelled as the inputs are), with every default and every check in this file. It travels
// down unchanged: pipeline → soak stage → statistics.
/** The statistics' defaults, justified in docs/statistics.md. */
const defaultStatsOptions = {
    // 1% false alarms over the whole sequential procedure.
    alpha: 0.01,
    // 8 MB per million iterations (requests, jobs): at 1,000 requests a second, 0.7 GB a day. The
    // smallest bar at which run-to-run noise in the recorded and real-process traces never leaves
    // an A/A comparison undecided; at 4 the noisiest (bursty GC) is undecided 9% of the time at 5
    // runs. A 16-byte leak is then found every time (docs/statistics.md, "Choosing the minimum effect").
    threshold: 8,
    // 8 bytes/ms is 29 MB per hour.
    thresholdMs: 8,
    // Head's heap growing 5% more than base's within one soak; at 2% bursty GC is undecided 23% of
    // the time at 5 runs.
    thresholdShare: 0.05,
    warmup: 0.2,
    // 5 is the smallest n whose smallest exact p, 1/C(2n, n) (1/252 = 0.00397 for 5), fits under
    // the first look's share of alpha (0.8 · 0.01 / 2 metrics = 0.004).
    runs: 5,
    maxRuns: 10,
    minSamples: 8,
    // A leak the size of the minimum effect passes at most 5% of the time.
    passAlpha: 0.05,
    // A clear leak or pass after 2 or 3 runs a side, at a tenth of alpha (docs/statistics.md, "Early looks").
    earlyLooks: [2, 3]
};
const DEFAULT_SOAK_COMMAND = 'npm run soak';
const DEFAULT_TIMEOUT_S = 600;
/**
 * The largest heap snapshot taken and read, in MiB. A snapshot file is larger than the heap it
 * describes, its typed arrays take about as much memory again and the analysis twice that: what a
 * 7 GB runner can spare beside the soaks.
 */
const DEFAULT_HEAP_MAX_MB = 512;
/** Days, as Renovate's `minimumReleaseAge` suggests for npm. */
const DEFAULT_MINIMUM_RELEASE_AGE_DAYS = 3;
const DEFAULT_HEAP_MAX_BYTES = DEFAULT_HEAP_MAX_MB * 1024 * 1024;
/** The longest a GitHub-hosted job may run. */
const MAX_SECONDS = 6 * 3600;
/**
 * Options from raw input strings; empty or missing ones take their defaults. A bad value is a
 * MemgateError naming it as `label` spells it.
 */
function parseOptions(raw, label = (name) => name) {
    const text = (name) => (raw[name] ?? '').trim();
    const stats = parseStatsInputs({
        runs: raw.runs,
        'max-runs': raw['max-runs'],
        alpha: raw.alpha,
        threshold: raw.threshold,
        warmup: raw.warmup
    }, label);
    const merged = { ...defaultStatsOptions, ...stats };
    merged.maxRuns = Math.max(merged.maxRuns, merged.runs);
    const duration = text('duration');
    return {
        soakCommand: text('soak-command') || DEFAULT_SOAK_COMMAND,
        installCommand: text('install-command'),
        workingDirectory: text('working-directory') || '.',
        timeoutMs: seconds(label('timeout'), text('timeout'), DEFAULT_TIMEOUT_S) * 1000,
        durationMs: duration === '' ? undefined : seconds(label('duration'), duration, 0) * 1000,
        stats: merged,
        bumps: bumpFilter(raw, label),
        passEnv: passEnv(raw['pass-env'], label),
        heapMaxBytes: megabytes(label('heap-max-bytes'), text('heap-max-bytes'), DEFAULT_HEAP_MAX_MB) * 1024 * 1024,
        minimumReleaseAgeMs: days(label('minimum-release-age'), text('minimum-release-age'), DEFAULT_MINIMUM_RELEASE_AGE_DAYS) * 86_400_000,
        heapLimitMb: text('heap-limit') === '' ? undefined : megabytes(label('heap-limit'), text('heap-limit'), 0)
    };
}
/** A comma- or whitespace-separated list; [] when empty. */
function splitList(value) {
    return (value ?? '').split(/[\s,]+/).filter(Boolean);
}
function seconds(name, value, fallback) {
    if (value === '')
        return fallback;
    const n = Number(value);
    if (!Number.isInteger(n) || n < 1 || n > MAX_SECONDS) {
        throw new MemgateError(`Invalid ${name} '${value}'. Expected whole seconds from 1 to ${MAX_SECONDS}.`);
    }
    return n;
}
/** Whole days from 0 to 365. */
function days(name, value, fallback) {
    if (value === '')
        return fallback;
    const n = Number(value);
    if (!/^\d{1,3}$/.test(value) || n > 365)
        throw new MemgateError(`Invalid ${name} '${value}'. Expected whole days from 0 to 365.`);
    return n;
}
/** `heap-max-bytes`, `heap-limit`: whole MiB (`512`, `512M`, `2G`). */
function megabytes(name, value, fallback) {
    if (value === '')
        return fallback;
    const match = /^(\d{1,6})\s*([MG]i?B?)?$/i.exec(value);
    const n = match ? Number(match[1]) * (match[2]?.toUpperCase().startsWith('G') ? 1024 : 1) : NaN;
    if (!Number.isInteger(n) || n < 1 || n > 64 * 1024) {
        throw new MemgateError(`Invalid ${name} '${value}'. Expected a size in MiB from 1 to 65536 (512, 512M or 2G).`);
    }
    return n;
}
function passEnv(raw, label) {
    const names = splitList(raw);
    for (const name of names) {
        if (!/^[A-Za-z_][A-Za-z0-9_]{0,127}$/.test(name)) {
            throw new MemgateError(`Invalid ${label('pass-env')} '${name}'. Expected environment variable names, comma-separated.`);
        }
    }
    return names;
}
function bumpFilter(raw, label) {
    const types = splitList(raw['dependency-types']);
    for (const type of types) {
        if (!DEPENDENCY_SECTIONS.includes(type)) {
            throw new MemgateError(`Invalid ${label('dependency-types')} '${type}'. Expected some of ${DEPENDENCY_SECTIONS.join(', ')}.`);
        }
    }
    return {
        include: splitList(raw.include),
        exclude: splitList(raw.exclude),
        ...(types.length ? { dependencyTypes: types } : {})
    };
}
function number(name, text, low, high, integer = false) {
    const trimmed = text.trim();
    const value = trimmed.endsWith('%') ? Number(trimmed.slice(0, -1)) / 100 : Number(trimmed);
    if (trimmed === '' || !Number.isFinite(value) || value < low || value > high || (integer && !Number.isInteger(value))) {
        throw new MemgateError(`${name} is ${JSON.stringify(text)}; expected ${integer ? 'a whole number' : 'a number'} from ${low} to ${high}`);
    }
    return value;
}
/**
 * Parse the statistics inputs; empty or missing ones are left out so that defaultStatsOptions
 * applies. A bytes-only threshold turns the share off, a share-only one keeps the bytes default.
 */
function parseStatsInputs(inputs, label = (name) => name) {
    const options = {};
    const given = (value) => value !== undefined && value.trim() !== '';
    if (given(inputs.runs))
        options.runs = number(label('runs'), inputs.runs, 2, 100, true);
    if (given(inputs['max-runs']))
        options.maxRuns = number(label('max-runs'), inputs['max-runs'], 2, 100, true);
    if (options.runs !== undefined && options.maxRuns !== undefined && options.maxRuns < options.runs) {
        throw new MemgateError(`${label('max-runs')} is ${options.maxRuns}; expected at least ${label('runs')} (${options.runs})`);
    }
    if (options.runs !== undefined && options.maxRuns === undefined)
        options.maxRuns = Math.max(options.runs, 2 * options.runs);
    if (given(inputs.alpha))
        options.alpha = number(label('alpha'), inputs.alpha, 1e-6, 0.5);
    if (given(inputs.warmup))
        options.warmup = number(label('warmup'), inputs.warmup, 0, 0.9);
    if (given(inputs.threshold)) {
        let bytes;
        let share;
        for (const part of inputs.threshold.split(',')) {
            const text = part.trim();
            if (text.endsWith('%'))
                share = number(label('threshold'), text, 0, 10);
            else
                bytes = number(label('threshold'), text.replace(/\s*bytes?$/i, ''), 0, 1e12);
        }
        if (bytes !== undefined) {
            options.threshold = bytes;
            options.thresholdMs = bytes;
            options.thresholdShare = share ?? 0;
        }
        else if (share !== undefined)
            options.thresholdShare = share;
    }
    return options;
}

// Node.js programs that only start the soak: package managers' CLIs and corepack. The probe runs in
// them too (NODE_OPTIONS reaches every node process), but they are not the workload.
// Matched against process.argv[1] (unresolved when the probe loads, so /usr/bin/npm as often as
// npm's bin/npm-cli.js): npm and npx, Yarn 1's bin/yarn.js,
// Yarn Berry's .yarn/releases/yarn-4.x.cjs or corepack's yarn.js, pnpm's bin/pnpm.cjs and
// pnpx.cjs, corepack's dist/corepack.js and its shims.
const WRAPPER_NAME = /^(?:npm|npx|npm-cli|npx-cli|yarn|yarnpkg|yarn-\d[^\\/]*|pnpm|pnpx|corepack)(?:\.c?js)?$/;
const COREPACK_DIST = /[\\/]corepack[\\/]dist[\\/]/;
/**
 * Whether a script is one of those wrappers. memgate reads the script from the samples file, which
 * the soak writes: the name is matched on the last path component only, in time linear in the
 * path (a pattern anchored at every slash took quadratic time on a long one).
 */
function isWrapperScript(script) {
    const name = script.slice(Math.max(script.lastIndexOf('/'), script.lastIndexOf('\\')) + 1);
    return WRAPPER_NAME.test(name) || COREPACK_DIST.test(script);
}

// Turns the JSON lines of a samples file (see ../probe/protocol.ts) into one run's samples. Pure.
//
// Lines, one JSON object each (memgate-samples/1, docs/design.md):
//   {"x":…,"heap":…}                                  written by the soak itself (no "pid")
//   {"x":…,"heap":…,"code":…,"rss":…,"external":…,"arrayBuffers":…,"pid":…,"unit":"iteration"|"ms","t":…}
//                                                      a post-GC sample by the probe, t = ms since that process started
//   {"pid":…,"ppid":…,"script":…,"meta":true}         the probe introducing its process
// Anything else (a half-written last line of a killed soak, notes) is skipped.
/**
 * Picks the workload's samples among the lines of every process that wrote some. The rule:
 * 1. lines the soak wrote itself (no pid) win, and the probe's lines are then not counted twice;
 * 2. else among the probe's processes, those that emitted `memgate:iteration`, the one with the most
 *    samples (ties: the larger peak heap);
 * 3. else the non-wrapper process (not npm, npx, yarn, pnpm, corepack) with the largest
 *    lifetime × median heap: the longest-lived one with the most heap, so a forking soak is measured
 *    in the worker that holds the data, and a master that forks a short helper keeps its place;
 * 4. else `rss`, the process group's RSS sampled from /proc (unit ms): a soak that is not Node.js.
 * Samples with x (or, for probe lines, t) inside the warm-up are dropped.
 */
function parseSampleLines(text, options = {}) {
    const own = [];
    const byPid = new Map();
    const meta = new Map();
    for (const raw of text.split('\n')) {
        if (!raw.trim())
            continue;
        let line;
        try {
            line = JSON.parse(raw);
        }
        catch {
            continue;
        }
        if (!line || typeof line !== 'object')
            continue;
        if (line.meta === true && typeof line.pid === 'number') {
            meta.set(line.pid, {
                ppid: typeof line.ppid === 'number' ? line.ppid : undefined,
                script: typeof line.script === 'string' ? line.script : undefined
            });
            continue;
        }
        if (typeof line.x !== 'number' || typeof line.heap !== 'number')
            continue;
        if (typeof line.pid !== 'number') {
            own.push(pick(line));
            continue;
        }
        const list = byPid.get(line.pid) ?? [];
        list.push(line);
        byPid.set(line.pid, list);
    }
    const processes = [];
    for (const [pid, all] of byPid) {
        const counted = all.some((l) => l.unit === 'iteration');
        const lines = counted ? all.filter((l) => l.unit === 'iteration') : all;
        const heaps = lines.map((l) => l.heap).sort((a, b) => a - b);
        const info = meta.get(pid);
        // Never empty: every pid has a line, an iteration one when `counted`.
        const peakHeap = heaps[heaps.length - 1];
        const median = heaps[heaps.length >> 1];
        if (peakHeap === undefined || median === undefined)
            continue;
        processes.push({
            pid,
            ppid: info?.ppid,
            script: info?.script,
            unit: counted ? 'iteration' : 'ms',
            samples: lines.length,
            lifetimeMs: Math.max(0, ...all.map((l) => l.t ?? 0)),
            peakHeap,
            wrapper: typeof info?.script === 'string' && isWrapperScript(info.script),
            lines,
            median
        });
    }
    const publicInfo = processes.map(({ lines: _lines, median: _median, ...rest }) => rest);
    const finish = (source, unit, lines, pid) => {
        const kept = lines.filter((l) => !inWarmup(l, options.warmup));
        return {
            unit,
            samples: kept.map(pick),
            source,
            pid,
            processes: publicInfo,
            warmupDropped: lines.length - kept.length,
            lastX: lines.at(-1)?.x
        };
    };
    if (own.length > 0)
        return finish('soak', 'iteration', own);
    const counting = processes.filter((p) => p.unit === 'iteration');
    if (counting.length > 0) {
        const best = counting.reduce((a, b) => (b.samples > a.samples || (b.samples === a.samples && b.peakHeap > a.peakHeap) ? b : a));
        return finish('probe', 'iteration', best.lines, best.pid);
    }
    const workloads = processes.filter((p) => !p.wrapper);
    const candidates = workloads.length > 0 ? workloads : processes;
    if (candidates.length > 0) {
        const score = (p) => Math.max(p.lifetimeMs, 1) * p.median;
        const best = candidates.reduce((a, b) => (score(b) > score(a) ? b : a));
        return finish('probe', 'ms', best.lines, best.pid);
    }
    if (options.rss && options.rss.length > 0) {
        return finish('rss', 'ms', options.rss.map((s) => ({ ...s, t: s.x })));
    }
    return finish('none', 'ms', []);
}
function inWarmup(line, warmup) {
    if (!warmup)
        return false;
    if (warmup.x !== undefined && line.x < warmup.x)
        return true;
    if (warmup.ms !== undefined && line.t !== undefined && line.t < warmup.ms)
        return true;
    return false;
}
function pick(line) {
    const sample = { x: line.x, heap: line.heap };
    if (typeof line.code === 'number')
        sample.code = line.code;
    if (typeof line.t === 'number')
        sample.t = line.t;
    if (typeof line.rss === 'number')
        sample.rss = line.rss;
    if (typeof line.external === 'number')
        sample.external = line.external;
    if (typeof line.arrayBuffers === 'number')
        sample.arrayBuffers = line.arrayBuffers;
    return sample;
}

// Runs one soak process: its own process group, a log file, a duration after which it is asked to
// stop, and a timeout that kills the whole tree.
const DEFAULT_STOP_GRACE_MS = 5000;
const DEFAULT_RSS_INTERVAL_MS = 250;
async function runSoak(options) {
    const files = {
        samples: path.join(options.outDir, 'samples.jsonl'),
        log: path.join(options.outDir, 'soak.log'),
        snapshots: path.join(options.outDir, 'snapshots')
    };
    fs.mkdirSync(options.outDir, { recursive: true });
    fs.rmSync(files.samples, { force: true });
    fs.rmSync(files.snapshots, { recursive: true, force: true });
    if (options.user)
        grantTree(options.outDir, options.user);
    const log = fs.openSync(files.log, 'w');
    let run;
    try {
        run = await supervise(options, probeEnv(options, files), log);
    }
    finally {
        fs.closeSync(log);
        if (options.user)
            reclaimTree(options.outDir);
    }
    return collectRun(options, files, run);
}
/** The soak's environment: the protocol variables of this run, and nothing left from another. */
function probeEnv(options, files) {
    const env = withoutProbeEnv(options.env);
    env[PROBE_ENV.samplesFile] = files.samples;
    if (options.expected)
        env[PROBE_ENV.expect] = JSON.stringify(options.expected);
    if (options.snapshots) {
        const plan = typeof options.snapshots === 'object' ? { ...options.snapshots } : {};
        plan.maxBytes ??= DEFAULT_HEAP_MAX_BYTES;
        env[PROBE_ENV.snapshotDir] = files.snapshots;
        env[PROBE_ENV.snapshotPlan] = JSON.stringify(plan);
    }
    return env;
}
/**
 * Starts the soak in its own process group and watches it: RSS from /proc, the timeout (SIGKILL),
 * the duration (SIGINT, SIGTERM, SIGKILL a grace apart), cancellation. Returns once no process of
 * the group is left.
 */
async function supervise(options, env, log) {
    const started = Date.now();
    const rss = [];
    let timedOut = false;
    let stopped;
    const child = startProcess({ command: options.command, shell: true, cwd: options.cwd, env, output: log, user: options.user });
    const pgid = child.pid;
    const grace = options.stopGraceMs ?? DEFAULT_STOP_GRACE_MS;
    const timers = [];
    const later = (ms, fn) => timers.push(setTimeout(fn, ms));
    if (pgid) {
        const readRss = () => {
            const group = readGroupRss(pgid);
            if (group.processes > 0)
                rss.push({ x: Date.now() - started, heap: group.rss, rss: group.rss });
        };
        timers.push(setInterval(readRss, options.rssIntervalMs ?? DEFAULT_RSS_INTERVAL_MS));
    }
    later(options.timeoutMs, () => {
        timedOut = true;
        killGroup(pgid, 'SIGKILL');
    });
    if (options.durationMs !== undefined) {
        const stop = (sig) => () => {
            stopped = sig;
            killGroup(pgid, sig);
        };
        // SIGINT first: the probe takes its last sample and snapshot, a server closes its sockets.
        later(options.durationMs, stop('SIGINT'));
        later(options.durationMs + grace, stop('SIGTERM'));
        later(options.durationMs + 2 * grace, stop('SIGKILL'));
    }
    const onAbort = () => killGroup(pgid, 'SIGKILL');
    options.signal?.addEventListener('abort', onAbort, { once: true });
    if (options.signal?.aborted)
        onAbort();
    const exit = await child.exited;
    if (!exit.spawnError) {
        // Once asked to stop, the rest of the group gets its grace (the probe is writing its last
        // snapshot); otherwise orphans of the soak (workers, servers it forgot) go with it now.
        if (stopped === undefined || timedOut)
            killGroup(pgid, 'SIGKILL');
        await waitForGroupExit(pgid, stopped ? 2 * grace : GROUP_EXIT_WAIT_MS);
        killGroup(pgid, 'SIGKILL');
        await waitForGroupExit(pgid, GROUP_EXIT_WAIT_MS);
    }
    for (const t of timers)
        clearTimeout(t);
    options.signal?.removeEventListener('abort', onAbort);
    return { code: exit.code, signal: exit.signal, timedOut, stopped, rss, durationMs: Date.now() - started };
}
/** The run as memgate reads it afterwards: its samples, outcome, snapshots and pace. */
function collectRun(options, files, run) {
    const text = fs.existsSync(files.samples) ? fs.readFileSync(files.samples, 'utf8') : '';
    const parsed = parseSampleLines(text, { rss: run.rss, warmup: options.warmup });
    fs.writeFileSync(path.join(options.outDir, 'rss.jsonl'), run.rss.map((s) => JSON.stringify(s)).join('\n') + (run.rss.length ? '\n' : ''));
    const logText = fs.readFileSync(files.log, 'utf8');
    const stderrTail = logText.trimEnd().split('\n').slice(-20).join('\n');
    const outcome = classifyExit(run.code, run.signal, run.timedOut, logText, run.stopped !== undefined);
    const { files: snapshotFiles, points: snapshotPoints, notes } = collectSnapshots(files.snapshots, parsed.pid);
    const picked = parsed.processes.find((p) => p.pid === parsed.pid);
    const lifetimeMs = picked?.lifetimeMs ?? 0;
    const throughput = parsed.unit === 'iteration' && parsed.source === 'probe' && lifetimeMs > 0 && parsed.lastX !== undefined
        ? (parsed.lastX / lifetimeMs) * 1000
        : undefined;
    return {
        exitCode: run.code,
        signal: run.signal,
        outcome,
        durationMs: run.durationMs,
        samples: parsed.samples,
        unit: parsed.unit,
        stderrTail: outcome === 'ok' ? undefined : stderrTail,
        log: files.log,
        snapshotFiles,
        snapshotPoints,
        notes,
        samplesFile: files.samples,
        source: parsed.source,
        pid: parsed.pid,
        processes: parsed.processes,
        stopped: run.stopped,
        throughput,
        warmupDropped: parsed.warmupDropped,
        lastX: parsed.lastX,
        length: outcome === 'ok' && parsed.lastX && parsed.source === 'probe' && lifetimeMs > 0
            ? { unit: parsed.unit, x: parsed.lastX, ms: lifetimeMs }
            : undefined
    };
}
/** The picked process's snapshots, oldest first, and the probe's notes about the ones it skipped. */
function collectSnapshots(dir, pid) {
    if (!fs.existsSync(dir))
        return { files: [], points: [], notes: [] };
    const names = fs.readdirSync(dir);
    const files = names
        .filter((f) => f.endsWith('.heapsnapshot') && (pid === undefined || f.startsWith(`${pid}-`)))
        .sort((a, b) => Number(a.split('-')[1]) - Number(b.split('-')[1]))
        .map((f) => path.join(dir, f));
    const notes = [];
    const taken = new Map();
    if (names.includes('notes.jsonl')) {
        for (const raw of fs.readFileSync(path.join(dir, 'notes.jsonl'), 'utf8').split('\n')) {
            try {
                const note = JSON.parse(raw);
                if (pid !== undefined && note.pid !== pid)
                    continue;
                if (typeof note.note === 'string')
                    notes.push(note.note);
                if (typeof note.file === 'string') {
                    taken.set(note.file, { heap: finite$2(note.heap), pauseMs: finite$2(note.pauseMs) });
                }
            }
            catch {
                // a half-written note of a killed process
            }
        }
    }
    const points = files.map((file) => {
        const name = path.basename(file);
        return { file, label: name.replace(/^\d+-\d+-/, '').replace(/\.heapsnapshot$/, ''), ...taken.get(name) };
    });
    return { files, points, notes };
}
/**
 * What happened to a finished soak process. `stopped`: memgate stopped it after the duration.
 * Out of memory is V8's fatal "heap out of memory", or a SIGKILL memgate did not send, which is
 * how the kernel's OOM killer ends a process (exit status 137 when a shell reports it). Pure.
 */
function classifyExit(code, signal, timedOut, output, stopped = false) {
    if (timedOut)
        return 'timeout';
    if (/JavaScript heap out of memory|Reached heap limit|allocation failed/i.test(output))
        return 'oom';
    if (code === 0 || stopped)
        return 'ok';
    if (signal === 'SIGKILL' || code === 128 + 9)
        return 'oom';
    return 'crash';
}
const GROUP_EXIT_WAIT_MS = 2000;
function finite$2(value) {
    return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}

// The soak stage: a worktree per side, an install in each, then the runs, base and head interleaved
// (or side by side, one base and one head at once, where there are cores for both). A session keeps
// its worktrees and installs for the whole decision: open → soak (a look) → soak more → close.
/** Adds a worktree per side and plans each side's install; nothing runs until the first look. */
async function openSession(options) {
    const env = await isolatedEnvironments(options);
    const { user } = env;
    const parallel = options.parallel ?? availableCores() >= 2;
    const dirs = { base: path.join(options.workDir, 'base'), head: path.join(options.workDir, 'head') };
    const sides = SIDES.filter((side) => !options.sides || options.sides.includes(side));
    const added = [];
    const close = async () => {
        for (const side of added) {
            // Removed by memgate before git sees it: the PR's code owned it and may have rewritten its .git file.
            if (user)
                fs.rmSync(dirs[side], { recursive: true, force: true });
            await options.git.removeWorktree(dirs[side]);
        }
    };
    try {
        for (const side of sides) {
            fs.rmSync(dirs[side], { recursive: true, force: true });
            await options.git.addWorktree(dirs[side], side === 'base' ? options.baseSha : options.headSha);
            added.push(side);
            if (user)
                grantTree(dirs[side], user);
        }
        const plans = Object.fromEntries(sides.map((side) => [side, planSide(options, dirs, side)]));
        const session = {
            options,
            installEnv: env.install,
            soakEnv: env.soak,
            parallel,
            user,
            dirs,
            sides,
            plans,
            concurrentInstalls: parallel && sides.every((side) => plans[side]?.manager && plans[side].manager.name !== 'yarn'),
            installs: {}
        };
        return { soak: (look) => soakLook(session, look), close };
    }
    catch (error) {
        await close();
        throw error;
    }
}
/**
 * The environments of the PR's code (buildEnvironments) where it runs: as `memgate-soak` with its
 * own HOME, TMPDIR and a copy of the probe it can read, where memgate is root; else as memgate. The
 * temporary directory replaces RUNNER_TEMP either way. Where there is no user to drop to, the
 * pipeline says so once (soakIsolation's warning).
 */
async function isolatedEnvironments(options) {
    const { user } = await soakIsolation();
    const tempDir = path.join(options.workDir, 'tmp');
    const homeDir = path.join(options.workDir, 'home');
    for (const dir of [tempDir, homeDir]) {
        fs.rmSync(dir, { recursive: true, force: true });
        fs.mkdirSync(dir, { recursive: true });
        if (user)
            grantTree(dir, user);
    }
    const probePath = user ? readableProbe(options.probePath, options.workDir) : options.probePath;
    const heapLimitMb = options.heapLimitMb ?? defaultHeapLimitMb(os.totalmem());
    const env = buildEnvironments(process.env, { ...options, probePath, tempDir, heapLimitMb });
    if (!user)
        return env;
    // npm's cache where memgate's npm keeps it (npx sets npm_config_cache) is memgate's, not the soak user's.
    const own = { HOME: homeDir, USER: SOAK_USER_NAME, LOGNAME: SOAK_USER_NAME, npm_config_cache: path.join(homeDir, '.npm') };
    for (const side of [env.install, env.soak]) {
        for (const name of Object.keys(side))
            if (name.toLowerCase() === 'npm_config_cache')
                delete side[name];
        Object.assign(side, own);
    }
    return { ...env, user };
}
/** The probe where the soak's user can read it (memgate's own files may sit under a home it cannot enter). */
function readableProbe(probePath, workDir) {
    const dir = path.join(workDir, 'probe');
    fs.mkdirSync(dir, { recursive: true, mode: 0o755 });
    fs.chmodSync(dir, 0o755);
    const copy = path.join(dir, path.basename(probePath));
    fs.copyFileSync(probePath, copy);
    fs.chmodSync(copy, 0o644);
    return copy;
}
function planSide(options, dirs, side) {
    const projectDir = path.join(dirs[side], options.workingDirectory);
    if (!fs.existsSync(projectDir)) {
        const sha = side === 'base' ? options.baseSha : options.headSha;
        throw new MemgateError(`working-directory '${options.workingDirectory}' does not exist at ${side} ${shortSha(sha)}`);
    }
    return planInstall(dirs[side], projectDir, options.installCommand || undefined);
}
/** One look: the installs a side still lacks, then `look.runs` runs a side (and any pilot it earns). */
async function soakLook(session, look) {
    const { options, installs } = session;
    const started = Date.now();
    // Aborted when a job fails, so that the runs still going stop with it.
    const stop = new AbortController();
    const signal = options.signal ? AbortSignal.any([options.signal, stop.signal]) : stop.signal;
    const emit = options.progress ?? ((event) => options.log(describeSoakEvent(event)));
    const installOne = async (side) => {
        const plan = session.plans[side];
        if (!plan)
            throw new Error(`the soak queue installed ${side}, which this session does not measure`);
        const command = `${plan.command} (${plan.description})`;
        emit({ kind: 'install-start', side, command, dir: path.relative(session.dirs[side], plan.dir) || '.' });
        // Install scripts are the PR's code as well: the same scrubbed environment, without the probe.
        const install = await runInstall(side, plan, session.installEnv, path.join(options.workDir, `install-${side}.log`), signal, session.user);
        installs[side] = install;
        emit({ kind: 'install-end', side, command, durationMs: install.durationMs, log: install.log });
    };
    // Two failed runs a side with none that finished: the soak itself is broken, more runs only wait.
    const failed = { base: 0, head: 0 };
    const finished = { base: 0, head: 0 };
    let failFast = false;
    let runsStarted;
    const results = { base: [], head: [] };
    const runs = { base: 0, head: 0 };
    for (const side of session.sides)
        runs[side] = look.runs;
    const runOne = async (side, i) => {
        runsStarted ??= Date.now();
        const started = Date.now();
        emit({ kind: 'run-start', side, run: i + 1, of: runs[side] });
        const samplesFile = path.join(look.outDir ?? options.workDir, 'runs', `${side}-${i + 1}`, 'samples.jsonl');
        const ticker = setInterval(() => emit({ kind: 'run-progress', side, run: i + 1, of: runs[side], elapsedMs: Date.now() - started, ...peekSamples(samplesFile) }), PROGRESS_INTERVAL_MS);
        let run;
        try {
            run = await runOneSoak(session, look, side, i, results[side][0], signal);
        }
        finally {
            clearInterval(ticker);
        }
        if (signal.aborted) {
            emit({ kind: 'run-stopped', side, run: i + 1, of: runs[side] });
            return;
        }
        results[side][i] = run; // runs of a side may finish out of order
        // A run of unknown length gets the samples the probe's budget pays for; a short soak's first
        // run may get too few for a trend. It still tells the later runs how long they are (they get
        // their minimum whatever it costs), and the side gets one more run in its place.
        const pilot = isPilot(run, i, look.expected?.[side] !== undefined);
        // The snapshots' pauses are memgate's doing: a run they left too few samples gets a run in its place too.
        const paused = !pilot && isPausedShort(run);
        if (pilot || paused)
            runs[side]++;
        if (run.outcome === 'ok')
            finished[side]++;
        else
            failed[side]++;
        const note = [
            run.source === 'rss' ? 'process RSS' : '',
            run.outcome === 'ok' ? '' : `log ${run.log}`,
            pilot ? `too few for a trend: it sets the pace of the later runs, and ${side} gets one more run` : '',
            paused ? `too few for a trend after the heap snapshots' pauses: ${side} gets one more run` : ''
        ].filter(Boolean);
        const heap = run.samples[run.samples.length - 1]?.heap ?? null;
        emit({
            kind: 'run-end',
            side,
            run: i + 1,
            of: runs[side],
            outcome: run.outcome ?? 'ok',
            durationMs: run.durationMs ?? 0,
            samples: run.samples.length,
            heap,
            ...(note.length ? { note: note.join(', ') } : {})
        });
        if (!failFast && SIDES.every((s) => failed[s] >= FAIL_FAST_RUNS && finished[s] === 0)) {
            failFast = true;
            emit({ kind: 'fail-fast', failures: { ...failed } });
        }
    };
    await runQueue({
        runs: (side) => runs[side],
        slots: session.parallel ? 2 : 1,
        concurrentInstalls: session.concurrentInstalls,
        install: installOne,
        run: runOne,
        installed: (side) => installs[side] !== undefined || !session.sides.includes(side),
        // A side whose length is known already (a stored base gives head's) need not wait for its first run.
        firstMs: (side) => results[side][0]?.durationMs ?? look.expected?.[side]?.ms,
        stop,
        signal: options.signal,
        enough: () => failFast,
        // A side whose runs have only failed waits until the other side shows whether it fails too: a
        // slow install on one side must not let the other burn all its runs on a broken soak.
        held: (side) => {
            const other = side === 'base' ? 'head' : 'base';
            const broken = (s) => failed[s] >= FAIL_FAST_RUNS && finished[s] === 0;
            return session.sides.includes(other) && broken(side) && !broken(other) && finished[other] === 0;
        }
    });
    if (options.signal?.aborted)
        throw new MemgateError('Cancelled: the soak runs were stopped and their processes killed');
    const runsWallMs = Date.now() - (runsStarted ?? Date.now());
    // The queue installs a side before its first run, and fails when an install fails.
    if (session.sides.some((side) => !installs[side]))
        throw new Error('the soak queue ended without installing every side it measures');
    return {
        base: toSide('base', results.base, installs.base ?? NOT_INSTALLED),
        head: toSide('head', results.head, installs.head ?? NOT_INSTALLED),
        parallel: session.parallel,
        wallMs: Date.now() - started,
        runsWallMs
    };
}
/** Run i of a side: its samples spread over the length the side's first run had, snapshots in one run. */
function runOneSoak(session, look, side, i, first, signal) {
    const { options } = session;
    return runSoak({
        command: options.soakCommand,
        cwd: path.join(session.dirs[side], options.workingDirectory),
        env: session.soakEnv,
        outDir: path.join(look.outDir ?? options.workDir, 'runs', `${side}-${i + 1}`),
        timeoutMs: options.timeoutMs,
        durationMs: options.durationMs,
        signal,
        user: session.user,
        expected: first?.length ?? look.expected?.[side],
        snapshots: look.snapshots !== false && snapshotRun(i, look.runs) ? snapshotPlan(options, first, look.expected?.[side]) : false
    });
}
const SIDES = ['base', 'head'];
/** The install of a side the session does not measure. */
const NOT_INSTALLED = { dir: '', command: '', description: 'not measured', durationMs: 0, log: '' };
/** Failed runs a side, with none finished, after which a soak broken on both sides stops. */
const FAIL_FAST_RUNS = 2;
/** Samples the first run of a side needs to count on its own: 8 after the statistics' warm-up fifth. */
const MIN_RUN_SAMPLES = 10;
/**
 * The pilot-run rule of the gate and of bisect: the first run (index 0) of runs whose length is not
 * yet `known` goes in blind; when it ends well with too few probe samples for a trend, it only sets
 * the pace of the later runs, and its side is owed one more run.
 */
function isPilot(run, index, known) {
    return index === 0 && !known && run.outcome === 'ok' && run.source === 'probe' && run.samples.length < MIN_RUN_SAMPLES;
}
/**
 * The runs of a side the sequential plan did not ask for: the session's pilot (isPilot) and the runs
 * the snapshots' pauses left short (isPausedShort), each of which the side replaced with one more.
 */
function unplannedRuns(side) {
    const short = (r) => r.outcome === 'ok' && r.source === 'probe' && r.samples < MIN_RUN_SAMPLES;
    return side.runs.filter((r, i) => short(r) && (i === 0 || r.snapshots.length > 0)).length;
}
/** A run with heap snapshots whose pauses left it too few samples for a trend. */
function isPausedShort(run) {
    return run.outcome === 'ok' && run.source === 'probe' && run.samples.length < MIN_RUN_SAMPLES && run.snapshotPoints.length > 0;
}
/** The one mapping from soak runs to memgate-samples/1. */
function toSamples(side, runs) {
    return {
        format: 'memgate-samples/1',
        side,
        unit: runs.some((r) => r.unit === 'iteration') ? 'iteration' : 'ms',
        runs: runs.map(({ exitCode, signal, outcome, durationMs, samples, stderrTail, log }) => ({
            exitCode,
            signal,
            outcome,
            durationMs,
            samples,
            stderrTail,
            log
        }))
    };
}
/** Snapshots are taken in one run per side: the second, placed by the length of the first; the only one when runs is 1. */
function snapshotRun(i, runs) {
    return runs >= 2 ? i === 1 : i === 0;
}
/**
 * Where run 2's snapshots go, from the first run's length and growth; or, when run 2 starts beside
 * the first because the side's length is `expected` already (a stored base gives head's), from that
 * length, with the growth that makes them due left to the probe (exported for its tests).
 */
function snapshotPlan(options, first, expected) {
    const plan = options.heapMaxBytes ? { maxBytes: options.heapMaxBytes } : {};
    const measured = first?.lastX !== undefined && first.outcome === 'ok' ? first : undefined;
    // The run's length in its own unit: the first run's, or, before any, the one expected.
    const length = measured?.lastX !== undefined
        ? { x: measured.lastX, ms: measured.length?.ms }
        : first === undefined && expected !== undefined && expected.x > 0
            ? { x: expected.x, ms: expected.ms > 0 ? expected.ms : undefined }
            : undefined;
    if (length) {
        // Half way through, in the unit of the run, and a tenth of the way for the warm-up.
        plan.warmup = { x: Math.max(1, Math.round(length.x * WARMUP_SHARE)) };
        plan.middle = { x: Math.round(length.x / 2) };
        // Late, while the workload still holds what it leaked: a soak's teardown (server.close(),
        // agent.destroy()) may free it all before the end snapshot at exit. In x or by the clock,
        // whichever comes first (never before the middle one): a soak that stops on its own clock loses
        // x to the earlier snapshots' pauses; one that memgate stops gets it at the latest when memgate's
        // SIGINT arrives, before the soak's own handler runs.
        plan.late = { x: Math.max(1, Math.round(length.x * LATE_SHARE)) };
        let lateShare = LATE_SHARE;
        // A large leak shows in far less of the run: a snapshot costs seconds per 10 MiB of heap, and
        // a late one of a large leak's heap could outlast the run itself. Past the warm-up point, the
        // snapshots then span only what grows SNAPSHOT_GROWTH: by the first run's pace of growth, or,
        // with no earlier run of this side to tell it, as the probe sees the heap grow.
        if (measured) {
            const perX = growthPerX(measured.samples, length.x);
            const span = perX > 0 ? SNAPSHOT_GROWTH / perX : Infinity;
            if (span < length.x * (LATE_SHARE - WARMUP_SHARE)) {
                const from = plan.warmup.x ?? 0;
                const late = Math.round(from + span);
                plan.middle = { x: Math.round(from + span / 2) };
                plan.late = { x: late };
                lateShare = late / length.x;
            }
        }
        else
            plan.growth = SNAPSHOT_GROWTH;
        const ms = Math.min(length.ms ?? Infinity, options.durationMs ?? Infinity);
        if (Number.isFinite(ms))
            plan.late.ms = Math.round(ms * lateShare);
    }
    else if (options.durationMs !== undefined) {
        plan.middle = { ms: Math.round(options.durationMs / 2) };
        plan.late = { ms: Math.round(options.durationMs * LATE_SHARE) };
    }
    return plan;
}
/** Where the late snapshot goes, as a share of the first run's length: past the middle, clear of the end. */
const LATE_SHARE = 0.85;
const WARMUP_SHARE = 0.1;
/** Growth between the warm-up and late snapshots that names what grows by thousands of objects. */
const SNAPSHOT_GROWTH = 8 * 1024 * 1024;
/** Post-GC heap growth per x over the run past its first fifth (0 when it cannot tell). */
function growthPerX(samples, lastX) {
    const settled = samples.filter((p) => p.x >= lastX / 5);
    const [from] = settled;
    const to = settled[settled.length - 1];
    if (!from || !to || to.x <= from.x)
        return 0;
    return (to.heap - from.heap) / (to.x - from.x);
}
function availableCores() {
    return typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length;
}
/**
 * Runs that took heap snapshots and did not end `ok`, named as such: a snapshot pauses the whole
 * process for as long as it takes to write, and a pause longer than the soak's own timeouts (Node's
 * 5 s keep-alive timeout, a client's request timeout) breaks the soak it measures.
 */
function describeBrokenSnapshotRuns(side, runs) {
    const notes = [];
    runs.forEach((run, i) => {
        const outcome = run.outcome ?? 'ok';
        if (outcome === 'ok' || run.snapshotPoints.length === 0)
            return;
        const others = runs.filter((r, j) => j !== i && r.snapshotPoints.length === 0);
        const othersOk = others.length > 0 && others.every((r) => (r.outcome ?? 'ok') === 'ok');
        const pause = Math.max(...run.snapshotPoints.map((p) => p.pauseMs ?? 0));
        notes.push(`${side} run ${i + 1}, the one that took heap snapshots, ended \`${outcome}\` ` +
            (othersOk
                ? `where the ${side} runs without snapshots did not: a snapshot paused it for up to ${(pause / 1000).toFixed(1)} s, which can outlast the soak's own timeouts (Node's keep-alive closes idle sockets after 5 s). `
                : `after a snapshot paused it for up to ${(pause / 1000).toFixed(1)} s. `) +
            'Its snapshots are not used for suspects.');
    });
    return notes;
}
function toSide(side, runs, install) {
    // A run that crashed is no evidence of what grows: its snapshots are never used for suspects.
    const snapshotRunResult = runs.find((r) => r.snapshotFiles.length >= 2 && (r.outcome ?? 'ok') === 'ok');
    return {
        samples: toSamples(side, runs),
        snapshots: snapshotRunResult?.snapshotFiles ?? [],
        snapshotPoints: snapshotRunResult?.snapshotPoints ?? [],
        notes: [...runs.flatMap((r, i) => r.notes.map((n) => `${side} run ${i + 1}: ${n}`)), ...describeBrokenSnapshotRuns(side, runs)],
        install: {
            ...install,
            manager: install.manager ? `${install.manager.name}${install.manager.version ? `@${install.manager.version}` : ''}` : undefined
        },
        length: runs.find((r) => r.length)?.length,
        runs: runs.map((r, i) => ({
            run: i + 1,
            outcome: r.outcome ?? 'ok',
            durationMs: r.durationMs ?? 0,
            samples: r.samples.length,
            unit: r.unit,
            source: r.source,
            pid: r.pid,
            processes: r.processes,
            samplesFile: r.samplesFile,
            log: r.log ?? '',
            throughput: r.throughput,
            stopped: r.stopped,
            warmupDropped: r.warmupDropped,
            snapshots: r.snapshotFiles
        }))
    };
}

// Robust one-sample tools for a single run's heap trace: medians, Theil–Sen slopes with Sen's
// interval, and the Mann–Kendall trend test. Pure.
/** Median of a list (NaN for an empty list). Does not modify its input. */
function median(values) {
    if (values.length === 0)
        return Number.NaN;
    return middleOf([...values].sort((a, b) => a - b));
}
/** The middle of an ascending list, or the mean of its two middle values; NaN for an empty list. */
function middleOf(sorted) {
    const mid = sorted.length >> 1;
    const upper = sorted[mid];
    if (upper === undefined)
        return Number.NaN;
    const lower = sorted[mid - 1];
    return sorted.length % 2 === 1 || lower === undefined ? upper : (lower + upper) / 2;
}
/** Standard normal upper-tail probability P(Z > z), Abramowitz–Stegun 7.1.26 (error < 1.5e-7). */
function normalUpper(z) {
    const t = 1 / (1 + 0.3275911 * (Math.abs(z) / Math.SQRT2));
    const poly = t * (0.254829592 + t * (-0.284496736 + t * (1.421413741 + t * (-1.453152027 + t * 1.061405429))));
    const erfc = poly * Math.exp(-(z * z) / 2);
    return z >= 0 ? erfc / 2 : 1 - erfc / 2;
}
/** Inverse of normalUpper for p in (0, 1), by bisection: exact enough for interval ranks. */
function normalQuantileUpper(p) {
    let lo = -10;
    let hi = 10;
    for (let i = 0; i < 100; i++) {
        const mid = (lo + hi) / 2;
        if (normalUpper(mid) > p)
            lo = mid;
        else
            hi = mid;
    }
    return (lo + hi) / 2;
}
/**
 * Theil–Sen slope of y on x with Sen's (1968) interval from Kendall's S variance at two-sided
 * confidence `1 − alpha`. Pairs with equal x are skipped. Returns null for fewer than 3 points or
 * no x spread. Quadratic in the number of points: callers thin long traces first.
 */
function theilSen(xs, ys, alpha = 0.05) {
    const n = Math.min(xs.length, ys.length);
    if (n < 3)
        return null;
    const points = xs.slice(0, n).map((x, i) => ({ x, y: ys[i] ?? Number.NaN }));
    const slopes = [];
    points.forEach((p, i) => {
        for (let j = i + 1, q = points[j]; q !== undefined; q = points[++j]) {
            const dx = q.x - p.x;
            if (dx !== 0)
                slopes.push((q.y - p.y) / dx);
        }
    });
    if (slopes.length === 0)
        return null;
    slopes.sort((a, b) => a - b);
    const count = slopes.length;
    const slope = middleOf(slopes);
    const c = normalQuantileUpper(alpha / 2) * Math.sqrt((n * (n - 1) * (2 * n + 5)) / 18);
    const lowRank = Math.max(0, Math.floor((count - c) / 2) - 1);
    const highRank = Math.min(count - 1, Math.ceil((count + c) / 2));
    const residuals = points.map((p) => p.y - slope * p.x);
    return { slope, low: slopes[lowRank] ?? slope, high: slopes[highRank] ?? slope, intercept: median(residuals) };
}
/** Mann–Kendall test for a monotone trend in a sequence taken in time order (no tie correction). */
function mannKendall(ys) {
    const n = ys.length;
    let s = 0;
    ys.forEach((y, i) => {
        for (let j = i + 1, later = ys[j]; later !== undefined; later = ys[++j])
            s += Math.sign(later - y);
    });
    const variance = (n * (n - 1) * (2 * n + 5)) / 18;
    const z = variance === 0 ? 0 : s > 0 ? (s - 1) / Math.sqrt(variance) : s < 0 ? (s + 1) / Math.sqrt(variance) : 0;
    return { s, z, pUp: normalUpper(z) };
}
/** Keep at most `limit` points, evenly spread by index and always keeping the last one. */
function thin(points, limit) {
    if (points.length <= limit)
        return [...points];
    return points.filter((_, k) => thinned(k, points.length, limit));
}
// Whether thin() keeps index k: the nearest index to each of `limit` points evenly spread over
// 0..length − 1, the last one included. Adjacent targets are more than one apart, so none repeats.
function thinned(k, length, limit) {
    const i = Math.round((k * (limit - 1)) / (length - 1));
    return Math.round((i * (length - 1)) / (limit - 1)) === k;
}

// Early looks: a verdict from fewer runs than the exact rank test can ever decide on, when it is clear.
//
// At 3 + 3 runs the exact Mann–Whitney test's smallest one-sided p is 1/20 = 0.05, above any
// share of a 1% alpha, whatever the runs say. A test on the per-run growths themselves can go
// lower: Student's two-sample t on head − base − δ, with the pooled variance also when the usable
// counts differ. With equal counts the statistic is Welch's too, and under A/A (the same
// distribution on both sides) the difference of means is symmetric, which is what keeps the t
// test near its level on the skewed, heavy-tailed growths of the recorded traces (bench:stats
// shows it with δ = 0). To be called at an early look a leak must also be clear in the plain
// sense: every head run grows more than δ beyond every base run; a pass must have every head
// run within δ of every base run. Anything less goes on to the rank test's looks. Pure.
/** Share of each metric's alpha the early looks spend together, taken from the later rank looks' 20%. */
const EARLY_SHARE = 0.1;
/** Share of passAlpha the early looks spend together on a pass: a leak of δ passes early at most this often. */
const EARLY_PASS_SHARE = 0.2;
/**
 * Runs a side at each early look: those of `earlyLooks` (at least 2, ascending) below the first
 * rank look. None when the plan has a single look (runs = max-runs): their alpha comes from the
 * later looks' share.
 */
function planEarlyLooks(rankLooks, earlyLooks) {
    const [firstRank] = rankLooks;
    if (rankLooks.length <= 1 || firstRank === undefined)
        return [];
    return [...new Set(earlyLooks.filter((n) => Number.isInteger(n) && n >= 2 && n < firstRank))].sort((a, b) => a - b);
}
/**
 * The t test's nominal level is this many times below the alpha reserved for it. On generated A/A
 * traces with δ = 0 (20,000 comparisons a look) the t test at 2 + 2 runs called 1.6 times its
 * nominal rate (Theil–Sen growths are not quite normal, and two runs give a poor variance); the
 * margin keeps the early looks inside their share all the same.
 */
const EARLY_MARGIN = 2;
/** One metric's level at one early look: EARLY_SHARE of its Bonferroni share, split evenly over the early looks, over EARLY_MARGIN. */
function earlyAlpha(alpha, earlyLooks, metrics) {
    return (EARLY_SHARE * alpha) / Math.max(1, metrics) / Math.max(1, earlyLooks) / EARLY_MARGIN;
}
const mean = (values) => values.reduce((a, v) => a + v, 0) / values.length;
const variance = (values, m) => values.reduce((a, v) => a + (v - m) * (v - m), 0) / Math.max(1, values.length - 1);
/**
 * The t comparison of per-run growths, head against base, against the minimum effect `delta`.
 * Needs at least 2 runs a side (NaN bounds and p = 1 otherwise). Never throws.
 */
function earlyShift(head, base, delta, alphaLow, alphaHigh) {
    const m = head.length;
    const n = base.length;
    const pairs = [];
    for (const h of head)
        for (const b of base)
            pairs.push(h - b);
    if (m < 2 || n < 2) {
        return { estimate: median(pairs), low: Number.NaN, high: Number.NaN, pValue: 1, allAbove: false, allWithin: false };
    }
    const mh = mean(head);
    const mb = mean(base);
    // Student's pooled variance: under the null that matters, A/A, both sides are one distribution.
    // With equal counts the statistic is Welch's as well; with a stored base's 5 runs against head's
    // 2, Welch–Satterthwaite's df falls towards 1 whenever head's two runs differ more than base's,
    // and no leak, however large, is clear before head's third run.
    const pooled = ((m - 1) * variance(head, mh) + (n - 1) * variance(base, mb)) / (m + n - 2);
    const se = Math.sqrt(pooled * (1 / m + 1 / n));
    const df = m + n - 2;
    const diff = mh - mb;
    const pValue = se > 0 ? studentUpper((diff - delta) / se, df) : diff > delta ? 0 : 1;
    return {
        estimate: median(pairs),
        low: diff - studentQuantileUpper(alphaLow, df) * se,
        high: diff + studentQuantileUpper(alphaHigh, df) * se,
        pValue,
        allAbove: Math.min(...head) - delta > Math.max(...base),
        allWithin: Math.max(...head) - Math.min(...base) < delta
    };
}
/** Upper tail P(T > t) of Student's t with `df` degrees of freedom (df > 0, not necessarily whole). */
function studentUpper(t, df) {
    if (!Number.isFinite(t))
        return t > 0 ? 0 : 1;
    const tail = 0.5 * incompleteBeta(df / (df + t * t), df / 2, 0.5);
    return t >= 0 ? tail : 1 - tail;
}
/** The t with P(T > t) = p, by bisection on studentUpper (p in (0, 0.5]). */
function studentQuantileUpper(p, df) {
    let lo = 0;
    let hi = 1;
    while (studentUpper(hi, df) > p && hi < 1e12)
        hi *= 2;
    for (let i = 0; i < 200 && hi - lo > 1e-12 * hi; i++) {
        const mid = (lo + hi) / 2;
        if (studentUpper(mid, df) > p)
            lo = mid;
        else
            hi = mid;
    }
    return hi;
}
// Lanczos approximation (g = 7, n = 9): 15 significant digits for x > 0.
const LANCZOS = [
    0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.6150291621406, 12.507343278686905,
    -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7
];
function logGamma(x) {
    if (x < 0.5)
        return Math.log(Math.PI / Math.sin(Math.PI * x)) - logGamma(1 - x);
    const z = x - 1;
    const a = LANCZOS.reduce((sum, c, i) => (i === 0 ? c : sum + c / (z + i)), 0);
    const t = z + 7.5;
    return 0.5 * Math.log(2 * Math.PI) + (z + 0.5) * Math.log(t) - t + Math.log(a);
}
/** Regularized incomplete beta I_x(a, b), by its continued fraction (Numerical Recipes' betacf). */
function incompleteBeta(x, a, b) {
    if (x <= 0)
        return 0;
    if (x >= 1)
        return 1;
    const front = Math.exp(logGamma(a + b) - logGamma(a) - logGamma(b) + a * Math.log(x) + b * Math.log(1 - x));
    // The fraction converges fast for x < (a + 1) / (a + b + 2); use the symmetry otherwise.
    if (x < (a + 1) / (a + b + 2))
        return (front * betaFraction(x, a, b)) / a;
    return 1 - (front * betaFraction(1 - x, b, a)) / b;
}
function betaFraction(x, a, b) {
    const tiny = 1e-300;
    let c = 1;
    let d = 1 - ((a + b) * x) / (a + 1);
    if (Math.abs(d) < tiny)
        d = tiny;
    d = 1 / d;
    let h = d;
    for (let m = 1; m <= 300; m++) {
        const m2 = 2 * m;
        let aa = (m * (b - m) * x) / ((a - 1 + m2) * (a + m2));
        d = 1 + aa * d;
        if (Math.abs(d) < tiny)
            d = tiny;
        c = 1 + aa / c;
        if (Math.abs(c) < tiny)
            c = tiny;
        d = 1 / d;
        h *= d * c;
        aa = (-(a + m) * (a + b + m) * x) / ((a + m2) * (a + 1 + m2));
        d = 1 + aa * d;
        if (Math.abs(d) < tiny)
            d = tiny;
        c = 1 + aa / c;
        if (Math.abs(c) < tiny)
            c = tiny;
        d = 1 / d;
        const step = d * c;
        h *= step;
        if (Math.abs(step - 1) < 1e-15)
            break;
    }
    return h;
}

// Two-sample rank statistics across runs: the exact null distribution of the Mann–Whitney U
// statistic, its one-sided p-values, and the Hodges–Lehmann shift estimate with the matching
// distribution-free interval (Lehmann 1975, ch. 2). Exact for continuous data; our per-run slopes
// are real numbers, so ties are rare and are counted as half. Pure.
const distributions = new Map();
/**
 * Null probabilities P(U = u), u = 0..m·n, for sample sizes m and n, by the recurrence
 * f(m, n, u) = f(m − 1, n, u − n) + f(m, n − 1, u) on counts, divided by C(m + n, m).
 */
function mannWhitneyNull(m, n) {
    const key = `${m},${n}`;
    const cached = distributions.get(key);
    if (cached)
        return cached;
    // counts[j][u] for the current i, j = 0..n
    let previous = Array.from({ length: n + 1 }, () => Float64Array.of(1));
    for (let i = 1; i <= m; i++) {
        let fewerSecond = Float64Array.of(1); // f(i, j − 1, ·)
        const current = [fewerSecond];
        for (const [j, fewerFirst] of previous.entries()) {
            if (j === 0)
                continue;
            // f(i − 1, j, ·) shifted by j, plus f(i, j − 1, ·)
            const row = new Float64Array(i * j + 1);
            row.set(fewerFirst, j);
            fewerSecond.forEach((count, u) => {
                row[u] = (row[u] ?? 0) + count;
            });
            current.push(row);
            fewerSecond = row;
        }
        previous = current;
    }
    const counts = previous[n] ?? Float64Array.of(1);
    let total = 0;
    for (const c of counts)
        total += c;
    const probabilities = counts.map((c) => c / total);
    distributions.set(key, probabilities);
    return probabilities;
}
/** The smallest one-sided p-value an exact rank test can give with m and n runs: 1 / C(m + n, m). */
function smallestPValue(m, n) {
    if (m === 0 || n === 0)
        return 1;
    return mannWhitneyNull(m, n)[0] ?? 1;
}
/**
 * One-sided exact Mann–Whitney p-value for H1 "head − shift is stochastically larger than base":
 * P(U ≥ observed) under exchangeability, where U counts pairs with head_i − shift > base_j (ties
 * count half, rounded down, which only makes the p-value larger). Returns 1 when either side is empty.
 */
function mannWhitneyUpper(head, base, shift = 0) {
    const m = head.length;
    const n = base.length;
    if (m === 0 || n === 0)
        return 1;
    let twiceU = 0;
    for (const h of head)
        for (const b of base)
            twiceU += h - shift > b ? 2 : h - shift === b ? 1 : 0;
    const u = Math.floor(twiceU / 2);
    const probabilities = mannWhitneyNull(m, n);
    let p = 0;
    for (const probability of probabilities.subarray(u))
        p += probability;
    return Math.min(1, p);
}
/**
 * Hodges–Lehmann shift head − base with its distribution-free bounds: the lower bound is the
 * (c + 1)-th smallest pairwise difference where c is the largest u with P(U ≤ u) ≤ alphaLow; the
 * upper bound mirrors it. When even u = 0 exceeds alpha (too few runs) the bound is not reached
 * and the extreme difference is returned with `lowReached`/`highReached` false.
 */
function hodgesLehmann(head, base, alphaLow, alphaHigh) {
    const differences = [];
    for (const h of head)
        for (const b of base)
            differences.push(h - b);
    differences.sort((a, b) => a - b);
    const count = differences.length;
    if (count === 0)
        return { estimate: Number.NaN, low: Number.NaN, high: Number.NaN, lowReached: false, highReached: false };
    const estimate = middleOf(differences);
    const probabilities = mannWhitneyNull(head.length, base.length);
    const critical = (alpha) => {
        let cumulative = 0;
        let c = -1;
        for (const [u, probability] of probabilities.entries()) {
            cumulative += probability;
            if (cumulative <= alpha * (1 + 1e-9))
                c = u;
            else
                break;
        }
        return c;
    };
    const cLow = critical(alphaLow);
    const cHigh = critical(alphaHigh);
    return {
        estimate,
        // D(c+1) and D(mn−c) in 1-based order statistics; c = −1 means the level is out of reach.
        low: differences[Math.min(count - 1, Math.max(0, cLow))] ?? estimate,
        high: differences[Math.max(0, Math.min(count - 1, count - 1 - cHigh))] ?? estimate,
        lowReached: cLow >= 0,
        highReached: cHigh >= 0
    };
}

// Growth that comes with time, not with iterations. Pure.
//
// A Node.js process's post-GC heap creeps up with the clock for reasons of its own (code and
// feedback of functions that V8 optimises as they get hot): a few KiB per second over its first
// seconds, the same on both sides (a 20 s run of the churn soak gained 30 KiB of code and 25 KiB
// of old space in steps, then stayed flat from 6 s on). Per iteration, that growth is larger the slower the
// soak: a head that does 4x the work per request (more short-lived garbage, slower code) and keeps
// nothing shows 4x base's growth per iteration. Measured on a real soak (200 rows built and
// serialised 5 times a request on base, 20 on head): base 9.6 bytes/iteration at 548 iterations/s,
// head 36.2 at 152; both 5.3–5.5 bytes/ms.
//
// When head is consistently slower, base's runs are compared at head's pace: each base run's
// growth per ms (its growth per iteration times its pace) divided by head's median pace is what
// base would have shown per iteration had it run as slowly. Head's growth beyond that is the
// leak. A real leak keeps its size (16 bytes/iteration more stays 16 more); growth that is only
// the clock's goes away. Most of that growth is in V8's code spaces, which the statistics leave
// out when the probe measured them (run-growth.ts); the rest (feedback and bytecode in old space
// on Node.js 20) is what this comparison answers for.
// Only a head clearly slower than base: below this share of base's pace, and consistently.
const slowerShare = 0.8;
/**
 * Base's growths at head's pace, when head runs consistently slower than base (null otherwise, or
 * when a run has no pace): each base run's growth per ms (its growth per iteration times its
 * pace) divided by head's median pace, never less than its growth per iteration.
 */
function baseAtHeadPace(base, head) {
    if (base.length < 2 || head.length < 2)
        return null;
    const paced = (r) => r.heap && r.throughput !== null && r.throughput > 0 ? { growth: r.heap.estimate, rate: r.throughput } : null;
    const b = base.map(paced);
    const hd = head.map(paced);
    if (b.includes(null) || hd.includes(null))
        return null;
    const baseRuns = b;
    const baseRates = baseRuns.map((r) => r.rate);
    const headRates = hd.map((r) => r.rate);
    const ratio = median(headRates) / median(baseRates);
    // Consistently, as the throughput note counts it: a busy machine slows single runs, not a side.
    if (ratio >= slowerShare || mannWhitneyUpper(baseRates, headRates) > 0.025)
        return null;
    const headPace = median(headRates);
    const perMs = baseRuns.map((r) => (r.growth * r.rate) / 1000);
    // Only ever a larger allowance: a base that shrinks would shrink faster at head's pace.
    const atHeadPace = baseRuns.map((r, i) => Math.max(r.growth, ((perMs[i] ?? 0) * 1000) / headPace));
    return { ratio, base: atHeadPace, baseGrowthPerMs: median(perMs) };
}

// Share of the faster half's pace by which the halves must differ to count as a change of pace.
const paceChange = 0.25;
const toGrowth = (fit) => (fit ? { estimate: fit.slope, low: fit.low, high: fit.high } : null);
/**
 * Finds one lasting jump in ys: the difference of medians of the `w` samples after and before each
 * index. Returns the index of the first sample after the jump and its size, or null when there is
 * no jump clearly above the run's own jitter, or when there is more than one.
 */
function findStep(ys, minimumBytes) {
    const n = ys.length;
    const w = Math.max(3, Math.floor(n / 12));
    if (n < 4 * w)
        return null;
    const jumps = [];
    for (let k = w; k <= n - w; k++)
        jumps.push(median(ys.slice(k, k + w)) - median(ys.slice(k - w, k)));
    const centre = median(jumps);
    const scale = 1.4826 * median(jumps.map((j) => Math.abs(j - centre)));
    const away = jumps.map((j) => Math.abs(j - centre));
    let best = 0;
    let peak = -1;
    for (const [i, distance] of away.entries())
        if (distance > peak)
            [best, peak] = [i, distance];
    if (peak <= Math.max(8 * scale, minimumBytes))
        return null;
    // Runs of consecutive windows above a quarter of the largest jump: one is a step; several of
    // similar size are growth in bursts. Heaps that flip between two levels (a page kept or not)
    // jump too, but by much less than a real step.
    const limit = Math.max(8 * scale, minimumBytes, peak / 4);
    let groups = 0;
    let previousAbove = false;
    for (const distance of away) {
        const above = distance > limit;
        if (above && !previousAbove)
            groups++;
        previousAbove = above;
    }
    if (groups !== 1)
        return null;
    // Medians of w samples show the full jump for about w window positions around it: take the middle.
    const near = [];
    for (const [i, distance] of away.entries())
        if (distance >= 0.8 * peak)
            near.push(i);
    // `best` itself is near, so the list is never empty.
    const index = (near[near.length >> 1] ?? best) + w;
    // Size from the neighbouring samples themselves, less the growth a straight line would have had.
    return { index, bytes: (jumps[best] ?? centre) - centre };
}
/**
 * Fit one run's post-warm-up samples (sorted by x). `minimumStep` is the smallest jump, in bytes,
 * worth treating as a step. Returns null with fewer than 6 points or no x spread.
 */
function fitRun(xs, ys, minimumStep) {
    const n = xs.length;
    if (n < 6)
        return null;
    const found = findStep(ys, minimumStep);
    const level = found ? ys.map((y, i) => (i >= found.index ? y - found.bytes : y)) : [...ys];
    const whole = toGrowth(theilSen(xs, level));
    if (!whole)
        return null;
    const half = n >> 1;
    const early = toGrowth(theilSen(xs.slice(0, half), level.slice(0, half)));
    // A step inside the late half hides behind a fill in the early half (the fill's own jumps set
    // the bar), so the late half looks for its own: a cache's table doubling once it is full.
    const lateYs = level.slice(half);
    const lateFound = found ? null : findStep(lateYs, minimumStep);
    const lateLevel = lateFound ? lateYs.map((y, i) => (i >= lateFound.index ? y - lateFound.bytes : y)) : lateYs;
    const late = toGrowth(theilSen(xs.slice(half), lateLevel));
    // A leak's pace wobbles by a few percent between halves (GC timing, a slower machine), and with
    // hundreds of bytes per unit the halves' intervals are narrow enough to part over it: only a
    // change by a quarter or more of the faster half's pace is growth that stops or starts.
    const changes = early !== null &&
        late !== null &&
        (early.low > late.high || late.low > early.high) &&
        Math.abs(early.estimate - late.estimate) > paceChange * Math.max(Math.abs(early.estimate), Math.abs(late.estimate));
    const stepAt = (index, bytes) => {
        const at = xs[index];
        return at === undefined ? null : { at, bytes };
    };
    const step = found ? stepAt(found.index, found.bytes) : lateFound && changes ? stepAt(half + lateFound.index, lateFound.bytes) : null;
    return {
        growth: changes ? late : whole,
        shape: changes ? 'changes' : 'linear',
        step,
        early,
        late
    };
}

function isUsable(run) {
    return !run.excluded && run.heap !== null && run.level !== null && run.span !== null;
}
// Theil–Sen is quadratic; 200 points keep a run under 20k pairs, and the slope's precision is
// set by the x-span far more than by the count of points.
const maxPoints = 200;
// A jump smaller than this share of the heap (or 4 KiB) is jitter, not a step worth taking out.
const stepShare = 0.002;
const stepBytes = 4096;
function describeFailure(run) {
    const outcome = run.outcome ?? (run.exitCode === 0 ? 'ok' : 'crash');
    if (outcome === 'ok')
        return null;
    const how = run.signal
        ? `signal ${run.signal}`
        : run.exitCode !== null && run.exitCode !== undefined
            ? `exit code ${run.exitCode}`
            : 'no exit code';
    return outcome === 'crash' ? `crashed (${how})` : outcome === 'oom' ? 'ran out of memory' : 'timed out';
}
/** Samples with finite x and heap, sorted by x, from the first x past the warm-up share of the span. */
function afterWarmup(samples, warmup) {
    const valid = samples.filter((s) => s && Number.isFinite(s.x) && Number.isFinite(s.heap)).sort((a, b) => a.x - b.x);
    const first = valid[0];
    const last = valid[valid.length - 1];
    if (!first || !last)
        return [];
    const cut = first.x + warmup * (last.x - first.x);
    return valid.filter((s) => s.x >= cut);
}
/** Measure one run. Never throws: a run that cannot be measured comes back with `excluded`. */
function measureRun(run, index, unit, options) {
    const samples = Array.isArray(run.samples) ? run.samples : [];
    const last = samples[samples.length - 1];
    const throughput = unit === 'iteration' && run.durationMs && run.durationMs > 0 && last ? last.x / (run.durationMs / 1000) : null;
    const empty = {
        index,
        samples: 0,
        heap: null,
        external: null,
        shape: null,
        step: null,
        trendP: null,
        level: null,
        span: null,
        throughput
    };
    const failure = describeFailure(run);
    if (failure)
        return { ...empty, excluded: failure };
    const kept = withoutTeardown(thin(afterWarmup(samples, options.warmup), maxPoints));
    if (kept.length < options.minSamples && !climbsSteeply(kept)) {
        return { ...empty, samples: kept.length, excluded: `has ${kept.length} samples after the warm-up, fewer than ${options.minSamples}` };
    }
    const xs = kept.map((s) => s.x);
    // Without V8's code spaces when the probe measured them: the code and bytecode V8 adds as
    // functions get hot grow with the clock, and what a program keeps never lives there.
    const withCode = kept.every((s) => typeof s.code === 'number' && Number.isFinite(s.code));
    const ys = kept.map((s) => s.heap - (withCode ? (s.code ?? 0) : 0));
    const level = median(kept.map((s) => s.heap));
    const heap = fitRun(xs, ys, Math.max(stepBytes, stepShare * level)) ?? fitFew(xs, ys);
    if (!heap)
        return { ...empty, samples: kept.length, excluded: 'has no spread in x after the warm-up' };
    let external = null;
    const ext = kept.flatMap((s) => (typeof s.external === 'number' && Number.isFinite(s.external) ? [s.external] : []));
    if (ext.length === kept.length) {
        external = fitRun(xs, ext, Math.max(stepBytes, stepShare * median(ext)))?.growth ?? null;
    }
    return {
        index,
        samples: kept.length,
        heap: heap.growth,
        external,
        shape: heap.shape,
        step: heap.step,
        trendP: mannKendall(ys).pUp,
        level,
        span: (xs[xs.length - 1] ?? 0) - (xs[0] ?? 0),
        throughput
    };
}
// A large leak gets few samples: each full GC on a growing heap costs more of the probe's budget.
// A run whose few samples all climb, by a tenth of its heap or more, is evidence, not noise: a run
// that does not grow never passes this (4 samples rise in order by chance 1 time in 24, and not by
// a tenth of the heap), so flat runs with few samples stay out as before.
const steepMinSamples = 4;
const steepRise = 0.1;
/** Whether too few samples for the usual bar still show growth no noise makes: each above the last, by a tenth of the heap in all. */
function climbsSteeply(samples) {
    if (samples.length < steepMinSamples)
        return false;
    const heaps = samples.map((s) => s.heap);
    if (heaps.some((heap, i) => i > 0 && !(heap > (heaps[i - 1] ?? Number.POSITIVE_INFINITY))))
        return false;
    const first = heaps[0] ?? 0;
    return first > 0 && (heaps.at(-1) ?? 0) - first >= steepRise * first;
}
/**
 * The samples without the probe's last one when it fell below the first by a tenth of the heap:
 * taken at exit, after a tidy soak's teardown (server.close(), a cache cleared) freed what it
 * held, it measures the teardown, not the workload. Run-to-run noise is far below a tenth.
 */
function withoutTeardown(samples) {
    const first = samples[0]?.heap;
    const last = samples.at(-1)?.heap;
    if (samples.length < 2 || first === undefined || last === undefined)
        return samples;
    return last < first - steepRise * first ? samples.slice(0, -1) : samples;
}
/** Too few samples for steps and halves (a steep run's): the plain slope over all of them. */
function fitFew(xs, ys) {
    const fit = theilSen(xs, ys);
    return fit ? { growth: { estimate: fit.slope, low: fit.low, high: fit.high }, shape: null, step: null } : null;
}
/** Measure every run of one side. */
function measureSamples(samples, options) {
    return samples.runs.map((run, i) => measureRun(run, i, samples.unit, options));
}

// The statistics stage: two sides' memgate-samples/1 in, one verdict out. Pure: no I/O, no clock.
//
// Per run: drop the warm-up, estimate post-GC growth in bytes per unit (Theil–Sen). Across runs:
// Hodges–Lehmann difference head − base with an exact one-sided Mann–Whitney test against the
// minimum effect that matters. See docs/statistics.md for the calibration behind the defaults.
/** Runs per side at each sequential look: the first at `runs`, then half as many again up to `maxRuns`. */
function planLooks(runs, maxRuns) {
    let look = Math.max(1, Math.floor(runs));
    const looks = [look];
    const step = Math.max(1, Math.ceil(runs / 2));
    while (look < maxRuns)
        looks.push((look = Math.min(maxRuns, look + step)));
    return looks;
}
/** Runs per side at every look, the early ones first: where a sequential caller soaks to. */
function planAllLooks(settings) {
    const looks = planLooks(settings.runs, Math.max(settings.runs, settings.maxRuns));
    return [...planEarlyLooks(looks, settings.earlyLooks ?? []), ...looks];
}
/**
 * Alpha for one metric at one rank look. Bonferroni across metrics (alpha / metrics); across looks
 * the first look takes 80% of it (enough for 5 runs a side at the default alpha to reach the
 * smallest exact p-value 1/252) and the later looks share the remaining 20% equally, less the
 * EARLY_SHARE the early looks spend when there are any (`early`). The sum over all looks, early
 * ones included, and metrics never exceeds alpha, whatever the dependence between them.
 */
function alphaForLook(alpha, look, looks, metrics, early = false) {
    const perMetric = alpha / Math.max(1, metrics);
    if (looks <= 1)
        return perMetric;
    return look <= 1 ? perMetric * 0.8 : (perMetric * (0.2 - (early ? EARLY_SHARE : 0))) / (looks - 1);
}
function checkSamples$1(samples, name) {
    if (samples === null || typeof samples !== 'object' || samples.format !== 'memgate-samples/1') {
        throw new MemgateError(`${name} samples are not memgate-samples/1 (format is ${JSON.stringify(samples?.format)})`);
    }
    if (samples.unit !== 'iteration' && samples.unit !== 'ms') {
        throw new MemgateError(`${name} samples have unit ${JSON.stringify(samples.unit)}; expected "iteration" or "ms"`);
    }
    if (!Array.isArray(samples.runs))
        throw new MemgateError(`${name} samples have no runs array`);
}
function summarise(values) {
    const sorted = [...values].sort((a, b) => a - b);
    return { estimate: median(sorted), low: sorted[0] ?? Number.NaN, high: sorted[sorted.length - 1] ?? Number.NaN };
}
// toLocaleString builds a formatter per call; the calibration bench calls this a million times.
const digits = (maximumFractionDigits) => new Intl.NumberFormat('en-US', { maximumFractionDigits });
const formats = [digits(2), digits(1), digits(0)];
const fmt$1 = (value) => formats[Math.abs(value) >= 100 ? 2 : Math.abs(value) >= 10 ? 1 : 0].format(value);
function describeExclusions(side, runs) {
    const excluded = runs.filter((r) => r.excluded);
    const first = excluded[0];
    if (!first)
        return null;
    return `${side}: ${excluded.length} of ${runs.length} runs left out (run ${first.index + 1} ${first.excluded}${excluded.length > 1 ? ', …' : ''})`;
}
// 99.6, 99.95, 95: enough digits to tell the levels of different looks apart.
const confidence = (alpha) => String(Number((100 * (1 - alpha)).toPrecision(4)));
const fmtBytes = (bytes) => Math.abs(bytes) >= 1048576 ? `${fmt$1(bytes / 1048576)} MiB` : Math.abs(bytes) >= 1024 ? `${fmt$1(bytes / 1024)} KiB` : `${fmt$1(bytes)} bytes`;
function describeShapes(base, head, heap, minimumEffect, unit) {
    const notes = [];
    const growing = base.filter((r) => r.heap.low > 0).length;
    // base's own growth per iteration, not the growth it is compared at when head is slower.
    const own = median(base.map((r) => r.heap.estimate));
    if (own > minimumEffect && growing >= Math.ceil(0.8 * base.length)) {
        notes.push(`base already grows ${fmt$1(own)} ${unit} on its own (head: ${fmt$1(heap.head.estimate)}); ` +
            `that growth predates this change and is not counted against it.`);
    }
    for (const [side, runs] of [
        ['base', base],
        ['head', head]
    ]) {
        const steps = runs.flatMap((r) => (r.step ? [r.step.bytes] : []));
        if (steps.length * 2 > runs.length) {
            notes.push(`${side}'s heap jumps once by about ${fmtBytes(median(steps))} in ${steps.length} of ${runs.length} runs ` +
                `(lazy initialisation?); the jump is taken out before measuring growth.`);
        }
        const changing = runs.filter((r) => r.shape === 'changes');
        if (changing.length * 2 > runs.length) {
            notes.push(`${side}'s heap growth changes pace within ${changing.length} of ${runs.length} runs (e.g. a bounded cache that fills, then levels off); ` +
                `growth is measured on the late half of those runs.`);
        }
    }
    return notes;
}
/**
 * Decide whether head's post-GC heap (and external memory) grows faster than base's.
 * Throws MemgateError only for malformed input or mixed units; too little data gives
 * `inconclusive` with the reason, never `pass`.
 */
function analyzeSamples(base, head, options = {}, attemptedRuns) {
    checkSamples$1(base, 'base');
    checkSamples$1(head, 'head');
    if (base.unit !== head.unit) {
        throw new MemgateError(`base samples are in ${base.unit} units but head samples are in ${head.unit} units; both sides must report the same unit`);
    }
    const settings = { ...defaultStatsOptions, ...options };
    // Both sides measured alike: heap − code only when both carry code (a stored base recorded by an
    // older probe has none, and its growth would include what head's leaves out).
    const alike = hasCode(base) && hasCode(head) ? (s) => s : withoutCode;
    return compareRuns(base.unit, measureSamples(alike(base), settings), measureSamples(alike(head), settings), settings, attemptedRuns);
}
function hasCode(samples) {
    return samples.runs.every((run) => !Array.isArray(run.samples) || run.samples.every((s) => typeof s?.code === 'number'));
}
function withoutCode(samples) {
    return {
        ...samples,
        runs: samples.runs.map((run) => (Array.isArray(run.samples) ? { ...run, samples: run.samples.map(({ code: _code, ...s }) => s) } : run))
    };
}
/** The verdict of one look, the sentence that says why, and how many runs more could help. */
function decide(d) {
    const { heap, comparisons, minimumEffect, alphaTest, unitName, notes, baseRuns, headRuns, moreRunsPossible, early } = d;
    const usableBase = baseRuns.filter(isUsable);
    const usableHead = headRuns.filter(isUsable);
    const enough = usableBase.length >= 2 && usableHead.length >= 2;
    const reachable = enough && (early !== undefined || smallestPValue(usableHead.length, usableBase.length) <= alphaTest);
    const leaking = !enough
        ? []
        : early
            ? comparisons.filter((c) => early.leak.includes(c.metric))
            : comparisons.filter((c) => c.difference.pValue <= c.alpha);
    const passing = reachable && (early ? early.pass : comparisons.every((c) => c.difference.high < minimumEffect));
    let verdict;
    let reason;
    let moreRuns = 0;
    const what = (metric) => (metric === 'heap' ? 'post-GC heap' : 'external memory');
    const c = leaking[0];
    if (c) {
        verdict = 'leak';
        reason =
            `head's ${what(c.metric)} grows ${fmt$1(c.difference.estimate)} ${unitName} faster than base's ` +
                `(at least ${fmt$1(c.difference.low)} with ${confidence(c.alpha)}% confidence, above the ${fmt$1(minimumEffect)} that matters; p = ${c.difference.pValue.toPrecision(2)}` +
                (early
                    ? `; clear after ${usableBase.length} + ${usableHead.length} runs: every head run grows faster than every base run by more than that).`
                    : ').');
    }
    else if (passing) {
        verdict = 'pass';
        const worst = comparisons.reduce((a, c) => (c.difference.high > a.difference.high ? c : a));
        reason =
            `head's memory growth is within ${fmt$1(minimumEffect)} ${unitName} of base's ` +
                `(difference ${fmt$1(heap.difference.estimate)}, at most ${fmt$1(worst.difference.high)} with ${confidence(d.passAlpha)}% confidence, over ${usableBase.length} + ${usableHead.length} runs` +
                (early ? '; clear early: every head run within that of every base run).' : ').');
    }
    else {
        verdict = 'inconclusive';
        moreRuns = moreRunsPossible;
        if (usableBase.length === 0 && usableHead.length === 0) {
            reason =
                baseRuns.length + headRuns.length > 0
                    ? `no run on either side gave usable samples (${notes.join('; ')}).`
                    : 'there are no runs to compare.';
            moreRuns = 0;
        }
        else if (!early && ((usableBase.length === 0 && baseRuns.length > 0) || (usableHead.length === 0 && headRuns.length > 0))) {
            // More runs of a side that never produced a usable run would only fail the same way. Not at
            // an early look: two runs a side, slowed by the machine's load, may both come short of samples
            // (a run that fails is stopped before, by the failures' judgement).
            const side = usableHead.length === 0 ? 'head' : 'base';
            reason = `no ${side} run gave usable samples (${notes.filter((n) => n.startsWith(side)).join('; ')}).`;
            moreRuns = 0;
        }
        else if (early && enough) {
            reason = `not clear after ${usableBase.length} + ${usableHead.length} runs; more runs decide (an early look calls only a clear leak or pass).`;
        }
        else if (!reachable) {
            reason =
                `too few usable runs to decide at a ${String(Number((100 * alphaTest).toPrecision(3)))}% false-alarm rate: base has ${usableBase.length} and head ${usableHead.length}` +
                    (notes[0]?.includes('left out') ? ` (${notes.filter((n) => n.includes('left out')).join('; ')}).` : '.');
        }
        else {
            const c = comparisons.find((x) => x.difference.high >= minimumEffect) ?? heap;
            reason =
                `too noisy to decide: head's ${what(c.metric)} grows ${fmt$1(c.difference.estimate)} ${unitName} faster than base's, ` +
                    `anywhere from ${fmt$1(c.difference.low)} to ${fmt$1(c.difference.high)}, around the ${fmt$1(minimumEffect)} that matters.`;
        }
    }
    return { verdict, reason, moreRuns };
}
/** The smallest growth difference that matters: the bytes floor, or the share of base's heap over a run, whichever is smaller. */
function minimumEffectOf(unit, usableBase, settings) {
    const baseLevel = median(usableBase.map((r) => r.level));
    const baseSpan = median(usableBase.map((r) => r.span));
    const floor = unit === 'iteration' ? settings.threshold : settings.thresholdMs;
    const shareEffect = settings.thresholdShare > 0 && baseSpan > 0 ? (settings.thresholdShare * baseLevel) / baseSpan : 0;
    const minimumEffect = shareEffect > 0 && Number.isFinite(shareEffect) ? Math.min(floor, shareEffect) : floor;
    const minimumEffectShare = baseLevel > 0 && baseSpan > 0 ? (minimumEffect * baseSpan) / baseLevel : null;
    return { minimumEffect, minimumEffectShare };
}
/** Median iterations per second a side, and a note when head's differ from base's both much and consistently. */
function compareThroughput(baseRuns, headRuns) {
    const baseRates = baseRuns.map((r) => r.throughput).filter((t) => t !== null);
    const headRates = headRuns.map((r) => r.throughput).filter((t) => t !== null);
    const throughput = {
        base: baseRates.length > 0 ? median(baseRates) : null,
        head: headRates.length > 0 ? median(headRates) : null
    };
    let note = null;
    if (throughput.base !== null && throughput.head !== null && throughput.base > 0) {
        const change = throughput.head / throughput.base - 1;
        // Only a change both large and consistent across runs: a busy machine slows single runs.
        const p = 2 * Math.min(mannWhitneyUpper(headRates, baseRates), mannWhitneyUpper(baseRates, headRates));
        if (Math.abs(change) >= 0.1 && p <= 0.05) {
            note =
                `head runs ${fmt$1(Math.abs(100 * change))}% ${change < 0 ? 'fewer' : 'more'} iterations per second than base ` +
                    `(${fmt$1(throughput.head)} vs ${fmt$1(throughput.base)})${change < 0 ? ': more GC pressure or slower code' : ''}.`;
        }
    }
    return { throughput, note };
}
/**
 * A head that runs consistently slower shows the runtime's own growth with the clock (code and
 * feedback V8 adds as functions get hot, see pace.ts) as more growth per iteration: its heap is
 * then compared with base's at head's pace. Not when base grows by the minimum effect on its own:
 * that growth may come with iterations, and rescaling it would hide as much of head's.
 */
function pacedBase(usableBase, usableHead, minimumEffect) {
    const pace = baseAtHeadPace(usableBase, usableHead);
    if (!pace || !(median(usableBase.map((r) => r.heap.estimate)) < minimumEffect))
        return null;
    return pace;
}
function describePace(pace, perIteration, unitName) {
    return (`head runs ${fmt$1(100 * (1 - pace.ratio))}% fewer iterations per second than base, so base's growth is compared at head's pace: ` +
        `base grows ${fmt$1(pace.baseGrowthPerMs)} bytes/ms with the clock, ${fmt$1(median(pace.base))} ${unitName} at head's pace ` +
        `(${fmt$1(median(perIteration))} at its own); that much of head's growth is the runtime's (code V8 compiles as functions get hot), not the change.`);
}
/**
 * The across-runs half of analyzeSamples, for callers that measured runs once and compare them
 * many times (the calibration bench resamples runs). The look is set by the number of runs
 * attempted on the larger side, counted against planAllLooks, or by `attemptedRuns` when one
 * side's runs are not this measurement's (a stored record's base: the look counts head's).
 */
function compareRuns(unit, baseRuns, headRuns, options = {}, attemptedRuns) {
    const settings = { ...defaultStatsOptions, ...options };
    const unitName = unit === 'iteration' ? 'bytes/iteration' : 'bytes/ms';
    const usableBase = baseRuns.filter(isUsable);
    const usableHead = headRuns.filter(isUsable);
    const looks = planLooks(settings.runs, Math.max(settings.runs, settings.maxRuns));
    const earlyLooks = planEarlyLooks(looks, settings.earlyLooks ?? []);
    const plan = planAllLooks(settings);
    const attempted = attemptedRuns ?? Math.max(baseRuns.length, headRuns.length);
    const look = Math.max(1, plan.filter((n) => n <= attempted).length);
    const isEarly = attempted < (looks[0] ?? settings.runs);
    const nextLook = plan[look] ?? null;
    const moreRunsPossible = nextLook !== null ? nextLook - attempted : 0;
    const { minimumEffect, minimumEffectShare } = minimumEffectOf(unit, usableBase, settings);
    const metrics = ['heap'];
    if (usableBase.length > 0 && usableHead.length > 0 && [...usableBase, ...usableHead].every((r) => r.external))
        metrics.push('external');
    const alphaTest = isEarly
        ? earlyAlpha(settings.alpha, earlyLooks.length, metrics.length)
        : alphaForLook(settings.alpha, look - earlyLooks.length, looks.length, metrics.length, earlyLooks.length > 0);
    const passAlpha = isEarly ? (EARLY_PASS_SHARE * settings.passAlpha) / Math.max(1, earlyLooks.length) : settings.passAlpha;
    const early = isEarly ? { leak: [], pass: true } : undefined;
    const estimates = (runs, metric) => runs.flatMap((r) => r[metric]?.estimate ?? []);
    const pace = unit === 'iteration' ? pacedBase(usableBase, usableHead, minimumEffect) : null;
    const compare = (metric) => {
        const b = metric === 'heap' && pace ? pace.base : estimates(usableBase, metric);
        const h = estimates(usableHead, metric);
        let difference;
        if (early) {
            // Too few runs for the rank test: the t test on the same growths, and only clear cases count.
            const shift = earlyShift(h, b, minimumEffect, alphaTest, passAlpha);
            if (shift.pValue <= alphaTest && shift.allAbove)
                early.leak.push(metric);
            if (!(shift.high < minimumEffect && shift.allWithin))
                early.pass = false;
            difference = { estimate: shift.estimate, low: shift.low, high: shift.high, pValue: shift.pValue };
        }
        else {
            const shift = hodgesLehmann(h, b, alphaTest, passAlpha);
            difference = { estimate: shift.estimate, low: shift.low, high: shift.high, pValue: mannWhitneyUpper(h, b, minimumEffect) };
        }
        return { metric, alpha: alphaTest, base: summarise(b), head: summarise(h), difference };
    };
    const heap = compare('heap');
    const comparisons = [heap, ...metrics.filter((m) => m !== 'heap').map(compare)];
    const notes = [];
    for (const line of [describeExclusions('base', baseRuns), describeExclusions('head', headRuns)])
        if (line)
            notes.push(line);
    if (usableBase.length > 0 && usableHead.length > 0)
        notes.push(...describeShapes(usableBase, usableHead, heap, minimumEffect, unitName));
    const { throughput, note: throughputNote } = compareThroughput(baseRuns, headRuns);
    if (throughputNote)
        notes.push(throughputNote);
    const decided = decide({
        heap,
        comparisons,
        minimumEffect,
        alphaTest,
        unitName,
        notes,
        baseRuns,
        headRuns,
        moreRunsPossible,
        passAlpha,
        early
    });
    const { verdict, reason, moreRuns } = decided;
    if (pace)
        notes.push(describePace(pace, estimates(usableBase, 'heap'), unitName));
    return {
        verdict,
        unit: unitName,
        base: heap.base,
        head: heap.head,
        difference: heap.difference,
        reason,
        test: isEarly
            ? 'Theil–Sen slope of post-GC heap per run after warm-up; at an early look, a two-sample t test of the run growths against the minimum effect, only when every run pair agrees (Bonferroni across metrics and looks)'
            : 'Theil–Sen slope of post-GC heap per run after warm-up; Hodges–Lehmann difference across runs with an exact one-sided Mann–Whitney test against the minimum effect (Bonferroni across metrics and looks)',
        runs: { base: baseRuns, head: headRuns },
        throughput,
        comparisons,
        minimumEffect,
        minimumEffectShare,
        look,
        looks: plan,
        early: isEarly,
        notes,
        moreRuns
    };
}

/**
 * head running out of memory where base never does (and base has a run that ended well) is a
 * leak; a side whose every run failed leaves nothing to compare (an error). Otherwise null: the
 * statistics decide. Never looks at samples, only at outcomes.
 */
function judgeFailures(base, head, names = { base: 'base', head: 'head' }) {
    const ok = (s) => s.runs.filter((r) => outcomeOf(r) === 'ok').length;
    const oom = (s) => s.runs.filter((r) => r.outcome === 'oom').length;
    const failed = (s) => s.runs.find((r) => outcomeOf(r) !== 'ok');
    const tail = (s) => failed(s)?.stderrTail || undefined;
    const describe = (s) => {
        const run = failed(s);
        return run?.outcome === 'timeout'
            ? 'timed out'
            : run?.outcome === 'oom'
                ? 'ran out of memory'
                : `exited with ${run?.exitCode ?? run?.signal}`;
    };
    if (oom(head) > 0 && oom(base) === 0 && ok(base) > 0) {
        return {
            verdict: 'leak',
            reason: `${capital(names.head)} ran out of memory in ${oom(head)} of ${head.runs.length} runs where ${names.base} never did.`
        };
    }
    if (ok(base) === 0 && ok(head) === 0) {
        return {
            verdict: 'error',
            reason: `The soak failed on both sides: it ${describe(head)} on ${names.head} and ${describe(base)} on ${names.base}.`,
            detail: tail(head)
        };
    }
    for (const [name, side] of [
        [names.base, base],
        [names.head, head]
    ]) {
        if (ok(side) === 0)
            return { verdict: 'error', reason: `The soak failed in every ${name} run: it ${describe(side)}.`, detail: tail(side) };
    }
    return null;
}
// memgate-samples/1: a run without `outcome` counts by its exit code.
function outcomeOf(run) {
    return run.outcome ?? (run.exitCode === 0 ? 'ok' : 'crash');
}
function capital(name) {
    return name.charAt(0).toUpperCase() + name.slice(1);
}

/**
 * What to do after an analysis: stop (a leak or pass verdict, max-runs reached, or nothing more to
 * learn because every run failed), or add `addRuns` runs per side and analyse again with the same
 * options. Never asks for more than `maxRuns` runs per side in total.
 */
function nextStep(analysis, runsSoFar, maxRuns) {
    if (analysis.verdict !== 'inconclusive')
        return { done: true };
    const addRuns = Math.min(analysis.moreRuns, maxRuns - runsSoFar);
    return addRuns > 0 ? { done: false, addRuns } : { done: true };
}

// Soak runs of the trees a bisect compares, kept per tree so that the reference is measured once
// and every later comparison reuses (and, when a step needs more, extends) its runs. The runs, the
// pilot rule, the samples, the failure judgement and the alpha spent per look are the gate's own.
/** The analysis tests post-GC heap and external memory, Bonferroni across the two. */
const METRICS = 2;
/**
 * The fewest runs a side for which the smallest exact p-value of the first look fits under its
 * share of `alpha` (alphaForLook's first look of several): below that, no amount of signal can
 * give a leak verdict.
 */
function runsFor(alpha) {
    const firstLook = alphaForLook(alpha, 1, 2, METRICS);
    let n = 2;
    while (smallestPValue(n, n) > firstLook && n < 100)
        n++;
    return n;
}
class Soaks {
    settings;
    runs = new Map();
    expected;
    /** Runs done and their total time, for the figures. */
    soaks = 0;
    soakMs = 0;
    constructor(settings) {
        this.settings = settings;
    }
    /**
     * The first `count` runs of `tree` under `label` (and a pilot, if the first was one), soaked as
     * needed; the tree's key is the label by default, a verification uses its own for fresh runs.
     */
    async ensure(tree, count, label = tree.key) {
        const entry = this.runs.get(label) ?? { runs: [], pilots: 0 };
        this.runs.set(label, entry);
        const list = entry.runs;
        while (list.length < count + entry.pilots) {
            const i = list.length;
            const run = await runSoak({
                command: this.settings.soakCommand,
                cwd: tree.projectDir,
                env: this.settings.env,
                outDir: path.join(this.settings.workDir, 'runs', `${this.runs.size}-${safe(label)}`, String(i + 1)),
                timeoutMs: this.settings.timeoutMs,
                durationMs: this.settings.durationMs,
                snapshots: false,
                // Every tree runs the same soak: the first run anywhere sets the pace of all later ones.
                expected: this.expected,
                signal: this.settings.signal,
                user: this.settings.user
            });
            this.soaks++;
            this.soakMs += run.durationMs ?? 0;
            list.push(run);
            if (isPilot(run, i, this.expected !== undefined))
                entry.pilots++;
            this.expected ??= run.length;
            this.settings.log(`  ${label}: run ${i + 1} ${run.outcome} in ${((run.durationMs ?? 0) / 1000).toFixed(1)} s, ${run.samples.length} samples`);
        }
        return toSamples('head', list.slice(0, count + entry.pilots));
    }
    /**
     * Candidate against reference at false-alarm rate `alpha`, the gate's sequential plan: first at
     * `runs` a side, then, while inconclusive, more runs up to `maxRuns`, each look spending only its
     * share of alpha. The reference's runs are reused and extended.
     */
    async compare(reference, candidate, alpha, stats) {
        const settings = { ...stats, alpha, maxRuns: Math.max(stats.runs, stats.maxRuns) };
        let runs = settings.runs;
        for (;;) {
            const ref = await this.ensure(reference.tree, runs, reference.label);
            const cand = await this.ensure(candidate.tree, runs, candidate.label);
            const { comparison, addRuns } = judge$1(ref, cand, settings);
            if (addRuns === 0)
                return comparison;
            this.settings.log(`  inconclusive after ${runs} runs a side (${comparison.reason}); ${addRuns} more`);
            runs += addRuns;
        }
    }
}
/** One look: the failure judgement, else the statistics at this look's share of alpha. Pure. */
function judge$1(ref, cand, stats) {
    const runs = { reference: ref.runs.length, candidate: cand.runs.length };
    const failure = judgeFailures(ref, cand, { base: 'the reference', head: 'the candidate' });
    if (failure) {
        return {
            comparison: {
                verdict: failure.verdict,
                reason: failure.reason,
                growth: null,
                unit: null,
                minimumEffect: null,
                effect: null,
                runs,
                alpha: stats.alpha
            },
            addRuns: 0
        };
    }
    const analysis = analyzeSamples(ref, cand, stats);
    const estimates = analysis.comparisons.map((c) => c.difference.estimate).filter(Number.isFinite);
    const step = nextStep(analysis, Math.max(runs.reference, runs.candidate), stats.maxRuns);
    return {
        comparison: {
            verdict: analysis.verdict,
            reason: analysis.reason,
            growth: analysis.difference,
            unit: analysis.unit,
            minimumEffect: analysis.minimumEffect,
            effect: estimates.length ? Math.max(...estimates) : null,
            runs,
            alpha: stats.alpha
        },
        addRuns: step.done ? 0 : step.addRuns
    };
}
function safe(label) {
    return label.replace(/[^A-Za-z0-9@.+-]+/g, '_').slice(0, 80);
}

/** Bumps by name, with the holds that put every copy back at `from` (or at another version). */
function holdsFor(entries, version) {
    return entries.map((e) => ({
        name: e.name,
        version,
        direct: e.direct,
        manifest: e.direct ? e.manifest : undefined,
        dependencyType: e.dependencyType,
        replaces: e.to ?? undefined
    }));
}
/** Planned comparisons share 90% of alpha; each one beyond gets half of what is left. */
function alphaBudget(alpha, planned) {
    let used = 0;
    const per = (0.9 * alpha) / Math.max(1, planned);
    return {
        first: per,
        next() {
            used++;
            return used <= planned ? per : 0.1 * alpha * 0.5 ** (used - planned);
        }
    };
}
/**
 * The bar of a version-search step after `to`: half of `to`'s measured leak (`effect`), never
 * below the bar `to` was measured against. A version that carries the leak `to` has grows about
 * `effect` over the reference, a clean one about 0: half-way tells them apart on a soak whose
 * run-to-run spread buries a bar of a few bytes. Null (the configured bar) when `to` gave no figures.
 */
function barFor(to) {
    if (to.minimumEffect === null || to.effect === null || !Number.isFinite(to.effect))
        return to.minimumEffect;
    return Math.max(to.minimumEffect, to.effect / 2);
}
/**
 * `candidate` against `reference` at `alpha`, the gate's sequential plan; with `bar`, a leak is
 * growth above `bar` in the samples' unit (in place of the configured threshold and share).
 */
async function compareAt(ctx, reference, candidate, alpha, labels = {}, bar = null) {
    const runs = Math.max(ctx.stats.runs, runsFor(alpha));
    const bars = bar === null ? {} : { threshold: bar, thresholdMs: bar, thresholdShare: 0 };
    const stats = { ...ctx.stats, ...bars, runs, maxRuns: Math.max(ctx.stats.maxRuns, runs) };
    return ctx.soaks.compare({ tree: reference, label: labels.reference }, { tree: candidate, label: labels.candidate }, alpha, stats);
}
function list(names) {
    return names.length > 6 ? `${names.slice(0, 6).join(', ')}, …` : names.join(', ');
}
/** A bar in bytes (per iteration or ms) as the statistics' reasons write it: 1,088, 12.5. */
function fmtBar(bar) {
    return bar.toLocaleString('en-US', { maximumFractionDigits: Math.abs(bar) >= 100 ? 0 : 1 });
}
function fmtAlpha(alpha) {
    return String(Number(alpha.toPrecision(2)));
}
function holdable(entries, specs) {
    return entries.every((e) => e.from !== null &&
        e.to !== null &&
        semver.valid(e.from) !== null &&
        semver.valid(e.to) !== null &&
        e.from !== e.to &&
        !e.unresolved &&
        fromRegistry(e, specs));
}
/** A package's bump entries that can be held back, with the versions they move between; else null. */
function movable(entries, specs) {
    const [first] = entries;
    if (!first?.from || !first.to || !holdable(entries, specs))
        return null;
    return { entries, from: first.from, to: first.to };
}
/** A direct dependency whose head spec is a semver range comes from a registry; `file:`, git, `npm:` aliases and the like do not. */
function fromRegistry(e, specs) {
    if (!e.direct)
        return true;
    const spec = specs.get(`${e.manifest}\0${e.name}`);
    return spec === undefined || semver.validRange(spec) !== null;
}
/** The head specs of the direct bumps (`manifest\0name` → spec), to tell registry packages from the rest. */
async function readSpecs(git, sha, bumps) {
    const specs = new Map();
    for (const manifest of new Set(bumps.filter((b) => b.direct).map((b) => b.manifest))) {
        let json;
        try {
            json = JSON.parse((await git.showFile(sha, manifest)) ?? '{}');
        }
        catch {
            continue;
        }
        for (const section of DEPENDENCY_SECTIONS) {
            for (const [name, spec] of Object.entries(json?.[section] ?? {})) {
                if (typeof spec === 'string' && !specs.has(`${manifest}\0${name}`))
                    specs.set(`${manifest}\0${name}`, spec);
            }
        }
    }
    return specs;
}

/**
 * Adaptive group testing over the bumps: the tree with only a subset A bumped (the rest held back
 * at `from`) is compared with base; a leak puts a culprit in A, a pass puts it in the other half.
 * One culprit found, the tree with it held back (everything else bumped) must pass; if it leaks,
 * the search goes on among the rest. Alpha: 90% spread over the comparisons one culprit needs, the
 * rest halved for each comparison beyond them.
 */
async function findCulprits(ctx, bumps, headKnownToLeak) {
    const byName = new Map();
    for (const b of bumps)
        byName.set(b.name, [...(byName.get(b.name) ?? []), b]);
    const names = [...byName.keys()];
    const specs = await readSpecs(ctx.git, ctx.headSha, bumps);
    const held = new Map();
    for (const [name, entries] of byName) {
        const m = movable(entries, specs);
        if (m)
            held.set(name, m);
    }
    const movableNames = [...held.keys()];
    const unheld = names.filter((n) => !held.has(n));
    const planned = (headKnownToLeak ? 0 : 1) + Math.ceil(Math.log2(Math.max(1, movableNames.length))) + 1;
    const budget = alphaBudget(ctx.stats.alpha, planned);
    const search = { culprits: [], clean: [], unheld, tested: [], head: null, alpha: budget.first, reason: '' };
    const base = await ctx.trees.get({ side: 'base', sha: ctx.baseSha, holds: [] });
    const treeWith = (bumped) => ctx.trees.get({
        side: 'head',
        sha: ctx.headSha,
        holds: [...held].filter(([n]) => !bumped.includes(n)).flatMap(([, m]) => holdsFor(m.entries, m.from))
    });
    const test = async (bumped) => {
        const alpha = budget.next();
        ctx.log(`culprit search: head with only ${bumped.length === names.length ? 'every bump' : list(bumped)} bumped, against base (alpha ${fmtAlpha(alpha)})`);
        const cmp = await compareAt(ctx, base, await treeWith(bumped), alpha);
        ctx.log(`  → ${cmp.verdict}: ${cmp.reason}`);
        search.tested.push({ bumped, verdict: cmp.verdict, growth: cmp.growth, alpha });
        return cmp;
    };
    if (headKnownToLeak) {
        search.head = 'leak';
    }
    else {
        search.head = (await test(names)).verdict;
        if (search.head !== 'leak') {
            search.reason =
                search.head === 'pass' ? 'head does not leak against base, so no bump is to blame' : `head against base is ${search.head}`;
            return search;
        }
    }
    let candidates = [...movableNames];
    while (candidates.length > 0) {
        while (candidates.length > 1) {
            const half = candidates.slice(0, Math.ceil(candidates.length / 2));
            const cmp = await test([...half, ...unheld]);
            const verdict = cmp.verdict;
            if (verdict === 'leak')
                candidates = half;
            else if (verdict === 'pass') {
                search.clean.push(...half.filter((n) => !search.clean.includes(n)));
                candidates = candidates.slice(half.length);
            }
            else {
                // Never the other half by elimination: an inconclusive half may hold the culprit as well.
                // The runs it took say whether more were measured (up to max-runs) or the failure judgement ended it.
                search.reason = `a step of the culprit search stayed ${verdict} after ${cmp.runs.candidate} runs a side (${list(half)} bumped: ${cmp.reason}): memgate cannot tell which of ${list(candidates)} leaks`;
                return search;
            }
        }
        const [found] = candidates;
        const entry = found === undefined ? undefined : held.get(found);
        if (found === undefined || !entry)
            break;
        search.culprits.push({ name: found, from: entry.from, to: entry.to });
        const culprits = search.culprits.map((c) => c.name);
        const rest = names.filter((n) => !culprits.includes(n));
        const { verdict } = await test(rest);
        if (verdict === 'pass') {
            search.clean = rest.filter((n) => !unheld.includes(n));
            search.reason = `${list(culprits)} ${culprits.length === 1 ? 'is' : 'are'} the culprit${culprits.length === 1 ? '' : 's'}: with ${culprits.length === 1 ? 'it' : 'them'} held back, head passes against base with the other ${rest.length} bump(s)`;
            return search;
        }
        if (verdict !== 'leak') {
            // Unverified, a culprit found by elimination is not named.
            search.culprits = [];
            search.reason = `holding back ${list(culprits)} left head ${verdict} against base: memgate cannot tell whether ${culprits.length === 1 ? 'it is' : 'they are'} the culprit${culprits.length === 1 ? '' : 's'}`;
            return search;
        }
        search.clean = search.clean.filter((n) => !rest.includes(n));
        candidates = movableNames.filter((n) => !culprits.includes(n));
    }
    search.reason = `head still leaks with every bump that can be held back held back; the leak is in ${unheld.length ? list(unheld) : 'a change that is not a dependency bump'}`;
    return search;
}

// Which published versions a bisect looks at. Pure: the list comes from registry.ts.
/**
 * The versions between `from` (exclusive) and `to` (inclusive) among `published`, oldest first,
 * and the newest admitted version after `to`. Stable versions only, unless `from` or `to` is a
 * prerelease: then prereleases of that same major.minor.patch line count too (a `2.0.0-rc.1` →
 * `2.0.0-rc.3` bump is bisected over the rc line, never over unrelated betas). Entries that are
 * not valid semver are ignored. Throws MemgateError when `from` or `to` is not a version, or when
 * `to` is not among `published` (a bisect cannot install what the registry does not have).
 */
function planVersions(published, from, to, name = 'the package', newer) {
    const low = semver.valid(from);
    const high = semver.valid(to);
    if (!low || !high)
        throw new MemgateError(`${name} ${from} → ${to} is not a change between two published versions; only those can be bisected`);
    if (!semver.gt(high, low))
        throw new MemgateError(`${name} moved from ${from} to ${to}, which is not an upgrade; only an upgrade can be bisected`);
    const lines = new Set([low, high].filter((v) => semver.prerelease(v)).map(lineOf));
    const admitted = (v) => !semver.prerelease(v) || lines.has(lineOf(v));
    const valid = [...new Set(published.map((v) => semver.valid(v)).filter((v) => v !== null))].sort(semver.compare);
    if (!valid.includes(high))
        throw new MemgateError(`${name}@${to} is not published on the registry, so the versions before it cannot be bisected`);
    const versions = valid.filter((v) => semver.gt(v, low) && semver.lte(v, high) && (admitted(v) || v === high));
    // A version after `to` nobody reviewed is installed only once it has been out long enough (its
    // publication time known and older than the minimum age).
    const oldEnough = (v) => {
        if (!newer)
            return true;
        const published = Date.parse(newer.time[v] ?? '');
        return Number.isFinite(published) && newer.now - published >= newer.minimumAgeMs;
    };
    const later = valid.filter((v) => semver.gt(v, high) && admitted(v) && oldEnough(v));
    const newest = later.at(-1) ?? null;
    const inLine = later.filter((v) => caretLine(v) === caretLine(high)).at(-1) ?? null;
    return { versions, newer: newest, newerInLine: inLine === newest ? null : inLine };
}
/**
 * The line a version belongs to as a caret range sees it: the major from 1.0.0 on, the minor
 * below it (`^0.3.1` admits 0.3.x only), the patch below 0.1.0. Versions of one line are
 * updates a `^` range takes; a version of a later line is a major upgrade.
 */
function caretLine(version) {
    const v = semver.parse(version);
    if (!v)
        return version;
    return v.major > 0 ? `${v.major}` : v.minor > 0 ? `0.${v.minor}` : `0.0.${v.patch}`;
}
function lineOf(version) {
    const v = semver.parse(version);
    return v ? `${v.major}.${v.minor}.${v.patch}` : version;
}

// Which clean version a bisect offers as the fix, and how the manifest entry is written. Pure.
//
// A maintainer takes, in order: the newest clean version of `to`'s own line (an update their
// range already allows, newer than the leak), then the last clean version (a rollback); a clean
// version of a later line is a major upgrade, offered only as an alternative.
/**
 * The clean versions in the order a maintainer would take them: the newest clean one of `to`'s
 * line newer than the leak, then every clean one below the leak (newest first), then the newest
 * clean one of a later line. Versions that are not semver are left out.
 */
function planFix(facts) {
    const clean = [...new Set(facts.clean.filter((v) => semver.valid(v) !== null))].sort((a, b) => semver.rcompare(a, b));
    const line = caretLine(facts.to);
    const newer = clean.filter((v) => semver.gt(v, facts.firstLeaking));
    const sameLine = newer.find((v) => caretLine(v) === line);
    const later = newer.find((v) => caretLine(v) !== line && semver.gt(v, facts.to));
    const below = clean.filter((v) => semver.lt(v, facts.firstLeaking));
    const style = rangeStyle(facts.range);
    const candidates = [];
    if (sameLine) {
        candidates.push({
            version: sameLine,
            kind: 'same-line',
            spec: `${style}${sameLine}`,
            why: `the newest clean ${facts.name} of the ${line}.x line, newer than the leak (${facts.firstLeaking})${keeps(facts.range, style)}`
        });
    }
    for (const version of below) {
        candidates.push({ version, kind: 'rollback', spec: version, why: rollbackWhy(facts, version) });
    }
    if (later) {
        candidates.push({
            version: later,
            kind: 'major-upgrade',
            spec: `${style}${later}`,
            why: `a major upgrade from ${facts.to}: ${facts.name} ${later} is of the ${caretLine(later)}.x line, whose breaking changes the project must take${keeps(facts.range, style)}`
        });
    }
    return candidates;
}
/** The prefix a manifest range keeps on a newer version: `^`, `~`, or none (exact, or a range of another form). */
function rangeStyle(range) {
    const r = range?.trim() ?? '';
    // One comparator only: `^1.2 || ^2` or `^1.2.0 <1.5.0` say more than a prefix can keep.
    if (/^\^v?\d[^\s|]*$/.test(r))
        return '^';
    if (/^~>?v?\d[^\s|]*$/.test(r))
        return '~';
    return '';
}
function keeps(range, style) {
    if (range === null)
        return '; pinned exactly by the override that holds it';
    if (style)
        return `; the manifest's ${style} range is kept`;
    return semver.valid(range.trim().replace(/^=/, ''))
        ? '; pinned exactly, as the manifest had it'
        : `; pinned exactly (the manifest's range ${range} is not a ^ or ~ range)`;
}
function rollbackWhy(facts, version) {
    const admitted = semver.satisfies(facts.firstLeaking, `^${version}`);
    return (`a rollback to ${version}, below the leak, pinned exactly` +
        (admitted
            ? `: a range such as ^${version} would let ${facts.firstLeaking}, which leaks, back in`
            : ` so that no update brings ${facts.firstLeaking}, which leaks, back in`));
}

// Files memgate writes where someone else may have been first: the report file's path is the user's
// or sits in a directory the PR's code could reach, and a link planted there would make memgate
// overwrite whatever it points at.
/** Writes `text` to `file`, never through a symbolic link (the last component is not followed). */
function writeFileNoFollow(file, text) {
    let fd;
    try {
        fd = fs.openSync(file, fs.constants.O_WRONLY | fs.constants.O_CREAT | fs.constants.O_TRUNC | fs.constants.O_NOFOLLOW, 0o644);
    }
    catch (error) {
        const code = error.code;
        if (code === 'ELOOP')
            throw new MemgateError(`${file} is a symbolic link; memgate writes its report only to a file of its own`, 2, { cause: error });
        throw new MemgateError(`Could not write ${file}: ${code ?? error.message}`, 2, { cause: error });
    }
    try {
        fs.writeFileSync(fd, text);
    }
    finally {
        fs.closeSync(fd);
    }
}
/**
 * `file` (relative to `root`) when it lies inside `root` once every link on its way is followed:
 * a PR's tree can make `package.json`, or a directory above it, a link to anywhere memgate can
 * write. Throws MemgateError otherwise.
 */
function insideTree(root, file) {
    const full = path.resolve(root, file);
    const top = fs.realpathSync(root);
    let dir;
    try {
        dir = fs.realpathSync(path.dirname(full));
    }
    catch (error) {
        throw new MemgateError(`${file} is not in the worktree`, 2, { cause: error });
    }
    if (dir !== top && !dir.startsWith(top + path.sep))
        throw new MemgateError(`${file} leads out of the worktree (a link); memgate does not edit it`);
    if (fs.lstatSync(full, { throwIfNoEntry: false })?.isSymbolicLink()) {
        throw new MemgateError(`${file} is a symbolic link; memgate edits only files of the worktree itself`);
    }
    return path.join(dir, path.basename(full));
}

// Puts packages at given versions in a worktree, the way a user would pin them: a direct
// dependency by its exact version in the manifest that names it, a transitive one by the package
// manager's override field (npm `overrides`, Yarn `resolutions`, pnpm `pnpm.overrides`), then the
// project's own install. Afterwards every installed copy of the package is looked at (npm may nest
// a copy under the package that needs it), not only the hoisted one.
/** The field that overrides a transitive version, by package manager. */
function overrideKey(manager, name) {
    switch (manager) {
        case 'npm':
            return ['overrides', name];
        case 'pnpm':
            return ['pnpm', 'overrides', name];
        case 'yarn':
        case 'yarn-berry':
            return ['resolutions', name];
    }
}
/**
 * The manifest edits that hold `holds` in a project whose lockfile sits beside `rootManifest` (a
 * package.json path from the repository root). A direct hold edits the dependency's own entry; with
 * `override` (or for a transitive hold) the override field as well, so that nested copies move too.
 * Pure.
 */
function planEdits(holds, manager, rootManifest, override = new Set()) {
    const edits = [];
    for (const hold of holds) {
        if (hold.direct && hold.manifest) {
            edits.push({ file: hold.manifest, key: [hold.dependencyType ?? 'dependencies', hold.name], value: hold.version });
        }
        if (!hold.direct || override.has(hold.name))
            edits.push({ file: rootManifest, key: overrideKey(manager, hold.name), value: hold.version });
    }
    return edits;
}
/**
 * `text` (a package.json) with the edits applied, keeping its indentation and final newline. A
 * direct entry is edited in whichever dependency section names it. Throws MemgateError when the
 * text is not a JSON object.
 */
function applyEdits(text, edits, label) {
    let json;
    try {
        json = JSON.parse(text);
    }
    catch (error) {
        throw new MemgateError(`${label} is not valid JSON, so no version can be held in it`, 2, { cause: error });
    }
    if (!json || typeof json !== 'object' || Array.isArray(json))
        throw new MemgateError(`${label} is not a JSON object`);
    for (const edit of edits) {
        const key = [...edit.key];
        const name = key.pop();
        if (name === undefined)
            continue;
        const [first] = key;
        if (first !== undefined && key.length === 1 && DEPENDENCY_SECTIONS.includes(first)) {
            key[0] = DEPENDENCY_SECTIONS.find((s) => isRecord(json[s]) && name in json[s]) ?? first;
        }
        let node = json;
        for (const part of key) {
            if (!isRecord(node[part]))
                node[part] = {};
            node = node[part];
        }
        node[name] = edit.value;
    }
    const indent = /^[ \t]+(?=")/m.exec(text)?.[0] ?? '  ';
    return JSON.stringify(json, null, indent) + (text.endsWith('\n') ? '\n' : '');
}
function isRecord(value) {
    return value !== null && typeof value === 'object' && !Array.isArray(value);
}
/** Writes the edits into the worktree at `treeDir`. */
function writeEdits(treeDir, edits) {
    const byFile = new Map();
    for (const edit of edits)
        byFile.set(edit.file, [...(byFile.get(edit.file) ?? []), edit]);
    for (const [file, list] of byFile) {
        const full = insideTree(treeDir, file);
        let text;
        try {
            text = fs.readFileSync(full, 'utf8');
        }
        catch (error) {
            throw new MemgateError(`${file} is missing in the worktree, so no version can be held in it`, 2, { cause: error });
        }
        writeFileNoFollow(full, applyEdits(text, list, file));
    }
}
/**
 * An npm lockfile (v1–v3) without the entries of `names`, so that the next `npm install` resolves
 * them afresh: npm keeps a locked nested copy even when a new `overrides` entry says otherwise.
 * Returns the text unchanged when it is not JSON.
 */
function dropNpmLockEntries(text, names) {
    let lock;
    try {
        lock = JSON.parse(text);
    }
    catch {
        return text;
    }
    const nameOf = (key) => key.slice(key.lastIndexOf('node_modules/') + 'node_modules/'.length);
    if (isRecord(lock.packages)) {
        for (const key of Object.keys(lock.packages))
            if (key.includes('node_modules/') && names.has(nameOf(key)))
                delete lock.packages[key];
    }
    const prune = (deps) => {
        if (!isRecord(deps))
            return;
        for (const [name, entry] of Object.entries(deps)) {
            if (names.has(name))
                delete deps[name];
            else if (isRecord(entry))
                prune(entry.dependencies);
        }
    };
    prune(lock.dependencies);
    const indent = /^[ \t]+(?=")/m.exec(text)?.[0] ?? '  ';
    return JSON.stringify(lock, null, indent) + (text.endsWith('\n') ? '\n' : '');
}
/**
 * The install that follows an edited manifest: the project's package manager, allowed to update
 * its lockfile (a frozen install would refuse the edit).
 */
function updatingInstallCommand(manager) {
    switch (manager.name) {
        case 'npm':
            return { command: 'npm install --no-audit --no-fund', env: {} };
        case 'yarn':
            return { command: 'corepack yarn install --non-interactive', env: {} };
        case 'yarn-berry':
            // Berry makes installs immutable on CI (CI=true) unless told otherwise.
            return { command: 'corepack yarn install', env: { YARN_ENABLE_IMMUTABLE_INSTALLS: 'false' } };
        case 'pnpm':
            return { command: 'corepack pnpm install --no-frozen-lockfile', env: {} };
    }
}
/** Every installed copy of `name` under `dirs`' node_modules, each once (see walkInstalled). */
function findInstalledCopies(dirs, name) {
    const copies = [];
    walkInstalled(dirs, (pkg, pkgDir, dir) => {
        if (pkg !== name)
            return;
        const version = readManifest(pkgDir)?.version;
        if (typeof version === 'string')
            copies.push({ path: path.relative(dir, pkgDir), version });
    });
    return copies;
}
/**
 * The ranges the installed packages under `dirs` declare for `name` (dependencies, optional and
 * peer), one per dependent copy: a transitive override outside one of them breaks that package's
 * contract.
 */
function findDependentRanges(dirs, name) {
    const found = [];
    const seen = new Set();
    walkInstalled(dirs, (pkg, pkgDir) => {
        const manifest = readManifest(pkgDir);
        if (!manifest)
            return;
        for (const section of ['dependencies', 'optionalDependencies', 'peerDependencies']) {
            const deps = manifest[section];
            const range = isRecord(deps) ? deps[name] : undefined;
            if (typeof range !== 'string')
                continue;
            const dependent = `${pkg}@${typeof manifest.version === 'string' ? manifest.version : '?'}`;
            if (!seen.has(`${dependent}\0${range}`))
                found.push({ dependent, range });
            seen.add(`${dependent}\0${range}`);
            break;
        }
    });
    return found;
}
/**
 * Visits every installed package under `dirs`' node_modules: hoisted, nested under other packages
 * (npm, Yarn 1), and in pnpm's virtual store (node_modules/.pnpm/<id>/node_modules). Symbolic links
 * are not followed (pnpm's and workspaces' links point at copies found elsewhere), so each copy is
 * visited once and the walk ends.
 */
function walkInstalled(dirs, visit) {
    const seen = new Set();
    for (const dir of [...new Set(dirs.map((d) => path.resolve(d)))]) {
        const walk = (modules) => {
            for (const entry of readdir(modules)) {
                if (entry === '.pnpm') {
                    for (const id of readdir(path.join(modules, entry)))
                        walk(path.join(modules, entry, id, 'node_modules'));
                    continue;
                }
                if (entry.startsWith('.'))
                    continue;
                const names = entry.startsWith('@') ? readdir(path.join(modules, entry)).map((sub) => `${entry}/${sub}`) : [entry];
                for (const pkg of names) {
                    const pkgDir = path.join(modules, pkg);
                    if (seen.has(pkgDir) || !isRealDir(pkgDir))
                        continue;
                    seen.add(pkgDir);
                    visit(pkg, pkgDir, dir);
                    walk(path.join(pkgDir, 'node_modules'));
                }
            }
        };
        walk(path.join(dir, 'node_modules'));
    }
}
/**
 * Why the installed tree does not hold `hold` (a one-line reason), or null when it does: some
 * copy is at the held version and none is left at the version it replaces. Pure over `copies`.
 */
function checkCopies(hold, copies) {
    if (copies.length === 0)
        return `no copy of ${hold.name} is installed`;
    const stale = copies.filter((c) => hold.replaces !== undefined && hold.replaces !== hold.version && c.version === hold.replaces);
    const [first] = stale;
    if (first)
        return `${hold.name} is still ${first.version} at ${first.path}${stale.length > 1 ? ` (and ${stale.length - 1} more)` : ''}`;
    if (!copies.some((c) => c.version === hold.version))
        return `${hold.name} is installed as ${[...new Set(copies.map((c) => c.version))].join(', ')}, not ${hold.version}`;
    return null;
}
function readdir(dir) {
    try {
        return fs.readdirSync(dir);
    }
    catch {
        return [];
    }
}
function isRealDir(dir) {
    try {
        return fs.lstatSync(dir).isDirectory();
    }
    catch {
        return false;
    }
}
function readManifest(dir) {
    try {
        const json = JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8'));
        return isRecord(json) ? json : null;
    }
    catch {
        return null;
    }
}

function getDefaultExportFromCjs(x) {
  return x && x.__esModule && Object.prototype.hasOwnProperty.call(x, "default") ? x["default"] : x;
}
var jsYaml = {};
var loader = {};
var common = {};
var hasRequiredCommon;
function requireCommon() {
  if (hasRequiredCommon) return common;
  hasRequiredCommon = 1;
  function isNothing(subject) {
    return typeof subject === "undefined" || subject === null;
  }
  function isObject(subject) {
    return typeof subject === "object" && subject !== null;
  }
  function toArray(sequence) {
    if (Array.isArray(sequence)) return sequence;
    else if (isNothing(sequence)) return [];
    return [sequence];
  }
  function extend(target, source) {
    if (source) {
      const sourceKeys = Object.keys(source);
      for (let index = 0, length = sourceKeys.length; index < length; index += 1) {
        const key = sourceKeys[index];
        target[key] = source[key];
      }
    }
    return target;
  }
  function repeat(string, count) {
    let result = "";
    for (let cycle = 0; cycle < count; cycle += 1) {
      result += string;
    }
    return result;
  }
  function isNegativeZero(number) {
    return number === 0 && Number.NEGATIVE_INFINITY === 1 / number;
  }
  common.isNothing = isNothing;
  common.isObject = isObject;
  common.toArray = toArray;
  common.repeat = repeat;
  common.isNegativeZero = isNegativeZero;
  common.extend = extend;
  return common;
}
var exception;
var hasRequiredException;
function requireException() {
  if (hasRequiredException) return exception;
  hasRequiredException = 1;
  function formatError(exception2, compact) {
    let where = "";
    const message = exception2.reason || "(unknown reason)";
    if (!exception2.mark) return message;
    if (exception2.mark.name) {
      where += 'in "' + exception2.mark.name + '" ';
    }
    where += "(" + (exception2.mark.line + 1) + ":" + (exception2.mark.column + 1) + ")";
    if (!compact && exception2.mark.snippet) {
      where += "\n\n" + exception2.mark.snippet;
    }
    return message + " " + where;
  }
  function YAMLException2(reason, mark) {
    Error.call(this);
    this.name = "YAMLException";
    this.reason = reason;
    this.mark = mark;
    this.message = formatError(this, false);
    if (Error.captureStackTrace) {
      Error.captureStackTrace(this, this.constructor);
    } else {
      this.stack = new Error().stack || "";
    }
  }
  YAMLException2.prototype = Object.create(Error.prototype);
  YAMLException2.prototype.constructor = YAMLException2;
  YAMLException2.prototype.toString = function toString(compact) {
    return this.name + ": " + formatError(this, compact);
  };
  exception = YAMLException2;
  return exception;
}
var snippet;
var hasRequiredSnippet;
function requireSnippet() {
  if (hasRequiredSnippet) return snippet;
  hasRequiredSnippet = 1;
  const common2 = requireCommon();
  function getLine(buffer, lineStart, lineEnd, position, maxLineLength) {
    let head = "";
    let tail = "";
    const maxHalfLength = Math.floor(maxLineLength / 2) - 1;
    if (position - lineStart > maxHalfLength) {
      head = " ... ";
      lineStart = position - maxHalfLength + head.length;
    }
    if (lineEnd - position > maxHalfLength) {
      tail = " ...";
      lineEnd = position + maxHalfLength - tail.length;
    }
    return {
      str: head + buffer.slice(lineStart, lineEnd).replace(/\t/g, "→") + tail,
      pos: position - lineStart + head.length
      // relative position
    };
  }
  function padStart(string, max) {
    return common2.repeat(" ", max - string.length) + string;
  }
  function makeSnippet(mark, options) {
    options = Object.create(options || null);
    if (!mark.buffer) return null;
    if (!options.maxLength) options.maxLength = 79;
    if (typeof options.indent !== "number") options.indent = 1;
    if (typeof options.linesBefore !== "number") options.linesBefore = 3;
    if (typeof options.linesAfter !== "number") options.linesAfter = 2;
    const re = /\r?\n|\r|\0/g;
    const lineStarts = [0];
    const lineEnds = [];
    let match;
    let foundLineNo = -1;
    while (match = re.exec(mark.buffer)) {
      lineEnds.push(match.index);
      lineStarts.push(match.index + match[0].length);
      if (mark.position <= match.index && foundLineNo < 0) {
        foundLineNo = lineStarts.length - 2;
      }
    }
    if (foundLineNo < 0) foundLineNo = lineStarts.length - 1;
    let result = "";
    const lineNoLength = Math.min(mark.line + options.linesAfter, lineEnds.length).toString().length;
    const maxLineLength = options.maxLength - (options.indent + lineNoLength + 3);
    for (let i = 1; i <= options.linesBefore; i++) {
      if (foundLineNo - i < 0) break;
      const line2 = getLine(
        mark.buffer,
        lineStarts[foundLineNo - i],
        lineEnds[foundLineNo - i],
        mark.position - (lineStarts[foundLineNo] - lineStarts[foundLineNo - i]),
        maxLineLength
      );
      result = common2.repeat(" ", options.indent) + padStart((mark.line - i + 1).toString(), lineNoLength) + " | " + line2.str + "\n" + result;
    }
    const line = getLine(mark.buffer, lineStarts[foundLineNo], lineEnds[foundLineNo], mark.position, maxLineLength);
    result += common2.repeat(" ", options.indent) + padStart((mark.line + 1).toString(), lineNoLength) + " | " + line.str + "\n";
    result += common2.repeat("-", options.indent + lineNoLength + 3 + line.pos) + "^\n";
    for (let i = 1; i <= options.linesAfter; i++) {
      if (foundLineNo + i >= lineEnds.length) break;
      const line2 = getLine(
        mark.buffer,
        lineStarts[foundLineNo + i],
        lineEnds[foundLineNo + i],
        mark.position - (lineStarts[foundLineNo] - lineStarts[foundLineNo + i]),
        maxLineLength
      );
      result += common2.repeat(" ", options.indent) + padStart((mark.line + i + 1).toString(), lineNoLength) + " | " + line2.str + "\n";
    }
    return result.replace(/\n$/, "");
  }
  snippet = makeSnippet;
  return snippet;
}
var type;
var hasRequiredType;
function requireType() {
  if (hasRequiredType) return type;
  hasRequiredType = 1;
  const YAMLException2 = requireException();
  const TYPE_CONSTRUCTOR_OPTIONS = [
    "kind",
    "multi",
    "resolve",
    "construct",
    "instanceOf",
    "predicate",
    "represent",
    "representName",
    "defaultStyle",
    "styleAliases"
  ];
  const YAML_NODE_KINDS = [
    "scalar",
    "sequence",
    "mapping"
  ];
  function compileStyleAliases(map2) {
    const result = {};
    if (map2 !== null) {
      Object.keys(map2).forEach(function(style) {
        map2[style].forEach(function(alias) {
          result[String(alias)] = style;
        });
      });
    }
    return result;
  }
  function Type2(tag, options) {
    options = options || {};
    Object.keys(options).forEach(function(name) {
      if (TYPE_CONSTRUCTOR_OPTIONS.indexOf(name) === -1) {
        throw new YAMLException2('Unknown option "' + name + '" is met in definition of "' + tag + '" YAML type.');
      }
    });
    this.options = options;
    this.tag = tag;
    this.kind = options["kind"] || null;
    this.resolve = options["resolve"] || function() {
      return true;
    };
    this.construct = options["construct"] || function(data) {
      return data;
    };
    this.instanceOf = options["instanceOf"] || null;
    this.predicate = options["predicate"] || null;
    this.represent = options["represent"] || null;
    this.representName = options["representName"] || null;
    this.defaultStyle = options["defaultStyle"] || null;
    this.multi = options["multi"] || false;
    this.styleAliases = compileStyleAliases(options["styleAliases"] || null);
    if (YAML_NODE_KINDS.indexOf(this.kind) === -1) {
      throw new YAMLException2('Unknown kind "' + this.kind + '" is specified for "' + tag + '" YAML type.');
    }
  }
  type = Type2;
  return type;
}
var schema;
var hasRequiredSchema;
function requireSchema() {
  if (hasRequiredSchema) return schema;
  hasRequiredSchema = 1;
  const YAMLException2 = requireException();
  const Type2 = requireType();
  function compileList(schema2, name) {
    const result = [];
    schema2[name].forEach(function(currentType) {
      let newIndex = result.length;
      result.forEach(function(previousType, previousIndex) {
        if (previousType.tag === currentType.tag && previousType.kind === currentType.kind && previousType.multi === currentType.multi) {
          newIndex = previousIndex;
        }
      });
      result[newIndex] = currentType;
    });
    return result;
  }
  function compileMap() {
    const result = {
      scalar: {},
      sequence: {},
      mapping: {},
      fallback: {},
      multi: {
        scalar: [],
        sequence: [],
        mapping: [],
        fallback: []
      }
    };
    function collectType(type2) {
      if (type2.multi) {
        result.multi[type2.kind].push(type2);
        result.multi["fallback"].push(type2);
      } else {
        result[type2.kind][type2.tag] = result["fallback"][type2.tag] = type2;
      }
    }
    for (let index = 0, length = arguments.length; index < length; index += 1) {
      arguments[index].forEach(collectType);
    }
    return result;
  }
  function Schema2(definition) {
    return this.extend(definition);
  }
  Schema2.prototype.extend = function extend(definition) {
    let implicit = [];
    let explicit = [];
    if (definition instanceof Type2) {
      explicit.push(definition);
    } else if (Array.isArray(definition)) {
      explicit = explicit.concat(definition);
    } else if (definition && (Array.isArray(definition.implicit) || Array.isArray(definition.explicit))) {
      if (definition.implicit) implicit = implicit.concat(definition.implicit);
      if (definition.explicit) explicit = explicit.concat(definition.explicit);
    } else {
      throw new YAMLException2("Schema.extend argument should be a Type, [ Type ], or a schema definition ({ implicit: [...], explicit: [...] })");
    }
    implicit.forEach(function(type2) {
      if (!(type2 instanceof Type2)) {
        throw new YAMLException2("Specified list of YAML types (or a single Type object) contains a non-Type object.");
      }
      if (type2.loadKind && type2.loadKind !== "scalar") {
        throw new YAMLException2("There is a non-scalar type in the implicit list of a schema. Implicit resolving of such types is not supported.");
      }
      if (type2.multi) {
        throw new YAMLException2("There is a multi type in the implicit list of a schema. Multi tags can only be listed as explicit.");
      }
    });
    explicit.forEach(function(type2) {
      if (!(type2 instanceof Type2)) {
        throw new YAMLException2("Specified list of YAML types (or a single Type object) contains a non-Type object.");
      }
    });
    const result = Object.create(Schema2.prototype);
    result.implicit = (this.implicit || []).concat(implicit);
    result.explicit = (this.explicit || []).concat(explicit);
    result.compiledImplicit = compileList(result, "implicit");
    result.compiledExplicit = compileList(result, "explicit");
    result.compiledTypeMap = compileMap(result.compiledImplicit, result.compiledExplicit);
    return result;
  };
  schema = Schema2;
  return schema;
}
var str;
var hasRequiredStr;
function requireStr() {
  if (hasRequiredStr) return str;
  hasRequiredStr = 1;
  const Type2 = requireType();
  str = new Type2("tag:yaml.org,2002:str", {
    kind: "scalar",
    construct: function(data) {
      return data !== null ? data : "";
    }
  });
  return str;
}
var seq;
var hasRequiredSeq;
function requireSeq() {
  if (hasRequiredSeq) return seq;
  hasRequiredSeq = 1;
  const Type2 = requireType();
  seq = new Type2("tag:yaml.org,2002:seq", {
    kind: "sequence",
    construct: function(data) {
      return data !== null ? data : [];
    }
  });
  return seq;
}
var map;
var hasRequiredMap;
function requireMap() {
  if (hasRequiredMap) return map;
  hasRequiredMap = 1;
  const Type2 = requireType();
  map = new Type2("tag:yaml.org,2002:map", {
    kind: "mapping",
    construct: function(data) {
      return data !== null ? data : {};
    }
  });
  return map;
}
var failsafe;
var hasRequiredFailsafe;
function requireFailsafe() {
  if (hasRequiredFailsafe) return failsafe;
  hasRequiredFailsafe = 1;
  const Schema2 = requireSchema();
  failsafe = new Schema2({
    explicit: [
      requireStr(),
      requireSeq(),
      requireMap()
    ]
  });
  return failsafe;
}
var _null;
var hasRequired_null;
function require_null() {
  if (hasRequired_null) return _null;
  hasRequired_null = 1;
  const Type2 = requireType();
  function resolveYamlNull(data) {
    if (data === null) return true;
    const max = data.length;
    return max === 1 && data === "~" || max === 4 && (data === "null" || data === "Null" || data === "NULL");
  }
  function constructYamlNull() {
    return null;
  }
  function isNull(object) {
    return object === null;
  }
  _null = new Type2("tag:yaml.org,2002:null", {
    kind: "scalar",
    resolve: resolveYamlNull,
    construct: constructYamlNull,
    predicate: isNull,
    represent: {
      canonical: function() {
        return "~";
      },
      lowercase: function() {
        return "null";
      },
      uppercase: function() {
        return "NULL";
      },
      camelcase: function() {
        return "Null";
      },
      empty: function() {
        return "";
      }
    },
    defaultStyle: "lowercase"
  });
  return _null;
}
var bool;
var hasRequiredBool;
function requireBool() {
  if (hasRequiredBool) return bool;
  hasRequiredBool = 1;
  const Type2 = requireType();
  function resolveYamlBoolean(data) {
    if (data === null) return false;
    const max = data.length;
    return max === 4 && (data === "true" || data === "True" || data === "TRUE") || max === 5 && (data === "false" || data === "False" || data === "FALSE");
  }
  function constructYamlBoolean(data) {
    return data === "true" || data === "True" || data === "TRUE";
  }
  function isBoolean(object) {
    return Object.prototype.toString.call(object) === "[object Boolean]";
  }
  bool = new Type2("tag:yaml.org,2002:bool", {
    kind: "scalar",
    resolve: resolveYamlBoolean,
    construct: constructYamlBoolean,
    predicate: isBoolean,
    represent: {
      lowercase: function(object) {
        return object ? "true" : "false";
      },
      uppercase: function(object) {
        return object ? "TRUE" : "FALSE";
      },
      camelcase: function(object) {
        return object ? "True" : "False";
      }
    },
    defaultStyle: "lowercase"
  });
  return bool;
}
var int;
var hasRequiredInt;
function requireInt() {
  if (hasRequiredInt) return int;
  hasRequiredInt = 1;
  const common2 = requireCommon();
  const Type2 = requireType();
  function isHexCode(c) {
    return c >= 48 && c <= 57 || c >= 65 && c <= 70 || c >= 97 && c <= 102;
  }
  function isOctCode(c) {
    return c >= 48 && c <= 55;
  }
  function isDecCode(c) {
    return c >= 48 && c <= 57;
  }
  function resolveYamlInteger(data) {
    if (data === null) return false;
    const max = data.length;
    let index = 0;
    let hasDigits = false;
    if (!max) return false;
    let ch = data[index];
    if (ch === "-" || ch === "+") {
      ch = data[++index];
    }
    if (ch === "0") {
      if (index + 1 === max) return true;
      ch = data[++index];
      if (ch === "b") {
        index++;
        for (; index < max; index++) {
          ch = data[index];
          if (ch !== "0" && ch !== "1") return false;
          hasDigits = true;
        }
        return hasDigits && isFinite(parseYamlInteger(data));
      }
      if (ch === "x") {
        index++;
        for (; index < max; index++) {
          if (!isHexCode(data.charCodeAt(index))) return false;
          hasDigits = true;
        }
        return hasDigits && isFinite(parseYamlInteger(data));
      }
      if (ch === "o") {
        index++;
        for (; index < max; index++) {
          if (!isOctCode(data.charCodeAt(index))) return false;
          hasDigits = true;
        }
        return hasDigits && isFinite(parseYamlInteger(data));
      }
    }
    for (; index < max; index++) {
      if (!isDecCode(data.charCodeAt(index))) {
        return false;
      }
      hasDigits = true;
    }
    if (!hasDigits) return false;
    return isFinite(parseYamlInteger(data));
  }
  function parseYamlInteger(data) {
    let value = data;
    let sign = 1;
    let ch = value[0];
    if (ch === "-" || ch === "+") {
      if (ch === "-") sign = -1;
      value = value.slice(1);
      ch = value[0];
    }
    if (value === "0") return 0;
    if (ch === "0") {
      if (value[1] === "b") return sign * parseInt(value.slice(2), 2);
      if (value[1] === "x") return sign * parseInt(value.slice(2), 16);
      if (value[1] === "o") return sign * parseInt(value.slice(2), 8);
    }
    return sign * parseInt(value, 10);
  }
  function constructYamlInteger(data) {
    return parseYamlInteger(data);
  }
  function isInteger(object) {
    return Object.prototype.toString.call(object) === "[object Number]" && (object % 1 === 0 && !common2.isNegativeZero(object));
  }
  int = new Type2("tag:yaml.org,2002:int", {
    kind: "scalar",
    resolve: resolveYamlInteger,
    construct: constructYamlInteger,
    predicate: isInteger,
    represent: {
      binary: function(obj) {
        return obj >= 0 ? "0b" + obj.toString(2) : "-0b" + obj.toString(2).slice(1);
      },
      octal: function(obj) {
        return obj >= 0 ? "0o" + obj.toString(8) : "-0o" + obj.toString(8).slice(1);
      },
      decimal: function(obj) {
        return obj.toString(10);
      },
      hexadecimal: function(obj) {
        return obj >= 0 ? "0x" + obj.toString(16).toUpperCase() : "-0x" + obj.toString(16).toUpperCase().slice(1);
      }
    },
    defaultStyle: "decimal",
    styleAliases: {
      binary: [2, "bin"],
      octal: [8, "oct"],
      decimal: [10, "dec"],
      hexadecimal: [16, "hex"]
    }
  });
  return int;
}
var float;
var hasRequiredFloat;
function requireFloat() {
  if (hasRequiredFloat) return float;
  hasRequiredFloat = 1;
  const common2 = requireCommon();
  const Type2 = requireType();
  const YAML_FLOAT_PATTERN = new RegExp(
    // 2.5e4, 2.5 and integers
    "^(?:[-+]?(?:[0-9]+)(?:\\.[0-9]*)?(?:[eE][-+]?[0-9]+)?|\\.[0-9]+(?:[eE][-+]?[0-9]+)?|[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$"
  );
  const YAML_FLOAT_SPECIAL_PATTERN = new RegExp(
    "^(?:[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$"
  );
  function resolveYamlFloat(data) {
    if (data === null) return false;
    if (!YAML_FLOAT_PATTERN.test(data)) {
      return false;
    }
    if (isFinite(parseFloat(data, 10))) {
      return true;
    }
    return YAML_FLOAT_SPECIAL_PATTERN.test(data);
  }
  function constructYamlFloat(data) {
    let value = data.toLowerCase();
    const sign = value[0] === "-" ? -1 : 1;
    if ("+-".indexOf(value[0]) >= 0) {
      value = value.slice(1);
    }
    if (value === ".inf") {
      return sign === 1 ? Number.POSITIVE_INFINITY : Number.NEGATIVE_INFINITY;
    } else if (value === ".nan") {
      return NaN;
    }
    return sign * parseFloat(value, 10);
  }
  const SCIENTIFIC_WITHOUT_DOT = /^[-+]?[0-9]+e/;
  function representYamlFloat(object, style) {
    if (isNaN(object)) {
      switch (style) {
        case "lowercase":
          return ".nan";
        case "uppercase":
          return ".NAN";
        case "camelcase":
          return ".NaN";
      }
    } else if (Number.POSITIVE_INFINITY === object) {
      switch (style) {
        case "lowercase":
          return ".inf";
        case "uppercase":
          return ".INF";
        case "camelcase":
          return ".Inf";
      }
    } else if (Number.NEGATIVE_INFINITY === object) {
      switch (style) {
        case "lowercase":
          return "-.inf";
        case "uppercase":
          return "-.INF";
        case "camelcase":
          return "-.Inf";
      }
    } else if (common2.isNegativeZero(object)) {
      return "-0.0";
    }
    const res = object.toString(10);
    return SCIENTIFIC_WITHOUT_DOT.test(res) ? res.replace("e", ".e") : res;
  }
  function isFloat(object) {
    return Object.prototype.toString.call(object) === "[object Number]" && (object % 1 !== 0 || common2.isNegativeZero(object));
  }
  float = new Type2("tag:yaml.org,2002:float", {
    kind: "scalar",
    resolve: resolveYamlFloat,
    construct: constructYamlFloat,
    predicate: isFloat,
    represent: representYamlFloat,
    defaultStyle: "lowercase"
  });
  return float;
}
var json$1;
var hasRequiredJson;
function requireJson() {
  if (hasRequiredJson) return json$1;
  hasRequiredJson = 1;
  json$1 = requireFailsafe().extend({
    implicit: [
      require_null(),
      requireBool(),
      requireInt(),
      requireFloat()
    ]
  });
  return json$1;
}
var core;
var hasRequiredCore;
function requireCore() {
  if (hasRequiredCore) return core;
  hasRequiredCore = 1;
  core = requireJson();
  return core;
}
var timestamp;
var hasRequiredTimestamp;
function requireTimestamp() {
  if (hasRequiredTimestamp) return timestamp;
  hasRequiredTimestamp = 1;
  const Type2 = requireType();
  const YAML_DATE_REGEXP = new RegExp(
    "^([0-9][0-9][0-9][0-9])-([0-9][0-9])-([0-9][0-9])$"
  );
  const YAML_TIMESTAMP_REGEXP = new RegExp(
    "^([0-9][0-9][0-9][0-9])-([0-9][0-9]?)-([0-9][0-9]?)(?:[Tt]|[ \\t]+)([0-9][0-9]?):([0-9][0-9]):([0-9][0-9])(?:\\.([0-9]*))?(?:[ \\t]*(Z|([-+])([0-9][0-9]?)(?::([0-9][0-9]))?))?$"
  );
  function resolveYamlTimestamp(data) {
    if (data === null) return false;
    if (YAML_DATE_REGEXP.exec(data) !== null) return true;
    if (YAML_TIMESTAMP_REGEXP.exec(data) !== null) return true;
    return false;
  }
  function constructYamlTimestamp(data) {
    let fraction = 0;
    let delta = null;
    let match = YAML_DATE_REGEXP.exec(data);
    if (match === null) match = YAML_TIMESTAMP_REGEXP.exec(data);
    if (match === null) throw new Error("Date resolve error");
    const year = +match[1];
    const month = +match[2] - 1;
    const day = +match[3];
    if (!match[4]) {
      return new Date(Date.UTC(year, month, day));
    }
    const hour = +match[4];
    const minute = +match[5];
    const second = +match[6];
    if (match[7]) {
      fraction = match[7].slice(0, 3);
      while (fraction.length < 3) {
        fraction += "0";
      }
      fraction = +fraction;
    }
    if (match[9]) {
      const tzHour = +match[10];
      const tzMinute = +(match[11] || 0);
      delta = (tzHour * 60 + tzMinute) * 6e4;
      if (match[9] === "-") delta = -delta;
    }
    const date = new Date(Date.UTC(year, month, day, hour, minute, second, fraction));
    if (delta) date.setTime(date.getTime() - delta);
    return date;
  }
  function representYamlTimestamp(object) {
    return object.toISOString();
  }
  timestamp = new Type2("tag:yaml.org,2002:timestamp", {
    kind: "scalar",
    resolve: resolveYamlTimestamp,
    construct: constructYamlTimestamp,
    instanceOf: Date,
    represent: representYamlTimestamp
  });
  return timestamp;
}
var merge;
var hasRequiredMerge;
function requireMerge() {
  if (hasRequiredMerge) return merge;
  hasRequiredMerge = 1;
  const Type2 = requireType();
  function resolveYamlMerge(data) {
    return data === "<<" || data === null;
  }
  merge = new Type2("tag:yaml.org,2002:merge", {
    kind: "scalar",
    resolve: resolveYamlMerge
  });
  return merge;
}
var binary;
var hasRequiredBinary;
function requireBinary() {
  if (hasRequiredBinary) return binary;
  hasRequiredBinary = 1;
  const Type2 = requireType();
  const BASE64_MAP = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/=\n\r";
  function resolveYamlBinary(data) {
    if (data === null) return false;
    let bitlen = 0;
    const max = data.length;
    const map2 = BASE64_MAP;
    for (let idx = 0; idx < max; idx++) {
      const code = map2.indexOf(data.charAt(idx));
      if (code > 64) continue;
      if (code < 0) return false;
      bitlen += 6;
    }
    return bitlen % 8 === 0;
  }
  function constructYamlBinary(data) {
    const input = data.replace(/[\r\n=]/g, "");
    const max = input.length;
    const map2 = BASE64_MAP;
    let bits = 0;
    const result = [];
    for (let idx = 0; idx < max; idx++) {
      if (idx % 4 === 0 && idx) {
        result.push(bits >> 16 & 255);
        result.push(bits >> 8 & 255);
        result.push(bits & 255);
      }
      bits = bits << 6 | map2.indexOf(input.charAt(idx));
    }
    const tailbits = max % 4 * 6;
    if (tailbits === 0) {
      result.push(bits >> 16 & 255);
      result.push(bits >> 8 & 255);
      result.push(bits & 255);
    } else if (tailbits === 18) {
      result.push(bits >> 10 & 255);
      result.push(bits >> 2 & 255);
    } else if (tailbits === 12) {
      result.push(bits >> 4 & 255);
    }
    return new Uint8Array(result);
  }
  function representYamlBinary(object) {
    let result = "";
    let bits = 0;
    const max = object.length;
    const map2 = BASE64_MAP;
    for (let idx = 0; idx < max; idx++) {
      if (idx % 3 === 0 && idx) {
        result += map2[bits >> 18 & 63];
        result += map2[bits >> 12 & 63];
        result += map2[bits >> 6 & 63];
        result += map2[bits & 63];
      }
      bits = (bits << 8) + object[idx];
    }
    const tail = max % 3;
    if (tail === 0) {
      result += map2[bits >> 18 & 63];
      result += map2[bits >> 12 & 63];
      result += map2[bits >> 6 & 63];
      result += map2[bits & 63];
    } else if (tail === 2) {
      result += map2[bits >> 10 & 63];
      result += map2[bits >> 4 & 63];
      result += map2[bits << 2 & 63];
      result += map2[64];
    } else if (tail === 1) {
      result += map2[bits >> 2 & 63];
      result += map2[bits << 4 & 63];
      result += map2[64];
      result += map2[64];
    }
    return result;
  }
  function isBinary(obj) {
    return Object.prototype.toString.call(obj) === "[object Uint8Array]";
  }
  binary = new Type2("tag:yaml.org,2002:binary", {
    kind: "scalar",
    resolve: resolveYamlBinary,
    construct: constructYamlBinary,
    predicate: isBinary,
    represent: representYamlBinary
  });
  return binary;
}
var omap;
var hasRequiredOmap;
function requireOmap() {
  if (hasRequiredOmap) return omap;
  hasRequiredOmap = 1;
  const Type2 = requireType();
  const _hasOwnProperty = Object.prototype.hasOwnProperty;
  const _toString = Object.prototype.toString;
  function resolveYamlOmap(data) {
    if (data === null) return true;
    const objectKeys = {};
    const object = data;
    for (let index = 0, length = object.length; index < length; index += 1) {
      const pair = object[index];
      let pairHasKey = false;
      if (_toString.call(pair) !== "[object Object]") return false;
      let pairKey;
      for (pairKey in pair) {
        if (_hasOwnProperty.call(pair, pairKey)) {
          if (!pairHasKey) pairHasKey = true;
          else return false;
        }
      }
      if (!pairHasKey) return false;
      if (_hasOwnProperty.call(objectKeys, pairKey)) return false;
      Object.defineProperty(objectKeys, pairKey, { value: true });
    }
    return true;
  }
  function constructYamlOmap(data) {
    return data !== null ? data : [];
  }
  omap = new Type2("tag:yaml.org,2002:omap", {
    kind: "sequence",
    resolve: resolveYamlOmap,
    construct: constructYamlOmap
  });
  return omap;
}
var pairs;
var hasRequiredPairs;
function requirePairs() {
  if (hasRequiredPairs) return pairs;
  hasRequiredPairs = 1;
  const Type2 = requireType();
  const _toString = Object.prototype.toString;
  function resolveYamlPairs(data) {
    if (data === null) return true;
    const object = data;
    const result = new Array(object.length);
    for (let index = 0, length = object.length; index < length; index += 1) {
      const pair = object[index];
      if (_toString.call(pair) !== "[object Object]") return false;
      const keys = Object.keys(pair);
      if (keys.length !== 1) return false;
      result[index] = [keys[0], pair[keys[0]]];
    }
    return true;
  }
  function constructYamlPairs(data) {
    if (data === null) return [];
    const object = data;
    const result = new Array(object.length);
    for (let index = 0, length = object.length; index < length; index += 1) {
      const pair = object[index];
      const keys = Object.keys(pair);
      result[index] = [keys[0], pair[keys[0]]];
    }
    return result;
  }
  pairs = new Type2("tag:yaml.org,2002:pairs", {
    kind: "sequence",
    resolve: resolveYamlPairs,
    construct: constructYamlPairs
  });
  return pairs;
}
var set;
var hasRequiredSet;
function requireSet() {
  if (hasRequiredSet) return set;
  hasRequiredSet = 1;
  const Type2 = requireType();
  const _hasOwnProperty = Object.prototype.hasOwnProperty;
  function resolveYamlSet(data) {
    if (data === null) return true;
    const object = data;
    for (const key in object) {
      if (_hasOwnProperty.call(object, key)) {
        if (object[key] !== null) return false;
      }
    }
    return true;
  }
  function constructYamlSet(data) {
    return data !== null ? data : {};
  }
  set = new Type2("tag:yaml.org,2002:set", {
    kind: "mapping",
    resolve: resolveYamlSet,
    construct: constructYamlSet
  });
  return set;
}
var _default;
var hasRequired_default;
function require_default() {
  if (hasRequired_default) return _default;
  hasRequired_default = 1;
  _default = requireCore().extend({
    implicit: [
      requireTimestamp(),
      requireMerge()
    ],
    explicit: [
      requireBinary(),
      requireOmap(),
      requirePairs(),
      requireSet()
    ]
  });
  return _default;
}
var hasRequiredLoader;
function requireLoader() {
  if (hasRequiredLoader) return loader;
  hasRequiredLoader = 1;
  const common2 = requireCommon();
  const YAMLException2 = requireException();
  const makeSnippet = requireSnippet();
  const DEFAULT_SCHEMA2 = require_default();
  const _hasOwnProperty = Object.prototype.hasOwnProperty;
  const CONTEXT_FLOW_IN = 1;
  const CONTEXT_FLOW_OUT = 2;
  const CONTEXT_BLOCK_IN = 3;
  const CONTEXT_BLOCK_OUT = 4;
  const CHOMPING_CLIP = 1;
  const CHOMPING_STRIP = 2;
  const CHOMPING_KEEP = 3;
  const PATTERN_NON_PRINTABLE = /[\x00-\x08\x0B\x0C\x0E-\x1F\x7F-\x84\x86-\x9F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?:[^\uD800-\uDBFF]|^)[\uDC00-\uDFFF]/;
  const PATTERN_NON_ASCII_LINE_BREAKS = /[\x85\u2028\u2029]/;
  const PATTERN_FLOW_INDICATORS = /[,\[\]{}]/;
  const PATTERN_TAG_HANDLE = /^(?:!|!!|![0-9A-Za-z-]+!)$/;
  const PATTERN_TAG_URI = /^(?:!|[^,\[\]{}])(?:%[0-9a-f]{2}|[0-9a-z\-#;/?:@&=+$,_.!~*'()\[\]])*$/i;
  function _class(obj) {
    return Object.prototype.toString.call(obj);
  }
  function isEol(c) {
    return c === 10 || c === 13;
  }
  function isWhiteSpace(c) {
    return c === 9 || c === 32;
  }
  function isWsOrEol(c) {
    return c === 9 || c === 32 || c === 10 || c === 13;
  }
  function isFlowIndicator(c) {
    return c === 44 || c === 91 || c === 93 || c === 123 || c === 125;
  }
  function fromHexCode(c) {
    if (c >= 48 && c <= 57) {
      return c - 48;
    }
    const lc = c | 32;
    if (lc >= 97 && lc <= 102) {
      return lc - 97 + 10;
    }
    return -1;
  }
  function escapedHexLen(c) {
    if (c === 120) {
      return 2;
    }
    if (c === 117) {
      return 4;
    }
    if (c === 85) {
      return 8;
    }
    return 0;
  }
  function fromDecimalCode(c) {
    if (c >= 48 && c <= 57) {
      return c - 48;
    }
    return -1;
  }
  function simpleEscapeSequence(c) {
    switch (c) {
      case 48:
        return "\0";
      case 97:
        return "\x07";
      case 98:
        return "\b";
      case 116:
        return "	";
      case 9:
        return "	";
      case 110:
        return "\n";
      case 118:
        return "\v";
      case 102:
        return "\f";
      case 114:
        return "\r";
      case 101:
        return "\x1B";
      case 32:
        return " ";
      case 34:
        return '"';
      case 47:
        return "/";
      case 92:
        return "\\";
      case 78:
        return "";
      case 95:
        return " ";
      case 76:
        return "\u2028";
      case 80:
        return "\u2029";
      default:
        return "";
    }
  }
  function charFromCodepoint(c) {
    if (c <= 65535) {
      return String.fromCharCode(c);
    }
    return String.fromCharCode(
      (c - 65536 >> 10) + 55296,
      (c - 65536 & 1023) + 56320
    );
  }
  function setProperty(object, key, value) {
    if (key === "__proto__") {
      Object.defineProperty(object, key, {
        configurable: true,
        enumerable: true,
        writable: true,
        value
      });
    } else {
      object[key] = value;
    }
  }
  const simpleEscapeCheck = new Array(256);
  const simpleEscapeMap = new Array(256);
  for (let i = 0; i < 256; i++) {
    simpleEscapeCheck[i] = simpleEscapeSequence(i) ? 1 : 0;
    simpleEscapeMap[i] = simpleEscapeSequence(i);
  }
  function State(input, options) {
    this.input = input;
    this.filename = options["filename"] || null;
    this.schema = options["schema"] || DEFAULT_SCHEMA2;
    this.onWarning = options["onWarning"] || null;
    this.legacy = options["legacy"] || false;
    this.json = options["json"] || false;
    this.listener = options["listener"] || null;
    this.maxDepth = typeof options["maxDepth"] === "number" ? options["maxDepth"] : 100;
    this.maxTotalMergeKeys = typeof options["maxTotalMergeKeys"] === "number" ? options["maxTotalMergeKeys"] : 1e4;
    this.implicitTypes = this.schema.compiledImplicit;
    this.typeMap = this.schema.compiledTypeMap;
    this.length = input.length;
    this.position = 0;
    this.line = 0;
    this.lineStart = 0;
    this.lineIndent = 0;
    this.depth = 0;
    this.totalMergeKeys = 0;
    this.firstTabInLine = -1;
    this.documents = [];
    this.anchorMapTransactions = [];
  }
  function generateError(state, message) {
    const mark = {
      name: state.filename,
      buffer: state.input.slice(0, -1),
      // omit trailing \0
      position: state.position,
      line: state.line,
      column: state.position - state.lineStart
    };
    mark.snippet = makeSnippet(mark);
    return new YAMLException2(message, mark);
  }
  function throwError(state, message) {
    throw generateError(state, message);
  }
  function throwWarning(state, message) {
    if (state.onWarning) {
      state.onWarning.call(null, generateError(state, message));
    }
  }
  function storeAnchor(state, name, value) {
    const transactions = state.anchorMapTransactions;
    if (transactions.length !== 0) {
      const transaction = transactions[transactions.length - 1];
      if (!_hasOwnProperty.call(transaction, name)) {
        transaction[name] = {
          existed: _hasOwnProperty.call(state.anchorMap, name),
          value: state.anchorMap[name]
        };
      }
    }
    state.anchorMap[name] = value;
  }
  function beginAnchorTransaction(state) {
    state.anchorMapTransactions.push(/* @__PURE__ */ Object.create(null));
  }
  function commitAnchorTransaction(state) {
    const transaction = state.anchorMapTransactions.pop();
    const transactions = state.anchorMapTransactions;
    if (transactions.length === 0) return;
    const parent = transactions[transactions.length - 1];
    const names = Object.keys(transaction);
    for (let index = 0, length = names.length; index < length; index += 1) {
      const name = names[index];
      if (!_hasOwnProperty.call(parent, name)) {
        parent[name] = transaction[name];
      }
    }
  }
  function rollbackAnchorTransaction(state) {
    const transaction = state.anchorMapTransactions.pop();
    const names = Object.keys(transaction);
    for (let index = names.length - 1; index >= 0; index -= 1) {
      const entry = transaction[names[index]];
      if (entry.existed) {
        state.anchorMap[names[index]] = entry.value;
      } else {
        delete state.anchorMap[names[index]];
      }
    }
  }
  function snapshotState(state) {
    return {
      position: state.position,
      line: state.line,
      lineStart: state.lineStart,
      lineIndent: state.lineIndent,
      firstTabInLine: state.firstTabInLine,
      tag: state.tag,
      anchor: state.anchor,
      kind: state.kind,
      result: state.result
    };
  }
  function restoreState(state, snapshot) {
    state.position = snapshot.position;
    state.line = snapshot.line;
    state.lineStart = snapshot.lineStart;
    state.lineIndent = snapshot.lineIndent;
    state.firstTabInLine = snapshot.firstTabInLine;
    state.tag = snapshot.tag;
    state.anchor = snapshot.anchor;
    state.kind = snapshot.kind;
    state.result = snapshot.result;
  }
  const directiveHandlers = {
    YAML: function handleYamlDirective(state, name, args) {
      if (state.version !== null) {
        throwError(state, "duplication of %YAML directive");
      }
      if (args.length !== 1) {
        throwError(state, "YAML directive accepts exactly one argument");
      }
      const match = /^([0-9]+)\.([0-9]+)$/.exec(args[0]);
      if (match === null) {
        throwError(state, "ill-formed argument of the YAML directive");
      }
      const major = parseInt(match[1], 10);
      const minor = parseInt(match[2], 10);
      if (major !== 1) {
        throwError(state, "unacceptable YAML version of the document");
      }
      state.version = args[0];
      state.checkLineBreaks = minor < 2;
      if (minor !== 1 && minor !== 2) {
        throwWarning(state, "unsupported YAML version of the document");
      }
    },
    TAG: function handleTagDirective(state, name, args) {
      let prefix;
      if (args.length !== 2) {
        throwError(state, "TAG directive accepts exactly two arguments");
      }
      const handle = args[0];
      prefix = args[1];
      if (!PATTERN_TAG_HANDLE.test(handle)) {
        throwError(state, "ill-formed tag handle (first argument) of the TAG directive");
      }
      if (_hasOwnProperty.call(state.tagMap, handle)) {
        throwError(state, 'there is a previously declared suffix for "' + handle + '" tag handle');
      }
      if (!PATTERN_TAG_URI.test(prefix)) {
        throwError(state, "ill-formed tag prefix (second argument) of the TAG directive");
      }
      try {
        prefix = decodeURIComponent(prefix);
      } catch (err) {
        throwError(state, "tag prefix is malformed: " + prefix);
      }
      state.tagMap[handle] = prefix;
    }
  };
  function captureSegment(state, start, end, checkJson) {
    if (start < end) {
      const _result = state.input.slice(start, end);
      if (checkJson) {
        for (let _position = 0, _length = _result.length; _position < _length; _position += 1) {
          const _character = _result.charCodeAt(_position);
          if (!(_character === 9 || _character >= 32 && _character <= 1114111)) {
            throwError(state, "expected valid JSON character");
          }
        }
      } else if (PATTERN_NON_PRINTABLE.test(_result)) {
        throwError(state, "the stream contains non-printable characters");
      }
      state.result += _result;
    }
  }
  function chargeMergeWork(state) {
    state.totalMergeKeys++;
    if (state.maxTotalMergeKeys !== -1 && state.totalMergeKeys > state.maxTotalMergeKeys) {
      throwError(state, "merge keys exceeded maxTotalMergeKeys (" + state.maxTotalMergeKeys + ")");
    }
  }
  function mergeMappings(state, destination, source, overridableKeys) {
    if (!common2.isObject(source)) {
      throwError(state, "cannot merge mappings; the provided source object is unacceptable");
    }
    chargeMergeWork(state);
    const sourceKeys = Object.keys(source);
    for (let index = 0, quantity = sourceKeys.length; index < quantity; index += 1) {
      const key = sourceKeys[index];
      chargeMergeWork(state);
      if (!_hasOwnProperty.call(destination, key)) {
        setProperty(destination, key, source[key]);
        overridableKeys[key] = true;
      }
    }
  }
  function storeMappingPair(state, _result, overridableKeys, keyTag, keyNode, valueNode, startLine, startLineStart, startPos) {
    if (Array.isArray(keyNode)) {
      keyNode = Array.prototype.slice.call(keyNode);
      for (let index = 0, quantity = keyNode.length; index < quantity; index += 1) {
        if (Array.isArray(keyNode[index])) {
          throwError(state, "nested arrays are not supported inside keys");
        }
        if (typeof keyNode === "object" && _class(keyNode[index]) === "[object Object]") {
          keyNode[index] = "[object Object]";
        }
      }
    }
    if (typeof keyNode === "object" && _class(keyNode) === "[object Object]") {
      keyNode = "[object Object]";
    }
    keyNode = String(keyNode);
    if (_result === null) {
      _result = {};
    }
    if (keyTag === "tag:yaml.org,2002:merge") {
      if (Array.isArray(valueNode)) {
        if (valueNode.length > 100) {
          throwError(state, "abnormal merge sequence size");
        }
        for (let index = 0, quantity = valueNode.length; index < quantity; index += 1) {
          mergeMappings(state, _result, valueNode[index], overridableKeys);
        }
      } else {
        mergeMappings(state, _result, valueNode, overridableKeys);
      }
    } else {
      if (!state.json && !_hasOwnProperty.call(overridableKeys, keyNode) && _hasOwnProperty.call(_result, keyNode)) {
        state.line = startLine || state.line;
        state.lineStart = startLineStart || state.lineStart;
        state.position = startPos || state.position;
        throwError(state, "duplicated mapping key");
      }
      setProperty(_result, keyNode, valueNode);
      delete overridableKeys[keyNode];
    }
    return _result;
  }
  function readLineBreak(state) {
    const ch = state.input.charCodeAt(state.position);
    if (ch === 10) {
      state.position++;
    } else if (ch === 13) {
      state.position++;
      if (state.input.charCodeAt(state.position) === 10) {
        state.position++;
      }
    } else {
      throwError(state, "a line break is expected");
    }
    state.line += 1;
    state.lineStart = state.position;
    state.firstTabInLine = -1;
  }
  function skipSeparationSpace(state, allowComments, checkIndent) {
    let lineBreaks = 0;
    let ch = state.input.charCodeAt(state.position);
    while (ch !== 0) {
      while (isWhiteSpace(ch)) {
        if (ch === 9 && state.firstTabInLine === -1) {
          state.firstTabInLine = state.position;
        }
        ch = state.input.charCodeAt(++state.position);
      }
      if (allowComments && ch === 35) {
        do {
          ch = state.input.charCodeAt(++state.position);
        } while (ch !== 10 && ch !== 13 && ch !== 0);
      }
      if (isEol(ch)) {
        readLineBreak(state);
        ch = state.input.charCodeAt(state.position);
        lineBreaks++;
        state.lineIndent = 0;
        while (ch === 32) {
          state.lineIndent++;
          ch = state.input.charCodeAt(++state.position);
        }
      } else {
        break;
      }
    }
    if (checkIndent !== -1 && lineBreaks !== 0 && state.lineIndent < checkIndent) {
      throwWarning(state, "deficient indentation");
    }
    return lineBreaks;
  }
  function testDocumentSeparator(state) {
    let _position = state.position;
    let ch = state.input.charCodeAt(_position);
    if ((ch === 45 || ch === 46) && ch === state.input.charCodeAt(_position + 1) && ch === state.input.charCodeAt(_position + 2)) {
      _position += 3;
      ch = state.input.charCodeAt(_position);
      if (ch === 0 || isWsOrEol(ch)) {
        return true;
      }
    }
    return false;
  }
  function writeFoldedLines(state, count) {
    if (count === 1) {
      state.result += " ";
    } else if (count > 1) {
      state.result += common2.repeat("\n", count - 1);
    }
  }
  function readPlainScalar(state, nodeIndent, withinFlowCollection) {
    let captureStart;
    let captureEnd;
    let hasPendingContent;
    let _line;
    let _lineStart;
    let _lineIndent;
    const _kind = state.kind;
    const _result = state.result;
    let ch = state.input.charCodeAt(state.position);
    if (isWsOrEol(ch) || isFlowIndicator(ch) || ch === 35 || ch === 38 || ch === 42 || ch === 33 || ch === 124 || ch === 62 || ch === 39 || ch === 34 || ch === 37 || ch === 64 || ch === 96) {
      return false;
    }
    if (ch === 63 || ch === 45) {
      const following = state.input.charCodeAt(state.position + 1);
      if (isWsOrEol(following) || withinFlowCollection && isFlowIndicator(following)) {
        return false;
      }
    }
    state.kind = "scalar";
    state.result = "";
    captureStart = captureEnd = state.position;
    hasPendingContent = false;
    while (ch !== 0) {
      if (ch === 58) {
        const following = state.input.charCodeAt(state.position + 1);
        if (isWsOrEol(following) || withinFlowCollection && isFlowIndicator(following)) {
          break;
        }
      } else if (ch === 35) {
        const preceding = state.input.charCodeAt(state.position - 1);
        if (isWsOrEol(preceding)) {
          break;
        }
      } else if (state.position === state.lineStart && testDocumentSeparator(state) || withinFlowCollection && isFlowIndicator(ch)) {
        break;
      } else if (isEol(ch)) {
        _line = state.line;
        _lineStart = state.lineStart;
        _lineIndent = state.lineIndent;
        skipSeparationSpace(state, false, -1);
        if (state.lineIndent >= nodeIndent) {
          hasPendingContent = true;
          ch = state.input.charCodeAt(state.position);
          continue;
        } else {
          state.position = captureEnd;
          state.line = _line;
          state.lineStart = _lineStart;
          state.lineIndent = _lineIndent;
          break;
        }
      }
      if (hasPendingContent) {
        captureSegment(state, captureStart, captureEnd, false);
        writeFoldedLines(state, state.line - _line);
        captureStart = captureEnd = state.position;
        hasPendingContent = false;
      }
      if (!isWhiteSpace(ch)) {
        captureEnd = state.position + 1;
      }
      ch = state.input.charCodeAt(++state.position);
    }
    captureSegment(state, captureStart, captureEnd, false);
    if (state.result) {
      return true;
    }
    state.kind = _kind;
    state.result = _result;
    return false;
  }
  function readSingleQuotedScalar(state, nodeIndent) {
    let captureStart;
    let captureEnd;
    let ch = state.input.charCodeAt(state.position);
    if (ch !== 39) {
      return false;
    }
    state.kind = "scalar";
    state.result = "";
    state.position++;
    captureStart = captureEnd = state.position;
    while ((ch = state.input.charCodeAt(state.position)) !== 0) {
      if (ch === 39) {
        captureSegment(state, captureStart, state.position, true);
        ch = state.input.charCodeAt(++state.position);
        if (ch === 39) {
          captureStart = state.position;
          state.position++;
          captureEnd = state.position;
        } else {
          return true;
        }
      } else if (isEol(ch)) {
        captureSegment(state, captureStart, captureEnd, true);
        writeFoldedLines(state, skipSeparationSpace(state, false, nodeIndent));
        captureStart = captureEnd = state.position;
      } else if (state.position === state.lineStart && testDocumentSeparator(state)) {
        throwError(state, "unexpected end of the document within a single quoted scalar");
      } else {
        state.position++;
        if (!isWhiteSpace(ch)) {
          captureEnd = state.position;
        }
      }
    }
    throwError(state, "unexpected end of the stream within a single quoted scalar");
  }
  function readDoubleQuotedScalar(state, nodeIndent) {
    let captureStart;
    let captureEnd;
    let tmp;
    let ch = state.input.charCodeAt(state.position);
    if (ch !== 34) {
      return false;
    }
    state.kind = "scalar";
    state.result = "";
    state.position++;
    captureStart = captureEnd = state.position;
    while ((ch = state.input.charCodeAt(state.position)) !== 0) {
      if (ch === 34) {
        captureSegment(state, captureStart, state.position, true);
        state.position++;
        return true;
      } else if (ch === 92) {
        captureSegment(state, captureStart, state.position, true);
        ch = state.input.charCodeAt(++state.position);
        if (isEol(ch)) {
          skipSeparationSpace(state, false, nodeIndent);
        } else if (ch < 256 && simpleEscapeCheck[ch]) {
          state.result += simpleEscapeMap[ch];
          state.position++;
        } else if ((tmp = escapedHexLen(ch)) > 0) {
          let hexLength = tmp;
          let hexResult = 0;
          for (; hexLength > 0; hexLength--) {
            ch = state.input.charCodeAt(++state.position);
            if ((tmp = fromHexCode(ch)) >= 0) {
              hexResult = (hexResult << 4) + tmp;
            } else {
              throwError(state, "expected hexadecimal character");
            }
          }
          state.result += charFromCodepoint(hexResult);
          state.position++;
        } else {
          throwError(state, "unknown escape sequence");
        }
        captureStart = captureEnd = state.position;
      } else if (isEol(ch)) {
        captureSegment(state, captureStart, captureEnd, true);
        writeFoldedLines(state, skipSeparationSpace(state, false, nodeIndent));
        captureStart = captureEnd = state.position;
      } else if (state.position === state.lineStart && testDocumentSeparator(state)) {
        throwError(state, "unexpected end of the document within a double quoted scalar");
      } else {
        state.position++;
        if (!isWhiteSpace(ch)) {
          captureEnd = state.position;
        }
      }
    }
    throwError(state, "unexpected end of the stream within a double quoted scalar");
  }
  function readFlowCollection(state, nodeIndent) {
    let readNext = true;
    let _line;
    let _lineStart;
    let _pos;
    const _tag = state.tag;
    let _result;
    const _anchor = state.anchor;
    let terminator;
    let isPair;
    let isExplicitPair;
    let isMapping;
    const overridableKeys = /* @__PURE__ */ Object.create(null);
    let keyNode;
    let keyTag;
    let valueNode;
    let ch = state.input.charCodeAt(state.position);
    if (ch === 91) {
      terminator = 93;
      isMapping = false;
      _result = [];
    } else if (ch === 123) {
      terminator = 125;
      isMapping = true;
      _result = {};
    } else {
      return false;
    }
    if (state.anchor !== null) {
      storeAnchor(state, state.anchor, _result);
    }
    ch = state.input.charCodeAt(++state.position);
    while (ch !== 0) {
      skipSeparationSpace(state, true, nodeIndent);
      ch = state.input.charCodeAt(state.position);
      if (ch === terminator) {
        state.position++;
        state.tag = _tag;
        state.anchor = _anchor;
        state.kind = isMapping ? "mapping" : "sequence";
        state.result = _result;
        return true;
      } else if (!readNext) {
        throwError(state, "missed comma between flow collection entries");
      } else if (ch === 44) {
        throwError(state, "expected the node content, but found ','");
      }
      keyTag = keyNode = valueNode = null;
      isPair = isExplicitPair = false;
      if (ch === 63) {
        const following = state.input.charCodeAt(state.position + 1);
        if (isWsOrEol(following)) {
          isPair = isExplicitPair = true;
          state.position++;
          skipSeparationSpace(state, true, nodeIndent);
        }
      }
      _line = state.line;
      _lineStart = state.lineStart;
      _pos = state.position;
      composeNode(state, nodeIndent, CONTEXT_FLOW_IN, false, true);
      keyTag = state.tag;
      keyNode = state.result;
      skipSeparationSpace(state, true, nodeIndent);
      ch = state.input.charCodeAt(state.position);
      if ((isExplicitPair || state.line === _line) && ch === 58) {
        isPair = true;
        ch = state.input.charCodeAt(++state.position);
        skipSeparationSpace(state, true, nodeIndent);
        composeNode(state, nodeIndent, CONTEXT_FLOW_IN, false, true);
        valueNode = state.result;
      }
      if (isMapping) {
        storeMappingPair(state, _result, overridableKeys, keyTag, keyNode, valueNode, _line, _lineStart, _pos);
      } else if (isPair) {
        _result.push(storeMappingPair(state, null, overridableKeys, keyTag, keyNode, valueNode, _line, _lineStart, _pos));
      } else {
        _result.push(keyNode);
      }
      skipSeparationSpace(state, true, nodeIndent);
      ch = state.input.charCodeAt(state.position);
      if (ch === 44) {
        readNext = true;
        ch = state.input.charCodeAt(++state.position);
      } else {
        readNext = false;
      }
    }
    throwError(state, "unexpected end of the stream within a flow collection");
  }
  function readBlockScalar(state, nodeIndent) {
    let folding;
    let chomping = CHOMPING_CLIP;
    let didReadContent = false;
    let detectedIndent = false;
    let textIndent = nodeIndent;
    let emptyLines = 0;
    let atMoreIndented = false;
    let tmp;
    let ch = state.input.charCodeAt(state.position);
    if (ch === 124) {
      folding = false;
    } else if (ch === 62) {
      folding = true;
    } else {
      return false;
    }
    state.kind = "scalar";
    state.result = "";
    while (ch !== 0) {
      ch = state.input.charCodeAt(++state.position);
      if (ch === 43 || ch === 45) {
        if (CHOMPING_CLIP === chomping) {
          chomping = ch === 43 ? CHOMPING_KEEP : CHOMPING_STRIP;
        } else {
          throwError(state, "repeat of a chomping mode identifier");
        }
      } else if ((tmp = fromDecimalCode(ch)) >= 0) {
        if (tmp === 0) {
          throwError(state, "bad explicit indentation width of a block scalar; it cannot be less than one");
        } else if (!detectedIndent) {
          textIndent = nodeIndent + tmp - 1;
          detectedIndent = true;
        } else {
          throwError(state, "repeat of an indentation width identifier");
        }
      } else {
        break;
      }
    }
    if (isWhiteSpace(ch)) {
      do {
        ch = state.input.charCodeAt(++state.position);
      } while (isWhiteSpace(ch));
      if (ch === 35) {
        do {
          ch = state.input.charCodeAt(++state.position);
        } while (!isEol(ch) && ch !== 0);
      }
    }
    while (ch !== 0) {
      readLineBreak(state);
      state.lineIndent = 0;
      ch = state.input.charCodeAt(state.position);
      while ((!detectedIndent || state.lineIndent < textIndent) && ch === 32) {
        state.lineIndent++;
        ch = state.input.charCodeAt(++state.position);
      }
      if (!detectedIndent && state.lineIndent > textIndent) {
        textIndent = state.lineIndent;
      }
      if (isEol(ch)) {
        emptyLines++;
        continue;
      }
      if (!detectedIndent && textIndent === 0) {
        throwError(state, "missing indentation for block scalar");
      }
      if (state.lineIndent < textIndent) {
        if (chomping === CHOMPING_KEEP) {
          state.result += common2.repeat("\n", didReadContent ? 1 + emptyLines : emptyLines);
        } else if (chomping === CHOMPING_CLIP) {
          if (didReadContent) {
            state.result += "\n";
          }
        }
        break;
      }
      if (folding) {
        if (isWhiteSpace(ch)) {
          atMoreIndented = true;
          state.result += common2.repeat("\n", didReadContent ? 1 + emptyLines : emptyLines);
        } else if (atMoreIndented) {
          atMoreIndented = false;
          state.result += common2.repeat("\n", emptyLines + 1);
        } else if (emptyLines === 0) {
          if (didReadContent) {
            state.result += " ";
          }
        } else {
          state.result += common2.repeat("\n", emptyLines);
        }
      } else {
        state.result += common2.repeat("\n", didReadContent ? 1 + emptyLines : emptyLines);
      }
      didReadContent = true;
      detectedIndent = true;
      emptyLines = 0;
      const captureStart = state.position;
      while (!isEol(ch) && ch !== 0) {
        ch = state.input.charCodeAt(++state.position);
      }
      captureSegment(state, captureStart, state.position, false);
    }
    return true;
  }
  function readBlockSequence(state, nodeIndent) {
    const _tag = state.tag;
    const _anchor = state.anchor;
    const _result = [];
    let detected = false;
    if (state.firstTabInLine !== -1) return false;
    if (state.anchor !== null) {
      storeAnchor(state, state.anchor, _result);
    }
    let ch = state.input.charCodeAt(state.position);
    while (ch !== 0) {
      if (state.firstTabInLine !== -1) {
        state.position = state.firstTabInLine;
        throwError(state, "tab characters must not be used in indentation");
      }
      if (ch !== 45) {
        break;
      }
      const following = state.input.charCodeAt(state.position + 1);
      if (!isWsOrEol(following)) {
        break;
      }
      detected = true;
      state.position++;
      if (skipSeparationSpace(state, true, -1)) {
        if (state.lineIndent <= nodeIndent) {
          _result.push(null);
          ch = state.input.charCodeAt(state.position);
          continue;
        }
      }
      const _line = state.line;
      composeNode(state, nodeIndent, CONTEXT_BLOCK_IN, false, true);
      _result.push(state.result);
      skipSeparationSpace(state, true, -1);
      ch = state.input.charCodeAt(state.position);
      if ((state.line === _line || state.lineIndent > nodeIndent) && ch !== 0) {
        throwError(state, "bad indentation of a sequence entry");
      } else if (state.lineIndent < nodeIndent) {
        break;
      }
    }
    if (detected) {
      state.tag = _tag;
      state.anchor = _anchor;
      state.kind = "sequence";
      state.result = _result;
      return true;
    }
    return false;
  }
  function readBlockMapping(state, nodeIndent, flowIndent) {
    let allowCompact;
    let _keyLine;
    let _keyLineStart;
    let _keyPos;
    const _tag = state.tag;
    const _anchor = state.anchor;
    const _result = {};
    const overridableKeys = /* @__PURE__ */ Object.create(null);
    let keyTag = null;
    let keyNode = null;
    let valueNode = null;
    let atExplicitKey = false;
    let detected = false;
    if (state.firstTabInLine !== -1) return false;
    if (state.anchor !== null) {
      storeAnchor(state, state.anchor, _result);
    }
    let ch = state.input.charCodeAt(state.position);
    while (ch !== 0) {
      if (!atExplicitKey && state.firstTabInLine !== -1) {
        state.position = state.firstTabInLine;
        throwError(state, "tab characters must not be used in indentation");
      }
      const following = state.input.charCodeAt(state.position + 1);
      const _line = state.line;
      if ((ch === 63 || ch === 58) && isWsOrEol(following)) {
        if (ch === 63) {
          if (atExplicitKey) {
            storeMappingPair(state, _result, overridableKeys, keyTag, keyNode, null, _keyLine, _keyLineStart, _keyPos);
            keyTag = keyNode = valueNode = null;
          }
          detected = true;
          atExplicitKey = true;
          allowCompact = true;
        } else if (atExplicitKey) {
          atExplicitKey = false;
          allowCompact = true;
        } else {
          throwError(state, "incomplete explicit mapping pair; a key node is missed; or followed by a non-tabulated empty line");
        }
        state.position += 1;
        ch = following;
      } else {
        _keyLine = state.line;
        _keyLineStart = state.lineStart;
        _keyPos = state.position;
        if (!composeNode(state, flowIndent, CONTEXT_FLOW_OUT, false, true)) {
          break;
        }
        if (state.line === _line) {
          ch = state.input.charCodeAt(state.position);
          while (isWhiteSpace(ch)) {
            ch = state.input.charCodeAt(++state.position);
          }
          if (ch === 58) {
            ch = state.input.charCodeAt(++state.position);
            if (!isWsOrEol(ch)) {
              throwError(state, "a whitespace character is expected after the key-value separator within a block mapping");
            }
            if (atExplicitKey) {
              storeMappingPair(state, _result, overridableKeys, keyTag, keyNode, null, _keyLine, _keyLineStart, _keyPos);
              keyTag = keyNode = valueNode = null;
            }
            detected = true;
            atExplicitKey = false;
            allowCompact = false;
            keyTag = state.tag;
            keyNode = state.result;
          } else if (detected) {
            throwError(state, "can not read an implicit mapping pair; a colon is missed");
          } else {
            state.tag = _tag;
            state.anchor = _anchor;
            return true;
          }
        } else if (detected) {
          throwError(state, "can not read a block mapping entry; a multiline key may not be an implicit key");
        } else {
          state.tag = _tag;
          state.anchor = _anchor;
          return true;
        }
      }
      if (state.line === _line || state.lineIndent > nodeIndent) {
        if (atExplicitKey) {
          _keyLine = state.line;
          _keyLineStart = state.lineStart;
          _keyPos = state.position;
        }
        if (composeNode(state, nodeIndent, CONTEXT_BLOCK_OUT, true, allowCompact)) {
          if (atExplicitKey) {
            keyNode = state.result;
          } else {
            valueNode = state.result;
          }
        }
        if (!atExplicitKey) {
          storeMappingPair(state, _result, overridableKeys, keyTag, keyNode, valueNode, _keyLine, _keyLineStart, _keyPos);
          keyTag = keyNode = valueNode = null;
        }
        skipSeparationSpace(state, true, -1);
        ch = state.input.charCodeAt(state.position);
      }
      if ((state.line === _line || state.lineIndent > nodeIndent) && ch !== 0) {
        throwError(state, "bad indentation of a mapping entry");
      } else if (state.lineIndent < nodeIndent) {
        break;
      }
    }
    if (atExplicitKey) {
      storeMappingPair(state, _result, overridableKeys, keyTag, keyNode, null, _keyLine, _keyLineStart, _keyPos);
    }
    if (detected) {
      state.tag = _tag;
      state.anchor = _anchor;
      state.kind = "mapping";
      state.result = _result;
    }
    return detected;
  }
  function readTagProperty(state) {
    let isVerbatim = false;
    let isNamed = false;
    let tagHandle;
    let tagName;
    let ch = state.input.charCodeAt(state.position);
    if (ch !== 33) return false;
    if (state.tag !== null) {
      throwError(state, "duplication of a tag property");
    }
    ch = state.input.charCodeAt(++state.position);
    if (ch === 60) {
      isVerbatim = true;
      ch = state.input.charCodeAt(++state.position);
    } else if (ch === 33) {
      isNamed = true;
      tagHandle = "!!";
      ch = state.input.charCodeAt(++state.position);
    } else {
      tagHandle = "!";
    }
    let _position = state.position;
    if (isVerbatim) {
      do {
        ch = state.input.charCodeAt(++state.position);
      } while (ch !== 0 && ch !== 62);
      if (state.position < state.length) {
        tagName = state.input.slice(_position, state.position);
        ch = state.input.charCodeAt(++state.position);
      } else {
        throwError(state, "unexpected end of the stream within a verbatim tag");
      }
    } else {
      while (ch !== 0 && !isWsOrEol(ch)) {
        if (ch === 33) {
          if (!isNamed) {
            tagHandle = state.input.slice(_position - 1, state.position + 1);
            if (!PATTERN_TAG_HANDLE.test(tagHandle)) {
              throwError(state, "named tag handle cannot contain such characters");
            }
            isNamed = true;
            _position = state.position + 1;
          } else {
            throwError(state, "tag suffix cannot contain exclamation marks");
          }
        }
        ch = state.input.charCodeAt(++state.position);
      }
      tagName = state.input.slice(_position, state.position);
      if (PATTERN_FLOW_INDICATORS.test(tagName)) {
        throwError(state, "tag suffix cannot contain flow indicator characters");
      }
    }
    if (tagName && !PATTERN_TAG_URI.test(tagName)) {
      throwError(state, "tag name cannot contain such characters: " + tagName);
    }
    try {
      tagName = decodeURIComponent(tagName);
    } catch (err) {
      throwError(state, "tag name is malformed: " + tagName);
    }
    if (isVerbatim) {
      state.tag = tagName;
    } else if (_hasOwnProperty.call(state.tagMap, tagHandle)) {
      state.tag = state.tagMap[tagHandle] + tagName;
    } else if (tagHandle === "!") {
      state.tag = "!" + tagName;
    } else if (tagHandle === "!!") {
      state.tag = "tag:yaml.org,2002:" + tagName;
    } else {
      throwError(state, 'undeclared tag handle "' + tagHandle + '"');
    }
    return true;
  }
  function readAnchorProperty(state) {
    let ch = state.input.charCodeAt(state.position);
    if (ch !== 38) return false;
    if (state.anchor !== null) {
      throwError(state, "duplication of an anchor property");
    }
    ch = state.input.charCodeAt(++state.position);
    const _position = state.position;
    while (ch !== 0 && !isWsOrEol(ch) && !isFlowIndicator(ch)) {
      ch = state.input.charCodeAt(++state.position);
    }
    if (state.position === _position) {
      throwError(state, "name of an anchor node must contain at least one character");
    }
    state.anchor = state.input.slice(_position, state.position);
    return true;
  }
  function readAlias(state) {
    let ch = state.input.charCodeAt(state.position);
    if (ch !== 42) return false;
    ch = state.input.charCodeAt(++state.position);
    const _position = state.position;
    while (ch !== 0 && !isWsOrEol(ch) && !isFlowIndicator(ch)) {
      ch = state.input.charCodeAt(++state.position);
    }
    if (state.position === _position) {
      throwError(state, "name of an alias node must contain at least one character");
    }
    const alias = state.input.slice(_position, state.position);
    if (!_hasOwnProperty.call(state.anchorMap, alias)) {
      throwError(state, 'unidentified alias "' + alias + '"');
    }
    state.result = state.anchorMap[alias];
    skipSeparationSpace(state, true, -1);
    return true;
  }
  function tryReadBlockMappingFromProperty(state, propertyStart, nodeIndent, flowIndent) {
    const fallbackState = snapshotState(state);
    beginAnchorTransaction(state);
    restoreState(state, propertyStart);
    state.tag = null;
    state.anchor = null;
    state.kind = null;
    state.result = null;
    if (readBlockMapping(state, nodeIndent, flowIndent) && state.kind === "mapping") {
      commitAnchorTransaction(state);
      return true;
    }
    rollbackAnchorTransaction(state);
    restoreState(state, fallbackState);
    return false;
  }
  function composeNode(state, parentIndent, nodeContext, allowToSeek, allowCompact) {
    let allowBlockScalars;
    let allowBlockCollections;
    let indentStatus = 1;
    let atNewLine = false;
    let hasContent = false;
    let propertyStart = null;
    let type2;
    let flowIndent;
    let blockIndent;
    if (state.depth >= state.maxDepth) {
      throwError(state, "nesting exceeded maxDepth (" + state.maxDepth + ")");
    }
    state.depth += 1;
    if (state.listener !== null) {
      state.listener("open", state);
    }
    state.tag = null;
    state.anchor = null;
    state.kind = null;
    state.result = null;
    const allowBlockStyles = allowBlockScalars = allowBlockCollections = CONTEXT_BLOCK_OUT === nodeContext || CONTEXT_BLOCK_IN === nodeContext;
    if (allowToSeek) {
      if (skipSeparationSpace(state, true, -1)) {
        atNewLine = true;
        if (state.lineIndent > parentIndent) {
          indentStatus = 1;
        } else if (state.lineIndent === parentIndent) {
          indentStatus = 0;
        } else if (state.lineIndent < parentIndent) {
          indentStatus = -1;
        }
      }
    }
    if (indentStatus === 1) {
      while (true) {
        const ch = state.input.charCodeAt(state.position);
        const propertyState = snapshotState(state);
        if (atNewLine && (ch === 33 && state.tag !== null || ch === 38 && state.anchor !== null)) {
          break;
        }
        if (!readTagProperty(state) && !readAnchorProperty(state)) {
          break;
        }
        if (propertyStart === null) {
          propertyStart = propertyState;
        }
        if (skipSeparationSpace(state, true, -1)) {
          atNewLine = true;
          allowBlockCollections = allowBlockStyles;
          if (state.lineIndent > parentIndent) {
            indentStatus = 1;
          } else if (state.lineIndent === parentIndent) {
            indentStatus = 0;
          } else if (state.lineIndent < parentIndent) {
            indentStatus = -1;
          }
        } else {
          allowBlockCollections = false;
        }
      }
    }
    if (allowBlockCollections) {
      allowBlockCollections = atNewLine || allowCompact;
    }
    if (indentStatus === 1 || CONTEXT_BLOCK_OUT === nodeContext) {
      if (CONTEXT_FLOW_IN === nodeContext || CONTEXT_FLOW_OUT === nodeContext) {
        flowIndent = parentIndent;
      } else {
        flowIndent = parentIndent + 1;
      }
      blockIndent = state.position - state.lineStart;
      if (indentStatus === 1) {
        if (allowBlockCollections && (readBlockSequence(state, blockIndent) || readBlockMapping(state, blockIndent, flowIndent)) || readFlowCollection(state, flowIndent)) {
          hasContent = true;
        } else {
          const ch = state.input.charCodeAt(state.position);
          if (propertyStart !== null && allowBlockStyles && !allowBlockCollections && ch !== 124 && ch !== 62 && tryReadBlockMappingFromProperty(
            state,
            propertyStart,
            propertyStart.position - propertyStart.lineStart,
            flowIndent
          )) {
            hasContent = true;
          } else if (allowBlockScalars && readBlockScalar(state, flowIndent) || readSingleQuotedScalar(state, flowIndent) || readDoubleQuotedScalar(state, flowIndent)) {
            hasContent = true;
          } else if (readAlias(state)) {
            hasContent = true;
            if (state.tag !== null || state.anchor !== null) {
              throwError(state, "alias node should not have any properties");
            }
          } else if (readPlainScalar(state, flowIndent, CONTEXT_FLOW_IN === nodeContext)) {
            hasContent = true;
            if (state.tag === null) {
              state.tag = "?";
            }
          }
          if (state.anchor !== null) {
            storeAnchor(state, state.anchor, state.result);
          }
        }
      } else if (indentStatus === 0) {
        hasContent = allowBlockCollections && readBlockSequence(state, blockIndent);
      }
    }
    if (state.tag === null) {
      if (state.anchor !== null) {
        storeAnchor(state, state.anchor, state.result);
      }
    } else if (state.tag === "?") {
      if (state.result !== null && state.kind !== "scalar") {
        throwError(state, 'unacceptable node kind for !<?> tag; it should be "scalar", not "' + state.kind + '"');
      }
      for (let typeIndex = 0, typeQuantity = state.implicitTypes.length; typeIndex < typeQuantity; typeIndex += 1) {
        type2 = state.implicitTypes[typeIndex];
        if (type2.resolve(state.result)) {
          state.result = type2.construct(state.result);
          state.tag = type2.tag;
          if (state.anchor !== null) {
            storeAnchor(state, state.anchor, state.result);
          }
          break;
        }
      }
    } else if (state.tag !== "!") {
      if (_hasOwnProperty.call(state.typeMap[state.kind || "fallback"], state.tag)) {
        type2 = state.typeMap[state.kind || "fallback"][state.tag];
      } else {
        type2 = null;
        const typeList = state.typeMap.multi[state.kind || "fallback"];
        for (let typeIndex = 0, typeQuantity = typeList.length; typeIndex < typeQuantity; typeIndex += 1) {
          if (state.tag.slice(0, typeList[typeIndex].tag.length) === typeList[typeIndex].tag) {
            type2 = typeList[typeIndex];
            break;
          }
        }
      }
      if (!type2) {
        throwError(state, "unknown tag !<" + state.tag + ">");
      }
      if (state.result !== null && type2.kind !== state.kind) {
        throwError(state, "unacceptable node kind for !<" + state.tag + '> tag; it should be "' + type2.kind + '", not "' + state.kind + '"');
      }
      if (!type2.resolve(state.result, state.tag)) {
        throwError(state, "cannot resolve a node with !<" + state.tag + "> explicit tag");
      } else {
        state.result = type2.construct(state.result, state.tag);
        if (state.anchor !== null) {
          storeAnchor(state, state.anchor, state.result);
        }
      }
    }
    if (state.listener !== null) {
      state.listener("close", state);
    }
    state.depth -= 1;
    return state.tag !== null || state.anchor !== null || hasContent;
  }
  function readDocument(state) {
    const documentStart = state.position;
    let hasDirectives = false;
    let ch;
    state.version = null;
    state.checkLineBreaks = state.legacy;
    state.tagMap = /* @__PURE__ */ Object.create(null);
    state.anchorMap = /* @__PURE__ */ Object.create(null);
    while ((ch = state.input.charCodeAt(state.position)) !== 0) {
      skipSeparationSpace(state, true, -1);
      ch = state.input.charCodeAt(state.position);
      if (state.lineIndent > 0 || ch !== 37) {
        break;
      }
      hasDirectives = true;
      ch = state.input.charCodeAt(++state.position);
      let _position = state.position;
      while (ch !== 0 && !isWsOrEol(ch)) {
        ch = state.input.charCodeAt(++state.position);
      }
      const directiveName = state.input.slice(_position, state.position);
      const directiveArgs = [];
      if (directiveName.length < 1) {
        throwError(state, "directive name must not be less than one character in length");
      }
      while (ch !== 0) {
        while (isWhiteSpace(ch)) {
          ch = state.input.charCodeAt(++state.position);
        }
        if (ch === 35) {
          do {
            ch = state.input.charCodeAt(++state.position);
          } while (ch !== 0 && !isEol(ch));
          break;
        }
        if (isEol(ch)) break;
        _position = state.position;
        while (ch !== 0 && !isWsOrEol(ch)) {
          ch = state.input.charCodeAt(++state.position);
        }
        directiveArgs.push(state.input.slice(_position, state.position));
      }
      if (ch !== 0) readLineBreak(state);
      if (_hasOwnProperty.call(directiveHandlers, directiveName)) {
        directiveHandlers[directiveName](state, directiveName, directiveArgs);
      } else {
        throwWarning(state, 'unknown document directive "' + directiveName + '"');
      }
    }
    skipSeparationSpace(state, true, -1);
    if (state.lineIndent === 0 && state.input.charCodeAt(state.position) === 45 && state.input.charCodeAt(state.position + 1) === 45 && state.input.charCodeAt(state.position + 2) === 45) {
      state.position += 3;
      skipSeparationSpace(state, true, -1);
    } else if (hasDirectives) {
      throwError(state, "directives end mark is expected");
    }
    composeNode(state, state.lineIndent - 1, CONTEXT_BLOCK_OUT, false, true);
    skipSeparationSpace(state, true, -1);
    if (state.checkLineBreaks && PATTERN_NON_ASCII_LINE_BREAKS.test(state.input.slice(documentStart, state.position))) {
      throwWarning(state, "non-ASCII line breaks are interpreted as content");
    }
    state.documents.push(state.result);
    if (state.position === state.lineStart && testDocumentSeparator(state)) {
      if (state.input.charCodeAt(state.position) === 46) {
        state.position += 3;
        skipSeparationSpace(state, true, -1);
      }
      return;
    }
    if (state.position < state.length - 1) {
      throwError(state, "end of the stream or a document separator is expected");
    }
  }
  function loadDocuments(input, options) {
    input = String(input);
    options = options || {};
    if (input.length !== 0) {
      if (input.charCodeAt(input.length - 1) !== 10 && input.charCodeAt(input.length - 1) !== 13) {
        input += "\n";
      }
      if (input.charCodeAt(0) === 65279) {
        input = input.slice(1);
      }
    }
    const state = new State(input, options);
    const nullpos = input.indexOf("\0");
    if (nullpos !== -1) {
      state.position = nullpos;
      throwError(state, "null byte is not allowed in input");
    }
    state.input += "\0";
    while (state.input.charCodeAt(state.position) === 32) {
      state.lineIndent += 1;
      state.position += 1;
    }
    while (state.position < state.length - 1) {
      readDocument(state);
    }
    return state.documents;
  }
  function loadAll2(input, iterator, options) {
    if (iterator !== null && typeof iterator === "object" && typeof options === "undefined") {
      options = iterator;
      iterator = null;
    }
    const documents = loadDocuments(input, options);
    if (typeof iterator !== "function") {
      return documents;
    }
    for (let index = 0, length = documents.length; index < length; index += 1) {
      iterator(documents[index]);
    }
  }
  function load2(input, options) {
    const documents = loadDocuments(input, options);
    if (documents.length === 0) {
      return void 0;
    } else if (documents.length === 1) {
      return documents[0];
    }
    throw new YAMLException2("expected a single document in the stream, but found more");
  }
  loader.loadAll = loadAll2;
  loader.load = load2;
  return loader;
}
var dumper = {};
var hasRequiredDumper;
function requireDumper() {
  if (hasRequiredDumper) return dumper;
  hasRequiredDumper = 1;
  const common2 = requireCommon();
  const YAMLException2 = requireException();
  const DEFAULT_SCHEMA2 = require_default();
  const _toString = Object.prototype.toString;
  const _hasOwnProperty = Object.prototype.hasOwnProperty;
  const CHAR_BOM = 65279;
  const CHAR_TAB = 9;
  const CHAR_LINE_FEED = 10;
  const CHAR_CARRIAGE_RETURN = 13;
  const CHAR_SPACE = 32;
  const CHAR_EXCLAMATION = 33;
  const CHAR_DOUBLE_QUOTE = 34;
  const CHAR_SHARP = 35;
  const CHAR_PERCENT = 37;
  const CHAR_AMPERSAND = 38;
  const CHAR_SINGLE_QUOTE = 39;
  const CHAR_ASTERISK = 42;
  const CHAR_COMMA = 44;
  const CHAR_MINUS = 45;
  const CHAR_COLON = 58;
  const CHAR_EQUALS = 61;
  const CHAR_GREATER_THAN = 62;
  const CHAR_QUESTION = 63;
  const CHAR_COMMERCIAL_AT = 64;
  const CHAR_LEFT_SQUARE_BRACKET = 91;
  const CHAR_RIGHT_SQUARE_BRACKET = 93;
  const CHAR_GRAVE_ACCENT = 96;
  const CHAR_LEFT_CURLY_BRACKET = 123;
  const CHAR_VERTICAL_LINE = 124;
  const CHAR_RIGHT_CURLY_BRACKET = 125;
  const ESCAPE_SEQUENCES = {};
  ESCAPE_SEQUENCES[0] = "\\0";
  ESCAPE_SEQUENCES[7] = "\\a";
  ESCAPE_SEQUENCES[8] = "\\b";
  ESCAPE_SEQUENCES[9] = "\\t";
  ESCAPE_SEQUENCES[10] = "\\n";
  ESCAPE_SEQUENCES[11] = "\\v";
  ESCAPE_SEQUENCES[12] = "\\f";
  ESCAPE_SEQUENCES[13] = "\\r";
  ESCAPE_SEQUENCES[27] = "\\e";
  ESCAPE_SEQUENCES[34] = '\\"';
  ESCAPE_SEQUENCES[92] = "\\\\";
  ESCAPE_SEQUENCES[133] = "\\N";
  ESCAPE_SEQUENCES[160] = "\\_";
  ESCAPE_SEQUENCES[8232] = "\\L";
  ESCAPE_SEQUENCES[8233] = "\\P";
  const DEPRECATED_BOOLEANS_SYNTAX = [
    "y",
    "Y",
    "yes",
    "Yes",
    "YES",
    "on",
    "On",
    "ON",
    "n",
    "N",
    "no",
    "No",
    "NO",
    "off",
    "Off",
    "OFF"
  ];
  const DEPRECATED_BASE60_SYNTAX = /^[-+]?[0-9_]+(?::[0-9_]+)+(?:\.[0-9_]*)?$/;
  function compileStyleMap(schema2, map2) {
    if (map2 === null) return {};
    const result = {};
    const keys = Object.keys(map2);
    for (let index = 0, length = keys.length; index < length; index += 1) {
      let tag = keys[index];
      let style = String(map2[tag]);
      if (tag.slice(0, 2) === "!!") {
        tag = "tag:yaml.org,2002:" + tag.slice(2);
      }
      const type2 = schema2.compiledTypeMap["fallback"][tag];
      if (type2 && _hasOwnProperty.call(type2.styleAliases, style)) {
        style = type2.styleAliases[style];
      }
      result[tag] = style;
    }
    return result;
  }
  function encodeHex(character) {
    let handle;
    let length;
    const string = character.toString(16).toUpperCase();
    if (character <= 255) {
      handle = "x";
      length = 2;
    } else if (character <= 65535) {
      handle = "u";
      length = 4;
    } else if (character <= 4294967295) {
      handle = "U";
      length = 8;
    } else {
      throw new YAMLException2("code point within a string may not be greater than 0xFFFFFFFF");
    }
    return "\\" + handle + common2.repeat("0", length - string.length) + string;
  }
  const QUOTING_TYPE_SINGLE = 1;
  const QUOTING_TYPE_DOUBLE = 2;
  function State(options) {
    this.schema = options["schema"] || DEFAULT_SCHEMA2;
    this.indent = Math.max(1, options["indent"] || 2);
    this.noArrayIndent = options["noArrayIndent"] || false;
    this.skipInvalid = options["skipInvalid"] || false;
    this.flowLevel = common2.isNothing(options["flowLevel"]) ? -1 : options["flowLevel"];
    this.styleMap = compileStyleMap(this.schema, options["styles"] || null);
    this.sortKeys = options["sortKeys"] || false;
    this.lineWidth = options["lineWidth"] || 80;
    this.noRefs = options["noRefs"] || false;
    this.noCompatMode = options["noCompatMode"] || false;
    this.condenseFlow = options["condenseFlow"] || false;
    this.quotingType = options["quotingType"] === '"' ? QUOTING_TYPE_DOUBLE : QUOTING_TYPE_SINGLE;
    this.forceQuotes = options["forceQuotes"] || false;
    this.replacer = typeof options["replacer"] === "function" ? options["replacer"] : null;
    this.implicitTypes = this.schema.compiledImplicit;
    this.explicitTypes = this.schema.compiledExplicit;
    this.tag = null;
    this.result = "";
    this.duplicates = [];
    this.usedDuplicates = null;
  }
  function indentString(string, spaces) {
    const ind = common2.repeat(" ", spaces);
    let position = 0;
    let result = "";
    const length = string.length;
    while (position < length) {
      let line;
      const next = string.indexOf("\n", position);
      if (next === -1) {
        line = string.slice(position);
        position = length;
      } else {
        line = string.slice(position, next + 1);
        position = next + 1;
      }
      if (line.length && line !== "\n") result += ind;
      result += line;
    }
    return result;
  }
  function generateNextLine(state, level) {
    return "\n" + common2.repeat(" ", state.indent * level);
  }
  function testImplicitResolving(state, str2) {
    for (let index = 0, length = state.implicitTypes.length; index < length; index += 1) {
      const type2 = state.implicitTypes[index];
      if (type2.resolve(str2)) {
        return true;
      }
    }
    return false;
  }
  function isWhitespace(c) {
    return c === CHAR_SPACE || c === CHAR_TAB;
  }
  function isPrintable(c) {
    return c >= 32 && c <= 126 || c >= 161 && c <= 55295 && c !== 8232 && c !== 8233 || c >= 57344 && c <= 65533 && c !== CHAR_BOM || c >= 65536 && c <= 1114111;
  }
  function isNsCharOrWhitespace(c) {
    return isPrintable(c) && c !== CHAR_BOM && // - b-char
    c !== CHAR_CARRIAGE_RETURN && c !== CHAR_LINE_FEED;
  }
  function isPlainSafe(c, prev, inblock) {
    const cIsNsCharOrWhitespace = isNsCharOrWhitespace(c);
    const cIsNsChar = cIsNsCharOrWhitespace && !isWhitespace(c);
    return (
      // ns-plain-safe
      (inblock ? cIsNsCharOrWhitespace : cIsNsCharOrWhitespace && // - c-flow-indicator
      c !== CHAR_COMMA && c !== CHAR_LEFT_SQUARE_BRACKET && c !== CHAR_RIGHT_SQUARE_BRACKET && c !== CHAR_LEFT_CURLY_BRACKET && c !== CHAR_RIGHT_CURLY_BRACKET) && // ns-plain-char
      c !== CHAR_SHARP && // false on '#'
      !(prev === CHAR_COLON && !cIsNsChar) || // false on ': '
      isNsCharOrWhitespace(prev) && !isWhitespace(prev) && c === CHAR_SHARP || // change to true on '[^ ]#'
      prev === CHAR_COLON && cIsNsChar
    );
  }
  function isPlainSafeFirst(c) {
    return isPrintable(c) && c !== CHAR_BOM && !isWhitespace(c) && // - s-white
    // - (c-indicator ::=
    // “-” | “?” | “:” | “,” | “[” | “]” | “{” | “}”
    c !== CHAR_MINUS && c !== CHAR_QUESTION && c !== CHAR_COLON && c !== CHAR_COMMA && c !== CHAR_LEFT_SQUARE_BRACKET && c !== CHAR_RIGHT_SQUARE_BRACKET && c !== CHAR_LEFT_CURLY_BRACKET && c !== CHAR_RIGHT_CURLY_BRACKET && // | “#” | “&” | “*” | “!” | “|” | “=” | “>” | “'” | “"”
    c !== CHAR_SHARP && c !== CHAR_AMPERSAND && c !== CHAR_ASTERISK && c !== CHAR_EXCLAMATION && c !== CHAR_VERTICAL_LINE && c !== CHAR_EQUALS && c !== CHAR_GREATER_THAN && c !== CHAR_SINGLE_QUOTE && c !== CHAR_DOUBLE_QUOTE && // | “%” | “@” | “`”)
    c !== CHAR_PERCENT && c !== CHAR_COMMERCIAL_AT && c !== CHAR_GRAVE_ACCENT;
  }
  function isPlainSafeLast(c) {
    return !isWhitespace(c) && c !== CHAR_COLON;
  }
  function codePointAt(string, pos) {
    const first = string.charCodeAt(pos);
    let second;
    if (first >= 55296 && first <= 56319 && pos + 1 < string.length) {
      second = string.charCodeAt(pos + 1);
      if (second >= 56320 && second <= 57343) {
        return (first - 55296) * 1024 + second - 56320 + 65536;
      }
    }
    return first;
  }
  function needIndentIndicator(string) {
    const leadingSpaceRe = /^\n* /;
    return leadingSpaceRe.test(string);
  }
  const STYLE_PLAIN = 1;
  const STYLE_SINGLE = 2;
  const STYLE_LITERAL = 3;
  const STYLE_FOLDED = 4;
  const STYLE_DOUBLE = 5;
  function chooseScalarStyle(string, singleLineOnly, indentPerLevel, lineWidth, testAmbiguousType, quotingType, forceQuotes, inblock) {
    let i;
    let char = 0;
    let prevChar = null;
    let hasLineBreak = false;
    let hasFoldableLine = false;
    const shouldTrackWidth = lineWidth !== -1;
    let previousLineBreak = -1;
    let plain = isPlainSafeFirst(codePointAt(string, 0)) && isPlainSafeLast(codePointAt(string, string.length - 1));
    if (singleLineOnly || forceQuotes) {
      for (i = 0; i < string.length; char >= 65536 ? i += 2 : i++) {
        char = codePointAt(string, i);
        if (!isPrintable(char)) {
          return STYLE_DOUBLE;
        }
        plain = plain && isPlainSafe(char, prevChar, inblock);
        prevChar = char;
      }
    } else {
      for (i = 0; i < string.length; char >= 65536 ? i += 2 : i++) {
        char = codePointAt(string, i);
        if (char === CHAR_LINE_FEED) {
          hasLineBreak = true;
          if (shouldTrackWidth) {
            hasFoldableLine = hasFoldableLine || // Foldable line = too long, and not more-indented.
            i - previousLineBreak - 1 > lineWidth && string[previousLineBreak + 1] !== " ";
            previousLineBreak = i;
          }
        } else if (!isPrintable(char)) {
          return STYLE_DOUBLE;
        }
        plain = plain && isPlainSafe(char, prevChar, inblock);
        prevChar = char;
      }
      hasFoldableLine = hasFoldableLine || shouldTrackWidth && (i - previousLineBreak - 1 > lineWidth && string[previousLineBreak + 1] !== " ");
    }
    if (!hasLineBreak && !hasFoldableLine) {
      if (plain && !forceQuotes && !testAmbiguousType(string)) {
        return STYLE_PLAIN;
      }
      return quotingType === QUOTING_TYPE_DOUBLE ? STYLE_DOUBLE : STYLE_SINGLE;
    }
    if (indentPerLevel > 9 && needIndentIndicator(string)) {
      return STYLE_DOUBLE;
    }
    if (!forceQuotes) {
      return hasFoldableLine ? STYLE_FOLDED : STYLE_LITERAL;
    }
    return quotingType === QUOTING_TYPE_DOUBLE ? STYLE_DOUBLE : STYLE_SINGLE;
  }
  function writeScalar(state, string, level, iskey, inblock) {
    state.dump = (function() {
      if (string.length === 0) {
        return state.quotingType === QUOTING_TYPE_DOUBLE ? '""' : "''";
      }
      if (!state.noCompatMode) {
        if (DEPRECATED_BOOLEANS_SYNTAX.indexOf(string) !== -1 || DEPRECATED_BASE60_SYNTAX.test(string)) {
          return state.quotingType === QUOTING_TYPE_DOUBLE ? '"' + string + '"' : "'" + string + "'";
        }
      }
      const indent = state.indent * Math.max(1, level);
      const lineWidth = state.lineWidth === -1 ? -1 : Math.max(Math.min(state.lineWidth, 40), state.lineWidth - indent);
      const singleLineOnly = iskey || // No block styles in flow mode.
      state.flowLevel > -1 && level >= state.flowLevel;
      function testAmbiguity(string2) {
        return testImplicitResolving(state, string2);
      }
      switch (chooseScalarStyle(
        string,
        singleLineOnly,
        state.indent,
        lineWidth,
        testAmbiguity,
        state.quotingType,
        state.forceQuotes && !iskey,
        inblock
      )) {
        case STYLE_PLAIN:
          return string;
        case STYLE_SINGLE:
          return "'" + string.replace(/'/g, "''") + "'";
        case STYLE_LITERAL:
          return "|" + blockHeader(string, state.indent) + dropEndingNewline(indentString(string, indent));
        case STYLE_FOLDED:
          return ">" + blockHeader(string, state.indent) + dropEndingNewline(indentString(foldString(string, lineWidth), indent));
        case STYLE_DOUBLE:
          return '"' + escapeString(string) + '"';
        default:
          throw new YAMLException2("impossible error: invalid scalar style");
      }
    })();
  }
  function blockHeader(string, indentPerLevel) {
    const indentIndicator = needIndentIndicator(string) ? String(indentPerLevel) : "";
    const clip = string[string.length - 1] === "\n";
    const keep = clip && (string[string.length - 2] === "\n" || string === "\n");
    const chomp = keep ? "+" : clip ? "" : "-";
    return indentIndicator + chomp + "\n";
  }
  function dropEndingNewline(string) {
    return string[string.length - 1] === "\n" ? string.slice(0, -1) : string;
  }
  function foldString(string, width) {
    const lineRe = /(\n+)([^\n]*)/g;
    let result = (function() {
      let nextLF = string.indexOf("\n");
      nextLF = nextLF !== -1 ? nextLF : string.length;
      lineRe.lastIndex = nextLF;
      return foldLine(string.slice(0, nextLF), width);
    })();
    let prevMoreIndented = string[0] === "\n" || string[0] === " ";
    let moreIndented;
    let match;
    while (match = lineRe.exec(string)) {
      const prefix = match[1];
      const line = match[2];
      moreIndented = line[0] === " ";
      result += prefix + (!prevMoreIndented && !moreIndented && line !== "" ? "\n" : "") + foldLine(line, width);
      prevMoreIndented = moreIndented;
    }
    return result;
  }
  function foldLine(line, width) {
    if (line === "" || line[0] === " ") return line;
    const breakRe = / [^ ]/g;
    let match;
    let start = 0;
    let end;
    let curr = 0;
    let next = 0;
    let result = "";
    while (match = breakRe.exec(line)) {
      next = match.index;
      if (next - start > width) {
        end = curr > start ? curr : next;
        result += "\n" + line.slice(start, end);
        start = end + 1;
      }
      curr = next;
    }
    result += "\n";
    if (line.length - start > width && curr > start) {
      result += line.slice(start, curr) + "\n" + line.slice(curr + 1);
    } else {
      result += line.slice(start);
    }
    return result.slice(1);
  }
  function escapeString(string) {
    let result = "";
    let char = 0;
    for (let i = 0; i < string.length; char >= 65536 ? i += 2 : i++) {
      char = codePointAt(string, i);
      const escapeSeq = ESCAPE_SEQUENCES[char];
      if (!escapeSeq && isPrintable(char)) {
        result += string[i];
        if (char >= 65536) result += string[i + 1];
      } else {
        result += escapeSeq || encodeHex(char);
      }
    }
    return result;
  }
  function writeFlowSequence(state, level, object) {
    let _result = "";
    const _tag = state.tag;
    for (let index = 0, length = object.length; index < length; index += 1) {
      let value = object[index];
      if (state.replacer) {
        value = state.replacer.call(object, String(index), value);
      }
      if (writeNode(state, level, value, false, false) || typeof value === "undefined" && writeNode(state, level, null, false, false)) {
        if (_result !== "") _result += "," + (!state.condenseFlow ? " " : "");
        _result += state.dump;
      }
    }
    state.tag = _tag;
    state.dump = "[" + _result + "]";
  }
  function writeBlockSequence(state, level, object, compact) {
    let _result = "";
    const _tag = state.tag;
    for (let index = 0, length = object.length; index < length; index += 1) {
      let value = object[index];
      if (state.replacer) {
        value = state.replacer.call(object, String(index), value);
      }
      if (writeNode(state, level + 1, value, true, true, false, true) || typeof value === "undefined" && writeNode(state, level + 1, null, true, true, false, true)) {
        if (!compact || _result !== "") {
          _result += generateNextLine(state, level);
        }
        if (state.dump && CHAR_LINE_FEED === state.dump.charCodeAt(0)) {
          _result += "-";
        } else {
          _result += "- ";
        }
        _result += state.dump;
      }
    }
    state.tag = _tag;
    state.dump = _result || "[]";
  }
  function writeFlowMapping(state, level, object) {
    let _result = "";
    const _tag = state.tag;
    const objectKeyList = Object.keys(object);
    for (let index = 0, length = objectKeyList.length; index < length; index += 1) {
      let pairBuffer = "";
      if (_result !== "") pairBuffer += ", ";
      if (state.condenseFlow) pairBuffer += '"';
      const objectKey = objectKeyList[index];
      let objectValue = object[objectKey];
      if (state.replacer) {
        objectValue = state.replacer.call(object, objectKey, objectValue);
      }
      if (!writeNode(state, level, objectKey, false, false)) {
        continue;
      }
      if (state.dump.length > 1024) pairBuffer += "? ";
      pairBuffer += state.dump + (state.condenseFlow ? '"' : "") + ":" + (state.condenseFlow ? "" : " ");
      if (!writeNode(state, level, objectValue, false, false)) {
        continue;
      }
      pairBuffer += state.dump;
      _result += pairBuffer;
    }
    state.tag = _tag;
    state.dump = "{" + _result + "}";
  }
  function writeBlockMapping(state, level, object, compact) {
    let _result = "";
    const _tag = state.tag;
    const objectKeyList = Object.keys(object);
    if (state.sortKeys === true) {
      objectKeyList.sort();
    } else if (typeof state.sortKeys === "function") {
      objectKeyList.sort(state.sortKeys);
    } else if (state.sortKeys) {
      throw new YAMLException2("sortKeys must be a boolean or a function");
    }
    for (let index = 0, length = objectKeyList.length; index < length; index += 1) {
      let pairBuffer = "";
      if (!compact || _result !== "") {
        pairBuffer += generateNextLine(state, level);
      }
      const objectKey = objectKeyList[index];
      let objectValue = object[objectKey];
      if (state.replacer) {
        objectValue = state.replacer.call(object, objectKey, objectValue);
      }
      if (!writeNode(state, level + 1, objectKey, true, true, true)) {
        continue;
      }
      const explicitPair = state.tag !== null && state.tag !== "?" || state.dump && state.dump.length > 1024;
      if (explicitPair) {
        if (state.dump && CHAR_LINE_FEED === state.dump.charCodeAt(0)) {
          pairBuffer += "?";
        } else {
          pairBuffer += "? ";
        }
      }
      pairBuffer += state.dump;
      if (explicitPair) {
        pairBuffer += generateNextLine(state, level);
      }
      if (!writeNode(state, level + 1, objectValue, true, explicitPair)) {
        continue;
      }
      if (state.dump && CHAR_LINE_FEED === state.dump.charCodeAt(0)) {
        pairBuffer += ":";
      } else {
        pairBuffer += ": ";
      }
      pairBuffer += state.dump;
      _result += pairBuffer;
    }
    state.tag = _tag;
    state.dump = _result || "{}";
  }
  function detectType(state, object, explicit) {
    const typeList = explicit ? state.explicitTypes : state.implicitTypes;
    for (let index = 0, length = typeList.length; index < length; index += 1) {
      const type2 = typeList[index];
      if ((type2.instanceOf || type2.predicate) && (!type2.instanceOf || typeof object === "object" && object instanceof type2.instanceOf) && (!type2.predicate || type2.predicate(object))) {
        if (explicit) {
          if (type2.multi && type2.representName) {
            state.tag = type2.representName(object);
          } else {
            state.tag = type2.tag;
          }
        } else {
          state.tag = "?";
        }
        if (type2.represent) {
          const style = state.styleMap[type2.tag] || type2.defaultStyle;
          let _result;
          if (_toString.call(type2.represent) === "[object Function]") {
            _result = type2.represent(object, style);
          } else if (_hasOwnProperty.call(type2.represent, style)) {
            _result = type2.represent[style](object, style);
          } else {
            throw new YAMLException2("!<" + type2.tag + '> tag resolver accepts not "' + style + '" style');
          }
          state.dump = _result;
        }
        return true;
      }
    }
    return false;
  }
  function writeNode(state, level, object, block, compact, iskey, isblockseq) {
    state.tag = null;
    state.dump = object;
    if (!detectType(state, object, false)) {
      detectType(state, object, true);
    }
    const type2 = _toString.call(state.dump);
    const inblock = block;
    if (block) {
      block = state.flowLevel < 0 || state.flowLevel > level;
    }
    const objectOrArray = type2 === "[object Object]" || type2 === "[object Array]";
    let duplicateIndex;
    let duplicate;
    if (objectOrArray) {
      duplicateIndex = state.duplicates.indexOf(object);
      duplicate = duplicateIndex !== -1;
    }
    if (state.tag !== null && state.tag !== "?" || duplicate || state.indent !== 2 && level > 0) {
      compact = false;
    }
    if (duplicate && state.usedDuplicates[duplicateIndex]) {
      state.dump = "*ref_" + duplicateIndex;
    } else {
      if (objectOrArray && duplicate && !state.usedDuplicates[duplicateIndex]) {
        state.usedDuplicates[duplicateIndex] = true;
      }
      if (type2 === "[object Object]") {
        if (block && Object.keys(state.dump).length !== 0) {
          writeBlockMapping(state, level, state.dump, compact);
          if (duplicate) {
            state.dump = "&ref_" + duplicateIndex + state.dump;
          }
        } else {
          writeFlowMapping(state, level, state.dump);
          if (duplicate) {
            state.dump = "&ref_" + duplicateIndex + " " + state.dump;
          }
        }
      } else if (type2 === "[object Array]") {
        if (block && state.dump.length !== 0) {
          if (state.noArrayIndent && !isblockseq && level > 0) {
            writeBlockSequence(state, level - 1, state.dump, compact);
          } else {
            writeBlockSequence(state, level, state.dump, compact);
          }
          if (duplicate) {
            state.dump = "&ref_" + duplicateIndex + state.dump;
          }
        } else {
          writeFlowSequence(state, level, state.dump);
          if (duplicate) {
            state.dump = "&ref_" + duplicateIndex + " " + state.dump;
          }
        }
      } else if (type2 === "[object String]") {
        if (state.tag !== "?") {
          writeScalar(state, state.dump, level, iskey, inblock);
        }
      } else if (type2 === "[object Undefined]") {
        return false;
      } else {
        if (state.skipInvalid) return false;
        throw new YAMLException2("unacceptable kind of an object to dump " + type2);
      }
      if (state.tag !== null && state.tag !== "?") {
        let tagStr = encodeURI(
          state.tag[0] === "!" ? state.tag.slice(1) : state.tag
        ).replace(/!/g, "%21");
        if (state.tag[0] === "!") {
          tagStr = "!" + tagStr;
        } else if (tagStr.slice(0, 18) === "tag:yaml.org,2002:") {
          tagStr = "!!" + tagStr.slice(18);
        } else {
          tagStr = "!<" + tagStr + ">";
        }
        state.dump = tagStr + " " + state.dump;
      }
    }
    return true;
  }
  function getDuplicateReferences(object, state) {
    const objects = [];
    const duplicatesIndexes = [];
    inspectNode(object, objects, duplicatesIndexes);
    const length = duplicatesIndexes.length;
    for (let index = 0; index < length; index += 1) {
      state.duplicates.push(objects[duplicatesIndexes[index]]);
    }
    state.usedDuplicates = new Array(length);
  }
  function inspectNode(object, objects, duplicatesIndexes) {
    if (object !== null && typeof object === "object") {
      const index = objects.indexOf(object);
      if (index !== -1) {
        if (duplicatesIndexes.indexOf(index) === -1) {
          duplicatesIndexes.push(index);
        }
      } else {
        objects.push(object);
        if (Array.isArray(object)) {
          for (let i = 0, length = object.length; i < length; i += 1) {
            inspectNode(object[i], objects, duplicatesIndexes);
          }
        } else {
          const objectKeyList = Object.keys(object);
          for (let i = 0, length = objectKeyList.length; i < length; i += 1) {
            inspectNode(object[objectKeyList[i]], objects, duplicatesIndexes);
          }
        }
      }
    }
  }
  function dump2(input, options) {
    options = options || {};
    const state = new State(options);
    if (!state.noRefs) getDuplicateReferences(input, state);
    let value = input;
    if (state.replacer) {
      value = state.replacer.call({ "": value }, "", value);
    }
    if (writeNode(state, 0, value, true, true)) return state.dump + "\n";
    return "";
  }
  dumper.dump = dump2;
  return dumper;
}
var hasRequiredJsYaml;
function requireJsYaml() {
  if (hasRequiredJsYaml) return jsYaml;
  hasRequiredJsYaml = 1;
  const loader2 = requireLoader();
  const dumper2 = requireDumper();
  function renamed(from, to) {
    return function() {
      throw new Error("Function yaml." + from + " is removed in js-yaml 4. Use yaml." + to + " instead, which is now safe by default.");
    };
  }
  jsYaml.Type = requireType();
  jsYaml.Schema = requireSchema();
  jsYaml.FAILSAFE_SCHEMA = requireFailsafe();
  jsYaml.JSON_SCHEMA = requireJson();
  jsYaml.CORE_SCHEMA = requireCore();
  jsYaml.DEFAULT_SCHEMA = require_default();
  jsYaml.load = loader2.load;
  jsYaml.loadAll = loader2.loadAll;
  jsYaml.dump = dumper2.dump;
  jsYaml.YAMLException = requireException();
  jsYaml.types = {
    binary: requireBinary(),
    float: requireFloat(),
    map: requireMap(),
    null: require_null(),
    pairs: requirePairs(),
    set: requireSet(),
    timestamp: requireTimestamp(),
    bool: requireBool(),
    int: requireInt(),
    merge: requireMerge(),
    omap: requireOmap(),
    seq: requireSeq(),
    str: requireStr()
  };
  jsYaml.safeLoad = renamed("safeLoad", "load");
  jsYaml.safeLoadAll = renamed("safeLoadAll", "loadAll");
  jsYaml.safeDump = renamed("safeDump", "dump");
  return jsYaml;
}
var jsYamlExports = requireJsYaml();
const yaml = /* @__PURE__ */ getDefaultExportFromCjs(jsYamlExports);
const {
  Type,
  Schema,
  FAILSAFE_SCHEMA,
  JSON_SCHEMA,
  CORE_SCHEMA,
  DEFAULT_SCHEMA,
  load,
  loadAll,
  dump,
  YAMLException,
  types,
  safeLoad,
  safeLoadAll,
  safeDump
} = yaml;

// The secret values memgate holds (the token, the credentials the workflow hands it, registry
// tokens it reads), so that nothing it writes where people read (a comment, a commit status, the
// job summary) carries one: GitHub masks them in logs, not in comments. An error's reason may quote
// a URL or a response that holds one.
const values = new Set();
/** Shorter values are no secrets worth the name, and would blank out ordinary words. */
const MIN_SECRET_LENGTH = 8;
/** Remembers `value` (and its base64 form, as an Authorization header carries it) as a secret. */
function addSecret(value) {
    if (!value || value.length < MIN_SECRET_LENGTH)
        return;
    values.add(value);
    values.add(Buffer.from(value).toString('base64'));
}

// The versions of a package published on the registry the project's package manager installs from.
//
// Configuration read, highest precedence first, as npm does (https://docs.npmjs.com/cli/configuring-npm/npmrc):
// npm_config_* environment variables, the project's .npmrc (working directory, then the repository
// root), the user's .npmrc (NPM_CONFIG_USERCONFIG or ~/.npmrc). pnpm and Yarn 1 read the same
// files; Yarn Berry reads .yarnrc.yml (npmRegistryServer, npmScopes, npmAuthToken) instead.
// A token goes only to the registry its `//host/path/:` key names, never to another host, only over
// https (or to a registry on this machine), and a redirect is followed by hand so that the token is
// not carried to where the redirect points. The project's files come from the base commit, never
// the PR's head (a PR's .npmrc would choose the host), and `${VAR}` expands only the variables
// `pass-env` names: memgate's own environment holds the token.
const DEFAULT_REGISTRY = 'https://registry.npmjs.org/';
/**
 * Registry settings from config files given highest precedence first, and the environment
 * (npm_config_registry, npm_config_@scope:registry; `${VAR}` in values expands from it).
 * Unknown keys are ignored; never throws.
 */
function resolveRegistryConfig(sources, env = {}, expandable) {
    const config = { registry: '', scopes: {}, auth: {} };
    const users = {};
    const vars = expandable === undefined ? env : Object.fromEntries(expandable.map((name) => [name, env[name]]));
    const set = (key, raw) => {
        const value = expand(raw, vars);
        if (key === 'registry')
            config.registry ||= withSlash(value);
        else if (/^@[^:]+:registry$/.test(key))
            config.scopes[key.slice(0, key.indexOf(':'))] ??= withSlash(value);
        else if (key.startsWith('//')) {
            const cut = key.lastIndexOf(':');
            const nerf = withSlash(key.slice(0, cut));
            const field = key.slice(cut + 1);
            // A token that expands to nothing (its variable not passed) is no token.
            if (field === '_authToken' && value !== '')
                config.auth[nerf] ??= `Bearer ${value}`;
            else if (field === '_auth')
                config.auth[nerf] ??= `Basic ${value}`;
            else if (field === 'username')
                (users[nerf] ??= {}).username ??= value;
            else if (field === '_password')
                (users[nerf] ??= {}).password ??= Buffer.from(value, 'base64').toString('utf8');
        }
    };
    for (const [name, value] of Object.entries(env)) {
        if (value === undefined)
            continue;
        const key = /^npm_config_(.+)$/i.exec(name)?.[1];
        if (key && (key.toLowerCase() === 'registry' || /^@[^:]+:registry$/i.test(key)))
            set(key.toLowerCase(), value);
    }
    for (const source of sources) {
        if (source.kind === 'npmrc')
            for (const [key, value] of parseIni(source.text))
                set(key, value);
        else
            readYarnrc(source.text, config, vars);
    }
    for (const [nerf, user] of Object.entries(users)) {
        if (user.username !== undefined && user.password !== undefined) {
            config.auth[nerf] ??= `Basic ${Buffer.from(`${user.username}:${user.password}`).toString('base64')}`;
        }
    }
    config.registry ||= DEFAULT_REGISTRY;
    for (const header of Object.values(config.auth))
        addSecret(header.slice(header.indexOf(' ') + 1));
    return config;
}
/** The registry a package installs from: its scope's registry, else the default one. */
function registryFor(config, name) {
    const scope = name.startsWith('@') ? name.slice(0, name.indexOf('/')) : '';
    return (scope && config.scopes[scope]) || config.registry;
}
/**
 * The Authorization header for a request to `url`: the credentials whose nerf-dart is the longest
 * prefix of the URL's `//host[:port]/path`, or undefined. Credentials of one host never match
 * another, whatever the path.
 */
function authFor(config, url) {
    let parsed;
    try {
        parsed = new URL(url);
    }
    catch {
        return undefined;
    }
    // Over plain http a token is anyone's on the way; a registry on this machine is the exception.
    if (parsed.protocol !== 'https:' && !(parsed.protocol === 'http:' && LOOPBACK.has(parsed.hostname)))
        return undefined;
    const target = `//${parsed.host}${parsed.pathname}`;
    let best;
    for (const nerf of Object.keys(config.auth)) {
        if (target.startsWith(nerf) && (!best || nerf.length > best.length))
            best = nerf;
    }
    return best === undefined ? undefined : config.auth[best];
}
/**
 * The same, with the project's files read from a commit (no worktree needed, so a registry that is
 * down stops the bisect before any install): `dirs` are paths from the repository root.
 */
async function loadRegistryConfigAt(git, sha, dirs, manager, env = process.env, passEnv = []) {
    const home = env.HOME || os.homedir();
    const berry = manager === 'yarn-berry';
    const name = berry ? '.yarnrc.yml' : '.npmrc';
    const kind = berry ? 'yarnrc' : 'npmrc';
    const sources = [];
    for (const dir of [...new Set(dirs.map((d) => posix.normalize(d).replace(/^\.?\/?$/, '')))]) {
        const file = dir ? `${dir.replace(/\/$/, '')}/${name}` : name;
        const text = await git.showFile(sha, file);
        if (text !== null)
            sources.push({ file, text, kind });
    }
    const user = berry ? path.join(home, '.yarnrc.yml') : env.NPM_CONFIG_USERCONFIG || env.npm_config_userconfig || path.join(home, '.npmrc');
    try {
        sources.push({ file: user, text: fs.readFileSync(user, 'utf8'), kind });
    }
    catch {
        // no user configuration
    }
    return resolveRegistryConfig(sources, berry ? {} : env, passEnv);
}
/** npm's rules for new package names (validate-npm-package-name), without the legacy capitals. */
const PACKAGE_NAME = /^(?:@[a-z0-9][a-z0-9._~-]*\/)?[a-z0-9][a-z0-9._~-]*$/i;
const MAX_REDIRECTS = 5;
const TIMEOUT_MS = 30000;
/** The abbreviated packument of the largest packages is tens of MB; a registry's answer stops here. */
const MAX_PACKUMENT_BYTES = 64 * 1024 * 1024;
const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);
/**
 * The versions of `name` and their publication times (the full packument's `time`), as
 * fetchPublishedVersions lists them.
 */
async function fetchPublished(config, name, maxBytes = MAX_PACKUMENT_BYTES) {
    // The name comes from a lockfile (the PR's text): only a valid npm name may become a URL path.
    if (!PACKAGE_NAME.test(name) || name.length > 214)
        throw new MemgateError(`${JSON.stringify(name)} is not an npm package name, so its versions cannot be listed`);
    const registry = registryFor(config, name);
    const shown = redact(registry);
    let url = `${registry}${name.startsWith('@') ? name.replace('/', '%2f') : encodeURIComponent(name)}`;
    for (let hop = 0;; hop++) {
        const authorization = authFor(config, url);
        let response;
        try {
            response = await fetch(url, {
                // The abbreviated document npm itself installs from: versions without readmes.
                headers: {
                    // The full document: the abbreviated one npm installs from has no publication times.
                    accept: 'application/json',
                    ...(authorization ? { authorization } : {})
                },
                redirect: 'manual',
                signal: AbortSignal.timeout(TIMEOUT_MS)
            });
        }
        catch (error) {
            const cause = error.cause;
            throw new MemgateError(`The registry ${shown} could not be reached while listing ${name}'s versions (${cause?.code ?? cause?.message ?? error.message})`, 2, { cause: error });
        }
        const location = response.headers.get('location');
        if (response.status >= 300 && response.status < 400 && location && hop < MAX_REDIRECTS) {
            url = new URL(location, url).toString();
            continue;
        }
        if (response.status === 404)
            throw new MemgateError(`${name} is not on the registry ${shown} (404)`);
        if (response.status === 401 || response.status === 403) {
            throw new MemgateError(`The registry ${shown} refused to list ${name}'s versions (${response.status}${authorization ? ', with the token configured for it' : ', no token is configured for it'})`);
        }
        if (!response.ok)
            throw new MemgateError(`The registry ${shown} answered ${response.status} while listing ${name}'s versions`);
        let doc;
        try {
            doc = JSON.parse(await readCapped(response, maxBytes, () => `The registry ${shown} sent more than ${maxBytes} bytes for ${name}`));
        }
        catch (error) {
            if (error instanceof MemgateError)
                throw error;
            throw new MemgateError(`The registry ${shown} sent something other than JSON for ${name}`, 2, { cause: error });
        }
        const versions = doc?.versions;
        if (!versions || typeof versions !== 'object' || Array.isArray(versions)) {
            throw new MemgateError(`The registry ${shown} sent no version list for ${name}`);
        }
        const time = doc.time;
        const times = {};
        if (time && typeof time === 'object' && !Array.isArray(time)) {
            for (const [version, date] of Object.entries(time))
                if (typeof date === 'string')
                    times[version] = date;
        }
        return { versions: Object.keys(versions), time: times };
    }
}
/** The response's body as text, refused (and the stream cancelled) past `limit` bytes. */
async function readCapped(response, limit, tooLarge) {
    const declared = Number(response.headers.get('content-length'));
    if (Number.isFinite(declared) && declared > limit) {
        await response.body?.cancel();
        throw new MemgateError(tooLarge());
    }
    const chunks = [];
    let total = 0;
    const reader = response.body?.getReader();
    if (!reader)
        return '';
    for (;;) {
        const { done, value } = await reader.read();
        if (done)
            break;
        total += value.byteLength;
        if (total > limit) {
            await reader.cancel();
            throw new MemgateError(tooLarge());
        }
        chunks.push(value);
    }
    return Buffer.concat(chunks).toString('utf8');
}
/** npmrc lines as [key, value]; `;`/`#` comments, quoted values, `[section]` headers skipped. */
function parseIni(text) {
    const out = [];
    for (const raw of text.split(/\r?\n/)) {
        const line = raw.trim();
        if (!line || line.startsWith(';') || line.startsWith('#') || line.startsWith('['))
            continue;
        const eq = line.indexOf('=');
        if (eq <= 0)
            continue;
        let value = line.slice(eq + 1).trim();
        if (/^(["']).*\1$/.test(value))
            value = value.slice(1, -1);
        out.push([line.slice(0, eq).trim(), value]);
    }
    return out;
}
function readYarnrc(text, config, env) {
    let doc;
    try {
        const parsed = yaml.load(text);
        if (!parsed || typeof parsed !== 'object')
            return;
        doc = parsed;
    }
    catch {
        return;
    }
    const str = (v) => (typeof v === 'string' ? expand(v, env) : undefined);
    const server = str(doc.npmRegistryServer);
    if (server && !config.registry)
        config.registry = withSlash(server);
    const token = str(doc.npmAuthToken);
    if (token && server)
        config.auth[nerfDart(server)] ??= `Bearer ${token}`;
    const scopes = doc.npmScopes;
    if (scopes && typeof scopes === 'object') {
        for (const [scope, settings] of Object.entries(scopes)) {
            const url = str(settings?.npmRegistryServer);
            if (url)
                config.scopes[`@${scope.replace(/^@/, '')}`] ??= withSlash(url);
            const scoped = str(settings?.npmAuthToken);
            if (scoped)
                config.auth[nerfDart(url ?? server ?? DEFAULT_REGISTRY)] ??= `Bearer ${scoped}`;
        }
    }
}
function nerfDart(url) {
    try {
        const u = new URL(url);
        return withSlash(`//${u.host}${u.pathname}`);
    }
    catch {
        return url;
    }
}
/** `${VAR}` and `${VAR?}` from the environment, as npm expands them. */
function expand(value, env) {
    return value.replace(/\$\{([^}?]+)\??\}/g, (_, name) => env[name] ?? '');
}
function withSlash(url) {
    return url.endsWith('/') ? url : `${url}/`;
}
/** A registry URL as it may be shown: no user or password in it. */
function redact(url) {
    try {
        const u = new URL(url);
        u.username = '';
        u.password = '';
        return u.toString();
    }
    catch {
        return url;
    }
}

// The installed trees a bisect measures: a commit (base or head) with some packages held at other
// versions. Each distinct tree gets one worktree and one install, kept until the search ends, so
// a version measured twice (a step, then its verification) is never installed twice.
/** `row-cache@1.3.1 + lib-b@2.0.0` (or `as committed`). */
function describeHolds(holds) {
    const names = [...new Map(holds.map((h) => [h.name, `${h.name}@${h.version}`])).values()];
    return names.length === 0 ? 'as committed' : `with ${names.sort().join(', ')}`;
}
function treeKey(spec) {
    const holds = [...new Set(spec.holds.map((h) => `${h.name}@${h.version}`))].sort();
    return `${spec.side}:${spec.sha}${holds.length ? `+${holds.join('+')}` : ''}`;
}
class Trees {
    options;
    trees = new Map();
    dirs = [];
    /** Worktrees made and installs run, for the figures. */
    worktrees = 0;
    installs = 0;
    installMs = 0;
    constructor(options) {
        this.options = options;
    }
    /** The tree for `spec`, made and installed on first use. */
    get(spec) {
        const key = treeKey(spec);
        let tree = this.trees.get(key);
        if (!tree) {
            tree = this.make(key, spec);
            this.trees.set(key, tree);
            // A failed tree is not cached: the error is reported once, and nothing asks again.
            tree.catch(() => this.trees.delete(key));
        }
        return tree;
    }
    async make(key, spec) {
        const { git, workDir, workingDirectory, log } = this.options;
        const dir = path.join(workDir, 'trees', String(this.worktrees++));
        fs.rmSync(dir, { recursive: true, force: true });
        fs.mkdirSync(path.dirname(dir), { recursive: true });
        await git.addWorktree(dir, spec.sha);
        if (this.options.user)
            grantTree(dir, this.options.user);
        this.dirs.push(dir);
        const projectDir = path.join(dir, workingDirectory);
        if (!fs.existsSync(projectDir)) {
            throw new MemgateError(`working-directory '${workingDirectory}' does not exist at ${spec.side} ${shortSha(spec.sha)}`);
        }
        const what = `${spec.side} ${describeHolds(spec.holds)}`;
        const detected = planInstall(dir, projectDir);
        const manager = detected.manager ?? detectPackageManager([]);
        let edits = [];
        let plan;
        let extraEnv = {};
        if (spec.holds.length === 0) {
            plan = planInstall(dir, projectDir, this.options.installCommand);
        }
        else {
            const rootManifest = path.relative(dir, path.join(detected.dir, 'package.json'));
            edits = planEdits(spec.holds, manager.name, rootManifest);
            writeEdits(dir, edits);
            if (manager.name === 'npm')
                this.unlock(dir, detected.dir, spec.holds);
            const updating = updatingInstallCommand(manager);
            plan = { dir: detected.dir, command: updating.command, manager, description: `${detected.description}, updating the lockfile` };
            extraEnv = updating.env;
        }
        let installMs = await this.install(what, plan, extraEnv, key);
        if (spec.holds.length > 0) {
            // A direct hold leaves nested copies that other packages pinned; an override moves them too.
            const unmoved = this.unmoved(spec.holds, manager, detected.dir, projectDir);
            if (unmoved.length > 0) {
                const names = new Set(unmoved.filter(({ hold }) => hold.direct).map(({ hold }) => hold.name));
                if (names.size > 0) {
                    log(`${what}: ${unmoved.map((u) => u.reason).join('; ')}; holding it by ${manager.name === 'npm' ? 'overrides' : manager.name === 'pnpm' ? 'pnpm.overrides' : 'resolutions'} too`);
                    const more = planEdits(spec.holds.filter((h) => names.has(h.name)), manager.name, path.relative(dir, path.join(detected.dir, 'package.json')), names).filter((e) => !edits.some((x) => x.file === e.file && x.key.join('.') === e.key.join('.')));
                    writeEdits(dir, more);
                    edits = [...edits, ...more];
                    installMs += await this.install(what, plan, extraEnv, key);
                }
                const [still] = this.unmoved(spec.holds, manager, detected.dir, projectDir);
                if (still)
                    throw new MemgateError(`Holding ${still.hold.name} at ${still.hold.version} did not take on ${what}: ${still.reason}`);
            }
        }
        return { key, spec, dir, projectDir, edits, installMs };
    }
    unlock(treeDir, installDir, holds) {
        for (const name of ['npm-shrinkwrap.json', 'package-lock.json']) {
            if (!fs.existsSync(path.join(installDir, name)))
                continue;
            const file = insideTree(treeDir, path.relative(treeDir, path.join(installDir, name)));
            writeFileNoFollow(file, dropNpmLockEntries(fs.readFileSync(file, 'utf8'), new Set(holds.map((h) => h.name))));
        }
    }
    unmoved(holds, manager, installDir, projectDir) {
        // Yarn Berry's Plug'n'Play installs no node_modules to look into; its install either applied the hold or failed.
        if (manager.name === 'yarn-berry' && !fs.existsSync(path.join(installDir, 'node_modules')))
            return [];
        const out = [];
        const seen = new Set();
        for (const hold of holds) {
            if (seen.has(hold.name))
                continue;
            seen.add(hold.name);
            const reason = checkCopies(hold, findInstalledCopies([installDir, projectDir], hold.name));
            if (reason)
                out.push({ hold, reason });
        }
        return out;
    }
    async install(what, plan, extraEnv, key) {
        const logFile = path.join(this.options.workDir, 'trees', `install-${this.installs++}.log`);
        this.options.log(`${what}: installing with ${plan.command}`);
        const started = Date.now();
        try {
            await runInstall(key.startsWith('base') ? 'base' : 'head', plan, { ...this.options.env, ...extraEnv }, logFile, this.options.signal, this.options.user);
        }
        catch (error) {
            if (!(error instanceof MemgateError))
                throw error;
            const [first = ''] = error.reason.split('\n');
            const line = first.replace(/^Install failed on (base|head) /, '').replace(/; the end of its log:$/, '');
            throw new MemgateError(`Installing ${what} failed ${line} (log: ${logFile})`, 2, { cause: error });
        }
        const ms = Date.now() - started;
        this.installMs += ms;
        return ms;
    }
    /** Removes every worktree made. */
    async cleanup() {
        for (const dir of this.dirs) {
            // Removed by memgate before git sees it: the PR's code owned it and may have rewritten its .git file.
            if (this.options.user)
                fs.rmSync(dir, { recursive: true, force: true });
            await this.options.git.removeWorktree(dir);
        }
    }
}

/** Which published version of one bumped package started the leak, and a fix verified against base. */
async function bisectPackage(ctx, entries, workingDirectory) {
    const plan = await planPackage(ctx, entries, workingDirectory);
    const tested = [];
    const base = {
        format: 'memgate-bisect/1',
        package: plan.name,
        from: plan.from,
        to: plan.to,
        firstLeaking: null,
        lastClean: null,
        exact: true,
        tested,
        newest: null,
        suggestion: null,
        verification: null,
        alpha: ctx.stats.alpha,
        alphaPerComparison: plan.per,
        comparisons: plan.comparisons,
        verdict: 'leak',
        reason: '',
        notes: []
    };
    const found = await searchVersions(ctx, plan, tested);
    if (found.done)
        return { ...base, ...found.report };
    const { firstLeaking, lastClean, newest, newestInLine } = found;
    const measuredClean = [newest, newestInLine].flatMap((n) => (n?.verdict === 'pass' ? [n.version] : []));
    const direct = plan.entries.some((e) => e.direct);
    // A transitive package may need an older clean version, inside every dependent's range.
    const clean = direct
        ? [...measuredClean, lastClean]
        : [...measuredClean, ...tested.filter((t) => t.verdict === 'pass').map((t) => t.version), plan.from];
    const candidates = planFix({ name: plan.name, to: plan.to, firstLeaking, clean, range: plan.range });
    const allowed = await admittedVersions(ctx, plan, candidates);
    const fix = allowed.candidates.length
        ? await verifyFix(ctx, plan, allowed.candidates.slice(0, 2))
        : { suggestion: null, verification: null };
    const { suggestion, verification } = fix;
    const upgrade = allowed.candidates.find((c) => c.kind === 'major-upgrade');
    const alternative = upgrade && suggestion?.version !== upgrade.version
        ? suggestionFor(await ctx.trees.get(plan.spec(upgrade.version)), plan.name, upgrade)
        : null;
    return {
        ...base,
        ...fix,
        firstLeaking,
        lastClean,
        newest,
        newestInLine,
        alternative,
        verdict: 'leak',
        notes: allowed.notes,
        reason: `${plan.name} leaks from ${firstLeaking} on (${lastClean} is clean)` +
            (newest
                ? `; the newest, ${newest.version}, ${newest.verdict === 'pass' ? 'is clean again' : newest.verdict === 'leak' ? 'still leaks' : `is ${newest.verdict}`}`
                : '') +
            (suggestion
                ? `; ${verification.summary}: ${suggestion.why}` + (alternative ? `; ${alternative.version} is clean too, ${alternative.why}` : '')
                : verification
                    ? `; no suggestion passed against base (${verification.summary})`
                    : `; no clean version is inside the range every dependent declares, so none is suggested (${allowed.notes.join('; ')})`)
    };
}
/**
 * The fix candidates that may be suggested, in planFix's order. A transitive package is pinned by
 * an override, which the packages that depend on it do not see: only a version every dependent's
 * declared range admits is suggested; a clean one outside a range, tried before any admitted one,
 * is named in a note instead.
 */
async function admittedVersions(ctx, plan, candidates) {
    if (plan.entries.some((e) => e.direct))
        return { candidates, notes: [] };
    const head = await ctx.trees.get(plan.spec(plan.to));
    const ranges = findDependentRanges([head.projectDir, head.dir], plan.name).filter((r) => semver.validRange(r.range) !== null);
    const admitted = [];
    const notes = [];
    for (const candidate of candidates) {
        const refused = ranges.filter((r) => !semver.satisfies(candidate.version, r.range, { includePrerelease: true }));
        if (refused.length === 0)
            admitted.push(candidate);
        else if (admitted.length === 0)
            notes.push(`${plan.name} ${candidate.version} is clean but outside the range ${refused.map((r) => `${r.dependent} declares (${r.range})`).join(', ')}; it is not suggested`);
    }
    for (const note of notes)
        ctx.log(note);
    return { candidates: admitted, notes };
}
/** Planning: the bump can be held, where its manager and registry are, which versions are published, the alpha per comparison. */
async function planPackage(ctx, entries, workingDirectory) {
    const main = entries.find((e) => e.direct) ?? entries[0];
    if (!main)
        throw new MemgateError('No bump to bisect');
    const name = main.name;
    const specs = await readSpecs(ctx.git, ctx.headSha, entries);
    const local = entries.find((e) => !fromRegistry(e, specs));
    if (local) {
        throw new MemgateError(`${name} comes from '${specs.get(`${local.manifest}\0${name}`)}' in ${local.manifest}, not from a registry; only published versions can be bisected`);
    }
    const moves = movable(entries, specs);
    if (!moves) {
        throw new MemgateError(`${name} changed from ${main.from ?? '(none)'} to ${main.to ?? '(none)'}, which is not a move between two published versions; only those can be bisected`);
    }
    // The direct entry's versions when there is one (what the user sees in the manifest).
    const from = main.from ?? moves.from;
    const to = main.to ?? moves.to;
    const [moved] = entries.filter((e) => e.from !== from || e.to !== to);
    if (moved)
        ctx.log(`${name} also moved ${moved.from} → ${moved.to} elsewhere in the tree; every copy is held together`);
    const dirs = [workingDirectory, '', path.posix.dirname(main.manifest)];
    const files = (await ctx.git.listFiles(ctx.headSha)).filter((f) => dirs.some((d) => path.posix.dirname(f) === (d === '' || d === '.' ? '.' : d.replace(/\/$/, ''))));
    const lockDir = path.posix.dirname(entries.find((e) => !e.direct)?.manifest ?? files.find((f) => LOCKFILES.some(([l]) => f.endsWith(l))) ?? 'package.json');
    const rootManifest = await ctx.git.showFile(ctx.headSha, lockDir === '.' ? 'package.json' : `${lockDir}/package.json`);
    const manager = detectPackageManager(files.filter((f) => path.posix.dirname(f) === lockDir).map((f) => path.posix.basename(f)), rootManifest ?? undefined);
    // The base commit's registry configuration, never the PR's: a PR's .npmrc would choose where
    // memgate's requests (and the credentials configured for that host) go.
    const config = await loadRegistryConfigAt(ctx.git, ctx.baseSha, [workingDirectory, lockDir, ''], manager.name, process.env, ctx.passEnv);
    const published = await fetchPublished(config, name);
    const versions = planVersions(published.versions, from, to, name, {
        time: published.time,
        minimumAgeMs: ctx.minimumReleaseAgeMs ?? DEFAULT_MINIMUM_RELEASE_AGE_DAYS * 86_400_000,
        now: Date.now()
    });
    const between = versions.versions.slice(0, -1);
    const comparisons = 1 + Math.ceil(Math.log2(versions.versions.length)) + (versions.newer ? 1 : 0) + (versions.newerInLine ? 1 : 0);
    const alpha = ctx.stats.alpha;
    const per = alpha / comparisons;
    ctx.log(`${name} ${from} → ${to}: ${between.length} published version(s) in between (${between.join(', ') || 'none'})` +
        `${versions.newer ? `, ${versions.newer} after` : ''}${versions.newerInLine ? ` (and ${versions.newerInLine}, the newest of ${to}'s line)` : ''}; at most ${comparisons} comparisons at alpha ${fmtAlpha(per)} each (${fmtAlpha(alpha)} in all), ${Math.max(ctx.stats.runs, runsFor(per))} runs a side`);
    return {
        name,
        from,
        to,
        entries,
        versions,
        comparisons,
        per,
        range: main.direct ? (specs.get(`${main.manifest}\0${name}`) ?? null) : null,
        spec: (version) => ({ side: 'head', sha: ctx.headSha, holds: version === to ? [] : holdsFor(entries, version) })
    };
}
/**
 * The search: `to` against the reference (head with the package at `from`), then a binary search
 * of the versions in between, then the newest after `to`. Each step is recorded in `tested`.
 */
async function searchVersions(ctx, plan, tested) {
    const { name, from, to } = plan;
    const reference = await ctx.trees.get(plan.spec(from));
    // After `to`, each step asks whether the version carries the leak `to` has (barFor), not whether
    // it is within the configured bar of the reference: on a noisy soak only the former settles.
    let bar = null;
    const measure = async (version) => {
        ctx.log(`${name}@${version} against the reference (head ${describeHolds(plan.spec(from).holds)})${bar === null ? '' : `, leaking above ${fmtBar(bar)}`}`);
        const cmp = await compareAt(ctx, reference, await ctx.trees.get(plan.spec(version)), plan.per, {}, bar);
        ctx.log(`  → ${cmp.verdict}: ${cmp.reason}`);
        const step = {
            version,
            verdict: cmp.verdict,
            growth: cmp.growth && cmp.unit ? { ...cmp.growth, unit: cmp.unit } : null,
            runs: cmp.runs,
            alpha: plan.per,
            bar: cmp.minimumEffect,
            reason: cmp.reason
        };
        tested.push(step);
        return { ...step, comparison: cmp };
    };
    const toStep = await measure(to);
    const toVerdict = toStep.verdict;
    bar = barFor(toStep.comparison);
    if (toVerdict === 'pass') {
        return {
            done: true,
            report: { lastClean: to, verdict: 'pass', reason: `${name}@${to} does not leak against head with ${name}@${from}: nothing to bisect` }
        };
    }
    if (toVerdict !== 'leak') {
        return {
            done: true,
            report: {
                exact: false,
                verdict: toVerdict,
                reason: `${name}@${to} against head with ${name}@${from} is ${toVerdict}: ${toStep.reason}`
            }
        };
    }
    // Invariant: versions[lo] (or `from` at -1) is clean, versions[hi] leaks.
    const versions = plan.versions.versions;
    // versions ends with `to`; -1 stands for `from`.
    const at = (i) => (i < 0 ? from : (versions[i] ?? to));
    let lo = -1;
    let hi = versions.length - 1;
    while (hi - lo > 1) {
        const mid = Math.floor((lo + hi) / 2);
        const step = await measure(at(mid));
        const verdict = step.verdict;
        if (verdict === 'leak')
            hi = mid;
        else if (verdict === 'pass')
            lo = mid;
        else {
            const firstLeaking = at(hi);
            const lastClean = at(lo);
            return {
                done: true,
                report: {
                    firstLeaking,
                    lastClean,
                    exact: false,
                    verdict,
                    reason: `${name}@${step.version} stayed ${verdict} (${step.reason}); the leak starts after ${lastClean} and by ${firstLeaking}`
                }
            };
        }
    }
    const { newer, newerInLine } = plan.versions;
    return {
        done: false,
        firstLeaking: at(hi),
        lastClean: at(lo),
        newest: newer ? { version: newer, verdict: (await measure(newer)).verdict } : null,
        newestInLine: newerInLine ? { version: newerInLine, verdict: (await measure(newerInLine)).verdict } : null
    };
}
/**
 * Verification of the fix: each candidate (planFix's order: a maintainer's first choice first) in
 * head's tree against base, with fresh runs at the whole alpha and the configured bar; the first
 * that passes is the suggestion.
 */
async function verifyFix(ctx, plan, candidates) {
    const alpha = ctx.stats.alpha;
    let verification = null;
    const baseTree = await ctx.trees.get({ side: 'base', sha: ctx.baseSha, holds: [] });
    for (const candidate of candidates) {
        const version = candidate.version;
        const tree = await ctx.trees.get(plan.spec(version));
        ctx.log(`verification: head with ${plan.name}@${version} against base, fresh runs (alpha ${fmtAlpha(alpha)})`);
        const cmp = await compareAt(ctx, baseTree, tree, alpha, { candidate: `verify:${tree.key}` });
        const p = cmp.growth?.pValue ?? null;
        verification = {
            version,
            verdict: cmp.verdict,
            pValue: p,
            reason: cmp.reason,
            summary: cmp.verdict === 'pass'
                ? `with ${plan.name} ${version} the head passes against base (p = ${p === null ? 'n/a' : p.toPrecision(2)})`
                : `with ${plan.name} ${version} the head does not pass against base (${cmp.verdict}: ${cmp.reason})`
        };
        ctx.log(`  → ${verification.summary}`);
        if (cmp.verdict === 'pass') {
            return {
                suggestion: suggestionFor(tree, plan.name, candidate),
                verification: { ...verification, verdict: 'pass' },
                package: plan.name
            };
        }
    }
    return { suggestion: null, verification };
}
/** The manifest change a candidate is: in the entry the tree's hold edited (the direct one before an override). */
function suggestionFor(tree, name, candidate) {
    const { version, spec, kind, why } = candidate;
    const change = `${JSON.stringify(name)}: ${JSON.stringify(spec)}`;
    const edit = tree.edits.find((e) => e.key[e.key.length - 1] === name && !['overrides', 'resolutions', 'pnpm'].includes(e.key[0] ?? '')) ??
        tree.edits[0];
    // No edit is `to` itself: cannot happen for a leak, but say what it would be.
    const where = edit ? { manifest: edit.file, field: edit.key.slice(0, -1).join('.') } : { manifest: 'package.json', field: 'dependencies' };
    return { version, spec, kind, why, change, ...where };
}

// Which bump leaks, which published version started it, and a fix shown to pass.
//
// 1. Culprit search (several bumps): head with subsets of the bumps held back at `from`, each
//    against base, by binary splitting: about log2(k) comparisons for one culprit among k bumps,
//    then one more that holds the culprits back and must pass ("the others were measured clean").
// 2. Bisect of one package's published versions: the reference is head with the package held at
//    `from`, measured once; `to` (head as committed) first; then a binary search of the versions
//    in between, each held in head's tree; then the newest version after `to`.
// 3. Verification: the suggested version in head's tree (the change a user would make) against
//    base, with fresh runs; only a suggestion that passes is offered.
// False alarms: every comparison of the bisect gets alpha / m (Bonferroni over the m comparisons it
// can make at most), so the chance that any version is called leaking wrongly is at most alpha.
async function runBisect(options) {
    const started = Date.now();
    const workDir = options.workDir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'memgate-bisect-'));
    fs.mkdirSync(workDir, { recursive: true });
    const { soakCommand, installCommand, workingDirectory, timeoutMs, durationMs } = options.options;
    if (!soakCommand.trim())
        throw new MemgateError('No soak command: set --soak to the script that exercises the service');
    // The gate's prologue: the same merge-base, cancellation, and the parsers' warnings for the notes.
    const between = await readBumpsBetween({
        repoDir: options.repoDir,
        base: options.base,
        head: options.head,
        token: options.token,
        remote: options.remote,
        workingDirectory,
        signal: options.signal,
        warn: options.log
    });
    const { git, baseSha, headSha, warnings: notes } = between;
    const stats = { ...options.options.stats, maxRuns: Math.max(options.options.stats.maxRuns, options.options.stats.runs) };
    // The gate's own environments: a private registry's token named by pass-env reaches the installs here too.
    // Isolated as the gate's are: as memgate-soak where memgate is root (soak/isolation.ts).
    const env = await isolatedEnvironments({
        workDir,
        secrets: options.secrets,
        passEnv: options.options.passEnv,
        probePath: options.probePath
    });
    const trees = new Trees({
        user: env.user,
        git,
        workDir,
        workingDirectory,
        installCommand: installCommand || undefined,
        env: env.install,
        signal: options.signal,
        log: options.log
    });
    const soaks = new Soaks({
        user: env.user,
        soakCommand,
        env: env.soak,
        timeoutMs,
        durationMs,
        workDir,
        signal: options.signal,
        log: options.log
    });
    const ctx = {
        git,
        baseSha,
        headSha,
        trees,
        soaks,
        stats,
        passEnv: options.options.passEnv,
        minimumReleaseAgeMs: options.options.minimumReleaseAgeMs,
        log: options.log
    };
    const figures = () => ({
        wallMs: Date.now() - started,
        soaks: soaks.soaks,
        soakMs: soaks.soakMs,
        installs: trees.installs,
        installMs: trees.installMs,
        worktrees: trees.worktrees
    });
    try {
        const bumps = filterBumps(between.bumps, options.options.bumps);
        const names = [...new Set(bumps.map((b) => b.name))];
        let name = options.package;
        let culprit = null;
        if (name !== undefined) {
            if (!names.includes(name)) {
                throw new MemgateError(`${name} did not change between base ${shortSha(baseSha)} and head ${shortSha(headSha)}${names.length ? ` (changed: ${list(names)})` : ' (no dependency changed)'}`);
            }
        }
        else if (names.length === 0) {
            throw new MemgateError(`No dependency changed between base ${shortSha(baseSha)} and head ${shortSha(headSha)}, so there is nothing to bisect`);
        }
        else if (names.length === 1) {
            name = names[0];
        }
        else {
            options.log(`${names.length} packages changed (${list(names)}): looking for the bump that leaks`);
            culprit = await findCulprits(ctx, bumps, options.headLeaks === true);
            if (culprit.head === 'pass' || (culprit.culprits.length === 0 && culprit.head !== 'leak' && culprit.head !== null)) {
                return finish$1(emptyReport(culprit, stats.alpha, culprit.head === 'pass' ? 'pass' : culprit.head === 'inconclusive' ? 'inconclusive' : 'error', culprit.reason, figures(), notes), options, trees, workDir);
            }
            if (culprit.culprits.length !== 1) {
                const verdict = culprit.culprits.length > 1 ? 'error' : culprit.tested.some((t) => t.verdict === 'inconclusive') ? 'inconclusive' : 'error';
                const reason = culprit.culprits.length > 1
                    ? `Several bumps leak (${culprit.culprits.map((c) => c.name).join(', ')}); bisect them one at a time with --package`
                    : culprit.reason;
                return finish$1(emptyReport(culprit, stats.alpha, verdict, reason, figures(), notes), options, trees, workDir);
            }
            name = culprit.culprits[0]?.name;
        }
        const report = await bisectPackage(ctx, bumps.filter((b) => b.name === name), workingDirectory);
        return finish$1({ ...report, culprit, notes: [...notes, ...report.notes], figures: figures() }, options, trees, workDir);
    }
    catch (error) {
        await trees.cleanup();
        if (!options.keep && !options.workDir)
            fs.rmSync(workDir, { recursive: true, force: true });
        throw error;
    }
}
async function finish$1(report, options, trees, workDir) {
    await trees.cleanup();
    if (!options.keep && !options.workDir)
        fs.rmSync(workDir, { recursive: true, force: true });
    options.log(`bisect took ${(report.figures.wallMs / 1000).toFixed(1)} s: ${report.figures.soaks} soak runs, ${report.figures.installs} installs`);
    return report;
}
function emptyReport(culprit, alpha, verdict, reason, figures, notes) {
    return {
        format: 'memgate-bisect/1',
        package: null,
        from: null,
        to: null,
        firstLeaking: null,
        lastClean: null,
        exact: verdict !== 'inconclusive',
        tested: [],
        newest: null,
        suggestion: null,
        verification: null,
        alpha,
        alphaPerComparison: culprit.alpha,
        comparisons: culprit.tested.length,
        culprit,
        verdict,
        reason,
        notes,
        figures
    };
}

/** docs/design.md: 0 pass or skipped, 1 leak, 2 error, 3 inconclusive. */
function exitCodeFor(verdict) {
    switch (verdict) {
        case 'pass':
        case 'skipped':
            return 0;
        case 'leak':
            return 1;
        case 'inconclusive':
            return 3;
        case 'error':
            return 2;
    }
}

// memgate's own version, package.json's (a test keeps the two equal). The runbook pins it, so that a
// maintainer reproduces a measurement with the memgate that made it.
const MEMGATE_VERSION = '0.1.0';

// Every command and its flags in one table: `memgate COMMAND --help` prints from it, an unknown flag
// is matched against it ("did you mean --base?"), and an option's error names its flag from it.
// A command added to the CLI adds its row here.
/** A bad command line: the reason, and the entry adds where to read the command's help. */
class UsageError extends MemgateError {
}
const json = { name: 'json', meaning: 'print one JSON document (with its `format` tag) on stdout; logs go to stderr' };
const repo = { name: 'repo', value: 'DIR', default: '.', meaning: 'the git repository' };
const base = { name: 'base', value: 'REF', meaning: "the PR's base: the merge-base of it and --head is measured" };
const head = { name: 'head', value: 'REF', meaning: 'the commit with the dependency change' };
const workingDirectory = {
    name: 'working-directory',
    value: 'DIR',
    default: '.',
    meaning: 'the project inside the repository'
};
const s = defaultStatsOptions;
const STATS = [
    { name: 'runs', value: 'N', default: String(s.runs), meaning: 'soak runs per side at the first look (2–100)' },
    {
        name: 'max-runs',
        value: 'N',
        default: String(s.maxRuns),
        meaning: 'runs per side after which an undecided verdict stays inconclusive'
    },
    { name: 'alpha', value: 'P', default: String(s.alpha), meaning: 'false-alarm rate of the whole decision' },
    {
        name: 'threshold',
        value: 'BYTES[,SHARE%]',
        default: `${s.threshold}, ${s.thresholdShare * 100}%`,
        meaning: "the smallest growth difference that counts: bytes per iteration, or that share of base's heap over a run"
    },
    { name: 'warmup', value: 'SHARE', default: String(s.warmup), meaning: 'share of each run left out as warm-up' }
];
const MEASURE = [
    { name: 'soak', value: 'CMD', default: DEFAULT_SOAK_COMMAND, meaning: 'the script that exercises the code, run with sh -c' },
    { name: 'install', value: 'CMD', default: "the project's package manager", meaning: 'the install command of each side' },
    ...STATS,
    { name: 'duration', value: 'SECONDS', meaning: 'stop a soak that runs on by itself after this long' },
    { name: 'timeout', value: 'SECONDS', default: String(DEFAULT_TIMEOUT_S), meaning: 'kill a run that takes longer' },
    workingDirectory,
    { name: 'pass-env', value: 'NAMES', meaning: 'variables the soak may see although they look like credentials' },
    { name: 'heap-max-bytes', value: 'MIB', default: String(DEFAULT_HEAP_MAX_MB), meaning: 'the largest heap snapshot taken and read' },
    {
        name: 'heap-limit',
        value: 'MIB',
        default: "a quarter of the machine's memory, 512 to 4096",
        meaning: '--max-old-space-size of every soak process, the same on both sides'
    },
    { name: 'include', value: 'GLOBS', meaning: 'measure only bumps of these package names' },
    { name: 'exclude', value: 'GLOBS', meaning: 'leave bumps of these package names out' },
    { name: 'dependency-types', value: 'TYPES', meaning: 'kinds of direct dependency to measure (dependencies, devDependencies, …)' },
    {
        name: 'minimum-release-age',
        value: 'DAYS',
        default: '3',
        meaning: "bisect: how long a version newer than the PR's must have been published before it is installed"
    }
];
const COMMAND_HELP = [
    {
        name: 'run',
        summary: 'Measures whether the dependency changes between two commits make the heap grow: the whole pipeline on a local repository.',
        flags: [
            base,
            head,
            repo,
            ...MEASURE,
            {
                name: 'work-dir',
                value: 'DIR',
                default: 'a temporary directory, removed at the end',
                meaning: 'where worktrees, samples, logs and heap snapshots go, kept'
            },
            json,
            { name: 'report', value: 'FILE', meaning: 'also write the memgate-report/1 (with --shard, the memgate-shard/1) to this file' },
            {
                name: 'shard',
                value: 'I/N',
                meaning: "measure shard I of N: its share of each side's runs, printed as memgate-shard/1 for `memgate merge`"
            },
            {
                name: 'store',
                value: 'DIR',
                meaning: "a store of memgate-record/1: base's record there stands for base's runs, and only head is soaked"
            }
        ],
        examples: [
            "memgate run --base main --head HEAD --soak 'node soak.js'",
            'memgate run --base origin/main --head dependabot/npm_and_yarn/event-hub-2.0.0 --runs 10 --work-dir memgate-work --json'
        ]
    },
    {
        name: 'merge',
        summary: 'Decides the verdict once over the N memgate-shard/1 files of `memgate run --shard I/N` (each index once, the same commits).',
        args: 'SHARD_FILE…',
        flags: [
            { name: 'heap-max-bytes', value: 'MIB', default: String(DEFAULT_HEAP_MAX_MB), meaning: 'the largest heap snapshot read' },
            json,
            { name: 'report', value: 'FILE', meaning: 'also write the memgate-report/1 to this file' }
        ],
        examples: ['memgate merge shard-1.json shard-2.json', 'memgate merge shards/*.json --json --report memgate-report.json']
    },
    {
        name: 'bumps',
        summary: 'Lists the dependency changes between two commits, read from package.json files and lockfiles.',
        flags: [base, head, repo, workingDirectory, json],
        examples: ['memgate bumps --base main --head HEAD', 'memgate bumps --base v1.2.0 --head v1.3.0 --working-directory services/api --json']
    },
    {
        name: 'analyze',
        summary: 'Decides the verdict from two memgate-samples/1 files (samples-base.json and samples-head.json of a work directory).',
        flags: [
            { name: 'base', value: 'FILE', meaning: "base's samples" },
            { name: 'head', value: 'FILE', meaning: "head's samples" },
            ...STATS,
            json
        ],
        examples: [
            'memgate analyze --base memgate-work/samples-base.json --head memgate-work/samples-head.json',
            'memgate analyze --base base.json --head head.json --alpha 0.001 --json'
        ]
    },
    {
        name: 'heap',
        summary: 'Reads V8 heap snapshots: `summary` counts what one holds, `diff` names what grew from the first to the last.',
        args: 'summary FILE | diff BEFORE AFTER [MORE…]',
        flags: [json],
        examples: ['memgate heap summary end.heapsnapshot', 'memgate heap diff warmup.heapsnapshot middle.heapsnapshot end.heapsnapshot --json']
    },
    {
        name: 'demo',
        summary: 'Runs `memgate run` on the bundled example (event-hub 1.0.0 → 2.0.0) in a temporary git repository.',
        flags: [
            { name: 'clean', meaning: 'bump to the clean 2.0.0 instead of the leaky one' },
            ...STATS,
            { name: 'keep', meaning: 'keep the temporary directory and say where' },
            json
        ],
        examples: ['memgate demo', 'memgate demo --clean --runs 3 --json']
    },
    {
        name: 'bisect',
        summary: 'Finds the bump that leaks, the first published version that leaks and a fix measured to pass.',
        flags: [
            base,
            head,
            repo,
            { name: 'package', value: 'NAME', default: 'the culprit among the bumps', meaning: 'the bumped package to search' },
            ...MEASURE,
            { name: 'work-dir', value: 'DIR', default: 'a temporary directory', meaning: 'where worktrees and runs go' },
            json
        ],
        examples: [
            'memgate bisect --base main --head HEAD',
            "memgate bisect --base main --head HEAD --package event-hub --soak 'node soak.js' --json"
        ]
    },
    {
        name: 'record',
        summary: 'Measures one commit on its own (no base) and writes its memgate-record/1 into a store.',
        flags: [
            { name: 'commit', value: 'REF', meaning: 'the commit to measure' },
            { name: 'store', value: 'DIR', meaning: 'the directory that keeps the records' },
            repo,
            ...MEASURE,
            { name: 'keep', value: 'N', default: '1000', meaning: 'records kept per series; older ones are removed' },
            {
                name: 'work-dir',
                value: 'DIR',
                default: 'a temporary directory, removed at the end',
                meaning: 'where the worktree and runs go, kept'
            },
            json
        ],
        examples: [
            "memgate record --commit HEAD --store memgate-records --soak 'node soak.js'",
            'memgate record --commit main --store records --runs 10 --json'
        ],
        exitStatus: 'Exit status: 0 recorded, 2 error.'
    },
    {
        name: 'trend',
        summary: "Reads the records of a ref's first-parent history and finds lasting steps up in heap growth (creep).",
        flags: [
            { name: 'store', value: 'DIR', meaning: 'the directory that keeps the records' },
            repo,
            { name: 'ref', value: 'REF', default: 'HEAD', meaning: 'whose first-parent history to read' },
            { name: 'last', value: 'N', default: '100', meaning: 'how many commits back' },
            { name: 'page', value: 'FILE', meaning: 'also write the HTML page with its chart to this file' },
            json
        ],
        examples: ['memgate trend --store memgate-records', 'memgate trend --store records --ref origin/main --last 200 --json'],
        exitStatus: 'Exit status: 0 no step up, 1 a step up (creep), 2 error.'
    }
];
/** `memgate COMMAND --help`: what it does, each flag with its default and meaning, two examples. */
function renderCommandHelp(command) {
    const flag = (f) => `--${f.name}${f.value ? ` ${f.value}` : ''}`;
    const width = Math.max(...command.flags.map((f) => flag(f).length));
    return [
        `memgate ${command.name}: ${command.summary}`,
        '',
        `Usage: memgate ${command.name}${command.args ? ` ${command.args}` : ''} [flags]`,
        '',
        'Flags:',
        ...command.flags.map((f) => `  ${flag(f).padEnd(width)}  ${f.meaning}${f.default ? ` (default: ${f.default})` : ''}`),
        '  --help, -h'.padEnd(width + 4) + 'this help',
        '',
        'Examples:',
        ...command.examples.map((e) => `  ${e}`),
        '',
        command.exitStatus ?? EXIT_STATUS
    ].join('\n');
}
const EXIT_STATUS = 'Exit status: 0 pass or skipped, 1 leak, 2 error, 3 inconclusive.';
/** `memgate --help`: the commands, one line each. */
function renderOverview() {
    const width = Math.max(...COMMAND_HELP.map((c) => c.name.length));
    return [
        `memgate ${MEMGATE_VERSION}: stops dependency updates that leak memory.`,
        '',
        'Usage: memgate COMMAND [flags]',
        '',
        'Commands:',
        ...COMMAND_HELP.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
        '',
        "Run 'memgate COMMAND --help' for a command's flags and examples; 'memgate --version' for the version.",
        EXIT_STATUS
    ].join('\n');
}
function findCommandHelp(name) {
    return COMMAND_HELP.find((c) => c.name === name);
}
/** The candidate closest to `word` by edit distance, when it is close enough to be a typo. */
function nearest(word, candidates) {
    let best;
    let bestDistance = Infinity;
    for (const c of candidates) {
        const d = editDistance(word, c);
        if (d < bestDistance)
            [best, bestDistance] = [c, d];
    }
    // A third of the word, at least 1 and at most 3 edits: --bsae → --base, not --json → --repo.
    return bestDistance <= Math.min(3, Math.max(1, Math.floor(word.length / 3))) ? best : undefined;
}
/** Levenshtein distance, with a swap of two neighbours counted as one edit. */
function editDistance(a, b) {
    if (Math.abs(a.length - b.length) > 3)
        return Infinity;
    const width = b.length + 1;
    const d = new Array((a.length + 1) * width).fill(0);
    const at = (i, j) => d[i * width + j] ?? Infinity;
    for (let j = 0; j <= b.length; j++)
        d[j] = j;
    for (let i = 1; i <= a.length; i++) {
        d[i * width] = i;
        for (let j = 1; j <= b.length; j++) {
            const cost = a[i - 1] === b[j - 1] ? 0 : 1;
            let v = Math.min(at(i - 1, j) + 1, at(i, j - 1) + 1, at(i - 1, j - 1) + cost);
            if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
                v = Math.min(v, at(i - 2, j - 2) + 1);
            d[i * width + j] = v;
        }
    }
    return at(a.length, b.length);
}
/** The flag an option's input is set with: `--soak` for soak-command, `--install` for install-command, else its name. */
function flagOf(name) {
    return name === 'soak-command' ? '--soak' : name === 'install-command' ? '--install' : `--${name}`;
}

// argv → the same Options the action reads from its inputs: flags carry the inputs' names
// (--soak-command) or their short forms (--soak), and go through the same checks.
/** --runs, --max-runs, --alpha, --threshold, --warmup: the statistics' flags. */
const STATS_FLAGS = {
    runs: { type: 'string' },
    'max-runs': { type: 'string' },
    alpha: { type: 'string' },
    threshold: { type: 'string' },
    warmup: { type: 'string' }
};
/** Every flag that makes Options. */
const OPTION_FLAGS = {
    soak: { type: 'string' },
    install: { type: 'string' },
    ...STATS_FLAGS,
    duration: { type: 'string' },
    timeout: { type: 'string' },
    'working-directory': { type: 'string' },
    'pass-env': { type: 'string' },
    'heap-max-bytes': { type: 'string' },
    'minimum-release-age': { type: 'string' },
    include: { type: 'string' },
    exclude: { type: 'string' },
    'dependency-types': { type: 'string' },
    'heap-limit': { type: 'string' }
};
function parse(args, options, positionals = false) {
    try {
        return parseArgs({ args, options, allowPositionals: positionals, strict: true });
    }
    catch (error) {
        const message = error.message;
        const unknown = /^Unknown option '(-{1,2}[^']*)'/.exec(message)?.[1];
        if (unknown) {
            const guess = nearest(unknown.replace(/^-+/, '').split('=')[0] ?? '', Object.keys(options));
            throw new UsageError(`Unknown flag ${unknown}${guess ? `: did you mean --${guess}?` : '.'}`, 2, { cause: error });
        }
        throw new UsageError((message.split('\n')[0] ?? message).replace(/\. To specify a positional.*$/, '.'), 2, { cause: error });
    }
}
/** Options from the parsed flags, with the action's defaults and checks. */
function optionsFrom(values) {
    const text = (v) => (typeof v === 'string' ? v : undefined);
    return parseOptions({
        'soak-command': text(values.soak),
        'install-command': text(values.install),
        'working-directory': text(values['working-directory']),
        runs: text(values.runs),
        'max-runs': text(values['max-runs']),
        alpha: text(values.alpha),
        threshold: text(values.threshold),
        warmup: text(values.warmup),
        duration: text(values.duration),
        timeout: text(values.timeout),
        'pass-env': text(values['pass-env']),
        'heap-max-bytes': text(values['heap-max-bytes']),
        'minimum-release-age': text(values['minimum-release-age']),
        include: text(values.include),
        exclude: text(values.exclude),
        'dependency-types': text(values['dependency-types']),
        'heap-limit': text(values['heap-limit'])
    }, flagOf);
}
function required(value, flag) {
    if (typeof value !== 'string' || value === '')
        throw new UsageError(`Missing ${flag}.`);
    return value;
}

// Everything from the PR or an artifact (package names, versions, paths, object names, log lines)
// passes through here before it reaches markdown: GitHub renders comments as GFM with inline HTML,
// then turns `@name` into mentions, `#123` into references and bare `www.`/`http://` into links.
//
// Escape what can be interpreted, nothing else: the raw text shows in notification e-mails, the
// API and the edit box, so `head's heap (p = 0.004)` must stay as readable as it renders. HTML
// entities are no help against mentions and references (GitHub decodes them first): a zero-width
// joiner after `@` and `#` breaks those, as Renovate does, and stays invisible.
/** U+200D ZERO WIDTH JOINER: invisible, and no user name, reference or host name contains it. */
const ZWJ = '\u200d';
// Line breaks of every kind, folded so that a value cannot start a block of its own.
const LINE_BREAKS = /[\r\n\u2028\u2029]+/g;
// Unicode format characters (Cf: bidi embeddings, overrides and isolates, zero-width characters,
// the soft hyphen, tag characters) and the control characters but tab and line breaks: invisible, or
// able to make a name read as another ("Trojan Source"). Shown as their code points instead.
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what it looks for
const INVISIBLE = /[\p{Cf}\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/gu;
/** `text` with every format and control character (see INVISIBLE) written as `[U+202E]`. Pure. */
function showInvisible(text) {
    return text.replace(INVISIBLE, (c) => `[U+${(c.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}]`);
}
/**
 * Mentions, references and bare links that GitHub would make of plain text, made inert; format
 * characters shown (the joiners added here are memgate's own). Pure.
 */
function neutralizeLinks(text) {
    return noComment(showInvisible(text))
        .replace(/@/g, `@${ZWJ}`)
        .replace(/#(?=\d)/g, `#${ZWJ}`)
        .replace(/\b(gh)-(?=\d)/gi, `$1-${ZWJ}`)
        .replace(/\b(https?):(?=\/\/)/gi, `$1:${ZWJ}`)
        .replace(/\b(www)\./gi, `$1${ZWJ}.`);
}
/**
 * Text safe inside raw HTML (a `<summary>` line, where markdown is not parsed but mentions still
 * are): `& < > "` as entities, links and mentions made inert, line breaks folded.
 */
function escapeHtml(text) {
    return neutralizeLinks(text.replace(LINE_BREAKS, ' ')).replace(/[&<>"]/g, (c) => HTML_ENTITIES[c] ?? c);
}
const HTML_ENTITIES = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };
/**
 * `<!--` broken by a zero-width space: code shows it as it is, but the comment's source must not
 * open an HTML comment of the PR's (memgate's own marker and data block are comments).
 */
function noComment(text) {
    return text.replace(/<!--/g, '<!\u200b--');
}

/** The type codes of a graph, looked up once. */
function typeCodes(g) {
    const n = (t) => g.nodeTypes.indexOf(t);
    const e = (t) => g.edgeTypes.indexOf(t);
    return {
        hidden: n('hidden'),
        array: n('array'),
        string: n('string'),
        object: n('object'),
        code: n('code'),
        closure: n('closure'),
        regexp: n('regexp'),
        number: n('number'),
        native: n('native'),
        synthetic: n('synthetic'),
        consString: n('concatenated string'),
        slicedString: n('sliced string'),
        symbol: n('symbol'),
        bigint: n('bigint'),
        objectShape: n('object shape'),
        context: e('context'),
        element: e('element'),
        property: e('property'),
        internal: e('internal'),
        hiddenEdge: e('hidden'),
        shortcut: e('shortcut'),
        weak: e('weak')
    };
}
/** DevTools' class name: the constructor name for objects and native nodes, "(type)" otherwise. */
function className(g, node) {
    return classNameOf(g.nodeTypes[g.nodeType[node]], g.strings[g.nodeName[node]]);
}
/** className from a node type's name and the node's name. */
function classNameOf(type, name) {
    switch (type) {
        case 'object':
        case 'native':
            return name;
        case 'hidden':
            return '(system)';
        case 'code':
            return '(compiled code)';
        case 'string':
        case 'concatenated string':
        case 'sliced string':
            return '(string)';
        default:
            return `(${type ?? 'unknown'})`;
    }
}
/** Whether an edge's name field is a number (element and hidden edges) rather than a string index. */
function edgeNameIsIndex(t, type) {
    return type === t.element || type === t.hiddenEdge;
}
/** An edge as DevTools shows it: `.name` for properties, `[i]` for elements, the bare name otherwise. */
function edgeLabel(g, t, edge) {
    const type = g.edgeType[edge];
    const name = g.edgeName[edge];
    if (edgeNameIsIndex(t, type))
        return `[${name}]`;
    const s = g.strings[name] ?? String(name);
    if (type === t.property)
        return /^[A-Za-z_$][\w$]*$/.test(s) ? `.${s}` : `[${JSON.stringify(s)}]`;
    return /^\d+$/.test(s) ? `[${s}]` : `.${s}`;
}
/** A node as DevTools shows it: `Listener @123`, `subscribe() @45`, `"text" @7`. */
function nodeLabel(g, t, node) {
    const type = g.nodeType[node];
    const name = g.strings[g.nodeName[node]];
    let label;
    if (type === t.closure)
        label = `${name || '(anonymous)'}()`;
    else if (type === t.string || type === t.consString || type === t.slicedString) {
        label = JSON.stringify(name.length > 40 ? `${name.slice(0, 40)}…` : name);
    }
    else if (type === t.object || type === t.native || type === t.hidden || type === t.synthetic || type === t.array) {
        label = name || className(g, node);
    }
    else
        label = `${className(g, node)} ${name}`.trim();
    return `${label} @${g.nodeId[node]}`;
}
/** The first edge of `node` of the given type and name (a string), or -1. */
function findEdge(g, node, type, name) {
    for (let e = g.firstEdge[node], end = g.firstEdge[node + 1]; e < end; e++) {
        if (g.edgeType[e] === type && g.strings[g.edgeName[e]] === name)
            return e;
    }
    return -1;
}

// Streaming parser of V8 heap snapshots (`.heapsnapshot`, the JSON written by v8.writeHeapSnapshot,
// `node --heapsnapshot-signal` and Chrome DevTools). Format: one object with the sections
// `snapshot` (header with `meta`, `node_count`, `edge_count`), `nodes`, `edges`, `locations`,
// `strings` (plus trace/sample sections that are skipped). Field orders and the type enums are read
// from `snapshot.meta` (node_fields/node_types, edge_fields/edge_types, location_fields), never
// assumed; the header must come before `nodes`, as every V8 since 2012 writes it (V8 6 … 14, Node 8 … 24).
// Spec by example: https://github.com/v8/v8/blob/main/src/profiler/heap-snapshot-generator.cc
// (HeapSnapshotJSONSerializer).
//
// The parser is fed bytes and never holds the JSON text: numbers go straight into typed arrays, and
// each entry of `strings` becomes one JS string (the snapshot's string table is already unique).
/** The index into `g.locations` of a node's source location, or -1. */
function locationOf(g, node) {
    const nodes = g.locations.node;
    let lo = 0;
    let hi = g.locations.count - 1;
    while (lo <= hi) {
        const mid = (lo + hi) >> 1;
        const v = nodes[mid];
        if (v === node)
            return mid;
        if (v < node)
            lo = mid + 1;
        else
            hi = mid - 1;
    }
    return -1;
}
/** What a parse may hold per byte of its input, typed arrays and string table together. */
const MEMORY_PER_INPUT_BYTE = 3;
// A string table entry: its array slot, and a kept string's header (map, hash, length) before its
// characters, which V8 rounds up to 8 bytes.
const STRING_SLOT_BYTES = 8;
const STRING_HEADER_BYTES = 16;
const align8 = (n) => (n + 7) & -8;
/** The "snapshot" header is a few hundred bytes; V8 has never written one near this. */
const MAX_HEADER_BYTES = 1024 * 1024;
var S;
(function (S) {
    S[S["Start"] = 0] = "Start";
    S[S["Key"] = 1] = "Key";
    S[S["KeyString"] = 2] = "KeyString";
    S[S["Colon"] = 3] = "Colon";
    S[S["Value"] = 4] = "Value";
    S[S["AfterValue"] = 5] = "AfterValue";
    S[S["Capture"] = 6] = "Capture";
    S[S["Skip"] = 7] = "Skip";
    S[S["SkipPrimitive"] = 8] = "SkipPrimitive";
    S[S["Numbers"] = 9] = "Numbers";
    S[S["Strings"] = 10] = "Strings";
    S[S["StringBody"] = 11] = "StringBody";
    S[S["Done"] = 12] = "Done";
})(S || (S = {}));
var Section;
(function (Section) {
    Section[Section["None"] = 0] = "None";
    Section[Section["Nodes"] = 1] = "Nodes";
    Section[Section["Edges"] = 2] = "Edges";
    Section[Section["Locations"] = 3] = "Locations";
})(Section || (Section = {}));
// Roles of node fields, from meta.node_fields.
var F;
(function (F) {
    F[F["Other"] = 0] = "Other";
    F[F["Type"] = 1] = "Type";
    F[F["Name"] = 2] = "Name";
    F[F["Id"] = 3] = "Id";
    F[F["Size"] = 4] = "Size";
    F[F["EdgeCount"] = 5] = "EdgeCount";
})(F || (F = {}));
var EF;
(function (EF) {
    EF[EF["Other"] = 0] = "Other";
    EF[EF["Type"] = 1] = "Type";
    EF[EF["Name"] = 2] = "Name";
    EF[EF["To"] = 3] = "To";
})(EF || (EF = {}));
const QUOTE = 0x22;
const BACKSLASH = 0x5c;
function fail(reason) {
    throw new MemgateError(reason);
}
/**
 * A push parser: call `write()` with each chunk (bytes or text) in order, then `end()` for the graph.
 * Throws MemgateError on anything that is not a complete V8 heap snapshot; never touches the disk.
 */
class HeapSnapshotParser {
    state = S.Start;
    keepEdges;
    maxStringLength;
    bytesSeen = 0;
    maxBytes;
    totalBytes;
    key = '';
    keyBytes = [];
    keyEscape = false;
    seenKeys = new Set();
    // generic skip/capture state
    depth = 0;
    inString = false;
    escape = false;
    capture = [];
    captureStart = 0;
    // numbers
    section = Section.None;
    num = 0;
    inNum = false;
    neg = false;
    field = 0;
    // header
    nodeFieldCount = 0;
    nodeRoles = new Uint8Array(0);
    edgeFieldCount = 0;
    edgeRoles = new Uint8Array(0);
    locFieldCount = 0;
    locRoles = new Int8Array(0); // 0 object_index, 1 script_id, 2 line, 3 column, -1 other
    locRow = [0, 0, 0, 0];
    locRows = new Uint32Array(0);
    locLen = 0;
    headerDone = false;
    g = null;
    nodesRead = 0;
    edgesRead = 0;
    // strings
    strBuf = new Uint8Array(256);
    strLen = 0;
    strEscaped = false;
    strWide = false;
    stringsDone = false;
    decoder = new TextDecoder('utf-8', { fatal: false });
    strings = [];
    // What the string table costs in memory so far, and what it may cost beside the typed arrays.
    stringMemory = 0;
    stringBudget = Number.POSITIVE_INFINITY;
    keepAllStrings;
    needed = null;
    totalsOnly;
    namedType = new Uint8Array(256);
    totals = { maxId: 0, totalBytes: 0, groups: new Map() };
    constructor(options = {}) {
        this.keepAllStrings = options.stringValues === true;
        this.totalsOnly = options.totalsOnly === true;
        this.keepEdges = options.edges !== false && !this.totalsOnly;
        this.maxStringLength = options.maxStringLength ?? 1024;
        this.maxBytes = options.maxBytes ?? DEFAULT_HEAP_MAX_BYTES;
        this.totalBytes = options.totalBytes;
        if (this.totalBytes !== undefined && this.totalBytes > this.maxBytes)
            fail(tooLarge(this.totalBytes, this.maxBytes));
    }
    /** Feeds the next chunk of the file. */
    write(chunk) {
        const buf = typeof chunk === 'string' ? new TextEncoder().encode(chunk) : chunk;
        const len = buf.length;
        if (this.bytesSeen + len > this.maxBytes)
            fail(tooLarge(this.bytesSeen + len, this.maxBytes, this.totalBytes === undefined));
        let i = 0;
        while (i < len) {
            switch (this.state) {
                case S.Start: {
                    const c = buf[i++];
                    if (isSpace(c) || ((c === 0xef || c === 0xbb || c === 0xbf) && this.bytesSeen + i <= 3))
                        continue;
                    if (c !== 0x7b)
                        fail(`does not start with a JSON object (found ${describeByte(c)}); expected a V8 heap snapshot`);
                    this.state = S.Key;
                    break;
                }
                case S.Key: {
                    const c = buf[i++];
                    if (isSpace(c))
                        continue;
                    if (c === QUOTE) {
                        this.keyBytes = [];
                        this.keyEscape = false;
                        this.state = S.KeyString;
                    }
                    else if (c === 0x7d) {
                        this.state = S.Done;
                    }
                    else
                        fail(`unexpected ${describeByte(c)} where a top-level key was expected`);
                    break;
                }
                case S.KeyString: {
                    const c = buf[i++];
                    if (this.keyEscape)
                        this.keyEscape = false;
                    else if (c === BACKSLASH)
                        this.keyEscape = true;
                    else if (c === QUOTE) {
                        this.key = String.fromCharCode(...this.keyBytes);
                        this.state = S.Colon;
                        break;
                    }
                    if (this.keyBytes.length < 64)
                        this.keyBytes.push(c);
                    break;
                }
                case S.Colon: {
                    const c = buf[i++];
                    if (isSpace(c))
                        continue;
                    if (c !== 0x3a)
                        fail(`unexpected ${describeByte(c)} after key "${this.key}"`);
                    this.state = S.Value;
                    break;
                }
                case S.Value: {
                    const c = buf[i];
                    if (isSpace(c)) {
                        i++;
                        continue;
                    }
                    this.beginValue(c);
                    if (this.state === S.Capture) {
                        this.captureStart = i;
                        this.capture = [];
                    }
                    i++;
                    break;
                }
                case S.AfterValue: {
                    const c = buf[i++];
                    if (isSpace(c))
                        continue;
                    if (c === 0x2c)
                        this.state = S.Key;
                    else if (c === 0x7d)
                        this.state = S.Done;
                    else
                        fail(`unexpected ${describeByte(c)} after the "${this.key}" section`);
                    break;
                }
                case S.Capture:
                case S.Skip: {
                    const start = this.state === S.Capture ? this.captureStart : 0;
                    i = this.skipValue(buf, i);
                    if (this.state === S.Capture) {
                        if (this.depth === 0) {
                            this.capture.push(buf.subarray(start, i));
                            this.readHeader();
                            this.state = S.AfterValue;
                        }
                        else {
                            this.capture.push(buf.slice(start, i));
                            this.captureStart = 0;
                            if (this.capture.reduce((n, part) => n + part.length, 0) > MAX_HEADER_BYTES) {
                                fail(`has a "snapshot" header of more than ${MAX_HEADER_BYTES} bytes; V8 writes a few hundred`);
                            }
                        }
                    }
                    else if (this.depth === 0)
                        this.state = S.AfterValue;
                    break;
                }
                case S.SkipPrimitive: {
                    const c = buf[i];
                    if (c === 0x2c || c === 0x7d)
                        this.state = S.AfterValue;
                    else
                        i++;
                    break;
                }
                case S.Numbers:
                    i = this.readNumbers(buf, i);
                    break;
                case S.Strings: {
                    const c = buf[i++];
                    if (isSpace(c) || c === 0x2c)
                        continue;
                    if (c === QUOTE) {
                        this.strLen = 0;
                        this.strEscaped = false;
                        this.strWide = false;
                        this.escape = false;
                        this.state = S.StringBody;
                    }
                    else if (c === 0x5d) {
                        this.stringsDone = true;
                        this.state = S.AfterValue;
                    }
                    else
                        fail(`unexpected ${describeByte(c)} in the strings section`);
                    break;
                }
                case S.StringBody:
                    i = this.readString(buf, i);
                    break;
                case S.Done: {
                    const c = buf[i++];
                    if (!isSpace(c))
                        fail(`unexpected ${describeByte(c)} after the end of the snapshot`);
                    break;
                }
            }
        }
        this.bytesSeen += len;
    }
    /** Finishes parsing; throws MemgateError if the input was empty, cut short or inconsistent. */
    end() {
        if (this.bytesSeen === 0)
            fail('is empty; expected a V8 heap snapshot');
        const g = this.g;
        if (!this.headerDone || !g)
            fail('has no "snapshot" header with "meta"; expected a V8 heap snapshot');
        if (this.state !== S.Done) {
            const where = this.section === Section.Nodes
                ? ` in the nodes section after ${this.nodesRead} of ${g.nodeCount} nodes`
                : this.section === Section.Edges
                    ? this.totalsOnly
                        ? ' in the edges section'
                        : ` in the edges section after ${this.edgesRead} of ${g.edgeCount} edges`
                    : this.state === S.StringBody || this.state === S.Strings
                        ? ` in the strings section after ${this.strings.length} strings`
                        : '';
            fail(`is truncated: it ends${where} (after ${this.bytesSeen} bytes)`);
        }
        if (this.nodesRead !== g.nodeCount)
            fail(`has ${this.nodesRead} nodes where its header says ${g.nodeCount}`);
        if (this.keepEdges && this.edgesRead !== g.edgeCount)
            fail(`has ${this.edgesRead} edges where its header says ${g.edgeCount}`);
        if (!this.stringsDone)
            fail('has no strings section');
        g.strings = this.strings;
        g.locations = this.takeLocations();
        const n = this.strings.length;
        for (const name of g.nodeName)
            if (name >= n)
                fail(`names string ${name} but has only ${n} strings`);
        if (this.totalsOnly) {
            g.totals = this.totals;
            for (const key of this.totals.groups.keys())
                if (key >= 4294967296 && key % 4294967296 >= n)
                    fail(`names string ${key % 4294967296} but has only ${n} strings`);
        }
        if (!this.keepEdges && !this.totalsOnly) {
            g.edgeCount = 0;
            g.firstEdge.fill(0);
        }
        return g;
    }
    takeLocations() {
        const rows = this.locRows;
        const count = this.locLen / 4;
        // storeLocation writes whole rows of 4: rows[k * 4 + 3] is in range for every k < count
        let sorted = true;
        for (let k = 1; k < count && sorted; k++)
            sorted = rows[k * 4] > rows[(k - 1) * 4];
        // V8 writes them in node order; anything else is sorted once here
        let order = null;
        if (!sorted) {
            order = new Uint32Array(count);
            for (let k = 0; k < count; k++)
                order[k] = k;
            order.sort((a, b) => rows[a * 4] - rows[b * 4]);
        }
        const out = {
            count,
            node: new Uint32Array(count),
            scriptId: new Uint32Array(count),
            line: new Uint32Array(count),
            column: new Uint32Array(count)
        };
        for (let k = 0; k < count; k++) {
            const row = (order ? order[k] : k) * 4;
            out.node[k] = rows[row];
            out.scriptId[k] = rows[row + 1];
            out.line[k] = rows[row + 2];
            out.column[k] = rows[row + 3];
        }
        this.locRows = new Uint32Array(0);
        return out;
    }
    beginValue(c) {
        const key = this.key;
        if (this.seenKeys.has(key))
            fail(`has the section "${key}" twice`);
        this.seenKeys.add(key);
        const wanted = key === 'snapshot' || key === 'nodes' || key === 'edges' || (key === 'locations' && !this.totalsOnly) || key === 'strings';
        if (!wanted) {
            this.depth = 0;
            this.inString = false;
            this.escape = false;
            this.state = S.Skip;
            // the skipper must see the opening byte itself
            this.depth = c === 0x7b || c === 0x5b ? 1 : 0;
            this.inString = c === QUOTE;
            if (this.depth === 0 && !this.inString)
                this.state = S.SkipPrimitive;
            return;
        }
        if (key === 'snapshot') {
            if (c !== 0x7b)
                fail('has a "snapshot" header that is not an object');
            this.depth = 1;
            this.inString = false;
            this.escape = false;
            this.state = S.Capture;
            return;
        }
        if (c !== 0x5b)
            fail(`has a "${key}" section that is not an array`);
        if (key !== 'strings' && !this.headerDone)
            fail(`has the "${key}" section before its "snapshot" header`);
        if (key === 'strings') {
            this.state = S.Strings;
            this.needed = this.keepAllStrings ? null : this.neededStrings();
            this.stringBudget = MEMORY_PER_INPUT_BYTE * (this.totalBytes ?? this.maxBytes) - this.arrayBytes();
            return;
        }
        this.section = key === 'nodes' ? Section.Nodes : key === 'edges' ? Section.Edges : Section.Locations;
        this.field = 0;
        this.num = 0;
        this.inNum = false;
        this.neg = false;
        this.state = S.Numbers;
    }
    // Returns the index after the consumed bytes; sets depth 0 when the value closed.
    skipValue(buf, i) {
        const len = buf.length;
        let depth = this.depth;
        let inString = this.inString;
        let escaped = this.escape;
        while (i < len) {
            const c = buf[i++];
            if (inString) {
                if (escaped)
                    escaped = false;
                else if (c === BACKSLASH)
                    escaped = true;
                else if (c === QUOTE) {
                    inString = false;
                    if (depth === 0)
                        break;
                }
            }
            else if (c === QUOTE)
                inString = true;
            else if (c === 0x7b || c === 0x5b)
                depth++;
            else if (c === 0x7d || c === 0x5d) {
                if (--depth === 0)
                    break;
            }
        }
        this.depth = depth;
        this.inString = inString;
        this.escape = escaped;
        return i;
    }
    readHeader() {
        const bytes = concat(this.capture);
        this.capture = [];
        let header;
        try {
            header = JSON.parse(this.decoder.decode(bytes));
        }
        catch (error) {
            throw new MemgateError('has a "snapshot" header that is not valid JSON', 2, { cause: error });
        }
        const meta = header.meta;
        if (!meta || !Array.isArray(meta.node_fields) || !Array.isArray(meta.edge_fields)) {
            fail('has no "snapshot.meta" with node_fields and edge_fields; expected a V8 heap snapshot');
        }
        const nodeFields = meta.node_fields;
        const edgeFields = meta.edge_fields;
        const nodeTypes = Array.isArray(meta.node_types) ? meta.node_types[nodeFields.indexOf('type')] : null;
        const edgeTypes = Array.isArray(meta.edge_types) ? meta.edge_types[edgeFields.indexOf('type')] : null;
        for (const f of ['type', 'name', 'id', 'self_size', 'edge_count']) {
            if (!nodeFields.includes(f))
                fail(`has no "${f}" in snapshot.meta.node_fields (${nodeFields.join(', ')})`);
        }
        for (const f of ['type', 'name_or_index', 'to_node']) {
            if (!edgeFields.includes(f))
                fail(`has no "${f}" in snapshot.meta.edge_fields (${edgeFields.join(', ')})`);
        }
        if (!Array.isArray(nodeTypes) || !Array.isArray(edgeTypes))
            fail('has no node or edge type names in snapshot.meta');
        const nodeCount = header.node_count;
        const edgeCount = header.edge_count;
        if (!Number.isSafeInteger(nodeCount) || !Number.isSafeInteger(edgeCount) || nodeCount < 1 || edgeCount < 0) {
            fail('has no valid node_count/edge_count in its "snapshot" header');
        }
        // Each value takes a digit and a comma at least: counts that need more bytes than the input has
        // (or may have) are a lie, refused before the arrays sized by them are allocated.
        const budget = this.totalBytes ?? this.maxBytes;
        const needed = 2 * (nodeCount * nodeFields.length + edgeCount * edgeFields.length);
        if (needed > budget + 64) {
            fail(this.totalBytes === undefined
                ? `claims ${nodeCount} nodes and ${edgeCount} edges in its "snapshot" header, which need at least ${needed} bytes, more than the ${budget}-byte limit for heap snapshots`
                : `is truncated or its header lies: it claims ${nodeCount} nodes and ${edgeCount} edges, which need at least ${needed} bytes, more than its ${budget} bytes`);
        }
        this.nodeFieldCount = nodeFields.length;
        this.nodeRoles = Uint8Array.from(nodeFields, (f) => f === 'type'
            ? F.Type
            : f === 'name'
                ? F.Name
                : f === 'id'
                    ? F.Id
                    : f === 'self_size'
                        ? F.Size
                        : f === 'edge_count'
                            ? F.EdgeCount
                            : F.Other);
        this.edgeFieldCount = edgeFields.length;
        this.edgeRoles = Uint8Array.from(edgeFields, (f) => f === 'type' ? EF.Type : f === 'name_or_index' ? EF.Name : f === 'to_node' ? EF.To : EF.Other);
        const locFields = Array.isArray(meta.location_fields) ? meta.location_fields : [];
        this.locFieldCount = locFields.length;
        this.locRoles = Int8Array.from(locFields, (f) => ['object_index', 'script_id', 'line', 'column'].indexOf(f));
        const e = this.keepEdges ? edgeCount : 0;
        // In totals mode each node is folded into the totals as soon as it is read: one slot suffices.
        const slots = this.totalsOnly ? 1 : nodeCount;
        for (const t of ['object', 'native']) {
            const k = nodeTypes.indexOf(t);
            if (k >= 0)
                this.namedType[k] = 1;
        }
        this.g = {
            nodeCount: nodeCount,
            edgeCount: edgeCount,
            nodeTypes: nodeTypes.map(String),
            edgeTypes: edgeTypes.map(String),
            nodeType: new Uint8Array(slots),
            nodeName: new Uint32Array(slots),
            nodeId: new Uint32Array(slots),
            selfSize: new Float64Array(slots),
            firstEdge: new Uint32Array(slots + 1),
            edgeType: new Uint8Array(e),
            edgeName: new Uint32Array(e),
            edgeTo: new Uint32Array(e),
            strings: [],
            locations: { count: 0, node: new Uint32Array(0), scriptId: new Uint32Array(0), line: new Uint32Array(0), column: new Uint32Array(0) },
            totals: null
        };
        this.headerDone = true;
    }
    // The nodes and edges sections are nearly all of a file: they get loops of their own that keep
    // their state in locals and write straight into the typed arrays.
    readNodes(buf, i) {
        const g = this.g;
        const len = buf.length;
        const nf = this.nodeFieldCount;
        const roles = this.nodeRoles;
        const typeAt = roles.indexOf(F.Type);
        const nameAt = roles.indexOf(F.Name);
        const idAt = roles.indexOf(F.Id);
        const sizeAt = roles.indexOf(F.Size);
        const countAt = roles.indexOf(F.EdgeCount);
        const { nodeType, nodeName, nodeId, selfSize, firstEdge } = g;
        const count = g.nodeCount;
        let num = this.num;
        let inNum = this.inNum;
        let field = this.field;
        let n = this.nodesRead;
        const totals = this.totalsOnly;
        let slot = totals ? 0 : n;
        while (i < len) {
            let c = buf[i++];
            if (c >= 0x30 && c <= 0x39) {
                // the whole run of digits at once; a number cut by the chunk's end continues in the next
                num = num * 10 + (c - 0x30);
                while (i < len) {
                    c = buf[i];
                    if (c < 0x30 || c > 0x39)
                        break;
                    num = num * 10 + (c - 0x30);
                    i++;
                }
                inNum = true;
            }
            else if (c === 0x2c || c === 0x5d) {
                if (inNum) {
                    if (n >= count)
                        fail(`has more nodes than its header's node_count ${count}`);
                    if (field === typeAt)
                        nodeType[slot] = num;
                    else if (field === nameAt)
                        nodeName[slot] = num;
                    else if (field === idAt)
                        nodeId[slot] = num;
                    else if (field === sizeAt)
                        selfSize[slot] = num;
                    else if (field === countAt)
                        firstEdge[slot + 1] = num;
                    if (++field === nf) {
                        field = 0;
                        if (totals)
                            this.addToTotals();
                        else
                            slot++;
                        n++;
                    }
                    num = 0;
                    inNum = false;
                }
                else if (c === 0x2c)
                    fail('has an empty value in the nodes section');
                if (c === 0x5d) {
                    this.num = num;
                    this.inNum = inNum;
                    this.field = field;
                    this.nodesRead = n;
                    this.finishSection();
                    this.state = S.AfterValue;
                    return i;
                }
            }
            else if (!isSpace(c))
                fail(`has ${describeByte(c)} in the nodes section, where only integers belong`);
        }
        this.num = num;
        this.inNum = inNum;
        this.field = field;
        this.nodesRead = n;
        return i;
    }
    addToTotals() {
        const g = this.g;
        // in totals mode every per-node array has the one slot 0
        const type = g.nodeType[0];
        const key = this.namedType[type] ? type * 4294967296 + g.nodeName[0] : type;
        const size = g.selfSize[0];
        const group = this.totals.groups.get(key);
        if (group) {
            group.count++;
            group.bytes += size;
        }
        else
            this.totals.groups.set(key, { count: 1, bytes: size });
        const id = g.nodeId[0];
        if (id % 2 === 1 && id > this.totals.maxId)
            this.totals.maxId = id;
        this.totals.totalBytes += size;
    }
    readEdges(buf, i) {
        const g = this.g;
        const len = buf.length;
        const ef = this.edgeFieldCount;
        const nf = this.nodeFieldCount;
        const typeAt = this.edgeRoles.indexOf(EF.Type);
        const nameAt = this.edgeRoles.indexOf(EF.Name);
        const toAt = this.edgeRoles.indexOf(EF.To);
        const keep = this.keepEdges;
        const { edgeType, edgeName, edgeTo } = g;
        const count = g.edgeCount;
        const nodeCount = g.nodeCount;
        let num = this.num;
        let inNum = this.inNum;
        let field = this.field;
        let e = this.edgesRead;
        while (i < len) {
            let c = buf[i++];
            if (c >= 0x30 && c <= 0x39) {
                // the whole run of digits at once; a number cut by the chunk's end continues in the next
                num = num * 10 + (c - 0x30);
                while (i < len) {
                    c = buf[i];
                    if (c < 0x30 || c > 0x39)
                        break;
                    num = num * 10 + (c - 0x30);
                    i++;
                }
                inNum = true;
            }
            else if (c === 0x2c || c === 0x5d) {
                if (inNum) {
                    if (e >= count)
                        fail(`has more edges than its header's edge_count ${count}`);
                    if (keep) {
                        if (field === toAt) {
                            const to = (num / nf) | 0;
                            if (to * nf !== num || to >= nodeCount)
                                fail(`has edge ${e} pointing at ${num}, which is not a node`);
                            edgeTo[e] = to;
                        }
                        else if (field === typeAt)
                            edgeType[e] = num;
                        else if (field === nameAt)
                            edgeName[e] = num;
                    }
                    if (++field === ef) {
                        field = 0;
                        e++;
                    }
                    num = 0;
                    inNum = false;
                }
                else if (c === 0x2c)
                    fail('has an empty value in the edges section');
                if (c === 0x5d) {
                    this.num = num;
                    this.inNum = inNum;
                    this.field = field;
                    this.edgesRead = e;
                    this.finishSection();
                    this.state = S.AfterValue;
                    return i;
                }
            }
            else if (!isSpace(c))
                fail(`has ${describeByte(c)} in the edges section, where only integers belong`);
        }
        this.num = num;
        this.inNum = inNum;
        this.field = field;
        this.edgesRead = e;
        return i;
    }
    readNumbers(buf, i) {
        if (this.section === Section.Nodes)
            return this.readNodes(buf, i);
        if (this.section === Section.Edges) {
            if (!this.totalsOnly)
                return this.readEdges(buf, i);
            // Totals need no edges: the section holds only digits, commas and spaces, so its end is the
            // next ']' (a file cut inside it is still reported as truncated).
            const end = buf.indexOf(0x5d, i);
            if (end < 0)
                return buf.length;
            this.edgesRead = this.g.edgeCount;
            this.finishSection();
            this.state = S.AfterValue;
            return end + 1;
        }
        const len = buf.length;
        let num = this.num;
        let inNum = this.inNum;
        while (i < len) {
            let c = buf[i++];
            if (c >= 0x30 && c <= 0x39) {
                // the whole run of digits at once; a number cut by the chunk's end continues in the next
                num = num * 10 + (c - 0x30);
                while (i < len) {
                    c = buf[i];
                    if (c < 0x30 || c > 0x39)
                        break;
                    num = num * 10 + (c - 0x30);
                    i++;
                }
                inNum = true;
            }
            else if (c === 0x2c || c === 0x5d) {
                if (inNum) {
                    this.storeLocation(this.neg ? -num : num);
                    num = 0;
                    inNum = false;
                    this.neg = false;
                }
                else if (c === 0x2c)
                    fail(`has an empty value in the ${this.sectionName()} section`);
                if (c === 0x5d) {
                    this.finishSection();
                    this.state = S.AfterValue;
                    break;
                }
            }
            else if (c === 0x2d && !inNum)
                this.neg = true;
            else if (!isSpace(c))
                fail(`has ${describeByte(c)} in the ${this.sectionName()} section, where only integers belong`);
        }
        this.num = num;
        this.inNum = inNum;
        return i;
    }
    sectionName() {
        return this.section === Section.Nodes ? 'nodes' : this.section === Section.Edges ? 'edges' : 'locations';
    }
    // One value of the locations section (nodes and edges have loops of their own).
    storeLocation(v) {
        const role = this.locRoles[this.field];
        if (role >= 0)
            this.locRow[role] = v;
        if (++this.field < this.locFieldCount)
            return;
        this.field = 0;
        const node = this.locRow[0] / this.nodeFieldCount;
        if (!Number.isInteger(node) || node >= this.g.nodeCount)
            return;
        if (this.locLen + 4 > this.locRows.length) {
            const bigger = new Uint32Array(Math.max(1024, this.locRows.length * 2));
            bigger.set(this.locRows);
            this.locRows = bigger;
        }
        const rows = this.locRows;
        rows[this.locLen++] = node;
        rows[this.locLen++] = this.locRow[1];
        rows[this.locLen++] = this.locRow[2];
        rows[this.locLen++] = this.locRow[3];
    }
    finishSection() {
        const g = this.g;
        if (this.field !== 0)
            fail(`has a partial record at the end of the ${this.sectionName()} section`);
        if (this.section === Section.Nodes) {
            if (this.nodesRead !== g.nodeCount)
                fail(`has ${this.nodesRead} nodes where its header says ${g.nodeCount}`);
            if (!this.totalsOnly) {
                const first = g.firstEdge;
                for (let n = 1; n <= g.nodeCount; n++)
                    first[n] += first[n - 1];
                if (first[g.nodeCount] !== g.edgeCount)
                    fail(`has nodes with ${first[g.nodeCount]} edges where its header says ${g.edgeCount}`);
            }
        }
        else if (this.section === Section.Edges) {
            if (this.edgesRead !== g.edgeCount)
                fail(`has ${this.edgesRead} edges where its header says ${g.edgeCount}`);
        }
        this.section = Section.None;
    }
    readString(buf, i) {
        const len = buf.length;
        const cap = this.maxStringLength * 4 + 16; // room for escapes and multi-byte characters
        while (i < len) {
            if (this.escape) {
                this.escape = false;
                this.push(buf, i, i + 1, cap);
                i++;
                continue;
            }
            // a run of plain bytes, copied at once
            const start = i;
            let wide = false;
            let c = 0;
            while (i < len) {
                c = buf[i];
                if (c === QUOTE || c === BACKSLASH)
                    break;
                if (c >= 0x80)
                    wide = true;
                i++;
            }
            if (wide)
                this.strWide = true;
            if (i > start)
                this.push(buf, start, i, cap);
            if (i === len)
                break;
            i++;
            if (c === BACKSLASH) {
                this.escape = true;
                this.strEscaped = true;
                this.push(buf, i - 1, i, cap);
            }
            else {
                this.keepString(this.decodeString());
                this.state = S.Strings;
                return i;
            }
        }
        return i;
    }
    // A string table of many tiny distinct strings costs several times its bytes (a slot and a string
    // header each): it is held to the input's size, so that no snapshot takes more than
    // MEMORY_PER_INPUT_BYTE times its bytes.
    keepString(s) {
        this.stringMemory += STRING_SLOT_BYTES + (s.length === 0 ? 0 : STRING_HEADER_BYTES + align8(this.strWide ? 2 * s.length : s.length));
        if (this.stringMemory > this.stringBudget) {
            const size = this.totalBytes ?? this.maxBytes;
            fail(`has a strings section that would take more than ${MEMORY_PER_INPUT_BYTE}× the snapshot's ${size} bytes in memory ` +
                `(${this.strings.length} strings so far): V8 writes no such table`);
        }
        this.strings.push(s);
    }
    arrayBytes() {
        const g = this.g;
        if (!g)
            return 0;
        const arrays = [g.nodeType, g.nodeName, g.nodeId, g.selfSize, g.firstEdge, g.edgeType, g.edgeName, g.edgeTo];
        const { node, scriptId, line, column } = g.locations;
        return [...arrays, node, scriptId, line, column].reduce((sum, a) => sum + a.byteLength, 0);
    }
    push(buf, from, to, cap) {
        const room = cap - this.strLen;
        if (room <= 0)
            return;
        if (to - from > room)
            to = from + room;
        const need = this.strLen + (to - from);
        if (need > this.strBuf.length) {
            const bigger = new Uint8Array(Math.max(need, this.strBuf.length * 2));
            bigger.set(this.strBuf.subarray(0, this.strLen));
            this.strBuf = bigger;
        }
        this.strBuf.set(buf.subarray(from, to), this.strLen);
        this.strLen = need;
    }
    // Which entries of the string table name something other than a string's value. Null (keep all)
    // unless the nodes, and the edges when kept, came before the strings, as V8 writes them.
    neededStrings() {
        const g = this.g;
        if (!g || this.nodesRead !== g.nodeCount || (this.keepEdges && this.edgesRead !== g.edgeCount)) {
            if (this.totalsOnly)
                fail('has its strings before its nodes, which a totals-only read cannot follow');
            return null;
        }
        const isValue = new Uint8Array(256);
        for (const t of ['string', 'concatenated string', 'sliced string']) {
            const k = g.nodeTypes.indexOf(t);
            if (k >= 0)
                isValue[k] = 1;
        }
        const isIndex = new Uint8Array(256);
        for (const t of ['element', 'hidden']) {
            const k = g.edgeTypes.indexOf(t);
            if (k >= 0)
                isIndex[k] = 1;
        }
        if (this.totalsOnly) {
            let top = 0;
            for (const key of this.totals.groups.keys())
                if (key >= 4294967296)
                    top = Math.max(top, key % 4294967296);
            const names = new Uint8Array(top + 1);
            for (const key of this.totals.groups.keys())
                if (key >= 4294967296)
                    names[key % 4294967296] = 1;
            return names;
        }
        // i < nodeCount and e < edgeCount are in range of the per-node and per-edge arrays
        let max = 0;
        for (const name of g.nodeName)
            if (name > max)
                max = name;
        for (let e = 0; e < g.edgeTo.length; e++)
            if (!isIndex[g.edgeType[e]] && g.edgeName[e] > max)
                max = g.edgeName[e];
        const needed = new Uint8Array(max + 1);
        for (let i = 0; i < g.nodeCount; i++)
            if (!isValue[g.nodeType[i]])
                needed[g.nodeName[i]] = 1;
        for (let e = 0; e < g.edgeTo.length; e++)
            if (!isIndex[g.edgeType[e]])
                needed[g.edgeName[e]] = 1;
        return needed;
    }
    decodeString() {
        const index = this.strings.length;
        const needed = this.needed;
        if (needed && !needed[index] && !hasNodeModules(this.strBuf, this.strLen))
            return '';
        const bytes = this.strBuf.subarray(0, this.strLen);
        let s;
        if (!this.strEscaped) {
            s = this.strWide ? this.decoder.decode(bytes) : latin1(bytes);
        }
        else {
            let text = this.decoder.decode(bytes);
            // A cut may have split an escape: drop the dangling backslash sequence.
            if (this.strLen >= this.maxStringLength * 4 + 16)
                text = text.replace(/\\(u[0-9a-fA-F]{0,3})?$/, '');
            try {
                s = JSON.parse(`"${text}"`);
            }
            catch (error) {
                throw new MemgateError(`has an invalid string at index ${this.strings.length} of its strings section`, 2, { cause: error });
            }
        }
        return s.length > this.maxStringLength ? s.slice(0, this.maxStringLength) : s;
    }
}
// Node's Buffer decodes one-byte text natively; elsewhere fall back to fromCharCode.
const NodeBuffer = globalThis.Buffer;
const latin1Slice = NodeBuffer?.prototype.latin1Slice;
function latin1(bytes) {
    if (latin1Slice)
        return latin1Slice.call(bytes, 0, bytes.length);
    if (bytes.length < 64)
        return String.fromCharCode(...bytes);
    let s = '';
    for (let i = 0; i < bytes.length; i += 8192)
        s += String.fromCharCode(...bytes.subarray(i, i + 8192));
    return s;
}
const NODE_MODULES$1 = [...'node_modules'].map((c) => c.charCodeAt(0));
function hasNodeModules(buf, len) {
    const first = NODE_MODULES$1[0];
    outer: for (let i = buf.indexOf(first); i >= 0 && i + NODE_MODULES$1.length <= len; i = buf.indexOf(first, i + 1)) {
        for (let k = 1; k < NODE_MODULES$1.length; k++)
            if (buf[i + k] !== NODE_MODULES$1[k])
                continue outer;
        return true;
    }
    return false;
}
function concat(parts) {
    let n = 0;
    for (const p of parts)
        n += p.length;
    const out = new Uint8Array(n);
    let o = 0;
    for (const p of parts) {
        out.set(p, o);
        o += p.length;
    }
    return out;
}
function tooLarge(bytes, limit, atLeast = false) {
    const mib = (n) => `${(n / 1024 / 1024).toFixed(1)} MiB`;
    return `is ${atLeast ? 'more than ' : ''}${mib(bytes)}, over the ${mib(limit)} limit for heap snapshots`;
}
function isSpace(c) {
    return c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09;
}
function describeByte(c) {
    return c >= 0x20 && c < 0x7f ? `'${String.fromCharCode(c)}'` : `byte 0x${c.toString(16).padStart(2, '0')}`;
}

// Which package made or holds a heap object, read from the V8 graph itself:
//   object ─map→ Map ─back_pointer…→ root Map ─constructor→ closure
//   closure ─shared→ SharedFunctionInfo ─script_or_debug_info (older V8: script)→ Script
// The Script node is named by its file path (V8 ≥ 10); older V8 names it "system / Script" with a
// `name` edge to the path string. A path under node_modules/<pkg>/ names the package.
const NODE_MODULES = /(?:^|[\\/])node_modules[\\/]((?:@[^\\/]+[\\/])?[^\\/]+)(?=[\\/])/g;
/**
 * The package a file path belongs to: the innermost `node_modules/<name>/` (scoped names kept,
 * pnpm's `.pnpm/…/node_modules/<name>` and Yarn's zip paths included); null outside node_modules.
 */
function packageOfPath(path) {
    let found = null;
    for (const m of path.matchAll(NODE_MODULES))
        found = m[1].replace(/\\/g, '/');
    if (found === '.pnpm' || found === '.bin' || found === '.cache')
        return null;
    return found;
}
/** A script path cut to what identifies it: from its innermost node_modules/ on, else as is. */
function shortPath(path) {
    const k = Math.max(path.lastIndexOf('node_modules/'), path.lastIndexOf('node_modules\\'));
    return k >= 0 ? path.slice(k) : path;
}
/** Attribution lookups on one graph; results are cached per node. */
class Attributor {
    g;
    t;
    r;
    // Nodes and edges passed around here come from the graph (findEdge gives an edge or -1), and the
    // parser checked every name against the string table: reading them needs no check.
    siteCache = new Map();
    ctorCache = new Map();
    constructor(g, t, r) {
        this.g = g;
        this.t = t;
        this.r = r;
    }
    /** The script of a closure (its SharedFunctionInfo's Script), with the line from `locations`. */
    closureSite(closure) {
        const cached = this.siteCache.get(closure);
        if (cached !== undefined)
            return cached;
        const { g, t } = this;
        let site = null;
        const shared = findEdge(g, closure, t.internal, 'shared');
        if (shared >= 0) {
            const sfi = g.edgeTo[shared];
            let e = findEdge(g, sfi, t.internal, 'script_or_debug_info');
            if (e < 0)
                e = findEdge(g, sfi, t.internal, 'script');
            if (e >= 0) {
                const script = this.scriptName(g.edgeTo[e]);
                if (script) {
                    const loc = locationOf(g, closure);
                    site = { script, line: loc >= 0 ? g.locations.line[loc] + 1 : null };
                }
            }
        }
        this.siteCache.set(closure, site);
        return site;
    }
    scriptName(node) {
        const { g, t } = this;
        let name = g.strings[g.nodeName[node]];
        if (name.startsWith('system / Script') || name === '') {
            const e = findEdge(g, node, t.internal, 'name');
            if (e < 0)
                return null;
            name = g.strings[g.nodeName[g.edgeTo[e]]];
        }
        if (name.startsWith('system / ') || name === '')
            return null;
        return name;
    }
    /** The constructor closure of an object (through its Map chain, else `__proto__.constructor`), or -1. */
    constructorOf(object) {
        const { g, t } = this;
        const mapEdge = findEdge(g, object, t.internal, 'map');
        // Objects of one shape share their Map: the walk is done once per Map.
        const key = mapEdge >= 0 ? g.edgeTo[mapEdge] : -1 - object;
        const cached = this.ctorCache.get(key);
        if (cached !== undefined)
            return cached;
        let ctor = -1;
        let e = mapEdge;
        for (let hops = 0; e >= 0 && hops < 64 && ctor < 0; hops++) {
            const map = g.edgeTo[e];
            const c = findEdge(g, map, t.internal, 'constructor');
            const c2 = c >= 0 ? c : findEdge(g, map, t.internal, 'constructor_or_back_pointer');
            if (c2 >= 0 && g.nodeType[g.edgeTo[c2]] === t.closure)
                ctor = g.edgeTo[c2];
            else
                e = findEdge(g, map, t.internal, 'back_pointer');
        }
        if (ctor < 0) {
            const p = findEdge(g, object, t.property, '__proto__');
            if (p >= 0) {
                const c = findEdge(g, g.edgeTo[p], t.property, 'constructor');
                if (c >= 0 && g.nodeType[g.edgeTo[c]] === t.closure)
                    ctor = g.edgeTo[c];
            }
            // the prototype fallback is per object, not per Map
            if (mapEdge >= 0)
                return ctor;
        }
        this.ctorCache.set(key, ctor);
        return ctor;
    }
    /** Where a node's code was written: a closure's own script, an object's constructor's script. */
    creationSite(node) {
        const { g, t } = this;
        const type = g.nodeType[node];
        if (type === t.closure)
            return this.closureSite(node);
        if (type === t.object || type === t.regexp) {
            const ctor = this.constructorOf(node);
            if (ctor >= 0)
                return this.closureSite(ctor);
        }
        return null;
    }
    /** A short "where the code is" note for closures and function contexts on a retainer path. */
    codeNote(node) {
        const { g, t } = this;
        let site = null;
        if (g.nodeType[node] === t.closure)
            site = this.closureSite(node);
        else if (g.nodeType[node] === t.object && g.strings[g.nodeName[node]] === 'system / Context')
            site = this.contextSite(node);
        if (!site)
            return null;
        return site.line !== null ? `${shortPath(site.script)}:${site.line}` : shortPath(site.script);
    }
    // A function context belongs to the closures whose `context` edge points at it.
    contextSite(context) {
        const { g, t } = this;
        const { firstRet, retType, retFrom } = this.r;
        for (let k = firstRet[context], end = firstRet[context + 1]; k < end; k++) {
            const closure = retFrom[k];
            if (retType[k] !== t.internal || g.nodeType[closure] !== t.closure)
                continue;
            const e = findEdge(g, closure, t.internal, 'context');
            if (e < 0 || g.edgeTo[e] !== context)
                continue;
            const s = this.closureSite(closure);
            if (s)
                return { script: s.script, line: null };
        }
        return null;
    }
    /**
     * The package that owns a node as a holder: closures and objects by their code's script, function
     * contexts by the closures that use them, `Module` objects by their filename.
     */
    ownerPackage(node) {
        const { g, t } = this;
        const site = this.creationSite(node);
        if (site)
            return packageOfPath(site.script);
        const name = g.strings[g.nodeName[node]];
        if (g.nodeType[node] === t.object && name === 'system / Context') {
            const s = this.contextSite(node);
            return s ? packageOfPath(s.script) : null;
        }
        if (g.nodeType[node] === t.object && name === 'Module') {
            for (const key of ['filename', 'id', 'path']) {
                const e = findEdge(g, node, t.property, key);
                if (e >= 0) {
                    const pkg = packageOfPath(g.strings[g.nodeName[g.edgeTo[e]]]);
                    if (pkg)
                        return pkg;
                }
            }
        }
        return null;
    }
}
// A step into Node's module cache, as describePath names it: `["/abs/path/index.js"] Module @12`.
const CACHED_MODULE = /^\["((?:[^"\\]|\\.)*)"\] Module @\d+$/;
/**
 * A retainer path as a reader follows it: what leads from the roots to a module's cache entry
 * (process, the loader, `Module._cache`) says nothing about the leak, so a path through a module
 * starts at the last one, named by its file from node_modules on. Other paths are kept whole.
 */
function readablePath(path) {
    for (let k = path.length - 1; k >= 0; k--) {
        const module = CACHED_MODULE.exec(path[k]);
        if (!module)
            continue;
        return [`module ${shortPath(module[1].replace(/\\(.)/g, '$1'))}`, ...path.slice(k + 1)];
    }
    return path;
}

// Numbers as maintainers read them. Pure.
/** A growth rate such as "1.4 KiB/iteration" from bytes per unit and the unit string "bytes/iteration". */
function formatRate(bytesPerUnit, unit) {
    const per = unit.replace(/^bytes\//, '');
    const value = Math.abs(bytesPerUnit) < 10 ? bytesPerUnit.toFixed(2) : String(Math.round(bytesPerUnit));
    return Math.abs(bytesPerUnit) >= 1024 ? `${formatBytes(bytesPerUnit)}/${per}` : `${value} B/${per}`;
}

// The few sentences a reviewer reads first, in the same words on every surface: the comment's
// headline, the status description, the CLI's first line, the confidence sentence. Pure.
//
// Values from the PR (names, versions) go through `quote`: markdown passes its escaping, the
// status and the terminal pass them as they are (the terminal strips control characters itself).
const plain = (value) => value;
/** What the verdict is about: the culprit bump when known, the only bump, or "one of N bumps". */
function subjectOf(report, culprit, quote = plain) {
    const bump = (report.bumps.length === 1 ? report.bumps[0] : undefined);
    if (bump)
        return bumpWords(bump, quote);
    if (report.bumps.length === 0)
        return 'this change';
    return `one of ${report.bumps.length} dependency bumps`;
}
/** `event-hub 1.0.0 → 2.0.0`, `left-pad (added)` */
function bumpWords(b, quote = plain) {
    if (b.type === 'added')
        return `${quote(b.name)} ${quote(b.to ?? '')} (added)`.replace('  ', ' ');
    if (b.type === 'removed')
        return `${quote(b.name)} (removed)`;
    return `${quote(b.name)} ${quote(b.from ?? '∅')} → ${quote(b.to ?? '∅')}`;
}
/** A rate as "+281 B per iteration"; never "−0". */
function rateWords(bytesPerUnit, unit, sign = true) {
    const value = zero(bytesPerUnit);
    const text = formatRate(Math.abs(value), unit).replace('/', ' per ');
    return `${sign ? (value > 0 ? '+' : value < 0 ? '−' : '') : value < 0 ? '−' : ''}${text}`;
}
/** "266 to 296 B per iteration", "−0.90 to 0.20 B per iteration": one unit for both ends. */
function rangeWords(low, high, unit) {
    const per = unit.replace(/^bytes\//, '');
    const [scale, label] = Math.max(Math.abs(low), Math.abs(high)) >= 1024 ? [1024, 'KiB'] : [1, 'B'];
    const n = (v) => {
        const x = zero(v / scale);
        const text = Math.abs(x) >= 10 ? String(Math.round(Math.abs(x))) : Math.abs(x).toFixed(scale === 1 ? 2 : 1);
        return x < 0 ? `−${text}` : text;
    };
    return `${n(low)} to ${n(high)} ${label} per ${per}`;
}
/** Rounds away the "−0" and "-0.00" a tiny negative number prints as. */
function zero(value) {
    return Math.abs(value) < 0.005 ? 0 : value;
}
/** What the difference adds up to over one soak run: "about +16 MiB over the 60,000-iteration soak". */
function totalWords(report) {
    const { difference: d, series } = report;
    const length = series?.x[series.x.length - 1];
    if (!d || !series || length === undefined || !(length > 0))
        return null;
    const total = d.estimate * length;
    if (Math.abs(total) < 1024)
        return null;
    const soak = series.unit === 'iteration' ? `${Math.round(length).toLocaleString('en-US')}-iteration` : formatDuration(length);
    return `about ${total > 0 ? '+' : '−'}${formatBytes(Math.abs(total))} over the ${soak} soak`;
}
/** The headline without its icon, for the comment, the terminal and the summary. */
function headlineWords(report, culprit, quote = plain) {
    const subject = subjectOf(report, culprit, quote);
    const d = report.difference;
    const unit = report.unit;
    switch (report.verdict) {
        case 'leak': {
            if (!d || !unit)
                return `${subject} leaks memory`;
            const total = totalWords(report);
            return `${subject} leaks memory: ${rateWords(d.estimate, unit)}${total ? ` (${total})` : ''}`;
        }
        case 'pass':
            if (!d || !unit)
                return `no leak in ${subject}`;
            return d.high <= 0
                ? `no leak in ${subject}: head's heap grows no faster than base's`
                : `no leak in ${subject}: head's heap grows at most ${rateWords(d.high, unit, false)} more than base's`;
        case 'inconclusive':
            return `undecided: memgate could not tell whether ${subject} leaks memory`;
        case 'error':
            return `not measured: memgate could not measure ${subject}`;
        default:
            return `nothing to measure`;
    }
}
/**
 * The one sentence that says how sure the verdict is, from the one false-alarm rate (alpha) the
 * verdict was tested at; null where nothing was compared.
 */
function confidenceSentence(report) {
    const d = report.difference;
    if (!d || !report.unit)
        return null;
    const runs = `${report.base.used ?? report.base.runs} + ${report.head.used ?? report.head.runs} runs`;
    const p = `p = ${d.pValue.toPrecision(2)}`;
    const bar = report.minimumEffect !== undefined ? `the bar is ${rateWords(report.minimumEffect, report.unit, false)}` : null;
    const alpha = report.alpha !== undefined ? `a leak needs p ≤ ${report.alpha.toPrecision(2)}` : null;
    const range = `head's heap grows ${rangeWords(d.low, d.high, report.unit)} more than base's`;
    const tail = [bar, alpha].filter(Boolean).join('; ');
    return `${capitalize(range)}; ${p} with ${runs}${tail ? ` (${tail})` : ''}.`;
}
function capitalize(text) {
    return text.charAt(0).toUpperCase() + text.slice(1);
}

// The report as the CLI prints it on a terminal. Pure.
// Red, green, yellow, magenta, grey: the comment's icons in a terminal's colours.
const COLORS = { leak: 31, pass: 32, inconclusive: 33, error: 35, skipped: 90 };
/**
 * The report as lines for a terminal. Names and paths come from the PR: control characters (an
 * ANSI escape could rewrite what the terminal shows) print as `�`, format characters (bidi
 * overrides, zero-width characters) as their code points.
 */
function renderText(report, options = {}) {
    const text = printable(renderLines(report));
    if (!options.color)
        return text;
    // The escapes are memgate's own, added after the PR's text lost its control characters.
    const newline = text.indexOf('\n');
    const first = newline < 0 ? text : text.slice(0, newline);
    return `\u001b[1;${COLORS[report.verdict]}m${first}\u001b[0m${newline < 0 ? '' : text.slice(newline)}`;
}
// C0 and C1 controls but the newline and the tab.
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what it looks for
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;
/**
 * `text` with control characters shown as `�` and format characters (bidi overrides, zero-width
 * characters) as their code points: names and paths from the PR never drive the terminal, nor read
 * as other names.
 */
function printable(text) {
    return showInvisible(text.replace(CONTROL, '\ufffd'));
}
function renderLines(report) {
    // The first line is the comment's headline: the verdict, the package and the effect.
    const lines = [`${report.verdict}: ${headlineWords(report)}`];
    const sentence = confidenceSentence(report);
    if (report.reason && !(sentence && (report.verdict === 'leak' || report.verdict === 'pass')))
        lines.push(report.reason);
    if (sentence)
        lines.push(sentence);
    if (report.detail)
        lines.push(report.detail);
    const about = [
        report.durationMs !== undefined ? `took ${formatDuration(report.durationMs)}` : null,
        report.memgate ? `memgate ${report.memgate}` : null
    ].filter(Boolean);
    if (about.length)
        lines.push(about.join(', '));
    if (report.bumps.length > 0) {
        lines.push('', 'bumps:');
        for (const b of report.bumps) {
            const target = b.package;
            const name = target ? `${b.name} → ${target}` : b.name;
            lines.push(`  ${name} ${b.from ?? '(none)'} -> ${b.to ?? '(none)'} (${b.type}, ${b.direct ? 'direct' : 'transitive'}, ${b.manifest})`);
        }
    }
    const { unit } = report;
    if (unit && report.base.growth && report.head.growth) {
        const g = (x) => `${formatRate(x.estimate, unit)} [${formatRate(x.low, unit)}, ${formatRate(x.high, unit)}]`;
        lines.push('', 'post-GC heap growth:');
        lines.push(`  base ${shortSha(report.base.sha)} (${report.base.runs} runs): ${g(report.base.growth)}`);
        lines.push(`  head ${shortSha(report.head.sha)} (${report.head.runs} runs): ${g(report.head.growth)}`);
        if (report.difference)
            lines.push(`  difference: ${g(report.difference)}, p = ${report.difference.pValue.toPrecision(2)}`);
    }
    if (report.suspects.length > 0) {
        lines.push('', 'what grows (head):');
        for (const s of report.suspects) {
            lines.push(`  ${s.name}: ${s.count} new, ${formatBytes(s.bytes)}${s.package ? `, package ${s.package}` : ''}`);
            if (s.retainerPath.length)
                lines.push(`    retained by ${readablePath(s.retainerPath).join(' -> ')}`);
        }
    }
    return lines.join('\n');
}
/**
 * One bump as `memgate bumps` prints it: name, versions, type, direct or transitive, and the
 * dependency section when it is not `dependencies` (a devDependency's leak never reaches production).
 */
function renderBumpLine(b) {
    const sections = b.direct ? (b.dependencyType ? [b.dependencyType] : []) : (b.via ?? []);
    const section = sections.length > 0 && !sections.includes('dependencies') ? ` (${sections.join(', ')})` : '';
    return `${b.name}${b.package ? ` → ${b.package}` : ''} ${b.from ?? '(none)'} -> ${b.to ?? '(none)'} ${b.type} ${b.direct ? 'direct' : 'transitive'}${section} ${b.manifest}`;
}

/** The report as a few lines for a terminal. Pure. */
function renderBisect(report) {
    const lines = [];
    const c = report.culprit;
    if (c) {
        if (c.culprits.length > 0)
            lines.push(`Culprit: ${c.culprits.map((b) => `${b.name} ${b.from} → ${b.to}`).join(', ')}${c.clean.length ? ` (measured clean: ${c.clean.join(', ')})` : ''}`);
        else
            lines.push(`Culprit search: ${c.reason}`);
    }
    if (report.package) {
        lines.push(`${report.package} ${report.from} → ${report.to}`);
        for (const t of report.tested) {
            const bar = t.bar === null || t.bar === undefined ? '' : `, leak above ${fmt(t.bar)}`;
            const growth = t.growth
                ? ` ${fmt(t.growth.estimate)} ${t.growth.unit} vs the reference (p = ${t.growth.pValue.toPrecision(2)}${bar})`
                : '';
            lines.push(`  ${t.version.padEnd(14)} ${t.verdict}${growth}`);
        }
        if (report.firstLeaking)
            lines.push(`First leaking: ${report.firstLeaking}${report.exact ? '' : ' (or earlier: a step stayed inconclusive)'}`);
        if (report.lastClean)
            lines.push(`Last clean: ${report.lastClean}`);
        if (report.newest)
            lines.push(`Newest published: ${report.newest.version} (${report.newest.verdict})`);
        if (report.newestInLine)
            lines.push(`Newest of ${report.to}'s line: ${report.newestInLine.version} (${report.newestInLine.verdict})`);
        if (report.verification)
            lines.push(`Verified: ${report.verification.summary}`);
        if (report.suggestion)
            lines.push(`Fix: in ${report.suggestion.manifest} (${report.suggestion.field}): ${report.suggestion.change}: ${report.suggestion.why}`);
        if (report.alternative)
            lines.push(`Alternative, a major upgrade: in ${report.alternative.manifest} (${report.alternative.field}): ${report.alternative.change}: ${report.alternative.why} (measured clean in the search, not verified against base)`);
    }
    lines.push(report.reason);
    for (const note of report.notes)
        lines.push(`Note: ${note}`);
    lines.push(`False-alarm rate ${report.alpha} for the whole search (${report.comparisons} comparisons at ${Number(report.alphaPerComparison.toPrecision(2))} each); ` +
        `took ${(report.figures.wallMs / 1000).toFixed(1)} s (${report.figures.soaks} soak runs, ${report.figures.installs} installs).`);
    return printable(lines.join('\n'));
}
function fmt(n) {
    return Math.abs(n) >= 100 ? n.toFixed(0) : Math.abs(n) >= 10 ? n.toFixed(1) : n.toFixed(2);
}

// Where every command writes: logs and progress on stderr, the one document or the text on stdout.
const log = (line) => {
    process.stderr.write(`${line}\n`);
};
/** dist/probe.cjs, beside the bundled CLI. */
const probePath = () => fileURLToPath(new URL('./probe.cjs', import.meta.url));
/** With --json the document (it carries its `format`), else the text for a terminal. */
const print = (json, document, text) => {
    process.stdout.write(json ? JSON.stringify(document, null, 2) + '\n' : text + '\n');
};

// `memgate bisect`: which published version of a bumped package started the leak, and a fix shown
// to pass. The same flags, options and exit codes as `memgate run`; logs go to stderr, and with
// --json stdout carries one memgate-bisect/1 document.
async function bisectCommand(args) {
    const { values } = parse(args, {
        base: { type: 'string' },
        head: { type: 'string' },
        repo: { type: 'string', default: '.' },
        package: { type: 'string' },
        ...OPTION_FLAGS,
        'work-dir': { type: 'string' },
        json: { type: 'boolean', default: false }
    });
    const report = await runBisect({
        repoDir: path.resolve(values.repo),
        base: required(values.base, '--base'),
        head: required(values.head, '--head'),
        package: values.package,
        options: optionsFrom(values),
        workDir: values['work-dir'],
        probePath: probePath(),
        log
    });
    print(values.json, report, renderBisect(report));
    return exitCodeFor(report.verdict);
}

// `memgate demo`: the bundled example service in a temporary git repository, base on event-hub
// 1.0.0 and head on 2.0.0 (leaky, or clean with --clean). Tests build their repositories with it too.
/** The examples/ folder shipped beside dist/ (and beside src/ in a checkout). */
function examplesDir() {
    return path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'examples');
}
/**
 * Builds the demo repository in `dir`: branch `main` with event-hub 1.0.0, branch `bump` on top of
 * it with event-hub 2.0.0, each with the package-lock.json that a real `npm install` wrote.
 */
async function createDemoRepo(dir, head) {
    const examples = examplesDir();
    fs.mkdirSync(dir, { recursive: true });
    fs.cpSync(path.join(examples, 'service'), dir, { recursive: true });
    await initRepo(dir);
    const baseSha = await bumpEventHub(dir, path.join(examples, 'event-hub', '1.0.0'), 'Order service on event-hub 1.0.0');
    await switchToNewBranch(dir, 'bump');
    const headSha = await bumpEventHub(dir, path.join(examples, 'event-hub', `2.0.0-${head}`), 'Bump event-hub from 1.0.0 to 2.0.0');
    return { dir, baseSha, headSha };
}
async function bumpEventHub(dir, source, message) {
    const vendor = path.join(dir, 'vendor');
    fs.rmSync(vendor, { recursive: true, force: true });
    fs.mkdirSync(vendor, { recursive: true });
    await npm(['pack', source, '--pack-destination', vendor, '--silent'], dir);
    const tarball = fs.readdirSync(vendor).find((f) => f.endsWith('.tgz'));
    if (!tarball)
        throw new MemgateError(`npm pack wrote no tarball for ${source}`);
    const manifestPath = path.join(dir, 'package.json');
    const manifest = JSON.parse(fs.readFileSync(manifestPath, 'utf8'));
    manifest.dependencies = { ...manifest.dependencies, 'event-hub': `file:vendor/${tarball}` };
    fs.writeFileSync(manifestPath, JSON.stringify(manifest, null, 2) + '\n');
    await npm(['install', '--no-audit', '--no-fund', '--ignore-scripts', '--silent'], dir);
    return commitAll(dir, message);
}
async function npm(args, cwd) {
    const exit = await runProcess({ command: 'npm', args, cwd, env: { ...stringEnv(process.env), npm_config_loglevel: 'error' } });
    if (exit.spawnError)
        throw new MemgateError(`Could not run npm: ${exit.spawnError.message}`, 2, { cause: exit.spawnError });
    if (exit.code !== 0)
        throw new MemgateError(`npm ${args[0]} failed in ${cwd}: ${exit.stderr.trim().split('\n').pop()}`);
}

// Reusable 32-bit work arrays. The analysis runs several whole-graph passes one after another;
// handing the arrays of one pass to the next keeps peak memory at what the largest pass needs,
// instead of waiting for the garbage collector to notice that hundreds of megabytes are free.
/** A pool of Uint32Arrays of one length (the graph's node count + 1). */
class Scratch {
    length;
    free = [];
    constructor(length) {
        this.length = length;
    }
    /** An array of `length` words, contents undefined unless `fill` is given. */
    take(fill) {
        const a = this.free.pop() ?? new Uint32Array(this.length);
        if (fill !== undefined)
            a.fill(fill);
        return a;
    }
    /** Returns arrays to the pool; the caller must not use them afterwards. */
    give(...arrays) {
        for (const a of arrays)
            if (a.length === this.length)
                this.free.push(a);
    }
}

// Who holds what: the reverse edge index, and shortest retainer paths from the GC roots.
const NONE = 0xffffffff;
/** Builds the reverse edge index of a graph (all edge types, weak ones included). */
function buildRetainers(g) {
    const n = g.nodeCount;
    // In range below: edges < edgeCount, their targets < n (checked by the parser), firstEdge has n + 1 entries.
    const firstRet = new Uint32Array(n + 1);
    const { edgeTo, firstEdge } = g;
    for (let e = 0; e < g.edgeCount; e++)
        firstRet[edgeTo[e] + 1]++;
    for (let i = 1; i <= n; i++)
        firstRet[i] += firstRet[i - 1];
    const fill = firstRet.slice(0, n);
    const retType = new Uint8Array(g.edgeCount);
    const retFrom = new Uint32Array(g.edgeCount);
    const { edgeType } = g;
    for (let from = 0; from < n; from++) {
        for (let e = firstEdge[from], end = firstEdge[from + 1]; e < end; e++) {
            const slot = fill[edgeTo[e]]++;
            retType[slot] = edgeType[e];
            retFrom[slot] = from;
        }
    }
    return { firstRet, retFrom, retType };
}
// Roots a path through explains nothing about a leak: those that only exist while the snapshot is
// being written (the stack of the code that asked for it), and V8's table of internalized strings,
// which holds every such string whoever else does.
const OPAQUE_ROOTS = new Set(['(Handle scope)', '(Stack roots)', '(Relocatable)', '(Internalized strings)']);
/**
 * Shortest paths from the snapshot root, never through weak edges. A first pass also avoids V8's
 * internals (code, maps, feedback: what DevTools hides from retainer paths) and the opaque roots,
 * so that a path reads as JavaScript; a second pass reaches what only internals hold, and a third
 * what only an opaque root holds.
 */
function findRootPaths(g, t, scratch = new Scratch(g.nodeCount + 1)) {
    const n = g.nodeCount;
    const parentNode = scratch.take(NONE);
    const parentEdge = scratch.take(NONE);
    const distance = scratch.take(NONE);
    const queue = scratch.take();
    const { firstEdge, edgeTo, edgeType, nodeType, nodeName, strings } = g;
    // In range below: nodes < n, edges < edgeCount (the parser checked both), names < strings.length (so did it).
    // 0: JavaScript; INTERNAL: V8's internals; OPAQUE: an opaque root.
    const level = new Uint8Array(n);
    for (let i = 0; i < n; i++) {
        const type = nodeType[i];
        if (type === t.code || type === t.objectShape || (type === t.hidden && strings[nodeName[i]].startsWith('system / '))) {
            level[i] = INTERNAL;
        }
        else if (type === t.synthetic && OPAQUE_ROOTS.has(strings[nodeName[i]]))
            level[i] = OPAQUE;
    }
    let head = 0;
    let tail = 0;
    distance[0] = 0;
    // DevTools' order: user roots first (the root's non-synthetic children: in Node.js the global
    // object), then everything else from the root through the GC root categories.
    for (let e = firstEdge[0], end = firstEdge[1]; e < end; e++) {
        const w = edgeTo[e];
        if (edgeType[e] === t.weak || nodeType[w] === t.synthetic || distance[w] !== NONE)
            continue;
        distance[w] = 1;
        parentNode[w] = 0;
        parentEdge[w] = e;
        queue[tail++] = w;
    }
    // skipped[v]: the levels of the targets v's expansion stepped around (a bit each), so that the
    // next pass expands v again; the others already reached all they can.
    const skipped = new Uint8Array(n);
    const internalOnly = new Uint8Array(n);
    const bfs = (pass, revisitBelow) => {
        while (head < tail) {
            const k = head++;
            const v = queue[k];
            if (k < revisitBelow && !(skipped[v] & (1 << pass)))
                continue;
            const d = distance[v] + 1;
            for (let e = firstEdge[v], end = firstEdge[v + 1]; e < end; e++) {
                if (edgeType[e] === t.weak)
                    continue;
                const w = edgeTo[e];
                if (distance[w] !== NONE)
                    continue;
                if (level[w] > pass) {
                    skipped[v] |= 1 << level[w];
                    continue;
                }
                distance[w] = d;
                parentNode[w] = v;
                parentEdge[w] = e;
                queue[tail++] = w;
                if (pass > 0)
                    internalOnly[w] = 1;
            }
        }
    };
    bfs(0, 0);
    queue[tail++] = 0;
    bfs(0, 0);
    for (const pass of [INTERNAL, OPAQUE]) {
        head = 0;
        bfs(pass, tail);
    }
    scratch.give(queue);
    return { parentNode, parentEdge, distance, internalOnly };
}
const INTERNAL = 1;
const OPAQUE = 2;
/** The node ordinals from the root (exclusive) down to `node`, or [] when unreachable. */
function pathNodes(paths, node) {
    if (!(node >= 0 && node < paths.distance.length) || paths.distance[node] === NONE)
        return [];
    const out = [];
    for (let v = node; v !== 0 && v !== NONE; v = paths.parentNode[v])
        out.push(v);
    return out.reverse();
}
/**
 * A retainer path as text, root first: `(GC roots)`, then each hop as `<edge> <node>` the way DevTools
 * names them (`.listeners Array @41`, `[12] Listener @4567`); `annotate` may add a note to a node
 * (where its code lives). Runs of four or more like steps (a linked list) keep their first and last,
 * with `… N more <edge> <class>` between. Unreachable nodes give `[]`.
 */
function describePath(g, t, paths, node, annotate) {
    const nodes = pathNodes(paths, node);
    if (nodes.length === 0)
        return [];
    const steps = [];
    for (const v of nodes) {
        const note = annotate?.(v);
        const label = note ? `${nodeLabel(g, t, v)} (${note})` : nodeLabel(g, t, v);
        if (paths.parentNode[v] === 0) {
            steps.push({ key: '', text: g.nodeType[v] === t.synthetic ? g.strings[g.nodeName[v]] : label });
        }
        else {
            const edge = edgeLabel(g, t, paths.parentEdge[v]);
            steps.push({ key: `${edge} ${className(g, v)}`, text: `${edge} ${label}` });
        }
    }
    // A linked list (timer lists, queues) would print one line per element: keep its ends.
    const out = [];
    for (let k = 0; k < steps.length;) {
        let run = 1;
        while (k + run < steps.length && steps[k + run].key === steps[k].key && steps[k].key !== '')
            run++;
        if (run >= 4) {
            out.push(steps[k].text, `… ${run - 2} more ${steps[k].key}`, steps[k + run - 1].text);
        }
        else
            for (let j = 0; j < run; j++)
                out.push(steps[k + j].text);
        k += run;
    }
    return out;
}

// Dominator tree and retained sizes (Lengauer–Tarjan with path compression, "simple" variant),
// iterative throughout so that deep heaps (long linked lists) cannot overflow the JS stack.
// Weak edges do not retain, as in DevTools.
// Every typed-array index below is in range by construction (hence the `!` on reads): nodes are
// < nodeCount, edges and retainer slots < edgeCount (firstEdge and firstRet have nodeCount + 1
// entries), dfnums are 1 … count ≤ nodeCount, and every scratch array has nodeCount + 1 words.
/**
 * Computes immediate dominators from the root (node 0) and retained sizes. O(E log N) time, a dozen
 * 32-bit words per node, no recursion.
 */
function computeDominators(g, t, r, scratch = new Scratch(g.nodeCount + 1)) {
    const { firstEdge, edgeTo, edgeType } = g;
    const weak = t.weak;
    const dfnum = scratch.take(0); // 0 = not reached; else 1-based preorder number
    const vertex = scratch.take();
    const parent = scratch.take();
    // Depth-first numbering with an explicit stack; `cursor` is each open node's next edge.
    {
        const stack = scratch.take();
        const cursor = scratch.take();
        let sp = 0;
        let count = 0;
        dfnum[0] = ++count;
        vertex[count] = 0;
        stack[sp++] = 0;
        cursor[0] = firstEdge[0];
        while (sp > 0) {
            const v = stack[sp - 1];
            const e = cursor[v];
            if (e >= firstEdge[v + 1]) {
                sp--;
                continue;
            }
            cursor[v] = e + 1;
            if (edgeType[e] === weak)
                continue;
            const w = edgeTo[e];
            if (dfnum[w] !== 0)
                continue;
            dfnum[w] = ++count;
            vertex[count] = w;
            parent[count] = dfnum[v];
            cursor[w] = firstEdge[w];
            stack[sp++] = w;
        }
        return finish(g, r, weak, dfnum, vertex, parent, count, stack, cursor, scratch);
    }
}
function finish(g, r, weak, dfnum, vertex, parent, count, spare1, spare2, scratch) {
    const n = g.nodeCount;
    // Arrays of the depth-first pass are reused: peak memory is what bounds the heap size we can read.
    const semi = scratch.take();
    const label = scratch.take();
    const ancestor = scratch.take(0); // 0 = none (dfnums start at 1)
    const idom = scratch.take(0);
    const bucketHead = spare1.fill(0);
    const bucketNext = scratch.take(0);
    const chain = spare2;
    for (let i = 1; i <= count; i++) {
        semi[i] = i;
        label[i] = i;
    }
    const { firstRet, retType, retFrom } = r;
    const evaluate = (v) => {
        if (ancestor[v] === 0)
            return v;
        // compress(v) without recursion: collect the chain, then fold from the top down
        let s = 0;
        let x = v;
        while (ancestor[ancestor[x]] !== 0) {
            chain[s++] = x;
            x = ancestor[x];
        }
        while (s > 0) {
            x = chain[--s];
            const a = ancestor[x];
            if (semi[label[a]] < semi[label[x]])
                label[x] = label[a];
            ancestor[x] = ancestor[a];
        }
        return label[v];
    };
    for (let w = count; w >= 2; w--) {
        const node = vertex[w];
        for (let k = firstRet[node], end = firstRet[node + 1]; k < end; k++) {
            if (retType[k] === weak)
                continue;
            const v = dfnum[retFrom[k]];
            if (v === 0)
                continue;
            const u = evaluate(v);
            if (semi[u] < semi[w])
                semi[w] = semi[u];
        }
        const s = semi[w];
        bucketNext[w] = bucketHead[s];
        bucketHead[s] = w;
        const p = parent[w];
        ancestor[w] = p;
        for (let v = bucketHead[p]; v !== 0; v = bucketNext[v]) {
            const u = evaluate(v);
            idom[v] = semi[u] < semi[v] ? u : p;
        }
        bucketHead[p] = 0;
    }
    for (let w = 2; w <= count; w++)
        if (idom[w] !== semi[w])
            idom[w] = idom[idom[w]];
    const idomNode = label.subarray(0, n).fill(NONE);
    idomNode[vertex[1]] = vertex[1];
    for (let w = 2; w <= count; w++)
        idomNode[vertex[w]] = vertex[idom[w]];
    const retained = Float64Array.from(g.selfSize);
    for (let w = count; w >= 2; w--)
        retained[vertex[idom[w]]] += retained[vertex[w]];
    scratch.give(dfnum, parent, semi, ancestor, idom, bucketHead, bucketNext, chain);
    return { idom: idomNode, retained, order: vertex.subarray(1, count + 1) };
}
/**
 * Sums retained sizes per group without counting a node that a member of its own group already
 * dominates (DevTools' class retained size). `groupOf[node]` is a group index or -1.
 */
function retainedByGroup(d, groupOf, groupCount, scratch = new Scratch(groupOf.length + 1)) {
    const sums = new Float64Array(groupCount);
    const { order, idom, retained } = d;
    const n = groupOf.length;
    // Children lists of the dominator tree, then a depth-first walk counting open members per group.
    const firstChild = scratch.take(0);
    for (let k = 1; k < order.length; k++)
        firstChild[idom[order[k]] + 1]++;
    for (let i = 1; i <= n; i++)
        firstChild[i] += firstChild[i - 1];
    const fill = scratch.take();
    fill.set(firstChild.subarray(0, n));
    const children = scratch.take();
    for (let k = 1; k < order.length; k++)
        children[fill[idom[order[k]]]++] = order[k];
    const active = new Uint32Array(groupCount);
    const stack = scratch.take();
    const cursor = fill; // reused: reset to the first child below
    cursor.set(firstChild.subarray(0, n));
    let sp = 0;
    const enter = (v) => {
        const gr = groupOf[v];
        if (gr >= 0) {
            if (active[gr] === 0)
                sums[gr] += retained[v];
            active[gr]++;
        }
        stack[sp++] = v;
    };
    if (order.length > 0)
        enter(order[0]);
    while (sp > 0) {
        const v = stack[sp - 1];
        if (cursor[v] < firstChild[v + 1])
            enter(children[cursor[v]++]);
        else {
            sp--;
            const gr = groupOf[v];
            if (gr >= 0)
                active[gr]--;
        }
    }
    scratch.give(firstChild, fill, children, stack);
    return sums;
}

// Per-class totals of one snapshot, the numbers of DevTools' Summary view.
/**
 * Groups nodes by class name, counts them and sums self sizes; with `retained` (default true, needs
 * a graph parsed with edges) also their retained sizes from the dominator tree.
 */
function summarizeGraph(g, options = {}) {
    if (g.totals)
        return summarizeTotals(g, g.totals);
    const t = typeCodes(g);
    const index = new Map();
    const names = [];
    const groupOf = new Int32Array(g.nodeCount);
    let totalBytes = 0;
    for (let i = 0; i < g.nodeCount; i++) {
        const name = className(g, i);
        let k = index.get(name);
        if (k === undefined) {
            k = names.length;
            index.set(name, k);
            names.push(name);
        }
        groupOf[i] = k;
        totalBytes += g.selfSize[i];
    }
    // every groupOf[i] is an index into names, and so into count and bytes
    const count = new Float64Array(names.length);
    const bytes = new Float64Array(names.length);
    for (let i = 0; i < g.nodeCount; i++) {
        count[groupOf[i]]++;
        bytes[groupOf[i]] += g.selfSize[i];
    }
    let retained = null;
    if (options.retained !== false && g.edgeCount > 0) {
        const dom = computeDominators(g, t, buildRetainers(g));
        retained = retainedByGroup(dom, groupOf, names.length);
    }
    const groups = names.map((name, k) => {
        const group = { name, count: count[k], bytes: bytes[k] };
        if (retained)
            group.retainedBytes = retained[k];
        return group;
    });
    groups.sort((a, b) => b.bytes - a.bytes || a.name.localeCompare(b.name));
    return { nodeCount: g.nodeCount, edgeCount: g.edgeCount, totalBytes, maxId: maxObjectId(g), groups };
}
function summarizeTotals(g, totals) {
    const byName = new Map();
    for (const [key, { count, bytes }] of totals.groups) {
        const type = key >= 4294967296 ? Math.floor(key / 4294967296) : key;
        // the parser checked the name in every key against the string table
        const name = classNameOf(g.nodeTypes[type], key >= 4294967296 ? g.strings[key % 4294967296] : '');
        const group = byName.get(name);
        if (group) {
            group.count += count;
            group.bytes += bytes;
        }
        else
            byName.set(name, { name, count, bytes });
    }
    const groups = [...byName.values()].sort((a, b) => b.bytes - a.bytes || a.name.localeCompare(b.name));
    return { nodeCount: g.nodeCount, edgeCount: g.edgeCount, totalBytes: totals.totalBytes, maxId: totals.maxId, groups };
}
/**
 * The highest id of a V8 heap object. V8 numbers heap objects with odd ids in allocation order;
 * even ids are hashes given to embedder (native) nodes and say nothing about age.
 */
function maxObjectId(g) {
    if (g.totals)
        return g.totals.maxId;
    let max = 0;
    for (let i = 0; i < g.nodeCount; i++) {
        const id = g.nodeId[i];
        if (id % 2 === 1 && id > max)
            max = id;
    }
    return max;
}

const DEFAULT_MIN_BYTES = 64 * 1024;
/**
 * Compares snapshots of one process (oldest first): `earlier` are summaries of all but the last
 * snapshot (edges are not needed), `last` is the full graph of the last. Returns suspects grouped by
 * class and creation site, each with a retainer path and the package to blame, largest first, the
 * bumped packages' groups ahead of the others. An empty list means nothing above the noise threshold.
 */
function diffGraphs(earlier, last, options = {}) {
    if (earlier.length === 0)
        throw new Error('diffGraphs needs at least one earlier snapshot');
    const t = typeCodes(last);
    const lo = earlier[0].maxId;
    const hi = earlier.length >= 2 ? earlier[earlier.length - 1].maxId : Infinity;
    const bumped = new Set(options.packages ?? []);
    const minBytes = options.minBytes ?? DEFAULT_MIN_BYTES;
    const minCount = options.minCount ?? 1;
    const top = options.top ?? 10;
    const retainers = buildRetainers(last);
    const scratch = new Scratch(last.nodeCount + 1);
    const dom = computeDominators(last, t, retainers, scratch);
    const paths = findRootPaths(last, t, scratch);
    const attributor = new Attributor(last, t, retainers);
    const groupOf = new Int32Array(last.nodeCount).fill(-1);
    const keys = new Map();
    const groups = [];
    let newCount = 0;
    let newBytes = 0;
    for (let i = 0; i < last.nodeCount; i++) {
        const id = last.nodeId[i];
        if (id % 2 === 0 || id <= lo || id > hi)
            continue;
        if (!isCandidate(last, t, i))
            continue;
        newCount++;
        newBytes += last.selfSize[i];
        const name = suspectName(last, t, i);
        const site = attributor.creationSite(i);
        const siteText = site ? (site.line !== null ? `${site.script}:${site.line}` : site.script) : null;
        const key = `${name}\0${siteText ?? ''}`;
        let k = keys.get(key);
        if (k === undefined) {
            k = groups.length;
            keys.set(key, k);
            groups.push({ className: name, site: siteText, count: 0, selfBytes: 0, best: i });
        }
        const group = groups[k];
        groupOf[i] = k;
        group.count++;
        group.selfBytes += last.selfSize[i];
        if (better(paths, dom.retained, i, group.best))
            group.best = i;
    }
    const retained = retainedByGroup(dom, groupOf, groups.length, scratch);
    const typical = medianRetained(dom.retained, groupOf, groups.length);
    const lastSummary = summarizeGraph(last, { retained: false });
    const history = [...earlier, lastSummary].map((s) => new Map(s.groups.map((gr) => [gr.name, gr])));
    const share = earlier.length === 1
        ? netShares(groups.map((g) => ({ ...g, cls: className(last, g.best) })), history[0], history[1])
        : null;
    const suspects = [];
    const score = new Map();
    groups.forEach((group, k) => {
        const f = share ? share[k] : 1;
        const count = Math.round(group.count * f);
        const bytes = Math.round(retained[k] * f);
        if (bytes < minBytes || count < minCount)
            return;
        const node = group.best;
        const pkg = choosePackage(attributor, paths, node, group.site, bumped);
        const cls = className(last, node);
        const suspect = {
            name: group.className,
            count,
            bytes,
            retainerPath: describePath(last, t, paths, node, (v) => attributor.codeNote(v)),
            package: pkg,
            className: cls,
            site: group.site,
            selfBytes: Math.round(group.selfBytes * f),
            retainedBytes: bytes,
            nodeId: last.nodeId[node],
            growth: {
                count: history.map((h) => h.get(cls)?.count ?? 0),
                bytes: history.map((h) => h.get(cls)?.bytes ?? 0)
            },
            bumped: pkg !== null && bumped.has(pkg)
        };
        suspects.push(suspect);
        score.set(suspect, Math.min(bytes, typical[k] * count));
    });
    // Ranked by count × median retained size rather than the sum: one new container that holds all
    // the leaked objects (a fresh Array, Map) must not outrank the objects it holds.
    suspects.sort((a, b) => Number(b.bumped) - Number(a.bumped) || score.get(b) - score.get(a) || b.count - a.count);
    return {
        suspects: suspects.slice(0, top),
        technique: earlier.length >= 2 ? 'three-snapshot' : 'two-snapshot',
        snapshots: [...earlier, lastSummary].map((s) => ({ nodeCount: s.nodeCount, totalBytes: s.totalBytes, maxId: s.maxId })),
        newObjects: { count: newCount, bytes: newBytes },
        threshold: { bytes: minBytes, count: minCount }
    };
}
/**
 * Per group, the share of its new objects that is net growth of its class between the two snapshots:
 * (after − before) / (new objects of the class in after), in count or in self size, whichever is
 * larger, within [0, 1]. Groups split a class by creation site; the earlier snapshot is read without
 * edges (one graph in memory), so its sites are unknown and a class's growth is shared out pro rata.
 */
function netShares(groups, before, after) {
    const fresh = new Map();
    for (const g of groups) {
        const f = fresh.get(g.cls);
        if (f) {
            f.count += g.count;
            f.bytes += g.selfBytes;
        }
        else
            fresh.set(g.cls, { count: g.count, bytes: g.selfBytes });
    }
    const unit = (x) => (x > 0 ? Math.min(1, x) : 0);
    return Float64Array.from(groups, (g) => {
        const f = fresh.get(g.cls);
        const netCount = (after.get(g.cls)?.count ?? 0) - (before.get(g.cls)?.count ?? 0);
        const netBytes = (after.get(g.cls)?.bytes ?? 0) - (before.get(g.cls)?.bytes ?? 0);
        return Math.max(unit(netCount / f.count), unit(netBytes / f.bytes));
    });
}
function medianRetained(retained, groupOf, groupCount) {
    const members = Array.from({ length: groupCount }, () => []);
    for (let i = 0; i < groupOf.length; i++)
        if (groupOf[i] >= 0)
            members[groupOf[i]].push(retained[i]);
    return Float64Array.from(members, (sizes) => {
        sizes.sort((a, b) => a - b);
        return sizes[sizes.length >> 1] ?? 0;
    });
}
// Prefer the instance closest to the roots (the most readable path), then the one retaining most.
// The instance whose path is shown: one JavaScript holds (a path through V8's code or feedback
// explains no leak, e.g. a number in the probe's compiled listener), then the nearest, then the
// one retaining most.
function better(paths, retained, a, b) {
    if (paths.internalOnly[a] !== paths.internalOnly[b])
        return paths.internalOnly[a] < paths.internalOnly[b];
    const da = paths.distance[a];
    const db = paths.distance[b];
    if (da !== db)
        return da < db;
    return retained[a] > retained[b];
}
// What a user could have leaked: JS objects, closures, strings, Buffers' native parts; not V8's
// own bookkeeping (code, maps, contexts, internal arrays), which only follows what it serves.
function isCandidate(g, t, node) {
    const type = g.nodeType[node];
    if (type === t.object || type === t.native) {
        const name = g.strings[g.nodeName[node]];
        return !name.startsWith('system / ') && name !== '';
    }
    return (type === t.closure ||
        type === t.regexp ||
        type === t.string ||
        type === t.consString ||
        type === t.slicedString ||
        type === t.number ||
        type === t.symbol ||
        type === t.bigint);
}
function suspectName(g, t, node) {
    if (g.nodeType[node] === t.closure) {
        const name = g.strings[g.nodeName[node]];
        return `${name || '(anonymous)'}()`;
    }
    return className(g, node);
}
// The creator's package first; else the nearest holder on the retainer path that belongs to a
// package. When bumped packages are given, the first of those among creator and holders wins.
function choosePackage(attributor, paths, node, site, bumped) {
    const candidates = [];
    const creator = site ? packageOfPath(site) : null;
    if (creator)
        candidates.push(creator);
    if (paths.distance[node] !== NONE) {
        const nodes = pathNodes(paths, node);
        for (let k = nodes.length - 2; k >= 0; k--) {
            const pkg = attributor.ownerPackage(nodes[k]);
            if (pkg)
                candidates.push(pkg);
        }
    }
    const preferred = candidates.find((p) => bumped.has(p));
    return preferred ?? candidates[0] ?? null;
}

// Entry points of the heap stage used by the pipeline and the CLI: stream snapshot files from disk
// into the parser; everything else is pure (parse, summary, diff, format).
/** Streams one .heapsnapshot file into the parser; MemgateError (exit 2) names the file when it is not one. */
async function readSnapshotFile(file, options) {
    let parser;
    let handle;
    try {
        // One buffer, refilled: the parser copies what it keeps, so reading leaves no garbage behind.
        // Non-blocking, so that a FIFO in the soak's snapshot directory cannot hang the step.
        handle = await open(file, constants$1.O_RDONLY | constants$1.O_NONBLOCK);
        // The size of what was opened, not of a path that may have changed since: a snapshot over the
        // limit is refused before a byte of it is parsed.
        const stat = await handle.stat();
        if (!stat.isFile())
            throw new MemgateError(`is not a regular file; expected a .heapsnapshot file`);
        parser = new HeapSnapshotParser({ ...options, totalBytes: stat.size });
        const buffer = new Uint8Array(1 << 20);
        for (;;) {
            const { bytesRead } = await handle.read(buffer, 0, buffer.length, null);
            if (bytesRead === 0)
                break;
            parser.write(bytesRead === buffer.length ? buffer : buffer.subarray(0, bytesRead));
        }
        return parser.end();
    }
    catch (error) {
        if (error instanceof MemgateError)
            throw new MemgateError(`Heap snapshot ${file} ${error.reason}`, 2, { cause: error });
        const code = error.code;
        if (code === 'ENOENT' || code === 'EISDIR' || code === 'EACCES') {
            throw new MemgateError(`Cannot read heap snapshot ${file} (${code}); expected a .heapsnapshot file`, 2, { cause: error });
        }
        throw error;
    }
    finally {
        await handle?.close();
    }
}
/** Per-class counts, self and retained sizes of one snapshot file. */
async function summarizeSnapshotFile(file, options = {}) {
    return summarizeGraph(await readSnapshotFile(file, options));
}
/** Snapshots of one process, oldest first: suspects that were allocated after the first and still live in the last. */
async function diffSnapshotFiles(files, options = {}) {
    if (files.length < 2)
        throw new MemgateError(`A heap diff needs at least two snapshots of one process (got ${files.length})`);
    // Only the last snapshot is kept as a graph; earlier ones are folded into class totals and their
    // highest id while they stream by, so that peak memory is one graph.
    const earlier = [];
    const limit = { maxBytes: options.maxBytes };
    for (const file of files.slice(0, -1))
        earlier.push(summarizeGraph(await readSnapshotFile(file, { ...limit, totalsOnly: true })));
    const last = await readSnapshotFile(files[files.length - 1], limit);
    return diffGraphs(earlier, last, options);
}

// Which of a run's heap snapshots to compare. Pure.
//
// The probe snapshots one run after warm-up, in the middle, late and at exit. A soak that tears
// down (server.close(), agent.destroy(), a cache cleared) frees what leaked before exit, so the end
// snapshot can hold less than the warm-up one: a diff against it finds nothing. Only snapshots that
// show growth over the warm-up one are compared, and the one that holds the most is the last.
/**
 * The snapshots worth diffing among `points` (one process, oldest first). Without the heap of
 * every snapshot (an older probe), all of them, as before. Never throws.
 */
function selectGrowingSnapshots(points) {
    if (points.length < 2 || points.some((p) => p.heap === undefined))
        return { files: points.map((p) => p.file), notes: [] };
    const [first, ...later] = points;
    const growing = later.filter((p) => p.heap > first.heap);
    const sizes = points.map((p) => `${p.label} ${mib(p.heap)}`).join(', ');
    if (growing.length === 0) {
        return {
            files: [],
            notes: [
                `No heap snapshot written holds more than the warm-up one (${sizes}): the heap did not grow where the snapshots were taken, so no suspects are named.`
            ]
        };
    }
    let fullest = growing[0];
    for (const p of growing)
        if (p.heap >= fullest.heap)
            fullest = p;
    const files = [first.file, ...growing.filter((p) => points.indexOf(p) < points.indexOf(fullest)).map((p) => p.file), fullest.file];
    // Worth a note only when the end gave back at least half of what the run grew by.
    const end = points[points.length - 1];
    const notes = end !== fullest && end.heap < first.heap + (fullest.heap - first.heap) / 2
        ? [
            `The heap shrank after the ${fullest.label} snapshot (${sizes}): the soak's teardown freed what it held, ` +
                `so suspects come from the snapshots up to the ${fullest.label} one.`
        ]
        : [];
    return { files, notes };
}
function mib(bytes) {
    return `${(bytes / 1048576).toFixed(1)} MiB`;
}

// The suspects of a run that took heap snapshots: the snapshots that show growth (select.ts),
// diffed (analyze.ts), with the log lines and report notes that say what was compared and why
// nothing was named. The gate calls it for a leak's head run, mode record for the commit it records.
/** Suspects from the head run's snapshots that show growth, and, when none is named, a note that says why. */
async function findSuspects(head, packages, maxBytes, log) {
    if (head.snapshots.length < 2) {
        const why = 'No pair of heap snapshots from a head run that ended ok: suspects are not named.';
        log(why);
        return { suspects: [], notes: [why] };
    }
    const points = head.snapshotPoints.length === head.snapshots.length ? head.snapshotPoints : head.snapshots.map((file) => ({ file, label: '' }));
    const chosen = selectGrowingSnapshots(points);
    for (const note of chosen.notes)
        log(note);
    if (chosen.files.length < 2)
        return { suspects: [], notes: chosen.notes };
    const sizes = chosen.files.map((file) => formatBytes(fs.statSync(file).size));
    log(`Heap analysis: ${chosen.files.length} snapshots of a head run (${sizes.join(', ')})`);
    const started = Date.now();
    try {
        const diff = await diffSnapshotFiles(chosen.files, { packages, top: 5, maxBytes });
        const { suspects } = diff;
        log(`Heap analysis took ${formatDuration(Date.now() - started)}: ${suspects.length} suspect${suspects.length === 1 ? '' : 's'}${suspects[0] ? `, first ${suspects[0].name}` : ''}`);
        const notes = [...chosen.notes];
        if (suspects.length === 0) {
            notes.push(`The heap snapshots name no suspect: nothing allocated after the warm-up snapshot and still alive at the last one compared ` +
                `retains ${Math.round(diff.threshold.bytes / 1024)} KiB or more.`);
        }
        return { suspects, notes };
    }
    catch (error) {
        // The verdict stands on the samples; a snapshot that cannot be read only costs the suspects.
        const why = `Heap snapshots could not be analysed: ${error instanceof MemgateError ? error.reason : String(error)}`;
        log(why);
        return { suspects: [], notes: [...chosen.notes, why] };
    }
}
/**
 * A suspect with the head worktree's absolute paths (in retainer paths and creation sites) made
 * relative to the repository: the reader knows the repository, not the runner's scratch folder.
 */
function repositoryRelative(suspect, headDir) {
    const prefixes = [`${headDir}${path.sep}`, `${headDir.split(path.sep).join('/')}/`];
    const strip = (text) => prefixes.reduce((t, p) => t.split(p).join(''), text);
    const { site } = suspect;
    return {
        ...suspect,
        retainerPath: suspect.retainerPath.map(strip),
        ...(typeof site === 'string' ? { site: strip(site) } : {})
    };
}

// Reading a memgate-report/1 that someone else wrote: the artifact of a `mode: measure` run (the
// PR's own job, so untrusted) or the copy embedded in memgate's comment. Pure.
//
// Every field of the format (../../shared/DESIGN.md, "memgate-report/1") is checked against its
// allowed values and shape, and the report is rebuilt from the checked fields only: a field this
// version does not know is left out (a newer memgate may add some; nothing here renders them), and
// `accepted` is never taken from the input (only a `/memgate accept` answered by memgate sets it).
const BUMP_TYPES = ['major', 'minor', 'patch', 'prerelease', 'downgrade', 'added', 'removed', 'other'];
const SERIES_UNITS = ['iteration', 'ms'];
/**
 * Caps far above what memgate writes (top 5 suspects, 24 chart points, V8's 1024-character strings)
 * and low enough that a report cannot flood the comment or the memory of the step that reads it.
 */
const REPORT_LIMITS = {
    /** A name, version, path or note. */
    string: 4096,
    suspects: 100,
    retainerPath: 1000,
    seriesPoints: 1000,
    /** Snapshots per suspect's growth. */
    snapshots: 100,
    runs: 100_000
};
/** The checks, each throwing the report's one-line MemgateError with the field's path. */
/** A list of suspects another job or machine wrote (a record's), checked as a report's are. */
function checkSuspects(value, source) {
    const c = new Checker((what) => new MemgateError(`${source} has unusable suspects: ${what}`));
    return c.list(value, 'suspects', REPORT_LIMITS.suspects).map((s, i) => c.suspect(s, `suspects[${i}]`));
}
class Checker {
    bad;
    constructor(bad) {
        this.bad = bad;
    }
    /** A value as a reason shows it: short, on one line. */
    show(value) {
        const text = value === undefined ? 'missing' : (JSON.stringify(value) ?? String(value));
        return text.length > 40 ? `${text.slice(0, 40)}…` : text;
    }
    object(v, what) {
        if (!v || typeof v !== 'object' || Array.isArray(v))
            throw this.bad(`${what} is ${v === undefined ? 'missing' : 'not an object'}`);
        return v;
    }
    list(v, what, max) {
        if (!Array.isArray(v))
            throw this.bad(`${what} is ${v === undefined ? 'missing' : 'not a list'}`);
        if (v.length > max)
            throw this.bad(`${what} has ${v.length} entries, more than ${max}`);
        return v;
    }
    /** A string up to `max` characters; one line unless `lines`. */
    string(v, what, max, lines = false) {
        if (typeof v !== 'string')
            throw this.bad(`${what} is ${v === undefined ? 'missing' : 'not a string'}`);
        if (v.length > max)
            throw this.bad(`${what} is ${v.length} characters long, more than ${max}`);
        // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what it looks for
        if (!lines && /[\u0000-\u001f\u007f\u2028\u2029]/.test(v))
            throw this.bad(`${what} holds a line break or control character`);
        return v;
    }
    nullableString(v, what, max) {
        return v === null ? null : this.string(v, what, max);
    }
    oneOf(v, allowed, what) {
        if (!allowed.includes(v))
            throw this.bad(`${what} is ${this.show(v)}, not one of ${allowed.join(', ')}`);
        return v;
    }
    number(v, what, min = -Infinity) {
        if (typeof v !== 'number' || !Number.isFinite(v) || v < min) {
            throw this.bad(`${what} is ${this.show(v)}, not a finite number${min === 0 ? ' ≥ 0' : ''}`);
        }
        return v;
    }
    nullableNumber(v, what, min) {
        return v === null ? null : this.number(v, what, min);
    }
    count(v, what, max) {
        if (!Number.isSafeInteger(v) || v < 0 || v > max)
            throw this.bad(`${what} is ${this.show(v)}, not a count up to ${max}`);
        return v;
    }
    /** 40 lowercase hex characters; '' too where the builder writes it for a commit it never resolved. */
    sha(v, what, emptyAllowed) {
        if (typeof v !== 'string' || !(FULL_SHA.test(v) || (emptyAllowed && v === '')))
            throw this.bad(`${what} is ${this.show(v)}, not a commit SHA`);
        return v;
    }
    growth(v, what) {
        const g = this.object(v, what);
        return {
            estimate: this.number(g.estimate, `${what}.estimate`),
            low: this.number(g.low, `${what}.low`),
            high: this.number(g.high, `${what}.high`)
        };
    }
    difference(v) {
        const d = this.object(v, 'difference');
        const p = this.number(d.pValue, 'difference.pValue', 0);
        if (p > 1)
            throw this.bad(`difference.pValue is ${p}, not a probability`);
        return { ...this.growth(d, 'difference'), pValue: p };
    }
    side(v, what) {
        const s = this.object(v, what);
        const side = {
            sha: this.sha(s.sha, `${what}.sha`, true),
            runs: this.count(s.runs, `${what}.runs`, REPORT_LIMITS.runs),
            growth: s.growth === null || s.growth === undefined ? null : this.growth(s.growth, `${what}.growth`)
        };
        if (s.used !== undefined)
            side.used = this.count(s.used, `${what}.used`, side.runs);
        return side;
    }
    bump(v, what) {
        const b = this.object(v, what);
        const max = REPORT_LIMITS.string;
        const bump = {
            name: this.string(b.name, `${what}.name`, max),
            from: this.nullableString(b.from, `${what}.from`, max),
            to: this.nullableString(b.to, `${what}.to`, max),
            type: this.oneOf(b.type, BUMP_TYPES, `${what}.type`),
            direct: this.boolean(b.direct, `${what}.direct`),
            manifest: this.string(b.manifest, `${what}.manifest`, max)
        };
        if (bump.name === '')
            throw this.bad(`${what}.name is empty`);
        if (b.dependencyType !== undefined)
            bump.dependencyType = this.oneOf(b.dependencyType, DEPENDENCY_SECTIONS, `${what}.dependencyType`);
        // An npm alias's real package (`ms` for `ms-alias@npm:ms@…`).
        if (b.package !== undefined)
            bump.package = this.string(b.package, `${what}.package`, max);
        if (b.change !== undefined)
            bump.change = this.string(b.change, `${what}.change`, 2 * max + 3);
        if (b.origin !== undefined)
            bump.origin = this.string(b.origin, `${what}.origin`, 2 * max + 3);
        if (b.unresolved !== undefined) {
            if (b.unresolved !== true)
                throw this.bad(`${what}.unresolved is ${this.show(b.unresolved)}, not true`);
            bump.unresolved = true;
        }
        if (b.via !== undefined) {
            bump.via = this.list(b.via, `${what}.via`, DEPENDENCY_SECTIONS.length).map((t, i) => this.oneOf(t, DEPENDENCY_SECTIONS, `${what}.via[${i}]`));
        }
        return bump;
    }
    suspect(v, what) {
        const s = this.object(v, what);
        const max = REPORT_LIMITS.string;
        // V8 strings (class names, property names on the path) may hold line breaks: rendering folds them.
        const suspect = {
            name: this.string(s.name, `${what}.name`, max, true),
            count: this.number(s.count, `${what}.count`, 0),
            bytes: this.number(s.bytes, `${what}.bytes`, 0),
            retainerPath: this.list(s.retainerPath, `${what}.retainerPath`, REPORT_LIMITS.retainerPath).map((p, i) => this.string(p, `${what}.retainerPath[${i}]`, max, true))
        };
        if (s.package !== undefined)
            suspect.package = s.package === null ? null : this.string(s.package, `${what}.package`, max);
        if (s.className !== undefined)
            suspect.className = this.string(s.className, `${what}.className`, max, true);
        if (s.site !== undefined)
            suspect.site = s.site === null ? null : this.string(s.site, `${what}.site`, max, true);
        if (s.selfBytes !== undefined)
            suspect.selfBytes = this.number(s.selfBytes, `${what}.selfBytes`, 0);
        if (s.retainedBytes !== undefined)
            suspect.retainedBytes = this.number(s.retainedBytes, `${what}.retainedBytes`, 0);
        if (s.nodeId !== undefined)
            suspect.nodeId = this.count(s.nodeId, `${what}.nodeId`, Number.MAX_SAFE_INTEGER);
        if (s.bumped !== undefined)
            suspect.bumped = this.boolean(s.bumped, `${what}.bumped`);
        if (s.growth !== undefined) {
            const g = this.object(s.growth, `${what}.growth`);
            const numbers = (a, field) => this.list(a, `${what}.growth.${field}`, REPORT_LIMITS.snapshots).map((n, i) => this.number(n, `${what}.growth.${field}[${i}]`, 0));
            suspect.growth = { count: numbers(g.count, 'count'), bytes: numbers(g.bytes, 'bytes') };
        }
        return suspect;
    }
    series(v) {
        const s = this.object(v, 'series');
        const points = (a, field) => this.list(a, `series.${field}`, REPORT_LIMITS.seriesPoints).map((n, i) => this.number(n, `series.${field}[${i}]`));
        const series = {
            unit: this.oneOf(s.unit, SERIES_UNITS, 'series.unit'),
            x: points(s.x, 'x'),
            base: points(s.base, 'base'),
            head: points(s.head, 'head')
        };
        if (series.x.length === 0 || series.base.length !== series.x.length || series.head.length !== series.x.length) {
            throw this.bad('series is not two curves on one grid');
        }
        return series;
    }
    boolean(v, what) {
        if (typeof v !== 'boolean')
            throw this.bad(`${what} is ${this.show(v)}, not true or false`);
        return v;
    }
}

// The opening of every memgate document read back from another job or machine (a shard, a record):
// bounded before it is parsed, a JSON object, of the expected format. What the document holds
// beyond that is its reader's to check, through `refuse`. Pure.
function openDocument(text, source, format, maxBytes) {
    if (text.length > maxBytes)
        throw new MemgateError(`${source} is larger than ${maxBytes} bytes; not a ${format}`);
    let data;
    try {
        data = JSON.parse(text);
    }
    catch (error) {
        throw new MemgateError(`${source} is not JSON: ${error.message}`, 2, { cause: error });
    }
    const refuse = (what) => {
        throw new MemgateError(`${source} is not a usable ${format}: ${what}`);
    };
    if (data === null || typeof data !== 'object' || Array.isArray(data))
        return refuse('not a JSON object');
    const object = data;
    if (object.format !== format)
        return refuse(`format is ${JSON.stringify(object.format)}`);
    return { data: object, refuse };
}

const isObject$2 = (value) => value !== null && typeof value === 'object' && !Array.isArray(value);
const finite$1 = (value) => typeof value === 'number' && Number.isFinite(value);
/** The runs of memgate-samples/1 `value`; `refuse` (which throws) names what is wrong, `what` says whose samples. */
function readSamples$1(value, what, refuse) {
    if (!isObject$2(value) || value.format !== 'memgate-samples/1' || !Array.isArray(value.runs))
        return refuse(`${what} are not memgate-samples/1`);
    if (value.unit !== 'iteration' && value.unit !== 'ms')
        return refuse(`${what} have unit ${JSON.stringify(value.unit)}`);
    const runs = [];
    for (const [i, item] of value.runs.entries()) {
        const run = readRun(item);
        if (!run)
            return refuse(`run ${i + 1} of its ${what} has no exitCode or a sample without finite x and heap`);
        runs.push(run);
    }
    return { unit: value.unit, runs };
}
/** One run, or undefined when it has no exit code or a sample without finite x and heap. */
function readRun(value) {
    if (!isObject$2(value) || !Array.isArray(value.samples))
        return undefined;
    const exitCode = value.exitCode === null || Number.isInteger(value.exitCode) ? value.exitCode : undefined;
    if (exitCode === undefined)
        return undefined;
    const samples = [];
    for (const s of value.samples) {
        if (!isObject$2(s) || !finite$1(s.x) || !finite$1(s.heap))
            return undefined;
        const sample = { x: s.x, heap: s.heap };
        for (const field of ['rss', 'external', 'arrayBuffers', 'code', 't'])
            if (finite$1(s[field]))
                sample[field] = s[field];
        samples.push(sample);
    }
    const run = { exitCode, samples };
    if (value.outcome !== undefined) {
        if (value.outcome !== 'ok' && value.outcome !== 'crash' && value.outcome !== 'timeout' && value.outcome !== 'oom')
            return undefined;
        run.outcome = value.outcome;
    }
    if (finite$1(value.durationMs))
        run.durationMs = value.durationMs;
    if (typeof value.signal === 'string' || value.signal === null)
        run.signal = value.signal;
    return run;
}

// memgate-record/1: one commit measured on its own (no base), kept so that later runs can read it
// (docs/design.md, "The memory record of main"). The type, its key, how one is built and read
// back, and where a store keeps it.
//
// A record read back is untrusted input: anyone who can push to the store's branch wrote it.
// Reading ignores fields it does not know and refuses what would mislead (a commit that is not 40
// hex, a key that is not six strings, a growth that is not finite, samples that are not
// memgate-samples/1).
/** The key's fields in their one order (the series id hashes them in it). */
const KEY_FIELDS = ['soak', 'install', 'workingDirectory', 'os', 'arch', 'node'];
// Records hold every sample of every run: 100 runs of 2,000 samples fit in a few MB. Anything
// much larger was not written by memgate and is refused before it is parsed.
const MAX_RECORD_BYTES = 32 * 1024 * 1024;
/** Equal field for field. */
function sameKey(a, b) {
    return KEY_FIELDS.every((field) => a[field] === b[field]);
}
/** A short stable name for the key's series: the first 16 hex of the SHA-256 of its fields in order. */
function seriesId(key) {
    return createHash('sha256')
        .update(JSON.stringify(KEY_FIELDS.map((field) => key[field])))
        .digest('hex')
        .slice(0, 16);
}
/** Where a store keeps the record of `commit` in `key`'s series: one immutable file per commit and series. */
function recordPath(storeDir, key, commit) {
    return path.join(storeDir, 'records', seriesId(key), `${commit}.json`);
}
/** The machine's part of the key: the OS image and the architecture. */
function describeMachine(env = process.env) {
    const image = env.ImageOS?.trim();
    let os = image || process.platform;
    if (!image) {
        try {
            const release = fs.readFileSync('/etc/os-release', 'utf8');
            const field = (name) => new RegExp(`^${name}="?([^"\\n]*)"?$`, 'm').exec(release)?.[1];
            const id = field('ID');
            if (id)
                os = [id, field('VERSION_ID')].filter(Boolean).join('-');
        }
        catch {
            // Not Linux, or no os-release: the platform alone.
        }
    }
    return { os, arch: process.arch };
}
/** The growth of a commit: the median of its runs' post-GC growth, with the smallest and largest. */
function summarizeGrowth(samples) {
    const slopes = measureSamples(samples, defaultStatsOptions)
        .flatMap((r) => (!r.excluded && r.heap ? [r.heap.estimate] : []))
        .sort((a, b) => a - b);
    const [low] = slopes;
    const high = slopes[slopes.length - 1];
    if (low === undefined || high === undefined)
        return null;
    return { estimate: median(slopes), low, high };
}
/**
 * A record of one commit. Runs keep what the statistics read (exit, outcome, duration, samples),
 * never the runner's log paths or stderr, which mean nothing on another machine.
 */
function buildRecord(input) {
    if (!FULL_SHA.test(input.commit))
        throw new MemgateError(`A record needs a full 40-hex commit SHA, not '${input.commit}'`);
    const runs = input.samples.runs.map(({ exitCode, signal, outcome, durationMs, samples }) => ({
        exitCode,
        ...(signal !== undefined ? { signal } : {}),
        ...(outcome !== undefined ? { outcome } : {}),
        ...(durationMs !== undefined ? { durationMs } : {}),
        samples
    }));
    const samples = { format: 'memgate-samples/1', side: 'record', unit: input.samples.unit, runs };
    return {
        format: 'memgate-record/1',
        commit: input.commit,
        key: { ...input.key },
        measuredAt: input.measuredAt.toISOString(),
        memgate: input.memgate,
        unit: `bytes/${input.samples.unit}`,
        growth: summarizeGrowth(samples),
        samples,
        ...(input.suspects?.length ? { suspects: input.suspects } : {})
    };
}
const isObject$1 = (value) => value !== null && typeof value === 'object' && !Array.isArray(value);
const finite = (value) => typeof value === 'number' && Number.isFinite(value);
function readGrowth(value) {
    if (value === null)
        return null;
    if (!isObject$1(value) || !finite(value.estimate) || !finite(value.low) || !finite(value.high))
        return undefined;
    if (!(value.low <= value.estimate && value.estimate <= value.high))
        return undefined;
    return { estimate: value.estimate, low: value.low, high: value.high };
}
/**
 * Reads a memgate-record/1 from JSON text. Unknown fields are ignored; anything that would mislead
 * a reader (wrong format, a short or missing commit, a key that is not six strings, a growth that
 * is not finite or not ordered, samples that are not memgate-samples/1 or do not match the unit) is
 * a MemgateError naming `source` and what is wrong. Never returns a half-read record.
 */
function parseRecord(text, source) {
    const { data, refuse } = openDocument(text, source, 'memgate-record/1', MAX_RECORD_BYTES);
    if (typeof data.commit !== 'string' || !FULL_SHA.test(data.commit))
        return refuse('commit is not a 40-hex SHA');
    const key = data.key;
    if (!isObject$1(key) || !KEY_FIELDS.every((field) => typeof key[field] === 'string')) {
        return refuse(`key must hold the strings ${KEY_FIELDS.join(', ')}`);
    }
    if (typeof data.measuredAt !== 'string' || Number.isNaN(Date.parse(data.measuredAt)))
        return refuse('measuredAt is not a date');
    const samples = data.samples;
    const { unit, runs } = readSamples$1(samples, 'samples', refuse);
    if (data.unit !== `bytes/${unit}`)
        return refuse(`unit ${JSON.stringify(data.unit)} does not match samples in ${unit}`);
    const growth = readGrowth(data.growth);
    if (growth === undefined)
        return refuse('growth is not {estimate, low, high} with low <= estimate <= high');
    return {
        format: 'memgate-record/1',
        commit: data.commit,
        key: Object.fromEntries(KEY_FIELDS.map((field) => [field, key[field]])),
        measuredAt: new Date(data.measuredAt).toISOString(),
        memgate: typeof data.memgate === 'string' ? data.memgate : 'unknown',
        unit: data.unit,
        growth,
        samples: { format: 'memgate-samples/1', side: 'record', unit, runs },
        ...readSuspects(data.suspects, source)
    };
}
/**
 * A record's suspects, when they check as a report's do. They name what grows and decide nothing:
 * a list that does not check is left out rather than costing the record.
 */
function readSuspects(value, source) {
    if (value === undefined)
        return {};
    try {
        return { suspects: checkSuspects(value, source) };
    }
    catch (error) {
        if (error instanceof MemgateError)
            return {};
        throw error;
    }
}
/** Reads and checks one record file; a MemgateError when it is unreadable or not a usable record. */
function readRecordFile(file) {
    let text;
    try {
        const size = fs.statSync(file).size;
        if (size > MAX_RECORD_BYTES)
            throw new MemgateError(`${file} is larger than ${MAX_RECORD_BYTES} bytes; not a memgate record`);
        text = fs.readFileSync(file, 'utf8');
    }
    catch (error) {
        if (error instanceof MemgateError)
            throw error;
        throw new MemgateError(`Cannot read record ${file}: ${error.message}`, 2, { cause: error });
    }
    return parseRecord(text, file);
}
/**
 * The record of `commit` in `key`'s series, or null when the store has none (no store, no file,
 * or a file whose commit or key differ from its name's). A file that is there but unusable is a
 * MemgateError: a store that misleads must not pass for an empty one.
 */
function findRecord(storeDir, commit, key) {
    if (!FULL_SHA.test(commit))
        throw new MemgateError(`findRecord needs a full 40-hex commit SHA, not '${commit}'`);
    const file = recordPath(storeDir, key, commit);
    if (!fs.existsSync(file))
        return null;
    const record = readRecordFile(file);
    return record.commit === commit && sameKey(record.key, key) ? record : null;
}

// A store: a directory of memgate-record/1 files, one immutable file per commit and series
// (records/<series>/<commit>.json), so that no file grows with the history and two writers of
// different commits never touch the same file. Readers take `*.json` files anywhere under it.
/**
 * Writes the record to its file. A record already there for that commit and series is kept as it
 * is ('kept'): records are immutable, the first measurement of a commit stands.
 */
function writeRecord(storeDir, record) {
    const file = recordPath(storeDir, record.key, record.commit);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    try {
        fs.writeFileSync(file, `${JSON.stringify(record)}\n`, { flag: 'wx' });
    }
    catch (error) {
        if (error.code === 'EEXIST')
            return { file, outcome: 'kept' };
        throw new MemgateError(`Cannot write record ${file}: ${error.message}`, 2, { cause: error });
    }
    return { file, outcome: 'written' };
}
function jsonFiles(dir) {
    let entries;
    try {
        entries = fs.readdirSync(dir, { withFileTypes: true });
    }
    catch (error) {
        if (error.code === 'ENOENT')
            return [];
        throw new MemgateError(`Cannot read the store ${dir}: ${error.message}`, 2, { cause: error });
    }
    return entries
        .filter((entry) => !entry.name.startsWith('.'))
        .flatMap((entry) => {
        const full = path.join(dir, entry.name);
        if (entry.isDirectory())
            return jsonFiles(full);
        return entry.isFile() && entry.name.endsWith('.json') ? [full] : [];
    });
}
/** Every usable record under the store (a missing store is an empty one); unusable files are listed in `skipped`. */
function listRecords(storeDir) {
    const records = [];
    const skipped = [];
    for (const file of jsonFiles(storeDir).sort()) {
        try {
            records.push({ file, record: readRecordFile(file) });
        }
        catch (error) {
            if (!(error instanceof MemgateError))
                throw error;
            skipped.push(error.reason);
        }
    }
    return { records, skipped };
}
/**
 * Keeps the newest `keep` records of each series (by measuredAt, then commit) and deletes the
 * rest. Returns the deleted files; the caller says so in the summary.
 */
function pruneStore(storeDir, keep) {
    if (!Number.isInteger(keep) || keep < 1)
        throw new MemgateError(`record-keep must be a whole number of at least 1, not ${keep}`);
    const bySeries = new Map();
    for (const stored of listRecords(storeDir).records) {
        const id = seriesId(stored.record.key);
        bySeries.set(id, [...(bySeries.get(id) ?? []), stored]);
    }
    const removed = [];
    for (const records of bySeries.values()) {
        records.sort((a, b) => b.record.measuredAt === a.record.measuredAt
            ? a.record.commit < b.record.commit
                ? 1
                : -1
            : b.record.measuredAt < a.record.measuredAt
                ? -1
                : 1);
        for (const old of records.slice(keep)) {
            fs.rmSync(old.file, { force: true });
            removed.push(old);
        }
    }
    return removed;
}

// `record`'s measurement: one commit soaked on its own (one side of the soak session, `runs` runs,
// no base), written into a store as memgate-record/1, the store pruned to `keep` per series.
/** The major version of the `node` the soak will find on PATH, or `none`. */
async function soakNodeMajor(cwd, passEnv) {
    const exit = await runProcess({ command: 'node', args: ['--version'], cwd, env: scrubEnv(process.env, { passEnv }) });
    return /^v(\d+)\./.exec(exit.stdout.trim())?.[1] ?? 'none';
}
/** The key of records made with these options on this machine. */
async function recordKeyFor(options, cwd) {
    return {
        soak: options.soakCommand,
        install: options.installCommand,
        workingDirectory: options.workingDirectory,
        ...describeMachine(),
        node: await soakNodeMajor(cwd, options.passEnv)
    };
}
/**
 * Measures `ref` on its own. A commit none of whose runs could be measured (every run crashed,
 * timed out, or had too few samples) is a MemgateError: a record says what a commit's growth is,
 * never that it is unknown.
 */
async function measureCommit(o) {
    const started = Date.now();
    const sha = await o.git.resolve(o.ref);
    const key = await recordKeyFor(o.options, o.git.repoDir);
    const workDir = o.workDir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'memgate-record-'));
    const session = await openSession({
        ...o.options,
        git: o.git,
        baseSha: sha,
        headSha: sha,
        sides: ['head'],
        workDir,
        probePath: o.probePath,
        secrets: o.secrets,
        signal: o.signal,
        log: (line) => o.log(line.replace(/^head: /, 'record: ').replace('and head gets', 'and the record gets'))
    });
    let samples;
    let suspects = [];
    try {
        // One run takes heap snapshots, as a PR's head does: the creep issue names what grows at a step.
        const { head } = await session.soak({ runs: o.options.stats.runs, snapshots: o.snapshots !== false });
        samples = head.samples;
        if (head.snapshots.length >= 2) {
            suspects = (await findSuspects(head, [], o.options.heapMaxBytes, o.log)).suspects.map((s) => repositoryRelative(s, path.join(workDir, 'head')));
        }
    }
    finally {
        await session.close();
        if (!o.workDir)
            fs.rmSync(workDir, { recursive: true, force: true });
    }
    const record = buildRecord({ commit: sha, key, samples, measuredAt: new Date(), memgate: MEMGATE_VERSION, suspects });
    if (!record.growth) {
        const outcomes = samples.runs.map((r) => r.outcome ?? (r.exitCode === 0 ? 'ok' : 'crash')).join(', ');
        throw new MemgateError(`No run of the soak at ${shortSha(sha)} could be measured (runs: ${outcomes || 'none'}); nothing recorded`);
    }
    return { record, wallMs: Date.now() - started };
}
/** Measures `ref` and writes its record into the store, pruned to `keep` records per series. */
async function recordCommit(o) {
    const { record, wallMs } = await measureCommit(o);
    const { file, outcome } = writeRecord(o.storeDir, record);
    const removed = o.keep ? pruneStore(o.storeDir, o.keep) : [];
    return { record, file, outcome, removed, wallMs };
}

// Assembles memgate-report/1 from what the stages found. Pure.
function buildReport(input) {
    const stats = input.stats;
    const notes = [...(stats?.notes ?? []), ...(input.notes ?? [])];
    // A side without usable runs has no growth to show (the statistics give NaN there).
    const measured = (g) => g && [g.estimate, g.low, g.high].every(Number.isFinite) ? g : null;
    const used = (runs) => (runs ? { used: runs.filter((r) => !r.excluded).length } : {});
    const alpha = stats?.comparisons?.[0]?.alpha;
    return {
        format: 'memgate-report/1',
        memgate: MEMGATE_VERSION,
        verdict: input.verdict ?? stats?.verdict ?? 'error',
        reason: input.reason ?? stats?.reason ?? '',
        base: { sha: input.baseSha, runs: input.baseRuns ?? 0, ...used(stats?.runs?.base), growth: measured(stats?.base) },
        head: { sha: input.headSha, runs: input.headRuns ?? 0, ...used(stats?.runs?.head), growth: measured(stats?.head) },
        unit: stats?.unit ?? null,
        difference: measured(stats?.difference),
        bumps: input.bumps,
        suspects: input.suspects ?? [],
        ...(input.detail ? { detail: input.detail } : {}),
        ...(stats ? { test: stats.test } : {}),
        ...(input.series ? { series: input.series } : {}),
        ...(notes.length ? { notes } : {}),
        ...(stats?.throughput ? { throughput: { base: stats.throughput.base, head: stats.throughput.head } } : {}),
        ...(alpha !== undefined ? { alpha } : {}),
        ...(stats?.minimumEffect !== undefined && Number.isFinite(stats.minimumEffect) ? { minimumEffect: stats.minimumEffect } : {})
    };
}
/** The report of a run that could not measure, with everything it knew: never a pass. */
function errorReport(reason, partial = {}) {
    return buildReport({ baseSha: '', headSha: '', bumps: [], ...partial, stats: undefined, verdict: 'error', reason });
}
/** An error report from a MemgateError: its one-line reason and its detail. */
function reportOfError(error, partial = {}) {
    return errorReport(error.reason, { ...partial, ...(error.detail ? { detail: error.detail } : {}) });
}

// The median post-GC heap curve of each side, for the comment's chart. Pure.
/** Points per curve: enough to show a slope or a step, small enough for any comment. */
const SERIES_POINTS = 24;
/**
 * The median curves of two sides, on `points` evenly spaced x from 0 to the end of the shortest
 * finished run (so that every point is measured, never extrapolated). Null when either side has no
 * finished run with two samples or the two sides' units differ. Never throws.
 */
function medianSeries(base, head, points = SERIES_POINTS) {
    if (!base || !head || base.unit !== head.unit)
        return null;
    const baseRuns = usableRuns(base);
    const headRuns = usableRuns(head);
    if (baseRuns.length === 0 || headRuns.length === 0)
        return null;
    const all = [...baseRuns, ...headRuns];
    // usableRuns keeps runs of two points or more
    const start = Math.max(...all.flatMap((r) => r[0]?.x ?? []));
    const end = Math.min(...all.flatMap((r) => r[r.length - 1]?.x ?? []));
    if (!(end > start) || points < 2)
        return null;
    const x = Array.from({ length: points }, (_, i) => Math.round(start + ((end - start) * i) / (points - 1)));
    const curve = (runs) => x.map((at) => Math.round(median(runs.map((r) => interpolate(r, at)))));
    return { unit: base.unit, x, base: curve(baseRuns), head: curve(headRuns) };
}
function usableRuns(samples) {
    return (samples.runs ?? [])
        .filter((r) => (r.outcome ?? (r.exitCode === 0 ? 'ok' : 'crash')) === 'ok')
        .map((r) => (r.samples ?? [])
        .filter((s) => Number.isFinite(s.x) && Number.isFinite(s.heap))
        .map((s) => ({ x: s.x, heap: s.heap }))
        .sort((a, b) => a.x - b.x))
        .filter((r) => r.length >= 2);
}
function interpolate(run, at) {
    // runs come from usableRuns (two points or more), and lo ≤ mid ≤ hi < run.length throughout
    let lo = 0;
    let hi = run.length - 1;
    let a = run[lo];
    let b = run[hi];
    if (!a || !b)
        return Number.NaN;
    if (at <= a.x)
        return a.heap;
    if (at >= b.x)
        return b.heap;
    while (hi - lo > 1) {
        const mid = (lo + hi) >> 1;
        const m = run[mid];
        if (!m)
            break;
        if (m.x <= at)
            [lo, a] = [mid, m];
        else
            [hi, b] = [mid, m];
    }
    return b.x === a.x ? b.heap : a.heap + ((b.heap - a.heap) * (at - a.x)) / (b.x - a.x);
}

// memgate-shard/1: one runner's share of a measurement spread over several (a matrix), and the
// checks that make N of them one measurement again (docs/design.md, "Shards"). Pure.
//
// A shard read back is untrusted input (an artifact of another job): it is checked field by field,
// and a set of shards is merged only when every index 1..N is there exactly once and all agree on
// the commits, the key and the statistics' options. Anything else is a MemgateError naming what
// differs: a verdict on part of the runs would look like a verdict on all of them.
/** A matrix wider than this is not a shard count anyone means. */
const MAX_SHARDS = 64;
// Shards hold every sample of their runs: the same bound as a record's.
const MAX_SHARD_BYTES = 64 * 1024 * 1024;
const SHA = /^[0-9a-f]{40}$/;
/** `I/N` (the `shard` input, `--shard`): 1 ≤ I ≤ N ≤ MAX_SHARDS. */
function parseShardSpec(value) {
    const match = /^\s*(\d{1,3})\s*\/\s*(\d{1,3})\s*$/.exec(value);
    const index = Number(match?.[1]);
    const count = Number(match?.[2]);
    if (!match || index < 1 || count < 1 || index > count || count > MAX_SHARDS) {
        throw new MemgateError(`Invalid shard '${value}'. Expected I/N with 1 <= I <= N <= ${MAX_SHARDS}, e.g. 1/2.`);
    }
    return { index, count };
}
/**
 * Runs a side shard `index` of `count` measures when the whole measurement has `total` a side: the
 * runs whose 0-based number is index − 1 modulo count, so the shards differ by one run at most.
 */
function shardRuns(total, spec) {
    return Math.max(0, Math.ceil((total - (spec.index - 1)) / spec.count));
}
const isObject = (value) => value !== null && typeof value === 'object' && !Array.isArray(value);
function checkSamples(value, side, refuse) {
    return { format: 'memgate-samples/1', side, ...readSamples$1(value, `${side} samples`, refuse) };
}
function checkStats(value, refuse) {
    if (!isObject(value))
        return refuse('stats is not an object');
    const stats = { ...defaultStatsOptions };
    for (const name of Object.keys(defaultStatsOptions)) {
        const v = value[name];
        const ok = name === 'earlyLooks' ? Array.isArray(v) && v.every((n) => Number.isInteger(n) && n >= 2 && n <= 1000) : Number.isFinite(v);
        if (!ok)
            return refuse(`stats.${name} is missing or not a number`);
        stats[name] = v;
    }
    return stats;
}
/** Reads a memgate-shard/1 from JSON text; a MemgateError naming `source` and what is wrong. */
function parseShard(text, source) {
    const { data, refuse } = openDocument(text, source, 'memgate-shard/1', MAX_SHARD_BYTES);
    const shard = data.shard;
    if (!isObject(shard) || !Number.isInteger(shard.index) || !Number.isInteger(shard.count))
        return refuse('shard is not {index, count}');
    const spec = parseShardSpec(`${shard.index}/${shard.count}`);
    for (const field of ['baseSha', 'headSha']) {
        if (typeof data[field] !== 'string' || !SHA.test(data[field]))
            return refuse(`${field} is not a 40-hex SHA`);
    }
    const key = data.key;
    if (!isObject(key) || !Object.values(key).every((v) => typeof v === 'string'))
        return refuse('key is not an object of strings');
    if (!Array.isArray(data.bumps))
        return refuse('bumps is not an array');
    const samples = data.samples;
    if (!isObject(samples))
        return refuse('samples is not {base, head}');
    const base = checkSamples(samples.base, 'base', refuse);
    const head = checkSamples(samples.head, 'head', refuse);
    if (base.unit !== head.unit)
        return refuse(`base samples are in ${base.unit} and head samples in ${head.unit}`);
    const snapshots = Array.isArray(data.snapshots) ? data.snapshots.filter((s) => typeof s === 'string') : [];
    const notes = Array.isArray(data.notes) ? data.notes.filter((s) => typeof s === 'string') : [];
    const pr = data.pullRequest;
    if (pr !== undefined &&
        !(isObject(pr) && typeof pr.repository === 'string' && Number.isSafeInteger(pr.number) && typeof pr.headSha === 'string'))
        return refuse('pullRequest is not {repository, number, headSha}');
    return {
        format: 'memgate-shard/1',
        shard: spec,
        baseSha: data.baseSha,
        headSha: data.headSha,
        key: { ...key },
        stats: checkStats(data.stats, refuse),
        bumps: data.bumps,
        samples: { base, head },
        snapshots,
        notes,
        ...(pr ? { pullRequest: { repository: pr.repository, number: pr.number, headSha: pr.headSha } } : {})
    };
}
/** Key order does not matter, values do. */
const canonical = (value) => JSON.stringify(value, (_k, v) => isObject(v) ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => a.localeCompare(b))) : v);
/**
 * One measurement from its N shards: every index 1..N exactly once, the same count, commits, key,
 * statistics options and bumps; else a MemgateError naming what differs (and which shard).
 */
function mergeShards(shards, names = shards.map((_, i) => `shard file ${i + 1}`)) {
    const [first] = shards;
    if (!first)
        throw new MemgateError('No shards to merge.');
    const count = first.shard.count;
    const seen = new Map();
    for (const [i, s] of shards.entries()) {
        const name = names[i] ?? `shard file ${i + 1}`;
        if (s.shard.count !== count)
            throw new MemgateError(`${name} is shard ${s.shard.index}/${s.shard.count}, but ${names[0]} is of ${count} shards.`);
        const twice = seen.get(s.shard.index);
        if (twice !== undefined)
            throw new MemgateError(`Shard ${s.shard.index}/${count} is there twice: ${twice} and ${name}.`);
        seen.set(s.shard.index, name);
        for (const [field, what] of [
            ['baseSha', 'base commit'],
            ['headSha', 'head commit'],
            ['key', 'key (soak, install, working directory, machine, Node.js)'],
            ['stats', 'statistics options'],
            ['bumps', 'dependency changes'],
            ['pullRequest', 'pull request']
        ]) {
            if (canonical(s[field]) !== canonical(first[field])) {
                throw new MemgateError(`${name} (shard ${s.shard.index}/${count}) differs from ${names[0]} in its ${what}: ${short(s[field])} against ${short(first[field])}.`);
            }
        }
    }
    const missing = [...Array(count).keys()].map((i) => i + 1).filter((i) => !seen.has(i));
    if (missing.length)
        throw new MemgateError(`Shard${missing.length > 1 ? 's' : ''} ${missing.map((i) => `${i}/${count}`).join(', ')} missing: all ${count} are needed for a verdict.`);
    const ordered = [...shards].sort((a, b) => a.shard.index - b.shard.index);
    const join = (side) => ({
        format: 'memgate-samples/1',
        side,
        unit: first.samples[side].unit,
        runs: ordered.flatMap((s) => s.samples[side].runs)
    });
    if (join('base').unit !== join('head').unit || ordered.some((s) => s.samples.base.unit !== first.samples.base.unit)) {
        throw new MemgateError('The shards measured in different units (iteration against ms).');
    }
    return {
        baseSha: first.baseSha,
        headSha: first.headSha,
        key: first.key,
        stats: first.stats,
        bumps: first.bumps,
        samples: { base: join('base'), head: join('head') },
        snapshots: ordered.find((s) => s.snapshots.length >= 2)?.snapshots ?? [],
        notes: ordered.flatMap((s) => (s.notes ?? []).map((n) => `shard ${s.shard.index}: ${n}`)),
        ...(first.pullRequest ? { pullRequest: first.pullRequest } : {})
    };
}
function short(value) {
    const text = typeof value === 'string' ? value : (canonical(value) ?? 'none');
    return text.length > 80 ? `${text.slice(0, 77)}…` : text;
}

// trigger → bumps → soak → stats → heap → report. Both front doors (action, CLI) call runPipeline,
// and it always returns a report: a stage that fails gives verdict `error` with everything known.
async function runPipeline(options, target) {
    const workDir = target.workDir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'memgate-'));
    fs.mkdirSync(workDir, { recursive: true });
    // What is known so far goes into the report, whichever stage fails.
    const known = {};
    const started = Date.now();
    let report;
    try {
        report = (await measure(options, target, workDir, known));
    }
    catch (error) {
        if (!(error instanceof MemgateError))
            throw error;
        report = reportOfError(error, known);
    }
    report.durationMs = Date.now() - started;
    return { report, workDir };
}
/**
 * Shard `spec` of a measurement spread over several runners: its share of each side's `runs`
 * (interleaved as always), no verdict; shard 1 takes head's heap snapshots. `memgate merge`
 * (decideShards) turns all N into one report. A failure is an error report, as runPipeline's.
 */
async function runShard(options, target, spec, key) {
    const workDir = target.workDir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'memgate-'));
    fs.mkdirSync(workDir, { recursive: true });
    const known = {};
    try {
        const result = await measure(options, target, workDir, known, { spec, key });
        return 'format' in result && result.format === 'memgate-shard/1' ? { shard: result, workDir } : { report: result, workDir };
    }
    catch (error) {
        if (!(error instanceof MemgateError))
            throw error;
        return { report: reportOfError(error, known), workDir };
    }
}
async function measure(options, target, workDir, known, sharding) {
    // A lockfile of a newer format than memgate knows, read by its structure, is said in the log and the report.
    const { git, baseSha, headSha, bumps: changes, warnings } = await readBumpsBetween({
        ...target,
        workingDirectory: options.workingDirectory,
        warn: (line) => target.log(`warning: ${line}`),
        known
    });
    if (warnings.length)
        known.notes = warnings;
    const bumps = (known.bumps = filterBumps(changes, options.bumps));
    if (sharding) {
        if (!options.soakCommand.trim())
            throw new MemgateError('No soak command: set the soak-command input (or --soak) to the script that exercises the service');
        return soakShard(options, target, git, { baseSha, headSha, workDir, bumps }, sharding.spec, sharding.key, warnings);
    }
    if (bumps.length === 0) {
        const names = changes.map((b) => b.name);
        const reason = changes.length === 0
            ? 'No dependency changed between base and head, so there is nothing to measure.'
            : `${changes.length} dependency change(s) (${names.slice(0, 5).join(', ')}${names.length > 5 ? ', …' : ''}), none selected by include, exclude and dependency-types, so there is nothing to measure.`;
        return buildReport({ baseSha, headSha, bumps, verdict: 'skipped', reason, notes: warnings });
    }
    target.log(`${bumps.length} dependency change(s): ${bumps.map((b) => `${b.name} ${b.from ?? '∅'} → ${b.to ?? '∅'}`).join(', ')}`);
    if (!options.soakCommand.trim()) {
        throw new MemgateError('No soak command: set the soak-command input (or --soak) to the script that exercises the service');
    }
    // Where the soak cannot run as a user of its own, the log and the report say so once.
    const { warning: unisolated } = await soakIsolation();
    if (unisolated) {
        target.log(`warning: ${unisolated}`);
        warnings.push(unisolated);
    }
    const decided = await soakUntilDecided(options, target, git, { baseSha, headSha, workDir }, known);
    for (const side of ['base', 'head']) {
        fs.writeFileSync(path.join(workDir, `samples-${side}.json`), JSON.stringify(decided.soak[side].samples, null, 2));
    }
    const report = await judge(decided, bumps, { baseSha, headSha }, options.heapMaxBytes, target.log);
    report.suspects = report.suspects.map((s) => repositoryRelative(s, path.join(workDir, 'head')));
    // The runbook names these files: they are in the work dir and in the artifact, at the same paths.
    const snapshots = decided.soak.head.snapshots.map((file) => path.relative(workDir, file).split(path.sep).join('/'));
    if (snapshots.length)
        report.snapshots = snapshots;
    if (warnings.length)
        report.notes = [...warnings, ...(report.notes ?? [])];
    return report;
}
/** Rounds of runs a shard adds for runs the statistics leave out. */
const SHARD_MAKE_UP_ROUNDS = 2;
/** The shard's runs: no looks and no verdict; with no bump selected, no runs (merge says skipped). */
async function soakShard(options, target, git, where, spec, key, warnings) {
    const { baseSha, headSha, workDir, bumps } = where;
    const empty = (side) => ({ format: 'memgate-samples/1', side, unit: 'iteration', runs: [] });
    const document = {
        format: 'memgate-shard/1',
        shard: spec,
        baseSha,
        headSha,
        key,
        stats: options.stats,
        bumps,
        samples: { base: empty('base'), head: empty('head') },
        snapshots: [],
        notes: warnings
    };
    const runs = shardRuns(options.stats.runs, spec);
    if (bumps.length === 0 || runs === 0)
        return document;
    target.log(`Shard ${spec.index}/${spec.count}: ${runs} run(s) a side of the ${options.stats.runs}.`);
    const session = await openSession({
        ...options,
        baseSha,
        headSha,
        workDir,
        git,
        probePath: target.probePath,
        signal: target.signal,
        log: target.log,
        secrets: target.token ? [target.token] : []
    });
    try {
        let soak = await session.soak({ runs, snapshots: spec.index === 1 });
        // The merge has no later look to add runs: a run the statistics will leave out (too few samples
        // after the warm-up, a crash) is made up here, as the gate's next look would, at most twice.
        for (let round = 1; round <= SHARD_MAKE_UP_ROUNDS; round++) {
            const usable = (samples) => measureSamples(samples, options.stats).filter(isUsable).length;
            const short = Math.max(runs - usable(soak.base.samples), runs - usable(soak.head.samples));
            if (short <= 0 || judgeFailures(soak.base.samples, soak.head.samples))
                break;
            target.log(`Shard ${spec.index}/${spec.count}: ${short} run(s) a side left out by the statistics; ${short} more.`);
            const more = await session.soak({
                runs: short,
                outDir: path.join(workDir, `make-up-${round}`),
                expected: { base: soak.base.length, head: soak.head.length },
                snapshots: false
            });
            soak = appendRuns(soak, more);
        }
        document.samples = { base: soak.base.samples, head: soak.head.samples };
        document.snapshots = soak.head.snapshots;
        document.notes = [...warnings, ...soak.base.notes.map((n) => `base: ${n}`), ...soak.head.notes.map((n) => `head: ${n}`)];
        return document;
    }
    finally {
        await session.close();
    }
}
/**
 * The verdict of a measurement spread over shards (mergeShards checked them): decided once, as one
 * run over all the runs would be, with the suspects from the shard that took the snapshots.
 */
async function decideShards(merged, heapMaxBytes, log) {
    const { baseSha, headSha, bumps } = merged;
    if (bumps.length === 0) {
        return buildReport({
            baseSha,
            headSha,
            bumps,
            verdict: 'skipped',
            reason: 'No selected dependency changed between base and head, so there is nothing to measure.',
            notes: merged.notes
        });
    }
    const side = (samples, snapshots) => ({ samples, snapshots, snapshotPoints: [], notes: [], install: { command: '', durationMs: 0 }, runs: [] });
    const base = side(merged.samples.base, []);
    const head = side(merged.samples.head, merged.snapshots);
    const failure = judgeFailures(merged.samples.base, merged.samples.head);
    const soak = { base, head, parallel: false, wallMs: 0, runsWallMs: 0 };
    const decided = failure
        ? { soak, failure }
        : { soak, failure: null, stats: analyzeSamples(merged.samples.base, merged.samples.head, merged.stats) };
    const report = await judge(decided, bumps, { baseSha, headSha }, heapMaxBytes, log);
    if (merged.snapshots.length)
        report.snapshots = merged.snapshots;
    if (merged.notes.length)
        report.notes = [...merged.notes, ...(report.notes ?? [])];
    return report;
}
/**
 * The sequential plan: a first look of a few runs a side (an early look that calls only a clear
 * leak or pass), then, while the verdict is inconclusive, more runs up to max-runs (analyzeSamples spends only its look's share of alpha, so the false-alarm
 * rate holds over all looks). The worktrees and installs serve every look.
 */
async function soakUntilDecided(options, target, git, where, known) {
    const stored = target.store ? await storedBase(options, target, git, where.baseSha) : null;
    const session = await openSession({
        ...options,
        ...where,
        git,
        probePath: target.probePath,
        signal: target.signal,
        log: target.log,
        progress: target.progress,
        secrets: target.token ? [target.token] : [],
        ...(stored ? { sides: ['head'] } : {})
    });
    // A stored base stands for base's runs at every look; the look is counted by head's runs. A
    // pilot run, or one the snapshots left short, is not one the plan asked for: counted, it would move every later look one run
    // early (4 usable runs a side at the look planned for 5, which cannot reach its alpha).
    const withBase = (soak) => (stored ? { ...soak, base: stored.side } : soak);
    const planned = (side) => side.samples.runs.length - unplannedRuns(side);
    const attempted = (soak) => (stored ? planned(soak.head) : Math.max(planned(soak.base), planned(soak.head)));
    const analyze = (soak) => analyzeSamples(soak.base.samples, soak.head.samples, options.stats, attempted(soak));
    try {
        const [firstLook = options.stats.runs] = planAllLooks(options.stats);
        let soak = withBase(await session.soak({ runs: firstLook, ...(stored?.length ? { expected: { head: stored.length } } : {}) }));
        for (let look = 2;; look++) {
            known.baseRuns = soak.base.samples.runs.length;
            known.headRuns = soak.head.samples.runs.length;
            const failure = judgeFailures(soak.base.samples, soak.head.samples);
            if (failure)
                return { soak, failure };
            const stats = analyze(soak);
            const step = nextStep(stats, attempted(soak), options.stats.maxRuns);
            if (!step || step.done) {
                if (stored)
                    stats.notes.push(stored.note);
                return { soak, failure, stats };
            }
            target.log(`Inconclusive after ${soak.head.samples.runs.length} runs a side (${stats.reason}); adding ${step.addRuns} more.`);
            // A later look knows how long the runs are, and keeps the first look's snapshots.
            const more = await session.soak({
                runs: step.addRuns,
                outDir: path.join(where.workDir, `look-${look}`),
                expected: { base: soak.base.length, head: soak.head.length },
                snapshots: false
            });
            soak = withBase(appendRuns(soak, more));
        }
    }
    finally {
        await session.close();
    }
}
/**
 * Base's runs from the store: the record of the merge-base in this measurement's series, or null
 * (none, or only of another series). An unreadable record is ignored with a log
 * line, never trusted.
 */
async function storedBase(options, target, git, baseSha) {
    const { store } = target;
    if (!store)
        return null;
    let record;
    try {
        record = findRecord(store, baseSha, await recordKeyFor(options, git.repoDir));
    }
    catch (error) {
        if (!(error instanceof MemgateError))
            throw error;
        target.log(`The store's record of base ${shortSha(baseSha)} is ignored: ${error.reason}`);
        return null;
    }
    if (!record) {
        target.log(`The store holds no record of base ${shortSha(baseSha)} for this soak and machine: base is soaked.`);
        return null;
    }
    // Another version's probe samples at other points and paces: the demo's whole-heap growth per
    // request was 2.02 bytes by the probe of 2026-12-01 and 0.54 by today's (docs/statistics.md).
    if (record.memgate !== MEMGATE_VERSION) {
        target.log(`The store's record of base ${shortSha(baseSha)} is ignored: measured by memgate ${record.memgate}, not ${MEMGATE_VERSION}, whose probe may sample otherwise; base is soaked.`);
        return null;
    }
    const ageDays = (Date.now() - Date.parse(record.measuredAt)) / DAY_MS;
    // An hour ahead is another runner's clock; more is a record no run of main can have written yet.
    if (!(ageDays <= STORED_BASE_MAX_DAYS && ageDays >= -1 / 24)) {
        target.log(`The store's record of base ${shortSha(baseSha)} is ignored: measured ${record.measuredAt}, ` +
            (ageDays > 0 ? `${Math.floor(ageDays)} days ago, ` : 'after now, ') +
            `and a base is reused for ${STORED_BASE_MAX_DAYS} days at most (growth moves from day to day); base is soaked.`);
        return null;
    }
    const runs = record.samples.runs;
    target.log(`Base ${shortSha(baseSha)} is not soaked: ${runs.length} runs from its record of ${record.measuredAt}.`);
    const side = {
        samples: { ...record.samples, side: 'base' },
        snapshots: [],
        snapshotPoints: [],
        notes: [],
        install: { dir: '', command: '', description: 'stored record', durationMs: 0, log: '' },
        runs: []
    };
    const note = `base was not soaked: its ${runs.length} runs are those of the record of ${shortSha(baseSha)} ` +
        `measured ${record.measuredAt} by memgate ${record.memgate}, read from the store.`;
    return { side, note, record, length: storedLength(record.samples) };
}
const DAY_MS = 24 * 60 * 60 * 1000;
/**
 * The oldest record that stands for base's runs. Growth per iteration moved between traces recorded
 * 11 days apart by more than a test with no threshold ignores, and did not move within a day under
 * other loads (docs/statistics.md, "A stored base"); a week keeps a PR's merge-base on main's
 * records of the same runner image, not of another season's.
 */
const STORED_BASE_MAX_DAYS = 7;
/**
 * How long the stored runs were (the median run's last x and lifetime): head's first run is then
 * not one of unknown length, so it spreads its samples over that length and is no pilot. The same
 * soak does the same iterations; a head that runs slower still gets its minimum of samples.
 */
function storedLength(samples) {
    const ok = samples.runs.filter((r) => (r.outcome ?? 'ok') === 'ok' && r.samples.length > 0 && (r.durationMs ?? 0) > 0);
    if (ok.length === 0)
        return undefined;
    const x = median(ok.map((r) => r.samples[r.samples.length - 1]?.x ?? 0));
    const ms = median(ok.map((r) => r.durationMs ?? 0));
    return x > 0 && ms > 0 ? { unit: samples.unit, x, ms } : undefined;
}
async function judge(decided, bumps, shas, heapMaxBytes, log) {
    const { soak, failure, stats } = decided;
    const verdict = failure ? failure.verdict : stats.verdict;
    const { suspects, notes: heapNotes } = verdict === 'leak'
        ? await findSuspects(soak.head, bumps.map((b) => b.name), heapMaxBytes, log)
        : { suspects: [], notes: [] };
    return buildReport({
        ...shas,
        bumps,
        baseRuns: soak.base.samples.runs.length,
        headRuns: soak.head.samples.runs.length,
        stats,
        suspects,
        verdict,
        reason: failure?.reason,
        detail: failure?.detail,
        series: medianSeries(soak.base.samples, soak.head.samples),
        notes: [...soak.base.notes.map((n) => `base: ${n}`), ...soak.head.notes.map((n) => `head: ${n}`), ...heapNotes]
    });
}
/** The runs of a later look appended to the earlier ones; snapshots stay those of the first look. */
function appendRuns(first, more) {
    const join = (a, b) => ({
        ...a,
        samples: { ...a.samples, runs: [...a.samples.runs, ...b.samples.runs] },
        notes: [...a.notes, ...b.notes],
        runs: [...a.runs, ...b.runs]
    });
    return { ...first, base: join(first.base, more.base), head: join(first.head, more.head), wallMs: first.wallMs + more.wallMs };
}

// Plain-text renderings for the CLI (`memgate heap summary|diff`).
/** The summary as a table: class, count, self size, retained size; `limit` rows (default 25). */
function formatHeapSummary(summary, limit = 25) {
    const lines = [
        `${summary.nodeCount} nodes, ${summary.edgeCount} edges, ${formatBytes(summary.totalBytes)} in total`,
        '',
        `${'count'.padStart(10)}  ${'self size'.padStart(11)}  ${'retained'.padStart(11)}  class`
    ];
    for (const g of summary.groups.slice(0, limit)) {
        const retained = g.retainedBytes === undefined ? '' : formatBytes(g.retainedBytes);
        lines.push(`${String(g.count).padStart(10)}  ${formatBytes(g.bytes).padStart(11)}  ${retained.padStart(11)}  ${g.name}`);
    }
    if (summary.groups.length > limit)
        lines.push(`… ${summary.groups.length - limit} more classes (--json for all)`);
    return lines.join('\n');
}
/** The suspects, largest first, each with its package, growth and retainer path (root first). */
function formatHeapDiff(diff) {
    const n = diff.snapshots.length;
    const first = diff.snapshots.at(0);
    const last = diff.snapshots.at(-1);
    // diffGraphs needs an earlier snapshot besides the last: a diff of fewer is not one
    if (!first || !last || n < 2)
        return `${n} snapshot(s): nothing to compare.`;
    const lines = [
        `${n} snapshots (${diff.technique}): heap ${formatBytes(first.totalBytes)} → ${formatBytes(last.totalBytes)}, ` +
            `${diff.newObjects.count} objects (${formatBytes(diff.newObjects.bytes)}) allocated after the first and still alive`
    ];
    if (diff.technique === 'two-snapshot')
        lines.push("Each class counts for its net growth (last − first, in count and size), as DevTools' Comparison view.");
    if (diff.suspects.length === 0) {
        lines.push(`No suspect above the noise threshold (${formatBytes(diff.threshold.bytes)} retained).`);
        return lines.join('\n');
    }
    diff.suspects.forEach((s, k) => {
        lines.push('');
        const pkg = s.package ? `package ${s.package}${s.bumped ? ' (bumped)' : ''}` : 'no package';
        lines.push(`${k + 1}. ${s.name}: ${s.count} new, ${formatBytes(s.bytes)} retained (${formatBytes(s.selfBytes)} self) — ${pkg}`);
        if (s.site)
            lines.push(`   created at ${s.site}`);
        lines.push(`   ${s.className} count per snapshot: ${s.growth.count.join(' → ')}`);
        if (s.retainerPath.length > 0) {
            lines.push('   retainer path:');
            for (const step of readablePath(s.retainerPath))
                lines.push(`     ${step}`);
        }
        else
            lines.push('   not reachable from the GC roots without weak edges');
    });
    return lines.join('\n');
}

// How the CLI shows what memgate is doing, on stderr: on a terminal one status line redrawn in
// place (a log line clears it and prints above), elsewhere one line per event.
/** Whether a stream gets terminal niceties: a TTY, and NO_COLOR (https://no-color.org) unset or empty. */
function isInteractive(stream, env = process.env) {
    return stream.isTTY === true && !env.NO_COLOR;
}
const CLEAR_LINE = '\r\u001b[K';
function createReporter(stream = process.stderr, interactive = isInteractive(stream)) {
    let status = '';
    const columns = () => Math.max(20, (stream.columns ?? 80) - 1);
    const write = (line) => {
        stream.write(interactive ? `${CLEAR_LINE}${line}\n${status}` : `${line}\n`);
    };
    return {
        log: write,
        progress(event) {
            const line = describeSoakEvent(event);
            // Runs starting and going on only update the line; what ends stays in the scrollback.
            if (interactive && (event.kind === 'run-start' || event.kind === 'run-progress' || event.kind === 'install-start')) {
                status = line.length > columns() ? `${line.slice(0, columns() - 1)}…` : line;
                stream.write(`${CLEAR_LINE}${status}`);
            }
            else
                write(line);
        },
        done() {
            if (interactive && status)
                stream.write(CLEAR_LINE);
            status = '';
        }
    };
}

// The CLI's commands. Each returns its exit status; a report's comes from its verdict alone.
async function runCommand(args) {
    const { values } = parse(args, {
        base: { type: 'string' },
        head: { type: 'string' },
        repo: { type: 'string', default: '.' },
        ...OPTION_FLAGS,
        'work-dir': { type: 'string' },
        json: { type: 'boolean', default: false },
        report: { type: 'string' },
        shard: { type: 'string' },
        store: { type: 'string' }
    });
    const options = optionsFrom(values);
    const reporter = createReporter();
    const target = {
        repoDir: path.resolve(values.repo),
        base: required(values.base, '--base'),
        head: required(values.head, '--head'),
        workDir: values['work-dir'],
        store: values.store === undefined ? undefined : path.resolve(values.store),
        probePath: probePath(),
        log: reporter.log,
        progress: reporter.progress
    };
    if (values.shard !== undefined) {
        const spec = parseShardSpec(values.shard);
        // The work directory stays: the shard names head's heap snapshots in it, which `memgate merge` reads.
        const result = await runShard(options, target, spec, { ...(await recordKeyFor(options, target.repoDir)) }).finally(reporter.done);
        if (!result.shard)
            return printReport(result.report, values.json, values.report);
        const { shard } = result;
        if (values.report)
            writeFileNoFollow(values.report, JSON.stringify(shard, null, 2) + '\n');
        const text = `Shard ${spec.index}/${spec.count} of ${shortSha(shard.baseSha)}..${shortSha(shard.headSha)}: ` +
            `${shard.samples.base.runs.length} base and ${shard.samples.head.runs.length} head runs; no verdict until \`memgate merge\` has all ${spec.count}.`;
        print(values.json, shard, text);
        return 0;
    }
    const { report, workDir } = await runPipeline(options, target).finally(reporter.done);
    if (!values['work-dir']) {
        // Snapshots can be 512 MiB each: a temporary directory is not left behind, and the report
        // names no file in it.
        fs.rmSync(workDir, { recursive: true, force: true });
        delete report.snapshots;
        if (report.verdict !== 'skipped')
            log('The work directory was removed; --work-dir DIR keeps the worktrees, samples, logs and heap snapshots.');
    }
    return printReport(report, values.json, values.report);
}
async function mergeCommand(args) {
    const { values, positionals } = parse(args, { json: { type: 'boolean', default: false }, report: { type: 'string' }, 'heap-max-bytes': { type: 'string' } }, true);
    if (positionals.length === 0)
        throw new UsageError('Missing shard files: memgate merge SHARD_FILE…');
    const shards = positionals.map((file) => {
        let text;
        try {
            if (fs.statSync(file).size > MAX_SHARD_BYTES)
                throw new MemgateError(`${file} is larger than ${MAX_SHARD_BYTES} bytes; not a memgate shard`);
            text = fs.readFileSync(file, 'utf8');
        }
        catch (error) {
            if (error instanceof MemgateError)
                throw error;
            throw new MemgateError(`Cannot read shard ${file}: ${error.message}`, 2, { cause: error });
        }
        return parseShard(text, file);
    });
    const merged = mergeShards(shards, positionals);
    const options = optionsFrom({ 'heap-max-bytes': values['heap-max-bytes'] });
    return printReport(await decideShards(merged, options.heapMaxBytes, log), values.json, values.report);
}
function printReport(report, json, reportFile) {
    if (reportFile)
        writeFileNoFollow(reportFile, JSON.stringify(report, null, 2) + '\n');
    // An error is said once, on stderr; its report goes to stdout only as the --json document.
    if (report.verdict === 'error')
        log(`memgate: ${report.reason}${report.detail ? `\n${report.detail}` : ''}`);
    if (json)
        print(true, report, '');
    else if (report.verdict !== 'error')
        print(false, report, renderText(report, { color: isInteractive(process.stdout) }));
    return exitCodeFor(report.verdict);
}
async function bumpsCommand(args) {
    const { values } = parse(args, {
        base: { type: 'string' },
        head: { type: 'string' },
        repo: { type: 'string', default: '.' },
        'working-directory': { type: 'string', default: '.' },
        json: { type: 'boolean', default: false }
    });
    const { baseSha: base, headSha: head, bumps } = await readBumpsBetween({
        repoDir: path.resolve(values.repo),
        base: required(values.base, '--base'),
        head: required(values.head, '--head'),
        workingDirectory: values['working-directory'],
        warn: (line) => log(`memgate: warning: ${line}`)
    });
    const lines = bumps.map(renderBumpLine);
    print(values.json, { format: 'memgate-bumps/1', base, head, bumps }, lines.length ? lines.join('\n') : 'No dependency changes.');
    return 0;
}
async function analyzeCommand(args) {
    const { values } = parse(args, {
        base: { type: 'string' },
        head: { type: 'string' },
        ...STATS_FLAGS,
        json: { type: 'boolean', default: false }
    });
    const base = readSamples(required(values.base, '--base'));
    const head = readSamples(required(values.head, '--head'));
    const stats = analyzeSamples(base, head, optionsFrom(values).stats);
    // No commits and no bumps here: the report says only what the samples tell.
    const report = buildReport({ baseSha: '', headSha: '', bumps: [], baseRuns: base.runs.length, headRuns: head.runs.length, stats });
    return printReport(report, values.json);
}
function readSamples(file) {
    let data;
    try {
        data = JSON.parse(fs.readFileSync(file, 'utf8'));
    }
    catch (error) {
        throw new MemgateError(`Cannot read samples file ${file}: ${error.message}`, 2, { cause: error });
    }
    const samples = data;
    if (samples?.format !== 'memgate-samples/1' || !Array.isArray(samples.runs)) {
        throw new MemgateError(`${file} is not a memgate-samples/1 file (no "format": "memgate-samples/1" with "runs")`);
    }
    return samples;
}
async function heapCommand(args) {
    const [sub, ...rest] = args;
    const { values, positionals } = parse(rest, { json: { type: 'boolean', default: false } }, true);
    const [file] = positionals;
    if (sub === 'summary' && positionals.length === 1 && file !== undefined) {
        const summary = await summarizeSnapshotFile(file);
        print(values.json, { format: 'memgate-heap-summary/1', ...summary }, formatHeapSummary(summary));
        return 0;
    }
    if (sub === 'diff' && positionals.length >= 2) {
        const diff = await diffSnapshotFiles(positionals);
        print(values.json, { format: 'memgate-heap-diff/1', ...diff }, formatHeapDiff(diff));
        return 0;
    }
    throw new UsageError("Expected 'heap summary FILE' or 'heap diff BEFORE AFTER [MORE…]'.");
}
async function demoCommand(args) {
    const { values } = parse(args, {
        clean: { type: 'boolean', default: false },
        ...STATS_FLAGS,
        json: { type: 'boolean', default: false },
        keep: { type: 'boolean', default: false }
    });
    const options = optionsFrom({ ...values, soak: 'node soak.js' });
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'memgate-demo-'));
    try {
        const head = values.clean ? 'clean' : 'leaky';
        log(`Building the demo repository in ${dir} (event-hub 1.0.0 -> 2.0.0 ${head})`);
        const repo = await createDemoRepo(path.join(dir, 'repo'), head);
        const reporter = createReporter();
        const { report } = await runPipeline(options, {
            repoDir: repo.dir,
            base: 'main',
            head: 'bump',
            workDir: path.join(dir, 'work'),
            probePath: probePath(),
            log: reporter.log,
            progress: reporter.progress
        }).finally(reporter.done);
        if (!values.keep)
            delete report.snapshots;
        if (values.keep)
            log(`Kept ${dir} (the repository, and the work directory with the heap snapshots)`);
        return printReport(report, values.json);
    }
    finally {
        if (!values.keep)
            fs.rmSync(dir, { recursive: true, force: true });
    }
}

// A seeded pseudo-random stream (mulberry32): the same seed gives the same numbers on every
// machine, so a permutation test, a benchmark or a generated trace is reproducible. Pure.
/** Numbers in [0, 1) from `seed`. */
function seededRandom(seed) {
    let state = seed >>> 0;
    return () => {
        state = (state + 0x6d2b79f5) >>> 0;
        let t = state;
        t = Math.imul(t ^ (t >>> 15), t | 1);
        t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
        return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
}

// Lasting steps up in a series of commits' growth: binary segmentation with a rank statistic whose
// threshold comes from its exact permutation distribution. Pure: no I/O, no clock.
//
// One value per commit (the median of its runs' growth), never one per run: runs of one commit
// share that machine's and that day's offset, so they are not independent evidence of a change;
// commits measured on different days are, when nothing changed, exchangeable. Under that null the
// ranks of the values are a uniformly random permutation, so the largest standardized
// Mann–Whitney statistic over every split has one distribution for each length n, whatever the
// noise's shape: it is simulated once per n (seeded, so the same input gives the same answer) and
// a split is taken when its p-value is at most `alpha`. With nothing changed the first test is the
// only one that can alarm, so one look at a series of any length alarms with probability alpha;
// the action looks once per commit, so at alpha = 0.001 it raises at most one false alarm per
// 1,000 commits on average (bench/trend.ts measures it on recorded traces).
//
// The split search is two-sided, so that a fix splits the series as well as a leak does; only
// steps up of at least `minimumStep` are reported. Every segment holds at least `minSegment`
// commits, and a series shorter than `minPoints` is never tested.
const defaultTrendOptions = {
    alpha: 0.001,
    minSegment: 3,
    minPoints: 10,
    minimumStep: 4,
    permutations: 20_000
};
/** The largest |Z| over the splits of ranks (1-based, mid-ranks for ties) and where it is. */
function bestSplit(ranks, minSegment) {
    const n = ranks.length;
    let after = 0;
    for (let i = 0; i < n; i++)
        after += ranks[i];
    let best = { index: -1, z: 0 };
    // `after` is the rank sum of ranks[k..n): move one element at a time into the part before.
    for (let k = 1; k <= n - minSegment; k++) {
        after -= ranks[k - 1];
        if (k < minSegment)
            continue;
        const n2 = n - k;
        const z = (after - (n2 * (n + 1)) / 2) / Math.sqrt((k * n2 * (n + 1)) / 12);
        if (Math.abs(z) > Math.abs(best.z))
            best = { index: k, z };
    }
    return best;
}
const nullCache = new Map();
/** The sorted maxima of |Z| over random permutations of 1..n: the statistic's null distribution at length n. */
function nullDistribution(n, minSegment, permutations) {
    const id = `${n}|${minSegment}|${permutations}`;
    const cached = nullCache.get(id);
    if (cached)
        return cached;
    const rnd = seededRandom(0x9e3779b9 ^ (n * 7919 + minSegment));
    const ranks = new Float64Array(n);
    for (let i = 0; i < n; i++)
        ranks[i] = i + 1;
    // The same loop as bestSplit's, without allocations: it runs permutations × n times per length.
    const scale = new Float64Array(n);
    for (let k = minSegment; k <= n - minSegment; k++)
        scale[k] = 1 / Math.sqrt((k * (n - k) * (n + 1)) / 12);
    const total = (n * (n + 1)) / 2;
    const maxima = new Float64Array(permutations);
    for (let p = 0; p < permutations; p++) {
        for (let i = n - 1; i > 0; i--) {
            const j = Math.floor(rnd() * (i + 1));
            const t = ranks[i];
            ranks[i] = ranks[j];
            ranks[j] = t;
        }
        let after = total;
        let max = 0;
        for (let k = 1; k <= n - minSegment; k++) {
            after -= ranks[k - 1];
            if (k < minSegment)
                continue;
            const z = Math.abs((after - ((n - k) * (n + 1)) / 2) * scale[k]);
            if (z > max)
                max = z;
        }
        maxima[p] = max;
    }
    maxima.sort();
    nullCache.set(id, maxima);
    return maxima;
}
/** Mid-ranks (1-based), ties sharing their mean rank. */
function rank(values) {
    const order = values.map((_, i) => i).sort((a, b) => values[a] - values[b]);
    const ranks = new Float64Array(values.length);
    for (let i = 0; i < order.length;) {
        let j = i;
        while (j + 1 < order.length && values[order[j + 1]] === values[order[i]])
            j++;
        for (let k = i; k <= j; k++)
            ranks[order[k]] = (i + j) / 2 + 1;
        i = j + 1;
    }
    return ranks;
}
function absoluteDeviation(values) {
    const m = medianOf(values);
    let sum = 0;
    for (const v of values)
        sum += Math.abs(v - m);
    return sum;
}
/**
 * Where the change is: the split whose two segments fit their medians best (least absolute
 * deviation). Ranks say whether there is a change but not exactly where: a high value just before
 * a step raises the rank statistic of the split one commit early.
 */
function placeSplit(values, minSegment) {
    let best = { index: -1, cost: Number.POSITIVE_INFINITY };
    for (let k = minSegment; k <= values.length - minSegment; k++) {
        const cost = absoluteDeviation(values.slice(0, k)) + absoluteDeviation(values.slice(k));
        if (cost < best.cost)
            best = { index: k, cost };
    }
    return best.index;
}
/** Share of the null maxima at least `z` (with the observed one counted in: never 0). */
function pValueOf(z, maxima) {
    let lo = 0;
    let hi = maxima.length;
    while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (maxima[mid] < z)
            lo = mid + 1;
        else
            hi = mid;
    }
    return (maxima.length - lo + 1) / (maxima.length + 1);
}
/**
 * The change points of `values` (oldest first), up or down, as indices where a new segment starts,
 * ascending. Empty for fewer than `minPoints` values or non-finite ones.
 */
function findSplits(values, options = {}) {
    const o = { ...defaultTrendOptions, ...options };
    if (values.length < o.minPoints || !values.every(Number.isFinite))
        return [];
    const splits = [];
    const visit = (start, end) => {
        const n = end - start;
        if (n < 2 * o.minSegment)
            return;
        const segment = values.slice(start, end);
        const { index: found, z } = bestSplit(rank(segment), o.minSegment);
        if (found < 0)
            return;
        const pValue = pValueOf(Math.abs(z), nullDistribution(n, o.minSegment, o.permutations));
        if (pValue > o.alpha)
            return;
        const index = placeSplit(segment, o.minSegment);
        splits.push({ index: start + index, pValue });
        visit(start, start + index);
        visit(start + index, end);
    };
    visit(0, values.length);
    return splits.sort((a, b) => a.index - b.index);
}
function medianOf(values) {
    const sorted = [...values].sort((a, b) => a - b);
    const mid = sorted.length >> 1;
    return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}
/**
 * The lasting steps up among the points (oldest first): each split whose segment after it sits at
 * least `minimumStep` above the segment before it (medians), with the bumps between the two
 * commits. A fix (a step down) is never reported.
 */
function findSteps(points, options = {}) {
    const o = { ...defaultTrendOptions, ...options };
    const values = points.map((p) => p.estimate);
    const splits = findSplits(values, o);
    const bounds = [0, ...splits.map((s) => s.index), values.length];
    const changes = [];
    splits.forEach((split, i) => {
        const before = medianOf(values.slice(bounds[i], bounds[i + 1]));
        const after = medianOf(values.slice(bounds[i + 1], bounds[i + 2]));
        if (after - before < o.minimumStep)
            return;
        const point = points[split.index];
        changes.push({
            commit: point.commit,
            lastBefore: points[split.index - 1].commit,
            before: { estimate: before },
            after: { estimate: after },
            pValue: split.pValue,
            bumps: point.bumps,
            index: split.index
        });
    });
    return changes;
}
/** A series of the document: its points oldest first, and its steps up. */
function buildSeries(key, unit, points, options = {}) {
    return { key, unit, points, changes: findSteps(points, options).map(({ index: _, ...change }) => change) };
}

// The trend of a ref: the store's records along its first-parent history, per series, with the
// bumps between consecutive points and the steps up among them (memgate-trend/1). I/O: git and the
// store; the detection itself is trend.ts.
/** The default window: the last 100 commits, as the page shows. */
const DEFAULT_LAST = 100;
/**
 * Reads the trend of `ref`. Commits without a record are skipped; records of commits outside the
 * history are not read as points; a series is listed when it has a point, newest series first.
 */
async function readTrend(options) {
    const { git } = options;
    const ref = await git.resolve(options.ref);
    const history = (await git.firstParents(ref, options.last)).reverse();
    const position = new Map(history.map((sha, i) => [sha, i]));
    const listing = listRecords(options.storeDir);
    for (const reason of listing.skipped)
        options.warn(reason);
    const bySeries = new Map();
    for (const { record } of listing.records) {
        const at = position.get(record.commit);
        if (at === undefined || !record.growth)
            continue;
        const id = seriesId(record.key);
        const list = bySeries.get(id) ?? [];
        // One record per commit and series; a second copy elsewhere in the store is the same commit again.
        if (!list.some((r) => r.record.commit === record.commit))
            list.push({ record, growth: record.growth, at });
        bySeries.set(id, list);
    }
    const series = [];
    for (const records of bySeries.values()) {
        records.sort((a, b) => a.at - b.at);
        const points = [];
        let previous;
        for (const { record, growth } of records) {
            const bumps = previous ? await bumpsBetween(git, previous.commit, record.commit, record.key.workingDirectory, options.warn) : [];
            points.push({
                commit: record.commit,
                estimate: growth.estimate,
                low: growth.low,
                high: growth.high,
                runs: record.samples.runs.length,
                bumps,
                ...(record.suspects?.length ? { suspects: record.suspects } : {})
            });
            previous = record;
        }
        const [first] = records;
        if (first && previous)
            series.push({
                newest: records[records.length - 1]?.at ?? 0,
                value: buildSeries(first.record.key, first.record.unit, points, options.trend)
            });
    }
    series.sort((a, b) => b.newest - a.newest);
    return { format: 'memgate-trend/1', ref, series: series.map((s) => s.value) };
}
async function bumpsBetween(git, base, head, workingDirectory, warn) {
    try {
        return await readBumps(git, base, head, { workingDirectory, warn });
    }
    catch (error) {
        // A lockfile memgate cannot read costs the names of the bumps, not the trend.
        warn(`bumps between ${shortSha(base)} and ${shortSha(head)} unknown: ${error.message}`);
        return [];
    }
}

// The store's page: main's growth per commit as plain HTML with an inline SVG chart (no script, no
// external resource, ready for GitHub Pages). Pure: a memgate-trend/1 in, the page's text out.
// Bump names come from lockfiles, which anyone could have written: every text is escaped.
const W = 900;
const H = 320;
const PAD = { left: 70, right: 20, top: 20, bottom: 40 };
// A URL memgate built (the server, the repository, a SHA) as an attribute: quoted, never neutralized.
const attribute = (text) => text.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);
const num$1 = (value) => Math.abs(value) >= 100 ? value.toFixed(0) : Math.abs(value) >= 10 ? value.toFixed(1) : value.toFixed(2);
const bumpText = (b) => `${b.name} ${b.from ?? '(none)'} → ${b.to ?? '(none)'}`;
/** A round step for about five ticks over the span. */
function tickStep(span) {
    const raw = span / 5;
    const power = 10 ** Math.floor(Math.log10(raw));
    return [1, 2, 5, 10].map((m) => m * power).find((s) => s >= raw) ?? raw;
}
function chart(series) {
    const points = series.points.slice(-100);
    if (points.length === 0)
        return '<p>No records.</p>';
    const lows = points.map((p) => p.low);
    const highs = points.map((p) => p.high);
    let min = Math.min(0, ...lows);
    let max = Math.max(...highs);
    if (max - min < 1e-9)
        max = min + 1;
    const step = tickStep(max - min);
    min = Math.floor(min / step) * step;
    max = Math.ceil(max / step) * step;
    const x = (i) => PAD.left + (points.length === 1 ? 0.5 : i / (points.length - 1)) * (W - PAD.left - PAD.right);
    const y = (v) => PAD.top + (1 - (v - min) / (max - min)) * (H - PAD.top - PAD.bottom);
    const parts = [];
    for (let v = min; v <= max + step / 2; v += step) {
        parts.push(`<line x1="${PAD.left}" x2="${W - PAD.right}" y1="${y(v).toFixed(1)}" y2="${y(v).toFixed(1)}" stroke="#e5e7eb"/>`, `<text x="${PAD.left - 6}" y="${(y(v) + 4).toFixed(1)}" text-anchor="end" font-size="11">${num$1(v)}</text>`);
    }
    const index = new Map(points.map((p, i) => [p.commit, i]));
    for (const change of series.changes) {
        const i = index.get(change.commit);
        if (i === undefined)
            continue;
        const start = Math.max(0, (index.get(change.lastBefore) ?? i - 1) + 0.5);
        const xs = x(Math.min(start, points.length - 1));
        parts.push(`<line x1="${xs.toFixed(1)}" x2="${xs.toFixed(1)}" y1="${PAD.top}" y2="${H - PAD.bottom}" stroke="#dc2626" stroke-dasharray="4 3"><title>step up at ${shortSha(change.commit)}: ${num$1(change.before.estimate)} → ${num$1(change.after.estimate)}</title></line>`);
    }
    const line = points.map((p, i) => `${x(i).toFixed(1)},${y(p.estimate).toFixed(1)}`).join(' ');
    parts.push(`<polyline points="${line}" fill="none" stroke="#2563eb" stroke-width="1.5"/>`);
    points.forEach((p, i) => {
        const bumped = p.bumps.length > 0;
        const title = escapeHtml(`${shortSha(p.commit)}: ${num$1(p.estimate)} ${series.unit} (${num$1(p.low)} to ${num$1(p.high)}, ${p.runs} runs)${bumped ? `; bumps: ${p.bumps.map(bumpText).join(', ')}` : ''}`);
        parts.push(`<line x1="${x(i).toFixed(1)}" x2="${x(i).toFixed(1)}" y1="${y(p.low).toFixed(1)}" y2="${y(p.high).toFixed(1)}" stroke="#93c5fd"/>`, `<circle cx="${x(i).toFixed(1)}" cy="${y(p.estimate).toFixed(1)}" r="${bumped ? 4.5 : 2.5}" fill="${bumped ? '#f59e0b' : '#2563eb'}"><title>${title}</title></circle>`);
    });
    parts.push(`<text x="${PAD.left}" y="${H - 12}" font-size="11">${shortSha(points[0]?.commit ?? '')}</text>`, `<text x="${W - PAD.right}" y="${H - 12}" font-size="11" text-anchor="end">${shortSha(points[points.length - 1]?.commit ?? '')}</text>`, `<text x="14" y="${H / 2}" font-size="11" transform="rotate(-90 14 ${H / 2})" text-anchor="middle">${escapeHtml(series.unit)}</text>`);
    return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${W} ${H}" width="${W}" height="${H}" role="img" aria-label="growth per commit">${parts.join('')}</svg>`;
}
function seriesSection(series, commitUrl) {
    const link = (sha) => {
        const url = commitUrl(sha);
        return url ? `<a href="${attribute(url)}"><code>${shortSha(sha)}</code></a>` : `<code>${shortSha(sha)}</code>`;
    };
    const k = series.key;
    const shown = series.points.slice(-100);
    const changes = series.changes.length
        ? `<h3>Steps up</h3><table><tr><th>new level from</th><th>last before</th><th>before</th><th>after</th><th>p</th><th>bumps in between</th></tr>${series.changes
            .map((c) => `<tr><td>${link(c.commit)}</td><td>${link(c.lastBefore)}</td><td>${num$1(c.before.estimate)}</td><td>${num$1(c.after.estimate)}</td><td>${c.pValue.toPrecision(2)}</td><td>${c.bumps.length ? escapeHtml(c.bumps.map(bumpText).join(', ')) : 'none'}</td></tr>`)
            .join('')}</table>`
        : '<p>No lasting step up.</p>';
    const last = shown[shown.length - 1];
    const latest = last
        ? `<p>Latest: ${link(last.commit)}, ${num$1(last.estimate)} ${escapeHtml(series.unit)} (runs from ${num$1(last.low)} to ${num$1(last.high)}, ${last.runs} runs).</p>`
        : '';
    const bumped = shown.filter((p) => p.bumps.length);
    const bumps = bumped.length
        ? `<h3>Commits that bumped dependencies</h3><ul>${bumped.map((p) => `<li>${link(p.commit)}: ${escapeHtml(p.bumps.map(bumpText).join(', '))}</li>`).join('')}</ul>`
        : '';
    return `<section><h2><code>${escapeHtml(k.soak)}</code> on ${escapeHtml(k.os)} ${escapeHtml(k.arch)}, Node.js ${escapeHtml(k.node)}${k.workingDirectory !== '.' ? ` in <code>${escapeHtml(k.workingDirectory)}</code>` : ''}</h2><p>Growth of the post-GC heap per commit (median of the runs, bar: smallest to largest run) over the last ${shown.length} commits with a record; orange: the commit bumped dependencies; red: a lasting step up.</p>${latest}${chart(series)}${changes}${bumps}</section>`;
}
/**
 * The page of a trend. `commitUrl` links a commit (e.g. to GitHub); null leaves it plain.
 * Never loads anything: no script, no stylesheet, no image outside the page.
 */
function renderPage(trend, options) {
    const commitUrl = options.commitUrl ?? (() => null);
    const body = trend.series.length
        ? trend.series.map((s) => seriesSection(s, commitUrl)).join('\n')
        : '<p>No records along this history yet.</p>';
    return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>${escapeHtml(options.title)}</title>
<style>body{font-family:system-ui,sans-serif;margin:2rem;max-width:960px;color:#111}table{border-collapse:collapse}td,th{border:1px solid #ddd;padding:4px 8px;text-align:left}svg{max-width:100%;height:auto}</style>
</head><body><h1>${escapeHtml(options.title)}</h1><p>memgate's record of ${shortSha(trend.ref)} and its first-parent history.</p>
${body}
</body></html>
`;
}

// `memgate record` and `memgate trend`: the memory record of main from the command line.
const num = (value) => Math.abs(value) >= 100 ? value.toFixed(0) : Math.abs(value) >= 10 ? value.toFixed(1) : value.toFixed(2);
function positiveInteger(value, flag) {
    if (value === undefined)
        return undefined;
    const n = Number(value);
    if (!Number.isInteger(n) || n < 1)
        throw new MemgateError(`${flag} must be a whole number of at least 1, not '${value}'`);
    return n;
}
async function recordCommand(args) {
    const { values } = parse(args, {
        commit: { type: 'string' },
        store: { type: 'string' },
        repo: { type: 'string', default: '.' },
        ...OPTION_FLAGS,
        keep: { type: 'string' },
        'work-dir': { type: 'string' },
        json: { type: 'boolean', default: false }
    });
    const options = optionsFrom(values);
    const result = await recordCommit({
        options,
        git: await createGit(path.resolve(values.repo)),
        ref: required(values.commit, '--commit'),
        storeDir: path.resolve(required(values.store, '--store')),
        keep: positiveInteger(values.keep, '--keep'),
        workDir: values['work-dir'] && path.resolve(values['work-dir']),
        probePath: probePath(),
        secrets: [],
        log
    });
    const { record } = result;
    const growth = record.growth ?? { estimate: Number.NaN, low: Number.NaN, high: Number.NaN };
    for (const old of result.removed)
        log(`Removed ${path.relative(process.cwd(), old.file)} (more than --keep records in its series)`);
    const text = result.outcome === 'kept'
        ? `The store already holds a record of ${shortSha(record.commit)} in this series (${result.file}); it stands.`
        : `Recorded ${shortSha(record.commit)}: ${num(growth.estimate)} ${record.unit} (runs from ${num(growth.low)} to ${num(growth.high)}, ${record.samples.runs.length} runs) in ${result.file} (${(result.wallMs / 1000).toFixed(1)} s)`;
    print(values.json, record, text);
    return 0;
}
function renderTrendText(trend) {
    if (trend.series.length === 0)
        return `No records along the history of ${shortSha(trend.ref)}.`;
    return trend.series
        .map((s) => {
        const last = s.points.at(-1);
        if (!last)
            return `${s.key.soak}: no commit with a record`;
        const head = `${s.key.soak} (${s.key.os} ${s.key.arch}, Node.js ${s.key.node}, ${s.key.workingDirectory}): ${s.points.length} commits with a record, latest ${shortSha(last.commit)} ${num(last.estimate)} ${s.unit}`;
        const changes = s.changes.length
            ? s.changes.map((c) => `  step up at ${shortSha(c.commit)} (after ${shortSha(c.lastBefore)}): ${num(c.before.estimate)} -> ${num(c.after.estimate)} ${s.unit}, p = ${c.pValue.toPrecision(2)}; bumps: ${c.bumps.length ? c.bumps.map((b) => `${b.name} ${b.from ?? '(none)'} -> ${b.to ?? '(none)'}`).join(', ') : 'none'}`)
            : ['  no lasting step up'];
        return [head, ...changes].join('\n');
    })
        .join('\n');
}
async function trendCommand(args) {
    const { values } = parse(args, {
        store: { type: 'string' },
        repo: { type: 'string', default: '.' },
        ref: { type: 'string', default: 'HEAD' },
        last: { type: 'string' },
        page: { type: 'string' },
        json: { type: 'boolean', default: false }
    });
    const trend = await readTrend({
        git: await createGit(path.resolve(values.repo)),
        storeDir: path.resolve(required(values.store, '--store')),
        ref: values.ref,
        last: positiveInteger(values.last, '--last') ?? DEFAULT_LAST,
        warn: (line) => log(`memgate: warning: ${line}`)
    });
    if (values.page)
        fs.writeFileSync(values.page, renderPage(trend, { title: 'memgate: memory record' }));
    print(values.json, trend, renderTrendText(trend));
    return trend.series.some((s) => s.changes.length > 0) ? 1 : 0;
}

// The `memgate` command: parse argv into the same options as the action's inputs and call the same
// pipeline. Logs go to stderr; with --json, stdout carries one JSON document and nothing else, and
// an outcome that is an error is a memgate-report/1 with verdict `error` too.
const COMMANDS = {
    run: runCommand,
    merge: mergeCommand,
    bumps: bumpsCommand,
    analyze: analyzeCommand,
    heap: heapCommand,
    demo: demoCommand,
    bisect: bisectCommand,
    record: recordCommand,
    trend: trendCommand
};
async function main(argv) {
    const [command, ...rest] = argv;
    if (command === '--version' || command === '-V' || command === 'version') {
        process.stdout.write(`memgate ${MEMGATE_VERSION}\n`);
        return 0;
    }
    if (command === undefined || command === 'help' || command === '--help' || command === '-h') {
        const topic = command === 'help' && rest[0] ? findCommandHelp(rest[0]) : undefined;
        process.stdout.write(`${topic ? renderCommandHelp(topic) : renderOverview()}\n`);
        return command === undefined ? 2 : 0;
    }
    const handler = COMMANDS[command];
    if (!handler) {
        const guess = nearest(command, Object.keys(COMMANDS));
        throw new MemgateError(`Unknown command '${command}'${guess ? `: did you mean '${guess}'?` : '.'} See 'memgate --help'.`);
    }
    // Flags before `--` only: after it, `--help` is a value.
    const flags = rest.includes('--') ? rest.slice(0, rest.indexOf('--')) : rest;
    const help = findCommandHelp(command);
    if (help && (flags.includes('--help') || flags.includes('-h'))) {
        process.stdout.write(`${renderCommandHelp(help)}\n`);
        return 0;
    }
    try {
        return await handler(rest);
    }
    catch (error) {
        if (error instanceof UsageError)
            throw new MemgateError(`${error.reason} See 'memgate ${command} --help'.`, 2, { cause: error });
        throw error;
    }
}
// Every command has its help: a command added above without a row in cli/help.ts is a bug.
for (const name of Object.keys(COMMANDS))
    if (!COMMAND_HELP.some((c) => c.name === name))
        throw new Error(`memgate ${name} has no help`);
const argv = process.argv.slice(2);
try {
    process.exitCode = await main(argv);
}
catch (error) {
    if (!(error instanceof MemgateError))
        throw error;
    process.stderr.write(`memgate: ${error.reason}\n${error.detail ? `${error.detail}\n` : ''}`);
    if (argv.includes('--json')) {
        const report = reportOfError(error);
        process.stdout.write(JSON.stringify(report, null, 2) + '\n');
        process.exitCode = exitCodeFor(report.verdict);
    }
    else {
        process.exitCode = error.exitCode;
    }
}

export { main };
