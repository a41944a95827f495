'use strict';
// homedir/tmpdir follow the environment as node's do.
const os = require('os');
const saved = { HOME: process.env.HOME, TMPDIR: process.env.TMPDIR, TMP: process.env.TMP, TEMP: process.env.TEMP };
process.env.HOME = '/custom/home';
console.log(os.homedir());
delete process.env.HOME;
console.log(os.homedir() === os.userInfo().homedir);
for (const [k, v] of [['TMPDIR', '/t1/'], ['TMPDIR', '/t2'], ['TMPDIR', '/'], ['TMPDIR', ''], ['TMP', '/t3//'], ['TEMP', '/t4']]) {
  delete process.env.TMPDIR;
  delete process.env.TMP;
  delete process.env.TEMP;
  process.env[k] = v;
  console.log(k, JSON.stringify(v), os.tmpdir());
}
delete process.env.TMPDIR;
delete process.env.TMP;
delete process.env.TEMP;
console.log(os.tmpdir());
for (const [k, v] of Object.entries(saved)) {
  if (v === undefined) delete process.env[k];
  else process.env[k] = v;
}
console.log(os.homedir() === process.env.HOME);
