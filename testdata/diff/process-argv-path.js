// A script path with ./ and ../ is resolved as path.resolve does:
// process.argv[1] equals __filename, and the main module's id is '.'.
// A script read from stdin keeps an explicit '-' in argv.
const path = require('path');
const { spawnSync } = require('child_process');
if (process.argv[2] === 'child') {
  console.log(path.basename(process.argv[1]), process.argv[1] === __filename, module.id, require.main === module);
} else {
  for (const p of ['./process-argv-path.js', 'fixtures/../process-argv-path.js', './fixtures/.././process-argv-path.js']) {
    const r = spawnSync(process.execPath, [p, 'child'], { cwd: __dirname, encoding: 'utf8' });
    process.stdout.write(r.stdout);
  }
  const r = spawnSync(process.execPath, ['-e', 'console.log(module.id, require.main)'], { encoding: 'utf8' });
  process.stdout.write(r.stdout);
  const code = 'console.log(process.argv.slice(1), __filename, module.id)';
  for (const args of [['-', 'q', 'r'], []]) {
    process.stdout.write(spawnSync(process.execPath, args, { input: code, encoding: 'utf8' }).stdout);
  }
}
