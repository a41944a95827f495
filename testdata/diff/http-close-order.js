// A client that destroys its connection mid-request, from a timer: the
// server's socket, request and response report it, and their 'close'
// events come before the client's (node polls before it runs the close
// callbacks of the iteration, newest first).
const http = require('http'); const net = require('net');
const log = (...a) => console.log(...a);
const server = http.createServer((req, res) => {
  const s = req.socket;
  s.on('end', () => log('sock end')); s.on('close', () => log('sock close'));
  s.on('error', (e) => log('sock error', e.code));
  req.on('aborted', () => log('req aborted'));
  req.on('error', (e) => log('req error', e.code));
  req.on('close', () => log('req close', req.complete));
  res.on('close', () => log('res close'));
});

server.on('close', () => log('server close event'));
server.listen(0, '127.0.0.1', () => {
  const c = net.connect(server.address().port, '127.0.0.1', () => {
    c.write('POST /hang HTTP/1.1\r\nHost: x\r\nContent-Length: 10\r\n\r\nabc');
    setTimeout(() => c.destroy(), 50);
  });
  c.on('close', () => { log('client close'); server.close(() => log('closed cb')); });
});
