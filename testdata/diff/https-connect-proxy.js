// HTTPS through an HTTP CONNECT proxy, as proxy agents do it: the client
// asks the proxy for a tunnel with http.request({ method: 'CONNECT' }),
// then speaks TLS over the tunnel's socket with tls.connect({ socket }).
const http = require('http');
const https = require('https');
const net = require('net');
const tls = require('tls');
const fs = require('fs');
const path = require('path');

const dir = path.join(__dirname, 'fixtures', 'tls');
const read = (name) => fs.readFileSync(path.join(dir, name));

const target = https.createServer({ key: read('server-key.pem'), cert: read('server-cert.pem') }, (req, res) => {
  res.end(`secure answer to ${req.method} ${req.url}`);
});
const proxy = http.createServer((req, res) => res.end('not a tunnel'));
proxy.on('connect', (req, socket, head) => {
  console.log('proxy: CONNECT', req.url.replace(/:\d+$/, ':PORT'), head.length);
  const up = net.connect(target.address().port, '127.0.0.1', () => {
    socket.write('HTTP/1.1 200 Connection Established\r\n\r\n');
    up.pipe(socket);
    socket.pipe(up);
  });
});

target.listen(0, '127.0.0.1', () => proxy.listen(0, '127.0.0.1', () => {
  const req = http.request({
    host: '127.0.0.1', port: proxy.address().port, method: 'CONNECT', path: `localhost:${target.address().port}`,
  });
  req.on('connect', (res, socket, head) => {
    console.log('client: tunnel', res.statusCode, head.length);
    const agent = new https.Agent({ ca: read('ca-cert.pem') });
    agent.createConnection = (options) => tls.connect({ ...options, socket });
    https.get({ host: 'localhost', port: target.address().port, path: '/through', agent }, (r) => {
      let body = '';
      r.on('data', (d) => { body += d; });
      r.on('end', () => {
        console.log('client:', r.statusCode, body);
        socket.destroy();
        proxy.close();
        target.close(() => console.log('closed'));
      });
    });
  });
  req.end();
}));
