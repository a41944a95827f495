// -C / --conditions: further conditions a package's "exports" and "imports"
// match, for require and for an ES module's import, ahead of the default.
const { spawnSync } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'conditions-'));
const pkg = path.join(dir, 'node_modules', 'pkg');
fs.mkdirSync(pkg, { recursive: true });
fs.writeFileSync(path.join(pkg, 'package.json'), JSON.stringify({
  name: 'pkg',
  exports: {
    '.': { development: './dev.js', custom: { import: './custom-import.mjs', require: './custom.js' }, default: './prod.js' },
  },
}));
for (const name of ['dev', 'custom', 'prod']) fs.writeFileSync(path.join(pkg, `${name}.js`), `module.exports = '${name}';\n`);
fs.writeFileSync(path.join(pkg, 'custom-import.mjs'), "export default 'custom import';\n");
fs.writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ imports: { '#which': { development: './d.js', default: './p.js' } } }));
fs.writeFileSync(path.join(dir, 'd.js'), "module.exports = 'own dev';\n");
fs.writeFileSync(path.join(dir, 'p.js'), "module.exports = 'own prod';\n");
fs.writeFileSync(path.join(dir, 'main.js'), "console.log(require('pkg'), require('#which'));\n");
fs.writeFileSync(path.join(dir, 'main.mjs'), "import v from 'pkg';\nconsole.log(v);\n");
const runs = [
  ['main.js'],
  ['-C', 'development', 'main.js'],
  ['--conditions=custom', 'main.js'],
  ['--conditions=custom', 'main.mjs'],
  ['-C', 'nothing', '-C', 'development', 'main.mjs'],
];
for (const args of runs) {
  const r = spawnSync(process.execPath, args, { cwd: dir, encoding: 'utf8' });
  console.log(args.join(' '), '->', r.status, JSON.stringify(r.stdout.trim()));
}
fs.rmSync(dir, { recursive: true });
