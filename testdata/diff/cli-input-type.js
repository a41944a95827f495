// --input-type=module: -e and stdin code is the ES module [eval1] (imports,
// import.meta.url in the working directory); -p refuses it; "commonjs" is
// the default; any other value is refused before anything runs.
const { spawnSync } = require('child_process');
const os = require('os');

const cwd = os.tmpdir();
const runs = [
  [['--input-type=module', '-e', "import fs from 'fs'; import { join } from 'path'; console.log(typeof fs.readFileSync, join('a', 'b'), import.meta.url)"]],
  [['--input-type=module'], "import os from 'os';\nconsole.log(typeof os.cpus, import.meta.url);\n"],
  [['--input-type', 'commonjs', '-e', 'console.log(typeof require, typeof module)']],
  [['--input-type=module', '-p', '1']],
  [['--input-type=nope', '-e', 'console.log(1)']],
];
for (const [args, input] of runs) {
  const r = spawnSync(process.execPath, args, { cwd, input: input ?? '', encoding: 'utf8' });
  const err = r.stderr.split('\n').find((l) => /Error|input-type/.test(l)) ?? '';
  console.log(args.join(' '), '->', r.status, JSON.stringify(r.stdout.replaceAll(cwd, 'CWD').trim()), err.includes('ERR_EVAL_ESM_CANNOT_PRINT') ? 'ERR_EVAL_ESM_CANNOT_PRINT' : err.replace(/^\S+: /, ''));
}
