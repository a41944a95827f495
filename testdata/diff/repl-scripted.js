'use strict';
// The repl module on scripted streams (not a terminal): results, unfinished
// input continued on '... ' lines, errors, `_` and `_error`, dot-commands
// (help, break, save, load, an invalid one, one defined), a context of its
// own or the global one, a custom eval and writer, ignoreUndefined.
const repl = require('repl');
const fs = require('fs');
const os = require('os');
const path = require('path');
const { PassThrough } = require('stream');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'repl-diff-'));
process.on('exit', () => fs.rmSync(dir, { recursive: true, force: true }));

function session(label, options, lines) {
  return new Promise((resolve) => {
    const input = new PassThrough();
    const output = new PassThrough();
    let out = '';
    output.on('data', (d) => { out += d; });
    const r = repl.start({ prompt: '> ', input, output, terminal: false, ...options });
    if (options.setup) options.setup(r);
    r.on('exit', () => {
      console.log(`== ${label}`);
      console.log(out.split(dir).join('<tmp>'));
      resolve(r);
    });
    for (const line of lines) input.write(`${line}\n`);
    input.end();
  });
}

(async () => {
  console.log(typeof repl.start, typeof repl.REPLServer, typeof repl.Recoverable, repl.builtinModules.includes('fs'),
    repl.builtinModules.includes('_http_agent'), typeof repl.REPL_MODE_SLOPPY, typeof repl.writer);
  await session('global', { useGlobal: true }, [
    'var g = 40', 'g + 2', '_', 'x = [1, { y: "z" }]', 'throw 5', '_error', 'throw Object.assign(new TypeError("bad"), { code: "E_BAD" })',
    'if (true) {', '  g++', '}', 'g', 'function add(a,', ' b) { return a + b }', 'add(1, 2)',
    '[1, 2', '.break', '"after break"', '.nope', '{ a: 1, b: [2] }', '{ let q = 1; q + 1 }', 'new Map([[1, 2]])',
  ]);
  console.log('global g after', globalThis.g);
  const own = await session('own context', {}, ['var local = 1', 'local', 'typeof process', 'typeof require', 'this === globalThis']);
  console.log('own context kept', own.context.local, typeof globalThis.local);
  await session('custom eval, writer, ignoreUndefined', {
    ignoreUndefined: true,
    eval(cmd, context, file, cb) { cb(null, cmd.trim() === 'skip' ? undefined : cmd.trim().toUpperCase()); },
    writer: (v) => `<<${v}>>`,
  }, ['hello', 'skip', 'world']);
  const file = path.join(dir, 'saved.js');
  await session('save', { useGlobal: true }, ['const saved = 6 * 7', 'saved', `.save ${file}`]);
  console.log('saved file', JSON.stringify(fs.readFileSync(file, 'utf8')));
  fs.writeFileSync(path.join(dir, 'load.js'), 'var loaded = "from file";\nloaded.length\n');
  await session('load', { useGlobal: true }, [`.load ${path.join(dir, 'load.js')}`, 'loaded', `.load ${path.join(dir, 'missing.js')}`]);
  await session('commands', {
    useGlobal: true,
    setup(r) {
      r.defineCommand('hello', { help: 'Say hello', action(name) { this.output.write(`Hello, ${name}!\n`); this.displayPrompt(); } });
      r.on('reset', () => console.log('reset event'));
    },
  }, ['.hello gonode', '.help']);
})();
