// Request bodies: chunked (write() without length) and with Content-Length.
const http = require('http');

const server = http.createServer((req, res) => {
  const chunks = [];
  req.on('data', (d) => chunks.push(d));
  req.on('end', () => {
    const body = Buffer.concat(chunks).toString();
    res.setHeader('Content-Type', 'application/json');
    res.end(JSON.stringify({
      method: req.method, url: req.url, te: req.headers['transfer-encoding'] || null,
      length: req.headers['content-length'] || null, body, complete: req.complete,
    }));
  });
});

function post(port, path, headers, parts) {
  return new Promise((resolve) => {
    const req = http.request({ port, host: '127.0.0.1', method: 'POST', path, headers }, (res) => {
      let data = '';
      res.setEncoding('utf8');
      res.on('data', (d) => { data += d; });
      res.on('end', () => resolve(`${res.statusCode} ${data}`));
    });
    for (const p of parts) req.write(p);
    req.end();
  });
}

server.listen(0, '127.0.0.1', async () => {
  const { port } = server.address();
  console.log(await post(port, '/chunked', {}, ['one ', 'two ', 'three']));
  console.log(await post(port, '/sized', { 'Content-Length': 11 }, ['hello', ' world']));
  console.log(await post(port, '/empty', {}, []));
  console.log(await post(port, '/unicode', {}, ['héllo wörld ✓']));
  server.close();
});
