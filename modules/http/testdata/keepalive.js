// Keep-alive timeouts of idle connections: the connection closes a second
// after keepAliveTimeout (node's buffer), a request within that keeps it, and
// a server 'timeout' listener gets the idle socket instead of it closing.
const http = require('http');
const net = require('net');

// conversation sends each request of reqs (after the previous answer) and
// resolves with what the server did once the last one was answered.
function conversation(port, reqs, onIdleAnswer) {
  return new Promise((resolve) => {
    const c = net.connect(port, '127.0.0.1');
    let answers = 0;
    let sentAt = 0;
    const send = () => {
      sentAt = Date.now();
      c.write(reqs[answers]);
    };
    c.on('connect', send);
    c.on('data', (d) => {
      answers += (String(d).match(/HTTP\/1\.1 200/g) || []).length;
      if (answers < reqs.length) setTimeout(send, 400);
      else if (onIdleAnswer) onIdleAnswer(c);
    });
    c.on('close', () => resolve({ answers, idleMs: Date.now() - sentAt }));
  });
}

async function main() {
  const get = 'GET / HTTP/1.1\r\nHost: x\r\n\r\n';
  const s1 = http.createServer((req, res) => res.end('kept'));
  s1.keepAliveTimeout = 200;
  await new Promise((r) => s1.listen(0, '127.0.0.1', r));
  const r1 = await conversation(s1.address().port, [get, get]);
  console.log('answers', r1.answers, 'closed after the buffer:', r1.idleMs >= 1150 && r1.idleMs < 5000);
  s1.close();

  const s2 = http.createServer((req, res) => res.end('kept'));
  s2.keepAliveTimeout = 100;
  s2.on('timeout', (socket) => {
    console.log('server timeout event for the idle socket, destroyed:', socket.destroyed);
    socket.end();
  });
  await new Promise((r) => s2.listen(0, '127.0.0.1', r));
  const r2 = await conversation(s2.address().port, [get]);
  console.log('answers', r2.answers);
  s2.close(() => console.log('all closed'));
}
main();
