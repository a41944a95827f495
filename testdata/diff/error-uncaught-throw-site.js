// The place an uncaught exception's report names (file:line, the source
// line and a caret) is its throw statement, whether or not the error was
// made there, and on a module's first line the caret does not count
// gonode's module wrapper.
const { spawnSync } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'throw-site-'));
const cases = [
  "const e = new Error('x'); e.num = 5; throw e;",
  'let a = 1; null.x;',
  "  let q = 2; throw 'str';",
  "let f = () => { throw new TypeError('t'); }; f();",
  "let a = 1;\n  let b = 2; throw new Error('second line');",
  "function g() { return new Error('made'); }\ntry { throw g(); } catch (e) {\n  throw e; }",
  "function h() {\n  const err = new RangeError('r');\n  return err;\n}\nconst e = h();\nsetTimeout(() => { throw e; }, 1);",
];
cases.forEach((src, i) => {
  const file = path.join(dir, `case${i}.js`);
  fs.writeFileSync(file, src + '\n');
  const r = spawnSync(process.execPath, [file], { encoding: 'utf8' });
  const head = r.stderr.split('\n').slice(0, 3).join('\n').replace(file, 'FILE');
  console.log(`-- case ${i} (exit ${r.status})\n${head}`);
});
fs.rmSync(dir, { recursive: true });
