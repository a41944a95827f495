'use strict';
// A request whose body the handler read (its 'data' listener) counts as
// consumed, also when the whole body arrived with the head: ending the
// response then does not dump it, so a paused request keeps its state.
const http = require('http');
const net = require('net');

const server = http.createServer((req, res) => {
  req.once('data', (chunk) => {
    console.log('data', `${chunk}`, 'consuming', req._consuming);
    req.pause();
    res.writeHead(200);
    res.end();
    res.on('finish', () => {
      console.log('finish: dumped', req._dumped, 'paused', req.isPaused());
      server.close();
    });
  });
});
server.listen(0, '127.0.0.1', () => {
  const c = net.connect(server.address().port, '127.0.0.1', () => {
    c.end('POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 4\r\nConnection: close\r\n\r\nabcd');
  });
  c.resume();
});
