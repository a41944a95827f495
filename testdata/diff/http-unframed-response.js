// A response whose Content-Length and Transfer-Encoding were both removed
// has no framing: its body ends where the connection does, so the server
// closes the connection after it (it may not be kept alive), as node.
const http = require('http');
const net = require('net');
const cases = [
  (res) => { res.removeHeader('transfer-encoding'); res.removeHeader('content-length'); res.end('beep boop\n'); },
  (res) => { res.removeHeader('transfer-encoding'); res.removeHeader('content-length'); res.write('part '); res.end('two\n'); },
  (res) => { res.setHeader('x-a', '1'); res.removeHeader('transfer-encoding'); res.removeHeader('content-length'); res.writeHead(201, 'Made'); res.end('made\n'); },
];
let i = 0;
const server = http.createServer((req, res) => cases[i](res));
server.listen(0, '127.0.0.1', function next() {
  const s = net.connect(server.address().port, '127.0.0.1', () => s.write('GET / HTTP/1.1\r\nHost: x\r\n\r\n'));
  let out = '';
  s.on('data', (d) => { out += d; });
  s.on('end', () => {
    console.log(i, 'closed by the server:', JSON.stringify(out.replace(/Date: [^\r]*\r\n/, '')));
    if (++i < cases.length) next();
    else server.close();
  });
});
