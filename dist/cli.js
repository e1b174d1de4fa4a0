#!/usr/bin/env node
import * as fs$1 from 'node:fs';
import * as os$1 from 'node:os';
import * as path$1 from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { spawn } from 'node:child_process';
import { StringDecoder } from 'string_decoder';
import * as os from 'os';
import * as events from 'events';
import * as child from 'child_process';
import * as path from 'path';
import 'assert';
import * as fs from 'fs';
import { setTimeout as setTimeout$1 } from 'timers';

/** The dependency changes between two commits. Throws MemgateError on a malformed lockfile. */
async function readBumps(git, base, head, options = {}) {
    throw new Error('readBumps: not implemented yet');
}

/**
 * The one error class memgate throws on purpose. `reason` is the sentence a maintainer reads in the
 * PR comment or on stderr; `exitCode` is the CLI's exit status (2 error, 3 inconclusive).
 */
class MemgateError extends Error {
    reason;
    exitCode;
    constructor(reason, exitCode = 2, options) {
        super(reason, options);
        this.reason = reason;
        this.exitCode = exitCode;
        this.name = 'MemgateError';
    }
}

var __awaiter$3 = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
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
const IS_WINDOWS$1 = process.platform === 'win32';
fs.constants.O_RDONLY;
function exists(fsPath) {
    return __awaiter$3(this, void 0, void 0, function* () {
        try {
            yield stat(fsPath);
        }
        catch (err) {
            if (err.code === 'ENOENT') {
                return false;
            }
            throw err;
        }
        return true;
    });
}
/**
 * On OSX/Linux, true if path starts with '/'. On Windows, true for paths like:
 * \, \hello, \\hello\share, C:, and C:\hello (and corresponding alternate separator cases).
 */
function isRooted(p) {
    p = normalizeSeparators(p);
    if (!p) {
        throw new Error('isRooted() parameter "p" cannot be empty');
    }
    if (IS_WINDOWS$1) {
        return (p.startsWith('\\') || /^[A-Z]:/i.test(p) // e.g. \ or \hello or \\hello
        ); // e.g. C: or C:\hello
    }
    return p.startsWith('/');
}
/**
 * Best effort attempt to determine whether a file exists and is executable.
 * @param filePath    file path to check
 * @param extensions  additional file extensions to try
 * @return if file exists and is executable, returns the file path. otherwise empty string.
 */
function tryGetExecutablePath(filePath, extensions) {
    return __awaiter$3(this, void 0, void 0, function* () {
        let stats = undefined;
        try {
            // test file exists
            stats = yield stat(filePath);
        }
        catch (err) {
            if (err.code !== 'ENOENT') {
                // eslint-disable-next-line no-console
                console.log(`Unexpected error attempting to determine if executable file exists '${filePath}': ${err}`);
            }
        }
        if (stats && stats.isFile()) {
            if (IS_WINDOWS$1) {
                // on Windows, test for valid extension
                const upperExt = path.extname(filePath).toUpperCase();
                if (extensions.some(validExt => validExt.toUpperCase() === upperExt)) {
                    return filePath;
                }
            }
            else {
                if (isUnixExecutable(stats)) {
                    return filePath;
                }
            }
        }
        // try each extension
        const originalFilePath = filePath;
        for (const extension of extensions) {
            filePath = originalFilePath + extension;
            stats = undefined;
            try {
                stats = yield stat(filePath);
            }
            catch (err) {
                if (err.code !== 'ENOENT') {
                    // eslint-disable-next-line no-console
                    console.log(`Unexpected error attempting to determine if executable file exists '${filePath}': ${err}`);
                }
            }
            if (stats && stats.isFile()) {
                if (IS_WINDOWS$1) {
                    // preserve the case of the actual file (since an extension was appended)
                    try {
                        const directory = path.dirname(filePath);
                        const upperName = path.basename(filePath).toUpperCase();
                        for (const actualName of yield readdir(directory)) {
                            if (upperName === actualName.toUpperCase()) {
                                filePath = path.join(directory, actualName);
                                break;
                            }
                        }
                    }
                    catch (err) {
                        // eslint-disable-next-line no-console
                        console.log(`Unexpected error attempting to determine the actual case of the file '${filePath}': ${err}`);
                    }
                    return filePath;
                }
                else {
                    if (isUnixExecutable(stats)) {
                        return filePath;
                    }
                }
            }
        }
        return '';
    });
}
function normalizeSeparators(p) {
    p = p || '';
    if (IS_WINDOWS$1) {
        // convert slashes on Windows
        p = p.replace(/\//g, '\\');
        // remove redundant slashes
        return p.replace(/\\\\+/g, '\\');
    }
    // remove redundant slashes
    return p.replace(/\/\/+/g, '/');
}
// on Mac/Linux, test the execute bit
//     R   W  X  R  W X R W X
//   256 128 64 32 16 8 4 2 1
function isUnixExecutable(stats) {
    return ((stats.mode & 1) > 0 ||
        ((stats.mode & 8) > 0 &&
            process.getgid !== undefined &&
            stats.gid === process.getgid()) ||
        ((stats.mode & 64) > 0 &&
            process.getuid !== undefined &&
            stats.uid === process.getuid()));
}

var __awaiter$2 = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};
/**
 * Returns path of a tool had the tool actually been invoked.  Resolves via paths.
 * If you check and the tool does not exist, it will throw.
 *
 * @param     tool              name of the tool
 * @param     check             whether to check if tool exists
 * @returns   Promise<string>   path to tool
 */
function which(tool, check) {
    return __awaiter$2(this, void 0, void 0, function* () {
        if (!tool) {
            throw new Error("parameter 'tool' is required");
        }
        // recursive when check=true
        if (check) {
            const result = yield which(tool, false);
            if (!result) {
                if (IS_WINDOWS$1) {
                    throw new Error(`Unable to locate executable file: ${tool}. Please verify either the file path exists or the file can be found within a directory specified by the PATH environment variable. Also verify the file has a valid extension for an executable file.`);
                }
                else {
                    throw new Error(`Unable to locate executable file: ${tool}. Please verify either the file path exists or the file can be found within a directory specified by the PATH environment variable. Also check the file mode to verify the file is executable.`);
                }
            }
            return result;
        }
        const matches = yield findInPath(tool);
        if (matches && matches.length > 0) {
            return matches[0];
        }
        return '';
    });
}
/**
 * Returns a list of all occurrences of the given tool on the system path.
 *
 * @returns   Promise<string[]>  the paths of the tool
 */
function findInPath(tool) {
    return __awaiter$2(this, void 0, void 0, function* () {
        if (!tool) {
            throw new Error("parameter 'tool' is required");
        }
        // build the list of extensions to try
        const extensions = [];
        if (IS_WINDOWS$1 && process.env['PATHEXT']) {
            for (const extension of process.env['PATHEXT'].split(path.delimiter)) {
                if (extension) {
                    extensions.push(extension);
                }
            }
        }
        // if it's rooted, return it if exists. otherwise return empty.
        if (isRooted(tool)) {
            const filePath = yield tryGetExecutablePath(tool, extensions);
            if (filePath) {
                return [filePath];
            }
            return [];
        }
        // if any path separators, return empty
        if (tool.includes(path.sep)) {
            return [];
        }
        // build the list of directories
        //
        // Note, technically "where" checks the current directory on Windows. From a toolkit perspective,
        // it feels like we should not do this. Checking the current directory seems like more of a use
        // case of a shell, and the which() function exposed by the toolkit should strive for consistency
        // across platforms.
        const directories = [];
        if (process.env.PATH) {
            for (const p of process.env.PATH.split(path.delimiter)) {
                if (p) {
                    directories.push(p);
                }
            }
        }
        // find all matches
        const matches = [];
        for (const directory of directories) {
            const filePath = yield tryGetExecutablePath(path.join(directory, tool), extensions);
            if (filePath) {
                matches.push(filePath);
            }
        }
        return matches;
    });
}

