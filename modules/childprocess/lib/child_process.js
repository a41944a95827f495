'use strict';
// node:child_process. spawn, fork and ChildProcess live in
// internal/child_process; exec, execFile and the synchronous forms in
// internal/child_process/exec. Both are compiled only when first used, so
// that a forked child whose script requires child_process (to share code
// with its parent) does not pay for them: fork and spawn are small
// forwarders, the other names load on first access.

let internal;
function lazyInternal() {
  if (internal === undefined) internal = require('internal/child_process');
  return internal;
}

let execModule;
function lazyExec() {
  if (execModule === undefined) execModule = require('internal/child_process/exec');
  return execModule;
}

function fork(modulePath, args, options) {
  return Reflect.apply(lazyInternal().fork, this, arguments);
}

function spawn(file, args, options) {
  return Reflect.apply(lazyInternal().spawn, this, arguments);
}

function lazyExport(name, load) {
  return {
    get() {
      const value = load()[name];
      Object.defineProperty(module.exports, name, { value, writable: true, enumerable: true, configurable: true });
      return value;
    },
    set(value) {
      Object.defineProperty(module.exports, name, { value, writable: true, enumerable: true, configurable: true });
    },
    enumerable: true,
    configurable: true,
  };
}

module.exports = {};
for (const name of ['ChildProcess', 'exec', 'execFile', 'execFileSync', 'execSync', 'fork', 'spawn', 'spawnSync']) {
  if (name === 'fork') module.exports.fork = fork;
  else if (name === 'spawn') module.exports.spawn = spawn;
  else Object.defineProperty(module.exports, name, lazyExport(name, name === 'ChildProcess' ? lazyInternal : lazyExec));
}
