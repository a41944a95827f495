// process.stdout's _type says what fd 1 is, as node names it: 'fs' for a
// file or /dev/null, 'pipe' for a pipe or a socket. Neither is readable.
const { spawnSync } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');

const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'stdout-type-')), 'out.txt');
const script = 'process.stderr.write([process.stdout._type, process.stderr._type, ' +
  'process.stdout.readable, process.stderr.readable, process.stdout.writable].join(" "))';
const fd = fs.openSync(file, 'w');
const devNull = fs.openSync('/dev/null', 'w');
for (const [what, stdout] of [['file', fd], ['/dev/null', devNull], ['pipe', 'pipe']]) {
  const r = spawnSync(process.execPath, ['-e', script], { stdio: ['ignore', stdout, 'pipe'] });
  console.log(what, r.stderr.toString(), r.status);
}
fs.closeSync(fd);
fs.closeSync(devNull);
fs.rmSync(path.dirname(file), { recursive: true });
