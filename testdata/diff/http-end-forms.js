// res.end in the forms a handler commonly uses, and the state a response
// shows before and after: bodies (none, empty, ASCII, non-ASCII, lone
// surrogate, Buffer, Uint8Array), status and message set as properties,
// setHeader (including Connection: close), listeners added before end,
// end twice, HEAD and HTTP/1.0 requests, pipelined requests, a socket
// timeout, and an error listener. The raw responses are printed with the
// Date header masked.
const http = require('http');
const net = require('net');

const log = [];
function state(res) {
  return `headersSent=${res.headersSent} writableEnded=${res.writableEnded} ` +
    `writableFinished=${res.writableFinished} finished=${res.finished} destroyed=${res.destroyed}` +
    (res.writableLength ? ` writableLength=${res.writableLength}` : '');
}

const cases = {
  '/none': (req, res) => res.end(),
  '/empty': (req, res) => res.end(''),
  '/ascii': (req, res) => res.end('Hello World!'),
  '/utf8': (req, res) => res.end('h\u00e9llo \u20ac \ud83d\ude00'),
  '/surrogate': (req, res) => res.end('a\ud800b'),
  '/buffer': (req, res) => res.end(Buffer.from('buf')),
  '/u8': (req, res) => res.end(new Uint8Array([65, 66, 67])),
  '/status': (req, res) => { res.statusCode = 404; res.end('nf'); },
  '/message': (req, res) => { res.statusCode = 201; res.statusMessage = 'Made'; res.end('m'); },
  '/headers': (req, res) => {
    res.setHeader('Content-Type', 'text/plain');
    res.setHeader('X-Num', 5);
    res.end('h');
    log.push(`headers getHeader=${res.getHeader('content-type')} names=${res.getHeaderNames()}`);
  },
  '/close': (req, res) => { res.setHeader('Connection', 'close'); res.end('c'); },
  '/listeners': (req, res) => {
    res.on('prefinish', () => log.push(`listeners prefinish ${state(res)}`));
    res.on('finish', () => log.push(`listeners finish ${state(res)}`));
    res.on('close', () => log.push(`listeners close ${state(res)}`));
    res.end('l');
    log.push(`listeners after end ${state(res)}`);
    process.nextTick(() => log.push(`listeners tick ${state(res)}`));
  },
  '/state': (req, res) => {
    log.push(`state before ${state(res)} header=${JSON.stringify(res._header)}`);
    res.end('s');
    log.push(`state after ${state(res)} statusMessage=${res.statusMessage} ` +
      `header=${JSON.stringify(res._header.replace(/Date: [^\r]*/, 'Date: X'))}`);
    setImmediate(() => log.push(`state later ${state(res)}`));
  },
  '/twice': (req, res) => {
    res.on('error', (e) => log.push(`twice error ${e.code}`));
    res.end('1');
    res.end('2');
    res.end();
  },
  '/timeout': (req, res) => {
    req.socket.setTimeout(60000);
    res.end('t');
    req.socket.setTimeout(0);
  },
  '/nostatus': (req, res) => { res.statusCode = 1000; try { res.end('x'); } catch (e) { log.push(`nostatus ${e.code}`); res.statusCode = 200; res.end('y'); } },
  '/204': (req, res) => { res.statusCode = 204; res.end('dropped'); },
  '/end-cb': (req, res) => res.end('cb', () => log.push('end-cb callback')),
  '/end-fn': (req, res) => res.end(() => log.push('end-fn callback')),
  // writeHead first: end sends head and body together, framed as the head says.
  '/wh': (req, res) => { res.writeHead(200, { 'Content-Type': 'text/plain' }); res.end('chunked body'); },
  '/wh-empty': (req, res) => { res.writeHead(201); res.end(); },
  '/wh-length': (req, res) => { res.writeHead(200, { 'Content-Length': 4 }); res.end('abcd'); },
  '/wh-buffer': (req, res) => { res.writeHead(200); res.end(Buffer.from('bytes')); },
  '/wh-array': (req, res) => { res.writeHead(200, ['X-A', '1']); res.end('arr'); },
  '/wh-close': (req, res) => { res.writeHead(200, { Connection: 'close' }); res.end('bye'); },
  '/wh-trailers': (req, res) => {
    res.writeHead(200, { Trailer: 'X-T' });
    res.addTrailers({ 'X-T': 'v' });
    res.end('t');
  },
  '/latin1': (req, res) => { res.setHeader('X-L', 'caf\u00e9'); res.statusMessage = 'D\u00e9j\u00e0'; res.end('l'); },
  '/wh-latin1': (req, res) => { res.writeHead(200, { 'X-L': 'caf\u00e9' }); res.end('l'); },
  '/wh-latin1-length': (req, res) => { res.writeHead(200, { 'X-L': 'caf\u00e9', 'Content-Length': 1 }); res.end('l'); },
  '/wh-latin1-buffer': (req, res) => { res.writeHead(200, { 'X-L': 'caf\u00e9', 'Content-Length': 1 }); res.end(Buffer.from('b')); },
  '/latin1-buffer': (req, res) => { res.setHeader('X-L', 'caf\u00e9'); res.end(Buffer.from('b')); },
  '/latin1-empty': (req, res) => { res.setHeader('X-L', 'caf\u00e9'); res.end(); },
  '/wh-204': (req, res) => { res.writeHead(204); res.end('dropped'); },
  '/wh-state': (req, res) => {
    res.writeHead(200);
    log.push(`wh-state after writeHead ${state(res)}`);
    res.end('w');
    log.push(`wh-state after end ${state(res)}`);
  },
  '/wh-big': (req, res) => {
    res.on('finish', () => log.push(`wh-big finish ${state(res)}`));
    res.writeHead(200);
    res.end('w'.repeat(8 << 20));
    log.push(`wh-big after end ${state(res)}`);
  },
  // A response keeps the keep-alive timeout its server had when it was made.
  '/ka-change': (req, res) => {
    server.keepAliveTimeout = 7000;
    res.end('k');
    server.keepAliveTimeout = 5000;
  },
  // Larger than a socket takes at once: 'finish' waits for the write.
  '/big-string': (req, res) => {
    res.on('finish', () => log.push(`big-string finish ${state(res)}`));
    res.end('s'.repeat(8 << 20));
    log.push(`big-string after end ${state(res)}`);
  },
  '/big-latin1': (req, res) => {
    res.on('finish', () => log.push(`big-latin1 finish ${state(res)}`));
    res.end('l'.repeat(8 << 20), 'latin1');
    log.push(`big-latin1 after end ${state(res)}`);
  },
  '/big-buffer': (req, res) => {
    res.on('finish', () => log.push(`big-buffer finish ${state(res)}`));
    res.end(Buffer.alloc(8 << 20, 'b'));
    log.push(`big-buffer after end ${state(res)}`);
  },
};

