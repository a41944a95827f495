// The server the Go tests drive, under gonode and under node alike. It
// listens on an ephemeral port on 127.0.0.1 and prints "PORT <n>".
'use strict';
const http = require('http');

const MB = 1024 * 1024;

// pattern returns n bytes of the sequence (offset + i) % 251, which the
// client checks; they are views of one buffer filled once.
const cycle = Buffer.from(Array.from({ length: 251 }, (_, i) => i));
const bulk = Buffer.alloc(10 * MB + 251, cycle);
function pattern(offset, n) {
  const start = offset % 251;
  return bulk.subarray(start, start + n);
}

const routes = {
  '/hello'(req, res) {
    res.writeHead(200, { 'Content-Type': 'text/plain' });
    res.end('Hello World!');
  },
  '/sized'(req, res) {
    res.end('known length');
  },
  '/headers'(req, res) {
    res.setHeader('Set-Cookie', ['a=1; Path=/', 'b=2']);
    res.setHeader('X-Number', 7);
    res.appendHeader('X-List', 'one');
    res.appendHeader('X-List', 'two');
    res.writeHead(201, 'Made Here', { 'Content-Type': 'application/json', 'X-Extra': 'yes' });
    res.end(JSON.stringify({ method: req.method, url: req.url, headers: req.headers, raw: req.rawHeaders }));
  },
  // Header objects of every shape writeHead may read in Go or decline:
  // an index-like name (listed first), a getter, a non-enumerable value,
  // a null-prototype object, framing headers in any case.
  '/header-shapes'(req, res) {
    const h = { 'x-b': 'b', 7: 'seven', 'x-num': 1.5 };
    Object.defineProperty(h, 'x-get', { get() { return 'g'; }, enumerable: true });
    Object.defineProperty(h, 'x-hidden', { value: 'h', enumerable: false });
    res.setHeader('X-Set', 'before');
    res.writeHead(200, h);
    const bare = Object.create(null);
    bare['X-Bare'] = 'yes';
    bare['CONTENT-LENGTH'] = '2';
    bare.Connection = 'keep-alive';
    // writeHead's argument shapes, rendered by responses of their own.
    const heads = [[203, bare], [200, 'Fine', { 'X-R': 'r' }], [200, ['X-Arr', 'a', 'X-Arr2', 'b']], [200, null],
      ['201'], [200, 'Only Reason'], [200, undefined, { 'X-U': 'u' }], [200, 5, { 'X-U': 'u' }],
      [200, { 'X-V': 'v' }, 'extra'], [200, 'R2', null]];
    let out = '';
    for (const args of heads) {
      const inner = new http.ServerResponse(req);
      if (args[1] === 'R2') inner.setHeader('X-S', 's');
      inner.writeHead(...args);
      out += inner._header.replace(/Date: [^\r]*\r\n/, '');
    }
    res.end(out);
  },
  '/status'(req, res) {
    res.statusCode = 404;
    res.statusMessage = 'Nothing Here';
    res.end();
  },
  '/no-content'(req, res) {
    res.writeHead(204);
    res.end();
  },
  '/chunked'(req, res) {
    res.write('first,');
    res.write(Buffer.from('second,'));
    setImmediate(() => res.end('third'));
  },
  '/trailers'(req, res) {
    res.writeHead(200, { Trailer: 'X-Sum' });
    res.write('data');
    res.addTrailers({ 'X-Sum': '42' });
    res.end();
  },
  '/echo'(req, res) {
    const chunks = [];
    req.on('data', (d) => chunks.push(d));
    req.on('end', () => {
      const body = Buffer.concat(chunks);
      res.setHeader('X-Request-Length', String(body.length));
      res.end(body);
    });
  },
  // The upload's size and a sample of its bytes, which must follow pattern().
  '/upload'(req, res) {
    let size = 0;
    let bad = -1;
    req.on('data', (d) => {
      for (let i = 0; i < d.length; i += 4099) {
        if (bad < 0 && d[i] !== (size + i) % 251) bad = size + i;
      }
      size += d.length;
    });
    req.on('end', () => res.end(JSON.stringify({ size, bad, complete: req.complete })));
  },
  '/download'(req, res) {
    const total = 10 * MB;
    res.setHeader('Content-Type', 'application/octet-stream');
    let sent = 0;
    const step = 64 * 1024;
    const more = () => {
      while (sent < total) {
        const ok = res.write(pattern(sent, step));
        sent += step;
        if (!ok) {
          res.once('drain', more);
          return;
        }
      }
      res.end();
    };
    more();
  },
  '/download-sized'(req, res) {
    res.setHeader('Content-Length', String(10 * MB));
    res.end(pattern(0, 10 * MB));
  },
};

const server = http.createServer((req, res) => {
  const route = routes[req.url.split('?')[0]];
  if (route) {
    route(req, res);
  } else {
    res.statusCode = 404;
    res.end('not found');
  }
});

server.listen(0, '127.0.0.1', () => {
  process.stdout.write(`PORT ${server.address().port}\n`);
});

// The test closes stdin to stop the server.
process.stdin.on('end', () => {
  server.close();
  server.closeAllConnections();
});
process.stdin.resume();
