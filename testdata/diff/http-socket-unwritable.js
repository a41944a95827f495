// A handler marks its socket not writable (socket.writable = false) and
// ends the response: as in node, nothing goes out (the response waits in
// its output), 'finish' does not come, and destroying the socket closes
// the response. A second connection left as it is gets its answer.
const http = require('http');
const net = require('net');

const log = [];
const server = http.createServer((req, res) => {
  const mark = req.url === '/unwritable';
  if (mark) req.socket.writable = false;
  res.on('finish', () => log.push(`${req.url} finish`));
  res.on('close', () => log.push(`${req.url} close destroyed=${res.destroyed}`));
  res.end(`body ${req.url}`);
  log.push(`${req.url} after end: finished=${res.finished} headersSent=${res.headersSent} ` +
    `writableFinished=${res.writableFinished} socket.writable=${req.socket.writable}`);
  if (mark) {
    setImmediate(() => {
      log.push(`${req.url} immediate: writableFinished=${res.writableFinished}`);
      req.socket.destroy();
    });
  }
});

function get(path, done) {
  const socket = net.connect(server.address().port, '127.0.0.1');
  let got = '';
  socket.setEncoding('latin1');
  socket.on('connect', () => socket.write(`GET ${path} HTTP/1.1\r\nHost: x\r\n\r\n`));
  socket.on('data', (d) => {
    got += d;
    if (got.endsWith(`body ${path}`)) socket.end();
  });
  socket.on('close', () => {
    log.push(`client ${path} received ${JSON.stringify(got.replace(/Date: [^\r]*\r\n/, ''))}`);
    done();
  });
}

server.listen(0, '127.0.0.1', () => {
  get('/unwritable', () => get('/plain', () => server.close(() => {
    for (const line of log) console.log(line);
  })));
});
