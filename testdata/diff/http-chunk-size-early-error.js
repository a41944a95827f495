// A chunked response whose next chunk-size line starts with a byte that
// cannot begin a size (or whose digits are followed by one that cannot
// follow them), with no line end after it: node's parser fails at that
// byte at once rather than waiting for the rest of the line.
const net = require('net');
const http = require('http');
const bodies = ['6\r\nHELLO\n\r\nH', '6\r\nHELLO\n\r\n1fZ', '6\r\nHELLO\n\r\n2 '];
let next = 0;
function run() {
  if (next === bodies.length) return;
  const body = bodies[next++];
  const server = net.createServer((s) => {
    s.once('data', () => s.write('HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n' + body));
    s.on('error', () => {});
  });
  server.listen(0, () => {
    const req = http.get({ port: server.address().port });
    req.on('response', (res) => {
      res.on('data', (c) => console.log('data', JSON.stringify(String(c))));
      res.on('error', (e) => console.log('res error', e.code));
      res.on('aborted', () => console.log('aborted'));
    });
    req.on('error', (e) => console.log('req error', e.code, e.message, e.bytesParsed, JSON.stringify(String(e.rawPacket))));
    req.on('close', () => {
      console.log('close');
      server.close(run);
    });
  });
}
run();
