// Responses without a body: HEAD, 204, 304, and 1xx-free framing.
const http = require('http');

const server = http.createServer((req, res) => {
  switch (req.url) {
    case '/204': res.writeHead(204); res.end(); break;
    case '/304': res.statusCode = 304; res.end('ignored'); break;
    default:
      res.setHeader('Content-Type', 'text/plain');
      res.end('a body that HEAD must not carry');
  }
});

function request(port, method, path) {
  return new Promise((resolve) => {
    http.request({ port, host: '127.0.0.1', method, path }, (res) => {
      let n = 0;
      res.on('data', (d) => { n += d.length; });
      res.on('end', () => {
        const h = { ...res.headers };
        delete h.date;
        resolve(`${method} ${path} -> ${res.statusCode} ${res.statusMessage} bytes=${n} ${JSON.stringify(h)}`);
      });
    }).end();
  });
}

server.listen(0, '127.0.0.1', async () => {
  const { port } = server.address();
  console.log(await request(port, 'HEAD', '/'));
  console.log(await request(port, 'GET', '/'));
  console.log(await request(port, 'GET', '/204'));
  console.log(await request(port, 'GET', '/304'));
  console.log(await request(port, 'DELETE', '/'));
  server.close();
});
