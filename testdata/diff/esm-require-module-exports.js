// An ES module exporting a binding as 'module.exports' (as yargs does, to
// replace a CommonJS package): require() gives that binding (node 20.19's
// interop), while import and import() still see the whole namespace.
const m = require('./fixtures/esm-module-exports/m.mjs');
console.log(typeof m, m === require('./fixtures/esm-module-exports/m.mjs'), m());
import('./fixtures/esm-module-exports/m.mjs').then((ns) => {
  console.log(Object.keys(ns), typeof ns['module.exports'], ns.x);
  const { spawnSync } = require('child_process');
  const r = spawnSync(process.execPath, [require('path').join(__dirname, 'fixtures/esm-module-exports/imp.mjs')], { encoding: 'utf8' });
  process.stdout.write(r.stdout);
});
