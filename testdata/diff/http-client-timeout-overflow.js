// A client request's timeout (the option, or setTimeout) too large for a
// timer is truncated with a TimeoutOverflowWarning emitted at once, by the
// call, so its stack names the caller; bad values throw.
const http = require('http');

process.on('warning', (w) => {
  console.log('warning:', w.name, '| from this file:', w.stack.includes(__filename));
});

for (const timeout of ['1', -1, Infinity, 2 ** 40]) {
  try {
    const req = http.request({ host: '127.0.0.1', port: 1, timeout });
    console.log('timeout', req.timeout);
    req.on('error', () => {});
    req.destroy();
  } catch (e) {
    console.log(e.code, e.message);
  }
}

const server = http.createServer((req, res) => res.end('ok'));
server.listen(0, '127.0.0.1', () => {
  const req = http.request({ host: '127.0.0.1', port: server.address().port });
  req.setTimeout(2 ** 41);
  req.on('response', (res) => {
    res.resume();
    res.on('end', () => {
      console.log('response', res.statusCode);
      server.close();
    });
  });
  req.end();
});
