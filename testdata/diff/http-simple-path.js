// One keep-alive connection whose requests go through the server's short
// path for a plain GET and its general path in turn, as the server's
// settings change between requests: what a handler sees of req and res,
// the order of 'finish', 'close' and the ticks around them, and the
// response heads (Date left out).
const http = require('http');
const net = require('net');

const log = [];
let step = 0;
const server = http.createServer((req, res) => {
  const n = ++step;
  log.push(`${n} request ${req.method} ${req.url} complete=${req.complete} keys=${Object.keys(req).length > 0}`);
  process.nextTick(() => log.push(`${n} tick after request: complete=${req.complete}`));
  if (req.url === '/listen') {
    res.on('finish', () => {
      log.push(`${n} finish destroyed=${res.destroyed}`);
      process.nextTick(() => log.push(`${n} tick in finish: destroyed=${res.destroyed}`));
    });
    res.on('close', () => log.push(`${n} close destroyed=${res.destroyed} closed=${res.closed}`));
  }
  if (req.url === '/timeout') server.keepAliveTimeout = 7000; // the response keeps the old one
  if (req.url === '/max') server.maxRequestsPerSocket = 100;
  if (req.url === '/unmax') server.maxRequestsPerSocket = 0;
  if (req.url === '/join') server.joinDuplicateHeaders = true;
  if (req.url === '/unjoin') server.joinDuplicateHeaders = false;
  if (req.url === '/head') res.writeHead(200, { 'Content-Type': 'text/plain' });
  res.end(`${n} ${req.headers['user-agent']}`);
  if (req.url === '/destroy') res.destroy();
  if (req.url === '/reassign') res.destroyed = false;
  log.push(`${n} after end: finished=${res.finished} destroyed=${res.destroyed}`);
  process.nextTick(() => log.push(`${n} tick after end: destroyed=${res.destroyed} closed=${res.closed}`));
  setImmediate(() => log.push(`${n} immediate: destroyed=${res.destroyed} dumped=${req._dumped} ` +
    `complete=${req.complete}`));
});

const paths = ['/plain', '/listen', '/timeout', '/after-timeout', '/join', '/joined', '/unjoin', '/max',
  '/after-max', '/unmax', '/plain-again', '/head', '/reassign', '/destroy'];

server.listen(0, '127.0.0.1', () => {
  const socket = net.connect(server.address().port, '127.0.0.1');
  let buf = '';
  let i = 0;
  const send = () => {
    socket.write(`GET ${paths[i]} HTTP/1.1\r\nHost: x\r\nUser-Agent: a\r\nUser-Agent: b\r\n\r\n`);
  };
  socket.setEncoding('latin1');
  socket.on('connect', send);
  socket.on('data', (d) => {
    buf += d;
    for (;;) {
      const end = buf.indexOf('\r\n\r\n');
      if (end < 0) return;
      const head = buf.slice(0, end);
      let length;
      if (/transfer-encoding: chunked/i.test(head)) {
        const last = buf.indexOf('\r\n0\r\n\r\n', end);
        if (last < 0) return;
        length = last + 7 - (end + 4);
      } else {
        length = Number(/content-length: (\d+)/i.exec(head)[1]);
      }
      if (buf.length < end + 4 + length) return;
      const body = buf.slice(end + 4, end + 4 + length);
      buf = buf.slice(end + 4 + length);
      log.push(head.split('\r\n').filter((l) => !l.startsWith('Date:')).join(' | ') + ` || ${JSON.stringify(body)}`);
      if (++i < paths.length) {
        setImmediate(send);
      } else {
        socket.end();
        server.close(() => console.log(log.join('\n')));
      }
    }
  });
});
