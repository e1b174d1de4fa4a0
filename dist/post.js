import * as os from 'os';
import os__default from 'os';
import 'crypto';
import * as fs from 'fs';
import { promises } from 'fs';
import 'path';
import 'string_decoder';
import 'events';
import 'child_process';
import 'assert';
import 'timers';

// We use any as a valid input type
/* eslint-disable @typescript-eslint/no-explicit-any */
/**
 * Sanitizes an input into a string so it can be passed into issueCommand safely
 * @param input input to sanitize into a string
 */
function toCommandValue(input) {
    if (input === null || input === undefined) {
        return '';
    }
    else if (typeof input === 'string' || input instanceof String) {
        return input;
    }
    return JSON.stringify(input);
}
/**
 *
 * @param annotationProperties
 * @returns The command properties to send with the actual annotation command
 * See IssueCommandProperties: https://github.com/actions/runner/blob/main/src/Runner.Worker/ActionCommandManager.cs#L646
 */
function toCommandProperties(annotationProperties) {
    if (!Object.keys(annotationProperties).length) {
        return {};
    }
    return {
        title: annotationProperties.title,
        file: annotationProperties.file,
        line: annotationProperties.startLine,
        endLine: annotationProperties.endLine,
        col: annotationProperties.startColumn,
        endColumn: annotationProperties.endColumn
    };
}

/**
 * Issues a command to the GitHub Actions runner
 *
 * @param command - The command name to issue
 * @param properties - Additional properties for the command (key-value pairs)
 * @param message - The message to include with the command
 * @remarks
 * This function outputs a specially formatted string to stdout that the Actions
 * runner interprets as a command. These commands can control workflow behavior,
 * set outputs, create annotations, mask values, and more.
 *
 * Command Format:
 *   ::name key=value,key=value::message
 *
 * @example
 * ```typescript
 * // Issue a warning annotation
 * issueCommand('warning', {}, 'This is a warning message');
 * // Output: ::warning::This is a warning message
 *
 * // Set an environment variable
 * issueCommand('set-env', { name: 'MY_VAR' }, 'some value');
 * // Output: ::set-env name=MY_VAR::some value
 *
 * // Add a secret mask
 * issueCommand('add-mask', {}, 'secretValue123');
 * // Output: ::add-mask::secretValue123
 * ```
 *
 * @internal
 * This is an internal utility function that powers the public API functions
 * such as setSecret, warning, error, and exportVariable.
 */
function issueCommand(command, properties, message) {
    const cmd = new Command(command, properties, message);
    process.stdout.write(cmd.toString() + os.EOL);
}
const CMD_STRING = '::';
class Command {
    constructor(command, properties, message) {
        if (!command) {
            command = 'missing.command';
        }
        this.command = command;
        this.properties = properties;
        this.message = message;
    }
    toString() {
        let cmdStr = CMD_STRING + this.command;
        if (this.properties && Object.keys(this.properties).length > 0) {
            cmdStr += ' ';
            let first = true;
            for (const key in this.properties) {
                if (this.properties.hasOwnProperty(key)) {
                    const val = this.properties[key];
                    if (val) {
                        if (first) {
                            first = false;
                        }
                        else {
                            cmdStr += ',';
                        }
                        cmdStr += `${key}=${escapeProperty(val)}`;
                    }
                }
            }
        }
        cmdStr += `${CMD_STRING}${escapeData(this.message)}`;
        return cmdStr;
    }
}
function escapeData(s) {
    return toCommandValue(s)
        .replace(/%/g, '%25')
        .replace(/\r/g, '%0D')
        .replace(/\n/g, '%0A');
}
function escapeProperty(s) {
    return toCommandValue(s)
        .replace(/%/g, '%25')
        .replace(/\r/g, '%0D')
        .replace(/\n/g, '%0A')
        .replace(/:/g, '%3A')
        .replace(/,/g, '%2C');
}

(undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};

(undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};
const { access, appendFile, writeFile } = promises;

(undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};
const { chmod, copyFile, lstat, mkdir, open, readdir, rename, rm, rmdir, stat, symlink, unlink } = fs.promises;
// export const {open} = 'fs'
process.platform === 'win32';
fs.constants.O_RDONLY;

(undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};

(undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};
/* eslint-disable @typescript-eslint/unbound-method */
process.platform === 'win32';

(undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};

(undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};
os__default.platform();
os__default.arch();

(undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};
/**
 * The code to exit an action
 */