var __awaiter$1 = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};
/* eslint-disable @typescript-eslint/unbound-method */
const IS_WINDOWS = process.platform === 'win32';
/*
 * Class for running command line tools. Handles quoting and arg parsing in a platform agnostic way.
 */
class ToolRunner extends events.EventEmitter {
    constructor(toolPath, args, options) {
        super();
        if (!toolPath) {
            throw new Error("Parameter 'toolPath' cannot be null or empty.");
        }
        this.toolPath = toolPath;
        this.args = args || [];
        this.options = options || {};
    }
    _debug(message) {
        if (this.options.listeners && this.options.listeners.debug) {
            this.options.listeners.debug(message);
        }
    }
    _getCommandString(options, noPrefix) {
        const toolPath = this._getSpawnFileName();
        const args = this._getSpawnArgs(options);
        let cmd = noPrefix ? '' : '[command]'; // omit prefix when piped to a second tool
        if (IS_WINDOWS) {
            // Windows + cmd file
            if (this._isCmdFile()) {
                cmd += toolPath;
                for (const a of args) {
                    cmd += ` ${a}`;
                }
            }
            // Windows + verbatim
            else if (options.windowsVerbatimArguments) {
                cmd += `"${toolPath}"`;
                for (const a of args) {
                    cmd += ` ${a}`;
                }
            }
            // Windows (regular)
            else {
                cmd += this._windowsQuoteCmdArg(toolPath);
                for (const a of args) {
                    cmd += ` ${this._windowsQuoteCmdArg(a)}`;
                }
            }
        }
        else {
            // OSX/Linux - this can likely be improved with some form of quoting.
            // creating processes on Unix is fundamentally different than Windows.
            // on Unix, execvp() takes an arg array.
            cmd += toolPath;
            for (const a of args) {
                cmd += ` ${a}`;
            }
        }
        return cmd;
    }
    _processLineBuffer(data, strBuffer, onLine) {
        try {
            let s = strBuffer + data.toString();
            let n = s.indexOf(os.EOL);
            while (n > -1) {
                const line = s.substring(0, n);
                onLine(line);
                // the rest of the string ...
                s = s.substring(n + os.EOL.length);
                n = s.indexOf(os.EOL);
            }
            return s;
        }
        catch (err) {
            // streaming lines to console is best effort.  Don't fail a build.
            this._debug(`error processing line. Failed with error ${err}`);
            return '';
        }
    }
    _getSpawnFileName() {
        if (IS_WINDOWS) {
            if (this._isCmdFile()) {
                return process.env['COMSPEC'] || 'cmd.exe';
            }
        }
        return this.toolPath;
    }
    _getSpawnArgs(options) {
        if (IS_WINDOWS) {
            if (this._isCmdFile()) {
                let argline = `/D /S /C "${this._windowsQuoteCmdArg(this.toolPath)}`;
                for (const a of this.args) {
                    argline += ' ';
                    argline += options.windowsVerbatimArguments
                        ? a
                        : this._windowsQuoteCmdArg(a);
                }
                argline += '"';
                return [argline];
            }
        }
        return this.args;
    }
    _endsWith(str, end) {
        return str.endsWith(end);
    }
    _isCmdFile() {
        const upperToolPath = this.toolPath.toUpperCase();
        return (this._endsWith(upperToolPath, '.CMD') ||
            this._endsWith(upperToolPath, '.BAT'));
    }
    _windowsQuoteCmdArg(arg) {
        // for .exe, apply the normal quoting rules that libuv applies
        if (!this._isCmdFile()) {
            return this._uvQuoteCmdArg(arg);
        }
        // otherwise apply quoting rules specific to the cmd.exe command line parser.
        // the libuv rules are generic and are not designed specifically for cmd.exe
        // command line parser.
        //
        // for a detailed description of the cmd.exe command line parser, refer to
        // http://stackoverflow.com/questions/4094699/how-does-the-windows-command-interpreter-cmd-exe-parse-scripts/7970912#7970912
        // need quotes for empty arg
        if (!arg) {
            return '""';
        }
        // determine whether the arg needs to be quoted
        const cmdSpecialChars = [
            ' ',
            '\t',
            '&',
            '(',
            ')',
            '[',
            ']',
            '{',
            '}',
            '^',
            '=',
            ';',
            '!',
            "'",
            '+',
            ',',
            '`',
            '~',
            '|',
            '<',
            '>',
            '"'
        ];
        let needsQuotes = false;
        for (const char of arg) {
            if (cmdSpecialChars.some(x => x === char)) {
                needsQuotes = true;
                break;
            }
        }
        // short-circuit if quotes not needed
        if (!needsQuotes) {
            return arg;
        }
        // the following quoting rules are very similar to the rules that by libuv applies.
        //
        // 1) wrap the string in quotes
        //
        // 2) double-up quotes - i.e. " => ""
        //
        //    this is different from the libuv quoting rules. libuv replaces " with \", which unfortunately
        //    doesn't work well with a cmd.exe command line.
        //
        //    note, replacing " with "" also works well if the arg is passed to a downstream .NET console app.
        //    for example, the command line:
        //          foo.exe "myarg:""my val"""
        //    is parsed by a .NET console app into an arg array:
        //          [ "myarg:\"my val\"" ]
        //    which is the same end result when applying libuv quoting rules. although the actual
        //    command line from libuv quoting rules would look like:
        //          foo.exe "myarg:\"my val\""
        //
        // 3) double-up slashes that precede a quote,
        //    e.g.  hello \world    => "hello \world"
        //          hello\"world    => "hello\\""world"
        //          hello\\"world   => "hello\\\\""world"
        //          hello world\    => "hello world\\"
        //
        //    technically this is not required for a cmd.exe command line, or the batch argument parser.
        //    the reasons for including this as a .cmd quoting rule are:
        //
        //    a) this is optimized for the scenario where the argument is passed from the .cmd file to an
        //       external program. many programs (e.g. .NET console apps) rely on the slash-doubling rule.
        //
        //    b) it's what we've been doing previously (by deferring to node default behavior) and we
        //       haven't heard any complaints about that aspect.
        //
        // note, a weakness of the quoting rules chosen here, is that % is not escaped. in fact, % cannot be
        // escaped when used on the command line directly - even though within a .cmd file % can be escaped
        // by using %%.
        //
        // the saving grace is, on the command line, %var% is left as-is if var is not defined. this contrasts
        // the line parsing rules within a .cmd file, where if var is not defined it is replaced with nothing.
        //
        // one option that was explored was replacing % with ^% - i.e. %var% => ^%var^%. this hack would
        // often work, since it is unlikely that var^ would exist, and the ^ character is removed when the
        // variable is used. the problem, however, is that ^ is not removed when %* is used to pass the args
        // to an external program.
        //
        // an unexplored potential solution for the % escaping problem, is to create a wrapper .cmd file.
        // % can be escaped within a .cmd file.
        let reverse = '"';
        let quoteHit = true;
        for (let i = arg.length; i > 0; i--) {
            // walk the string in reverse
            reverse += arg[i - 1];
            if (quoteHit && arg[i - 1] === '\\') {
                reverse += '\\'; // double the slash
            }
            else if (arg[i - 1] === '"') {
                quoteHit = true;
                reverse += '"'; // double the quote
            }
            else {
                quoteHit = false;
            }
        }
        reverse += '"';
        return reverse.split('').reverse().join('');
    }
    _uvQuoteCmdArg(arg) {
        // Tool runner wraps child_process.spawn() and needs to apply the same quoting as
        // Node in certain cases where the undocumented spawn option windowsVerbatimArguments
        // is used.
        //
        // Since this function is a port of quote_cmd_arg from Node 4.x (technically, lib UV,
        // see https://github.com/nodejs/node/blob/v4.x/deps/uv/src/win/process.c for details),
        // pasting copyright notice from Node within this function:
        //
        //      Copyright Joyent, Inc. and other Node contributors. All rights reserved.
        //
        //      Permission is hereby granted, free of charge, to any person obtaining a copy
        //      of this software and associated documentation files (the "Software"), to
        //      deal in the Software without restriction, including without limitation the
        //      rights to use, copy, modify, merge, publish, distribute, sublicense, and/or
        //      sell copies of the Software, and to permit persons to whom the Software is
        //      furnished to do so, subject to the following conditions:
        //
        //      The above copyright notice and this permission notice shall be included in
        //      all copies or substantial portions of the Software.
        //
        //      THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR
        //      IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY,
        //      FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE
        //      AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER
        //      LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING
        //      FROM, OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS
        //      IN THE SOFTWARE.
        if (!arg) {
            // Need double quotation for empty argument
            return '""';
        }
        if (!arg.includes(' ') && !arg.includes('\t') && !arg.includes('"')) {
            // No quotation needed
            return arg;
        }
        if (!arg.includes('"') && !arg.includes('\\')) {
            // No embedded double quotes or backslashes, so I can just wrap
            // quote marks around the whole thing.
            return `"${arg}"`;
        }
        // Expected input/output:
        //   input : hello"world
        //   output: "hello\"world"
        //   input : hello""world
        //   output: "hello\"\"world"
        //   input : hello\world
        //   output: hello\world
        //   input : hello\\world
        //   output: hello\\world
        //   input : hello\"world
        //   output: "hello\\\"world"
        //   input : hello\\"world
        //   output: "hello\\\\\"world"
        //   input : hello world\
        //   output: "hello world\\" - note the comment in libuv actually reads "hello world\"
        //                             but it appears the comment is wrong, it should be "hello world\\"
        let reverse = '"';
        let quoteHit = true;
        for (let i = arg.length; i > 0; i--) {
            // walk the string in reverse
            reverse += arg[i - 1];
            if (quoteHit && arg[i - 1] === '\\') {
                reverse += '\\';
            }
            else if (arg[i - 1] === '"') {
                quoteHit = true;
                reverse += '\\';
            }
            else {
                quoteHit = false;
            }
        }
        reverse += '"';
        return reverse.split('').reverse().join('');
    }
    _cloneExecOptions(options) {
        options = options || {};
        const result = {
            cwd: options.cwd || process.cwd(),
            env: options.env || process.env,
            silent: options.silent || false,
            windowsVerbatimArguments: options.windowsVerbatimArguments || false,
            failOnStdErr: options.failOnStdErr || false,
            ignoreReturnCode: options.ignoreReturnCode || false,
            delay: options.delay || 10000
        };
        result.outStream = options.outStream || process.stdout;
        result.errStream = options.errStream || process.stderr;
        return result;
    }
    _getSpawnOptions(options, toolPath) {
        options = options || {};
        const result = {};
        result.cwd = options.cwd;
        result.env = options.env;
        result['windowsVerbatimArguments'] =
            options.windowsVerbatimArguments || this._isCmdFile();
        if (options.windowsVerbatimArguments) {
            result.argv0 = `"${toolPath}"`;
        }
        return result;
    }
    /**
     * Exec a tool.
     * Output will be streamed to the live console.
     * Returns promise with return code
     *
     * @param     tool     path to tool to exec
     * @param     options  optional exec options.  See ExecOptions
     * @returns   number
     */
    exec() {
        return __awaiter$1(this, void 0, void 0, function* () {
            // root the tool path if it is unrooted and contains relative pathing
            if (!isRooted(this.toolPath) &&
                (this.toolPath.includes('/') ||
                    (IS_WINDOWS && this.toolPath.includes('\\')))) {
                // prefer options.cwd if it is specified, however options.cwd may also need to be rooted
                this.toolPath = path.resolve(process.cwd(), this.options.cwd || process.cwd(), this.toolPath);
            }
            // if the tool is only a file name, then resolve it from the PATH
            // otherwise verify it exists (add extension on Windows if necessary)
            this.toolPath = yield which(this.toolPath, true);
            return new Promise((resolve, reject) => __awaiter$1(this, void 0, void 0, function* () {
                this._debug(`exec tool: ${this.toolPath}`);
                this._debug('arguments:');
                for (const arg of this.args) {
                    this._debug(`   ${arg}`);
                }
                const optionsNonNull = this._cloneExecOptions(this.options);
                if (!optionsNonNull.silent && optionsNonNull.outStream) {
                    optionsNonNull.outStream.write(this._getCommandString(optionsNonNull) + os.EOL);
                }
                const state = new ExecState(optionsNonNull, this.toolPath);
                state.on('debug', (message) => {
                    this._debug(message);
                });
                if (this.options.cwd && !(yield exists(this.options.cwd))) {
                    return reject(new Error(`The cwd: ${this.options.cwd} does not exist!`));
                }
                const fileName = this._getSpawnFileName();
                const cp = child.spawn(fileName, this._getSpawnArgs(optionsNonNull), this._getSpawnOptions(this.options, fileName));
                let stdbuffer = '';
                if (cp.stdout) {
                    cp.stdout.on('data', (data) => {
                        if (this.options.listeners && this.options.listeners.stdout) {
                            this.options.listeners.stdout(data);
                        }
                        if (!optionsNonNull.silent && optionsNonNull.outStream) {
                            optionsNonNull.outStream.write(data);
                        }
                        stdbuffer = this._processLineBuffer(data, stdbuffer, (line) => {
                            if (this.options.listeners && this.options.listeners.stdline) {
                                this.options.listeners.stdline(line);
                            }
                        });
                    });
                }
                let errbuffer = '';
                if (cp.stderr) {
                    cp.stderr.on('data', (data) => {
                        state.processStderr = true;
                        if (this.options.listeners && this.options.listeners.stderr) {
                            this.options.listeners.stderr(data);
                        }
                        if (!optionsNonNull.silent &&
                            optionsNonNull.errStream &&
                            optionsNonNull.outStream) {
                            const s = optionsNonNull.failOnStdErr
                                ? optionsNonNull.errStream
                                : optionsNonNull.outStream;
                            s.write(data);
                        }
                        errbuffer = this._processLineBuffer(data, errbuffer, (line) => {
                            if (this.options.listeners && this.options.listeners.errline) {
                                this.options.listeners.errline(line);
                            }
                        });
                    });
                }
                cp.on('error', (err) => {
                    state.processError = err.message;
                    state.processExited = true;
                    state.processClosed = true;
                    state.CheckComplete();
                });
                cp.on('exit', (code) => {
                    state.processExitCode = code;
                    state.processExited = true;
                    this._debug(`Exit code ${code} received from tool '${this.toolPath}'`);
                    state.CheckComplete();
                });
                cp.on('close', (code) => {
                    state.processExitCode = code;
                    state.processExited = true;
                    state.processClosed = true;
                    this._debug(`STDIO streams have closed for tool '${this.toolPath}'`);
                    state.CheckComplete();
                });
                state.on('done', (error, exitCode) => {
                    if (stdbuffer.length > 0) {
                        this.emit('stdline', stdbuffer);
                    }
                    if (errbuffer.length > 0) {
                        this.emit('errline', errbuffer);
                    }
                    cp.removeAllListeners();
                    if (error) {
                        reject(error);
                    }
                    else {
                        resolve(exitCode);
                    }
                });
                if (this.options.input) {
                    if (!cp.stdin) {
                        throw new Error('child process missing stdin');
                    }
                    cp.stdin.end(this.options.input);
                }
            }));
        });
    }
}
/**
 * Convert an arg string to an array of args. Handles escaping
 *
 * @param    argString   string of arguments
 * @returns  string[]    array of arguments
 */
