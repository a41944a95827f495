// Upgrade: the server's 'upgrade' event gets the socket and the bytes after
// the head; the client's 'upgrade' event gets the socket back.
const http = require('http');

const server = http.createServer((req, res) => res.end('plain'));
server.on('upgrade', (req, socket, head) => {
  console.log('server upgrade', req.method, req.url, req.headers.upgrade, JSON.stringify(head.toString()));
  socket.write('HTTP/1.1 101 Switching Protocols\r\nUpgrade: echo\r\nConnection: Upgrade\r\n\r\nwelcome;');
  socket.on('data', (d) => socket.write(`echo:${d}`));
  socket.on('end', () => socket.end());
});

server.listen(0, '127.0.0.1', () => {
  const { port } = server.address();
  const req = http.request({
    port, host: '127.0.0.1', path: '/chat',
    headers: { Connection: 'Upgrade', Upgrade: 'echo' },
  });
  req.on('upgrade', (res, socket, head) => {
    console.log('client upgrade', res.statusCode, res.headers.upgrade, JSON.stringify(head.toString()));
    let got = '';
    socket.on('data', (d) => {
      got += d;
      if (got === 'echo:ping') socket.end();
    });
    socket.on('close', () => {
      console.log('client got', got);
      server.close(() => console.log('closed'));
    });
    socket.write('ping');
  });
  req.end();
});
