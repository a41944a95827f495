// close() ends idle kept-alive connections; closeAllConnections() ends busy
// ones; the connection count follows.
const http = require('http');

const server = http.createServer((req, res) => {
  if (req.url === '/hang') {
    // A busy connection: close() leaves it, closeAllConnections() ends it.
    server.close(() => console.log('server closed'));
    server.getConnections((err, n) => {
      console.log('connections after close', err, n);
      server.closeAllConnections();
    });
    return;
  }
  res.end('ok');
});

server.listen(0, '127.0.0.1', () => {
  const { port } = server.address();
  const agent = new http.Agent({ keepAlive: true });
  http.get({ port, host: '127.0.0.1', path: '/', agent }, (res) => {
    res.resume();
    res.on('end', () => {
      server.getConnections((err, n) => {
        console.log('connections after first response', err, n);
        const req = http.get({ port, host: '127.0.0.1', path: '/hang', agent: false });
        req.on('error', (e) => console.log('hung request error', e.code, e.message));
      });
    });
  });
});
