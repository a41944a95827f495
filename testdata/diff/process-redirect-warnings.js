'use strict';
// --redirect-warnings=file and NODE_REDIRECT_WARNINGS append warnings to
// the file instead of stderr; a file that cannot be opened leaves them on
// stderr.
const { spawnSync } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'redirect-'));
const file = path.join(dir, 'warnings.txt');
const code = "process.emitWarning('first', 'CustomWarning'); process.emitWarning('second', { code: 'X1' })";
const show = (r) => {
  const err = r.stderr.split('\n').filter((l) => l.startsWith('(node:')).map((l) => l.replace(/\d+/, 'N'));
  const text = fs.existsSync(file) ? fs.readFileSync(file, 'utf8').replace(/node:\d+/g, 'node:N').replace(/`\S+ --/, '`runtime --') : '(none)';
  console.log(r.status, JSON.stringify(err), JSON.stringify(text));
  fs.rmSync(file, { force: true });
};
show(spawnSync(process.execPath, [`--redirect-warnings=${file}`, '-e', code], { encoding: 'utf8' }));
show(spawnSync(process.execPath, ['-e', code], {
  encoding: 'utf8', env: { ...process.env, NODE_REDIRECT_WARNINGS: file },
}));
show(spawnSync(process.execPath, [`--redirect-warnings=${dir}/no/such/file`, '-e', code], { encoding: 'utf8' }));
fs.rmSync(dir, { recursive: true });
