// Modules loaded before the program: -r (CommonJS) and --import (an ES
// module, also named by a file: URL), in that order whatever the order of
// the flags, before a script, -e code, -p code and code on stdin.
const { spawnSync } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');
const { pathToFileURL } = require('url');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'preload-'));
fs.writeFileSync(path.join(dir, 'pre.js'), "globalThis.order = (globalThis.order || []).concat('require');\n");
fs.writeFileSync(path.join(dir, 'pre.mjs'),
  "globalThis.order = (globalThis.order || []).concat('import');\nexport const ok = import.meta.url.startsWith('file:');\n");
fs.writeFileSync(path.join(dir, 'main.js'), "console.log('main', globalThis.order.join(' '));\n");
const runs = [
  ['--import', './pre.mjs', '-r', './pre.js', 'main.js'],
  [`--import=${pathToFileURL(path.join(dir, 'pre.mjs'))}`, 'main.js'],
  ['-r', './pre.js', '-e', "console.log('eval', globalThis.order.join(' '))"],
  ['--import', './pre.mjs', '-p', "globalThis.order.join(' ')"],
  ['-r', './pre.js', '-'],
  ['--import', './missing.mjs', 'main.js'],
];
for (const args of runs) {
  const r = spawnSync(process.execPath, args, { cwd: dir, encoding: 'utf8', input: "console.log('stdin', globalThis.order.join(' '))" });
  console.log(args.join(' ').replace(dir, 'DIR'), '->', r.status, JSON.stringify(r.stdout.trim()));
}
fs.rmSync(dir, { recursive: true });
