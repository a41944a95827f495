// Requests whose bodies nobody reads: the server dumps each after its
// response finished. What the handler sees of the request right after
// res.end, on the next tick and by the next setImmediate (readableEnded,
// readable, complete, _dumped, 'end', 'close'), for a plain GET, a GET with a
// handler-set field, a POST with a small body, a chunked POST and a POST
// whose body comes after the request was dumped, on one
// keep-alive connection.
const http = require('http');
const net = require('net');

const log = [];
let step = 0;
const flow = (req) => `readableEnded=${req.readableEnded} readable=${req.readable} ` +
  `dumped=${req._dumped} destroyed=${req.destroyed}`;
const state = (req) => `${flow(req)} complete=${req.complete}`;

const server = http.createServer((req, res) => {
  const n = ++step;
  req.on('end', () => {
    log.push(`${n} end: ${state(req)}`);
    if (req.url === '/late') setImmediate(() => { log.push(`${n} immediate after end: ${state(req)}`); ready(); });
  });
  req.on('close', () => log.push(`${n} req close`));
  log.push(`${n} request ${req.method} ${req.url} ${state(req)}`);
  if (req.url === '/head') res.writeHead(200, { 'Content-Type': 'text/plain' });
  if (req.url === '/field') res.custom = 1;
  res.end(`${n}`);
  log.push(`${n} after end: ${state(req)}`);
  // complete is left out on the tick: node sets it there for a request without a body
  // but only later for one whose small body came with its head; gonode sets it at once
  process.nextTick(() => log.push(`${n} tick: ${flow(req)}`));
  setImmediate(() => {
    log.push(`${n} immediate: ${state(req)}`);
    if (req.url === '/late') sock.write('hello'); // the body comes after the dump
    else setImmediate(() => { log.push(`${n} second immediate: ${state(req)}`); ready(); });
  });
});

// The next request goes out once the client has the whole response and
// the server logged its second immediate, whichever comes last.
let pending = 0;
let next = () => {};
let sock;
const ready = () => { if (++pending === 2) { pending = 0; next(); } };

const requests = [
  'GET /plain HTTP/1.1\r\nHost: x\r\n\r\n',
  'GET /head HTTP/1.1\r\nHost: x\r\n\r\n',
  'GET /field HTTP/1.1\r\nHost: x\r\n\r\n',
  'POST /post HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\n\r\nhello',
  'POST /chunked HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabc\r\n0\r\n\r\n',
  'POST /late HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\n\r\n',
  'GET /after-late HTTP/1.1\r\nHost: x\r\n\r\n',
];

server.listen(0, '127.0.0.1', () => {
  sock = net.connect(server.address().port, '127.0.0.1');
  let got = '';
  let i = 0;
  next = () => {
    if (i === requests.length) { sock.end(); return; }
    sock.write(requests[i++]);
  };
  sock.on('data', (d) => {
    got += d;
    // a response is whole once its body (plain or chunked) is in
    if (got.split('HTTP/1.1 ').length - 1 === i && /(\r\n\r\n\d+|\r\n0\r\n\r\n)$/.test(got)) ready();
  });
  sock.on('close', () => {
    server.close(() => {
      for (const line of log) console.log(line);
      console.log(got.replace(/Date: [^\r]*\r\n/g, ''));
    });
  });
  next();
});