function argStringToArray(argString) {
    const args = [];
    let inQuotes = false;
    let escaped = false;
    let arg = '';
    function append(c) {
        // we only escape double quotes.
        if (escaped && c !== '"') {
            arg += '\\';
        }
        arg += c;
        escaped = false;
    }
    for (let i = 0; i < argString.length; i++) {
        const c = argString.charAt(i);
        if (c === '"') {
            if (!escaped) {
                inQuotes = !inQuotes;
            }
            else {
                append(c);
            }
            continue;
        }
        if (c === '\\' && escaped) {
            append(c);
            continue;
        }
        if (c === '\\' && inQuotes) {
            escaped = true;
            continue;
        }
        if (c === ' ' && !inQuotes) {
            if (arg.length > 0) {
                args.push(arg);
                arg = '';
            }
            continue;
        }
        append(c);
    }
    if (arg.length > 0) {
        args.push(arg.trim());
    }
    return args;
}
class ExecState extends events.EventEmitter {
    constructor(options, toolPath) {
        super();
        this.processClosed = false; // tracks whether the process has exited and stdio is closed
        this.processError = '';
        this.processExitCode = 0;
        this.processExited = false; // tracks whether the process has exited
        this.processStderr = false; // tracks whether stderr was written to
        this.delay = 10000; // 10 seconds
        this.done = false;
        this.timeout = null;
        if (!toolPath) {
            throw new Error('toolPath must not be empty');
        }
        this.options = options;
        this.toolPath = toolPath;
        if (options.delay) {
            this.delay = options.delay;
        }
    }
    CheckComplete() {
        if (this.done) {
            return;
        }
        if (this.processClosed) {
            this._setResult();
        }
        else if (this.processExited) {
            this.timeout = setTimeout$1(ExecState.HandleTimeout, this.delay, this);
        }
    }
    _debug(message) {
        this.emit('debug', message);
    }
    _setResult() {
        // determine whether there is an error
        let error;
        if (this.processExited) {
            if (this.processError) {
                error = new Error(`There was an error when attempting to execute the process '${this.toolPath}'. This may indicate the process failed to start. Error: ${this.processError}`);
            }
            else if (this.processExitCode !== 0 && !this.options.ignoreReturnCode) {
                error = new Error(`The process '${this.toolPath}' failed with exit code ${this.processExitCode}`);
            }
            else if (this.processStderr && this.options.failOnStdErr) {
                error = new Error(`The process '${this.toolPath}' failed because one or more lines were written to the STDERR stream`);
            }
        }
        // clear the timeout
        if (this.timeout) {
            clearTimeout(this.timeout);
            this.timeout = null;
        }
        this.done = true;
        this.emit('done', error, this.processExitCode);
    }
    static HandleTimeout(state) {
        if (state.done) {
            return;
        }
        if (!state.processClosed && state.processExited) {
            const message = `The STDIO streams did not close within ${state.delay / 1000} seconds of the exit event from process '${state.toolPath}'. This may indicate a child process inherited the STDIO streams and has not yet exited.`;
            state._debug(message);
        }
        state._setResult();
    }
}

