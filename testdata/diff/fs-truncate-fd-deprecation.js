// fs.truncate and truncateSync given a file descriptor work as ftruncate,
// with node's DEP0081 warning, once.
'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');
process.on('warning', (w) => console.log(w.name, w.code, w.message));
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'truncfd-'));
const file = path.join(dir, 'f.txt');
fs.writeFileSync(file, 'hello world');
const fd = fs.openSync(file, 'r+');
fs.truncateSync(fd, 8);
console.log(JSON.stringify(fs.readFileSync(file, 'utf8')));
fs.truncate(fd, 5, (err) => {
  console.log(err, JSON.stringify(fs.readFileSync(file, 'utf8')));
  fs.closeSync(fd);
  fs.rmSync(dir, { recursive: true });
});
