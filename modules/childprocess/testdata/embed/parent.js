'use strict';
const { fork } = require('child_process');
const child = fork(__dirname + '/child.js', ['arg']);
child.on('message', (m) => {
  if (typeof m === 'object') {
    process.stdout.write(`child: execPath is the host: ${m.execPath === process.execPath}\n`);
    child.send('ping');
    return;
  }
  process.stdout.write(`parent got: ${m}\n`);
});
child.on('exit', (code) => process.stdout.write(`child exit ${code}\n`));
