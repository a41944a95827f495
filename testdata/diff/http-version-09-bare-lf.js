// HTTP/0.9 request lines (no version) are served as node's llhttp serves
// them (version 0.9, Connection: close), and bare LFs in a head are the
// errors llhttp reports, at its positions.
const http = require('http');
const net = require('net');

function run(input, onRequest) {
  return new Promise((resolve) => {
    const server = http.createServer(onRequest);
    server.on('clientError', (e, s) => { console.log('clientError', e.code, e.reason, e.bytesParsed); s.destroy(); });
    server.listen(0, '127.0.0.1', () => {
      const c = net.connect(server.address().port, '127.0.0.1', () => c.end(input));
      let out = '';
      c.on('data', (d) => { out += d; });
      c.on('close', () => {
        console.log(JSON.stringify(out.replace(/Date: [^\r]*/, 'Date: D')));
        server.close();
        resolve();
      });
    });
  });
}

const served = (req, res) => {
  let body = '';
  req.on('data', (d) => { body += d; });
  req.on('end', () => {
    console.log('request', req.method, req.url, req.httpVersion, JSON.stringify(req.headers), JSON.stringify(body));
    res.end('ok');
  });
};

(async () => {
  for (const input of ['GET /\r\n\r\n', 'GET / \r\n\r\n', 'GET /\r\nHost: x\r\n\r\n', 'POST /p\r\nContent-Length: 2\r\n\r\nab',
    'GET /x\nHost: y\r\n\r\n', 'GET /x\n\n', 'GET /x\r\n\n', 'GET /x\nX\r\n\r\n', 'GET /x\r\nHost: y\n\r\n',
    'GET / HTTP/1.1\r\n\n', 'GET / HTTP/1.1\r\nX\r\n\r\n', 'GET / HTTP/1.1\r\nHost: y\n\r\n',
    'GET / HTTP/1.1\r\nHost: y\nZ: 1\r\n\r\n', 'GET / HTTP/1.1\n\r\n']) {
    console.log('--', JSON.stringify(input));
    await run(input, served);
  }
})();
