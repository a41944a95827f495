// node's Module class and the internals packages hook: module.constructor,
// Module.prototype.require (require-in-the-middle), Module._load,
// Module._resolveFilename, Module._extensions['.js'] with module._compile
// (pirates and the source-transforming registers), new Module() and
// _compile (require-from-string), wrap, wrapper, globalPaths.
const Module = require('module');
console.log(module instanceof Module, module.constructor === Module, Object.keys(module).join(','), typeof module.require);
// require-in-the-middle style: patch Module.prototype.require
const orig = Module.prototype.require;
const seen = [];
Module.prototype.require = function (id) {
  seen.push(id);
  const exp = orig.apply(this, arguments);
  return id === 'os' ? { ...exp, hooked: true } : exp;
};
console.log(require('os').hooked, seen.join(','));
Module.prototype.require = orig;
console.log(require('os').hooked);
// _load hook
const origLoad = Module._load;
Module._load = function (request, parent, isMain) {
  if (request === 'virtual-thing') return { virtual: true };
  return origLoad.apply(this, arguments);
};
console.log(require('virtual-thing'));
Module._load = origLoad;
// _resolveFilename
console.log(Module._resolveFilename('fs'), Module._resolveFilename('./module-hooks.js', module).endsWith('/module-hooks.js'));
try { Module._resolveFilename('./nope', module); } catch (e) { console.log(e.code); }
// pirates style: hook _extensions['.js']
const fs = require('fs'); const path = require('path'); const os = require('os');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'modh-'));
fs.writeFileSync(path.join(dir, 'a.js'), 'module.exports = "ORIGINAL";');
const oldLoader = Module._extensions['.js'];
Module._extensions['.js'] = function (mod, filename) {
  const compile = mod._compile;
  mod._compile = function (code) { mod._compile = compile; return mod._compile(code.replace('ORIGINAL', 'TRANSFORMED'), filename); };
  oldLoader(mod, filename);
};
console.log(require(path.join(dir, 'a.js')));
Module._extensions['.js'] = oldLoader;
// require-from-string
const m = new Module('/virtual/x.js', module);
m.filename = '/virtual/x.js';
m.paths = Module._nodeModulePaths('/virtual');
m._compile('module.exports = { sum: 1 + 2, dir: __dirname, req: typeof require("path").join };', '/virtual/x.js');
console.log(m.exports, m.id, m.paths[0]);
console.log(typeof Module.wrap('x'), Module.wrapper.length, Array.isArray(Module.globalPaths), typeof Module._initPaths);
fs.rmSync(dir, { recursive: true });
console.log(require.extensions === require("module")._extensions, Object.keys(require.extensions))
// A registered extension: loaded by its handler, and tried for a request
// without an extension, as node tries every key of Module._extensions.
{
  const tdir = fs.mkdtempSync(path.join(os.tmpdir(), 'modh-ext-'));
  fs.writeFileSync(path.join(tdir, 'notes.txt'), 'plain text module');
  require.extensions['.txt'] = (mod, filename) => { mod.exports = fs.readFileSync(filename, 'utf8').toUpperCase(); };
  console.log(require(path.join(tdir, 'notes.txt')), require(path.join(tdir, 'notes')) === require(path.join(tdir, 'notes.txt')));
  delete require.extensions['.txt'];
  fs.rmSync(tdir, { recursive: true });
}
