// insecureHTTPParser (the option of a server or request, or the
// --insecure-http-parser flag, which warns once): llhttp's lenient parsing
// accepts what the strict parser rejects — any byte but CR and LF in a
// header value, bare LF line ends, folded header lines, other versions,
// Transfer-Encoding with Content-Length, spaces after a chunk size, a space
// before the first header.
const http = require('http');
const net = require('net');

const requests = [
  'GET / HTTP/1.1\r\nHost: x\r\nHello: foo\bfoo\r\nNul: a\u0000b\r\n\r\n',
  'GET /lf HTTP/1.1\nHost: x\n\n',
  'GET /v HTTP/1.2\r\nHost: x\r\n\r\n',
  'GET /fold HTTP/1.1\r\nHost: x\r\nA: b \r\n\tc\r\n d \r\n\r\n',
  'POST /te HTTP/1.1\r\nHost: x\r\nContent-Length: 3\r\nTransfer-Encoding: chunked\r\n\r\n1 \r\na\r\n2\nbc\r\n0\r\n\r\n',
  'GET /cr HTTP/1.1\r\nHost: x\r\nA: b\rC: d\r\n\r\n',
  'GET /sp HTTP/1.1\r\n Host: x\r\n\r\n',
  'GET /sp2 HTTP/1.1\r\n  Host: x\r\n\r\n',
  'GET /tab HTTP/1.1\r\n\tHost: x\r\n\r\n',
];

function serve(options, label) {
  return new Promise((resolve) => {
    const server = http.createServer(options, (req, res) => {
      let body = '';
      req.on('data', (d) => { body += d; });
      req.on('end', () => {
        console.log(label, 'request', req.url, req.httpVersion, JSON.stringify(req.rawHeaders), JSON.stringify(body));
        res.end();
      });
    });
    server.on('clientError', (err, socket) => {
      console.log(label, 'clientError', err.code, err.reason);
      socket.destroy();
    });
    server.listen(0, '127.0.0.1', async () => {
      for (const r of requests) {
        await new Promise((done) => {
          const c = net.connect(server.address().port, '127.0.0.1', () => c.write(r));
          c.on('data', () => c.end());
          c.on('close', done);
        });
      }
      server.close(resolve);
    });
  });
}

function fetchHeader(options, label) {
  return new Promise((resolve) => {
    const raw = net.createServer((socket) => {
      socket.resume();
      socket.end('HTTP/1.1 200 OK\r\nHello: foo\bfoo\r\nContent-Length: 0\r\n\r\n');
    });
    raw.listen(0, '127.0.0.1', () => {
      const req = http.get({ host: '127.0.0.1', port: raw.address().port, ...options }, (res) => {
        console.log(label, 'response header', JSON.stringify(res.headers.hello));
        res.resume();
        res.on('end', () => raw.close(resolve));
      });
      req.on('error', (err) => {
        console.log(label, 'request error', err.code);
        raw.close(resolve);
      });
    });
  });
}

async function main() {
  process.on('warning', (w) => console.log('warning', w.name, w.message));
  if (process.argv[2] === 'flag') {
    await serve({}, 'flag');
    await fetchHeader({}, 'flag');
    await fetchHeader({ insecureHTTPParser: false }, 'flag, option false');
    return;
  }
  await serve({ insecureHTTPParser: true }, 'lenient');
  await serve({}, 'strict');
  await fetchHeader({ insecureHTTPParser: true }, 'lenient');
  await fetchHeader({}, 'strict');
  for (const bad of [0, 'yes']) {
    try {
      http.createServer({ insecureHTTPParser: bad });
    } catch (e) {
      console.log(e.code, e.message);
    }
  }
  const { spawnSync } = require('child_process');
  const child = spawnSync(process.execPath, ['--insecure-http-parser', __filename, 'flag'], { encoding: 'utf8' });
  process.stdout.write(child.stdout);
}
main();
