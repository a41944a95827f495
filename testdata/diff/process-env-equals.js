'use strict';
// process.env and names with '=': one set from JavaScript is dropped (as
// setenv refuses it); one inherited that starts with '=' (Windows'
// per-drive directories) is read whole, and passed on to children.
const { execFileSync } = require('child_process');
if (process.argv[2] === 'child') {
  console.log('child', JSON.stringify(process.env['=D:']), JSON.stringify(process.env['']));
  return;
}
process.env['A=B'] = 'v';
process.env['=X'] = 'w';
console.log(process.env['A=B'], process.env['=X'], Object.keys(process.env).some((k) => k.includes('=')));
const env = { PATH: process.env.PATH, '=D:': 'D:\\dir' };
process.stdout.write(execFileSync(process.execPath, [__filename, 'child'], { env }));
