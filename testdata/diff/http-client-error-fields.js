'use strict';
// The parse errors a server reports as 'clientError' carry bytesParsed (how
// much of the data being parsed the parser consumed) and rawPacket (that
// data): malformed requests, each sent in one write on a fresh connection,
// some after a well-formed request in the same packet; and a malformed
// response as the client's 'error'.
const http = require('http');
const net = require('net');

const long = 'x'.repeat(20000);
const cases = [
  ['invalid method', 'FOO\x01 / HTTP/1.1\r\nHost: t\r\n\r\n'],
  ['lowercase method', 'get / HTTP/1.1\r\n\r\n'],
  ['invalid header token', 'GET / HTTP/1.1\r\nHost: t\r\nBad Header: x\r\n\r\n'],
  ['invalid version', 'GET / HTTP/9.9\r\nHost: t\r\n\r\n'],
  ['header overflow', `GET / HTTP/1.1\r\nHost: t\r\nX-Long: ${long}\r\n\r\n`],
  ['invalid content-length', 'POST / HTTP/1.1\r\nHost: t\r\nContent-Length: abc\r\n\r\n'],
  ['bad chunk size', 'POST / HTTP/1.1\r\nHost: t\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n'],
  ['after a good request', 'GET /ok HTTP/1.1\r\nHost: t\r\n\r\nBAD\x01 / HTTP/1.1\r\n\r\n'],
];

function show(buf) {
  const s = buf.toString('latin1');
  return JSON.stringify(s.length > 80 ? `${s.slice(0, 40)}...${s.slice(-30)}` : s);
}

function run([name, payload]) {
  return new Promise((resolve) => {
    const server = http.createServer((req, res) => res.end('ok'));
    server.on('clientError', (err, socket) => {
      console.log(`--- ${name}`);
      console.log('code', err.code, 'bytesParsed', err.bytesParsed);
      const raw = err.rawPacket;
      console.log('rawPacket', Buffer.isBuffer(raw), raw && raw.length, raw && show(raw));
      socket.destroy();
    });
    server.listen(0, '127.0.0.1', () => {
      const client = net.connect(server.address().port, '127.0.0.1', () => client.end(payload));
      client.resume();
      client.on('error', () => {});
      client.on('close', () => server.close(resolve));
    });
  });
}

function badResponse() {
  return new Promise((resolve) => {
    const server = net.createServer((conn) => {
      conn.once('data', () => conn.end('HTTP/1.1 200 OK\r\nContent-Length: 2\r\nBad Header: 1\r\n\r\nok'));
    });
    server.listen(0, '127.0.0.1', () => {
      http.get({ port: server.address().port, host: '127.0.0.1', agent: false }).on('error', (err) => {
        console.log('--- malformed response');
        console.log('code', err.code, 'bytesParsed', err.bytesParsed);
        console.log('rawPacket', Buffer.isBuffer(err.rawPacket), err.rawPacket.length, show(err.rawPacket));
        server.close(resolve);
      });
    });
  });
}

(async () => {
  for (const c of cases) await run(c);
  await badResponse();
})();
