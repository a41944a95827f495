'use strict';
// A parent passes its listening server to two children, which serve on
// it (each connection gets the child's pid) and close it on 'disconnect'.
// The parent prints "port P", then "child PID" once each child serves, and
// waits to be killed.
const { fork } = require('child_process');
const net = require('net');

if (process.argv[2] === 'child') {
  process.once('message', (m, server) => {
    server.on('connection', (c) => c.end(String(process.pid)));
    process.on('disconnect', () => server.close());
    process.send('serving');
  });
  return;
}

const server = net.createServer((c) => c.end('parent'));
server.listen(0, '127.0.0.1', () => {
  console.log(`port ${server.address().port}`);
  for (let i = 0; i < 2; i++) {
    const child = fork(__filename, ['child'], { execPath: process.argv[2] || process.execPath });
    child.on('message', (m) => {
      if (m === 'serving') console.log(`child ${child.pid}`);
    });
    child.send('server', server);
  }
});
