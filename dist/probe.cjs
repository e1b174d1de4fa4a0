'use strict';

var fs = require('node:fs');
var path = require('node:path');
var v8 = require('node:v8');
var vm = require('node:vm');

function _interopNamespaceDefault(e) {
    var n = Object.create(null);
    if (e) {
        Object.keys(e).forEach(function (k) {
            if (k !== 'default') {
                var d = Object.getOwnPropertyDescriptor(e, k);
                Object.defineProperty(n, k, d.get ? d : {
                    enumerable: true,
                    get: function () { return e[k]; }
                });
            }
        });
    }
    n.default = e;
    return Object.freeze(n);
}

var fs__namespace = /*#__PURE__*/_interopNamespaceDefault(fs);
var path__namespace = /*#__PURE__*/_interopNamespaceDefault(path);
var v8__namespace = /*#__PURE__*/_interopNamespaceDefault(v8);
var vm__namespace = /*#__PURE__*/_interopNamespaceDefault(vm);

// memgate's probe, preloaded into every Node.js process of the soak with NODE_OPTIONS=--require.
// It runs inside the user's code: node:* modules only, no globals left behind, and it does nothing
// at all unless memgate set MEMGATE_SAMPLES_FILE.
//
// Each line it appends to MEMGATE_SAMPLES_FILE is one post-GC sample of this process:
//   {"x":…,"heap":…,"rss":…,"external":…,"arrayBuffers":…,"pid":…,"unit":"iteration"|"ms","t":…}
// Lines without "pid" were written by the soak itself (DESIGN.md: any program may feed memgate).
const samplesFile = process.env.MEMGATE_SAMPLES_FILE;
if (samplesFile && !globalThis.__memgateProbe) {
    globalThis.__memgateProbe = true;
    startProbe(samplesFile);
}
function startProbe(file) {
    // --expose-gc from inside: the flag only takes effect for contexts created after it is set,
    // so the gc function comes from a fresh context. The user's flags stay as they were.
    v8__namespace.setFlagsFromString('--expose-gc');
    const gc = vm__namespace.runInNewContext('gc');
    const every = positive(process.env.MEMGATE_SAMPLE_EVERY, 50);
    const intervalMs = positive(process.env.MEMGATE_SAMPLE_MS, 200);
    const snapshotDir = process.env.MEMGATE_SNAPSHOT_DIR;
    const started = Date.now();
    let unit = 'ms';
    let iterations = 0;
    let taken = 0;
    let snapshots = 0;
    const sample = (x) => {
        gc();
        const heap = v8__namespace.getHeapStatistics().used_heap_size;
        const { rss, external, arrayBuffers } = process.memoryUsage();
        const line = { x, heap, rss, external, arrayBuffers, pid: process.pid, unit, t: Date.now() - started };
        try {
            fs__namespace.appendFileSync(file, JSON.stringify(line) + '\n');
        }
        catch {
            // The soak may have changed directory or closed descriptors; a lost sample is not worth a crash.
        }
        taken++;
    };
    const snapshot = (label) => {
        if (!snapshotDir)
            return;
        try {
            fs__namespace.mkdirSync(snapshotDir, { recursive: true });
            gc();
            v8__namespace.writeHeapSnapshot(path__namespace.join(snapshotDir, `${process.pid}-${snapshots++}-${label}.heapsnapshot`));
        }
        catch {
            // A snapshot that cannot be written leaves the samples intact.
        }
    };
    const timer = setInterval(() => {
        sample(Date.now() - started);
        if (taken === 3)
            snapshot('early');
    }, intervalMs);
    timer.unref();
    process.on('memgate:iteration', () => {
        if (unit === 'ms') {
            // The soak counts its iterations: from now on x is the iteration number.
            unit = 'iteration';
            clearInterval(timer);
        }
        iterations++;
        if (iterations % every === 0) {
            sample(iterations);
            if (taken === 3)
                snapshot('early');
        }
    });
    process.on('exit', () => {
        sample(unit === 'iteration' ? iterations : Date.now() - started);
        if (taken > 3)
            snapshot('end');
    });
}
function positive(value, fallback) {
    const n = Number(value);
    return Number.isFinite(n) && n > 0 ? n : fallback;
}
