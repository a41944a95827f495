// Calls every function of one core module (argv[2]; 'globals' for the web
// globals, 'process' for process) with odd arguments, as a function and as
// a constructor, and every prototype method of the classes it can build,
// with a right and a wrong `this`. JavaScript exceptions are expected and
// ignored; what must never happen is a Go panic (gonode then reports an
// internal error and exits with code 70). The number of calls made is
// written to ./done at the end, after the callbacks the calls scheduled
// have had a short while to run.
'use strict';
process.on('unhandledRejection', () => {});
process.on('uncaughtException', () => {});
const fs = require('fs');

// Functions that would end, signal, block on or reconfigure this process,
// start other processes, or keep it reading its terminal.
const skip = /^(exit|reallyExit|abort|kill|_kill|chdir|setuid|setgid|seteuid|setegid|setgroups|initgroups|umask|disconnect|send|_debugProcess|_debugEnd|dlopen|binding|_linkedBinding|openStdin|setUncaughtExceptionCaptureCallback|spawn|fork|exec|execFile|execSync|execFileSync|spawnSync|watch|watchFile|unwatchFile|rmSync|rm|rmdir|rmdirSync|unlink|unlinkSync|setInterval|setTimeout|setImmediate|read|readSync|createInterface|question|pause|resume|ref|unref|hrtime|emitWarning)$/;
const argLists = [[], [undefined], [null], [{}], [-1], [1e308], [NaN], ['x'], [Symbol('s')], [[1, 2]], [() => {}],
  [new Proxy({}, {})], [1, 2, 3], ['x', {}, () => {}], [Buffer.alloc(0)], [new Uint8Array(4), -1, 1e9],
  [{ toString() { throw new Error('t'); } }], [Object.create(null)], [2 ** 53], [-0], [true], [10n]];
const seen = new Set();
let calls = 0;

function callAll(fn, self) {
  if (typeof fn !== 'function' || seen.has(fn) || skip.test(fn.name)) return;
  seen.add(fn);
  for (const args of argLists) {
    calls++;
    try { fn.apply(self, args); } catch {}
    try { new fn(...args); } catch {}
  }
}

function instanceOf(cls) {
  for (const args of argLists) {
    try { return new cls(...args); } catch {}
  }
  return undefined;
}

function sweep(o, depth) {
  if (o === null || (typeof o !== 'object' && typeof o !== 'function') || depth > 2) return;
  for (const key of Object.getOwnPropertyNames(o)) {
    if (skip.test(key) || key === 'constructor' || key === 'caller' || key === 'arguments') continue;
    let v;
    try { v = o[key]; } catch { continue; }
    if (typeof v === 'object') {
      sweep(v, depth + 1);
      continue;
    }
    if (typeof v !== 'function') continue;
    callAll(v, o);
    if (!v.prototype || depth >= 2) continue;
    const inst = instanceOf(v);
    if (inst === undefined) continue;
    for (const m of Object.getOwnPropertyNames(v.prototype)) {
      if (m === 'constructor' || skip.test(m)) continue;
      let method;
      try { method = v.prototype[m]; } catch { continue; }
      seen.delete(method);
      callAll(method, inst);
      seen.delete(method);
      callAll(method, {});
    }
  }
}

const target = process.argv[2];
if (target === 'globals') {
  for (const name of ['URL', 'URLSearchParams', 'TextEncoder', 'TextDecoder', 'AbortController', 'AbortSignal',
    'EventTarget', 'Event', 'CustomEvent', 'DOMException', 'structuredClone', 'atob', 'btoa', 'queueMicrotask',
    'performance', 'crypto', 'MessageChannel', 'BroadcastChannel', 'Buffer', 'WeakRef', 'FinalizationRegistry']) {
    const v = globalThis[name];
    callAll(v, globalThis);
    sweep(v, 0);
  }
} else if (target === 'process') {
  sweep(process, 1);
} else {
  sweep(require(target), 0);
}
// A short while for the callbacks the calls scheduled; whatever still holds
// the loop (servers, sockets the calls opened) is not waited for.
setTimeout(() => {
  fs.writeFileSync('done', String(calls));
  process.exit(0);
}, 200);
