'use strict';
// A socket whose write its user wrapped sees a response's writes as node
// makes them, one by one — the head with the first chunk's size, the
// chunk and its framing, the last chunk — not joined into fewer; corking
// the response corks the socket.
const http = require('http');

function serve(name, handler) {
  return new Promise((resolve) => {
    const server = http.createServer((req, res) => {
      const socket = res.socket;
      const write = socket.write;
      const writes = [];
      socket.write = function(data, ...rest) {
        writes.push(JSON.stringify(String(data).replace(/^Date: .*\r\n/m, '')));
        return write.call(this, data, ...rest);
      };
      res.on('finish', () => console.log(name, writes.length, writes.join(' + ')));
      handler(req, res);
    });
    server.listen(0, '127.0.0.1', () => {
      http.get({ port: server.address().port, host: '127.0.0.1', agent: false }, (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (c) => body += c);
        res.on('end', () => {
          console.log(name, 'got', JSON.stringify(body));
          server.close(resolve);
        });
      });
    });
  });
}

(async () => {
  await serve('corked writeHead', (req, res) => {
    res.cork();
    res.cork();
    res.writeHead(200, { 'a-header': 'a-header-value' });
    res.uncork();
    console.log('corked', res.writableCorked, res.socket.writableCorked);
    res.end('asd');
    console.log('after end', res.writableCorked, res.socket.writableCorked);
  });
  await serve('end with length', (req, res) => res.end('hello'));
  await serve('write then end', (req, res) => {
    res.write('a');
    res.end('b');
  });
})();
