// A raw server answers each request with the same chunked response, cut
// into two writes at every byte and into three writes at many pairs of
// bytes; the http client, on one kept-alive socket, must read the whole
// body every time. Prints "ok <responses>" or throws.
'use strict';
const net = require('net');
const http = require('http');

const response = 'HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\nContent-Type: text/plain\r\n\r\n' +
  '4\r\none,\r\n4\r\ntwo,\r\n5\r\nthree\r\n0\r\n\r\n';
let cuts = [];
const server = net.createServer((socket) => {
  socket.setNoDelay(true); // each part its own segment, without waiting for an ACK
  let head = '';
  socket.on('data', (d) => {
    head += d;
    if (!head.includes('\r\n\r\n')) return;
    head = '';
    const parts = [];
    let from = 0;
    for (const at of [...cuts, response.length]) {
      parts.push(response.slice(from, at));
      from = at;
    }
    // One part now, each next one after the client had a chance to read.
    const send = () => {
      socket.write(parts.shift());
      if (parts.length > 0) setTimeout(send, 1);
    };
    send();
  });
});

const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
function get(port) {
  return new Promise((resolve, reject) => {
    http.get({ host: '127.0.0.1', port, path: '/', agent }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (d) => { body += d; });
      res.on('end', () => resolve(body));
    }).on('error', reject);
  });
}

server.listen(0, '127.0.0.1', async () => {
  const { port } = server.address();
  const plans = [];
  for (let i = 1; i < response.length; i++) plans.push([i]);
  for (let i = 60; i < response.length; i += 2) {
    for (let j = i + 1; j < response.length; j += 5) plans.push([i, j]);
  }
  for (const plan of plans) {
    cuts = plan;
    const body = await get(port);
    if (body !== 'one,two,three') throw new Error(`cut at ${plan}: body ${JSON.stringify(body)}`);
  }
  console.log(`ok ${plans.length}`);
  agent.destroy();
  server.close();
});
