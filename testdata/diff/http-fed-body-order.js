'use strict';
// A 'data' listener that a request handler adds to the socket runs after
// the parser took the chunk, as node's parser runs in its own 'data'
// listener, added first: a body piece in that chunk is the request's
// already when the listener ends the response, which dumps the request —
// listeners added then still get it, and the request ends.
const http = require('http');
const net = require('net');

const server = http.createServer((req, res) => {
  req.socket.once('data', (chunk) => {
    console.log('socket data', chunk.length, 'buffered by the request', req.readableLength);
    res.end('hello world');
  });
  req.on('resume', () => {
    console.log('resume; data listeners', req.listenerCount('data'));
    req.on('data', (chunk) => console.log('request data', `${chunk}`));
  });
  req.pause();
  req.on('data', () => console.log('not called: dumping removes it'));
  req.on('end', () => console.log('request end'));
  res.on('finish', () => console.log('finish'));
  res.flushHeaders();
});
server.listen(0, '127.0.0.1', () => {
  const c = net.connect(server.address().port, '127.0.0.1', () => {
    c.write('POST / HTTP/1.1\r\nHost: x\r\nConnection: close\r\nContent-Length: 10\r\n\r\n');
  });
  let sent = false;
  let got = '';
  c.on('data', (d) => {
    got += d;
    if (!sent) {
      sent = true;
      c.write('0123456789');
    }
  });
  c.on('end', () => {
    console.log('client got', JSON.stringify(got.slice(got.indexOf('\r\n\r\n') + 4)));
    server.close();
  });
});
