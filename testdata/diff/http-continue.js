// Expect: 100-continue — checkContinue on the server, 'continue' on the
// client, and the automatic 100 Continue without a checkContinue listener.
const http = require('http');

const server = http.createServer((req, res) => {
  let body = '';
  req.on('data', (d) => { body += d; });
  req.on('end', () => res.end(`got ${body}`));
});

function send(port, path) {
  return new Promise((resolve) => {
    const req = http.request({
      port, host: '127.0.0.1', method: 'PUT', path,
      headers: { Expect: '100-continue', 'Content-Length': 7 },
    }, (res) => {
      let data = '';
      res.on('data', (d) => { data += d; });
      res.on('end', () => resolve(`${res.statusCode} ${data}`));
    });
    req.on('continue', () => {
      console.log(path, 'continue');
      req.end('payload');
    });
    req.on('information', (info) => console.log(path, 'information', info.statusCode, info.statusMessage));
  });
}

server.listen(0, '127.0.0.1', async () => {
  const { port } = server.address();
  console.log(await send(port, '/auto'));
  server.on('checkContinue', (req, res) => {
    console.log('checkContinue', req.url, req.headers.expect);
    if (req.url === '/refuse') {
      res.writeHead(417);
      res.end('no thanks');
      return;
    }
    res.writeContinue();
    server.emit('request', req, res);
  });
  console.log(await send(port, '/checked'));
  const req = http.request({
    port, host: '127.0.0.1', method: 'PUT', path: '/refuse',
    headers: { Expect: '100-continue', 'Content-Length': 7 },
  }, (res) => {
    console.log('refused', res.statusCode, res.headers.connection);
    res.resume();
    res.on('end', () => server.close(() => console.log('closed')));
  });
  req.on('continue', () => console.log('unexpected continue'));
  req.on('error', (e) => console.log('request error', e.code));
});
