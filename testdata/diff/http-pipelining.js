// Pipelined requests on one connection are answered in order, even when
// later ones finish first.
const http = require('http');
const net = require('net');

const delays = { '/slow': 30, '/medium': 10, '/fast': 0 };
const server = http.createServer((req, res) => {
  console.log('request', req.url);
  setTimeout(() => res.end(`body of ${req.url}`), delays[req.url] || 0);
});

server.listen(0, '127.0.0.1', () => {
  const c = net.connect(server.address().port, '127.0.0.1', () => {
    c.write('GET /slow HTTP/1.1\r\nHost: x\r\n\r\nGET /medium HTTP/1.1\r\nHost: x\r\n\r\n' +
      'GET /fast HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n');
  });
  let out = '';
  c.on('data', (d) => { out += d; });
  c.on('end', () => {
    console.log(out.replace(/Date: [^\r]*\r\n/g, '').split('\r\n').join('|'));
    server.close();
  });
});
