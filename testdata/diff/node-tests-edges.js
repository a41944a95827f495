// Found by node's own tests: stream/consumers' blob() reads the stream;
// Duplex.from takes a Blob; a server's maxHeadersCount of 0 is no limit;
// http.request(url) keeps the URL's own properties (its headers).
const { Readable, Duplex } = require('stream');
const consumers = require('stream/consumers');
const http = require('http');

(async () => {
  const b = await consumers.blob(Readable.from(['hello', 'world']));
  console.log('blob', b.constructor.name, b.size, JSON.stringify(await b.text()));
  await new Promise((resolve) => {
    const d = Duplex.from(new Blob(['blob']));
    d.on('data', (c) => console.log('duplex from blob', c.constructor.name, c.byteLength));
    d.on('end', resolve);
  });
  const srv = http.createServer((req, res) => {
    console.log('server', req.url, Object.keys(req.headers).sort().join(','), req.headers.foo);
    res.end();
  });
  srv.maxHeadersCount = 0;
  srv.listen(0, '127.0.0.1', () => {
    const { port } = srv.address();
    http.get({ port, host: '127.0.0.1', path: '/a', headers: { a: 1, b: 2 } }, (res) => {
      console.log('client /a', res.statusCode);
      res.resume();
      const url = new URL(`http://127.0.0.1:${port}/b`);
      url.headers = { foo: 'Bar' };
      http.request(url, (r) => { console.log('client /b', r.statusCode); r.resume(); srv.close(); }).end();
    });
  });
})();
