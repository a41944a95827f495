// A child whose loop is busy still acknowledges a handle at once: the
// parent's message queued behind the handle is written (its callback runs)
// while the child's JavaScript is blocked. The child then reports whether
// that happened before its 10 s wait ran out.
const fs = require('fs');
const net = require('net');
const os = require('os');
const path = require('path');
const { fork } = require('child_process');

if (process.argv[2] === 'child') {
  const flag = process.argv[3];
  const got = [];
  process.on('message', (m, handle) => {
    got.push(m);
    if (handle) handle.close();
    if (got.length === 2) {
      process.send(`got ${got.join(' ')}`);
      process.disconnect();
    }
  });
  process.send('ready');
  const end = Date.now() + 10000;
  while (!fs.existsSync(flag) && Date.now() < end);
  process.send(fs.existsSync(flag) ? 'acked while busy' : 'not acked while busy');
  return;
}

const flag = path.join(os.tmpdir(), `gonode-ack-${process.pid}`);
const server = net.createServer().listen(0, '127.0.0.1', () => {
  const child = fork(__filename, ['child', flag]);
  child.on('message', (m) => {
    if (m === 'ready') {
      child.send('server', server);
      child.send('after', () => fs.writeFileSync(flag, ''));
      return;
    }
    console.log(m);
  });
  child.on('exit', () => {
    fs.rmSync(flag, { force: true });
    server.close();
  });
});
