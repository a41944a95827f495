// Syntax errors say what V8 says, in eval and new Function, and in the
// report of a script that does not compile (its location, source line and
// caret, which marks the whole unexpected token).
const { spawnSync } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');

const sources = [
  'let x = ;', 'const a = 1; a b;', 'function f( {', 'if (x) {', 'let let = 1', '"unterminated', 'x = {a:1,}}',
  'await x', 'class A { constructor() { super(); } }', 'let a; let a;', 'for (const x of) {}', '({a:1} = 2)', 'const x;',
  '1 = 2', 'foo bar', 'var 1x = 3', 'var if = 3', 'var enum = 1', '"use strict"; var let = 1', 'var x = @', 'foo "str"',
  'foo 123', 'x = `abc', 'return 5 +', 'a => {}}', 'const longName = 1;\nlet longName;', 'function(){}', 'break',
  'continue', 'label: label: 1', '"use strict"; delete x', '"use strict"; 010', 'import x from "y"', 'export default 1',
  '({', '[1, 2', 'async () => { await }', 'a?.b = 1',
];
for (const src of sources) {
  for (const run of [(s) => eval(s), (s) => new Function(s)]) {
    try {
      run(src);
      console.log('compiled', JSON.stringify(src));
    } catch (e) {
      console.log(JSON.stringify(src), `${e.name}: ${e.message}`);
    }
  }
}
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'syntax-'));
const files = [
  'let x = ;\n', 'const a = 1;\n  foo bar\n', 'const xyz;\n', 'var if = 3;\n', 'foo "str";\n', 'let bbb; let bbb;\n',
  'const a = 1;\nreturn 5 +\n', 'const a = 1;\nfunction f() {\n  if (a) {\n', 'a => {}}\n', 'let let = 1;\n',
];
files.forEach((text, i) => {
  const file = path.join(dir, `bad${i}.js`);
  fs.writeFileSync(file, text);
  const r = spawnSync(process.execPath, [file], { encoding: 'utf8' });
  const lines = r.stderr.split('\n');
  const end = lines.findIndex((l) => l.startsWith('SyntaxError'));
  console.log(r.status, JSON.stringify(lines.slice(0, end + 1).join('\n').replaceAll(dir, '<dir>')));
});
fs.rmSync(dir, { recursive: true });