const server = http.createServer((req, res) => {
  const handler = cases[req.url];
  if (handler) handler(req, res);
  else res.end('unknown ' + req.url);
});

function exchange(port, text) {
  return new Promise((resolve) => {
    const chunks = [];
    const c = net.connect(port, '127.0.0.1', () => c.end(text));
    c.on('data', (d) => chunks.push(d));
    c.on('close', () => resolve(Buffer.concat(chunks).toString('latin1').replace(/Date: [^\r]*/g, 'Date: X')));
  });
}

server.listen(0, '127.0.0.1', async () => {
  const port = server.address().port;
  for (const path of Object.keys(cases)) {
    const out = await exchange(port, `GET ${path} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n`);
    log.push(`== ${path}\n${JSON.stringify(out.length > 4096 ? `${out.slice(0, 120)}... ${out.length} bytes` : out)}`);
  }
  log.push(`== keep-alive pipelined\n${JSON.stringify(await exchange(port,
    'GET /ascii HTTP/1.1\r\nHost: x\r\n\r\nGET /status HTTP/1.1\r\nHost: x\r\n\r\n' +
    'GET /headers HTTP/1.1\r\nHost: x\r\n\r\nGET /wh HTTP/1.1\r\nHost: x\r\n\r\nGET /wh-length HTTP/1.1\r\nHost: x\r\n\r\nGET /ka-change HTTP/1.1\r\nHost: x\r\n\r\nGET /ka-change HTTP/1.1\r\nHost: x\r\n\r\nGET /close HTTP/1.1\r\nHost: x\r\n\r\nGET /ascii HTTP/1.1\r\nHost: x\r\n\r\n'))}`);
  log.push(`== HEAD\n${JSON.stringify(await exchange(port, 'HEAD /ascii HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n'))}`);
  log.push(`== HTTP/1.0\n${JSON.stringify(await exchange(port, 'GET /ascii HTTP/1.0\r\n\r\n'))}`);
  log.push(`== HTTP/1.0 keep-alive\n${JSON.stringify(await exchange(port, 'GET /ascii HTTP/1.0\r\nConnection: keep-alive\r\n\r\n'))}`);
  server.close(() => console.log(log.join('\n')));
});
