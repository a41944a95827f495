// require('process') and node:process are process; the module module's
// isBuiltin, createRequire and builtinModules.
const m = require('module');
console.log(require('process') === process, require('node:process') === process);
console.log(['fs', 'node:fs', 'process', 'internal/errors', 'nope', 5].map((x) => m.isBuiltin(x)));
const r = m.createRequire(__filename);
console.log(r('path') === require('path'), typeof r.resolve);
for (const bad of ['rel/x.js', 5]) { try { m.createRequire(bad); } catch (e) { console.log(e.code, e.message); } }
const have = new Set(m.builtinModules);
console.log(['fs', 'path', 'net', 'http', 'child_process', 'cluster', 'events', 'stream', 'os', 'module', 'process', 'timers', 'util'].every((x) => have.has(x)));
