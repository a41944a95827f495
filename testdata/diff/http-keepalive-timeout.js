// The Keep-Alive header a response carries is its server's keepAliveTimeout
// when the request arrived, whether the response ends at once, streams, or
// writes its head first; one connection serves them all in turn.
const http = require('http');

const server = http.createServer((req, res) => {
  switch (req.url) {
    case '/end': res.end('x'); break;
    case '/write': res.write('a'); res.end('b'); break;
    case '/head': res.writeHead(201, { 'X-A': '1' }); res.write('c'); res.end(); break;
    case '/length': res.setHeader('Content-Length', 2); res.end('dd'); break;
    case '/change': server.keepAliveTimeout = 7000; res.write('e'); res.end(); break;
    default: setImmediate(() => res.end('later'));
  }
});
const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });

function get(port, path) {
  return new Promise((resolve) => {
    http.get({ port, host: '127.0.0.1', path, agent }, (res) => {
      let body = '';
      res.on('data', (d) => { body += d; });
      res.on('end', () => resolve(`${path} ${res.statusCode} ${body} keep-alive=${res.headers['keep-alive']}`));
    });
  });
}

server.listen(0, '127.0.0.1', async () => {
  const { port } = server.address();
  for (const p of ['/end', '/write', '/head', '/length', '/change', '/end', '/later']) console.log(await get(port, p));
  agent.destroy();
  server.close(() => console.log('closed'));
});
