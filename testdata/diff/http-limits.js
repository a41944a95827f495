// maxHeadersCount trims request headers; a head over maxHeaderSize gets 431.
const http = require('http');
const net = require('net');

const server = http.createServer({ maxHeaderSize: 1024 }, (req, res) => {
  res.end(`${req.rawHeaders.length / 2} headers: ${Object.keys(req.headers).join(',')}`);
});
server.maxHeadersCount = 3;

function raw(port, data) {
  return new Promise((resolve) => {
    const c = net.connect(port, '127.0.0.1', () => c.write(data));
    let out = '';
    c.on('data', (d) => { out += d; });
    c.on('close', () => resolve(JSON.stringify(out.replace(/Date: [^\r]*\r\n/, ''))));
  });
}

server.listen(0, '127.0.0.1', async () => {
  const { port } = server.address();
  const many = Array.from({ length: 6 }, (_, i) => `X-H${i}: ${i}\r\n`).join('');
  console.log(await raw(port, `GET / HTTP/1.1\r\nHost: x\r\n${many}Connection: close\r\n\r\n`));
  console.log(await raw(port, `GET / HTTP/1.1\r\nHost: x\r\nX-Big: ${'b'.repeat(2000)}\r\n\r\n`));
  console.log(await raw(port, 'GET / HTTP/1.1\r\n\r\n'));
  server.close();
});
