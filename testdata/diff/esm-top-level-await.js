// Top-level await (fixtures/tla): an ES module that awaits, and every
// module that imports one, runs asynchronously; its imports begin to run
// before it waits for the first (a sibling runs while another awaits), a
// cycle does not wait for itself, a failure after an await is the
// importer's, and a main module left awaiting exits with code 13 ('exit'
// sees 0 and process.exitCode 13); an --import preload that awaits is
// waited for before the program. require() refuses an ES module graph
// that awaits (ERR_REQUIRE_ASYNC_MODULE) and takes one that does not;
// import() waits for the module to have run.
const { spawnSync } = require('child_process');
const path = require('path');

const dir = path.join(__dirname, 'fixtures', 'tla');
const runs = [
  ['main.mjs'], ['cycle-a.mjs'], ['fails.mjs'], ['unsettled.mjs'], ['caught.mjs'],
  ['--import', './preload.mjs', '-e', "console.log('after the preload')"],
  ['--import', './preload.mjs', 'cycle-a.mjs'],
  ['--import', './preload-fails.mjs', '-e', "console.log('not run')"],
];
for (const args of runs) {
  const r = spawnSync(process.execPath, args, { cwd: dir, encoding: 'utf8' });
  console.log(`== ${args.join(' ')}: exit ${r.status}`);
  process.stdout.write(r.stdout);
  const error = r.stderr.split('\n').find((line) => /^\w*Error\b/.test(line));
  if (error) console.log('stderr:', error);
}

for (const name of ['dep', 'async-importer', 'sync-importer']) {
  try {
    console.log(name, 'by require():', require(`./fixtures/tla/${name}.mjs`).plain);
  } catch (err) {
    console.log(name, 'by require():', err.code, err.message.split(__dirname).join('.'));
  }
}
import('./fixtures/tla/async-importer.mjs').then((ns) => console.log('import() from CommonJS:', ns.plain));
