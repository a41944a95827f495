'use strict';
// A child whose stdout and stderr pipes the parent closed: console output
// is dropped, process.stdout.write fails with EPIPE (an 'error' nobody
// handles, so exit code 1), and the child is never killed by SIGPIPE, which
// node ignores.
const cp = require('child_process');

if (process.argv[2] === 'child') {
  process.on('message', (msg) => {
    if (msg === 'console') console.log('x');
    else if (msg === 'write') process.stdout.write('x\n', (err) => process.send(`callback ${err && err.code}`));
    else if (msg === 'stderr') console.error('y');
    setTimeout(() => process.disconnect(), 50);
  });
} else {
  const lines = [];
  let open = 3;
  for (const how of ['console', 'write', 'stderr']) {
    const child = cp.fork(__filename, ['child'], { silent: true });
    child.on('message', (m) => lines.push(`${how} message ${m}`));
    child.on('close', (code, signal) => {
      lines.push(`${how} close ${code} ${signal}`);
      if (--open === 0) console.log(lines.sort().join('\n'));
    });
    child.stdout.destroy();
    child.stderr.destroy();
    child.send(how);
  }
}
