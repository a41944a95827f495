'use strict';
// process.binding: the bindings gonode fills from public APIs as node does
// (util, uv, constants, natives), DEP0111 for the runtime-deprecated names,
// and node's error for a name it does not know.
const util = require('util');
const os = require('os');
const fs = require('fs');
process.on('warning', (w) => console.log('warning', w.code, w.message));

const u = process.binding('util');
console.log(Object.keys(u).join(), Object.keys(u).every((k) => u[k] === util.types[k]));

const uv = process.binding('uv');
console.log(Object.keys(uv).length, uv.errname(-2), uv.errname(-4095), uv.UV_EADDRINUSE, uv.UV_EOF,
            uv.errname(-99999), JSON.stringify(uv.getErrorMap().get(-111)));
console.log(Object.keys(uv).slice(0, 4).join(), Object.keys(uv).slice(-2).join());

const c = process.binding('constants');
console.log(c.os === os.constants, c.fs === fs.constants, c.fs.O_APPEND, c.os.signals.SIGTERM);

const natives = process.binding('natives');
console.log(['events', 'net', 'child_process', 'cluster', 'http'].map((n) => typeof natives[n]).join());

try {
  process.binding('no_such_binding');
} catch (e) {
  console.log(e.message, e.code);
}
console.log(Object.keys(process.binding('util')).length);
