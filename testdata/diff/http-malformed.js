// Malformed requests: the default answer is node's 400 (431 for a head too
// large), 'clientError' can answer instead, and the server lives on.
const http = require('http');
const net = require('net');

const server = http.createServer((req, res) => res.end(`ok ${req.url}`));

function raw(port, data) {
  return new Promise((resolve) => {
    const c = net.connect(port, '127.0.0.1', () => c.write(data));
    let out = '';
    c.on('data', (d) => { out += d; });
    c.on('error', (e) => { out += `<${e.code}>`; });
    c.on('close', () => resolve(JSON.stringify(out.replace(/Date: [^\r]*\r\n/, ''))));
  });
}

server.listen(0, '127.0.0.1', async () => {
  const { port } = server.address();
  const bad = [
    'FOO / HTTP/1.1\r\nHost: x\r\n\r\n',
    'GET / HTTP/1.1\r\nHost : x\r\n\r\n',
    'GET / HTTP/9.9\r\nHost: x\r\n\r\n',
    'POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 1\r\nContent-Length: 2\r\n\r\nab',
    'POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n',
    `GET / HTTP/1.1\r\nHost: x\r\nX-Big: ${'a'.repeat(20000)}\r\n\r\n`,
  ];
  for (const b of bad) console.log(await raw(port, b));
  console.log(await raw(port, 'GET /alive HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n'));
  server.on('clientError', (err, socket) => {
    console.log('clientError', err.code, err.message, socket.writable);
    socket.end('HTTP/1.1 418 Custom\r\nConnection: close\r\n\r\n');
  });
  console.log(await raw(port, 'BAD\r\n\r\n'));
  console.log(await raw(port, 'GET /still-alive HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n'));
  server.close();
});
