'use strict';
// Responses held for pipelined requests that an upgrade request follows
// still go out, in order, when they end after the upgrade took the socket,
// with their connection's keep-alive header.
const http = require('http');
const net = require('net');

const held = [];
const server = http.createServer((req, res) => held.push(res));
server.on('upgrade', (req, socket) => {
  console.log('upgrade', req.url, 'held', held.length);
  held[1].end('second', () => {
    console.log('second ended');
    socket.end();
  });
  held[0].on('finish', () => console.log('first finished; second has the socket', held[1].socket === socket));
  held[0].end('first');
});
server.listen(0, '127.0.0.1', () => {
  const s = net.connect(server.address().port, '127.0.0.1', () => s.write(
    'GET /1 HTTP/1.1\r\nHost: x\r\n\r\n' +
    'GET /2 HTTP/1.1\r\nHost: x\r\n\r\n' +
    'GET /3 HTTP/1.1\r\nHost: x\r\nConnection: upgrade\r\nUpgrade: ws\r\n\r\n'));
  let d = '';
  s.on('data', (c) => d += c);
  s.on('close', () => {
    console.log(d.replace(/^Date: .*\r\n/gm, '').split('\r\n'));
    server.close();
  });
});