var __awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};
/**
 * Exec a command.
 * Output will be streamed to the live console.
 * Returns promise with return code
 *
 * @param     commandLine        command to execute (can include additional args). Must be correctly escaped.
 * @param     args               optional arguments for tool. Escaping is handled by the lib.
 * @param     options            optional exec options.  See ExecOptions
 * @returns   Promise<number>    exit code
 */
function exec(commandLine, args, options) {
    return __awaiter(this, void 0, void 0, function* () {
        const commandArgs = argStringToArray(commandLine);
        if (commandArgs.length === 0) {
            throw new Error(`Parameter 'commandLine' cannot be null or empty.`);
        }
        // Path to tool to execute should be first arg
        const toolPath = commandArgs[0];
        args = commandArgs.slice(1).concat(args || []);
        const runner = new ToolRunner(toolPath, args, options);
        return runner.exec();
    });
}
/**
 * Exec a command and get the output.
 * Output will be streamed to the live console.
 * Returns promise with the exit code and collected stdout and stderr
 *
 * @param     commandLine           command to execute (can include additional args). Must be correctly escaped.
 * @param     args                  optional arguments for tool. Escaping is handled by the lib.
 * @param     options               optional exec options.  See ExecOptions
 * @returns   Promise<ExecOutput>   exit code, stdout, and stderr
 */
function getExecOutput(commandLine, args, options) {
    return __awaiter(this, void 0, void 0, function* () {
        var _a, _b;
        let stdout = '';
        let stderr = '';
        //Using string decoder covers the case where a mult-byte character is split
        const stdoutDecoder = new StringDecoder('utf8');
        const stderrDecoder = new StringDecoder('utf8');
        const originalStdoutListener = (_a = options === null || options === void 0 ? void 0 : options.listeners) === null || _a === void 0 ? void 0 : _a.stdout;
        const originalStdErrListener = (_b = options === null || options === void 0 ? void 0 : options.listeners) === null || _b === void 0 ? void 0 : _b.stderr;
        const stdErrListener = (data) => {
            stderr += stderrDecoder.write(data);
            if (originalStdErrListener) {
                originalStdErrListener(data);
            }
        };
        const stdOutListener = (data) => {
            stdout += stdoutDecoder.write(data);
            if (originalStdoutListener) {
                originalStdoutListener(data);
            }
        };
        const listeners = Object.assign(Object.assign({}, options === null || options === void 0 ? void 0 : options.listeners), { stdout: stdOutListener, stderr: stdErrListener });
        const exitCode = yield exec(commandLine, args, Object.assign(Object.assign({}, options), { listeners }));
        //flush any remaining characters
        stdout += stdoutDecoder.end();
        stderr += stderrDecoder.end();
        return {
            exitCode,
            stdout,
            stderr
        };
    });
}

// The only module that runs git. Every other stage talks to a repository through `Git`.
async function createGit(repoDir, options = {}) {
    const git = async (args, allowFail = false) => {
        let result;
        try {
            result = await getExecOutput('git', args, {
                cwd: repoDir,
                silent: true,
                ignoreReturnCode: true,
                env: { ...stringEnv(process.env), GIT_TERMINAL_PROMPT: '0', LC_ALL: 'C' }
            });
        }
        catch (error) {
            throw new MemgateError(`Could not run git in ${repoDir}: ${error.message}`, 2, { cause: error });
        }
        if (result.exitCode !== 0 && !allowFail) {
            const message = result.stderr.trim().split('\n').pop() ?? '';
            throw new MemgateError(`git ${args[0]} failed in ${repoDir}: ${message}`);
        }
        return result;
    };
    const top = await git(['rev-parse', '--show-toplevel'], true);
    if (top.exitCode !== 0)
        throw new MemgateError(`${repoDir} is not a git repository`);
    const root = top.stdout.trim();
    const authArgs = () => options.token
        ? ['-c', `http.extraheader=AUTHORIZATION: basic ${Buffer.from(`x-access-token:${options.token}`).toString('base64')}`]
        : [];
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
                throw new MemgateError(`${a.slice(0, 7)} and ${b.slice(0, 7)} have no common ancestor in ${root}`);
            }
            return result.stdout.trim();
        },
        async showFile(sha, path) {
            const result = await git(['cat-file', 'blob', `${sha}:${path}`], true);
            return result.exitCode === 0 ? result.stdout : null;
        },
        async listFiles(sha) {
            const result = await git(['ls-tree', '-r', '--name-only', '-z', sha]);
            return result.stdout.split('\0').filter(Boolean);
        },
        async changedFiles(base, head) {
            const result = await git(['diff', '--name-only', '-z', '--no-renames', base, head]);
            return result.stdout.split('\0').filter(Boolean);
        },
        async ensureCommits(shas, remote = 'origin') {
            const missing = [];
            for (const sha of shas) {
                const present = await git(['cat-file', '-e', `${sha}^{commit}`], true);
                if (present.exitCode !== 0)
                    missing.push(sha);
            }
            if (missing.length === 0)
                return;
            // A shallow checkout (actions/checkout's default depth 1) lacks the merge-base: deepen it.
            const result = await git([...authArgs(), 'fetch', '--no-tags', '--quiet', '--unshallow', remote, ...missing], true);
            if (result.exitCode !== 0) {
                await git([...authArgs(), 'fetch', '--no-tags', '--quiet', remote, ...missing]);
            }
        },
        async addWorktree(dir, sha) {
            await git(['worktree', 'add', '--detach', '--force', dir, sha]);
        },
        async removeWorktree(dir) {
            await git(['worktree', 'remove', '--force', dir], true);
            await git(['worktree', 'prune'], true);
        }
    };
}
function stringEnv(env) {
    const out = {};
    for (const [key, value] of Object.entries(env))
        if (value !== undefined)
            out[key] = value;
    return out;
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
    return (await runGit(dir, ['rev-parse', 'HEAD'])).trim();
}
/** Create a branch at the current commit and switch to it. */
async function switchToNewBranch(dir, branch) {
    await runGit(dir, ['switch', '--quiet', '-c', branch]);
}
async function runGit(dir, args) {
    const result = await getExecOutput('git', args, { cwd: dir, silent: true, ignoreReturnCode: true });
    if (result.exitCode !== 0)
        throw new MemgateError(`git ${args[0]} failed in ${dir}: ${result.stderr.trim()}`);
    return result.stdout;
}

