// A client connection that is not kept alive ends once its response has:
// the socket's shutdown completes before the next poll (as libuv's
// deferred callbacks), so the socket is destroyed before it reads the
// server's end: 'finish' and 'close', no 'end', as under node.
const http = require('http');
const server = http.createServer((req, res) => res.end('hi'));
server.listen(0, '127.0.0.1', () => {
  const ev = [];
  const req = http.get({ port: server.address().port, host: '127.0.0.1', agent: false }, (res) => {
    res.resume();
    res.on('end', () => ev.push('res end'));
  });
  req.on('socket', (s) => {
    for (const e of ['end', 'finish', 'close']) s.on(e, () => ev.push(`socket ${e}`));
  });
  req.on('close', () => setTimeout(() => { console.log(ev.join(', ')); server.close(); }, 50));
});
