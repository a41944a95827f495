// Client failures: refused connection, a server that hangs up, a timeout,
// abort and destroy.
const http = require('http');

const server = http.createServer((req, res) => {
  if (req.url === '/hangup') req.socket.destroy();
  else if (req.url === '/slow') setTimeout(() => res.end('late'), 300);
  else res.end('fine');
});

function run(label, opts, setup) {
  return new Promise((resolve) => {
    const events = [];
    const req = http.get(opts, (res) => {
      events.push(`response ${res.statusCode}`);
      res.resume();
    });
    req.on('error', (e) => events.push(`error ${e.code} ${e.message.replace(/:\d+$/, ':PORT')}`));
    req.on('timeout', () => { events.push('timeout'); req.destroy(); });
    req.on('abort', () => events.push('abort'));
    req.on('close', () => { console.log(label, events.join(', ')); resolve(); });
    if (setup) setup(req);
  });
}

server.listen(0, '127.0.0.1', async () => {
  const { port } = server.address();
  const closed = http.createServer();
  await new Promise((r) => closed.listen(0, '127.0.0.1', r));
  const deadPort = closed.address().port;
  await new Promise((r) => closed.close(r));
  await run('refused', { port: deadPort, host: '127.0.0.1' });
  await run('hangup', { port, host: '127.0.0.1', path: '/hangup' });
  await run('timeout', { port, host: '127.0.0.1', path: '/slow', timeout: 50 });
  await run('abort', { port, host: '127.0.0.1', path: '/slow' }, (req) => setImmediate(() => req.abort()));
  await run('destroy', { port, host: '127.0.0.1', path: '/slow' }, (req) => req.destroy(new Error('mine')));
  await run('fine', { port, host: '127.0.0.1', path: '/' });
  server.close(() => console.log('closed'));
});