// `memgate demo`: the bundled example service in a temporary git repository, base on event-hub
// 1.0.0 and head on 2.0.0 (leaky, or clean with --clean). Tests build their repositories with it too.
/** The examples/ folder shipped beside dist/ (and beside src/ in a checkout). */
function examplesDir() {
    return path$1.resolve(path$1.dirname(fileURLToPath(import.meta.url)), '..', 'examples');
}
/**
 * Builds the demo repository in `dir`: branch `main` with event-hub 1.0.0, branch `bump` on top of
 * it with event-hub 2.0.0, each with the package-lock.json that a real `npm install` wrote.
 */
async function createDemoRepo(dir, head) {
    const examples = examplesDir();
    fs$1.mkdirSync(dir, { recursive: true });
    fs$1.cpSync(path$1.join(examples, 'service'), dir, { recursive: true });
    await initRepo(dir);
    const baseSha = await bumpEventHub(dir, path$1.join(examples, 'event-hub', '1.0.0'), 'Order service on event-hub 1.0.0');
    await switchToNewBranch(dir, 'bump');
    const headSha = await bumpEventHub(dir, path$1.join(examples, 'event-hub', `2.0.0-${head}`), 'Bump event-hub from 1.0.0 to 2.0.0');
    return { dir, baseSha, headSha };
}
async function bumpEventHub(dir, source, message) {
    const vendor = path$1.join(dir, 'vendor');
    fs$1.rmSync(vendor, { recursive: true, force: true });
    fs$1.mkdirSync(vendor, { recursive: true });
    await npm(['pack', source, '--pack-destination', vendor, '--silent'], dir);
    const tarball = fs$1.readdirSync(vendor).find((f) => f.endsWith('.tgz'));
    if (!tarball)
        throw new MemgateError(`npm pack wrote no tarball for ${source}`);
    const manifestPath = path$1.join(dir, 'package.json');
    const manifest = JSON.parse(fs$1.readFileSync(manifestPath, 'utf8'));
    manifest.dependencies = { ...manifest.dependencies, 'event-hub': `file:vendor/${tarball}` };
    fs$1.writeFileSync(manifestPath, JSON.stringify(manifest, null, 2) + '\n');
    await npm(['install', '--no-audit', '--no-fund', '--ignore-scripts', '--silent'], dir);
    return commitAll(dir, message);
}
function npm(args, cwd) {
    return new Promise((resolve, reject) => {
        const child = spawn('npm', args, { cwd, stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, npm_config_loglevel: 'error' } });
        let stderr = '';
        child.stderr.on('data', (d) => (stderr += d));
        child.on('error', (error) => reject(new MemgateError(`Could not run npm: ${error.message}`, 2, { cause: error })));
        child.on('exit', (code) => (code === 0 ? resolve() : reject(new MemgateError(`npm ${args[0]} failed in ${cwd}: ${stderr.trim().split('\n').pop()}`))));
    });
}

/** DESIGN.md: 0 pass or skipped, 1 leak, 2 error, 3 inconclusive. */
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

async function summarizeSnapshotFile(file) {
    throw new Error('summarizeSnapshotFile: not implemented yet');
}
/** Snapshots of one process, oldest first. */
async function diffSnapshotFiles(files, options = {}) {
    throw new Error('diffSnapshotFiles: not implemented yet');
}
function formatHeapSummary(summary) {
    throw new Error('formatHeapSummary: not implemented yet');
}
function formatHeapDiff(diff) {
    throw new Error('formatHeapDiff: not implemented yet');
}

function buildReport(input) {
    const stats = input.stats;
    return {
        format: 'memgate-report/1',
        verdict: input.verdict ?? stats?.verdict ?? 'error',
        reason: input.reason ?? stats?.reason ?? '',
        base: { sha: input.baseSha, runs: input.baseRuns ?? 0, growth: stats?.base ?? null },
        head: { sha: input.headSha, runs: input.headRuns ?? 0, growth: stats?.head ?? null },
        unit: stats?.unit ?? null,
        difference: stats?.difference ?? null,
        bumps: input.bumps,
        suspects: input.suspects ?? [],
        ...(stats ? { test: stats.test } : {})
    };
}

// The soak runs the PR's untrusted code: its environment is the runner's minus every credential.
/** Variable names that carry credentials on a GitHub runner or in common CI setups. */
const CREDENTIAL_NAMES = [
    /^GITHUB_TOKEN$/i,
    /^GH_TOKEN$/i,
    /^INPUT_/i, // every action input, the github-token input among them
    /^ACTIONS_RUNTIME_TOKEN$/i,
    /^ACTIONS_ID_TOKEN_REQUEST_/i,
    /^ACTIONS_RESULTS_URL$/i,
    /^ACTIONS_CACHE_URL$/i,
    /^MEMGATE_TOKEN$/i
];
/**
 * The environment for a soak: `env` without credential variables and without any variable whose
 * value contains one of `secrets` (a token copied under another name is still the token).
 * Never mutates its argument.
 */
function scrubEnv(env, secrets = []) {
    const needles = secrets.filter((s) => s.length >= 8);
    const out = {};
    for (const [name, value] of Object.entries(env)) {
        if (value === undefined)
            continue;
        if (CREDENTIAL_NAMES.some((re) => re.test(name)))
            continue;
        if (needles.some((secret) => value.includes(secret)))
            continue;
        out[name] = value;
    }
    return out;
}
/** NODE_OPTIONS with the probe preloaded, keeping the user's own options. Quoted for spaces. */
function withProbe(nodeOptions, probePath) {
    const quoted = `"${probePath.replace(/(["\\])/g, '\\$1')}"`;
    return [nodeOptions?.trim(), `--require ${quoted}`].filter(Boolean).join(' ');
}

/**
 * Picks the workload's samples among the lines of every process that wrote some.
 * Rule: lines the soak wrote itself (no pid) win; then the process that counted iterations;
 * then the process with the most samples (the longest-lived), ties to the larger heap.
 * Malformed lines are skipped: a soak killed mid-write leaves half a line.
 */
