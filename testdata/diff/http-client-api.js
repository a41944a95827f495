// ClientRequest's API: headers, URL input, auth, method, path, getters.
const http = require('http');

const server = http.createServer((req, res) => {
  res.setHeader('Content-Type', 'application/json');
  res.end(JSON.stringify({ method: req.method, url: req.url, headers: req.headers }));
});

function collect(req) {
  return new Promise((resolve) => {
    req.on('response', (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (d) => { body += d; });
      res.on('end', () => {
        const parsed = JSON.parse(body);
        delete parsed.headers.host;
        resolve(`${res.statusCode} ${JSON.stringify(parsed)}`);
      });
    });
  });
}

server.listen(0, '127.0.0.1', async () => {
  const { port } = server.address();
  const r1 = http.request(`http://user:pa%20ss@127.0.0.1:${port}/from/url?x=1#frag`, { method: 'patch' });
  r1.setHeader('X-One', '1');
  r1.setHeader('X-Many', ['a', 'b']);
  console.log('getHeader', r1.getHeader('x-one'), r1.getHeader('X-MANY'), r1.hasHeader('x-one'));
  console.log('names', r1.getHeaderNames(), 'raw', r1.getRawHeaderNames());
  r1.removeHeader('x-one');
  console.log('method', r1.method, 'path', r1.path, 'host', r1.host, 'protocol', r1.protocol);
  const p1 = collect(r1);
  r1.end();
  console.log(await p1);

  const r2 = http.request(new URL(`http://127.0.0.1:${port}/url-object`), { headers: { 'X-Two': 2 } });
  const p2 = collect(r2);
  r2.end();
  console.log(await p2);

  const r3 = http.request({ port, host: '127.0.0.1', path: '/array', headers: [['X-A', '1'], ['X-A', '2'], ['Host', 'h']] });
  const p3 = collect(r3);
  r3.end();
  console.log(await p3);

  const r4 = http.get({ port, hostname: '127.0.0.1', path: '/auth', auth: 'me:secret', headers: { Host: 'given' } });
  console.log(await collect(r4));
  const r5 = http.get({ port, hostname: '127.0.0.1', path: '/no-host', setHost: false }, (res) => {
    console.log('without Host:', res.statusCode, res.headers.connection, res.headers['transfer-encoding']);
    res.resume();
    res.on('end', () => server.close());
  });
  r5.on('error', (e) => console.log('r5 error', e.code));
});
