// Line ends between HTTP messages are skipped, as llhttp skips them: a
// server connection that got a request and an extra CRLF is idle (closing
// the server closes it), and a client takes a CRLF after a complete
// response without an error.
const http = require('http');
const net = require('net');

const server = http.createServer((req, res) => res.end('ok'));
server.listen(0, '127.0.0.1', () => {
  const s = net.connect(server.address().port, '127.0.0.1', () => s.write('GET /a HTTP/1.1\r\nHost: x\r\n\r\n\r\n'));
  let got = '';
  s.on('data', (d) => {
    got += d;
    if (got.endsWith('ok')) server.close(() => console.log('server closed'));
  });
  s.on('close', () => {
    console.log('server side: client socket closed, response', JSON.stringify(got.split('\r\n')[0]));
    const raw = net.createServer((c) => {
      c.once('data', () => c.end('HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n\r\n'));
    }).listen(0, '127.0.0.1', () => {
      const req = http.get({ port: raw.address().port, host: '127.0.0.1' }, (res) => {
        console.log('client: response', res.statusCode);
        res.resume();
        res.on('end', () => { console.log('client: end'); raw.close(); });
      });
      req.on('error', (e) => { console.log('client: error', e.code); raw.close(); });
    });
  });
});