function parseSampleLines(text) {
    const own = [];
    const byPid = new Map();
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
        if (typeof line.x !== 'number' || typeof line.heap !== 'number')
            continue;
        if (line.pid === undefined) {
            own.push(pick(line));
            continue;
        }
        const list = byPid.get(line.pid) ?? [];
        list.push(line);
        byPid.set(line.pid, list);
    }
    const others = (except) => Object.fromEntries([...byPid].filter(([pid]) => pid !== except).map(([pid, lines]) => [String(pid), lines.length]));
    if (own.length > 0)
        return { unit: 'iteration', samples: own, others: others() };
    let best;
    for (const [pid, lines] of byPid) {
        const counted = lines.some((l) => l.unit === 'iteration');
        const kept = counted ? lines.filter((l) => l.unit === 'iteration') : lines;
        const peak = Math.max(...kept.map((l) => l.heap));
        const better = !best ||
            (counted && !best.counted) ||
            (counted === best.counted && (kept.length > best.lines.length || (kept.length === best.lines.length && peak > best.peak)));
        if (better)
            best = { pid, lines: kept, counted, peak };
    }
    if (!best)
        return { unit: 'ms', samples: [], others: {} };
    return {
        unit: best.counted ? 'iteration' : 'ms',
        samples: best.lines.map(pick),
        pid: best.pid,
        others: others(best.pid)
    };
}
function pick(line) {
    const sample = { x: line.x, heap: line.heap };
    if (typeof line.rss === 'number')
        sample.rss = line.rss;
    if (typeof line.external === 'number')
        sample.external = line.external;
    if (typeof line.arrayBuffers === 'number')
        sample.arrayBuffers = line.arrayBuffers;
    return sample;
}

// Runs one soak process: its own process group, a log file, a timeout that kills the whole tree.
async function runSoak(options) {
    fs$1.mkdirSync(options.outDir, { recursive: true });
    const samplesFile = path$1.join(options.outDir, 'samples.jsonl');
    const logFile = path$1.join(options.outDir, 'soak.log');
    const snapshotDir = path$1.join(options.outDir, 'snapshots');
    fs$1.rmSync(samplesFile, { force: true });
    const env = { ...options.env, MEMGATE_SAMPLES_FILE: samplesFile };
    if (options.snapshots)
        env.MEMGATE_SNAPSHOT_DIR = snapshotDir;
    const log = fs$1.openSync(logFile, 'w');
    const started = Date.now();
    let timedOut = false;
    const { code, signal } = await new Promise((resolve) => {
        const child = spawn('/bin/sh', ['-c', options.command], {
            cwd: options.cwd,
            env,
            stdio: ['ignore', log, log],
            detached: true // its own process group, so a timeout kills every process it started
        });
        const timer = setTimeout(() => {
            timedOut = true;
            killGroup(child.pid, 'SIGKILL');
        }, options.timeoutMs);
        child.on('error', () => {
            clearTimeout(timer);
            resolve({ code: 127, signal: null });
        });
        child.on('exit', async (code, signal) => {
            clearTimeout(timer);
            // Orphans of the soak (workers, servers it forgot) go with it.
            killGroup(child.pid, 'SIGKILL');
            await waitForGroupExit(child.pid);
            resolve({ code, signal });
        });
    });
    fs$1.closeSync(log);
    const durationMs = Date.now() - started;
    const text = fs$1.existsSync(samplesFile) ? fs$1.readFileSync(samplesFile, 'utf8') : '';
    const parsed = parseSampleLines(text);
    const logText = fs$1.readFileSync(logFile, 'utf8');
    const stderrTail = logText.trimEnd().split('\n').slice(-20).join('\n');
    const outcome = classifyExit(code, signal, timedOut, logText);
    const snapshotFiles = fs$1.existsSync(snapshotDir)
        ? fs$1
            .readdirSync(snapshotDir)
            .filter((f) => f.endsWith('.heapsnapshot') && (parsed.pid === undefined || f.startsWith(`${parsed.pid}-`)))
            .sort((a, b) => Number(a.split('-')[1]) - Number(b.split('-')[1]))
            .map((f) => path$1.join(snapshotDir, f))
        : [];
    return {
        exitCode: code,
        signal,
        outcome,
        durationMs,
        samples: parsed.samples,
        unit: parsed.unit,
        stderrTail: outcome === 'ok' ? undefined : stderrTail,
        log: logFile,
        snapshotFiles
    };
}
/** What happened to a finished soak process. Pure. */
function classifyExit(code, signal, timedOut, output) {
    if (timedOut)
        return 'timeout';
    if (/JavaScript heap out of memory|Reached heap limit|allocation failed/i.test(output))
        return 'oom';
    if (code === 0)
        return 'ok';
    return 'crash';
}
const GROUP_EXIT_WAIT_MS = 2000;
/** SIGKILL is asynchronous: wait (bounded) until no process of the group is left. */
async function waitForGroupExit(pid) {
    if (!pid)
        return;
    const deadline = Date.now() + GROUP_EXIT_WAIT_MS;
    while (Date.now() < deadline) {
        try {
            process.kill(-pid, 0);
        }
        catch {
            return;
        }
        await new Promise((resolve) => setTimeout(resolve, 20));
    }
}
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

// The soak stage: a worktree per side, an install in each, then the runs, interleaved.
async function soakBothSides(options) {
    const env = scrubEnv(process.env, options.secrets);
    env.NODE_OPTIONS = withProbe(env.NODE_OPTIONS, options.probePath);
    delete env.MEMGATE_SAMPLES_FILE;
    delete env.MEMGATE_SNAPSHOT_DIR;
    const dirs = {
        base: path$1.join(options.workDir, 'base'),
        head: path$1.join(options.workDir, 'head')
    };
    const shas = { base: options.baseSha, head: options.headSha };
    const sides = ['base', 'head'];
    for (const side of sides) {
        fs$1.rmSync(dirs[side], { recursive: true, force: true });
        await options.git.addWorktree(dirs[side], shas[side]);
    }
    try {
        const projectDir = (side) => path$1.join(dirs[side], options.workingDirectory);
        for (const side of sides) {
            if (!fs$1.existsSync(projectDir(side))) {
                throw new MemgateError(`working-directory '${options.workingDirectory}' does not exist at ${side} ${shas[side].slice(0, 7)}`);
            }
            options.log(`${side}: installing (${options.installCommand})`);
            // Install scripts are the PR's code as well: same scrubbed environment, without the probe.
            const installEnv = { ...env, NODE_OPTIONS: scrubEnv(process.env, options.secrets).NODE_OPTIONS ?? '' };
            await install(side, projectDir(side), options.installCommand, installEnv, path$1.join(options.workDir, `install-${side}.log`));
        }
        const results = { base: [], head: [] };
        for (let i = 0; i < options.runs; i++) {
            // Interleaved, so that drift of the machine over time hits both sides alike.
            for (const side of sides) {
                const run = await runSoak({
                    command: options.soakCommand,
                    cwd: projectDir(side),
                    env,
                    outDir: path$1.join(options.workDir, 'runs', `${side}-${i + 1}`),
                    timeoutMs: options.timeoutMs,
                    snapshots: i === 0
                });
                results[side].push(run);
                options.log(`${side}: run ${i + 1}/${options.runs} ${run.outcome} in ${(run.durationMs / 1000).toFixed(1)} s, ${run.samples.length} samples`);
            }
        }
        return { base: toSide('base', results.base), head: toSide('head', results.head) };
    }
    finally {
        for (const side of sides)
            await options.git.removeWorktree(dirs[side]);
    }
}
function toSide(side, runs) {
    const unit = runs.some((r) => r.unit === 'iteration') ? 'iteration' : 'ms';
    return {
        samples: {
            format: 'memgate-samples/1',
            side,
            unit,
            runs: runs.map(({ exitCode, signal, outcome, durationMs, samples, stderrTail, log }) => ({
                exitCode,
                signal,
                outcome,
                durationMs,
                samples,
                stderrTail,
                log
            }))
        },
        snapshots: runs.find((r) => r.snapshotFiles.length >= 2)?.snapshotFiles ?? []
    };
}
async function install(side, cwd, command, env, logFile) {
    const log = fs$1.openSync(logFile, 'w');
    const code = await new Promise((resolve) => {
        const child = spawn('/bin/sh', ['-c', command], { cwd, env, stdio: ['ignore', log, log] });
        child.on('error', () => resolve(127));
        child.on('exit', (c) => resolve(c ?? 1));
    });
    fs$1.closeSync(log);
    if (code !== 0) {
        const tail = fs$1.readFileSync(logFile, 'utf8').trimEnd().split('\n').slice(-15).join('\n');
        throw new MemgateError(`Install failed on ${side} ('${command}' exited with ${code}):\n${tail}`);
    }
}

