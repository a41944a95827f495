// Server timeouts: headersTimeout answers 408 to a head that never ends;
// keepAliveTimeout closes an idle kept-alive connection; server.setTimeout
// emits 'timeout' for a silent socket.
const http = require('http');
const net = require('net');

function raw(port, data) {
  return new Promise((resolve) => {
    const c = net.connect(port, '127.0.0.1', () => c.write(data));
    let out = '';
    c.on('data', (d) => { out += d; });
    c.on('close', () => resolve(JSON.stringify(out.replace(/Date: [^\r]*\r\n/g, ''))));
  });
}

async function main() {
  const s1 = http.createServer({ headersTimeout: 100, requestTimeout: 200, connectionsCheckingInterval: 20 },
    (req, res) => res.end('fast'));
  await new Promise((r) => s1.listen(0, '127.0.0.1', r));
  console.log('headers timeout:', await raw(s1.address().port, 'GET / HTTP/1.1\r\nHost: x\r\n'));
  console.log('body timeout:', await raw(s1.address().port, 'POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 10\r\n\r\nabc'));
  s1.close();

  const s2 = http.createServer((req, res) => res.end('kept'));
  s2.keepAliveTimeout = 100;
  await new Promise((r) => s2.listen(0, '127.0.0.1', r));
  const t0 = Date.now();
  const out = await raw(s2.address().port, 'GET / HTTP/1.1\r\nHost: x\r\n\r\n');
  console.log('keep-alive:', out, 'closed by server after idle:', Date.now() - t0 >= 90);
  s2.close();

  const s3 = http.createServer((req, res) => {});
  s3.setTimeout(50, (socket) => {
    console.log('server timeout event, destroying');
    socket.destroy();
  });
  await new Promise((r) => s3.listen(0, '127.0.0.1', r));
  console.log('silent request:', await raw(s3.address().port, 'GET / HTTP/1.1\r\nHost: x\r\n\r\n'));
  s3.close(() => console.log('all closed'));
}
main();
