// The order of the events of a request and its response, on both sides.
const http = require('http');

const log = [];
const server = http.createServer((req, res) => {
  log.push(`server request ${req.method} ${req.url}`);
  req.on('data', (d) => log.push(`req data ${d}`));
  req.on('end', () => {
    log.push(`req end complete=${req.complete}`);
    res.on('finish', () => log.push('res finish'));
    res.on('close', () => log.push(`res close finished=${res.writableFinished}`));
    res.write('part,');
    res.end('last');
    log.push(`after end headersSent=${res.headersSent} writableEnded=${res.writableEnded}`);
  });
  req.on('close', () => log.push('req close'));
});

server.listen(0, '127.0.0.1', () => {
  const req = http.request({ port: server.address().port, host: '127.0.0.1', method: 'PUT', path: '/thing',
    agent: false, headers: { 'Content-Type': 'text/plain' } });
  req.on('socket', () => log.push('client socket'));
  req.on('finish', () => log.push('client finish'));
  req.on('response', (res) => {
    log.push(`client response ${res.statusCode}`);
    res.setEncoding('utf8');
    res.on('data', (d) => log.push(`res data ${d}`));
    res.on('end', () => log.push('res end'));
    res.on('close', () => log.push('client res close'));
  });
  req.on('close', () => {
    log.push('client close');
    server.close(() => {
      log.push('server closed');
      console.log(log.join('\n'));
    });
  });
  req.write('hello ');
  req.end('world');
});