/** Decide whether head's post-GC heap grows faster than base's. Never throws on valid Samples. */
function analyzeSamples(base, head, options = {}) {
    throw new Error('analyzeSamples: not implemented yet');
}

// trigger → bumps → soak → stats → heap → report. Both front doors (action, CLI) call runPipeline.
async function runPipeline(options) {
    const workDir = options.workDir ?? fs$1.mkdtempSync(path$1.join(os$1.tmpdir(), 'memgate-'));
    fs$1.mkdirSync(workDir, { recursive: true });
    const git = await createGit(options.repoDir, { token: options.token });
    const headSha = await git.resolve(options.head);
    const baseSha = await git.mergeBase(await git.resolve(options.base), headSha);
    const bumps = await readBumps(git, baseSha, headSha, {
        ...options.bumps,
        workingDirectory: options.workingDirectory
    });
    if (bumps.length === 0) {
        const report = buildReport({
            baseSha,
            headSha,
            bumps,
            verdict: 'skipped',
            reason: 'No dependency changed between base and head, so there is nothing to measure.'
        });
        return { report, workDir };
    }
    options.log(`${bumps.length} dependency change(s): ${bumps.map((b) => `${b.name} ${b.from ?? '∅'} → ${b.to ?? '∅'}`).join(', ')}`);
    if (!options.soakCommand.trim()) {
        throw new MemgateError('No soak command: set the soak-command input (or --soak) to the script that exercises the service');
    }
    const soak = await soakBothSides({
        git,
        baseSha,
        headSha,
        workDir,
        soakCommand: options.soakCommand,
        installCommand: options.installCommand,
        workingDirectory: options.workingDirectory,
        runs: options.runs,
        timeoutMs: options.timeoutMs,
        probePath: options.probePath,
        secrets: options.token ? [options.token] : [],
        log: options.log
    });
    fs$1.writeFileSync(path$1.join(workDir, 'samples-base.json'), JSON.stringify(soak.base.samples, null, 2));
    fs$1.writeFileSync(path$1.join(workDir, 'samples-head.json'), JSON.stringify(soak.head.samples, null, 2));
    const common = { baseSha, headSha, bumps, baseRuns: options.runs, headRuns: options.runs };
    const failure = judgeFailures(soak.base, soak.head);
    if (failure?.verdict === 'error')
        throw new MemgateError(failure.reason);
    const stats = failure ? undefined : analyzeSamples(soak.base.samples, soak.head.samples, options.stats);
    const verdict = failure?.verdict ?? stats.verdict;
    const suspects = verdict === 'leak' ? await findSuspects(soak.head, bumps.map((b) => b.name), options.log) : [];
    const report = buildReport({ ...common, stats, suspects, verdict, reason: failure?.reason });
    return { report, workDir };
}
/**
 * Runs that did not finish decide the verdict before any statistics: head running out of memory
 * where base does not is a leak; a side whose every run failed leaves nothing to compare.
 */
function judgeFailures(base, head) {
    const ok = (s) => s.samples.runs.filter((r) => r.outcome === 'ok').length;
    const oom = (s) => s.samples.runs.filter((r) => r.outcome === 'oom').length;
    const total = head.samples.runs.length;
    const tail = (s) => s.samples.runs.find((r) => r.outcome !== 'ok')?.stderrTail ?? '';
    const describe = (s) => {
        const run = s.samples.runs.find((r) => r.outcome !== 'ok');
        return run?.outcome === 'timeout' ? 'timed out' : run?.outcome === 'oom' ? 'ran out of memory' : `exited with ${run?.exitCode ?? run?.signal}`;
    };
    if (oom(head) > 0 && oom(base) === 0 && ok(base) > 0) {
        return { verdict: 'leak', reason: `Head ran out of memory in ${oom(head)} of ${total} runs where base never did.` };
    }
    if (ok(base) === 0 && ok(head) === 0) {
        return { verdict: 'error', reason: `The soak failed on both sides: it ${describe(head)} on head and ${describe(base)} on base.\n${tail(head)}` };
    }
    for (const [name, side] of [['base', base], ['head', head]]) {
        if (ok(side) === 0) {
            return { verdict: 'error', reason: `The soak failed in every ${name} run: it ${describe(side)}.\n${tail(side)}` };
        }
    }
    return null;
}
async function findSuspects(head, packages, log) {
    if (head.snapshots.length < 2) {
        log('No pair of heap snapshots from a head run: suspects are not named.');
        return [];
    }
    try {
        return (await diffSnapshotFiles(head.snapshots, { packages, top: 5 })).suspects;
    }
    catch (error) {
        // The verdict stands on the samples; a snapshot that cannot be read only costs the suspects.
        log(`Heap snapshots could not be analysed: ${error instanceof MemgateError ? error.reason : String(error)}`);
        return [];
    }
}

