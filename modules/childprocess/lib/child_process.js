'use strict';
// node:child_process. spawn, fork and ChildProcess live in
// internal/child_process; exec, execFile and the synchronous forms in
// internal/child_process/exec, compiled only when first used.

const { ChildProcess, fork, spawn } = require('internal/child_process');

let execModule;
function lazyExport(name) {
  return {
    get() {
      if (execModule === undefined) execModule = require('internal/child_process/exec');
      const value = execModule[name];
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
  const eager = { ChildProcess, fork, spawn }[name];
  if (eager !== undefined) {
    module.exports[name] = eager;
  } else {
    Object.defineProperty(module.exports, name, lazyExport(name));
  }
}