var ExitCode;
(function (ExitCode) {
    /**
     * A code indicating that the action was successful
     */
    ExitCode[ExitCode["Success"] = 0] = "Success";
    /**
     * A code indicating that the action was a failure
     */
    ExitCode[ExitCode["Failure"] = 1] = "Failure";
})(ExitCode || (ExitCode = {}));
/**
 * Gets the value of an input.
 * Unless trimWhitespace is set to false in InputOptions, the value is also trimmed.
 * Returns an empty string if the value is not defined.
 *
 * @param     name     name of the input to get
 * @param     options  optional. See InputOptions.
 * @returns   string
 */
function getInput(name, options) {
    const val = process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] || '';
    return val.trim();
}
/**
 * Adds a warning issue
 * @param message warning issue message. Errors will be converted to string via toString()
 * @param properties optional properties to add to the annotation.
 */
function warning(message, properties = {}) {
    issueCommand('warning', toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
/**
 * Writes info to log with console.log.
 * @param message info message
 */
function info(message) {
    process.stdout.write(message + os.EOL);
}
/**
 * Gets the value of an state set by this action's main execution.
 *
 * @param     name     name of the state to get
 * @returns   string
 */
function getState(name) {
    return process.env[`STATE_${name}`] || '';
}

// What the post step needs of GitHub's REST API without Octokit and its HTTP stack (about 1 MB
// of bundle that the post: step would load to send one request): Node's own fetch, GITHUB_API_URL
// and the token, and errors that carry their HTTP status as Octokit's do.
/** The HTTP status of an Octokit or `request` error, if it has one. */
function httpStatus(error) {
    const status = error?.status;
    return typeof status === 'number' ? status : undefined;
}
/** GitHub answered with a status that is not a success. */
class HttpError extends Error {
    status;
    constructor(status, route) {
        super(`${route}: HTTP ${status}`);
        this.status = status;
    }
}
/** Tries of one request answered 5xx or not at all, as the Octokit client's retry plugin does. */
const TRIES = 3;
/** A request GitHub has not answered in this long is abandoned (ms). */
const REQUEST_TIMEOUT = 30_000;
/**
 * One JSON request to GitHub's REST API at GITHUB_API_URL (GitHub Enterprise, a test's loopback
 * server) as getOctokit sends it: `token` authorization, GitHub's media type, a user agent.
 */
async function request(token, method, route, body) {
    const base = (process.env.GITHUB_API_URL || 'https://api.github.com').replace(/\/+$/, '');
    let last;
    for (let attempt = 1; attempt <= TRIES; attempt++) {
        if (attempt > 1)
            await new Promise((resolve) => setTimeout(resolve, 1000 * (attempt - 1)));
        let response;
        try {
            response = await fetch(`${base}${route}`, {
                method,
                headers: {
                    accept: 'application/vnd.github+json',
                    'content-type': 'application/json; charset=utf-8',
                    'user-agent': 'memgate',
                    'x-github-api-version': '2022-11-28',
                    ...(token ? { authorization: `token ${token}` } : {})
                },
                body: JSON.stringify(body),
                signal: AbortSignal.timeout(REQUEST_TIMEOUT)
            });
        }
        catch (error) {
            last = error;
            continue;
        }
        const text = await response.text();
        if (response.ok)
            return text ? JSON.parse(text) : null;
        last = new HttpError(response.status, `${method} ${route}`);
        if (response.status < 500)
            break;
    }
    throw last;
}

// The secret values memgate holds (the token, the credentials the workflow hands it, registry
// tokens it reads), so that nothing it writes where people read (a comment, a commit status, the
// job summary) carries one: GitHub masks them in logs, not in comments. An error's reason may quote
// a URL or a response that holds one.
const values = new Set();
const REDACTED = '***';
/** `text` with every secret memgate holds replaced by `***`, longest first. Pure but for the registry. */
function redactSecrets(text) {
    if (values.size === 0)
        return text;
    let out = text;
    for (const secret of [...values].sort((a, b) => b.length - a.length))
        if (out.includes(secret))
            out = out.split(secret).join(REDACTED);
    return out;
}

// Commit statuses: the required check a maintainer makes mandatory in branch protection.
/** GitHub rejects longer descriptions. */
const MAX_DESCRIPTION = 140;
/** The body of GitHub's create-a-commit-status request. */
function statusBody(status) {
    const text = redactSecrets(status.description);
    const description = text.length > MAX_DESCRIPTION ? `${text.slice(0, MAX_DESCRIPTION - 1)}…` : text;
    return { state: status.state, context: status.context, description, ...(status.targetUrl ? { target_url: status.targetUrl } : {}) };
}
/**
 * setCommitStatus without Octokit, for the post step: the same request through Node's fetch. The
 * owner, repository and SHA are checked by the caller (the post step's saved state).
 */
async function sendCommitStatus(token, where, status) {
    const route = `/repos/${encodeURIComponent(where.owner)}/${encodeURIComponent(where.repo)}/statuses/${encodeURIComponent(where.sha)}`;
    await request(token, 'POST', route, statusBody(status));
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

// The action's `post:` step and every piece of state the main step saves for it (as checkout's
// state-helper.ts): today one, the pending commit status a killed step would leave behind.
/** core.saveState key of the pending status the post step must finish. */
const PENDING_STATE = 'memgate-pending-status';
// GitHub's rules for an owner (39 characters, no leading hyphen) and a repository name (100).
const OWNER = /^[A-Za-z0-9][A-Za-z0-9-]{0,38}$/;
const REPO = /^[A-Za-z0-9._-]{1,100}$/;
// A status context as the input takes it: printable, one line, GitHub's 255 characters.
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what it looks for
const CONTEXT = /^[^\u0000-\u001f\u007f]{1,255}$/;
/**
 * The pending status the main step saved, or a one-line reason it is not one this job may end: the
 * state file is the runner's, and a process of the job that could write to it (the soak, were it
 * given GITHUB_STATE; a workflow command in the log) must not choose where the post step writes.
 * It must name this workflow's repository, a 40-hex SHA, and for a target URL a run of that
 * repository. Pure.
 */
function checkPendingState(saved, env) {
    let data;
    try {
        data = JSON.parse(saved);
    }
    catch {
        return 'it is not JSON';
    }
    const w = data;
    if (!w || typeof w !== 'object' || Array.isArray(w))
        return 'it is not an object';
    if (typeof w.owner !== 'string' || !OWNER.test(w.owner) || typeof w.repo !== 'string' || !REPO.test(w.repo))
        return 'it names no owner/repository';
    const repository = `${w.owner}/${w.repo}`;
    if (!env.repository || repository.toLowerCase() !== env.repository.toLowerCase())
        return `it names ${repository}, not this workflow's ${env.repository ?? '(unknown)'}`;
    if (typeof w.sha !== 'string' || !FULL_SHA.test(w.sha))
        return 'its SHA is not 40 hex characters';
    const where = { owner: w.owner, repo: w.repo, sha: w.sha };
    if (w.targetUrl !== undefined) {
        const runs = `${(env.serverUrl ?? 'https://github.com').replace(/\/$/, '')}/${repository}/actions/runs/`;
        if (typeof w.targetUrl !== 'string' || !w.targetUrl.toLowerCase().startsWith(runs.toLowerCase()) || !/^[\w./:-]+$/.test(w.targetUrl)) {
            return 'its target URL is not a run of this repository';
        }
        where.targetUrl = w.targetUrl;
    }
    return where;
}
/** The post step: turns a pending status the main step left behind into an error. */
async function finishLeftPending() {
    const saved = getState(PENDING_STATE);
    if (!saved)
        return;
    const checked = checkPendingState(saved, { repository: process.env.GITHUB_REPOSITORY, serverUrl: process.env.GITHUB_SERVER_URL });
    if (typeof checked === 'string') {
        warning(`The saved pending status was not left by memgate's main step (${checked}); nothing was written.`);
        return;
    }
    const where = checked;
    const context = getInput('status-context') || 'memgate';
    if (!CONTEXT.test(context)) {
        warning('The status-context input is not one line of up to 255 printable characters; nothing was written.');
        return;
    }
    try {
        await sendCommitStatus(getInput('github-token'), where, {
            state: 'error',
            context,
            description: 'memgate did not finish (cancelled, crashed or timed out); see the workflow run',
            targetUrl: where.targetUrl
        });
        info(`The pending ${context} status on ${shortSha(where.sha)} is now an error.`);
    }
    catch (error) {
        warning(`Could not end the pending ${context} status on ${shortSha(where.sha)} (HTTP ${httpStatus(error) ?? '?'}).`);
    }
}

// The action's `post:` step, run by the Actions runner as dist/post.js after the job's steps.
await finishLeftPending();
