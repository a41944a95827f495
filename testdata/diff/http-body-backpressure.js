'use strict';
// A request body the handler does not read fills the request's buffer: the
// socket then pauses ('pause', as node's parser stops reading it), and
// reading the request resumes it ('resume') and gets the whole body.
const http = require('http');
const net = require('net');

const size = 256 * 1024;
const server = http.createServer((req, res) => {
  const socket = req.socket;
  socket.once('pause', () => {
    console.log('paused; buffered >= hwm', req.readableLength >= req.readableHighWaterMark);
    socket.once('resume', () => console.log('resumed'));
    let n = 0;
    req.on('data', (c) => n += c.length);
    req.on('end', () => {
      console.log('body', n);
      res.end('ok');
    });
  });
});
server.listen(0, '127.0.0.1', () => {
  const c = net.connect(server.address().port, '127.0.0.1', () => {
    c.write(`POST / HTTP/1.1\r\nHost: x\r\nContent-Length: ${size}\r\nConnection: close\r\n\r\n`);
    c.end(Buffer.alloc(size, 'x'));
  });
  let d = '';
  c.on('data', (chunk) => d += chunk);
  c.on('end', () => {
    console.log(d.split('\r\n')[0], d.endsWith('ok'));
    server.close();
  });
});
