// A socket sent to a child while the parent's write to it is still queued:
// as in node, the parent's handle goes on writing until the child's ACK
// (and is closed then), and the child writes after it. So that the ACK
// cannot come before the write is done, the child is stopped (SIGSTOP)
// before the send and continued from the write's callback.
const net = require('net');
const fs = require('fs');
const { fork } = require('child_process');

const size = 16 << 20; // more than the kernel buffers on loopback

if (process.argv[2] === 'child') {
  process.on('message', (m, socket) => {
    socket.end('tail');
    socket.on('close', () => process.disconnect());
  });
  process.send('ready');
  return;
}

// stop stops the child and waits (up to 10 s) until the kernel reports it
// stopped.
function stop(child) {
  child.kill('SIGSTOP');
  const deadline = Date.now() + 10000;
  for (;;) {
    const stat = fs.readFileSync(`/proc/${child.pid}/stat`, 'utf8');
    if (stat.slice(stat.lastIndexOf(')') + 2)[0] === 'T') return;
    if (Date.now() > deadline) throw new Error('the child did not stop');
  }
}

const child = fork(__filename, ['child']);
const server = net.createServer((socket) => {
  stop(child);
  socket.write(Buffer.alloc(size, 97), (err) => {
    console.log('parent write done:', err ? err.code : 'ok');
    child.kill('SIGCONT');
  });
  console.log('still writing:', socket.writableLength > 0);
  child.send('socket', socket, (err) => console.log('sent:', err || 'ok'));
  server.close();
});
child.once('message', () => {
  server.listen(0, '127.0.0.1', () => {
    const c = net.connect(server.address().port, '127.0.0.1');
    let n = 0;
    let last = '';
    c.on('data', (d) => {
      n += d.length;
      last = (last + d.toString('latin1')).slice(-4);
    });
    c.on('end', () => console.log('client got', n === size + 4 ? 'all bytes' : n, 'then', last));
  });
});
child.on('exit', (code) => console.log('child exit', code));
