// Destroying a client response with an error mid-body: 'aborted', then the
// request's 'error' (the socket's error listener) before the response's
// 'error' and 'close' (which wait for the socket to finish), then the
// request's 'close'.
const http = require('http');
const server = http.createServer((req, res) => { res.writeHead(200); res.write('partial'); });
server.listen(0, '127.0.0.1', () => {
  const req = http.get({ port: server.address().port, host: '127.0.0.1' }, (res) => {
    const log = (name) => (arg) => console.log(name, arg instanceof Error ? arg.message : arg);
    res.once('data', () => { console.log('data'); res.destroy(new Error('boom')); });
    for (const e of ['end', 'close', 'error', 'aborted']) res.on(e, log(`res ${e}`));
    for (const e of ['close', 'error', 'abort']) req.on(e, log(`req ${e}`));
  });
  req.on('close', () => server.close());
});
