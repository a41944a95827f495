'use strict';
// A child is sent a listening server while it has no 'message' listener.
// argv[3] 'never': the child never listens; it must not be kept alive by the
// handle and exits by itself. 'late': the child starts listening only after
// the handle arrived; the message and its server are delivered then, and the
// server accepts a connection. The parent prints what it sees.
const { fork } = require('child_process');
const net = require('net');

if (process.argv[2] === 'child') {
  process.channel.ref();
  process.on('internalMessage', (m) => {
    if (m.cmd !== 'NODE_HANDLE') return;
    setImmediate(() => {
      process.channel.unref();
      if (process.argv[3] !== 'late') return;
      process.on('message', (msg, server) => {
        server.once('connection', (c) => {
          c.end('served by child');
          server.close();
          process.disconnect();
        });
        process.send(`child got ${msg} ${server.listening}`);
      });
    });
  });
  return;
}

const mode = process.argv[3];
const child = fork(__filename, ['child', mode], { execPath: process.argv[2] || process.execPath });
const server = net.createServer().listen(0, '127.0.0.1', () => {
  const { port } = server.address();
  child.send('server', server, () => server.close());
  child.on('message', (m) => {
    console.log(m);
    let answer = '';
    const c = net.connect(port, '127.0.0.1');
    c.on('data', (d) => { answer += d; });
    socketClosed = new Promise((resolve) => c.on('close', () => resolve(answer)));
  });
});
let socketClosed = Promise.resolve(null);
child.on('exit', async (code, signal) => {
  const answer = await socketClosed;
  if (answer !== null) console.log(answer);
  console.log(`exit ${code} ${signal}`);
});