// Numbers as maintainers read them. Pure.
const UNITS = ['B', 'KiB', 'MiB', 'GiB'];
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
/** A growth rate such as "1.4 KiB/iteration" from bytes per unit and the unit string "bytes/iteration". */
function formatRate(bytesPerUnit, unit) {
    const per = unit.replace(/^bytes\//, '');
    const value = Math.abs(bytesPerUnit) < 10 ? bytesPerUnit.toFixed(2) : String(Math.round(bytesPerUnit));
    return Math.abs(bytesPerUnit) >= 1024 ? `${formatBytes(bytesPerUnit)}/${per}` : `${value} B/${per}`;
}

function renderText(report) {
    const lines = [`verdict: ${report.verdict}`];
    if (report.reason)
        lines.push(report.reason);
    if (report.bumps.length > 0) {
        lines.push('', 'bumps:');
        for (const b of report.bumps) {
            lines.push(`  ${b.name} ${b.from ?? '(none)'} -> ${b.to ?? '(none)'} (${b.type}, ${b.direct ? 'direct' : 'transitive'}, ${b.manifest})`);
        }
    }
    if (report.unit && report.base.growth && report.head.growth) {
        const g = (x) => `${formatRate(x.estimate, report.unit)} [${formatRate(x.low, report.unit)}, ${formatRate(x.high, report.unit)}]`;
        lines.push('', 'post-GC heap growth:');
        lines.push(`  base ${report.base.sha.slice(0, 7)} (${report.base.runs} runs): ${g(report.base.growth)}`);
        lines.push(`  head ${report.head.sha.slice(0, 7)} (${report.head.runs} runs): ${g(report.head.growth)}`);
        if (report.difference)
            lines.push(`  difference: ${g(report.difference)}, p = ${report.difference.pValue.toPrecision(2)}`);
    }
    if (report.suspects.length > 0) {
        lines.push('', 'what grows (head):');
        for (const s of report.suspects) {
            lines.push(`  ${s.name}: ${s.count} new, ${formatBytes(s.bytes)}${s.package ? `, package ${s.package}` : ''}`);
            if (s.retainerPath.length)
                lines.push(`    retained by ${s.retainerPath.join(' -> ')}`);
        }
    }
    return lines.join('\n');
}

// The `memgate` command: parse argv, call the same pipeline as the action. Logs go to stderr;
// with --json, stdout carries one JSON document and nothing else.
const USAGE = `Usage:
  memgate run --base REF --head REF [--repo DIR] [--soak CMD] [--install CMD] [--runs N]
              [--timeout SECONDS] [--working-directory DIR] [--json] [--report FILE]
  memgate bumps --base REF --head REF [--repo DIR] [--json]
  memgate analyze --base FILE --head FILE [--json]
  memgate heap summary FILE [--json]
  memgate heap diff BEFORE AFTER [MORE...] [--json]
  memgate demo [--clean] [--runs N] [--json]

Exit status: 0 pass or skipped, 1 leak, 2 error, 3 inconclusive.`;
const DEFAULT_RUNS = 5;
const DEFAULT_TIMEOUT_S = 600;
const log = (line) => {
    process.stderr.write(`${line}\n`);
};
async function main(argv) {
    const [command, ...rest] = argv;
    switch (command) {
        case 'run':
            return runCommand(rest);
        case 'bumps':
            return bumpsCommand(rest);
        case 'analyze':
            return analyzeCommand(rest);
        case 'heap':
            return heapCommand(rest);
        case 'demo':
            return demoCommand(rest);
        case undefined:
        case 'help':
        case '--help':
        case '-h':
            process.stdout.write(`${USAGE}\n`);
            return command === undefined ? 2 : 0;
        default:
            throw new MemgateError(`Unknown command '${command}'. Expected run, bumps, analyze, heap or demo.`);
    }
}
function parse(args, options, positionals = false) {
    try {
        return parseArgs({ args, options, allowPositionals: positionals, strict: true });
    }
    catch (error) {
        throw new MemgateError(`${error.message.split('\n')[0]}\n${USAGE}`, 2, { cause: error });
    }
}
function required(value, flag) {
    if (typeof value !== 'string' || value === '')
        throw new MemgateError(`Missing ${flag}.\n${USAGE}`);
    return value;
}
function positiveInt(value, flag, fallback) {
    if (value === undefined)
        return fallback;
    const n = Number(value);
    if (!Number.isInteger(n) || n < 1)
        throw new MemgateError(`Invalid ${flag} '${value}'. Expected a positive integer.`);
    return n;
}
const probePath = () => fileURLToPath(new URL('./probe.cjs', import.meta.url));
async function runCommand(args) {
    const { values } = parse(args, {
        base: { type: 'string' },
        head: { type: 'string' },
        repo: { type: 'string', default: '.' },
        soak: { type: 'string', default: 'npm run soak' },
        install: { type: 'string', default: 'npm ci' },
        runs: { type: 'string' },
        timeout: { type: 'string' },
        'working-directory': { type: 'string', default: '.' },
        'work-dir': { type: 'string' },
        json: { type: 'boolean', default: false },
        report: { type: 'string' }
    });
    const report = (await runPipeline({
        repoDir: path$1.resolve(values.repo),
        base: required(values.base, '--base'),
        head: required(values.head, '--head'),
        soakCommand: values.soak,
        installCommand: values.install,
        workingDirectory: values['working-directory'],
        runs: positiveInt(values.runs, '--runs', DEFAULT_RUNS),
        timeoutMs: positiveInt(values.timeout, '--timeout', DEFAULT_TIMEOUT_S) * 1000,
        workDir: values['work-dir'],
        probePath: probePath(),
        log
    })).report;
    return printReport(report, values.json, values.report);
}
function printReport(report, json, reportFile) {
    if (reportFile)
        fs$1.writeFileSync(reportFile, JSON.stringify(report, null, 2) + '\n');
    process.stdout.write(json ? JSON.stringify(report, null, 2) + '\n' : renderText(report) + '\n');
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
    const git = await createGit(path$1.resolve(values.repo));
    const head = await git.resolve(required(values.head, '--head'));
    const base = await git.mergeBase(await git.resolve(required(values.base, '--base')), head);
    const bumps = await readBumps(git, base, head, { workingDirectory: values['working-directory'] });
    if (values.json) {
        process.stdout.write(JSON.stringify(bumps, null, 2) + '\n');
    }
    else if (bumps.length === 0) {
        process.stdout.write('No dependency changes.\n');
    }
    else {
        for (const b of bumps) {
            process.stdout.write(`${b.name} ${b.from ?? '(none)'} -> ${b.to ?? '(none)'} ${b.type} ${b.direct ? 'direct' : 'transitive'} ${b.manifest}\n`);
        }
    }
    return 0;
}
async function analyzeCommand(args) {
    const { values } = parse(args, {
        base: { type: 'string' },
        head: { type: 'string' },
        json: { type: 'boolean', default: false }
    });
    const base = readSamples(required(values.base, '--base'));
    const head = readSamples(required(values.head, '--head'));
    const result = analyzeSamples();
    if (values.json) {
        process.stdout.write(JSON.stringify(result, null, 2) + '\n');
    }
    else {
        const report = {
            verdict: result.verdict,
            reason: result.reason,
            base: { sha: '', runs: base.runs.length, growth: result.base },
            head: { sha: '', runs: head.runs.length, growth: result.head },
            unit: result.unit,
            difference: result.difference,
            bumps: [],
            suspects: []
        };
        process.stdout.write(renderText(report) + '\n');
    }
    return exitCodeFor(result.verdict);
}
function readSamples(file) {
    let data;
    try {
        data = JSON.parse(fs$1.readFileSync(file, 'utf8'));
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
    if (sub === 'summary' && positionals.length === 1) {
        const summary = await summarizeSnapshotFile(positionals[0]);
        process.stdout.write((values.json ? JSON.stringify(summary, null, 2) : formatHeapSummary()) + '\n');
        return 0;
    }
    if (sub === 'diff' && positionals.length >= 2) {
        const diff = await diffSnapshotFiles();
        process.stdout.write((values.json ? JSON.stringify(diff, null, 2) : formatHeapDiff()) + '\n');
        return 0;
    }
    throw new MemgateError(`Expected 'heap summary FILE' or 'heap diff BEFORE AFTER [MORE...]'.\n${USAGE}`);
}
async function demoCommand(args) {
    const { values } = parse(args, {
        clean: { type: 'boolean', default: false },
        runs: { type: 'string' },
        json: { type: 'boolean', default: false },
        keep: { type: 'boolean', default: false }
    });
    const dir = fs$1.mkdtempSync(path$1.join(os$1.tmpdir(), 'memgate-demo-'));
    try {
        const head = values.clean ? 'clean' : 'leaky';
        log(`Building the demo repository in ${dir} (event-hub 1.0.0 -> 2.0.0 ${head})`);
        const repo = await createDemoRepo(path$1.join(dir, 'repo'), head);
        const { report } = await runPipeline({
            repoDir: repo.dir,
            base: 'main',
            head: 'bump',
            soakCommand: 'node soak.js',
            installCommand: 'npm ci --no-audit --no-fund',
            workingDirectory: '.',
            runs: positiveInt(values.runs, '--runs', DEFAULT_RUNS),
            timeoutMs: DEFAULT_TIMEOUT_S * 1000,
            workDir: path$1.join(dir, 'work'),
            probePath: probePath(),
            log
        });
        return printReport(report, values.json);
    }
    finally {
        if (!values.keep)
            fs$1.rmSync(dir, { recursive: true, force: true });
    }
}
try {
    process.exitCode = await main(process.argv.slice(2));
}
catch (error) {
    if (!(error instanceof MemgateError))
        throw error;
    process.stderr.write(`memgate: ${error.reason}\n`);
    process.exitCode = error.exitCode;
}

export { main };
