// A request whose body is cut short: the client sends part of a
// Content-Length or chunked body, then ends its side (FIN) or destroys its
// socket. node's parser reports HPE_INVALID_EOF_STATE at the socket's 'end'
// ('clientError', or a 400 without a listener); the request is aborted.
// Server events are logged and printed once both ends closed, so the output
// does not depend on which side the loop serves first.
const http = require('http');
const net = require('net');

let log = [];
let serverSocketClosed;
const server = http.createServer((req, res) => {
  log.push(`request ${req.method} ${req.url}`);
  for (const ev of ['aborted', 'end', 'error', 'close']) {
    req.on(ev, (e) => log.push(`  req ${ev}${e ? ` ${e.code} ${e.message}` : ''} complete=${req.complete} aborted=${req.aborted}`));
  }
  for (const ev of ['finish', 'error', 'close']) {
    res.on(ev, (e) => log.push(`  res ${ev}${e ? ` ${e.code}` : ''} ended=${res.writableEnded} sent=${res.headersSent}`));
  }
  req.on('data', (d) => log.push(`  req data ${JSON.stringify(String(d))}`));
  if (req.url === '/respond') res.end('early');
});
server.on('connection', (socket) => {
  socket.on('end', () => log.push('  socket end'));
  socket.on('close', () => {
    log.push('  socket close');
    serverSocketClosed();
  });
});

function onClientError(err, socket) {
  log.push(`clientError ${err.code} ${err.message} ${err.reason} writable=${socket.writable}`);
  socket.end('HTTP/1.1 400 Cut Short\r\nConnection: close\r\n\r\n');
}

function raw(port, data, mode) {
  const serverDone = new Promise((resolve) => { serverSocketClosed = resolve; });
  const clientDone = new Promise((resolve) => {
    const c = net.connect(port, '127.0.0.1', () => {
      c.write(data);
      if (mode === 'destroy') c.destroy();
      else c.end();
    });
    let out = '';
    c.on('data', (d) => { out += d; });
    c.on('error', (e) => { out += `<${e.code}>`; });
    c.on('close', () => resolve(out.replace(/Date: [^\r]*\r\n/, '')));
  });
  return Promise.all([clientDone, serverDone]).then(([out]) => {
    const lines = log;
    log = [];
    return [...lines, `client got ${JSON.stringify(out)}`].join('\n');
  });
}

const cases = [
  ['content-length', 'POST /cl HTTP/1.1\r\nHost: x\r\nContent-Length: 10\r\n\r\nab'],
  ['chunked', 'POST /ch HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n2\r\nab\r\n'],
  ['chunked mid-chunk', 'POST /ch2 HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nab'],
  ['chunked trailers', 'POST /ch3 HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n2\r\nab\r\n0\r\nX-T: 1\r\n'],
  ['responded', 'POST /respond HTTP/1.1\r\nHost: x\r\nContent-Length: 10\r\n\r\nab'],
  ['head only', 'GET /head HTTP/1.1\r\nHost: x\r\n'],
  ['complete', 'POST /whole HTTP/1.1\r\nHost: x\r\nContent-Length: 2\r\n\r\nab'],
];

server.listen(0, '127.0.0.1', async () => {
  const { port } = server.address();
  for (const listener of [false, true]) {
    if (listener) server.on('clientError', onClientError);
    for (const mode of ['end', 'destroy']) {
      for (const [name, data] of cases) {
        console.log(`== ${name}, client ${mode}, clientError listener ${listener}`);
        console.log(await raw(port, data, mode));
      }
    }
  }
  server.close();
});
