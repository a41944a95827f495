// Content-Length and Transfer-Encoding together: llhttp rejects the second
// of them as its name ends, with an error named after that one (and its
// position), in requests and responses alike.
const http = require('http');
const net = require('net');

const heads = [
  'Transfer-Encoding: chunked\r\nContent-Length:   3\r\n',
  'Content-Length: 3\r\nTransfer-Encoding:  chunked\r\n',
  'Transfer-Encoding: gzip\r\nContent-Length: 3\r\n',
];

const server = http.createServer(() => console.log('unexpected request'));
server.on('clientError', (err, socket) => {
  console.log('clientError', err.code, err.reason, err.bytesParsed);
  socket.destroy();
});

function send(port, data) {
  return new Promise((resolve) => {
    const c = net.connect(port, '127.0.0.1', () => c.end(data));
    c.resume();
    c.on('close', resolve);
  });
}

function response(data) {
  return new Promise((resolve) => {
    const raw = net.createServer((socket) => {
      socket.resume();
      socket.end(data);
    });
    raw.listen(0, '127.0.0.1', () => {
      const req = http.get({ port: raw.address().port, host: '127.0.0.1' }, () => console.log('unexpected response'));
      req.on('error', (err) => {
        console.log('request error', err.code, err.reason, err.bytesParsed);
        raw.close(resolve);
      });
    });
  });
}

server.listen(0, '127.0.0.1', async () => {
  for (const h of heads) await send(server.address().port, `POST / HTTP/1.1\r\nHost: x\r\n${h}\r\n0\r\n\r\n`);
  server.close();
  for (const h of heads) await response(`HTTP/1.1 200 OK\r\n${h}\r\n0\r\n\r\n`);
});
