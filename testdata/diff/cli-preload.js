// Modules loaded before the program: -r (CommonJS) and --import (an ES
// module, also named by a file: URL), in that order whatever the order of
// the flags, before a script, -e code, -p code, code on stdin and worker
// threads' code.
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
// A worker thread preloads too: a file's worker both, an eval worker only
// -r's (as node).
fs.writeFileSync(path.join(dir, 'worker.js'), "const { Worker, isMainThread } = require('worker_threads');\n" +
  "if (isMainThread) new Worker(__filename); else console.log('file worker', globalThis.order.join(' '));\n");
fs.writeFileSync(path.join(dir, 'eval-worker.js'), "const { Worker } = require('worker_threads');\n" +
  "new Worker(\"console.log('eval worker', globalThis.order.join(' '))\", { eval: true });\n");
const runs = [
  ['--import', './pre.mjs', '-r', './pre.js', 'main.js'],
  [`--import=${pathToFileURL(path.join(dir, 'pre.mjs'))}`, 'main.js'],
  ['-r', './pre.js', '-e', "console.log('eval', globalThis.order.join(' '))"],
  ['--import', './pre.mjs', '-p', "globalThis.order.join(' ')"],
  ['-r', './pre.js', '-'],
  ['--import', './missing.mjs', 'main.js'],
  ['-r', './pre.js', '--import', './pre.mjs', 'worker.js'],
  ['-r', './pre.js', '--import', './pre.mjs', 'eval-worker.js'],
];
for (const args of runs) {
  const r = spawnSync(process.execPath, args, { cwd: dir, encoding: 'utf8', input: "console.log('stdin', globalThis.order.join(' '))" });
  console.log(args.join(' ').replace(dir, 'DIR'), '->', r.status, JSON.stringify(r.stdout.trim()));
}
fs.rmSync(dir, { recursive: true });
