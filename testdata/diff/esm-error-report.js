// What an ES module's errors look like: its frames named by file: URL (an
// arrow called at the top level is a top-level call site, no method), and
// an error that ends the module's evaluation reported at the place it was
// made (node's caret under the new, not the throw), on the first line too
// (fixtures/esm-errors); a CommonJS module that throws as an ES module
// imports it shows no frame of the importer (node runs imports first).
const { spawnSync } = require('child_process');
const path = require('path');
const { pathToFileURL } = require('url');

const dir = path.join(__dirname, 'fixtures', 'esm-errors');
const url = pathToFileURL(dir).href;
for (const name of ['made-earlier', 'in-function', 'first-line', 'stack', 'imports-cjs']) {
  const r = spawnSync(process.execPath, [`${name}.mjs`], { cwd: dir, encoding: 'utf8' });
  console.log(`== ${name}.mjs: exit ${r.status}`);
  const clean = (text) => text.split(url).join('DIR').split('\n').filter((l) => !l.includes('node:internal')).join('\n');
  process.stdout.write(clean(r.stdout));
  process.stdout.write(clean(r.stderr));
}
