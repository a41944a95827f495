'use strict';
// Which calls interpret a command line: only exec/execSync and the
// `shell` option run /bin/sh; spawn, execFile and fork pass arguments as
// they are. Each line is one call and what it produced.
const cp = require('child_process');
const out = [];
const arg = 'a;echo INJECTED $((1+1))';
out.push(`spawnSync: ${cp.spawnSync('echo', [arg], { encoding: 'utf8' }).stdout.trim()}`);
out.push(`execFileSync: ${cp.execFileSync('echo', [arg], { encoding: 'utf8' }).trim()}`);
const e = cp.spawnSync(`echo ${arg}`, { encoding: 'utf8' });
out.push(`spawnSync of a command line: ${e.error && e.error.code}`);
out.push(`execSync: ${cp.execSync(`echo ${arg}`, { encoding: 'utf8' }).trim().split('\n').join(' | ')}`);
out.push(`spawnSync shell: ${cp.spawnSync(`echo ${arg}`, { shell: true, encoding: 'utf8' }).stdout.trim().split('\n').join(' | ')}`);
cp.execFile('echo', [arg], (err, stdout) => {
  out.push(`execFile: ${stdout.trim()}`);
  cp.exec(`echo ${arg}`, (err2, stdout2) => {
    out.push(`exec: ${stdout2.trim().split('\n').join(' | ')}`);
    console.log(out.join('\n'));
  });
});
